"""Schedule rows and lists of places as real pages write them: a town before a slash, a
lower-case place in the nominative after `g.`, places listed after `w:`, outdoor places
named in the plural, and `miejsce` inside a sentence."""
import pytest

from nlp import Extractor
from nlp.venues import find_venues


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _venues(result):
    return [(v["name"], v["address"], v["city"]) for v in result["venues"]]


def test_a_row_that_opens_with_its_town_and_place_gives_each_event_that_place(extractor):
    text = ("Stowarzyszenie \"LGD Dolina Rzeki\" zaprasza na otwarte spotkania konsultacyjne, które odbędą "
            "się w każdej z gmin członkowskich:\n\n"
            "  •  BORKI/ Biuro LGD, 18.05.2022 godz. 15.30\n"
            "  •  WOLA MAŁA/ Dom Kultury, 18.05.2022 godz. 18.00\n"
            "  •  KALISZANY/ Biblioteka w Kaliszanach, 19.05.2022 godz. 16.00\n"
            "  •  OLSZANKA/ GOK w Olszance, 20.05.2022 godz. 18.30\n")
    result = extractor.extract(text)
    assert _venues(result) == [("Biuro LGD", None, "Borki"), ("Dom Kultury", None, "Wola Mała"),
                               ("Biblioteka w Kaliszanach", None, "Kaliszany"), ("GOK w Olszance", None, "Olszanka")]
    assert [(e["start"], e["venue"]) for e in result["events"]] == [
        ("2022-05-18T15:30", 0), ("2022-05-18T18:00", 1), ("2022-05-19T16:00", 2), ("2022-05-20T18:30", 3)]


def test_a_poster_line_of_the_place_then_its_numeric_date_with_no_mark_between(extractor):
    text = ("Wieczór literacki Dyskusyjnego Klubu Książki.\n"
            "Biblioteka Publiczna w Lipnie 11.01.2022r. godz.17.00 (I piętro – sala konferencyjna)\n"
            "Serdecznie zapraszamy!")
    result = extractor.extract(text)
    assert _venues(result) == [("Biblioteka Publiczna w Lipnie", None, "Lipno")]
    assert [(e["start"], e["venue"]) for e in result["events"]] == [("2022-01-11T17:00", 0)]


def test_a_lower_case_place_after_a_time_abbreviated_g_is_the_rows_venue(extractor):
    text = ("HARMONOGRAM ZEBRAŃ WIEJSKICH\n\n"
            "data i godzina\n\nmiejsce zebrania\n\n"
            "12.03, g. 17.00 świetlica w Kaliszanach (dla mieszkańców Kaliszan i Woli)\n"
            "14.03, g. 18.00 remiza strażacka OSP w Olszance (dla mieszkańców Olszanki)\n")
    result = extractor.extract(text, published="2026-03-01")
    assert _venues(result) == [("świetlica w Kaliszanach", None, "Kaliszany"),
                               ("remiza strażacka OSP w Olszance", None, "Olszanka")]
    assert [(e["start"], e["venue"]) for e in result["events"]] == [("2026-03-12T17:00", 0), ("2026-03-14T18:00", 1)]


def test_places_listed_after_w_colon_are_each_a_venue_and_stay_apart():
    text = ("W ramach projektu w dniach 10-14 maja 2021 r. zajęcia odbywały się m.in. w: Mazowieckim Urzędzie "
            "Wojewódzkim, Kancelarii Sejmiku Województwa Mazowieckiego, w Urzędzie Marszałkowskim Województwa "
            "Mazowieckiego oraz w Urzędzie Gminy Lesznowola.")
    assert [v.name for v in find_venues(text)] == [
        "Mazowieckim Urzędzie Wojewódzkim", "Kancelarii Sejmiku Województwa Mazowieckiego",
        "Urzędzie Marszałkowskim Województwa Mazowieckiego", "Urzędzie Gminy Lesznowola"]


@pytest.mark.parametrize("text, expected", [
    ("Zapraszamy na piknik rodzinny w sobotę 3 czerwca 2023 r. od godziny 12 na Zielonych Błoniach.",
     [("Zielonych Błoniach", None, None)]),
    ("Szkolenia dla sołtysów odbyły się 5 maja 2023 r. w świetlicach w Olszance i Kaliszanach.",
     [(None, None, "Olszanka"), (None, None, "Kaliszany")]),
    ("Następne spotkanie klubu ustalono na dzień 05.03.2024 r, godz. 14:00, miejsce Sala Konferencyjna "
     "Miejskiego Ratusza.", [("Sala Konferencyjna Miejskiego Ratusza", None, None)]),
])
def test_outdoor_places_named_in_the_plural_and_a_place_after_miejsce_in_a_sentence(text, expected):
    assert [(v.name, v.address, v.city) for v in find_venues(text)] == expected


def test_a_listed_town_with_its_place_in_brackets_gives_that_place(extractor):
    text = ("W najbliższych dniach zebrania wiejskie odbędą się w:\n"
            "– Kaliszanach (sala OSP) 3 stycznia o 16:00\n"
            "– Olszance (sala DFK) 3 stycznia o 18:30\n")
    result = extractor.extract(text, published="2026-12-20")
    assert _venues(result) == [("sala OSP", None, "Kaliszany"), ("sala DFK", None, "Olszanka")]
    assert [e["venue"] for e in result["events"]] == [0, 1]


def test_a_room_keeps_its_building_and_an_agenda_item_is_no_place():
    text = ("Kolejne posiedzenie Rady Seniorów odbędzie się 31 stycznia 2024 r., w godzinach 16.30-18.30 w sali "
            "Kominkowej w budynku Ratusza przy Placu Wolności 3. W kolejnym punkcie omówione zostaną plany na wiosnę.")
    assert [(v.name, v.address) for v in find_venues(text)] == [
        ("sali Kominkowej w budynku Ratusza", "Placu Wolności 3")]


def test_a_place_label_inside_a_sentence_ends_with_the_sentence_and_past_verbs_say_where():
    text = ("Następny termin spotkania ustalono na dzień 05.03.2018 r, godz. 14:00, miejsce Sala Konferencyjna "
            "Miejskiego Ratusza. Spotkanie odbędzie się z przedstawicielami Komendy Powiatowej Policji.")
    assert [v.name for v in find_venues(text)] == ["Sala Konferencyjna Miejskiego Ratusza"]
    report = ("Zajęcia praktyczne odbyły się w urzędach. W ramach projektu zajęcia odbywały się m. in. w: Lubelskim "
              "Urzędzie Wojewódzkim, w Urzędzie Marszałkowskim Województwa Lubelskiego oraz w Urzędzie Gminy Wólka.")
    assert [v.name for v in find_venues(report)] == [
        "Lubelskim Urzędzie Wojewódzkim", "Urzędzie Marszałkowskim Województwa Lubelskiego", "Urzędzie Gminy Wólka"]


def test_a_place_described_by_an_adverb_and_participle_is_named_from_its_noun():
    text = ("Spotkanie wigilijne miało miejsce 14.12.2018 r. w nowo wybudowanej świetlicy wiejskiej w Kaliszanach. "
            "W spotkaniu uczestniczyło ok. 75 mieszkańców.")
    assert [(v.name, v.city) for v in find_venues(text)] == [("świetlicy wiejskiej w Kaliszanach", "Kaliszany")]


def test_a_numbered_table_row_gives_the_place_before_its_date(extractor):
    text = ("Harmonogram zebrań wiejskich.\n\n"
            "l.p. sołectwo miejscowości objęte działaniem sołectwa miejsce wyborów data i godzina\n"
            "1 Kaliszany Kaliszany U Sołtysa 09.02.2019\n\nGodz. 17.00\n\n"
            "2 Wola Duża Wola Duża Remiza OSP w Woli Dużej 14.02.2019\n\nGodz. 19.00\n\n"
            "3 Olszanka Olszanka, Kąty Świetlica wiejska w Olszance 16.02.2019\n\nGodz. 17.00\n")
    result = extractor.extract(text)
    assert _venues(result) == [("U Sołtysa", None, "Kaliszany"), ("Remiza OSP w Woli Dużej", None, "Wola Duża"),
                               ("Świetlica wiejska w Olszance", None, "Olszanka")]
    assert [(e["start"], e["venue"]) for e in result["events"]] == [
        ("2019-02-09T17:00", 0), ("2019-02-14T19:00", 1), ("2019-02-16T17:00", 2)]


def test_numbered_items_of_a_building_then_its_day_hours_and_room_give_each_event_its_building(extractor):
    text = ("Miejsce i termin spotkań:\n\n"
            " 1. Starostwo Powiatowe w Lipnie adres: ul. Polna 19, 24-100\n"
            "  03.11.2017, godz. 8.45 – 16.00, sala nr 102\n"
            " 2. Urząd Gminy Borki adres: ul. Leśna 6,\n  06.11.2017, godz. 8.45 – 16.00, sala konferencyjna, parter\n"
            " 3. Urząd Miasta Lipowiec adres: ul. Długa 12,\n  17.11.2017, godz. 9.00 – 15.00, sala mała, I piętro\n")
    result = extractor.extract(text)
    assert [name for name, _, _ in _venues(result)] == ["Starostwo Powiatowe w Lipnie", "Urząd Gminy Borki",
                                                       "Urząd Miasta Lipowiec"]
    assert [(e["start"][:10], e["venue"]) for e in result["events"]] == [
        ("2017-11-03", 0), ("2017-11-06", 1), ("2017-11-17", 2)]


@pytest.mark.parametrize("text, expected", [
    ("Konferencja podsumowująca odbędzie się w dniu 1 grudnia 2022 roku w Lipnowskim Ośrodku Kultury (74-400 Lipno, "
     "ul. Polna 20) o godzinie 10.", [("Lipnowskim Ośrodku Kultury", "74-400 Lipno, ul. Polna 20", "Lipno")]),
    ("Spotkanie rozpocznie się 5 maja 2024 r. o godz. 11 w Hotelu Marina Club w Siłach.",
     [("Hotelu Marina Club w Siłach", None, "Siła")]),
])
def test_a_postal_line_before_the_street_and_a_brand_name_after_the_place_noun(text, expected):
    assert [(v.name, v.address, v.city) for v in find_venues(text)][:1] == expected


def test_a_place_with_its_seat_ends_at_its_line_in_a_cell_a_line_table(extractor):
    text = ("KONSULTACJE SPOŁECZNE\nLp.\ntermin\ngodz.\nmiejsce\nprzedmiot\n1.\n03 września 2022 r.\n17.00\n"
            "świetlica wiejska w Kaliszanach\nStatut Sołectwa Kaliszany\n2.\n05 września 2022 r.\n18.00\n"
            "świetlica wiejska w Olszance\nStatut Sołectwa Olszanka\n")
    result = extractor.extract(text, published="2022-08-20")
    assert _venues(result) == [("świetlica wiejska w Kaliszanach", None, "Kaliszany"),
                               ("świetlica wiejska w Olszance", None, "Olszanka")]


def test_a_venue_name_wrapped_onto_the_next_line_of_prose_runs_on(extractor):
    text = ("Burmistrz zaplanował organizację spotkania otwartego w formie dyskusji publicznej, która odbędzie się "
            "w siedzibie Gminnego\nOśrodka Kultury w Kaliszanach, w dniu 14.06.2024 r. o godz. 17.00.")
    result = extractor.extract(text, published="2024-06-01")
    # one venue, not the adjective ending the line as a second
    assert [(v["name"].split()[-3:], v["city"]) for v in result["venues"]] == [
        (["Kultury", "w", "Kaliszanach"], "Kaliszany")]


def test_a_village_after_the_abbreviation_m_is_the_rows_town(extractor):
    text = ("Spotkania odbędą się:\n28.10.2016 r. – godz. 10:00 - Remiza OSP w m. Borki Wielkie (mieszkańcy Borek)\n"
            "03.11.2016 r. – godz. 9:00 - Remiza OSP w m. Kaliszany (mieszkańcy Kaliszan)\n")
    result = extractor.extract(text, published="2016-10-20")
    assert _venues(result) == [("Remiza OSP w m. Borki Wielkie", None, "Borki Wielkie"),
                               ("Remiza OSP w m. Kaliszany", None, "Kaliszany")]


def test_a_village_named_after_miejscowosc_in_a_schedule_row_is_the_rows_town(extractor):
    text = ("Nadleśniczy Nadleśnictwa Lipno zaprasza mieszkańców na spotkania:\n"
            "  • 08.10.2021 r., miejscowość Borki, godz. 1100-1230\n"
            "  • 08.10.2021 r., wieś Lipowiec, godz. 1300-1430\n")
    result = extractor.extract(text, published="2021-09-20")
    assert _venues(result) == [(None, None, "Borki"), (None, None, "Lipowiec")]
    assert [e["venue"] for e in result["events"]] == [0, 1]


def test_session_rows_naming_their_unit_then_the_building(extractor):
    text = ("Zapraszamy na spotkania konsultacyjne, które odbędą się w dniach 21-22 lipca 2022 r.\n\n"
            "Harmonogram spotkań:\n\n21 lipca 2022\n"
            "godz. 11.00-13.00 Gmina Borki, Budynek Gminnego Ośrodka Kultury w Borkach,\n"
            "godz. 14.00-16.00 Miasto Lipno, Sala konferencyjna Urzędu Miejskiego w Lipnie, Rynek 2, 38-300 Lipno.\n\n"
            "22 lipca 2022\ngodz. 11.00-13.00 Gmina Lipno, Budynek Urzędu Gminy Lipno, ul. Polna 2\n")
    record = extractor.extract(text)
    assert [(v["name"], v["city"]) for v in record["venues"]] == [
        ("Budynek Gminnego Ośrodka Kultury w Borkach", "Borki"),
        ("Sala konferencyjna Urzędu Miejskiego w Lipnie", "Lipno"), ("Budynek Urzędu Gminy Lipno", "Lipno")]


def test_meetings_said_to_be_held_in_places_joined_by_oraz_are_one_a_place(extractor):
    text = ("Pierwsze spotkania odbędą się w poniedziałek 14 września 2015 r. o godz. 15:00 w Gminnym Ośrodku "
            "Kultury w Lipnie oraz w Gminnym Ośrodku Kultury w Borkach.")
    result = extractor.extract(text, published="2015-09-01")
    assert [(e["start"], result["venues"][e["venue"]]["city"]) for e in result["events"]] == [
        ("2015-09-14T15:00", "Lipno"), ("2015-09-14T15:00", "Borki")]
    # one meeting at a place named with its neighbour is still one
    one = extractor.extract("Spotkanie odbędzie się 14 września 2015 r. o godz. 15:00 w świetlicy wiejskiej w "
                            "Lipnie oraz w remizie w Borkach.", published="2015-09-01")
    assert len(one["events"]) == 1
    # a town said first in another sentence, joined there to another, gives this meeting no second place
    later = extractor.extract("W dniach 28 i 30 września 2023 r. w Lipnie i Borkach zaczął się rok zajęć.\n"
                              "Następne spotkania odbędą się 26 października w Lipnie i 28 października w Willi w "
                              "Dębinie.", published="2023-10-01")
    assert [e["start"] for e in later["events"] if e["start"] > "2023-10"] == ["2023-10-26", "2023-10-28"]


def test_a_rows_district_before_its_hour_is_no_place_when_a_place_follows(extractor):
    # (a district named as a village elsewhere is still no town)
    text = ("Harmonogram spotkań konsultacyjnych:\n\n4.02.2013\n"
            "Dzielnica Dębina, godz. 17:00, Dzielnicowy Dom Kultury, ul. Polna 3\n"
            "Dzielnica Borki, godz. 17:00, Szkoła Podstawowa nr 2, ul. Leśna 5\n")
    assert _venues(extractor.extract(text)) == [("Dzielnicowy Dom Kultury", "ul. Polna 3", None),
                                                ("Szkoła Podstawowa nr 2", "ul. Leśna 5", None)]


def test_a_row_listing_two_villages_is_a_meeting_in_each_and_a_town_with_its_building_is_one(extractor):
    text = ("Terminy zebrań wiejskich:\n"
            "12 marca 2024 r. – Bukowie-Dolne, Nowa Wieś\n"
            "13 marca 2024 r. – Wola Głupicka\n")
    result = extractor.extract(text)
    # (the register writes `Bukowie Dolne`; pages join the words with a hyphen too)
    assert [(e["start"], result["venues"][e["venue"]]["city"]) for e in result["events"]] == [
        ("2024-03-12", "Bukowie Dolne"), ("2024-03-12", "Nowa Wieś"), ("2024-03-13", "Wola Głupicka")]
    one = extractor.extract("Spotkania z mieszkańcami:\n• 12 marca 2024, godz. 17.00 Lipno, Stara Szkoła, ul. Polna 1\n"
                            "• 13 marca 2024, godz. 17.00 Borki, Szkoła Podstawowa, ul. Leśna 2\n")
    assert [e["start"] for e in one["events"]] == ["2024-03-12T17:00", "2024-03-13T17:00"]


def test_a_rows_topic_opening_with_a_noun_a_village_shares_is_no_place(extractor):
    text = ("Zapraszamy na szkolenia dla pracowników socjalnych:\n"
            "• 3 kwietnia 2024 - Zasady rozliczania dotacji\n• 17 kwietnia 2024 - Ochrona danych osobowych\n")
    result = extractor.extract(text)
    assert [e["start"] for e in result["events"]] == ["2024-04-03", "2024-04-17"]
    assert result["venues"] == []


def test_a_header_of_where_and_when_over_rows_names_no_place_itself(extractor):
    text = ("Spotkania konsultacyjne\n\nGDZIE? KIEDY?\n"
            "– 18.11.2015 w godz. 17:00 – 20:00, Lokal Pod Lipą, ul. Polna 1a\n"
            "– 26.11.2015 w godz. 17:00 – 20:00, Szkoła Podstawowa nr 5, ul. Leśna 21\n")
    assert [v["name"] for v in extractor.extract(text)["venues"]] == ["Lokal Pod Lipą", "Szkoła Podstawowa nr 5"]


def test_meetings_of_two_days_in_three_places_say_not_which_day_where(extractor):
    text = ("W dniu 31 marca 2023 r. i 4 kwietnia 2023 r. w Starostwie Powiatowym w Lipnie, Starostwie Powiatowym "
            "w Borkach i Starostwie Powiatowym w Dębinie odbyły się spotkania informacyjne.")
    result = extractor.extract(text)
    assert [v["city"] for v in result["venues"]] == ["Lipno", "Borki", "Dębina"]
    assert [e["start"] for e in result["events"]] == ["2023-03-31", "2023-04-04"]


def test_one_day_of_meetings_in_two_places_is_a_meeting_in_each(extractor):
    text = "Spotkania odbędą się 15 września 2023 r. o godz. 15.00 w Ośrodku Sportu w Lipnie oraz MDK w Borkach."
    result = extractor.extract(text)
    assert [(e["start"], e["venue"]) for e in result["events"]] == [("2023-09-15T15:00", 0), ("2023-09-15T15:00", 1)]
