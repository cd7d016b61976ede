"""Organisers a page names without a body's proper name or past the sentence of their verb:
officers named as a group (`słupeccy policjanci`), the office opening a notice that announces
a meeting further on, offices listed each with its holder (and a holder with the office after
a comma), an office signing on one line with its holder's name, and partners opening a clause
of the page's own `we`; and subjects past a place, an aside or a project."""
import pytest

from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    ("„Bezpieczny senior” to tytuł debaty społecznej, którą zorganizowali kolscy policjanci 24 stycznia "
     "w Borkach.", ["kolscy policjanci"]),
    ("Policjanci z Lipna wspólnie z pracownikami Powiatowego Centrum Pomocy Rodzinie zorganizowali debatę "
     "z młodzieżą.", ["Policjanci z Lipna", "Powiatowego Centrum Pomocy Rodzinie"]),
    ("W dniu 9 kwietnia w liceum w Borkach policjanci borkowskiej komendy spotkali się z dyrektorami szkół "
     "na debacie społecznej.", ["policjanci borkowskiej komendy"]),
    # the people of a body named after them stand for the body
    ("Debatę zorganizowali strażacy z OSP w Woli Dużej.", ["OSP w Woli Dużej"]),
    # which police, a title alone does not say
    ("Policjanci zapraszają na debatę\n\nDebata odbędzie się 7 grudnia w bibliotece.", []),
    # a body's team beside an office: the body invites with it
    ("Marszałek Województwa Lipskiego i zespół Ośrodka Wspierania Organizacji Pozarządowych serdecznie zapraszają "
     "na VI Forum Inicjatyw Pozarządowych.", ["Marszałek Województwa Lipskiego",
                                                "Ośrodka Wspierania Organizacji Pozarządowych"]),
    # officers taking part, who gave a talk at the meeting, are guests
    ("Zebranie z rodzicami odbyło się 19 września. W spotkaniu uczestniczyli także funkcjonariusze Policji, "
     "którzy przeprowadzili dla rodziców pogadankę profilaktyczną.", []),
    # other groups of people are no organiser
    ("Seniorzy z Lipna zorganizowali spotkanie wigilijne.", []),
])
def test_officers_named_as_a_group_stand_for_their_unit(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Wójt Gminy Lipno zawiadamia o wyłożeniu do publicznego wglądu projektu planu miejscowego w dniach "
     "od 4.05.2017 r. do 6.06.2017 r.\n\nDyskusja publiczna nad przyjętymi rozwiązaniami odbędzie się "
     "29.05.2017 r. o godz. 11:00 w sali narad.", ["Wójt Gminy Lipno"]),
    ("Burmistrz Borek zawiadamia, że w związku z podjęciem uchwał:\n\n1) w sprawie zamiaru likwidacji szkoły "
     "w Woli;\n2) w sprawie zamiaru likwidacji szkoły w Górze;\n\nodbędą się spotkania z rodzicami:\n\n"
     "19 lutego 2019 r., godz. 17.00 – świetlica wiejska w Woli", ["Burmistrz Borek"]),
    # a meeting another office calls is that office's
    ("Powiatowy Lekarz Weterynarii w Lipnie informuje o zagrożeniu grypą ptaków.\nW związku z tym Wójt "
     "Gminy Borki zaprasza hodowców na szkolenie 29 października o godz. 12.30.", ["Wójt Gminy Borki"]),
    # the legal ground between the office and its verb, its opening comma left out
    ("Wójt Gminy Lipno na podstawie Postanowienia Nr 5/2024 Komisarza Wyborczego w Borkach z dnia 22 kwietnia "
     "2024 r., zaprasza na I sesję Rady Gminy Lipno w dniu 7 maja 2024 r.", ["Wójt Gminy Lipno"]),
    ("Przewodniczący Rady Gminy Lipno na podstawie art. 20 ust. 1 ustawy o samorządzie gminnym, zwołuje sesję "
     "na dzień 5 maja 2024 r.", ["Przewodniczący Rady Gminy Lipno"]),
    # a notice's heading and its verb printed letter-spaced
    ("O B W I E S Z C Z E N I E\nWójta Gminy Lipno z dnia 6 kwietnia 2023 roku\nNa podstawie art. 5a ustawy "
     "z dnia 8 marca 1990 r. o samorządzie gminnym\nz a w i a d a m i a m,\nże od dnia 13 kwietnia 2023 r. do "
     "dnia 3 maja 2023 r. przeprowadzone zostaną konsultacje społeczne projektu programu ochrony środowiska "
     "w formie:\n- spotkania otwartego w dniu 24 kwietnia 2023 roku o godzinie 16:00 w sali obrad Urzędu "
     "Gminy Lipno.", ["Wójta Gminy Lipno"]),
])
def test_the_office_opening_a_notice_convenes_the_meeting_it_announces(text, expected):
    assert _names(text) == expected


def test_offices_listed_each_with_its_holder():
    text = ("Organizatorami konferencji byli: Lubuski Kurator Oświaty pani Anna Lis – Nowak, Lubuski Państwowy "
            "Wojewódzki Inspektor Sanitarny w Gorzowie pani Ewa Kot i Komendant Wojewódzki Policji w Gorzowie "
            "nadinsp. Jan Wilk.")
    assert _names(text) == ["Lubuski Kurator Oświaty", "Lubuski Państwowy Wojewódzki Inspektor Sanitarny w Gorzowie",
                            "Komendant Wojewódzki Policji w Gorzowie"]


def test_an_office_signing_with_its_holder_on_one_line():
    text = ("Zarządzenie nr 5/2020 w sprawie zwołania ogólnego zebrania mieszkańców osiedla.\n\n§ 1. Zwołuje się "
            "ogólne zebranie mieszkańców osiedla na dzień 5 maja 2020 r. o godz. 18.00.\n§ 2. Zarządzenie "
            "wchodzi w życie z dniem podpisania.\n\nBurmistrz Lipna Piotr Głowacki")
    assert _names(text) == ["Burmistrz Lipna"]


@pytest.mark.parametrize("text, expected", [
    ("Zapraszamy na warsztaty 5 maja o godz. 17 w urzędzie gminy. Wspólnie z Fundacją Zielone Miasto omówimy "
     "możliwości zagospodarowania terenu.", ["Fundacją Zielone Miasto"]),
    ("We współpracy z Fundacją Zielone Miasto przeprowadzimy warsztaty dla mieszkańców 5 maja.",
     ["Fundacją Zielone Miasto"]),
    # a journey the page's body made with another is no meeting it organised
    ("Razem z Fundacją Zielone Miasto pojechaliśmy na konferencję do Opola.", []),
])
def test_partners_opening_a_clause_of_the_pages_own_we(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Szanowni Państwo,\n\nw imieniu Pana Jana Nowaka, Członka Zarządu Województwa Lipskiego, zapraszam "
     "na konferencję, która odbędzie się 5 maja 2020 r.",
     ["Pana Jana Nowaka, Członka Zarządu Województwa Lipskiego"]),
    # acting for a body at the meeting is no organising it
    ("Na uroczystości jubileuszowej 5 maja 2020 r. w imieniu Konwentu Starostów Województwa Lipskiego Starosta "
     "wręczył dyrektorom dyplomy.", []),
])
def test_on_behalf_of_a_body_or_a_person_in_office(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name in the genitive (the place) ends where the subject's own name opens
    ("W dniu 15 października w Sali Białej Urzędu Miasta Miejska Rada Seniorów zorganizowała spotkanie "
     "z mieszkańcami.", ["Miejska Rada Seniorów"]),
    # (but a name in the nominative after a head in another case is that body's own: `Fundacji Polska Sieć X`)
    ("Konferencję zorganizowało Centrum Pomocy Rodzinie we współpracy z Fundacją Polska Sieć Pomocy "
     "Sąsiedzkiej.", ["Centrum Pomocy Rodzinie", "Fundacją Polska Sieć Pomocy Sąsiedzkiej"]),
    # a relative clause about the fronted event before the verb and its subject
    ("Spotkanie, które miało miejsce 24 maja 2024 roku, zorganizował Regionalny Ośrodek Polityki Społecznej "
     "w Lipnie. W wydarzeniu wzięło udział 350 osób.", ["Regionalny Ośrodek Polityki Społecznej w Lipnie"]),
    # a relative clause with its comma left out
    ("Dzisiaj o godz. 10.00 w sali komendy odbyło się spotkanie z dyrektorami szkół powiatu które zorganizował "
     "kom. Jan Nowak. Na wstępie komendant przypomniał o zasadach.", ["kom. Jan Nowak"]),
    # the body a project is run by runs its trainings
    ("50 uczestników wzięło udział w szkoleniu w ramach projektu badawczego pt. „Bezpieczny dom”, który "
     "realizowany jest przez Instytut Spraw Rodziny. Szkolenie odbyło się 5 grudnia 2022 roku w Lipnie.",
     ["Instytut Spraw Rodziny"]),
])
def test_subjects_past_a_place_an_aside_or_a_project(text, expected):
    assert _names(text) == expected


def test_a_notice_named_in_the_sites_section_path_calls_no_meeting():
    text = ("Dyskusja publiczna nad projektem planu odbędzie się 12 czerwca 2012 r. o godz. 12:00 w sali nr 15.\n\n"
            "Pełną treść obwieszczenia można pobrać w Biuletynie Informacji Publicznej Gminy Lipno "
            "(zakładka: Informacje – Ogłoszenia – Ogłoszenia Urzędu Gminy).")
    assert _names(text) == []


def test_a_body_that_initiated_a_law_does_not_organise_the_conference_about_it():
    text = ("Konferencja odbędzie się 16 marca 2020 r. w Lipnie. Organizatorem jest Regionalny Ośrodek Polityki "
            "Społecznej w Lipnie. W Konferencji wezmą udział przedstawiciele Kancelarii Prezydenta, która jest "
            "inicjatorem i pomysłodawcą Ustawy o realizowaniu usług społecznych.")
    assert _names(text) == ["Regionalny Ośrodek Polityki Społecznej w Lipnie"]


@pytest.mark.parametrize("text, expected", [
    # the office informs, then the notice invites in its own voice: the office hosts
    ("Wójt Gminy Borki informuje, iż w dniu 14 grudnia 2022 r. Rada Gminy Borki przyjęła uchwałę w sprawie "
     "przystąpienia do sporządzenia programu rewitalizacji.\n\nW związku z powyższym zapraszamy mieszkańców na "
     "otwarte spotkanie, które odbędzie się 22 lutego 2023 r. o godz. 14:00.", ["Wójt Gminy Borki"]),
    # another body inviting further on hosts its own meeting
    ("Wójt Gminy Borki informuje, iż Rada Gminy Borki przyjęła uchwałę w sprawie programu.\n\nKoło Gospodyń "
     "Wiejskich zaprasza mieszkańców na spotkanie 22 lutego 2023 r.", ["Koło Gospodyń Wiejskich"]),
])
def test_an_office_informing_hosts_the_meeting_its_notice_invites_to(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


def test_many_bodies_named_after_a_meeting_are_its_participants():
    text = ("W dniu 2 lutego 2018 roku zorganizowaliśmy wspólnie z Regionalnym Ośrodkiem Polityki Społecznej w Lipnie "
            "spotkanie monitoringowe Ośrodków Wsparcia Ekonomii Społecznej z regionu.")
    assert [o.name for o in find_organisers(text)] == ["Regionalnym Ośrodkiem Polityki Społecznej w Lipnie"]



@pytest.mark.parametrize("text, expected", [
    # an office continuing a series of meetings
    ("Prezydent Lipna Anna Lis kontynuuje cykl otwartych spotkań z mieszkańcami. W piątek, 19 września 2025 r., "
     "porozmawia z mieszkańcami Borek.", ["Prezydent Lipna Anna Lis"]),
    # a body's board in lower case, by its acronym and seat, after the verb
    ("Na doroczne spotkanie 8 marca 2024 r. członkinie koła zaprosił zarząd KGW w Lipnie.", ["zarząd KGW w Lipnie"]),
    # the people of a body after the verb, `z` the body; a company by any name; a programme's words before the verb
    ("Na spotkanie 5 maja 2024 r. zapraszają specjaliści z Fundacji Lipno.", ["Fundacji Lipno"]),
    ("Na dwa spotkania w ramach przygotowywanego Programu Rewitalizacji Miasta Lipna zapraszają specjaliści z firmy "
     "Projekty Miejskie. Spotkanie 5 maja 2024 r. o godz. 17.", ["firmy Projekty Miejskie"]),
])
def test_organising_verbs_of_series_and_boards_by_acronym(text, expected):
    assert _names(text) == expected
