"""Venues as unseen real pages say them: villages, lists, abbreviations, eateries, and the
phrases around a place that make it no venue (a title in capitals, an area, a notice board)."""
import pytest

from nlp.dates import find_dates
from nlp.venue_addresses import city_in_name
from nlp.venues import context_city, find_venues


def _venues(text: str) -> list[tuple[str | None, str | None, str | None]]:
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    return [(v.name, v.address, v.city) for v in find_venues(text, event_spans=spans)]


@pytest.mark.parametrize("text, expected", [
    # a village after `w miejscowości`, written without the register's hyphen
    ("Zabawa sołecka odbyła się 9 lipca 2024 r. w miejscowości Zaręby Kromki .",
     [(None, None, "Zaręby-Kromki")]),
    # `w Tarnowie` beside `Miasta Tarnowa`: the genitive of Tarnów, not the village Tarnowa
    ("Szkolenie odbędzie się 24 marca 2014 r. w Tarnowie dla nauczycieli ze szkół Miasta Tarnowa.",
     [(None, None, "Tarnów")]),
    # `w Wilkowie` is Wilków or Wilkowo: the text names Wilkowo in full
    ("Dożynki sołeckie w Wilkowie\nPlon przynieśli gospodynie z KGW Wilkowo.\n"
     "Święto plonów w Wilkowie trwało 25 sierpnia od południa.",
     [(None, None, "Wilkowo")]),
    # the event named right before the town, in a headline without a date
    ("Budżet obywatelski – debata w Kłodawie\n\nJesienią mieszkańcy wybiorą projekty.",
     [(None, None, "Kłodawa")]),
    # visitors arriving on a date make the town the venue
    ("Delegacja partnerskiej gminy przyjechała w piątek 3 czerwca 2023 r. do Kłodawy na obchody święta miasta.",
     [(None, None, "Kłodawa")]),
])
def test_towns_and_villages_as_venues(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a room with no building, before a verb of gathering; the date is in the sentence before
    ("Kurs pierwszej pomocy dla sołtysów trwał 4 i 5 marca 2024 r.\n\n"
     "W sali narad zebrało sie dwudziestu sołtysów i ratownik.",
     [("sali narad", None, None)]),
    # an eatery's name with `Pod`, and its street without a number
    ("Quiz wiedzy o mieście – 14 listopada 2024 r., godz. 19:00, w Pizzerii Pod Kasztanem przy ulicy Lipowej. "
     "Wstęp wolny.",
     [("Pizzerii Pod Kasztanem", "ulicy Lipowej", None)]),
    ("Dyżur radnych 7 marca 2024 r. od godz. 16 w osiedlowym barze (ul. Klonowa) dla wszystkich chętnych.",
     [("osiedlowym barze", "ul. Klonowa", None)]),
    # the grounds of a park, named by their kind first
    ("Bieg rodzinny wystartuje 8 czerwca 2024 r. na terenach zielonych Parku Miejskiego w Lipnie.",
     [("Parku Miejskiego w Lipnie", None, "Lipno")]),
    # a square named after a person, the rank before the name
    ("Targi odbędą się 20 września 2020 r. w godz. 9:00 – 14.00 na Placu Marszałka Józefa Piłsudskiego w Lipnie "
     "(plac przed Teatrem).", [("Placu Marszałka Józefa Piłsudskiego w Lipnie", None, "Lipno")]),
    # a label for both the day and the place: the place after the day
    ("Konferencja dla partnerów.\n\nTermin i miejsce: 15 października 2018 r. (poniedziałek) Starostwo Powiatowe "
     "w Lipnie, pl. Generała Józefa Bema 5, 07-410 Lipno – sala nr 12\n\nCele spotkania: analiza.",
     [("Starostwo Powiatowe w Lipnie", "pl. Generała Józefa Bema 5, 07-410 Lipno", "Lipno")]),
    # a region, then what is first in it, is no place
    ("Inauguracja pierwszej w Wielkopolsce Rady Kobiet odbędzie się 8 marca 2019 r. o godzinie 12.00 w Sali Sesyjnej "
     "Urzędu Miejskiego w Lipnie.", [("Sali Sesyjnej Urzędu Miejskiego w Lipnie", None, "Lipno")]),
    # a school's Roman number before its name
    ("Debata odbędzie się 12 maja 2023 r. o godz. 17:00 w I Liceum Ogólnokształcącym przy ul. Polnej 5 w Lipnie.",
     [("I Liceum Ogólnokształcącym", "ul. Polnej 5", "Lipno")]),
    ("Spotkanie odbędzie się 12 maja 2023 r. w XXI Liceum Ogólnokształcącym z Oddziałami Sportowymi w Borkach.",
     [("XXI Liceum Ogólnokształcącym z Oddziałami Sportowymi w Borkach", None, "Borki")]),
    # an abbreviation inflected with a hyphen
    ("Zebranie odbędzie się 3 marca 2024 r. o godz. 17:00 w GOK-u.", [("GOK-u", None, None)]),
    # an open day is held at the body it opens
    ("Dzień Otwarty Urzędu Skarbowego w Kole przypada 5 czerwca 2024 r. Doradcy odpowiedzą na pytania.",
     [("Urzędu Skarbowego w Kole", None, "Koło")]),
    # a table's row: the label with no colon
    ("Konsultacje\ntermin 12 maja 2024 r. godz. 10:00\nmiejsce Sala Konferencyjna Urzędu Gminy Lipno",
     [("Sala Konferencyjna Urzędu Gminy Lipno", None, "Lipno")]),
    ("Miejsce obrad: sala sesyjna Urzędu Gminy w Lipnie\nTermin: 5 maja 2024 r., godz. 10:00",
     [("sala sesyjna Urzędu Gminy w Lipnie", None, "Lipno")]),
    # an estate named as the place, and an office's worker who took part (not papers handed to an office)
    ("16 maja 2025 r. sołtysi wzięli udział w forum zorganizowanym przez Urząd Marszałkowski w Majątku Dębina "
     "w Borkach.", [("Majątku Dębina w Borkach", None, "Borki")]),
    ("7 grudnia 2012 r. pracownik biura uczestniczył w spotkaniu, które odbyło się w Gminnym Ośrodku Kultury "
     "w Borkach.", [("Gminnym Ośrodku Kultury w Borkach", None, "Borki")]),
    # a speaker's unit and the office it sits in are where she works, not where the training is
    ("Szkolenia odbędą się 15 września 2018 r. w Borkach. Mówi Joanna Lis, kierownik Biura Bezpieczeństwa "
     "w Urzędzie Marszałkowskim Województwa Lipskiego.", [(None, None, "Borki")]),
    ("7 lipca 2021 r. w Gminnej Bibliotece Publicznej w Lipnie odbyła się debata. Udział wzięli: Anna Lis "
     "Dyrektor Wydziału Edukacji i Spraw Społecznych w Starostwie Powiatowym w Kole, Jan Wilk, kierownik "
     "referatu w Urzędzie Gminy Borki.", [("Gminnej Bibliotece Publicznej w Lipnie", None, "Lipno")]),
    # a body's name listing the fields it serves, commas and all
    ("Sesja odbędzie się 5 maja 2020 r. o godz. 10.00 w sali widowiskowej Gminnego Ośrodka Kultury, Sportu "
     "i Rekreacji w Lipnie, ul. Polna 1.",
     [("sali widowiskowej Gminnego Ośrodka Kultury, Sportu i Rekreacji w Lipnie", "ul. Polna 1", "Lipno")]),
    # a room, a comma, then the building it is in; a company's legal form
    ("Forum odbędzie się w piątek 31 marca 2017 r. w Sali Marmurowej, Lipskiego Urzędu Wojewódzkiego, "
     "ul. Polna 25 w Lipnie.", [("Sali Marmurowej, Lipskiego Urzędu Wojewódzkiego", "ul. Polna 25", "Lipno")]),
    ("W dniu 6 września 2019 r. w siedzibie Lipskiej Agencji Rozwoju Regionalnego S.A. gościliśmy wizytę "
     "studyjną.", [("Lipskiej Agencji Rozwoju Regionalnego S.A.", None, None)]),
    # what a meeting is about (`rewitalizacji`) and, after its time, where it is
    ("Harmonogram spotkań:\n\n21 marca 2017 r.\n\n  • warsztaty dla partnerów rewitalizacji – godz. 15:00 w sali "
     "narad Starostwa Powiatowego w Lipnie", [("sali narad Starostwa Powiatowego w Lipnie", None, "Lipno")]),
    # a police station named with the adjective of its town
    ("W środę, 27 października 2021 r., w lipnowskiej Komendzie Policji spotkali się wójtowie gmin powiatu.",
     [("lipnowskiej Komendzie Policji", None, None)]),
])
def test_places_said_the_way_real_pages_say_them(text, expected):
    assert _venues(text) == expected


def test_offices_listed_after_w_colon_are_each_a_venue():
    text = ("Spotkania informacyjne odbędą się 5 maja 2024 r. m.in. w:\n"
            "- Urzędzie Gminy Kłoda,\n"
            "- Urzędzie Miasta Dębno, ul. Polna 3,\n"
            "- Lipnie.\n\nZapraszamy.")
    assert _venues(text) == [("Urzędzie Gminy Kłoda", None, "Kłoda"),
                             ("Urzędzie Miasta Dębno", "ul. Polna 3", "Dębno"), (None, None, "Lipno")]


def test_a_walk_at_a_street_wrapped_onto_the_next_line():
    text = ("Oględziny terenu z projektantem zaplanowano na 3.09.2024 r., godz. 15.30, przy\n"
            "ul. Jesionowej w Lipnie.\n\n"
            "Drugie spotkanie będzie 10.09.2024 r. o godz. 17.00 w Urzędzie Gminy.")
    assert _venues(text)[0] == (None, "ul. Jesionowej", "Lipno")


def test_the_one_town_an_event_is_in_is_the_city_of_its_place_not_the_organisers_seat():
    text = ("Koncert kolęd w Lipiu przygotował Ośrodek Kultury w Kłodawie.\n"
            "Śpiewano 6 stycznia 2024 r. w sali wiejskiej.")
    assert _venues(text) == [("sali wiejskiej", None, "Lipie")]


def test_a_bodys_acronym_in_brackets_before_its_seat_keeps_the_seat_the_bodys():
    text = ("W dniach 20-21.11.2008 r. odbyło się szkolenie doradców. Szkolenie zorganizował Lubelski Ośrodek "
            "Doradztwa Rolniczego (LODR) w Końskowoli.")
    assert _venues(text) == []


def test_villages_of_one_list_lie_near_the_first():
    text = "Warsztaty rękodzieła prowadzono 8, 9 i 10 marca 2024 r. w Lubogórze, Kupieninie i Wilkowie."
    assert [city for _, _, city in _venues(text)] == ["Lubogóra", "Kupienino", "Wilkowo"]


@pytest.mark.parametrize("text", [
    # a headline in capitals: what the meeting is about, not where
    "PROSIMY O UDZIAŁ W WARSZTATACH PROJEKTOWYCH (zajęcia odbędą się 14.11.2024 r.)",
    # an area, a project, a team
    "Spotkanie odbędzie się 5 maja 2024 r. Zapraszamy do ankiety o rozwoju w Gminie Lipno.",
    "5 maja 2024 r. w Projekcie Aktywni Razem odbyło się spotkanie.",
    "Spotkanie odbyło się 5 maja 2024 r. w naszym zespole.",
    # where papers are posted
    "Sesja odbędzie się 5 maja 2024 r.\nOtrzymują:\n- Mieszkańcy (tablica ogłoszeń w Urzędzie Gminy w Lipnie)",
    # an office that invites is the organiser
    "Miejski Ośrodek Pomocy Rodzinie zaprasza 5 maja 2024 r. na spotkanie dla rodzin.",
    # works on a street are the topic
    "Na zebraniu 12.02.2024 r. sołtys przedstawiła plan. Wniosek dotyczy przebudowy ulicy Kwiatowej "
    "w przyszłym roku.",
    "Szkolenie o oszczędzaniu energii w gospodarstwie domowym odbędzie się 5 maja 2024 r.",
])
def test_what_is_said_around_a_place_that_makes_it_no_venue(text):
    assert [v for v in _venues(text) if v[0] or v[1]] == []


def test_a_home_that_invites_is_where_its_event_is():
    text = "Dom Pomocy Społecznej w Kole zaprasza 5 maja 2024 r. na piknik."
    assert _venues(text) == [("Dom Pomocy Społecznej w Kole", None, "Koło")]


def test_a_place_after_a_town_and_a_clarifying_word_takes_the_town():
    text = "Rajd zakończył się 2 października 2024 r. w Lipiu, a dokładnie w Leśniczówce „Pod Dębem”."
    assert _venues(text) == [("Leśniczówce „Pod Dębem”", None, "Lipie")]


def test_an_office_seat_named_after_the_office_it_serves():
    text = "Posiedzenie Rady odbyło się 14 stycznia 2020 r. w Kancelarii Prezesa Rady Ministrów w Warszawie."
    assert [(v.name, v.city) for v in find_venues(text)] == [("Kancelarii Prezesa Rady Ministrów w Warszawie", "Warszawa")]


@pytest.mark.parametrize("text, expected", [
    # where a group is based or a person works is not where the event is
    ("Spotkanie odbyło się 5 maja 2013 r. w szkole. Zakończył je występ zespołu działającego pod kierunkiem "
     "Ewy Nowak w Gminnym Ośrodku Kultury w Lipnie.", ["szkole"]),
    ("Warsztaty w świetlicy 5 maja 2013 r. prowadziła Anna Nowak, na co dzień kierownik działu pracująca "
     "w Miejskim Ośrodku Pomocy Rodzinie w Lipnie.", ["świetlicy"]),
])
def test_a_groups_base_or_a_persons_workplace_is_no_venue(text, expected):
    assert [v.name for v in find_venues(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a town abroad, which the register lacks, named in its nominative
    ("W niedzielę 7 września 2014 r. we Lwowie zakończył się trzydniowy festiwal partnerstwa.", [("Lwowie", "Lwów")]),
    # the city hall by its colloquial name
    ("W kluczborskim magistracie zorganizowano 5 maja 2014 r. dyskusję publiczną.", [("kluczborskim magistracie", None)]),
])
def test_a_town_abroad_and_the_magistrat(text, expected):
    assert [(v.name, v.city) for v in find_venues(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name's word that only begins like a street's (`Placówek`, not `Plac`)
    ("Festyn dla dzieci odbył się 20.12.2023 r. w Zespole Placówek Oświatowych w Borkach.",
     [("Zespole Placówek Oświatowych w Borkach", None, "Borki")]),
    # a farm, a basilica
    ("W dniu 5 października 2020 r. na terenie gospodarstwa agroturystycznego w Borkach odbył się festyn.",
     [("gospodarstwa agroturystycznego w Borkach", None, "Borki")]),
    ("Koncert kolęd odbył się 6 stycznia 2020 r. w Bazylice Mariackiej.", [("Bazylice Mariackiej", None, None)]),
])
def test_places_named_by_farms_churches_and_words_like_a_street(text, expected):
    assert _venues(text)[:1] == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence naming the place
    ("18 października 2021 r. odbyło się spotkanie podsumowujące projekt. Miejscem spotkania był Pałac w Borkach.",
     [("Pałac w Borkach", None, "Borki")]),
    # a pin opening each paragraph is a bullet, not a place's label
    ("📌 Za nami pierwsze spotkanie edukacyjne – Po co nam fundusze?\n\n📌 W siedzibie Centrum Organizacji "
     "Pozarządowych w Katowicach 22 maja 2024 r. organizacje dyskutowały o funduszach.",
     [("Centrum Organizacji Pozarządowych w Katowicach", None, "Katowice")]),
    # an avenue written with a capital and no house number
    ("Posiedzenie odbędzie się 29 stycznia 2020 r. o godz. 10.00 w budynku Urzędu Miejskiego przy Al. Zwycięstwa, "
     "sala 221.", [("budynku Urzędu Miejskiego", "Al. Zwycięstwa", None)]),
    # a room, then its building after a comma
    ("Spotkanie odbyło się 10 listopada 2014 r. w Sali Koncertowej im. K. Lisa, w budynku Szkoły Podstawowej "
     "w Borkach.", [("Sali Koncertowej im. K. Lisa, w budynku Szkoły Podstawowej w Borkach", None, "Borki")]),
    # a room in brackets after its building, however long its name
    ("Dyskusja odbędzie się w siedzibie Urzędu Marszałkowskiego Województwa Lubuskiego w Zielonej Górze (Sala "
     "Kolumnowa Sejmiku Województwa Lubuskiego), ul. Podgórna 7, 65-057 Zielona Góra, 14.06.2024 r. o godz. 10.30.",
     [("Urzędu Marszałkowskiego Województwa Lubuskiego w Zielonej Górze (Sala Kolumnowa Sejmiku Województwa "
       "Lubuskiego)", "ul. Podgórna 7, 65-057 Zielona Góra", "Zielona Góra")]),
    # a title opened by `„` and closed by `"` ends there
    ("X Forum pn. „Zawsze z Rodziną\" trwało od 7 do 9 września 2015 r. i odbyło się w Centrum Kultury w Borkach.",
     [("Centrum Kultury w Borkach", None, "Borki")]),
])
def test_places_named_by_a_sentence_a_bracket_or_an_avenue(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a market of goods is no town's square, which stays one
    ("Spotkanie odbędzie się 26 lutego 2024 r. o godz. 10.00 w budynku Biblioteki Gminnej w Lipnie. Rolnicy "
     "porozmawiają o sytuacji na rynku ziemniaka.", [("budynku Biblioteki Gminnej w Lipnie", None, "Lipno")]),
    ("Festyn odbędzie się 26 lutego 2024 r. na rynku miejskim w Lipnie.", [("rynku miejskim w Lipnie", None, "Lipno")]),
    # an office or a board named after the date acts; it is not where
    ("W dniu 3 października 2025 r., Zarząd Stowarzyszenia Emerytów w Lipnie, na terenie Stanicy Harcerskiej "
     "„Borek” przy ul. Leśnej, zorganizował piknik.",
     [("Stanicy Harcerskiej „Borek”", "ul. Leśnej", None)]),
])
def test_markets_and_bodies_that_act_are_no_places(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the entrance from another street
    ("Spotkanie odbędzie się 25 lutego 2022 r. o godzinie 17.30 w sali teatralnej Miejskiego Domu Kultury przy "
     "ulicy Polnej 1/1, wejście od ul. Lipowej.",
     [("sali teatralnej Miejskiego Domu Kultury", "ulicy Polnej 1/1", None)]),
    # the street of what the meeting is about
    ("W dniu 24 września 2018 r. o godz. 16.30 w sali 300 Urzędu Miejskiego w Opolu odbędzie się spotkanie "
     "w sprawie przyszłości stadionu przy ulicy Kaliskiej.",
     [("sali 300 Urzędu Miejskiego w Opolu", None, "Opole")]),
    # two streets with their own times are two places
    ("Spotkania odbędą się 5 maja 2025 r. o godz. 17.00 przy ul. Polnej 3 w Lipnie oraz o godz. 19.00 przy "
     "ul. Leśnej 5 w Lipnie.", [(None, "ul. Polnej 3", "Lipno"), (None, "ul. Leśnej 5", "Lipno")]),
])
def test_a_second_street_in_the_sentence_of_a_named_place_is_no_second_place(text, expected):
    assert _venues(text) == expected


def test_numbered_places_with_an_address_label_and_their_dates_below():
    text = ("Miejsce i termin spotkań:\n\n"
            " 1. Starostwo Powiatowe w Lipnie adres: ul. Polna 19, 87-600\n"
            "  03.11.2017, godz. 8.45 – 16.00, parter\n"
            " 2. Urząd Miasta Borki adres: ul. Leśna 12,\n"
            "  06.11.2017, godz. 8.45 – 16.00, parter\n")
    assert _venues(text) == [("Starostwo Powiatowe w Lipnie", "ul. Polna 19", "Lipno"),
                             ("Urząd Miasta Borki", "ul. Leśna 12", "Borki")]


def test_the_streets_of_a_walks_route_are_no_places_where_it_meets():
    text = ("Spacer po Starym Mieście rozpocznie się 26 września 2023 r. o godz. 16.30 przy ul. Polnej 3 w Lipnie. "
            "Trasa poprowadzi przez Rynek na Błonia Zamkowe i zakończy się przy ul. Podwale.\n\n"
            "Mieszkańcy osiedla spotkają się 28 września 2023 r. o godz. 16.30 przy ul. Leśnej 14 w Lipnie. Stamtąd "
            "pójdą ul. Zelwerowicza, przez pl. Centralny w pobliżu ul. Gorczańskiej, kończąc przy ul. Koncertowej.")
    assert _venues(text) == [(None, "ul. Polnej 3", "Lipno"), (None, "ul. Leśnej 14", "Lipno")]


@pytest.mark.parametrize("text, expected", [
    # the noun of a building or body, then its name: no village of that noun's name
    ("Warsztaty odbyły się 9 maja 2024 r. w Dziale „Podlesie”.", [("Dziale „Podlesie”", None, None)]),
    ("Forum zaplanowano na 23 października 2024 r. w Książnicy Lipnowskiej.", [("Książnicy Lipnowskiej", None, None)]),
    ("Spotkanie odbędzie się 8 czerwca 2024 r. w Gościńcu Pod Dębami w Borkach.",
     [("Gościńcu Pod Dębami w Borkach", None, "Borki")]),
    # a village named alone stays a village, and a town of two words stays a town
    ("Zebranie wiejskie odbędzie się 12 maja 2024 r. o godz. 17 w Kole.", [(None, None, "Koło")]),
    ("Zebranie odbędzie się 12 maja 2024 r. w Kamienicy Polskiej.",
     [("Kamienicy Polskiej", None, "Kamienica Polska")]),
])
def test_a_building_named_by_a_noun_some_village_is_called(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We wtorek, 27 stycznia, w Oddziale dla Dzieci Biblioteki Miejskiej odbyło się spotkanie.", None),
    ("Forum zaplanowano na 23 października w Książnicy Lipnowskiej.", None),
    ("Zebranie odbędzie się 12 maja w Kamienicy Polskiej.", "Kamienica Polska"),
])
def test_a_building_by_its_name_is_no_town_the_page_is_about(text, expected):
    assert context_city(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a village or district the register lacks ends the venue's name, not a venue of its own
    ("Spotkanie, które odbyło się 17 marca 2024 r. w świetlicy wiejskiej w Małaszewiczach, prowadził dzielnicowy.",
     [("świetlicy wiejskiej w Małaszewiczach", None, "Małaszewicze")]),
    ("Zajęcia odbywają się od 12 maja 2024 r. w filii nr 4 w Dębinowcu oraz w filii nr 2 w Lipnie.",
     [("filii nr 4 w Dębinowcu", None, None), ("filii nr 2 w Lipnie", None, "Lipno")]),
    # a room after its building stays with it
    ("Spotkanie odbędzie się 27 września 2024 r. o godz. 10:00 w Bibliotece Publicznej w sali Multimedialnej.",
     [("Bibliotece Publicznej w sali Multimedialnej", None, None)]),
    # a building's name that is also a first name (`Domek`) goes on to its address
    ("Posiedzenie odbędzie się 19 listopada 2024 r. o godz. 16.00 w Centrum Kultury Domek Ogrodnika, ul. Krzywa 1.",
     [("Centrum Kultury Domek Ogrodnika", "ul. Krzywa 1", None)]),
    # where papers are handed in, and a council one sits on, are no places of the meeting
    ("Ankiety przyjmujemy do 28 sierpnia 2024 r. Miejscem składania ankiet jest Urząd Miejski w Lipnie, "
     "ul. Polna 4. Spotkanie odbędzie się 22 sierpnia 2024 r. w bibliotece.",
     [("bibliotece", None, None)]),
    ("Nasz głos w Młodzieżowej Radzie Miasta Lipna\nW dniu 28 lutego 2024 r. w Sali Wielkiej ratusza odbyła się "
     "pierwsza sesja.",
     [("Sali Wielkiej ratusza", None, None)]),
])
def test_the_end_of_a_venue_and_places_that_are_no_venue(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a canteen is a place a meeting is held in
    ("Zebranie odbędzie się 20 września 2024 r. o godz. 18:00 w stołówce Szkoły Podstawowej w Borkach "
     "przy ul. Polnej 7.", [("stołówce Szkoły Podstawowej w Borkach", "ul. Polnej 7", "Borki")]),
    # a room named after its patron, then its building after `w` and an adjective
    ("Na najbliższym spotkaniu 7 maja 2024 r. o godz. 18.00 w Sali Jana Lisa w lipnowskim ratuszu omówimy "
     "zasady konsultacji.", [("Sali Jana Lisa w lipnowskim ratuszu", None, None)]),
    # where children will go to school is no place of the parents' meeting
    ("W poniedziałek 24 czerwca 2024 r. o godz. 18.00 w Szkole Podstawowej w Borkach odbędzie się zebranie "
     "dla rodziców dzieci, które od września rozpoczną naukę w SP w Borkach.",
     [("Szkole Podstawowej w Borkach", None, "Borki")]),
])
def test_canteens_patrons_rooms_and_schools_attended(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("name, expected", [
    # what an office or a building serves is no town
    ("Powiatowym Urzędzie Pracy", None),
    ("Domu Kultury", None),
    # but a unit's name and a body's town after its acronym are
    ("Urzędu Gminy Czernica", "Czernica"),
    ("budynek remizy OSP Borki", "Borki"),
])
def test_the_town_inside_a_venues_name(name, expected):
    assert city_in_name(name) == expected


@pytest.mark.parametrize("text, expected", [
    # `na` with the accusative names what one goes to, not where it is held
    ("Zapraszamy na Kawiarenkę Obywatelską, w trakcie której zaprezentujemy projekt. Kawiarenka odbędzie się "
     "9 września 2024 r. o 17.00 w kawiarni „Spółdzielnia” przy ul. Polnej 8.",
     [("kawiarni „Spółdzielnia”", "ul. Polnej 8", None)]),
    # unless the sentence says it is held there
    ("Serdecznie zapraszamy 14 grudnia 2024 r. o godz. 15:00 na Zamek Piastowski w Lipnie, gdzie odbędzie się "
     "XV Forum.", [("Zamek Piastowski w Lipnie", None, "Lipno")]),
    # `…, w tym` is "among them", no place
    ("Forum odbędzie się 11 października 2024 r. w Szkole w Lipnie. Zapraszamy przedstawicieli instytucji, w tym "
     "spółdzielni socjalnych.", [("Szkole w Lipnie", None, "Lipno")]),
])
def test_where_one_goes_and_among_them_are_no_places(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Spotkanie odbędzie się 5 marca 2026 r. o godz. 18:00 w Domu Kultury, Lipno, ul. Polna 7.",
     [("Domu Kultury", "ul. Polna 7", "Lipno")]),
    ("Spotkanie odbędzie się 5 marca 2026 r. o godz. 18:00 w Domu Kultury (Wrocław, ul. Polna 7).",
     [("Domu Kultury", "ul. Polna 7", "Wrocław")]),
    # no comma between the town and its street: still one place, not a name and a street apart
    ("Spotkanie odbędzie się 5 marca 2026 r. o godz. 18:00 w Domu Kultury, Wrocław ul. Polna 7.",
     [("Domu Kultury", "ul. Polna 7", "Wrocław")]),
    # the town in the place's name stays its town
    ("Spotkanie odbędzie się 5 marca 2026 r. o godz. 18:00 w Domu Kultury w Tereszpolu (Tereszpol-Zaorenda, "
     "ul. Polna 7).", [("Domu Kultury w Tereszpolu", "ul. Polna 7", "Tereszpol")]),
])
def test_the_town_said_between_a_place_and_its_street_is_its_city(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the clause's subject, in the nominative before its verb, right after the place
    ("W dniu 5 marca 2026 r. w Centrum Kultury Biblioteka Publiczna i Klub Seniora przygotowały spotkanie.",
     [("Centrum Kultury", None, None)]),
    ("W dniu 5 marca 2026 r. w sali widowiskowej Gminny Ośrodek Kultury zorganizował spotkanie.",
     [("sali widowiskowej", None, None)]),
    # a place's own name in the nominative, the event after the verb
    ("W dniu 5 marca 2026 r. w Centrum Kultury Zamek odbyło się spotkanie.", [("Centrum Kultury Zamek", None, None)]),
])
def test_a_subject_named_right_after_the_place_is_no_part_of_its_name(text, expected):
    assert _venues(text) == expected


def test_the_words_saying_where_a_place_stands_are_no_part_of_its_name():
    text = ("W czwartek 3 października Centrum Integracji Społecznej mieszczące się przy ul. Polnej 17 w Borkach "
            "zorganizowało spotkanie integracyjne.")
    assert _venues(text) == [("Centrum Integracji Społecznej", "ul. Polnej 17", "Borki")]


@pytest.mark.parametrize("text, expected", [
    # a place named after an adjective of its district, which no dictionary knows
    ("Spotkanie 12 lutego 2024 r. Po liturgii udaliśmy się do lipowieckiego Domu Kultury, gdzie wysłuchaliśmy "
     "przemówienia.", [("lipowieckiego Domu Kultury", None, None)]),
    # an agenda's point named by its title is no place
    ("Na zakończenie obrad 12 lutego 2024 r. w punkcie \"wolne głosy i wnioski\" członkowie Rady omówili zadania.", []),
])
def test_where_they_went_after_a_lower_case_adjective_and_an_agenda_point(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day named like a place, and a reference to a law's article, are no venues
    ("W dniu 29 marca 2010 r., w Poniedziałek Wielkiego Tygodnia, odbyło się seminarium w Miejskim Domu Kultury "
     "w Borkach.", [("Miejskim Domu Kultury w Borkach", None, "Borki")]),
    ("W dniu 19 listopada 2013 r. odbyło się spotkanie w sprawie konsultacji PROGRAMU WSPÓŁPRACY Z ORGANIZACJAMI "
     "WYMIENIONYMI W ART.3 UST.3 USTAWY O DZIAŁALNOŚCI POŻYTKU PUBLICZNEGO.", []),
    # (a town whose name opens with a weekday's word is a town)
    ("Koncert odbędzie się 24 maja 2024 r. o godz. 18 w sali widowiskowej Domu Kultury w Środzie Śląskiej.",
     [("sali widowiskowej Domu Kultury w Środzie Śląskiej", None, "Środa Śląska")]),
])
def test_a_day_or_a_law_named_like_a_place_is_no_venue(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day written out with `roku` right before: the place of what happens that day
    ("Spotkanie 20 października 2023 roku w GOK w Lipnie.", [("GOK w Lipnie", None, "Lipno")]),
    ("II FORUM SENIORÓW w dniu 20 października 2023 roku w MOSiR w Lipnie", [("MOSiR w Lipnie", None, "Lipno")]),
    # a year alone is when a body was founded, not a day something happens
    ("Koło powstało w 1997 roku w GOK w Lipnie.", []),
])
def test_an_acronym_named_place_right_after_a_day_written_with_roku(text, expected):
    assert _venues(text) == expected


@pytest.mark.parametrize("text, expected", [
    # `w tym` says "including", not where
    ("Spotkanie odbyło się 12 maja 2024 r. w Ministerstwie Rodziny w Warszawie. Prezentowało się sześć ośrodków "
     "z województwa w tym Centrum Usług Społecznych w Lipnie.",
     [("Ministerstwie Rodziny w Warszawie", None, "Warszawa")]),
    # a village before a year is an edition's name, not a village and its house number
    ("W piątek 21 listopada 2025 o godzinie 17:00 w Bibliotece w Lipnie odbyła się promocja almanachu. Książka "
     "jest pokłosiem konkursu Spotkań Pokoleń Kruszwica- Kobylniki 2025.", [("Bibliotece w Lipnie", None, "Lipno")]),
])
def test_including_and_a_year_after_a_village_name_no_place(text, expected):
    assert _venues(text) == expected
