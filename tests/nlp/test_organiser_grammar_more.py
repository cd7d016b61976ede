"""Ways of stating an organiser that real pages use beyond the plain `X zaprasza`: asides,
participles, letter heads, sign-offs, lists that run over people and elliptical items."""
import pytest

from nlp.organisers import find_organisers


def names(text: str) -> list[str]:
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    # a relative clause between the subject and its verb
    ("Koło Gospodyń Wiejskich „Jarzębina” oraz sołectwo, w którego skład wchodzą Dębina i Lasek (gmina Lipno), "
     "zaprosili mieszkańców na festyn.", ["Koło Gospodyń Wiejskich „Jarzębina”"]),
    # and a purpose clause
    ("Dlatego samorząd województwa, by docenić ich pracę, zorganizował spotkanie, które odbędzie się 3 marca 2023 r.",
     ["samorząd województwa"]),
    # an office followed by its holder, then a second office and the staff of a body
    ("Wójt Gminy Dębina Pan Adam Wiśniewski wraz z Kierownikiem GOPS Dębina Panią Ewą Zając oraz pracownikami "
     "Ośrodka Pomocy Społecznej zorganizowali spotkanie wigilijne.",
     ["Wójt Gminy Dębina", "Kierownikiem GOPS Dębina", "Ośrodka Pomocy Społecznej"]),
    # a long list of bodies, with an acronym and its quoted name, before the verb
    ("Dyrekcja Szkoły Podstawowej w Lasku, Rada Rodziców, Ochotnicza Straż Pożarna, LZS „Orzeł”, Rada Sołecka, "
     "Koło Gospodyń Wiejskich „Lasowianki” oraz Spółka Wodna po raz pierwszy zorganizowali wspólnie piknik.",
     ["Dyrekcja Szkoły Podstawowej w Lasku", "Rada Rodziców", "Ochotnicza Straż Pożarna", "LZS „Orzeł”",
      "Rada Sołecka", "Koło Gospodyń Wiejskich „Lasowianki”", "Spółka Wodna"]),
    # a patron's name with an initial, inside a list of partners
    ("Komenda Miejska Policji w Lipnie wraz z Urzędem Miasta Lipna i Liceum Ogólnokształcącym im. M. Kopernika "
     "w Lipnie zorganizowała konferencję o bezpieczeństwie seniorów.",
     ["Komenda Miejska Policji w Lipnie", "Urzędem Miasta Lipna",
      "Liceum Ogólnokształcącym im. M. Kopernika w Lipnie"]),
    # a branch with its number, and the address in parentheses, in a list of subjects
    ("Filia nr 2 Miejskiej Biblioteki Publicznej w Lipnie (ul. Polna 4) oraz Stowarzyszenie Czytelników zapraszają "
     "na spotkanie dla dzieci.", ["Filia nr 2 Miejskiej Biblioteki Publicznej w Lipnie", "Stowarzyszenie Czytelników"]),
    # the first of two names is a genitive that cannot be a subject
    ("Czytelnicy Miejskiej Biblioteki Publicznej w Lipnie (ul. Polna 4) oraz Stowarzyszenie Czytelników zapraszają "
     "na spotkanie dla dzieci.", ["Stowarzyszenie Czytelników"]),
])
def test_subjects_past_asides_holders_and_long_lists(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Z okazji Dnia Seniora Komenda Powiatowa Policji w Lipnie postanowiła uczcić to święto, organizując dla "
     "seniorów spotkanie z dzielnicowymi.", ["Komenda Powiatowa Policji w Lipnie"]),
    ("Zarząd postanowił, zgodnie z § 12 statutu, ogłosić drugi termin Walnego Zebrania Członków.", ["Zarząd"]),
    ("W zainicjowanym przez Policję spotkaniu wzięli udział radni i mieszkańcy.", ["Policję"]),
    ("12 maja w auli Starostwa Powiatowego odbyło się zorganizowane przez Powiatowe Centrum Pomocy Rodzinie "
     "w Lipnie seminarium o pieczy zastępczej.", ["Powiatowe Centrum Pomocy Rodzinie w Lipnie"]),
    ("Rodzinny piknik sołecki dla mieszkańców Dębiny 25 maja zorganizował sołtys, rada sołecka i Koło Gospodyń "
     "Wiejskich na łące przy szkole.", ["sołtys", "rada sołecka", "Koło Gospodyń Wiejskich"]),
    ("Spotkanie zorganizował nasz partner – Gminny Ośrodek Kultury w Lipnie.", ["Gminny Ośrodek Kultury w Lipnie"]),
    ("Konferencja organizowana jest przez lokalną organizację pozarządową – Fundację Nowy Świat.",
     ["Fundację Nowy Świat"]),
    ("Tomasz Nowak zapowiedział debatę o przyszłości regionu, którą zorganizuje Instytut Spraw Lokalnych oraz "
     "Katedra Socjologii Uniwersytetu w Lipnie.",
     ["Instytut Spraw Lokalnych", "Katedra Socjologii Uniwersytetu w Lipnie"]),
])
def test_participles_infinitives_and_fronted_events(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Organizatorami pikniku, m.in. w ramach Dni Lipna, byli: MOPS, KPP w partnerstwie z uczniami szkoły.",
     ["MOPS", "KPP"]),
    ("Współorganizatorem konferencji był lipnowski ZUS.", ["lipnowski ZUS"]),
    ("Organizatorami Lipnowskich Spotkań z Książką – Czytamy Razem są: Miejska Biblioteka Publiczna w Lipnie "
     "oraz Towarzystwo Przyjaciół Książki.",
     ["Miejska Biblioteka Publiczna w Lipnie", "Towarzystwo Przyjaciół Książki"]),
    ("Miejska Biblioteka Publiczna w Lipnie była organizatorem spotkania autorskiego z Anną Kos.",
     ["Miejska Biblioteka Publiczna w Lipnie"]),
    ("Organizatorami festynu były zarządy osiedli Polna-Leśna wraz z przewodniczącą Anną Kos i Słoneczne "
     "z przewodniczącą Ewą Lis, Urząd Miejski w Lipnie oraz Miejski Dom Kultury w Lipnie.",
     ["zarządy osiedli Polna-Leśna", "przewodniczącą Anną Kos", "przewodniczącą Ewą Lis", "Urząd Miejski w Lipnie",
      "Miejski Dom Kultury w Lipnie"]),
    ("Koordynatorem festiwalu jest Fundacja Dobre Słowo.", ["Fundacja Dobre Słowo"]),
    ("W dniu 6 maja odbyła się organizowana przez nasze Centrum konferencja o wspieraniu rodzin.", ["nasze Centrum"]),
])
def test_role_nouns_past_titles_and_asides(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Festyn był jedną z pierwszych wspólnych inicjatyw Koła Gospodyń Wiejskich w Lasku i Stowarzyszenia Razem.",
     ["Koła Gospodyń Wiejskich w Lasku", "Stowarzyszenia Razem"]),
    ("W sobotę odbył się piknik. Była to jedna z wakacyjnych propozycji lipnowskiego samorządu oraz Gminnego "
     "Ośrodka Kultury w Lipnie.", ["lipnowskiego samorządu", "Gminnego Ośrodka Kultury w Lipnie"]),
    ("Dzięki staraniom Rady Rodziców w szkole odbył się festyn rodzinny.", ["Rady Rodziców"]),
    ("W ramach projektu, finansowanego przez Fundację Wspólna Sprawa, w Starostwie Powiatowym w Lipnie "
     "gościła delegacja samorządowców z Litwy.", ["Starostwie Powiatowym w Lipnie"]),
])
def test_initiative_nouns_and_hosts(text, expected):
    assert names(text) == expected


def test_agent_after_a_project_phrase_and_a_partnership_of_members():
    text = ("Spotkanie realizowane jest w ramach projektu „Sieć Wsparcia” przez Partnerstwo w składzie: "
            "Fundacja Rozwoju Lokalnego (Lider Projektu), Stowarzyszenie Dobra Wola. Spotkanie organizowane jest "
            "we współpracy z Departamentem Pomocy Społecznej w Ministerstwie Rodziny.")
    assert names(text) == ["Fundacja Rozwoju Lokalnego", "Stowarzyszenie Dobra Wola",
                           "Departamentem Pomocy Społecznej w Ministerstwie Rodziny"]


@pytest.mark.parametrize("text, expected", [
    ("Zapraszamy mieszkańców na spotkanie z Burmistrzem Lipna, które odbędzie się 5 maja.", ["Burmistrzem Lipna"]),
    ("W bibliotece odbyło się spotkanie z pisarzem Janem Nowakiem.", []),
    ("U nas nie było dotąd tradycji spotkań z sołtysem czy radnym.", []),
])
def test_meeting_with_a_named_office(text, expected):
    assert names(text) == expected


def test_letter_head_office_sends_a_first_person_convocation():
    text = ("Zaproszenie na sesję\nLipno, 2023.03.01\nPrzewodniczący Rady Gminy\nw Lipnie\nRG.0002.3.2023\n"
            "Na podstawie art. 20 ust. 1 ustawy o samorządzie gminnym zwołuję XII Sesję Rady Gminy Lipno, "
            "która odbędzie się 10 marca 2023 roku w sali narad.\nPorządek obrad:\n- Otwarcie obrad.\n"
            "- Przyjęcie protokołu.\n- Interpelacje radnych.\n- Podjęcie uchwał.\n- Wolne wnioski.\n"
            "- Zamknięcie obrad.\nMieszkańcy gminy mają prawo wstępu na sesję.\n")
    assert names(text) == ["Przewodniczący Rady Gminy w Lipnie"]   # its lines joined


def test_label_block_ends_at_the_next_label():
    text = "Organizator:\nCentrum Kultury w Lipnie\nul. Długa 3\nPartner:\nFundacja Pomocy Sąsiedzkiej\n"
    assert names(text) == ["Centrum Kultury w Lipnie"]


def test_role_noun_explained_by_czyli():
    text = "Organizatorzy, czyli Gminna Biblioteka Publiczna w Lipnie, dziękują sołtysowi za pomoc przy festynie."
    assert names(text) == ["Gminna Biblioteka Publiczna w Lipnie"]


def test_invitation_signed_on_its_own_line():
    text = "Zapraszamy członków na walne zebranie 5 maja o godz. 17.00.\nZapraszamy – Zarząd Stowarzyszenia Lipnianie"
    assert names(text) == ["Zarząd Stowarzyszenia Lipnianie"]


@pytest.mark.parametrize("text", [
    # the staff of a body at the seat of another meeting
    "11 lutego o godz. 17. w siedzibie rady osiedla (ul. Polna 8) rozpocznie się dyskusja o parkingach.",
    # a project's operator, named in a relative clause, runs the project, not this event
    "Debata odbędzie się w ramach projektu „Młodzi głosują”, który prowadzi Stowarzyszenie Gazet Regionalnych.",
    # guests hosted in a hall, not by an institution
    "W Gminnej Hali Sportowej gościli zawodnicy z pięciu szkół.",
    # a word of a fund's name is no initiative phrase
    "Projekt dofinansowano z Funduszu Inicjatyw Obywatelskich Stowarzyszenia Lokalnego.",
    # the guest a meeting is held with takes part in it
    "W piątek w sali kina odbędzie się debata publiczna z udziałem Burmistrza Lipna Jana Kosa.",
    # a coordinator heading a signature is a person's role, not a frame
    "Zapraszamy na debatę 5 maja.\n\nKoordynator akcji LSD w Lipnie\n\nAnna Kos",
])
def test_no_organiser(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # `współorganizowane z X`: a co-organiser after a bare `z`
    ("Stowarzyszenie Borki Razem zaprasza na Jarmark Rękodzieła, współorganizowany z Muzeum Wsi Kurpiowskiej, "
     "który odbędzie się 6 czerwca 2023 r.", ["Stowarzyszenie Borki Razem", "Muzeum Wsi Kurpiowskiej"]),
    ("Warsztaty współorganizowane ze Szkołą Podstawową w Lipnie odbędą się 3 maja 2023 r.",
     ["Szkołą Podstawową w Lipnie"]),
    ("Warsztaty współorganizowane z myślą o seniorach odbędą się 3 maja 2023 r.", []),
    # a unit `ds.` whose purpose opens with a gerund in lower case
    ("W ratuszu odbyło się spotkanie zorganizowane przez Wydział ds. wspierania organizacji pozarządowych, "
     "podczas którego omówiono nowe konkursy.", ["Wydział ds. wspierania organizacji pozarządowych"]),
])
def test_co_organisers_and_units_in_lower_case(text, expected):
    assert names(text) == expected


def test_the_people_of_a_body_signing_under_the_text():
    text = ("Dziękujemy wszystkim rodzinom za udział w pikniku, który odbył się 12 czerwca 2022 r. na placu "
            "przy szkole. Kolejny piknik już za rok.\nDyrektor oraz pracownicy\nGminnego Ośrodka Pomocy Społecznej\n"
            "w Lipnie")
    assert names(text) == ["Gminnego Ośrodka Pomocy Społecznej"]


@pytest.mark.parametrize("text, expected", [
    # `po raz pierwszy` before the subject is no part of its name; a sports club by its acronym
    ("Po raz pierwszy Gmina Borki wspólnie z UKS Orlik zorganizowała turniej dla seniorów.",
     ["Gmina Borki", "UKS Orlik"]),
    # after `zorganizowane przez`, a capitalised name whose head no list knows
    ("W dniu 12 maja odbyło się spotkanie burmistrzów zorganizowane przez Żyliński Kraj Samorządowy. "
     "Wzięło w nim udział 80 osób.", ["Żyliński Kraj Samorządowy"]),
])
def test_subjects_after_an_adverbial_and_agents_with_unknown_heads(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the programme a subject acts within stands between it and its verb
    ("Klub Seniora „Pogodni” w ramach programu Gmina Przyjazna Rodzinie zorganizował 5 maja 2021 r. spotkanie.",
     ["Klub Seniora „Pogodni”"]),
    # a sentence opening with the project names its implementer after the verb
    ("Projekt, który sfinansowano ze środków Gminy Borki, realizuje Stowarzyszenie Dolina Bugu. "
     "Warsztaty odbyły się 5 maja 2021 r.", ["Stowarzyszenie Dolina Bugu"]),
    ("Projekt realizuje się w trzech gminach. Warsztaty odbyły się 5 maja 2021 r.", []),
])
def test_a_programme_between_subject_and_verb_and_a_project_fronted(text, expected):
    assert names(text) == expected


def test_the_body_that_invited_to_its_jubilee():
    text = "Na zaproszenie DPS w Lipnie uczestniczyliśmy w jubileuszu placówki 27 sierpnia 2015 r."
    assert names(text) == ["DPS w Lipnie"]


def test_co_organisers_listed_after_tj():
    text = ("Konferencja odbyła się 5 czerwca 2018 r. Była możliwa dzięki wsparciu współorganizatorów tj. "
            "Urzędu Miasta Borki i Fundacji Dobry Start.")
    assert names(text) == ["Urzędu Miasta Borki", "Fundacji Dobry Start"]


@pytest.mark.parametrize("text, expected", [
    # the short name in brackets after the full one is no second subject
    ("Regionalny Ośrodek Polityki Społecznej w Lipnie (ROPS) serdecznie zaprasza na konferencję 5 grudnia 2016 r.",
     ["Regionalny Ośrodek Polityki Społecznej w Lipnie"]),
    # a health body headed `Obwód`, its seat a town written with a hyphen
    ("Dlatego też Centrum Onkologii w Lipnie i Obwód Lecznictwa Kolejowego w Skarżysku-Kamiennej organizują "
     "spotkania dla mieszkańców 13 marca 2019 r.",
     ["Centrum Onkologii w Lipnie", "Obwód Lecznictwa Kolejowego w Skarżysku-Kamiennej"]),
])
def test_subjects_with_a_short_name_in_brackets_or_an_obwod_head(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a numbered point of regulations: the role, a dash, the bodies
    ("Regulamin konferencji, która odbędzie się 5 października 2018 roku w Lipnie.\n 2. Organizator – Fundacja "
     "Rozwoju Wsi, Uniwersytet Rolniczy w Krakowie.\n 3. Rejestracja", ["Fundacja Rozwoju Wsi", "Uniwersytet Rolniczy w Krakowie"]),
    # the organiser's short name in brackets after the role
    ("Kongres odbędzie się 2-3 lutego 2015 r. Główny organizator (FRW) zastrzega sobie prawo zamknięcia rejestracji.",
     ["FRW"]),
])
def test_a_role_followed_by_a_dash_or_a_short_name_in_brackets(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of organisers broken after a comma, with contacts between its items
    ("Spotkanie odbędzie się 25 marca 2024 r. w Domu Kultury w Lipnie.\nOrganizatorem spotkania są Fundacja Dobry "
     "Dom mail: biuro@example.org,\nCentrum Wolontariatu oraz Burmistrz Gminy Lipno.",
     ["Fundacja Dobry Dom", "Centrum Wolontariatu", "Burmistrz Gminy Lipno"]),
    # a unit of self-government named by its common noun alone as the agent
    ("W piątek, 5 maja 2023 roku, sołtysi wzięli udział w zorganizowanym przez gminę szkoleniu.", ["gminę"]),
    ("Szkolenie zorganizowane przez powiat odbyło się 5 maja 2023 r. w Lipnie.", ["powiat"]),
    # (not a unit running projects the meeting spoke of)
    ("Na spotkaniu 5 maja 2019 r. rozmawialiśmy o udziale mieszkańców w projektach realizowanych przez "
     "samorząd.", []),
    # a body's general assembly of members is the body's own
    ("12 lutego 2022 roku odbyło się walne zgromadzenie członków Stowarzyszenia Przyjaciół Lipna.",
     ["Stowarzyszenia Przyjaciół Lipna"]),
])
def test_lists_over_lines_bare_units_and_assemblies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a service rank between an office and its holder's name: the office, not the rank, organises
    ("Komendant Powiatowy Policji w Borkach młodszy inspektor Adam Sowa zaprasza na debatę 14 maja 2019 r.",
     ["Komendant Powiatowy Policji w Borkach"]),
    ("Komendant Miejski Państwowej Straży Pożarnej w Lipnie st. bryg. Adam Sowa zaprasza na szkolenie "
     "14 maja 2019 r.",
     ["Komendant Miejski Państwowej Straży Pożarnej w Lipnie"]),
    ("Inicjatorem spotkania 14 maja 2019 r. był Komendant Powiatowy Policji w Borkach inspektor Adam Sowa.",
     ["Komendant Powiatowy Policji w Borkach"]),
    # a list of offices, each with its holder's rank and name
    ("Na debatę 14 maja 2019 r. zapraszają: Komendant Powiatowy Policji w Borkach insp. Adam Sowa, Komendant "
     "Komisariatu Policji w Lasku oraz Naczelnik Wydziału Prewencji asp. szt. Ewa Dudek.",
     ["Komendant Powiatowy Policji w Borkach", "Komendant Komisariatu Policji w Lasku",
      "Naczelnik Wydziału Prewencji"]),
    # the people a label names, when their names are all the line holds
    ("Warsztaty odbyły się 12.10.2023 r. w świetlicy.\n\nOrganizatorzy: Dorota Wrona, Ewa Szpak.",
     ["Dorota Wrona", "Ewa Szpak"]),
    # a body's activists meeting: the body's own meeting
    ("Jutro w sali OSP w Lasku odbędzie się zebranie działaczy Stowarzyszenia Czysty Las.",
     ["Stowarzyszenia Czysty Las"]),
])
def test_ranks_labelled_people_and_activists(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause opening with a preposition, its antecedent an event
    ("Zapraszamy na spotkanie z historią regionu, na które zapraszają Gminny Ośrodek Kultury oraz Towarzystwo "
     "Przyjaciół Lasku. Będzie to 18 kwietnia 2019 r.",
     ["Gminny Ośrodek Kultury", "Towarzystwo Przyjaciół Lasku"]),
    # a poster's bodies, each on a line of its own above the verb
    ("Konferencja naukowa\n\nZakład Historii Instytutu Nauk Społecznych\n\nSekcja Młodych Towarzystwa Historycznego"
     "\n\nArchiwum Państwowe w Lasku\n\nzapraszają na\n\nkonferencję 18 października 2018 r.",
     ["Zakład Historii Instytutu Nauk Społecznych", "Sekcja Młodych Towarzystwa Historycznego",
      "Archiwum Państwowe w Lasku"]),
    ("Debata o ordynacji\nStowarzyszenie Miłośników Lasku\ni\nKlub Literacki w Borkach\nzapraszają na debatę "
     "5 października 2019 r.", ["Stowarzyszenie Miłośników Lasku", "Klub Literacki w Borkach"]),
])
def test_relative_clauses_after_a_preposition_and_posters(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after `i`, an adjective in the first name's case opens a second name
    ("Organizatorami obchodów 14 listopada 2019 r. byli Samorząd Województwa Lipskiego i Regionalny Ośrodek "
     "Polityki Społecznej w Lipnie.",
     ["Samorząd Województwa Lipskiego", "Regionalny Ośrodek Polityki Społecznej w Lipnie"]),
    ("Forum odbędzie się 13 kwietnia 2013 r. Organizują je Towarzystwo Oświatowe Ziemi Lipskiej i Lipskie "
     "Kuratorium Oświaty.", ["Towarzystwo Oświatowe Ziemi Lipskiej", "Lipskie Kuratorium Oświaty"]),
    # (two adjectives of one noun in the complement's case stay one name)
    ("Stowarzyszenie Powiatowych i Miejskich Ośrodków Pomocy zaprasza na konferencję 5 maja 2019 r.",
     ["Stowarzyszenie Powiatowych i Miejskich Ośrodków Pomocy"]),
    ("Związek Gmin Wiejskich i Miejskich Regionu zaprasza na konferencję 5 maja 2019 r.",
     ["Związek Gmin Wiejskich i Miejskich Regionu"]),
    # the bodies thanked for the invitation, as a list
    ("Spotkanie odbyło się 4 października 2019 r. Dziękujemy Regionalnemu Ośrodkowi Polityki Społecznej oraz "
     "Fundacji Dobry Start za zaproszenie.",
     ["Regionalnemu Ośrodkowi Polityki Społecznej", "Fundacji Dobry Start"]),
    # a body running a project, with its partner, runs its meetings
    ("Fundacja Dobry Start przy współpracy z Fundacją Lipa od października 2017 roku prowadzi nowy projekt "
     "„Rozmowy”. Pierwsze spotkanie odbędzie się 5 maja 2018 r.", ["Fundacja Dobry Start", "Fundacją Lipa"]),
    # a body's own conference, its kind said between them
    ("24 września 2018 roku odbyła się Konferencja regionalna Ministerstwa Rozwoju Regionalnego pt. „Regiony”.",
     ["Ministerstwa Rozwoju Regionalnego"]),
])
def test_second_names_after_i_thanks_lists_projects_and_own_conferences(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a school named by its number and acronym, the last item of a list after the verb
    ("Debata odbyła się 24 listopada 2025 r. Wydarzenie zorganizowały MBP w Borkach oraz II LO.",
     ["MBP w Borkach", "II LO"]),
    # officials on whose behalf others took part are guests
    ("Spotkanie odbyło się 5 maja 2019 r. W imieniu starosty lipskiego oraz burmistrza Borek w spotkaniu udział "
     "wzięła pani Ewa Dudek.", []),
    # (but on whose behalf an invitation is made, the hosts)
    ("W imieniu Wójta Gminy Borki zapraszam do udziału w spotkaniu, które odbędzie się 5 maja 2019 r.",
     ["Wójta Gminy Borki"]),
    # and the body beside the writer's own name
    ("W imieniu własnym i Instytutu Lipowego serdecznie zapraszamy na debatę, która odbędzie się 5 maja 2024 r.",
     ["Instytutu Lipowego"]),
])
def test_numbered_schools_and_who_acts_on_whose_behalf(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the patron, named with her office, stands before the verb; the subject follows it
    ("Spotkanie 5 maja 2019 r. pod patronatem Pani Anny Sowy, Wicemarszałek Województwa Lipskiego, zorganizował "
     "Departament Zdrowia Urzędu Marszałkowskiego.", ["Departament Zdrowia Urzędu Marszałkowskiego"]),
    # with a pronoun for its object right after the verb, a long lead leaves the subject after it
    ("Konferencja odbędzie się 28 października 2013 r. W związku z obchodami Roku Obywateli organizuje ją "
     "Regionalny Ośrodek Polityki Społecznej w Lipnie.", ["Regionalny Ośrodek Polityki Społecznej w Lipnie"]),
])
def test_patrons_before_the_verb_and_a_pronoun_object(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an office after `Z tej okazji` is the subject, though `burmistrz` may also be read as indeclinable
    ("Z tej okazji Burmistrz Gminy Borki zorganizował 11 marca 2016 r. spotkanie z sołtysami.",
     ["Burmistrz Gminy Borki"]),
    ("Z tej okazji burmistrz Adam Sowa, we współpracy z radną Ewą Dudek, zorganizował 11 marca 2016 r. spotkanie.",
     ["burmistrz Adam Sowa", "radną Ewą Dudek"]),
])
def test_an_office_after_a_fronted_phrase_is_the_subject(text, expected):
    assert names(text) == expected


def test_an_invitation_to_a_place_inside_the_meeting_is_no_invitation_to_it():
    text = ("Spotkanie odbyło się 11 lipca 2019 r. w świetlicy. Organizatorem był radny Adam Sowa. Po rozpoczęciu "
            "zebrania wójt zaprosił sołtysa do stołu prezydialnego.")
    assert names(text) == ["radny Adam Sowa"]


@pytest.mark.parametrize("text", [
    # the day and hour given with `na` between the office and its verb
    "Przewodniczący Rady Osiedla Borki na dzień 26 listopada 2020 r. na godzinę 18:00 zwołał obrady XIII sesji.",
    # and the office's holder after a dash, set off by a comma
    "Przewodniczący Rady Osiedla Borki - Adam Sowa, na dzień 26 listopada 2020 r. na godzinę 18:00 zwołał obrady "
    "XIII sesji.",
    "Przewodniczący Rady Osiedla Borki – Adam Sowa zwołał obrady XIII sesji na dzień 26 listopada 2020 r.",
])
def test_an_office_convening_a_session_for_a_day_is_its_organiser(text):
    assert names(text) == ["Przewodniczący Rady Osiedla Borki"]


@pytest.mark.parametrize("text, expected", [
    ("Ośrodek Doradztwa Rolniczego w Lipnie wspólnie z Krajowym Ośrodkiem Wsparcia Rolnictwa, z uwagi na zmiany w "
     "przepisach oraz wychodząc naprzeciw oczekiwaniom mieszkańców wsi, zorganizował cykl szkoleń dla rolników.",
     ["Ośrodek Doradztwa Rolniczego w Lipnie", "Krajowym Ośrodkiem Wsparcia Rolnictwa"]),
    ("Wójt Gminy Borki, w trosce o bezpieczeństwo mieszkańców, zwołuje zebranie wiejskie na 5 maja.",
     ["Wójt Gminy Borki"]),
])
def test_an_adverbial_aside_between_commas_parts_no_subject_from_its_verb(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Konferencja odbędzie się 8 września 2011 r. w Lipnie. Organizuje ją Sejm RP jako jedno z wydarzeń "
     "towarzyszących prezydencji.", ["Sejm RP"]),
    ("Spotkanie odbędzie się 8 września 2011 r. w Lipnie. Spotkanie jest wspólnym przedsięwzięciem Senatu RP "
     "i Gminy Lipno.", ["Senatu RP", "Gminy Lipno"]),
])
def test_the_houses_of_parliament_are_bodies_that_organise(text, expected):
    assert names(text) == expected
