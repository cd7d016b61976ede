"""Schedules of village meetings as municipal pages publish them: tables flattened one cell
per line (blank lines between cells, a place's cell broken over two lines, the place before
or after the date), numbered and barred rows, and lists that name each village's place."""
import pytest

from nlp import Extractor
from nlp.venues import find_venues


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _venues(result):
    return [(v["name"], v["city"]) for v in result["venues"]]


def _rows(result):
    return [(e["start"], e["venue"]) for e in result["events"]]


def test_a_table_flattened_cell_by_cell_with_the_place_before_the_date(extractor):
    text = ("Harmonogram zebrań wiejskich\n\nLp.\nSołectwo\nMiejsce zebrania\nData\nGodzina\n"
            "1.\nKaliszany\nŚwietlica wiejska w Kaliszanach\n12.03.2024\n17:00\n"
            "2.\nOlszanka\nSzkoła Podstawowa w Olszance\n13.03.2024\n18:00\n")
    result = extractor.extract(text)
    assert _venues(result) == [("Świetlica wiejska w Kaliszanach", "Kaliszany"),
                               ("Szkoła Podstawowa w Olszance", "Olszanka")]
    assert _rows(result) == [("2024-03-12T17:00", 0), ("2024-03-13T18:00", 1)]


def test_a_table_flattened_with_blank_lines_gives_each_row_the_place_after_its_date(extractor):
    text = ("Harmonogram zebrań wiejskich - fundusz sołecki\n\nL.p.\n\nSołectwo\n\nData, godzina\n\n"
            "Miejsce zebrania\n\n1.\n\nKaliszany\n\n19.08.2019 r. (poniedziałek) Godz.16:30\n\n"
            "Świetlica Wiejska w Kaliszanach\n\n2.\n\nOlszanka\n\n07.09.2019 r. (sobota) Godz.18:00\n\n"
            "Mieszkanie Sołtysa\n\n3.\n\nWola Duża\n\n09.09.2019 r. (poniedziałek) Godz.19:00\n\n"
            "Świetlica Wiejska w Woli Dużej Górnej\n")
    result = extractor.extract(text)
    assert [name for name, _ in _venues(result)] == [
        "Świetlica Wiejska w Kaliszanach", "Mieszkanie Sołtysa", "Świetlica Wiejska w Woli Dużej Górnej"]
    assert _venues(result)[1] == ("Mieszkanie Sołtysa", "Olszanka")
    assert _rows(result) == [("2019-08-19T16:30", 0), ("2019-09-07T18:00", 1), ("2019-09-09T19:00", 2)]


def test_a_place_cell_broken_over_two_lines_is_read_whole(extractor):
    text = ("Harmonogram zebrań sprawozdawczo-wyborczych\n\nLp.\n\nNazwa sołectwa Data zebrania i godzina "
            "Miejsce zebrania\n\n1.\n\nKaliszany 12 luty 2019 r.\ngodz.1700\nświetlica\nOSP Kaliszany\n\n"
            "2.\n\nOlszanka 15 marca 2019 r.\ngodz.1800\n\nsala konferencyjna\nUrzędu Gminy Olszanka\n\n"
            "3.\n\nWola Duża 18 marca 2019 r.\ngodz.1700\n\n  u sołtysa\n")
    result = extractor.extract(text)
    assert _venues(result) == [("świetlica\nOSP Kaliszany", "Kaliszany"),
                               ("sala konferencyjna\nUrzędu Gminy Olszanka", "Olszanka"),
                               ("u sołtysa", "Wola Duża")]
    assert [venue for _, venue in _rows(result)] == [0, 1, 2]


def test_numbered_rows_of_town_place_and_date_give_each_town_its_place(extractor):
    text = ("Burmistrz zaprasza na spotkania konsultacyjne w sołectwach:\n"
            "1. Kaliszany – świetlica wiejska – 12 marca 2024 r., godz. 17.00\n"
            "2. Olszanka – budynek szkoły podstawowej – 13 marca 2024 r., godz. 18.00\n")
    result = extractor.extract(text)
    assert _venues(result) == [("świetlica wiejska", "Kaliszany"), ("budynek szkoły podstawowej", "Olszanka")]
    assert _rows(result) == [("2024-03-12T17:00", 0), ("2024-03-13T18:00", 1)]


def test_a_table_set_between_bars_gives_each_row_its_place(extractor):
    text = ("Harmonogram spotkań\n\n| Lp. | Miejscowość | Miejsce | Data | Godzina |\n"
            "| 1 | Kaliszany | Świetlica wiejska | 12.03.2024 | 17:00 |\n"
            "| 2 | Olszanka | Remiza OSP | 13.03.2024 | 18:00 |\n")
    result = extractor.extract(text)
    assert _venues(result) == [("Świetlica wiejska", "Kaliszany"), ("Remiza OSP", "Olszanka")]
    assert _rows(result) == [("2024-03-12T17:00", 0), ("2024-03-13T18:00", 1)]


def test_rows_held_at_someones_home_or_shop_name_that_place(extractor):
    text = ("Informuje się, że zebrania wiejskie odbędą się w następujących terminach:\n"
            "KALISZANY - 14.02.2011 godz. 17:00 sklep u p. Nowaków\n"
            "OLSZANKA – 15.02.2011 godz. 17:30 – u p. Kowalskich\n"
            "WOLA DUŻA – 16.02.2011 godz. 17:30 – remiza OSP Wola Duża\n")
    result = extractor.extract(text)
    assert _venues(result) == [("sklep u p. Nowaków", "Kaliszany"), ("u p. Kowalskich", "Olszanka"),
                               ("remiza OSP Wola Duża", "Wola Duża")]


def test_a_village_said_before_its_date_is_the_city_of_the_place_after_it(extractor):
    text = ("Zebrania odbędą się: w Kaliszanach – 12 marca 2024 r. o godz. 17.00 w świetlicy wiejskiej, "
            "w Olszance – 13 marca 2024 r. o godz. 18.00 w remizie OSP.\n\n"
            "Zebranie wiejskie w sołectwie Wola Duża odbędzie się 14 marca 2024 r. o godz. 17.30 w szkole "
            "podstawowej.\n")
    result = extractor.extract(text)
    assert [city for _, city in _venues(result)] == ["Kaliszany", "Olszanka", "Wola Duża"]
    assert [venue for _, venue in _rows(result)] == [0, 1, 2]


def test_rows_of_times_under_a_date_heading_each_take_their_own_place(extractor):
    text = ("HARMONOGRAM\n\n12 maja 2024 r.\n\n"
            "  • godz. 13.00 – budynek remizy OSP Kaliszany – zebranie wiejskie sołectwa Kaliszany,\n\n"
            "19 maja 2024 r.\n\n"
            "  • godz. 11.00 – sala gimnastyczna SP w Olszance – zebranie wiejskie sołectwa Olszanka,\n"
            "  • godz. 12.30 – budynek SP 2 w Woli Dużej – zebranie wiejskie sołectwa Wola Duża,\n"
            "  • godz. 14.00 – remiza OSP w Kątach – zebranie wiejskie sołectwa Kąty.\n")
    result = extractor.extract(text)
    assert [name for name, _ in _venues(result)] == [
        "budynek remizy OSP Kaliszany", "sala gimnastyczna SP w Olszance", "budynek SP 2 w Woli Dużej",
        "remiza OSP w Kątach"]
    assert _rows(result) == [("2024-05-12T13:00", 0), ("2024-05-19T11:00", 1), ("2024-05-19T12:30", 2),
                             ("2024-05-19T14:00", 3)]


def test_a_table_of_date_weekday_village_and_time_gives_each_village(extractor):
    text = ("Poniżej zamieszczamy harmonogram zebrań wiejskich :\n\nL.p.\n\nDATA\n\nDZIEŃ\n\nMIEJSCOWOŚĆ\n\n"
            "GODZINA\n\n\n1.\n\n\n13.03.2022\n\n\nNIEDZIELA\n\n\nKALISZANY\n\n\n10:30\n\n\n"
            "2.\n\n\n13.03.2022\n\n\nNIEDZIELA\n\n\nOLSZANKA\n\n\n17:00\n\n\n"
            "3.\n\n\n18.03.2022\n\n\nPIĄTEK\n\n\nWOLA DUŻA\n\n\n18:00\n")
    result = extractor.extract(text)
    assert _venues(result) == [(None, "Kaliszany"), (None, "Olszanka"), (None, "Wola Duża")]
    assert [venue for _, venue in _rows(result)] == [0, 1, 2]


def test_lines_that_open_with_their_village_give_a_common_place_that_village(extractor):
    text = ("W sierpniu zebrania wiejskie zaplanowano następująco:\n\n"
            "Kaliszany: 2.08.2019 r. (piątek) o godz. 18.00 w domu sołtysa,\n"
            "Olszanka: 3.08.2019 r. (sobota) o godz. 17.00 w domu sołtysa,\n"
            "Wola Duża: 4.08.2019 r. (niedziela) o godz. 15.00 w klubiku.\n")
    result = extractor.extract(text)
    assert _venues(result) == [("domu sołtysa", "Kaliszany"), ("domu sołtysa", "Olszanka"), ("klubiku", "Wola Duża")]
    assert [venue for _, venue in _rows(result)] == [0, 1, 2]


def test_a_meeting_at_a_body_named_by_its_acronym_and_town_is_there():
    text = ("Terminy kolejnych debat:\n8 października\nDebata społeczna w KPP w Borkach - godz. 12.00-14.00\n"
            "9 października\nDebata społeczna w KMP w Kaliszanach - godz. 12.00-14.00\n"
            "Porządek: omówienie wniosków ze spotkania w UW Opolskim w dniu 31.05.2023.\n")
    assert [(v.name, v.city) for v in find_venues(text)] == [("KPP w Borkach", "Borki"), ("KMP w Kaliszanach", "Kaliszany")]


def test_a_cell_naming_the_kind_of_meeting_before_its_village_and_place(extractor):
    text = ("Konsultacje odbędą się w formie spotkań z mieszkańcami.\n\nL.p.\n\nDzień\n\nPrzedział godzinowy\n\n"
            "Forma konsultacji\n\n1\n\n21.11.2021\n\n10.30-12.00\n\nSpotkanie konsultacyjne KALISZANY (GOK)\n\n"
            "2\n\n21.11.2021\n\n12.30-14.00\n\nSpotkanie konsultacyjne OLSZANKA   (Klub Strażaka)\n\n"
            "3\n\n30.11.2021\n\n08.00-10.00\n\nDyżur konsultacyjny\n\nUrząd Gminy Kaliszany\n\n"
            "Najbliższe zebranie: 12 grudnia 2021 r., godz. 17.00 – spotkanie Klubu Seniora.\n")
    result = extractor.extract(text)
    assert _venues(result) == [("GOK", "Kaliszany"), ("Klub Strażaka", "Olszanka"), ("Urząd Gminy Kaliszany", "Kaliszany")]


def test_rows_of_one_line_with_the_town_before_its_place_and_the_same_place_in_other_villages(extractor):
    text = ("Terminy spotkań\nLp data godzina miejscowość Miejsce spotkania\n"
            "1 02.03.2017 18:00 Kaliszany świetlica OSP Kaliszany\n"
            "2 12.03.2017 14:00 Nowa Wieś Świetlica OSP Nowa Wieś\n\n"
            "Lp. |\nSołectwo |\nTermin zebrania |\nMiejsce zebrania |\n1 |\nKąty |\n09.02.2015, godz. 18.00 |\n"
            "Sala wiejska |\n2 |\nLipie |\n03.03.2015 r., godz. 18.00 |\nSala wiejska „Stara poczta” |\n")
    result = extractor.extract(text)
    assert _venues(result) == [("świetlica OSP Kaliszany", "Kaliszany"), ("Świetlica OSP Nowa Wieś", "Nowa Wieś"),
                               ("Sala wiejska", "Kąty"), ("Sala wiejska „Stara poczta”", "Lipie")]


def test_a_country_is_no_town_of_a_venue():
    text = ("Polska szkoła w Europie: w ramach programu Erasmus+ nauczyciele z Polski odwiedzili szkołę partnerską "
            "w Hiszpanii, a 12 maja 2024 r. o godz. 10.00 w naszej szkole odbyło się spotkanie podsumowujące. "
            "Polska i Polacy w Europie – o tym rozmawiano.")
    result = find_venues(text, default_city="Polska")
    assert all(v.city not in ("Polska", "Hiszpania") for v in result)


def test_rows_of_date_place_and_time_on_one_line(extractor):
    text = ("Terminarz spotkań:\n\n20 kwietnia 2017 Dom Kultury w Kaliszanach godz. 17.00\n\n"
            "24 kwietnia 2017 Świetlica Wiejska w Olszance godz. 11.15\n\n25 kwietnia 2017 Dom Kultury w Kaliszanach godz. 18.00")
    result = extractor.extract(text)
    assert _venues(result) == [("Dom Kultury w Kaliszanach", "Kaliszany"), ("Świetlica Wiejska w Olszance", "Olszanka")]
    assert _rows(result) == [("2017-04-20T17:00", 0), ("2017-04-24T11:15", 1), ("2017-04-25T18:00", 0)]


def test_a_date_line_of_its_own_with_its_place_cell_below_after_a_blank_line(extractor):
    text = ("Konsultacje planu odnowy wsi Kaliszany\n\n11 maja 2023 godzina 17:00-19:00\n\n"
            "Urząd Gminy w Kaliszanach\n\nul. Szkolna 4\n\nCzytaj więcej")
    result = extractor.extract(text)
    assert [(v["name"], v["address"], v["city"]) for v in result["venues"]] == [
        ("Urząd Gminy w Kaliszanach", "ul. Szkolna 4", "Kaliszany")]


def test_a_village_cell_whose_dash_is_glued_to_the_village(extractor):
    text = ("Spotkania z mieszkańcami\n\n| data | miejscowość | godzina |\n"
            "| 18.09.2015 r. - piątek | Bukownica- remiza OSP | 19.00 |\n"
            "| 20.09.2015 r. - niedziela | Lipowiec - świetlica wiejska | 17.00 |\n")
    result = extractor.extract(text)
    assert _venues(result) == [("remiza OSP", "Bukownica"), ("świetlica wiejska", "Lipowiec")]
    assert _rows(result) == [("2015-09-18T19:00", 0), ("2015-09-20T17:00", 1)]


def test_a_timetable_with_the_village_before_its_day_and_hour_gives_each_row_its_village(extractor):
    text = ("Zebrania wiejskie w Gminie Lipno\n\nW sołectwach Gminy Lipno odbędą się coroczne zebrania wiejskie.\n\n"
            "Miejscowość Data Godzina\nBorki 29.01.2018 15:30\nDąbrowa 29.01.2018 17:00\nLipówka 30.01.2018 16:00\n\n"
            "Wszystkie zebrania odbędą się w miejscowych świetlicach wiejskich.")
    result = extractor.extract(text)
    assert [city for _, city in _venues(result)] == ["Borki", "Dąbrowa", "Lipówka"]
    assert _rows(result) == [("2018-01-29T15:30", 0), ("2018-01-29T17:00", 1), ("2018-01-30T16:00", 2)]


def test_a_row_naming_its_chair_before_the_place_gives_the_place_and_the_rows_village(extractor):
    text = ("Terminarz zebrań wiejskich zwołanych w celu wyboru sołtysów\n"
            "L. p. Nazwa sołectwa Data i godzina zebrania Przewodniczący zebrania Miejsce zebrania\n"
            "1. Borki 29.08.2024r., godz.18:00 Maja Sikora Zespół Szkolno - Przedszkolny\n"
            "2. Dąbrowa 22.08.2024r., godz.18:00 Beata Glińska Remiza OSP\n"
            "3. Zalesie 12.08.2024r., godz.18:00 Przemysław Kowalski Świetlica KGW\n")
    result = extractor.extract(text)
    assert _venues(result) == [("Zespół Szkolno", "Borki"), ("Remiza OSP", "Dąbrowa"), ("Świetlica KGW", "Zalesie")]
    assert [venue for _, venue in _rows(result)] == [0, 1, 2]


def test_a_capitalised_month_after_its_day_is_no_town(extractor):
    text = ("Wydarzenia w Lipnie: 12-16 Września 2023\n\nKongres odbywał się kolejno w Krakowie (24-26 maja) "
            "i Lipnie (12-16 września).")
    assert "Września" not in [city for _, city in _venues(extractor.extract(text))]


def test_village_common_rooms_after_a_row_held_in_the_office_s_room_stay_each_with_its_village(extractor):
    text = ("Harmonogram zebrań wiejskich\n\n1.\n\nDąbrowa\n\n24 lutego 2010 r. godz. 1800 (środa)\n\n"
            "świetlica wiejska\n\n2.\n\nKranek\n\nRyzowie\n\n27 lutego 2010 r. godz. 1000 (sobota)\n\n"
            "świetlica Urząd Gminy w Borkach\n\n3.\n\nZalesie\n\n1 marca 2010 r. godz. 1800 (poniedziałek)\n\n"
            "świetlica wiejska\n\n4.\n\nBrzozów\n\n2 marca 2010 r. godz. 1800 (wtorek)\n\nświetlica wiejska\n")
    assert _venues(extractor.extract(text)) == [
        ("świetlica wiejska", "Dąbrowa"), ("świetlica Urząd Gminy w Borkach", "Borki"),
        ("świetlica wiejska", "Zalesie"), ("świetlica wiejska", "Brzozów")]


def test_rows_of_one_day_under_its_date_and_weekday_lines_each_give_their_village_and_place(extractor):
    text = ("Wójt Gminy Borki zaprasza mieszkańców na zebrania wiejskie.\n\n"
            "DATA GODZINA MIEJSCOWOŚĆ MIEJSCE\n\n4 XII 2017\n\n(poniedziałek)\n\n"
            "17 : 00 Grabowo Dom Ludowy\n18 : 30 Zalesie Dom Kultury\n\n5 XII 2017\n\n(wtorek)\n\n"
            "17 : 00 Lipowo Świetlica Wiejska\n18 : 30 Dąbrowa Świetlica Wiejska\n")
    result = extractor.extract(text)
    assert _venues(result) == [("Dom Ludowy", "Grabowo"), ("Dom Kultury", "Zalesie"),
                               ("Świetlica Wiejska", "Lipowo"), ("Świetlica Wiejska", "Dąbrowa")]
    assert _rows(result) == [("2017-12-04T17:00", 0), ("2017-12-04T18:30", 1),
                             ("2017-12-05T17:00", 2), ("2017-12-05T18:30", 3)]


def test_a_flattened_row_with_a_first_and_a_second_term_gives_the_place_after_both(extractor):
    text = ("Terminy zebrań wiejskich.\n\nLP.\n\nSOŁECTWO\n\nDATA\n\nGODZINA\n\nMIEJSCE\n\n1.\n\nBORKI\n\n"
            "19.03.2018 r.\n\nI termin 18.00\n\nII termin 18.30\n\nświetlica wiejska\n\n2.\n\nZALESIE\n\n"
            "20.03.2018 r.\n\nI termin 18.00\n\nII termin 18.30\n\nRemiza OSP w Zalesiu\n")
    assert _venues(extractor.extract(text)) == [("świetlica wiejska", "Borki"), ("Remiza OSP w Zalesiu", "Zalesie")]


def test_a_row_s_number_and_village_on_one_line_give_the_village_to_its_place(extractor):
    text = ("Harmonogram zebrań wiejskich\n\nLp. Sołectwo Data Godzina Miejsce zebrania\n1. Borki\n\n"
            "20.05.2018 r.\n\ngodz. 1500-1530\n\nŚwietlica wiejska\nw Borkach\n2. Lipno\n\n21.05.2018 r.\n\n"
            "godz. 1700-1730\n\nDom sołtysa\n3. Dębina\n\n22.05.2018 r.\n\ngodz. 1600-1630\n\nDom sołtysa\n")
    result = extractor.extract(text)
    assert _venues(result) == [("Świetlica wiejska\nw Borkach", "Borki"), ("Dom sołtysa", "Lipno"),
                               ("Dom sołtysa", "Dębina")]
    assert _rows(result) == [("2018-05-20T15:00", 0), ("2018-05-21T17:00", 1), ("2018-05-22T16:00", 2)]


def test_meetings_counted_on_a_date_s_line_are_each_at_a_place_listed_under_it(extractor):
    text = ("Debaty społeczne\n\nData publikacji 25.02.2016\n\nDzisiaj w budynku Urzędu Gminy w Borkach odbyła się "
            "debata z mieszkańcami.\n\nDzisiaj odbędą się jeszcze 2 debaty:\n\n1. Klub Seniora przy ul. Polnej 4 "
            "w Lipnie\n\n2. Dom Ludowy w Lipowcu przy ul. Długiej 11\n\nNatomiast jutro planowane są kolejne "
            "trzy debaty:\n\n1. Remiza OSP w Dębinie przy ul. Krótkiej 2,\n\n2. Szkoła Podstawowa w Borkach przy "
            "ul. Szkolnej 1,\n\n3. Gminny Ośrodek Kultury w Lipnie przy ul. Leśnej 9.\n")
    result = extractor.extract(text)
    names = [name for name, _ in _venues(result)]
    rows = [(start, names[venue] if venue is not None else None) for start, venue in _rows(result)]
    assert rows == [("2016-02-25", "budynku Urzędu Gminy w Borkach"), ("2016-02-25", "Klub Seniora"),
                    ("2016-02-25", "Dom Ludowy w Lipowcu"), ("2016-02-26", "Remiza OSP w Dębinie"),
                    ("2016-02-26", "Szkoła Podstawowa w Borkach"), ("2016-02-26", "Gminny Ośrodek Kultury w Lipnie")]


def test_a_list_of_places_not_as_long_as_the_count_adds_no_meetings(extractor):
    text = ("Data publikacji 25.02.2016\n\nJutro odbędą się 3 debaty:\n\n1. Klub Seniora przy ul. Polnej 4 w Lipnie"
            "\n\n2. Dom Ludowy w Lipowcu przy ul. Długiej 11\n")
    assert [start for start, _ in _rows(extractor.extract(text))] == ["2016-02-26"]
