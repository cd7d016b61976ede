"""Venues in the shapes invitations and schedules give them: a room beside the building it
belongs to, a place an invitation or a summons sends people to, a schedule row that opens
with its place and a colon, and a membership that is no place."""
import pytest

from nlp.dates import find_dates
from nlp.venues import find_venues


def _venues(text: str) -> list[tuple[str | None, str | None]]:
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    return [(v.name, v.city) for v in find_venues(text, event_spans=spans)]


@pytest.mark.parametrize("text, expected", [
    # a room or hall beside the building it belongs to is one place
    ("Spotkanie odbędzie się 27 sierpnia 2024 r. w Hali Sportowej przy Szkole Podstawowej nr 2 w Kłodawie.",
     [("Hali Sportowej przy Szkole Podstawowej nr 2 w Kłodawie", "Kłodawa")]),
    ("Koncert odbędzie się 27 sierpnia 2024 r. w Sali Widowiskowej przy Gminnym Ośrodku Kultury w Lipnie.",
     [("Sali Widowiskowej przy Gminnym Ośrodku Kultury w Lipnie", "Lipno")]),
    # a capitalised room beside a building named in lower case, its church's dedication written `p.w.`
    ("Spotkanie zaplanowano 6 kwietnia 2022 o godz. 18.00 w Salce Katechetycznej przy kościele parafialnym "
     "p.w. św. Floriana w Lipnie.",
     [("Salce Katechetycznej przy kościele parafialnym p.w. św. Floriana w Lipnie", "Lipno")]),
    # (but a room whose building is named is not carried on to the square it stands by)
    ("Sesja odbędzie się 6 kwietnia 2022 o godz. 10.00 w sali obrad Urzędu Miasta przy rynku.",
     [("sali obrad Urzędu Miasta", None), ("rynku", None)]),
    # a village the register lists under a name that is also a common word (`brzozy`, birches)
    ("Spotkanie miało miejsce 14.12.2018 r. w nowo wybudowanej świetlicy wiejskiej w Brzozach.",
     [("świetlicy wiejskiej w Brzozach", "Brzozy")]),
    # a branch in the town said first, its parent body's seat in its name
    ("Forum odbędzie się 29.09.2024 o godzinie 17.00 w Borkach w filii Gminnego Ośrodka Kultury w Lipnie.",
     [("filii Gminnego Ośrodka Kultury w Lipnie", "Borki")]),
    # a university's faculty, `na` before it
    ("W dniach 25-26 stycznia 2024 na Wydziale Nauk Społecznych Uniwersytetu Lipowskiego odbyła się konferencja.",
     [("Wydziale Nauk Społecznych Uniwersytetu Lipowskiego", None)]),
    # the town an item of a list opens with, before its day
    ("Dyrekcja zaprasza na obrady Komisji w siedzibach Nadleśnictw:\n·        Lipno w dniu 11.10.2018 r. o godz. "
     "10:00\n·        Borki w dniu 09.10.2018 r. o godz. 10:00", [(None, "Lipno"), (None, "Borki")]),
    # a club's lodge, and the meeting named after it no part of it
    ("W niedzielę 26.06.2022 w samo południe spotkaliśmy się w naszej Stanicy na Walnym Zebraniu Sprawozdawczym.",
     [("naszej Stanicy", None)]),
    # a building named by what it was, `byłej` cut short
    ("Zebranie odbędzie się 20 września 2017 r. o godz. 17.00 w budynku b. szkoły w Lipnie przy ul. Polnej 70.",
     [("budynku b. szkoły w Lipnie", "Lipno")]),
    # the word opening a date is no part of the place before it
    ("Zapraszamy rodziców na spotkanie w przedszkolu dnia 8 lutego 2016 o godz. 17.00.", [("przedszkolu", None)]),
    # a home named by its owner's office, capitalised
    ("Zebranie odbędzie się 14 marca 2015 roku o godzinie 17.00 w domu Sołtysa w Borkach.",
     [("domu Sołtysa w Borkach", "Borki")]),
    # an invitation to a place for an event named after it
    ("Dyrektor zaprasza rodziców 3 października 2024 r. o godz. 17.00 do sali gimnastycznej na zebranie.",
     [("sali gimnastycznej", None)]),
    # a summons to a named body's room
    ("Prezes zwołuje na dzień 2024-02-10 do sali Domu Strażaka walne zebranie członków.",
     [("sali Domu Strażaka", None)]),
    # a place's grounds, threshold or walls name the place; an area's grounds name none
    ("W gościnnych progach Starostwa Powiatowego w Borkach spotkali się 5 marca 2024 r. sołtysi.",
     [("Starostwa Powiatowego w Borkach", "Borki")]),
    ("Spotkanie odbyło się 5 marca 2024 r. w murach Zamku Królewskiego w Lipnie.",
     [("Zamku Królewskiego w Lipnie", "Lipno")]),
    # a room's own name, then the building it is in
    ("Spotkanie odbędzie się 11 lipca 2024 r. o godzinie 18:00 w sali Kryształowej hotelu Pod Lipami w Borkach.",
     [("sali Kryształowej hotelu Pod Lipami w Borkach", "Borki")]),
    # a room named after its building and street is that building's, not a second place
    ("Spotkanie odbędzie się 5 maja 2024 r. w Miejskim Domu Kultury przy ul. Wojska Polskiego 1 w sali sportowej. "
     "Wydarzenie potrwa od godziny 11:00 do 14:30.", [("Miejskim Domu Kultury", None)]),
    ("Spotkanie odbędzie się 30 listopada 2023 r. w godz. 11.00-13.00 w Urzędzie Wojewódzkim w Lipnie przy ul. "
     "Polnej 7 w sali 160.", [("Urzędzie Wojewódzkim w Lipnie", "Lipno")]),
    # a room named past a dash after its building
    ("XI sesja Rady Powiatu odbędzie się 25 września 2025 r. o godz. 12:00 w siedzibie Starostwa Powiatowego "
     "w Lipnie - sala konferencyjna nr 41.", [("Starostwa Powiatowego w Lipnie - sala konferencyjna nr 41", "Lipno")]),
    # a square given by the building it lies before
    ("Festyn odbędzie się 5 maja 2024 r. o godz. 15 na placu przed kinem „Sokół” w Lipnie.",
     [("placu przed kinem „Sokół” w Lipnie", "Lipno")]),
    # a building named by what it once was, and a café inside a named building
    ("Spotkania odbędą się 5 maja 2024 r. w godzinach 18:00 – 20:00 w budynku dawnej Szkoły Podstawowej w Borkach.",
     [("budynku dawnej Szkoły Podstawowej w Borkach", "Borki")]),
    ("Spotkanie odbędzie się 4 września 2024 r. o godzinie 15 w kawiarni w Starym Kinie w Lipnie.",
     [("kawiarni w Starym Kinie w Lipnie", "Lipno")]),
    # where an official met residents, said by the verb of meeting far before the place
    ("Burmistrz Lipna Jan Nowak spotkał się 5 marca 2024 r. z mieszkańcami miasta oraz turystami na baszcie "
     "Zamku Królewskiego.", [("baszcie Zamku Królewskiego", None)]),
    ("Na terenie gminy Lipno 5 marca 2024 r. odbędą się zebrania wiejskie.", []),
    # where the visitors went is a venue; where an invitation was sent is none
    ("Wizyta studyjna odbyła się 5 marca 2024 r. Następnie uczestnicy udali się do Fundacji „Młyn” w Borkach.",
     [("Fundacji „Młyn” w Borkach", "Borki")]),
    ("Forum odbędzie się 5 marca 2024 r. w Lipnie. Zaproszenie skierowano do Młodzieżowej Rady Gminy Borki.",
     [(None, "Lipno")]),
    # a small house of the village, and the seat a group walked over to
    ("Zebranie wiejskie zostaje zwołane na 1 lutego 2024 r. o godz. 19.00 w domku sołeckim.",
     [("domku sołeckim", None)]),
    ("Spotkanie rozpoczęło się 29 września 2024 r. mszą, po której grupa przeszła do siedziby Caritas w Lipnie.",
     [("Caritas w Lipnie", "Lipno")]),
    # an event named by its adjective and noun is no place; the place it is held in is
    ("Zapraszamy do udziału w Europejskim Kongresie Samorządów, który odbędzie się 4 maja 2015 r. "
     "w Centrum Kongresowym Lipa w Krakowie.", [("Centrum Kongresowym Lipa w Krakowie", "Kraków")]),
    # the body a member of parliament sits in is no place people are invited to
    ("Poseł Jan Nowak zaprasza 23 września 2023 r. o godz. 16.00 na spotkanie z Adamem Lisem, posłem do "
     "Parlamentu Europejskiego.", []),
    ("Dwaj kandydaci na urząd Burmistrza Miasta Lipna spotkali się 5 marca 2024 r. w debacie.", []),
    # the plural of a noun that is also a town's name is no town
    ("W Kołach trwają zebrania sprawozdawcze przed zjazdem, który odbędzie się 15 czerwca 2013 r.", []),
    ("Zjazd odbędzie się 15 czerwca 2013 r. w Kole.", [(None, "Koło")]),
    # where papers go is no venue
    ("Wnioski należy składać do biura Urzędu Gminy w terminie do 5 maja 2024 r.", []),
    # schedule rows opening with their place and a colon
    ("Terminy spotkań:\n\nRemiza OSP w Zalesiu: 4 marca 2024 r. godz. 17.00 – 19.00\n\n"
     "Dom Kultury w Kłodawie: 5 marca 2024 r. godz. 17.00 – 19.00",
     [("Remiza OSP w Zalesiu", "Zalesie"), ("Dom Kultury w Kłodawie", "Kłodawa")]),
    # the body members belong to is no place
    ("Piknik firm zrzeszonych w Cechu Rzemiosł odbył się 8 czerwca 2024 r. na terenie Parku Zdrojowego.",
     [("Parku Zdrojowego", None)]),
])
def test_venues_of_invitations_and_rows(text, expected):
    assert _venues(text) == expected


def test_an_inflected_adjective_is_no_village_of_the_same_spelling():
    # `Główną` (instrumental of `główna`) is no form of a village called Główna
    text = "Forum odbyło się 5 maja 2024 r. Główną atrakcją forum był pokaz filmów."
    assert _venues(text) == []


def test_an_invitation_to_a_body_s_premises():
    text = "Zapraszamy 5 maja 2024 r. do Stowarzyszenia Przyjaciół Kłodawy na warsztaty."
    assert _venues(text) == [("Stowarzyszenia Przyjaciół Kłodawy", "Kłodawa")]


def test_a_schedule_s_place_cells_under_their_dates():
    # a cell with a room's details in brackets, and one whose first word is also a verb form (`hala`)
    text = ("Narady dyrektorów:\n  1. Szkoły z powiatu kłodawskiego\n    27 sierpnia 2024 r., godzina 9:00\n\n"
            "    Sala konferencyjna Starostwa Powiatowego w Kłodawie (I piętro, pokój 12)\n    ul. Polna 2\n"
            "  2. Szkoły z powiatu lipnowskiego\n    28 sierpnia 2024 r., godzina 12:00\n\n"
            "    Hala Sportowa przy Szkole Podstawowej nr 3 w Lipnie\n    ul. Szkolna 10\n")
    assert [name for name, _ in _venues(text)] == [
        "Sala konferencyjna Starostwa Powiatowego w Kłodawie",
        "Hala Sportowa przy Szkole Podstawowej nr 3 w Lipnie"]


def test_a_line_with_its_own_day_is_the_next_row_not_a_place():
    text = ("Zebrania wiejskie odbędą się w:\n– Zalesiu (sala OSP) 3 stycznia 2024 o 16:00\n"
            "– Kłodawie (świetlica) 4 stycznia 2024 o 17:00\n")
    assert _venues(text) == [("sala OSP", "Zalesie"), ("świetlica", "Kłodawa")]


def _venue_records(text: str) -> list[tuple[str | None, str | None]]:
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    return [(v.name, v.address) for v in find_venues(text, event_spans=spans)]


@pytest.mark.parametrize("text, expected", [
    # a room's floor stands between the room and its building, which keeps its street
    ("Spotkanie w piątek 24 września 2021 o godz. 17, w sali konferencyjnej na parterze delegatury UMB "
     "przy ul. Piotrowej 15.", [("sali konferencyjnej na parterze delegatury UMB", "ul. Piotrowej 15")]),
    ("Spotkanie 30 września 2021 o godz. 17, w sali nr 316 na III piętrze Urzędu Stanu Cywilnego przy al. Lipowej 2B.",
     [("sali nr 316 na III piętrze Urzędu Stanu Cywilnego", "al. Lipowej 2B")]),
    # a school's classes for which it is named go on with its name
    ("Sesja odbędzie się 14 czerwca 2023 r. o godz. 18.00 w Szkole Podstawowej nr 25 z Oddziałami Integracyjnymi, "
     "ul. Polna 53.", [("Szkole Podstawowej nr 25 z Oddziałami Integracyjnymi", "ul. Polna 53")]),
    # but the people met there are not
    ("Spotkanie 5 maja 2021 w Szkole Podstawowej z Wójtem Gminy.", [("Szkole Podstawowej", None)]),
])
def test_a_rooms_floor_and_a_schools_classes(text, expected):
    assert _venue_records(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clinic by its brand, a room of buildings under repair
    ("Spotkanie odbędzie się w środę 13 maja 2015 o 17:00 w przychodni Medica przy ul. Polnej 38a.",
     [("przychodni Medica", "ul. Polnej 38a")]),
    ("Spotkanie opłatkowe 16 grudnia 2016 odbyło się w sali konferencyjnej remontowanych budynków szpitalnych.",
     [("sali konferencyjnej remontowanych budynków szpitalnych", None)]),
    # what a meeting is about happens elsewhere
    ("24 stycznia 2019 r. o godz. 18.00 w sali sesyjnej Starostwa Powiatowego w Borkach odbędzie się spotkanie "
     "na temat likwidacji oddziałów w szpitalu w Borkach.", [("sali sesyjnej Starostwa Powiatowego w Borkach", None)]),
])
def test_health_places_and_what_a_meeting_is_about(text, expected):
    assert _venue_records(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Otwarcie odbędzie się 16 września 2021 roku o godzinie 11.00 w Lublinie przy ul. Kwiatowej 3, "
     "w budynku Inkubatora Przedsiębiorczości.", [("budynku Inkubatora Przedsiębiorczości", "ul. Kwiatowej 3")]),
    ("Debata odbyła się 18 grudnia 2019 w Gdańsku, al. Zielona 5, w siedzibie Centrum Organizacji "
     "Pozarządowych.", [("Centrum Organizacji Pozarządowych", "al. Zielona 5")]),
])
def test_a_street_then_its_building_after_a_comma_are_one_place(text, expected):
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address) for v in find_venues(text, event_spans=spans)] == expected


def test_a_meeting_held_after_words_of_handing_in_remarks_keeps_its_place():
    text = ("Konsultacje zostaną przeprowadzone w formie spotkania otwartego dla mieszkańców, umożliwiającego "
            "wyrażenie opinii oraz składanie uwag do protokołu, które odbędzie się 2 lutego 2016 r. w Miejskiej "
            "Bibliotece Publicznej w Lipnie o godz. 16.")
    assert _venues(text) == [("Miejskiej Bibliotece Publicznej w Lipnie", "Lipno")]


@pytest.mark.parametrize("text, expected", [
    ("Zebranie wiejskie odbędzie się dnia 6 września 2022 r. o godz. 18:00 w barze przy sklepie w Górce.",
     [("barze przy sklepie w Górce", "Górka")]),
    ("Zbiórka odbędzie się 21 września 2022 r. o godz. 16.30 na parkingu przy sklepie spożywczym w Górce.",
     [("parkingu przy sklepie spożywczym w Górce", "Górka")]),
    ("W dniu 17 września 2015 r. o godz. 1800 w budynku prywatnym u p. Nowakowej w Dąbrowie, odbędzie się "
     "zebranie mieszkańców sołectwa.", [("budynku prywatnym u p. Nowakowej w Dąbrowie", "Dąbrowa")]),
])
def test_a_village_place_named_by_the_shop_or_the_home_it_stands_at(text, expected):
    assert _venues(text) == expected


def test_a_bulleted_list_of_places_ends_at_the_first_line_without_a_bullet():
    text = ("W gminie spotkania z okazji Dnia Seniora odbyły się w miejscowościach:\n– Borki – 12.10.2014r.\n"
            "– Lipowo – 15.10.2014r.\nProgram artystyczny przedstawili uczniowie ze szkoły.\n"
            "DO NASZYCH DROGICH SENIORÓW KIERUJEMY NAJSERDECZNIEJSZE ŻYCZENIA ZDROWIA.")
    assert _venues(text) == [(None, "Borki"), (None, "Lipowo")]


def test_a_place_named_with_its_towns_adjective_and_again_in_full_is_one_place():
    text = ("Przyjdź na spotkanie z burmistrzem w lipnowskim Domu Kultury\n\nSpotkanie odbędzie się 5 maja 2024 r. "
            "o godz. 17:00 w sali widowiskowej Domu Kultury w Lipnie.")
    assert _venues(text) == [("sali widowiskowej Domu Kultury w Lipnie", "Lipno")]


def test_a_name_and_its_street_with_the_town_said_again_between_them_are_one_place():
    text = "Spotkanie odbędzie się 17 lutego 2016 roku o godzinie 12.00 w WORD Lipno, w Lipnie przy al. Polnej 3."
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address) for v in find_venues(text, event_spans=spans)] == [("WORD Lipno", "al. Polnej 3")]


@pytest.mark.parametrize("text, expected", [
    # a lower-case adjective agreeing with the building's noun, then the building's street
    ("Forum odbędzie się 20 października 2015 r. o 11.00 w sali konferencyjnej starostwa powiatowego "
     "przy ul. Polnej 3.", [("sali konferencyjnej starostwa powiatowego", "ul. Polnej 3")]),
    # the capital's name abbreviated inside the room's name
    ("Debata odbędzie się 28 listopada 2019 r. o godz. 17.00 w Sali Rady Dzielnicy Śródmieście m.st. Warszawy "
     "przy ul. Lipowej 43.", [("Sali Rady Dzielnicy Śródmieście m.st. Warszawy", "ul. Lipowej 43")]),
    # the floor after a dash, then the street; the street said alone earlier is the same place
    ("Miejsce spotkania to budynek przy ul. Rynek 9 w Borkach. Spotkanie odbędzie się 17.06.2024 r. o godz. 15:00 "
     "w sali narad Urzędu Miasta – I piętro, ul. Rynek 9.",
     [("sali narad Urzędu Miasta – I piętro", "ul. Rynek 9")]),
    # an agenda's point is no place
    ("Sesja odbyła się 7 maja 2024 r. w Starostwie Powiatowym. Radny opuścił obrady w pkt 7.",
     [("Starostwie Powiatowym", None)]),
])
def test_rooms_floors_streets_and_points(text, expected):
    assert _venue_records(text) == expected


def test_a_first_line_that_is_a_long_sentence_is_no_headline():
    # the places of the opening sentence stay, though the body names a place of the same kind
    text = ("Pierwsze spotkania odbędą się już w poniedziałek - 14 września 2015 r. o godz. 15:00 w Gminnym Ośrodku "
            "Kultury w Lipnie oraz w Gminnym Ośrodku Kultury w Borkach.\nKolejne planowane są we wtorek - 15 września, "
            "również o godz. 15.00 w Miejskim Ośrodku Sportu w Dębinie.")
    assert [name for name, _address in _venue_records(text)] == [
        "Gminnym Ośrodku Kultury w Lipnie", "Gminnym Ośrodku Kultury w Borkach", "Miejskim Ośrodku Sportu w Dębinie"]


@pytest.mark.parametrize("text, expected", [
    # a second place joined by `oraz` or `i`, in the locative the first one's `w` governs
    ("Spotkania odbędą się 16 września 2025 r. o godz. 15.00 w Ośrodku Sportu w Lipnie oraz MDK w Borkach.",
     [("Ośrodku Sportu w Lipnie", "Lipno"), ("MDK w Borkach", "Borki")]),
    ("Dyżury odbędą się 5 maja 2025 r. w Urzędzie Gminy w Lipnie i Gminnym Domu Kultury w Borkach.",
     [("Urzędzie Gminy w Lipnie", "Lipno"), ("Gminnym Domu Kultury w Borkach", "Borki")]),
    # a list of places after one `w`, joined by commas and `i`; a room after a comma is the building's
    ("Spotkania odbyły się 31 marca 2023 r. w Starostwie Powiatowym w Lipnie, Starostwie Powiatowym w Borkach "
     "i Starostwie Powiatowym w Dębinie.", [("Starostwie Powiatowym w Lipnie", "Lipno"),
                                             ("Starostwie Powiatowym w Borkach", "Borki"),
                                             ("Starostwie Powiatowym w Dębinie", "Dębina")]),
    ("Spotkanie odbędzie się 5 maja 2023 r. w Domu Kultury w Lipnie, Sali Widowiskowej.",
     [("Domu Kultury w Lipnie", "Lipno")]),
    # a nominative after `oraz` is a subject, not a place
    ("Spotkanie 5 maja 2024 r. w Bibliotece Publicznej w Lipnie oraz Fundacja Dębina zapraszają.",
     [("Bibliotece Publicznej w Lipnie", "Lipno")]),
])
def test_two_places_joined_after_one_preposition(text, expected):
    assert _venues(text) == expected


def test_a_room_then_its_building_after_a_comma_in_rows_opening_with_their_towns():
    text = ("Odbędą się dwa spotkania:\n\n1. Lipno, 22 stycznia 2020 r., godz. 11.00 – sala Dębowa, Miejska "
            "Biblioteka Publiczna im. Jana Lisa, ul. Polna 9,\n\n"
            "2. Gorzów Wlkp., 24 stycznia 2020 r., godz. 13.00 – sala 110, Wojewódzka Biblioteka Publiczna, "
            "ul. Leśna 2")
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address, v.city) for v in find_venues(text, event_spans=spans)] == [
        ("sala Dębowa, Miejska Biblioteka Publiczna im. Jana Lisa", "ul. Polna 9", "Lipno"),
        ("sala 110, Wojewódzka Biblioteka Publiczna", "ul. Leśna 2", "Gorzów Wielkopolski")]
