"""Organiser frames in the shapes real notices take: names in apposition to `organizatorów`,
a partner phrase opening an invitation, a partner aside inside a list of subjects, a body
named by its bare head noun, adverbials between a verb and its subject, the signing office,
and projects that are only the topic."""
import pytest

from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    # what the named bodies organise is no organiser
    ("W imieniu Sieci Współpracy LOKAL i Związku Gmin Wiejskich, organizatorów X Ogólnopolskiego Forum "
     "Sołtysów, chcielibyśmy zaprosić Państwa do udziału w spotkaniu, które odbędzie się 12 maja 2024 r.",
     ["Sieci Współpracy LOKAL", "Związku Gmin Wiejskich"]),
    # a partner phrase opening the publisher's own invitation
    ("Wspólnie z Opolską Radą Działalności Pożytku Publicznego mamy przyjemność zaprosić opolskie fundacje "
     "i stowarzyszenia na spotkanie, które odbędzie się 12 maja 2024 r. o godz. 10:00.",
     ["Opolską Radą Działalności Pożytku Publicznego"]),
    # a body taking part, set inside the list of subjects, is an aside
    ("Kierownik Posterunku Policji w Borkach przy współudziale funkcjonariuszy Komendy Powiatowej Policji "
     "w Lipnie oraz Burmistrz Borek zapraszają mieszkańców na debatę społeczną, która odbędzie się "
     "28 lutego 2017 r.", ["Kierownik Posterunku Policji w Borkach", "Burmistrz Borek"]),
    # an adverbial between the verb and the subject after it
    ("Zapraszamy do udziału w V Forum Organizacji Pozarządowych, które odbędzie się 12 czerwca 2024 r. "
     "w Opolu. Forum organizuje co roku Opolska Federacja Organizacji Pozarządowych.",
     ["Opolska Federacja Organizacji Pozarządowych"]),
    # projects spoken about are the topic, not the event
    ("Spotkanie odbyło się 5 maja 2023 r. w Urzędzie Wojewódzkim. Była to inicjatywa Ministerstwa Funduszy. "
     "Podczas spotkania dyskutowano o projektach realizowanych przez Ochotnicze Hufce Pracy oraz Służbę Celną.",
     ["Ministerstwa Funduszy"]),
])
def test_frames_in_the_shapes_of_real_notices(text, expected):
    assert _names(text) == expected


def test_a_body_named_by_its_head_noun_is_the_body_named_in_full():
    text = ("Federacja zaprasza na Forum Organizacji\n\n"
            "Zapraszamy fundacje i stowarzyszenia z województwa opolskiego do udziału w V Forum Organizacji "
            "Pozarządowych, które odbędzie się 12 czerwca 2024 r. w Opolu. Opolska Federacja Organizacji "
            "Pozarządowych zrzesza kilkadziesiąt organizacji.")
    assert _names(text) == ["Opolska Federacja Organizacji Pozarządowych"]


def test_a_deputy_signing_the_notice_of_a_session_is_its_organiser():
    text = ("Informuję, że w dniu 20 marca 2024 r. o godz. 16:00 w sali narad Urzędu Gminy odbędzie się XII sesja "
            "Rady Gminy Borki.\nPorządek obrad:\n1. Otwarcie sesji.\n2. Zamknięcie obrad sesji.\n"
            "SERDECZNIE ZAPRASZAM MIESZKAŃCÓW GMINY DO UDZIAŁU W OBRADACH SESJI.\n"
            "Wiceprzewodniczący Rady Gminy\nJan Kowalski\n")
    assert _names(text) == ["Wiceprzewodniczący Rady Gminy"]


def test_a_project_the_event_is_part_of_keeps_its_organisers():
    text = ("19 listopada 2023 r. w Lipnie odbyła się konferencja o pomocy sąsiedzkiej. Konferencja była częścią "
            "projektu pn. „Razem w działaniu” organizowanego przez Gminę Lipno oraz Miejski Ośrodek Pomocy Społecznej.")
    assert _names(text) == ["Gminę Lipno", "Miejski Ośrodek Pomocy Społecznej"]


def test_a_phrase_in_w_inside_a_name_does_not_end_the_list_of_organisers():
    text = ("12 maja 2024 r. w Lipnie odbyła się Konferencja „Bezpieczny dom”, której organizatorami byli Zespół "
            "Interdyscyplinarny ds. Przeciwdziałania Przemocy w Rodzinie w Lipnie, Miejski Ośrodek Pomocy Społecznej "
            "w Lipnie oraz Powiatowe Centrum Pomocy Rodzinie w Lipnie.")
    assert _names(text) == ["Zespół Interdyscyplinarny ds. Przeciwdziałania Przemocy w Rodzinie w Lipnie",
                            "Miejski Ośrodek Pomocy Społecznej w Lipnie", "Powiatowe Centrum Pomocy Rodzinie w Lipnie"]


def test_a_dated_headline_with_a_bare_head_noun_takes_the_full_name():
    text = ("2012-06-06 Federacja zaprasza na Forum NGO\n\n"
            "Zapraszamy fundacje i stowarzyszenia z województwa do udziału w XIII Forum Organizacji, które odbędzie się "
            "12 czerwca 2012 r. w Toruniu. Kujawska Federacja Organizacji Pozarządowych zrzesza sto organizacji.")
    assert _names(text) == ["Kujawska Federacja Organizacji Pozarządowych"]


@pytest.mark.parametrize("text, expected", [
    # a relative clause after a place is no apposition
    ("Konferencja „Bezpieczny Senior” odbędzie się 5 maja 2024 r. w Centrum Kultury w Lipnie, której organizatorem "
     "jest Stowarzyszenie Przyjaciół Lipna.", ["Stowarzyszenie Przyjaciół Lipna"]),
    # a co-organiser given after a comma stays in the list
    ("Organizatorem spotkania jest Gmina Lipno, współorganizatorem Stowarzyszenie Przyjaciół Lipna. Spotkanie "
     "odbędzie się 5 maja 2024 r.", ["Gmina Lipno", "Stowarzyszenie Przyjaciół Lipna"]),
    # `o` inside the event's own phrase is no topic of talk
    ("Debata o bezpieczeństwie zorganizowana przez Komendę Powiatową Policji w Lipnie odbyła się 5 maja 2024 r.",
     ["Komendę Powiatową Policji w Lipnie"]),
])
def test_appositions_and_topics_do_not_swallow_real_organisers(text, expected):
    assert _names(text) == expected


def test_partners_labelled_after_wraz_z_and_a_council_signing_its_notice():
    kiermasz = ("W dniu 27 września 2024 r. w Centrum Kultury odbył się Kiermasz Ekonomii Społecznej zorganizowany przez "
                "Lipski Ośrodek Wsparcia Ekonomii Społecznej wraz z partnerami: Starostwem Powiatowym w Lipnie, "
                "Regionalnym Ośrodkiem Polityki Społecznej oraz Lipskim Forum Pomocy Społecznej.")
    assert _names(kiermasz) == ["Lipski Ośrodek Wsparcia Ekonomii Społecznej", "Starostwem Powiatowym w Lipnie",
                                "Regionalnym Ośrodkiem Polityki Społecznej", "Lipskim Forum Pomocy Społecznej"]
    notice = ("Zwołuję sesję Młodzieżowej Rady Miasta na 5 maja 2024 r.\nPorządek obrad:\n1. Otwarcie.\n"
              "2. Zamknięcie obrad.\n\nMłodzieżowa Rada Miasta Lipno\n")
    assert _names(notice) == ["Młodzieżowa Rada Miasta Lipno"]


@pytest.mark.parametrize("text, expected", [
    # the project the meeting belongs to, as the subject of its implementer's participle
    ("Zapraszamy na spotkanie 12 maja 2024 r. o godz. 10.00 w świetlicy w Borkach. Projekt jest realizowany "
     "przez Stowarzyszenie Razem dla Borek w partnerstwie z Gminną Biblioteką Publiczną w Borkach.",
     ["Stowarzyszenie Razem dla Borek", "Gminną Biblioteką Publiczną w Borkach"]),
    ("Warsztaty odbędą się 3 czerwca 2023 r. w Borkach.\nOperacja realizowana przez Stowarzyszenie Lokalna "
     "Grupa Działania „Dolina Rzeki”, LGD „Razem Lepiej” oraz Stowarzyszenie LGD „Kraina Lasów” w ramach "
     "projektu współpracy.",
     ["Stowarzyszenie Lokalna Grupa Działania „Dolina Rzeki”", "LGD „Razem Lepiej”", "Stowarzyszenie LGD „Kraina Lasów”"]),
    ("Szkolenie odbyło się 5 maja 2022 r. w Borkach. Realizatorem projektu było Stowarzyszenie Przyjaciół "
     "Borek we współpracy z Gminą Borki.", ["Stowarzyszenie Przyjaciół Borek", "Gminą Borki"]),
    # an event named only by its acronym, with a participle that organises only events
    ("Trzydniowe spotkania rozpoczną się 5 maja 2022 r.\nFOKS organizowane będą przez Związek Spółdzielni "
     "Rolniczych we współpracy z Ministerstwem Rolnictwa.",
     ["Związek Spółdzielni Rolniczych", "Ministerstwem Rolnictwa"]),
    # the town it was held in between the participle and its agent
    ("12 maja 2021 r. wójt był gościem seminarium „Woda”, zorganizowanego w Nowym Sączu przez "
     "Małopolski Urząd Wojewódzki.", ["Małopolski Urząd Wojewódzki"]),
])
def test_implementers_and_agents_of_participles(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    # a project mentioned in passing, and an event other than the one announced
    "Uczestnicy projektu „Razem” realizowanego przez Stowarzyszenie Lipa spotkali się 5 maja 2022 r. w Borkach.",
    "Posiedzenie Rady Seniorów odbyło się 5 maja 2022 r. Radna Ewa Lis zaprosiła seniorów na organizowaną przez "
    "Fundację Zielony Las wycieczkę pn. „Dzień Ogrodu”.",
])
def test_projects_in_passing_and_other_events_organise_nothing_here(text):
    assert not [name for name in _names(text) if "Lipa" in name or "Las" in name]


@pytest.mark.parametrize("text, expected", [
    ("Gminny Ośrodek Pomocy Społecznej w Lipnie od dnia 2.02.2022r. realizuje projekt wsparcia dla rodzin. "
     "Spotkania grupy wsparcia odbywają się w czwartki.", ["Gminny Ośrodek Pomocy Społecznej w Lipnie"]),
    ("Gmina Borki oraz miasto Lipno realizują mikroprojekt „Dwa brzegi”. Pierwsze spotkanie odbędzie się "
     "5 maja 2022 r.", ["Gmina Borki", "miasto Lipno"]),
    # in the past, or in a relative clause, a project is someone else's
    ("Spotkanie organizacji pozarządowych, które realizują projekty w ramach programu, odbędzie się 5 maja 2022 r.", []),
    ("Fundacja Borki zrealizowała projekt w 2019 r. Spotkanie z mieszkańcami odbędzie się 5 maja 2022 r.", []),
])
def test_a_body_running_the_project_in_the_present_runs_its_meetings(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # who obtained the grant for the meetings, with its partner
    ("Stowarzyszenie Razem w Borkach we współpracy z Urzędem Gminy Lipno pozyskało 40 tysięcy zł na kursy "
     "pierwszej pomocy. Pierwsze zajęcia odbyły się 5 maja 2022 r.",
     ["Stowarzyszenie Razem w Borkach", "Urzędem Gminy Lipno"]),
    ("Związek Gmin Doliny Lipy otrzymał dofinansowanie w formie dotacji na spotkania informacyjne. Spotkania "
     "zaplanowano na 16.09.2021 r.", ["Związek Gmin Doliny Lipy"]),
    # what a body received is no grant: no frame
    ("Gmina Borki otrzymała 5 wniosków. Spotkanie odbyło się 5 maja 2022 r.", []),
])
def test_a_body_that_obtained_a_grant_runs_the_meetings(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Konferencja odbędzie się 12 lutego 2024 r. w ramach projektu „Młoda szkoła”. Celem projektu realizowanego przez "
     "Fundację Lipa jest upowszechnianie idei parlamentaryzmu.", ["Fundację Lipa"]),
    # the project's title between it and its participle
    ("5 maja 2024 r. w ramach projektu \"Eko przygoda\", realizowanego przez Gminny Ośrodek Kultury w Lipnie "
     "zorganizowano warsztaty dla seniorów.", ["Gminny Ośrodek Kultury w Lipnie"]),
    # the footer of a LEADER operation
    ("Szkolenie dla przedsiębiorców odbyło się 5 maja 2019 r. w Borkach.\n\n"
     "Operacja opracowana przez Lokalną Grupę Działania Ziemi Lipnowskiej",
     ["Lokalną Grupę Działania Ziemi Lipnowskiej"]),
    # projects discussed are the topic
    ("Podczas spotkania, które odbyło się 5 maja 2018 r., dyskutowano o projektach realizowanych przez Ochotnicze "
     "Hufce Pracy.", []),
    # a project's cycle of meetings, run jointly by some of its partners
    ("Odbyła się ona w środę, 18 października 2023 r. w ramach cyklu projektowego „Seniorze, bądź aktywny”, "
     "realizowanego partnersko m.in. przez Miejski Ośrodek Pomocy Rodzinie i Stowarzyszenie Lipa.",
     ["Miejski Ośrodek Pomocy Rodzinie", "Stowarzyszenie Lipa"]),
    ("Konferencja została zorganizowana 5 maja 2023 r. między innymi przez Fundację Lipa i Gminę Borki.",
     ["Fundację Lipa", "Gminę Borki"]),
    # a project through which the funding came: its operator runs no meeting
    ("Zadanie dofinansowane ze środków budżetu Województwa Mazowieckiego w ramach projektu „Bony dla seniorów” "
     "realizowanego przez Stowarzyszenie Lipa. Spotkanie odbyło się 5 maja 2023 r.", []),
])
def test_the_implementer_of_a_project_named_by_its_participle_runs_it(text, expected):
    assert _names(text) == expected


def test_what_is_part_of_a_project_is_run_by_its_implementer():
    text = ("Klub Seniora jest częścią projektu „Aktywni Seniorzy” realizowanego przez Miejski Ośrodek Pomocy "
            "Społecznej w Borkach. Zajęcia odbędą się 5 maja 2019 r.")
    assert _names(text) == ["Miejski Ośrodek Pomocy Społecznej w Borkach"]


@pytest.mark.parametrize("text, expected", [
    ("Wobec braku kworum potrzebne będzie zwołanie przez Prezydenta Miasta ponownego zebrania "
     "osiedla, które odbędzie się 12 października 2020 r.", ["Prezydenta Miasta"]),
    ("Dziękujemy za zorganizowanie przez Gminny Ośrodek Kultury w Borkach pikniku, który odbył się 5 maja 2022 r.",
     ["Gminny Ośrodek Kultury w Borkach"]),
    # a verbal noun of a call or a contest organises no meeting
    ("Po zorganizowaniu przez Fundację Borki konkursu wyniki ogłoszono 5 maja 2022 r.", []),
])
def test_the_agent_of_a_verbal_noun_of_organising(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Walne Zebranie Członków Stowarzyszenia Przyjaciół Borek odbędzie się 5 maja 2022 r. o godz. 17.00.",
     ["Stowarzyszenia Przyjaciół Borek"]),
    ("Konferencję 5 maja 2022 r. połączono z Zebraniem Ogólnym Członków Stowarzyszenia „Razem”.",
     ["Stowarzyszenia „Razem”"]),
    ("Rozpoczęły się jesienne spotkania gminne Związku Pszczelarzy Borkowskich. 9 października 2017 r. w Borkach "
     "spotkali się hodowcy.", ["Związku Pszczelarzy Borkowskich"]),
    # the meeting's own name, and a programme, are no body whose meeting it is
    ("Zebranie Wiejskie Sołectwa Borki odbędzie się 5 maja 2022 r.", []),
    ("Wójt zaprasza na cykl spotkań informacyjnych Lokalnego Programu Rewitalizacji, 5 maja 2022 r.", ["Wójt"]),
])
def test_the_body_whose_members_meet(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("W piątek, 7 czerwca razem z Fundacją Borki zorganizowaliśmy piknik kończący rok szkolny.",
     ["Fundacją Borki"]),
    ("W dniu 16 marca 2018 roku zorganizowaliśmy wspólnie z Powiatowym Centrum Pomocy Rodzinie w Lipnie "
     "szkolenie dla rodzin zastępczych.", ["Powiatowym Centrum Pomocy Rodzinie w Lipnie"]),
    # a participant, not a partner
    ("Zapraszamy na spotkanie 5 maja 2022 r. z udziałem Burmistrza.", []),
])
def test_the_publishers_partner_beside_its_own_verb_in_the_first_person(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a room named for sittings is a venue, its owner no organiser
    ("Zebranie mieszkańców odbędzie się 27 stycznia 2026 r. o godzinie 15:00 w sali posiedzeń OSP Borki.", []),
    # nor are the offices whose notice boards the notice hangs on
    ("Zebranie mieszkańców odbędzie się 27 stycznia 2026 r. Ogłoszenie wywieszono na tablicach ogłoszeń Urzędu "
     "Gminy Lipno i Starostwa Powiatowego w Borkach.", []),
    # a capitalised word of a committee's name is no initiative phrase (nor is the council that sits)
    ("Posiedzenie Rady Seniorów odbyło się 20 maja 2022 r., a uczestniczyli w nim zaproszeni goście: "
     "Przewodnicząca Komisji Planowania i Inicjatyw Społecznych Anna Nowak oraz Kierownik Ośrodka Pomocy "
     "Społecznej Ewa Lis.", []),
    # a byline naming the author of the page's text
    ("Spotkanie z mieszkańcami odbędzie się 5 maja 2022 r.\nAutor treści: UM", []),
    # a relative clause after an event sentence names no organiser
    ("Spotkanie było ważne dla organizacji, w tym PES, które realizują usługi społeczne, 5 maja 2022 r.", []),
    # an acronym with its branch and seat
    ("Debata odbyła się 5 maja 2022 r. Zorganizował ją IPN Oddział w Lublinie.", ["IPN Oddział w Lublinie"]),
])
def test_rooms_bylines_and_inner_words_of_names_organise_nothing(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fundacja Borki prowadzi świetlicę od 2015 roku. Na zakończenie sezonu Fundacja wraz z Gminnym Ośrodkiem "
     "Kultury w Lipnie organizuje Jarmark Rękodzieła, który odbędzie się 28 listopada.",
     ["Fundacja Borki", "Gminnym Ośrodkiem Kultury w Lipnie"]),
    ("Stowarzyszenie wspólnie z Gminą Borki zaprasza na festyn 5 maja 2022 r.", ["Gminą Borki"]),
    # a name in the instrumental after a lower-case noun is the next name, not its complement
    ("Dzięki dotacji wyremontowano Dom Kultury w Borkach. Razem z tą instytucją Urząd Marszałkowski przygotuje w sobotę "
     "festyn.", ["Urząd Marszałkowski"]),
])
def test_partners_of_a_body_named_by_its_bare_head(text, expected):
    assert _names(text) == expected


def test_a_body_that_inaugurates_its_year_organises_the_ceremony():
    text = ("9 października 2017 r. Uniwersytet Trzeciego Wieku działający na Uniwersytecie w Borkach uroczyście "
            "zainaugurował kolejny rok akademicki.")
    assert _names(text) == ["Uniwersytet Trzeciego Wieku działający na Uniwersytecie w Borkach"]


def test_who_opens_a_meeting_after_its_verb_does_not_organise_it():
    text = ("Spotkanie zainaugurował Burmistrz Miasta Lipna Jan Nowak oraz Dyrektor Miejskiego Ośrodka Pomocy "
            "Społecznej.")
    assert _names(text) == []


@pytest.mark.parametrize("text, expected", [
    # a relative clause with words of when between its pronoun and verb, after an event's name
    ("W Borkach odbędzie się Forum Roczne Programu, które w tym roku organizują Lokalne Biura Informacyjne "
     "Programu w ścisłej współpracy z Euroregionem Borki.",
     ["Lokalne Biura Informacyjne Programu", "Euroregionem Borki"]),
    # a person in apposition with the office that makes them the organiser
    ("Zebranie przygotowała Pani Ewa Lis – Przewodnicząca Zarządu Osiedla wraz z pracownikami "
     "Wydziału Inwestycji. Odbyło się 5 maja 2022 r.",
     ["Pani Ewa Lis – Przewodnicząca Zarządu Osiedla", "Wydziału Inwestycji"]),
])
def test_relative_clauses_and_persons_in_office_after_a_dash(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("W dniu 11 kwietnia w siedzibie Fundacji Rozwoju w Borkach gościliśmy wizytę studyjną z Litwy "
     "organizowaną przez Stowarzyszenie Gmin Pogranicza „Most”.",
     ["Fundacji Rozwoju w Borkach", "Stowarzyszenie Gmin Pogranicza „Most”"]),
    # one body with several seats, a partner of the subject
    ("Samorząd Województwa Borkowskiego we współpracy z Centrami Integracji Społecznej w Lublinie, Chełmie "
     "i Zamościu w dniach 2-8 czerwca 2015r. organizuje Tydzień Wolontariatu.",
     ["Samorząd Województwa Borkowskiego", "Centrami Integracji Społecznej w Lublinie, Chełmie i Zamościu"]),
])
def test_hosts_in_the_first_person_and_bodies_with_several_seats(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fundacja Borki organizuje we współpracy z Gminą Lipno konferencję 5 maja 2022 r.",
     ["Fundacja Borki", "Gminą Lipno"]),
    ("Wójt zaprasza wspólnie z Radą Sołecką na zebranie 5 maja 2022 r.", ["Wójt", "Radą Sołecką"]),
    ("Gmina Borki realizuje w partnerstwie z Miastem Lipno i Stowarzyszeniem Przyjaciół Lipna projekt pt. „Razem”. "
     "Spotkanie odbędzie się 5 maja 2022 r.", ["Gmina Borki", "Miastem Lipno", "Stowarzyszeniem Przyjaciół Lipna"]),
])
def test_partners_named_right_after_the_verb(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("W Borkach rozmawiano o bezpieczeństwie na drogach. Spotkanie zorganizowali funkcjonariusze Komendy Powiatowej "
     "Policji w Borkach.", ["Komendy Powiatowej Policji w Borkach"]),
    ("Z inicjatywy Dyrektora Szkoły Podstawowej w Borkach przy wsparciu organizacyjnym Rady Rodziców 3 maja odbył "
     "się festyn rodzinny.",
     ["Dyrektora Szkoły Podstawowej w Borkach", "Rady Rodziców"]),
    ("W dniach 5-6 maja 2019 nasi bibliotekarze byli na konferencji Stowarzyszenia Bibliotekarzy Borkowskich.",
     ["Stowarzyszenia Bibliotekarzy Borkowskich"]),
    # notices of a menu, each line opening the same way
    ("Zebranie wiejskie odbędzie się 5 maja 2022 r.\n\nOgłoszenia CUW\n\nOgłoszenia GOPS\n\nOgłoszenia ŚDS", []),
    # an office hosting for the first time
    ("Powiat Lipnowski będzie po raz pierwszy gospodarzem posiedzenia Konwentu Powiatów Województwa Mazowieckiego.",
     ["Powiat Lipnowski"]),
    # a conference's own name after it is no body
    ("3 października 2014 r. w Urzędzie Marszałkowskim odbędzie się konferencja Forum Inicjatyw Pozarządowych.", []),
    ("Gminna Biblioteka Publiczna imienia Marii Dąbrowskiej w Borkach zaprasza na wieczór poezji 5 maja 2022 r.",
     ["Gminna Biblioteka Publiczna imienia Marii Dąbrowskiej w Borkach"]),
    # an office at a conference, and a person's roles, organise nothing
    ("Podczas konferencji Starosta Powiatu Pan Jan Lis wręczył nagrody. Konferencja odbyła się 5 maja 2022 r.", []),
    ("Warsztaty 5 maja 2022 r. poprowadziła Pani Ewa Lis – pedagog, autor i koordynator programów, wykładowca "
     "Akademii Nauk Stosowanych w Borkach.", []),
])
def test_bodies_through_their_people_and_their_own_conferences(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group's kind before its quoted name, and a closing quote typed as an opening one
    ("Dnia 5 maja 2019 r. odbyły się warsztaty przeprowadzone przez nieformalną grupę „Aktywne Babki”.",
     ["nieformalną grupę „Aktywne Babki”"]),
    ("W dniach 4-8 maja 2019 r. odbyły się warsztaty przeprowadzone przez nieformalną grupę „SENIORZY RAZEM „.",
     ["nieformalną grupę „SENIORZY RAZEM „"]),
    # a person named as host, after words of courtesy
    ("Spotkanie odbyło się 5 maja 2016 r. Gospodarz spotkania kol. Adam Lis opowiedział o swojej pasiece.",
     ["kol. Adam Lis"]),
    ("Zbiórka odbyła się 5 maja 2016 r. Gospodarzem był dh Piotr Wrona.", ["dh Piotr Wrona"]),
    # but a role of no event is nobody's frame
    ("Galę zorganizowano 29 marca 2019 w Borkach. Autorem zdjęć jest Jan Lis.", []),
    # the page's own body, by the name it gives itself
    ("Stowarzyszenie Seniorów Borkowskich\n\n23 listopada 2015 r. gospodarzem spotkania było nasze stowarzyszenie.",
     ["Stowarzyszenie Seniorów Borkowskich"]),
    ("W czwartek 5 maja 2016 r. odbyła się debata kandydatów, którą organizowała nasza redakcja.", ["nasza redakcja"]),
])
def test_groups_persons_and_the_pages_own_body(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zwołuję na wniosek Burmistrza Miasta Borki nadzwyczajną sesję Rady Miejskiej, która odbędzie się "
     "11 września 2015 r.", ["Burmistrza Miasta Borki"]),
    ("Sesję otwarto 4 grudnia 2018 r. Przewodniczący poinformował, że została zwołana na wniosek wójta gminy Borki.",
     ["wójta gminy Borki"]),
    # a request in an agenda convenes nothing
    ("Sesja 5 maja 2020 r. Porządek obrad: 3. Wprowadzenie na wniosek Burmistrza do porządku obrad projektu uchwały.",
     []),
])
def test_the_body_at_whose_request_a_sitting_is_convened(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a company's legal form makes its name, with or without a head word before it
    ("Spółka Borki Energia Odnawialna sp. z o.o. zaprasza mieszkańców na spotkanie informacyjne 19.12.2016 r.",
     ["Spółka Borki Energia Odnawialna sp. z o.o."]),
    ("Lipno Wiatr S.A. zaprasza na spotkanie 5 maja 2022 r.", ["Lipno Wiatr S.A."]),
    ("Inwestor - firma Solar Borki sp. z o.o. zorganizował spotkanie 5 maja 2022 r.", ["Solar Borki sp. z o.o."]),
    # a body leads consultations it runs, before its verb or as the agent of the participle
    ("Polskie Sieci Przesyłowe S.A. prowadzą konsultacje społeczne 3 czerwca 2025 r.",
     ["Polskie Sieci Przesyłowe S.A."]),
    ("Zapraszamy na konsultacje społeczne prowadzone przez Operatora Gazociągów Borkowskich LIP-GAZ S.A. "
     "w dniu 4 października 2021 r.", ["Operatora Gazociągów Borkowskich LIP-GAZ S.A."]),
    # but a training is led by its trainer, a meeting by a person who moderates, and guests take part
    ("Zapraszamy na warsztaty prowadzone przez Fundację Borki w dniu 4 października 2021 r.", []),
    ("W dniu 4 października 2021 r. WARSZTAT MUZYCZNY poprowadziło Stowarzyszenie „Dźwięk”.", []),
    ("Dyrektor Jan Lis prowadzi spotkanie 3 czerwca 2025 r.", []),
    ("Zebranie 3 czerwca 2025 r. będzie prowadzone przy udziale władz Gminy.", []),
    # an office orders the consultations it holds; what a company manages is no event
    ("Burmistrz Jan Lis zarządził konsultacje społeczne dotyczące budowy drogi w Lipnie od 3 do 20 czerwca 2025 r.",
     ["Burmistrz Jan Lis"]),
    ("Wójt Gminy Borki zarządza przeprowadzenie konsultacji społecznych projektu uchwały w dniu 3 czerwca 2025 r.",
     ["Wójt Gminy Borki"]),
    ("Spółka Lipa zarządza halą sportową, w której 3 czerwca 2025 r. odbędzie się konferencja.", []),
    # a board resolves to hold the consultations; a budget resolved is no event
    ("Zarząd Powiatu Lipowskiego uchwalił konsultacje projektu Strategii. Spotkanie konsultacyjne odbędzie się "
     "22 listopada 2025 r. o godz. 11.00.", ["Zarząd Powiatu Lipowskiego"]),
    ("Rada Gminy Borki uchwaliła budżet na 2026 rok. Sesja odbyła się 22 listopada 2025 r.", []),
])
def test_companies_and_bodies_leading_consultations(text, expected):
    assert _names(text) == expected


def test_a_body_leading_something_else_during_the_meeting_does_not_organise_it():
    text = ("PCPR w Borkach zaprasza na spotkanie grupy wsparcia 11 kwietnia 2024 r. Na czas spotkania zapewniamy "
            "opiekę nad dziećmi, prowadzoną przez wolontariuszy Stowarzyszenia „Tęcza” w Borkach.")
    assert _names(text) == ["PCPR w Borkach"]


def test_a_fronted_event_with_its_audiences_place_keeps_its_organiser_after_the_verb():
    text = ("Spotkanie w sprawie farm wiatrowych mieszkańców gminy Borki organizuje w najbliższy poniedziałek "
            "Stowarzyszenie Dobro Lipna. Spotkanie 20 lipca 2015 o 19:00.")
    assert _names(text) == ["Stowarzyszenie Dobro Lipna"]


@pytest.mark.parametrize("text, expected", [
    # an edition's number opens the event's name: it ends the name before it, and the event is no subject
    ("Organizowane z inicjatywy Urzędu Marszałkowskiego XVII Forum Organizacji Pozarządowych odbyło się "
     "14 czerwca 2016 w Borkach.", ["Urzędu Marszałkowskiego"]),
    ("2016-03-16 Federacja przygotuje Forum\n\nXVII Forum Organizacji Pozarządowych Województwa Borkowskiego "
     "zorganizuje Federacja. Forum odbędzie się 14 czerwca 2016 r.", ["Federacja"]),
])
def test_an_editions_number_before_the_events_name(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # `st.` (stołeczny) inside an office's name
    ("Związek Powiatów Polskich oraz Urząd Miasta st. Warszawa zapraszają do udziału w spotkaniu 23 czerwca 2023 r.",
     ["Związek Powiatów Polskich", "Urząd Miasta st. Warszawa"]),
    # a body's bare head stands for its name given before, but a name of its own (`Policja`, an acronym) stays
    ("Już wkrótce odbędzie się Piknik Zdrowia z okazji 50-lecia Szpitala Powiatowego w Borkach organizowany przez "
     "Powiat Borkowski i Szpital. Piknik 14 września 2025 r.", ["Szpitala Powiatowego w Borkach", "Powiat Borkowski"]),
    ("Debata odbyła się 11 października 2022 r. w Urzędzie Miasta. W zainicjowanym przez Policję spotkaniu wziął "
     "udział Komendant Komisariatu Policji w Borkach.", ["Policję"]),
])
def test_a_capitals_abbreviation_and_a_bare_head_for_a_named_body(text, expected):
    assert _names(text) == expected


def test_an_office_with_its_region_before_it():
    text = ("Wojewoda Borkowski oraz Borkowski Kurator Oświaty zapraszają do udziału w regionalnej debacie "
            "4 września 2019 r.")
    assert _names(text) == ["Wojewoda Borkowski", "Borkowski Kurator Oświaty"]


@pytest.mark.parametrize("text, expected", [
    ("Hanna Lipska zaprasza na spotkanie z mieszkańcami 18 października 2016 r.", ["Hanna Lipska"]),
    # a person who invited the sitting's audience to something else speaks in a report
    ("Obrady komisji odbyły się 5 maja 2016 r. Pan Tomasz Lis zaprosił wszystkich obecnych na festyn.", []),
])
def test_a_person_named_alone_before_an_invitation_in_the_present(text, expected):
    assert _names(text) == expected


def test_the_capitals_own_unit_in_lower_case_inside_a_name():
    assert _names("Zarząd Zieleni miasta stołecznego Warszawy przeprowadza konsultacje społeczne 21 kwietnia 2018 r.") \
        == ["Zarząd Zieleni miasta stołecznego Warszawy"]


@pytest.mark.parametrize("text, expected", [
    ("Fundacja Nowej Wspólnoty organizująca lokalne rozmowy na ważne dla mieszkańców tematy, szczególnie "
     "zaprasza na wydarzenie 25 września 2025 r.", ["Fundacja Nowej Wspólnoty"]),
    # an adverbial participle's phrase between commas, after two subjects joined
    ("Starosta Borkowski oraz Wójt Gminy Lipno, mając na uwadze obecną sytuację pogodową, zapraszają na spotkanie "
     "9 lipca 2020 r. o godz. 9.00.", ["Starosta Borkowski", "Wójt Gminy Lipno"]),
])
def test_a_participle_phrase_between_the_subject_and_its_verb(text, expected):
    assert _names(text) == expected


def test_the_agent_of_a_participle_before_the_event_noun_it_describes():
    text = ("We wtorek 14 czerwca odbyło się jedno z zaplanowanych przez Lokalną Grupę Działania „Razem” spotkań "
            "w sprawie strategii.")
    assert _names(text) == ["Lokalną Grupę Działania „Razem”"]


@pytest.mark.parametrize("text, expected", [
    # the common nouns that `tj.` goes on to name
    ("Organizatorami wyjazdu studyjnego są Partnerzy projektu tj.: Stowarzyszenie Lokalna Grupa Działania "
     "„Lipowa Dolina” oraz Stowarzyszenie Lokalna Grupa Działania „Borki”. Wyjazd odbędzie się 23 października 2023 r.",
     ["Stowarzyszenie Lokalna Grupa Działania „Lipowa Dolina”", "Stowarzyszenie Lokalna Grupa Działania „Borki”"]),
    # a person named first, the office they hold after a comma
    ("Z inicjatywy Jana Kowalskiego, Burmistrza Borek odbyło się w poniedziałek (28 lutego 2022 r.) spotkanie "
     "z przedsiębiorcami.", ["Jana Kowalskiego, Burmistrza Borek"]),
])
def test_names_after_a_namer_and_a_person_with_the_office_they_hold(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a seat abbreviated `z/s` inside the name
    ("Dnia 22.01.2019 r. Borkowski Ośrodek Doradztwa Rolniczego z/s w Lipnie przeprowadził spotkanie "
     "informacyjne dla rolników.", ["Borkowski Ośrodek Doradztwa Rolniczego z/s w Lipnie"]),
    # a partner named by the person holding the office, the office after the name
    ("Fundacja Misji Lokalnej we współpracy z Janem Kowalskim Prezydentem Miasta Borki organizuje spotkanie "
     "informacyjne, które odbędzie się 18 maja 2023 r.",
     ["Fundacja Misji Lokalnej", "Janem Kowalskim Prezydentem Miasta Borki"]),
    # a notice's issuing office in lower case after the notice's noun
    ("Ogłoszenie przewodniczącego Rady Powiatu o raporcie\n\nUprzejmie zawiadamiam, że 6 czerwca 2019 r. o godz. "
     "14.00 odbędzie się sesja Rady Powiatu.", ["przewodniczącego Rady Powiatu"]),
])
def test_seats_partners_held_by_persons_and_issuers_in_lower_case(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # lower-case words a dash goes on to name
    ("Dzień Seniora odbył się 5 października 2015 r. Organizatorami jest kilka współpracujących instytucji - "
     "Urząd Miasta, Szkoła Podstawowa nr 1, MOPS, Stowarzyszenie Sąsiedzi.",
     ["Urząd Miasta", "Szkoła Podstawowa nr 1", "MOPS", "Stowarzyszenie Sąsiedzi"]),
    # `w tym` after the role noun
    ("Spotkanie odbyło się 5 października 2015 r. Organizatorzy, w tym Burmistrz Miasta i Gminy Borki oraz "
     "Przewodnicząca Borkowskiej Rady Seniorów, zasłużyli na podziękowania.",
     ["Burmistrz Miasta i Gminy Borki", "Przewodnicząca Borkowskiej Rady Seniorów"]),
    # a person named with the body they come from
    ("Debata odbyła się 9 kwietnia 2018 r. W spotkaniu uczestniczył również współorganizator spotkania Jan Lis "
     "z Borkowskiego Kuratorium Oświaty.", ["Jan Lis z Borkowskiego Kuratorium Oświaty"]),
])
def test_role_nouns_naming_after_a_dash_w_tym_and_a_persons_body(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's own event, its capitalised title naming the body in the singular genitive
    ("XII Forum Ogólnopolskiego Stowarzyszenia Ośrodków Pomocy Społecznej odbędzie się 5-8 października 2017 r. "
     "w Lipnie.", ["Ogólnopolskiego Stowarzyszenia Ośrodków Pomocy Społecznej"]),
    ("XXIV Konferencja Stowarzyszenia Gmin Wiejskich odbyła się 12 maja 2015 r. w Borkach.",
     ["Stowarzyszenia Gmin Wiejskich"]),
    # a forum of many bodies names its participants, not its host
    ("III Forum Organizacji Pozarządowych Powiatu Lipnowskiego odbędzie się 12 maja 2015 r. w Lipnie.", []),
    # a headline that leaves out its copula: the body named before the role hosts
    ("Powiat Lipnowski gospodarzem Ogólnopolskiego Forum Praktyków Pomocy Społecznej\n\n"
     "Forum odbędzie się 5-8 października 2017 r. w Lipnie.", ["Powiat Lipnowski"]),
])
def test_titled_events_and_headline_hosts(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case area after a body's name is part of it
    ("Państwowa Inspekcja Sanitarna województwa podkarpackiego planuje uczcić rocznicę konferencją, która odbędzie "
     "się 12 maja 2024 r. w Rzeszowie.", ["Państwowa Inspekcja Sanitarna województwa podkarpackiego"]),
    ("Rada Seniorów gminy Borki zaprasza 12 maja na spotkanie.", ["Rada Seniorów gminy Borki"]),
    # a body drafting a plan runs the consultations held for it, whether it starts or finishes the draft
    ("Starostwo Powiatowe w Lipnie kończy przygotowywanie strategii rozwoju powiatu. Spotkanie konsultacyjne "
     "odbędzie się 19 lutego 2024 r.", ["Starostwo Powiatowe w Lipnie"]),
    ("Gmina Borki przystąpiła do opracowania programu rewitalizacji. Spotkanie konsultacyjne odbędzie się "
     "19 lutego 2024 r.", ["Gmina Borki"]),
    ("Burmistrz Lipna zakończył spotkanie z mieszkańcami 12 maja 2024 r.", ["Burmistrz Lipna"]),
    # a village's meeting: its residents meet, no body hosts
    ("Temat omawiany będzie także w trakcie zebrania wiejskiego Sołectwa Borki, które odbędzie się 26 lutego "
     "2020 r. o godz. 19:00 w szkole.", []),
])
def test_area_complements_and_plans_drafted(text, expected):
    assert _names(text) == expected


def test_an_events_name_in_capitals_before_its_verb_is_no_organiser():
    text = ("Cztery spotkania integracyjne odbyły się w maju 2024 r.:\n1. WARSZTAT MUZYCZNY poprowadziło "
            "Stowarzyszenie „Dźwięk”,\n2. WARSZTAT SPORTOWO-REKREACYJNY przygotowało Stowarzyszenie „Kajaki”.")
    assert not any(name.startswith("WARSZTAT") for name in _names(text))


@pytest.mark.parametrize("text, expected", [
    # the office signing in lower case, its holder below
    ("Zebranie wiejskie odbędzie się 18 maja 2025 r. o godz. 18.30 w świetlicy.\n\nSołtys wsi\n\nJan Lis",
     ["Sołtys wsi Jan Lis"]),
    # where the body stands, said between it and its verb
    ("W czwartek 3 października Centrum Integracji Społecznej mieszczące się przy ul. Polnej 17 w Borkach "
     "zorganizowało spotkanie integracyjne.", ["Centrum Integracji Społecznej"]),
    # a body's people after the verb: the body invites
    ("Na takie wydarzenie zaprosili seniorzy z Uniwersytetu Trzeciego Wieku w Borkach. Spotkanie odbyło się "
     "15 grudnia.", ["Uniwersytetu Trzeciego Wieku w Borkach"]),
    # an office named by no name of its own meets the public
    ("15 grudnia w GOK odbyła się Wigilia. Pan wójt gminy spotkał się z pracownikami urzędu.", ["wójt gminy"]),
])
def test_offices_and_bodies_named_plainly_organise(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the day between a participle and its agent, written with `br.`, a weekday and a comma, or as a range
    ("Taki cel przyświecał imprezie zorganizowanej w piątek, 30 maja br. w Borkach przez Polski Związek Emerytów, "
     "Rencistów i Inwalidów Koło nr 11.", ["Polski Związek Emerytów, Rencistów i Inwalidów Koło nr 11"]),
    ("Obradowała konferencja Zakładu Pedagogiki Uniwersytetu w Borkach, która została zorganizowana w dn. 16-17 "
     "lutego 2018 r. we współpracy z Oddziałem Towarzystwa Gerontologicznego i Stowarzyszeniem Seniorów.",
     ["Zakładu Pedagogiki Uniwersytetu w Borkach", "Oddziałem Towarzystwa Gerontologicznego",
      "Stowarzyszeniem Seniorów"]),
])
def test_the_day_between_a_participle_and_its_agent(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the bodies that co-create the event, after its pronoun, on the verb's line or after its colon
    ("Festiwal odbędzie się 8 października 2023 r. Współtworzą go Fundacja Lipa i Gmina Borki.",
     ["Fundacja Lipa", "Gmina Borki"]),
    ("Konferencja odbędzie się 8 października 2023 r. Organizatorami konferencji są: Centrum Kultury w Lipnie oraz "
     "Fundacja Lipa. Współtworzą je: miasto Lipno, Dom Kultury w Lipnie, Towarzystwo Przyjaciół Ziemi Lipnowskiej.",
     ["Centrum Kultury w Lipnie", "Fundacja Lipa", "miasto Lipno", "Dom Kultury w Lipnie",
      "Towarzystwo Przyjaciół Ziemi Lipnowskiej"]),
    # (co-creating something else is no part in the event)
    ("Fundacja Lipa współtworzy program rewitalizacji. Spotkanie odbędzie się 8 października 2023 r.", []),
])
def test_bodies_that_co_create_the_event(text, expected):
    assert _names(text) == expected
