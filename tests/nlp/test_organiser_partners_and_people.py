"""Who organises with whom, in the shapes reports and notices take: the page's own body
organising with partners it names (`zapraszamy wspólnie z X`, `mieliśmy przyjemność
współorganizować, wraz z X`), bodies invited to co-organise, people listed after an office in
the plural, an office in apposition to its holder, the convener of a body's sitting, and names
that open with a number or an adjective before an acronym."""
import pytest

from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    ("Zapraszamy wspólnie z Gminą Borki na spotkanie z mieszkańcami 12 maja 2024 r. o godz. 17.00.",
     ["Gminą Borki"]),
    ("Organizujemy wraz z Fundacją Razem warsztaty dla seniorów 12 maja 2024 r.", ["Fundacją Razem"]),
    ("12 maja mieliśmy przyjemność współorganizować, wraz z Lubuskim Wojewódzkim Konserwatorem Zabytków "
     "i Muzeum Regionalnym w Lubsku, konferencję naukową „Dziedzictwo wsi”.",
     ["Lubuskim Wojewódzkim Konserwatorem Zabytków", "Muzeum Regionalnym w Lubsku"]),
])
def test_the_pages_own_body_organising_with_named_partners(text, expected):
    assert _names(text) == expected


def test_a_first_person_invitation_signed_by_its_body_keeps_the_signature():
    text = ("Zapraszamy wspólnie z Gminą Borki na spotkanie z mieszkańcami 12 maja 2024 r. o godz. 17.00 "
            "w świetlicy wiejskiej.\n\nStowarzyszenie Przyjaciół Borek")
    assert "Gminą Borki" in _names(text)


@pytest.mark.parametrize("text, expected", [
    ("9 maja 2024 r. Zespół Parków Krajobrazowych zorganizował konferencję naukową. Do współorganizacji "
     "wydarzenia zaprosił: Regionalną Dyrekcję Ochrony Środowiska w Lublinie oraz Muzeum Nadwiślańskie.",
     ["Zespół Parków Krajobrazowych", "Regionalną Dyrekcję Ochrony Środowiska w Lublinie",
      "Muzeum Nadwiślańskie"]),
    ("Stowarzyszenie Dolina Bugu zaprosiło Gminę Terespol i Bibliotekę Publiczną w Terespolu do współorganizacji "
     "festynu, który odbędzie się 12 maja 2024 r.",
     ["Stowarzyszenie Dolina Bugu", "Gminę Terespol", "Bibliotekę Publiczną w Terespolu"]),
    ("Zaprosiliśmy do współpracy przy organizacji spotkania Urząd Gminy Borki oraz Koło Gospodyń Wiejskich "
     "w Borkach. Spotkanie odbędzie się 12 maja 2024 r.",
     ["Urząd Gminy Borki", "Koło Gospodyń Wiejskich w Borkach"]),
])
def test_bodies_invited_to_co_organise(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Z inicjatywy radnych Tomasza Malinowskiego, Radosława Kępy i Michała Zięby w sobotę 12 maja 2024 r. "
     "w świetlicy wiejskiej odbędzie się spotkanie z mieszkańcami.",
     ["radnych Tomasza Malinowskiego", "Radosława Kępy", "Michała Zięby"]),
    # an office in the singular names one person; the names after it are not its holders
    ("Z inicjatywy radnego Tomasza Malinowskiego, Radosława Kępy i Michała Zięby odbędzie się "
     "12 maja 2024 r. spotkanie z mieszkańcami.", ["radnego Tomasza Malinowskiego"]),
])
def test_people_listed_after_an_office_in_the_plural_each_hold_it(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("14 maja 2024 r. w Borkach odbył się Konwent Konserwatorów Zabytków. Gospodarzem spotkania była "
     "Pani dr hab. Anna Lis, Podlaski Wojewódzki Konserwator Zabytków.",
     ["Pani dr hab. Anna Lis, Podlaski Wojewódzki Konserwator Zabytków"]),
    ("Organizatorem spotkania był dr Jan Nowak, Dyrektor Muzeum Regionalnego w Borkach. Spotkanie odbyło się "
     "12 maja 2024 r.", ["dr Jan Nowak, Dyrektor Muzeum Regionalnego w Borkach"]),
])
def test_a_holder_named_with_the_office_in_apposition(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two offices of one person, and the village an office is of, before the holder's name
    ("Z tej okazji burmistrz Jan Lis, we współpracy z radną i zarazem sołtysem Borek Anną Nowak, zorganizował "
     "11 marca 2011 r. spotkanie.", ["burmistrz Jan Lis", "radną i zarazem sołtysem Borek Anną Nowak"]),
    ("Gospodarzem spotkania była sołtys Wielkich Chełmów Marzena Lis. Spotkanie odbyło się 5 maja 2012 r.",
     ["sołtys Wielkich Chełmów Marzena Lis"]),
    # those invited, named after the verb in the accusative, organise nothing
    ("Burmistrz Jan Lis zorganizował 11 marca 2011 r. spotkanie, na które zaprosił sołtysów wszystkich sołectw.",
     ["Burmistrz Jan Lis"]),
    # a plural common noun is no subject of a singular verb
    ("Spotkanie odbyło się 5 maja 2021 r. Podkreślił, że wiejskie świetlice są miejscem wydarzeń i poinformował, "
     "że trwają prace nad zorganizowaniem klubu seniora.", []),
    # the place a subject comes from is not the subject
    ("Spotkanie odbyło się 5 maja 2021 r. Spotkanie umilił zespół muzyczny z gminy Borki, który swoimi występami "
     "zachęcał wszystkich gości do wspólnego kolędowania.", []),
])
def test_offices_of_places_and_of_one_person_and_those_invited(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role right before a person who opens the event, and the office they hold after their name
    ("Dzień Sołtysa odbył się 11 marca 2018 r. Uroczystość otworzył główny organizator Jan Lis Prezes "
     "Stowarzyszenia Sołtysów Województwa Lipowskiego.",
     ["Jan Lis Prezes Stowarzyszenia Sołtysów Województwa Lipowskiego"]),
    ("Spotkanie odbyło się 11 marca 2018 r. Gości powitał organizator Jan Lis.", ["Jan Lis"]),
])
def test_a_role_said_right_before_a_person(text, expected):
    assert _names(text) == expected


def test_who_convenes_a_bodys_sitting_organises_it_not_the_body():
    text = ("W związku z sytuacją powodziową starosta borecki Jan Nowak 26 maja 2024 r. zwołał posiedzenie "
            "Powiatowego Zespołu Zarządzania Kryzysowego.")
    assert _names(text) == ["starosta borecki Jan Nowak"]


def test_a_bare_office_and_the_head_of_its_body_sign_with_the_holder_below():
    text = ("Zwołuję XLII sesję Rady Miejskiej w Borkach na dzień 20 maja 2024 r. o godz. 10.00 w sali "
            "konferencyjnej Urzędu Miejskiego.\n\nPrzewodnicząca Rady\nAnna Lis")
    assert _names(text) == ["Przewodnicząca Rady Anna Lis"]


@pytest.mark.parametrize("text, expected", [
    ("Organizatorem jest I Liceum Ogólnokształcące im. Bolesława Chrobrego w Borkach. Konferencja odbędzie się "
     "24 kwietnia 2024 r.", ["I Liceum Ogólnokształcące im. Bolesława Chrobrego w Borkach"]),
    ("Organizatorami byli: Federacja UTW, Fundacja Wolności, Borecki UTW i Fundacja Studiów Wschodnich. "
     "Konferencja odbyła się 10 września 2009 r.",
     ["Federacja UTW", "Fundacja Wolności", "Borecki UTW", "Fundacja Studiów Wschodnich"]),
    # a list's line ending with a comma goes on after a blank line
    ("Organizatorami wydarzenia byli: Burmistrz Lipna Edward Kot,\n\nMarszałek Województwa Opolskiego Andrzej Lis "
     "oraz Dyrektor Ośrodka Kultury w Lipnie Adam Różycki. Kiermasz odbył się 2 września 2017 r.",
     ["Burmistrz Lipna Edward Kot", "Marszałek Województwa Opolskiego", "Dyrektor Ośrodka Kultury w Lipnie"]),
    # two names, the second opening with an adjective in the first's case
    ("Konferencję organizują Uniwersytet Rzeszowski i Podkarpacki Zespół Placówek Wojewódzkich. Odbędzie się "
     "ona 23 maja 2024 r.", ["Uniwersytet Rzeszowski", "Podkarpacki Zespół Placówek Wojewódzkich"]),
])
def test_names_opening_with_a_number_or_an_adjective_before_an_acronym(text, expected):
    assert _names(text) == expected


def test_an_acronym_of_a_name_found_beside_it_is_that_name_again():
    text = ("Miejski Ośrodek Pomocy Rodzinie w Borkach zaprasza rodziców na spotkanie, które odbędzie się "
            "4 września 2024 r. o godz. 11.00. MOPR zaprasza też na dyżury.")
    assert _names(text) == ["Miejski Ośrodek Pomocy Rodzinie w Borkach"]


def test_a_name_completing_a_noun_before_a_comma_is_not_the_subject_after_it():
    text = ("Dzień dobry,\n\nw związku z przystąpieniem do zmiany Studium uwarunkowań gminy Borki, Wójt Jan Lis "
            "chciałby serdecznie zaprosić wszystkich na spotkanie 12 maja 2022 r.")
    assert _names(text) == ["Wójt Jan Lis"]


def test_offices_with_titled_holders_listed_as_one_subject():
    text = ("Marszałek Województwa Borkowskiego dr Jan Lis i kierownik Europe Direct Borki prof. dr hab. Adam Kot "
            "zapraszają na konferencję 12 maja 2023 r.")
    assert _names(text) == ["Marszałek Województwa Borkowskiego dr Jan Lis",
                            "kierownik Europe Direct Borki prof. dr hab. Adam Kot"]


def test_a_name_completing_an_adjective_and_noun_before_a_comma_is_no_subject():
    text = ("W związku ze zmianą studium zagospodarowania przestrzennego gminy Borki, Wójt Jan Lis zaprasza "
            "na spotkanie 12 maja 2022 r.")
    assert _names(text) == ["Wójt Jan Lis"]


@pytest.mark.parametrize("text, expected", [
    ("W dniu 12 października 2018 r. w ośrodku odbyło się spotkanie informacyjne w związku z realizacją projektu "
     "pn. „Na zmianę nigdy nie jest za późno” przez Nieformalną Grupę Seniorów Gminy Borki.",
     ["Nieformalną Grupę Seniorów Gminy Borki"]),
    ("Liderzy grup spotkali się we wtorek, 14 grudnia, w Ośrodku Kultury w Borkach. Działania są częścią "
     "projektu „Sztuka Aktywności”, za który odpowiedzialna jest Fundacja Sztuka Borki.",
     ["Fundacja Sztuka Borki"]),
    ("Spotkanie odbędzie się 12 maja 2022 r. Fundacja Razem, wspólnie z OWOP w Borkach, realizuje na zlecenie "
     "Miasta Borki zadanie publiczne „Centrum”.", ["Fundacja Razem", "OWOP w Borkach"]),
])
def test_who_runs_the_project_the_meeting_belongs_to(text, expected):
    assert _names(text) == expected


def test_an_acronym_before_a_quoted_name_is_the_name_spelled_out_elsewhere():
    text = ("W związku z pracami Lokalnej Grupy Działania „Wstęga Borek” nad strategią zapraszamy "
            "mieszkańców na spotkania 12 maja 2022 r. Organizatorem jest LGD „Wstęga Borek”.")
    assert _names(text) == ["Lokalnej Grupy Działania „Wstęga Borek”"]


@pytest.mark.parametrize("text, expected", [
    # a double-barrelled surname, the office in apposition
    ("W imieniu Małgorzaty Lis-Kowalskiej, Przewodniczącej Sejmiku Województwa Borkowskiego informujemy, że "
     "14 maja 2021 roku o godz. 12 rozpocznie się XXX sesja Sejmiku.",
     ["Małgorzaty Lis-Kowalskiej, Przewodniczącej Sejmiku Województwa Borkowskiego"]),
    # a notice's heading alone on its line, its issuer on the next
    ("OGŁOSZENIE\n\nWójta Gminy Borki Wielkie\n\nz dnia 7 października 2022 r.\n\no zwołaniu zebrania wiejskiego, "
     "które odbędzie się 17 października 2022 r. o godz. 17.00.", ["Wójta Gminy Borki Wielkie"]),
    ("13 stycznia starostwo rozesłało listy do organizacji z zaproszeniem od wicestarosty boreckiego Jana Lisa "
     "na spotkanie, które odbędzie się 26 stycznia.", ["wicestarosty boreckiego Jana Lisa"]),
    # the people of a body, then the list of co-organisers goes on
    ("We wtorek 29 kwietnia 2025 r. odbyła się debata zorganizowana przez policjantów z Komendy Powiatowej "
     "Policji w Borkach, Starostwo Powiatowe w Borkach oraz Gminę Lipno.",
     ["Komendy Powiatowej Policji w Borkach", "Starostwo Powiatowe w Borkach", "Gminę Lipno"]),
    # an adjective of the words before is no head of the name after it
    ("W związku ze zmianami w Strategii Rozwoju Lokalnego Zarząd LGD zaprasza na spotkanie 1 czerwca 2021 r.",
     ["Zarząd LGD"]),
])
def test_issuers_hosts_and_lists_in_the_shapes_of_notices(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    "Stowarzyszenie Razem było jednym z organizatorów konferencji, która odbyła się 12 maja 2023 r.",
    "Stowarzyszenie Razem miało przyjemność być jednym z gospodarzy debaty, która odbyła się 12 maja 2023 r.",
])
def test_a_body_said_to_be_one_of_the_organisers(text):
    assert _names(text) == ["Stowarzyszenie Razem"]


@pytest.mark.parametrize("text, expected", [
    # a list of bodies after a role noun: a second head after `i` opens a second name
    ("Organizatorem konferencji był Urząd Miejski w Borkach, Rada Seniorów Miasta Borki Wielkie i Pałac Kultury "
     "Borek.", ["Urząd Miejski w Borkach", "Rada Seniorów Miasta Borki Wielkie", "Pałac Kultury Borek"]),
    # a portal known by its address, as a subject, with its partner
    ("W środę, 20 marca, o godz. 17 w bibliotece odbędzie się debata „Miasto młodych” borki24.pl organizuje ją "
     "wspólnie z Młodzieżową Radą Miasta.", ["borki24.pl", "Młodzieżową Radą Miasta"]),
    # the office that authorised the notice convenes the sitting it announces
    ("Z upoważnienia Przewodniczącego Komisji Rewizyjnej Rady Gminy Borki informuję o posiedzeniu Komisji, "
     "które odbędzie się 12 maja 2024 r.", ["Przewodniczącego Komisji Rewizyjnej Rady Gminy Borki"]),
    # an acronym written with its conjunction in lower case is the name beside it
    ("Konferencję organizuje Borkowskie Centrum Kultury i Edukacji. Na jej realizację BCKiE pozyskało 17 tys. zł.",
     ["Borkowskie Centrum Kultury i Edukacji"]),
    # a programme's title holds no event: its implementer runs the programme, not the meeting
    ("Konferencja jest organizowana przez Gminne Centrum Kultury w Borkach dzięki wsparciu ze środków programu "
     "„Seniorzy w akcji” Fundacji Dobra realizowanego przez Towarzystwo Przyjaciół Borek.",
     ["Gminne Centrum Kultury w Borkach"]),
    # people with their offices after the verb, the next sentence glued to the full stop
    ("Spotkanie w Sali Sesyjnej Starostwa przygotowali Jan Nowak, prezes Stowarzyszenia Razem oraz Adam Lis, "
     "Przewodniczący Rady Powiatu.W trakcie obrad organizacje dzieliły się doświadczeniami.",
     ["Jan Nowak, prezes Stowarzyszenia Razem", "Adam Lis, Przewodniczący Rady Powiatu"]),
    # a body's second name after a dash, in the same case, is the same body
    ("Spotkanie zorganizowane zostało przez Krajową Sieć Kół – Federację Regionalnych Sieci Kół w ramach projektu.",
     ["Krajową Sieć Kół – Federację Regionalnych Sieci Kół"]),
    # an acronym of the last words of a name beside it is that body
    ("Stowarzyszenie Uniwersytet Trzeciego Wieku w Borkach zaprasza seniorów na inaugurację roku akademickiego "
     "9 września.\nW bieżącym roku UTW realizuje projekty dla seniorów.",
     ["Stowarzyszenie Uniwersytet Trzeciego Wieku w Borkach"]),
    # an office's remit runs on in lower case after `z` (`ds. współpracy z organizacjami …`)
    ("Przewodnicząca Rady Działalności Pożytku Publicznego oraz Pełnomocnik Marszałka ds. współpracy z "
     "organizacjami pozarządowymi zapraszają na spotkanie 5 maja.",
     ["Przewodnicząca Rady Działalności Pożytku Publicznego",
      "Pełnomocnik Marszałka ds. współpracy z organizacjami pozarządowymi"]),
    # the verb's gender: not the feminine name in brackets next to it, but the neuter one opening the sentence
    ("Stowarzyszenie „Razem w Partnerstwie” 22 października w restauracji „Biały Dwór” w Lipnie (gmina Borki) "
     "zorganizowało konferencję.", ["Stowarzyszenie „Razem w Partnerstwie”"]),
    ("Wójt Gminy Borki Anna Lis zorganizowała spotkanie z mieszkańcami.", ["Wójt Gminy Borki Anna Lis"]),
    # a project said to be `niniejszy` is still the one the conference was held in
    ("Dnia 26 kwietnia 2017 r. odbyła się konferencja, zorganizowana w ramach projektu „Ośrodek Wsparcia”.\n\n"
     "Niniejszy projekt realizowany jest przez Stowarzyszenie Rozwoju Gminy Borki w partnerstwie z Centrum "
     "Inicjatyw Obywatelskich w Lipnie.",
     ["Stowarzyszenie Rozwoju Gminy Borki", "Centrum Inicjatyw Obywatelskich w Lipnie"]),
    ("Kongres odbędzie się 27 września, współorganizowany przez miejscową Delegaturę IPN.",
     ["miejscową Delegaturę IPN"]),
    # the office whose invitation the audience accepted
    ("Ponad połowa sołtysów skorzystała z zaproszenia starosty lipnowskiego Jana Nowaka i wzięła udział w spotkaniu, "
     "które 13 marca odbyło się w auli szkoły.", ["starosty lipnowskiego Jana Nowaka"]),
    # after `i`, an adjective before an office opens a second name
    ("Organizatorem konferencji był Departament Rolnictwa w Urzędzie Marszałkowskim i Stowarzyszenie Sołtysów "
     "Województwa Podkarpackiego i Diecezjalny Duszpasterz Rolników.",
     ["Departament Rolnictwa w Urzędzie Marszałkowskim", "Stowarzyszenie Sołtysów Województwa Podkarpackiego",
      "Diecezjalny Duszpasterz Rolników"]),
])
def test_lists_partners_and_authorisations(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people who take part, after `z udziałem`, are guests, and so are the bodies they come from
    ("Debata zostanie przeprowadzona 12 maja przez Stowarzyszenie Młodzi Razem, z udziałem przedstawiciela "
     "Urzędu Marszałkowskiego Województwa Opolskiego.", ["Stowarzyszenie Młodzi Razem"]),
    ("Fundacja Lipa zorganizowała 12 maja warsztaty przy udziale członków Stowarzyszenia Przyjaciół Borek.",
     ["Fundacja Lipa"]),
    # a body after `z udziałem` co-runs the event
    ("Fundacja Lipa z udziałem Stowarzyszenia Przyjaciół Borek zorganizowała 12 maja warsztaty.",
     ["Fundacja Lipa", "Stowarzyszenia Przyjaciół Borek"]),
])
def test_attendees_after_a_phrase_of_taking_part(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a scouting rank between an office and its holder, abbreviated with a dot that ends no sentence
    ("Marszałek Województwa Lipskiego Adam Lis oraz Komendant ZHP Chorągwi Borkowskiej hm. Jan Kos, serdecznie "
     "zapraszają na konferencję, która odbędzie się 11 maja 2017 roku o godz. 10:00.",
     ["Marszałek Województwa Lipskiego", "Komendant ZHP Chorągwi Borkowskiej"]),
    ("Komendant Hufca phm. Jan Kos zaprasza na zbiórkę, która odbędzie się 11 maja 2017 roku o godz. 10:00.",
     ["Komendant Hufca"]),
])
def test_a_scouting_rank_between_an_office_and_its_holder(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a person in office with two first names, then a body after `oraz`
    ("W czwartek 2 lutego odbyło się noworoczne spotkanie z przedsiębiorcami. Ponad 60 osób odpowiedziało "
     "na zaproszenie burmistrza Jana Pawła Kowalskiego oraz Lipnowskiego Związku Pracodawców.",
     ["burmistrza Jana Pawła Kowalskiego", "Lipnowskiego Związku Pracodawców"]),
    # a body's second name after a dash, in a list of subjects
    ("Stowarzyszenie „Ziemia Lipnowska” oraz Centrum Kultury – Ośrodek Sportu i Rekreacji w Borkach serdecznie "
     "zapraszają na prelekcję, która odbędzie się 26 czerwca 2018 r. o godz. 18.00.",
     ["Stowarzyszenie „Ziemia Lipnowska”", "Centrum Kultury – Ośrodek Sportu i Rekreacji w Borkach"]),
    # an acronym with lower-case conjunctions the dictionary knows as nothing but itself
    ("Dnia 18 września w Lipnie odbyła się konferencja pt. „Doradztwo na wsi” organizowana przez MRiRW.", ["MRiRW"]),
    ("Dnia 18 września odbył się turniej organizowany przez MOSiR w Lipnie.", ["MOSiR w Lipnie"]),
    # `w` after the agent tells where, not another body
    ("Dnia 18 września odbyła się konferencja organizowana przez GOPS w Domu Kultury „Lipa” w Borkach.", ["GOPS"]),
    # words in lower case before a dash and an office: the office alone
    ("W związku z upływem kadencji sołtysów i rad sołeckich – Wójt Gminy Lipno informuje, że 1 lutego 2015 r. "
     "o godz. 13:15 odbędzie się zebranie mieszkańców wsi Borki.", ["Wójt Gminy Lipno"]),
])
def test_people_with_two_first_names_second_names_after_a_dash_and_mixed_case_acronyms(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the relative pronoun stands for the event, the verb's object: the name after the verb made it
    ("W sobotę 14 grudnia 2019 r. w sali OSP w Lipnie odbyło się spotkanie opłatkowe, które przygotowało "
     "Koło Gospodyń Wiejskich w Lipnie.", ["Koło Gospodyń Wiejskich w Lipnie"]),
    # the relative pronoun in the nominative stands for the names before its comma
    ("Spotkanie odbyło się 14 grudnia 2019 r. Dziękujemy Stowarzyszeniu Lipa i Fundacji Borki, które "
     "przygotowały to spotkanie.", ["Stowarzyszeniu Lipa", "Fundacji Borki"]),
    # an event that begins by itself names no maker
    ("Stowarzyszenie Lipa zaprasza na forum, które rozpocznie się 31 maja 2023 r. o godz. 12:00. Podczas forum "
     "przedstawiony zostanie projekt Lokalnej Strategii Rozwoju.", ["Stowarzyszenie Lipa"]),
])
def test_relative_clauses_of_making_an_event(text, expected):
    assert _names(text) == expected


def test_a_body_named_in_lower_case_after_a_persons_role_before_an_organisers_apposition():
    text = ("4 grudnia 2023 r. odbyło się spotkanie wolontariuszy. – Cieszymy się – mówił Jan Lis, prezes fundacji "
            "Małe Kroki, współorganizator wydarzenia.")
    assert _names(text) == ["fundacji Małe Kroki"]


def test_a_singular_copula_takes_the_name_after_the_comma_not_the_event_of_the_clause_before():
    # (a unit after its body, `Starostwo X, Wydział Y organizuje`, stays one subject of two names)
    text = ("1 grudnia odbyło się Forum Organizacji Pozarządowych Powiatu Lipnowskiego, Fundacja „Lipa” była "
            "współorganizatorem tego wydarzenia.")
    assert _names(text) == ["Fundacja „Lipa”"]


@pytest.mark.parametrize("text, expected", [
    ("W ramach współpracy podjętej z Samorządem Województwa Lipnowskiego, 23 sierpnia 2019 r. w Urzędzie Miejskim "
     "w Lipnie odbyło się szkolenie dla rolników.", ["Samorządem Województwa Lipnowskiego"]),
    ("We współpracy z Fundacją Lipa 23 sierpnia 2019 r. w Urzędzie Miejskim w Lipnie odbędzie się szkolenie.",
     ["Fundacją Lipa"]),
    # a cooperation that holds no meeting in its sentence names no organiser
    ("We współpracy z Fundacją Lipa gmina wydała przewodnik. Szkolenie odbyło się 23 sierpnia 2019 r.", []),
])
def test_a_sentence_opening_with_running_it_together_names_the_co_organiser_of_the_meeting_it_holds(text, expected):
    assert _names(text) == expected


def test_offices_listed_in_the_genitive_after_dzieki_wspolpracy_each_co_organise():
    text = ("Dzięki współpracy Starosty Powiatu Lipnowskiego, Dyrektora Powiatowego Urzędu Pracy oraz Prezesa Fundacji "
            "„Lipa” w dniu 23.09.2008 w gospodarstwie agroturystycznym w Borkach odbyła się konferencja.")
    assert _names(text) == ["Starosty Powiatu Lipnowskiego", "Dyrektora Powiatowego Urzędu Pracy",
                            "Prezesa Fundacji „Lipa”"]


def test_a_partner_of_running_it_together_inside_the_clause_of_our_own_verb():
    text = ("15 września 2019 r. w Borkach przy współpracy z Miejsko-Gminną Biblioteką Publiczną w Lipnie "
            "zorganizowaliśmy warsztaty wikliniarskie.")
    assert _names(text) == ["Miejsko-Gminną Biblioteką Publiczną w Lipnie"]


@pytest.mark.parametrize("text, expected", [
    # a body celebrating an observance holds it; people celebrating name no body
    ("17 listopada 2019 r., po raz pierwszy Stowarzyszenie Seniorów „Ruch” świętowało Gminny Dzień Seniora.",
     ["Stowarzyszenie Seniorów „Ruch”"]),
    ("17 listopada 2019 r. Koło Gospodyń Wiejskich w Borkach obchodziło jubileusz 50-lecia.",
     ["Koło Gospodyń Wiejskich w Borkach"]),
    ("17 listopada 2019 r. seniorzy z Borek świętowali Dzień Seniora w remizie.", []),
    # the subject after a comma and `jak co roku`, not an aside running to the verb
    ("Wczoraj, jak co roku Stowarzyszenie Lipa zorganizowało spotkanie opłatkowe.", ["Stowarzyszenie Lipa"]),
])
def test_bodies_celebrating_and_subjects_after_an_adverbial(text, expected):
    assert _names(text) == expected


def test_an_embassy_among_the_bodies_inviting():
    text = ("Związek Gmin Lipowskich, Związek Miast Borkowskich wraz z Ambasadą Francji w Polsce zapraszają na "
            "konferencję, która odbędzie się w Lipnie 11 maja 2023 r.")
    assert _names(text) == ["Związek Gmin Lipowskich", "Związek Miast Borkowskich", "Ambasadą Francji w Polsce"]


def test_a_town_whose_name_opens_with_a_first_name_is_no_person():
    text = "W dniu 26 marca 2024 r. odbyła się konferencja, którą zorganizowaliśmy wraz z Miastem Wodzisław Śląski."
    assert _names(text) == ["Miastem Wodzisław Śląski"]


def test_a_project_fronted_before_its_implementer_in_the_past_tense():
    text = "Zakończenie projektu odbyło się 8 lipca 2024 r. Projekt „Kultura u Seniora” realizowała Fundacja Dębina."
    assert _names(text) == ["Fundacja Dębina"]


@pytest.mark.parametrize("text, expected", [
    ("Gospodarzem spotkania był pełniący obowiązki Komendanta Komisariatu Policji w Lipnie podinsp. Jan Lis.",
     ["pełniący obowiązki Komendanta Komisariatu Policji w Lipnie"]),
    ("Spotkanie zorganizowała p.o. Kierownika Gminnego Ośrodka Pomocy Społecznej w Borkach.",
     ["p.o. Kierownika Gminnego Ośrodka Pomocy Społecznej w Borkach"]),
])
def test_the_acting_holder_of_an_office(text, expected):
    assert _names(text) == expected


def test_hosts_listed_by_name_each_with_the_office_written_after_it():
    text = ("Zebranych powitali gospodarze: Anna Lis Starosta Powiatu Lipowskiego, Jan Nowak Przewodniczący "
            "Rady Powiatu Lipowskiego i Ewa Kot Wicestarosta Powiatu Lipowskiego. W spotkaniu wzięli udział "
            "m.in. Adam Wróbel Wojewoda Borkowski.")
    assert _names(text) == ["Anna Lis Starosta Powiatu Lipowskiego",
                            "Jan Nowak Przewodniczący Rady Powiatu Lipowskiego",
                            "Ewa Kot Wicestarosta Powiatu Lipowskiego"]


@pytest.mark.parametrize("text, expected", [
    ("W dniu 16 grudnia 2022 roku Rada Osiedla Borki z Gminą Lipno zorganizowała spotkanie wigilijne.",
     ["Rada Osiedla Borki", "Gminą Lipno"]),
    # (`z` with the genitive says where the subject comes from)
    ("Zespół Pieśni z Gminy Lipno zorganizował spotkanie.", ["Zespół Pieśni"]),
])
def test_a_body_with_another_in_the_instrumental_before_their_verb(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Spotkanie zostało zorganizowane przez panią Annę Wróbel.", ["panią Annę Wróbel"]),
    ("Spotkanie zorganizowane przez Jana Lisa odbyło się w szkole.", ["Jana Lisa"]),
    # (a person leading a training teaches it)
    ("Szkolenie prowadzone przez Jana Lisa odbyło się w sali.", []),
])
def test_a_person_as_the_agent_of_an_organising_participle(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("24.11.2022 r. w świetlicy OSP odbyło się na zaproszenie p. Piotra Lisa Marszałka Województwa Lipowskiego "
     "spotkanie informacyjne.", ["p. Piotra Lisa Marszałka Województwa Lipowskiego"]),
    ("Spotkanie zorganizowane przez Jana Lisa Prezesa Stowarzyszenia Borki odbyło się w szkole.",
     ["Jana Lisa Prezesa Stowarzyszenia Borki"]),
])
def test_a_person_inviting_or_organising_with_the_office_written_after_the_name(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the call is to make together, not a body invited
    ("Zapraszamy do współtworzenia LSR! 3 września 2024 r. o godz. 18.30 w Gminnym Ośrodku Kultury odbędzie się "
     "spotkanie w tej sprawie.", []),
    ("Zaprosiliśmy do współorganizacji Fundację Lipa i Stowarzyszenie Borki. Spotkanie odbędzie się 5 maja 2023 r.",
     ["Fundację Lipa", "Stowarzyszenie Borki"]),
])
def test_a_call_to_make_something_together_names_its_partners_not_its_object(text, expected):
    assert _names(text) == expected
