"""Schedules of several meetings on one page, in invented examples shaped like real municipal
pages: a date heading its day's rows, a table flattened a cell per line (the date itself split
over cells), two villages at the same hour, one time given for every date, and a programme
printed the same way, whose items are not meetings of their own."""
from __future__ import annotations

import datetime as dt

import pytest

from datekit import events
from nlp.dates import find_dates


def test_a_flattened_table_row_with_its_date_split_over_cells():
    text = ("Harmonogram zebrań sołeckich\n\nLP. DATA DZIEŃ MIEJSCOWOŚĆ GODZINA MIEJSCE\n1.\n\n14\n\nmarca\n\n"
            "2025 roku\n\n \n\nPiątek\n\n \n\nJaworzno\n\n \n\n17.00\n\nŚwietlica Wiejska w Jaworznie\n2.\n\n"
            "Brzozówka\n\n \n\n19.00\n\nŚwietlica Wiejska w Brzozówce\n3.\n\n17\n\nmarca\n\n2025 roku\n\n \n\n"
            "Poniedziałek\n\n \n\nLipnik\n\n \n\n18.00\n\nRemiza OSP w Lipniku\n")
    assert events(text) == [("2025-03-14T17:00", None), ("2025-03-14T19:00", None), ("2025-03-17T18:00", None)]


def test_rows_under_a_date_heading_each_a_meeting():
    text = ("Terminy kolejnych debat:\n12 listopada 2024\n"
            "Debata społeczna w Komendzie Powiatowej w Kole - godz. 10.00-12.00\n"
            "Debata społeczna w Komendzie Powiatowej w Turku - godz. 15.00-17.00\n"
            "13 listopada 2024\nDebata społeczna w Komendzie Miejskiej w Koninie - godz. 11.00-13.00\n")
    assert events(text) == [("2024-11-12T10:00", "2024-11-12T12:00"), ("2024-11-12T15:00", "2024-11-12T17:00"),
                            ("2024-11-13T11:00", "2024-11-13T13:00")]


def test_rows_opening_with_a_spaced_time_and_a_village():
    text = ("DATA GODZINA MIEJSCOWOŚĆ MIEJSCE\n\n3 XII 2024\n\n(wtorek)\n\n"
            "17 : 00 Lipnik Dom Ludowy\n18 : 30 Dębina Świetlica Wiejska\n\n"
            "5 XII 2024\n\n(czwartek)\n\n17 : 00 Turów Ośrodek Kultury\n")
    assert events(text) == [("2024-12-03T17:00", None), ("2024-12-03T18:30", None), ("2024-12-05T17:00", None)]


def test_a_programme_under_a_date_heading_is_one_meeting():
    text = ("Konferencja „Aktywni razem”\n\n12 kwietnia 2025 r.\n\n10:00 Rejestracja uczestników\n"
            "10:30 Otwarcie konferencji\n11:00 Wykład o wolontariacie\n12:30 Przerwa kawowa\n")
    assert events(text) == [("2025-04-12T10:00", None)]


def test_groups_listed_under_a_day_of_several_meetings():
    text = ("Wójt Gminy Lipowa zaprasza na spotkania konsultacyjne, które odbędą się 9 czerwca 2025 roku "
            "w sali narad Urzędu Gminy:\n\n- godz. 9:00 – sołtysi i radni\n\n- godz. 11:00 – przedsiębiorcy\n\n"
            "- godz. 13:00 – organizacje pozarządowe\n")
    assert events(text) == [("2025-06-09T09:00", None), ("2025-06-09T11:00", None), ("2025-06-09T13:00", None)]


def test_two_villages_at_the_same_hour_are_two_meetings():
    text = ("Najbliższe zebrania wiejskie:\n\n14 października 2024 (poniedziałek)\n\n"
            " • Lipowa – godz. 17:00 – świetlica wiejska\n • Dębina – godz. 17:00 – remiza OSP\n\n"
            "15 października 2024 (wtorek)\n\n • Olszyny – godz. 18:00 – szkoła podstawowa\n")
    assert events(text) == [("2024-10-14T17:00", None), ("2024-10-14T17:00", None), ("2024-10-15T18:00", None)]


@pytest.mark.parametrize("text, expected", [
    ("W niedzielę 22 lutego 2015 r. zebrania wiejskie odbędą się w Lipowej (w świetlicy, godz. 8.45) i Dębinie "
     "(w remizie OSP, godz. 11.30).", [("2015-02-22T08:45", None), ("2015-02-22T11:30", None)]),
    ("W niedzielę 22 lutego 2015 r. odbędą się dwa zebrania: o godz. 8.45 w Lipowej i o godz. 11.30 w Dębinie.",
     [("2015-02-22T08:45", None), ("2015-02-22T11:30", None)]),
    # one meeting held in two groups, each at its own hour
    ("Spotkanie z dzielnicowym odbyło się 28 października 2014 r. w szkole.\nSpotkanie zorganizowane w dwóch "
     "grupach o godz. 17.00 dla klas pierwszych i o 17.45 dla klas drugich.",
     [("2014-10-28T17:00", None), ("2014-10-28T17:45", None)]),
    # a schedule's row of a town under the dated row of another: a meeting of that day
    ("Harmonogram spotkań:\n\n21.06.2023 r. Lipno, godzina 16:00 – sala sesyjna urzędu – spotkanie dla mieszkańców\n\n"
     "Borki, godzina 17:00 – świetlica wiejska – spotkanie dla mieszkańców\n\n"
     "22.06.2023 r. Lipno, godzina 16:00 – sala sesyjna urzędu\n\nBorki, godzina 16:00 – świetlica wiejska\n",
     [("2023-06-21T16:00", None), ("2023-06-21T17:00", None), ("2023-06-22T16:00", None),
      ("2023-06-22T16:00", None)]),
    # ... and districts' rows under a date on a line of its own, a comma before the hour or none
    ("Harmonogram spotkań:\n\n4.02.2013\nDzielnica Dębina, godz. 17:00, Szkoła Podstawowa nr 2, ul. Polna 3\n"
     "Dzielnica Lipowiec godz. 17:00 Gimnazjum nr 1, ul. Leśna 5\n",
     [("2013-02-04T17:00", None), ("2013-02-04T17:00", None)]),
    # a sentence opening on the next meeting gives that meeting's hour
    ("Konsultacje odbędą się 27 lutego 2014 r. w Urzędzie Gminy Lipno. Spotkanie odbędzie się w sali nr 5 o godz. "
     "9:00. Będzie to panel dla sołtysów. Kolejne spotkanie, dla przedsiębiorców, odbędzie się o godz. 13:00.",
     [("2014-02-27T09:00", None), ("2014-02-27T13:00", None)]),
    # the second term of one meeting is no meeting of its own
    ("Zebranie wiejskie odbędzie się 22 lutego 2015 r. o godz. 14.45. W przypadku braku kworum zebranie "
     "odbędzie się w drugim terminie o godz. 15.00.", [("2015-02-22T14:45", None)]),
])
def test_several_meetings_of_one_day_each_at_its_own_hour(text, expected):
    assert events(text) == expected


def test_a_second_term_written_with_its_full_date_is_no_meeting_of_its_own():
    text = ("Zebranie odbędzie się w świetlicy w Borkach w dniu\n\n17 października 2013 roku o godzinie 19.00.\n\n"
            "O ile w wyznaczonym terminie tj. 17.10.2013 o godz. 19.15 nie będzie wymaganej obecności mieszkańców, "
            "wybory odbędą się w nowym terminie. Wyznacza się drugi termin zebrania na dzień\n\n"
            "17 października 2013 roku o godzinie 19.30.")
    assert events(text) == [("2013-10-17T19:00", None)]
    # rows of a schedule, each with its terms, keep their own meetings on one day
    rows = ("1. Zebranie w Lipnie odbędzie się dnia 16 września 2022 r. o godz. 18:00 w pierwszym terminie i o godz. "
            "18:15 w drugim terminie w świetlicy.\n\n2. Zebranie w Borkach odbędzie się dnia 16 września 2022 r. o "
            "godz. 20:00 w pierwszym terminie i o godz. 20:15 w drugim terminie w remizie.")
    assert events(rows) == [("2022-09-16T18:00", None), ("2022-09-16T20:00", None)]


def test_a_range_of_hours_said_as_what_lies_between_them():
    text = "Zebranie odbyło się 9 stycznia 2012 r. między godziną 13.25 a 14.45 w świetlicy."
    spans = [(m.start, m.end) for m in find_dates(text, today=dt.date(2012, 2, 1))]
    assert spans == [("2012-01-09T13:25", "2012-01-09T14:45")]


def test_a_later_range_of_hours_listed_after_a_cued_one():
    text = "Zapisy przyjmujemy 21 sierpnia 2023 r. w godzinach 10 - 12 i 16 - 18 w auli ośrodka."
    spans = [(m.start, m.end) for m in find_dates(text, today=dt.date(2023, 8, 1))]
    assert spans == [("2023-08-21T10:00", "2023-08-21T12:00"), ("2023-08-21T16:00", "2023-08-21T18:00")]


def test_a_meeting_held_in_two_ranges_of_hours_is_two_sessions():
    text = ("Konsultacje odbędą się dn. 15.03.2024 r. (tj. piątek) w godzinach 8:00 – 10:00 oraz 15:30 – 17:15 w sali "
            "konferencyjnej Urzędu Gminy w Borkach.")
    assert events(text) == [("2024-03-15T08:00", "2024-03-15T10:00"), ("2024-03-15T15:30", "2024-03-15T17:15")]


def test_an_hour_said_of_all_meetings_after_their_list_is_each_ones():
    text = ("Harmonogram spotkań jest następujący:\n\n20 maja 2024 r., hotel Polny w Lipnie, ul. Polna 6\n"
            "22 maja 2024 r., hotel Leśny w Borkach, ul. Leśna 15\n28 maja 2024 r., Stara Kopalnia w Dębinie, "
            "ul. Górnicza 29.\nPoczątek wszystkich spotkań został zaplanowany na godzinę 11:00.")
    assert events(text) == [("2024-05-20T11:00", None), ("2024-05-22T11:00", None), ("2024-05-28T11:00", None)]


def test_a_change_register_s_entry_dates_no_meeting():
    text = ("Rejestr zmian\n2022-12-14 10:48 - modyfikacja zawartości strony `Protokół z sesji` przez użytkownika\n"
            "Sesja Rady Gminy odbyła się 2 listopada 2022 r. o godz. 15:30.")
    assert events(text) == [("2022-11-02T15:30", None)]


def test_a_title_repeating_the_bodys_date_is_still_one_meeting():
    text = ("Zebranie wiejskie 14.10.2024 godz. 17:00\n\n"
            "Sołtys zaprasza na zebranie wiejskie, które odbędzie się 14.10.2024 o godz. 17:00 w świetlicy.")
    assert events(text) == [("2024-10-14T17:00", None)]


def test_one_time_for_every_listed_day():
    text = ("Spotkania z mieszkańcami, wszystkie rozpoczną się o godz. 18:00, poprowadzi prezydent miasta.\n"
            "Terminy i miejsca spotkań:\n- Osiedle Słoneczne – 3 marca 2025\n"
            "Szkoła Podstawowa nr 2, ul. Leśna 4 - Osiedle Zielone – 5 marca 2025\n"
            "Dom Kultury, ul. Polna 7 - Osiedle Parkowe – 10 marca 2025\nBiblioteka Miejska, ul. Długa 1\n")
    assert events(text) == [("2025-03-03T18:00", None), ("2025-03-05T18:00", None), ("2025-03-10T18:00", None)]


def test_hours_said_before_a_list_of_days_are_each_days():
    text = ("Opublikowano: 20.02.2019\n\nRada Seniorów zaprasza na dyżury w Klubie Seniora przy ul. Polnej 3. "
            "Dyżury odbywają się w godz. "
            "14.00-15.30 w następujących terminach: marzec: 4.03, 18.03; kwiecień: 8.04.\n\n"
            "Rada działa od 2016 roku.")
    assert events(text) == [("2019-03-04T14:00", "2019-03-04T15:30"), ("2019-03-18T14:00", "2019-03-18T15:30"),
                            ("2019-04-08T14:00", "2019-04-08T15:30")]


def test_a_long_list_of_days_stays_a_list_of_meetings():
    regions = ["łódzkiego", "opolskiego", "lubelskiego", "lubuskiego", "śląskiego", "pomorskiego", "podlaskiego",
               "mazowieckiego", "podkarpackiego", "wielkopolskiego"]
    lines = "".join(f"  • {day}.11.2025 r. dla woj. {name}\n" for day, name in zip(range(3, 23, 2), regions))
    text = "Harmonogram spotkań przedstawia się następująco:\n\n  • spotkanie otwierające – 1.11.2025 r.\n" + lines
    assert [start for start, _ in events(text)] == ["2025-11-01"] + [f"2025-11-{d:02d}" for d in range(3, 23, 2)]


def test_year_less_days_take_the_only_year_the_page_names_after_them():
    text = ("Za nami spotkania informacyjne: 27 listopada w Urzędzie Gminy w Lipowej, 28 listopada w Domu Kultury "
            "w Dębinie.\nSpotkania były realizowane w ramach projektu aktywizacji mieszkańców w roku 2019.")
    assert [start for start, _ in events(text)] == ["2019-11-27", "2019-11-28"]


def test_a_date_field_repeated_in_a_numbered_item_is_one_meeting():
    text = ("Konsultacje w sprawie statutu sołectwa\n\nData:\n14.10.2024 17:00 do 19:00\n\n"
            "  1. Zebranie z mieszkańcami, które odbędzie się 14 października 2024 r. w świetlicy w godz. 17:00 – 19:00\n"
            "  2. Ankieta, którą można składać w dniach 7-14 października 2024 r.\n")
    assert events(text) == [("2024-10-14T17:00", "2024-10-14T19:00")]


def test_rows_of_time_ranges_under_a_date_each_at_its_own_office():
    text = ("Zapraszamy na spotkania konsultacyjne:\n\n14 października 2016 r. (piątek)\n\n"
            "godz. 10.00-12.00 Urząd Gminy Borki (dla sołectw gminy Borki)\n\n"
            "godz. 14.00-16.00 Urząd Gminy Lipie (dla sołectw gminy Lipie).")
    assert events(text) == [("2016-10-14T10:00", "2016-10-14T12:00"), ("2016-10-14T14:00", "2016-10-14T16:00")]


def test_a_programme_of_time_ranges_stays_one_meeting():
    text = ("Program konferencji:\n\n25 sierpnia 2015 r.\n\n9.00-10.30 Wykład wprowadzający\n\n"
            "10.30-11.00 Przerwa kawowa\n\n11.00-12.30 Panel dyskusyjny")
    assert events(text) == [("2015-08-25T09:00", "2015-08-25T10:30")]


def test_sessions_of_one_day_each_on_a_line_with_its_place_and_hours():
    text = ("Zapraszamy na spotkania w sprawie odpadów.\n18 października 2013 r.\n"
            "Borki – świetlica wiejska, ul. Polna 4, w godz. 15.30-16.30\n"
            "Lipno – remiza OSP, ul. Leśna 18, w godz. 17.00 – 18.00\n"
            "Dębina – szkoła podstawowa, w godz. 18.30-19.30\nTematyka spotkań: nowy system.")
    assert events(text) == [("2013-10-18T15:30", "2013-10-18T16:30"), ("2013-10-18T17:00", "2013-10-18T18:00"),
                            ("2013-10-18T18:30", "2013-10-18T19:30")]


def test_numbered_sessions_under_the_day_replace_its_undated_mention():
    text = ("Spotkania odbędą się w dniu 29 listopada 2016 r. według harmonogramu:\n\n"
            "1. Borki o godzinie 10.00 w świetlicy wiejskiej dla mieszkańców wsi:\nBorki, Lipno\n\n"
            "2. Dębina o godzinie 12.00 w remizie OSP dla mieszkańców wsi:\nDębina, Kaliszany\n")
    assert events(text) == [("2016-11-29T10:00", None), ("2016-11-29T12:00", None)]


def test_a_programme_under_the_day_is_no_list_of_sessions():
    text = ("Konferencja odbędzie się 3 grudnia 2015 r. w auli.\n9.00 – Rejestracja uczestników\n"
            "9.30 – Otwarcie konferencji\n10.00 – Wykład wprowadzający\n")
    assert [start for start, _ in events(text)] == ["2015-12-03T09:00"]


def test_a_weekday_abbreviation_glued_to_its_date_by_a_comma():
    text = ("Harmonogram zebrań wiejskich w roku 2015.\n"
            "1. Lipnik Wt., 26.05, godz. 19.00 Świetlica wiejska\n"
            "2. Dębina Pon.,01.06, godz. 18.00 OSP Dębina\n")
    assert events(text) == [("2015-05-26T19:00", None), ("2015-06-01T18:00", None)]


def test_meetings_said_to_start_at_an_hour_in_a_sentence_of_their_own_start_then_each_day():
    text = ("Prezydent w tym tygodniu spotyka się z mieszkańcami. Spotkania są otwarte dla wszystkich. Zaczynają się "
            "o godz. 17.\n\nSpotkania odbędą się:\n\n• Wtorek, 18 października 2016 Gimnazjum nr 3, ul. Lipowa 7\n\n"
            "• Środa 19 października 2016 Szkoła Podstawowa nr 6, ul. Polna 24")
    assert events(text) == [("2016-10-18T17:00", None), ("2016-10-19T17:00", None)]


def test_a_tables_column_of_days_and_months_under_its_column_names():
    text = ("Spotkania osiedlowe 2017\n\nTerminy i miejsca spotkań\nData Miejsce Osiedla\n"
            "15/05 BOK, ul. Lipowa 166 Bałuty\n16/05 SP 184, ul. Polna 19a Radogoszcz\n")
    assert events(text) == [("2017-05-15", None), ("2017-05-16", None)]


def test_a_fraction_or_a_case_number_said_once_is_no_day():
    assert events("Spotkanie 5 maja 2017 r. Kworum to 1/2 składu, sprawa nr 15/05 z wniosku radnych.") \
        == [("2017-05-05", None)]


def test_two_days_said_to_hold_one_day_meetings_are_two_meetings():
    assert events("W dniach 28 i 29 października 2015 r. w Borkach i Lipnie odbyły się jednodniowe konferencje.") \
        == [("2015-10-28", None), ("2015-10-29", None)]
    assert events("W dniach 28 i 29 października 2015 r. odbyła się konferencja.") == [("2015-10-28", "2015-10-29")]


def test_two_days_after_a_singular_verb_are_one_meeting_after_a_plural_two():
    assert events("Konferencja odbędzie się 20 i 21 września 2018 r. w hotelu.") == [("2018-09-20", "2018-09-21")]
    assert events("Najbliższe spotkania odbędą się już 4 i 5 marca 2018 r.") == [("2018-03-04", None),
                                                                             ("2018-03-05", None)]
    # the singular verb right after the days
    assert events("Forum, które 17 i 18 stycznia 2020 r. odbyło się w Lipnie, zgromadziło gości.") == [
        ("2020-01-17", "2020-01-18")]
    assert events("Zebrania, które 17 i 18 stycznia 2020 r. odbyły się w Lipnie, zgromadziły mieszkańców.") == [
        ("2020-01-17", None), ("2020-01-18", None)]
    # hours after the days, or a programme giving each day its own, make a session of each day
    assert events("Szkolenie odbędzie się 12 i 13 czerwca 2024 r. w godz. 9:00-13:00 (oba dni).") == [
        ("2024-06-12T09:00", "2024-06-12T13:00"), ("2024-06-13T09:00", "2024-06-13T13:00")]
    assert events("Seminarium odbędzie się 15 i 16 maja 2014 r. w Miliczu.\n15 maja, godz. 10.00 – 16.00: wykłady\n"
                  "16 maja, godz. 9.00 – 13.00: wizyta") == [("2014-05-15T10:00", "2014-05-15T16:00"),
                                                             ("2014-05-16T09:00", "2014-05-16T13:00")]


def test_a_health_promotion_day_is_a_meeting_day():
    assert events("Dnia 07.05.2018 r. Wójt Gminy Borki zorganizował Dzień Promocji Zdrowia w Lipnie.") \
        == [("2018-05-07", None)]


def test_rows_of_a_cell_a_line_table_at_the_same_day_and_hour_are_each_a_meeting():
    text = ("Harmonogram zebrań wiejskich\n\nLp.\n\nSołectwo\n\nData\n\nGodzina\n\n1\n\nLipnik\n\n14.09.2024 r.\n\n"
            "18:00\n\nŚwietlica\n\n2\n\nDębina\n\n14.09.2024 r.\n\n18:00\n\nRemiza OSP\n\n3\n\nTurów\n\n"
            "15.09.2024 r.\n\n19:00\n\nSzkoła\n")
    assert events(text) == [("2024-09-14T18:00", None), ("2024-09-14T18:00", None), ("2024-09-15T19:00", None)]


def test_hours_labelled_by_the_residents_they_are_for_are_sessions_of_their_own():
    text = ("Zapraszamy 19 maja 2021 r. na plac przed Urzędem Gminy,\n\nw godzinach:\n\n"
            "10:00 – 12:00 – mieszkańców Lipna i Borek;\n\n12:00 – 14:00 – mieszkańców Woli;\n\n"
            "14:00 – 16:00 – mieszkańców Kaliszan,\n\nna konsultacje społeczne.")
    assert events(text) == [("2021-05-19T10:00", "2021-05-19T12:00"), ("2021-05-19T12:00", "2021-05-19T14:00"),
                            ("2021-05-19T14:00", "2021-05-19T16:00")]


def test_a_meeting_at_its_hour_inside_a_period_of_weeks_is_the_event():
    text = ("W dniach od 15 maja do 13 czerwca 2023 r. odbędzie się wyłożenie projektu planu do publicznego wglądu.\n"
            "Dyskusja publiczna zostanie przeprowadzona w dniu 7 czerwca 2023 r. o godzinie 15.30.")
    assert events(text) == [("2023-06-07T15:30", None)]
    # a meeting of a few days keeps its programme's days
    assert events("Forum odbędzie się od 5 do 7 maja 2023 r.\n5 maja, godz. 10.00 – otwarcie\n6 maja, godz. 9.00 – "
                  "warsztaty") == [("2023-05-05T10:00", "2023-05-07")]


def test_two_days_written_with_a_slash_are_one_two_day_session():
    text = ("Szkolenia odbędą się w Ośrodku „Błękit” w Borkach:\nI. 26/27 listopada 2021 r. – powiat lipnowski;\n"
            "II. 02/03 grudnia 2021 r. – powiat borecki.")
    assert events(text) == [("2021-11-26", "2021-11-27"), ("2021-12-02", "2021-12-03")]


def test_a_dash_opening_a_line_is_an_item_not_the_end_of_a_range():
    text = ("Data wydania: 02.08.05\n- 15 sierpnia o godz. 20.00 w sali widowiskowej Centrum Kultury rozpocznie się "
            "koncert orkiestry.")
    assert events(text) == [("2005-08-15T20:00", None)]


def test_session_lines_that_open_with_their_hours_then_name_the_place():
    text = ("Zapraszamy na spotkania konsultacyjne, które odbędą się w dniach 21-22 lipca 2022 r.\n\n"
            "Harmonogram spotkań:\n\n21 lipca 2022\n"
            "godz. 11.00-13.00 Gmina Borki, Budynek Gminnego Ośrodka Kultury w Borkach,\n"
            "godz. 14.00-16.00 Miasto Lipno, Sala konferencyjna Urzędu Miejskiego w Lipnie.\n\n"
            "22 lipca 2022\ngodz. 11.00-13.00 Gmina Lipno, Budynek Urzędu Gminy Lipno, ul. Polna 2\n")
    assert [start for start, _ in events(text)] == ["2022-07-21T11:00", "2022-07-21T14:00", "2022-07-22T11:00"]


def test_session_lines_that_name_their_meeting_after_the_hours_then_its_place():
    text = ("Zaplanowano spotkania informacyjne z mieszkańcami.\n20 października 2025 r. (poniedziałek)\n"
            "- godz. 11:00–15:00 Indywidualne konsultacje z projektantami w Urzędzie Gminy w Borkach.\n"
            "- godz. 16:00–18:00 Spotkanie otwarte dla mieszkańców w Hali Sportowej w Borkach.\n")
    assert [start for start, _ in events(text)] == ["2025-10-20T11:00", "2025-10-20T16:00"]


@pytest.mark.parametrize("programme", [
    "godz. 10.00-11.00 Otwarcie konferencji\ngodz. 11.00-12.00 Wykład prof. Jana Nowaka\n",
    "godz. 10.00-11.00 Otwarcie konferencji w sali nr 5\ngodz. 11.00-12.00 Wykład o finansach w auli\n",
])
def test_a_programme_opening_its_lines_with_hours_is_one_meeting(programme):
    text = "Konferencja odbędzie się 21 lipca 2022 r.\n" + programme
    assert events(text) == [("2022-07-21T10:00", "2022-07-21T11:00")]


def test_an_hour_said_for_all_the_meetings_under_their_list_is_each_days_start():
    text = ("Spotkania z prezydentem odbędą się w trzech dzielnicach.\n\n08.05.2024 – Tężnia\n"
            "10.05.2024 – Świetlica, ul. Polna 1\n16.05.2024 – Pływalnia Miejska\n\n"
            "Wszystkie spotkania rozpoczynać się będą o godzinie 18:00")
    assert [start for start, _ in events(text)] == ["2024-05-08T18:00", "2024-05-10T18:00", "2024-05-16T18:00"]


def test_a_span_held_every_day_is_a_meeting_on_each_of_its_days():
    text = ("W dniach od 5-ego września do 7-ego września 2022 r. pracownicy LGD codziennie w godz. 16.00-18.00 "
            "odwiedzali jedną miejscowość, gdzie odbywały się spotkania konsultacyjne.")
    assert events(text) == [("2022-09-05T16:00", "2022-09-05T18:00"), ("2022-09-06T16:00", "2022-09-06T18:00"),
                            ("2022-09-07T16:00", "2022-09-07T18:00")]


def test_a_span_not_said_to_repeat_daily_stays_one_meeting():
    assert events("Konferencja odbędzie się w dniach 12-14 maja 2024 r. w Lipnie.") == [("2024-05-12", "2024-05-14")]


def test_bulleted_hours_each_with_its_town_under_a_day_named_before():
    text = ("Zapraszamy organizacje na cykl spotkań.\n15 kwietnia 2025 r. wiceminister spotka się z zainteresowanymi.\n"
            "Harmonogram konsultacji, które odbędą się we wtorek, 15 kwietnia 2025 r.:\n"
            "-10:00-11:15 Lipno - Urząd Miasta w Lipnie, ul. Długa 10\n"
            "- 12:00-13:15 Borki - Biblioteka Miejska, ul. Krótka 3\n"
            "- 15:00-16:15 Zalesie - Urząd Gminy Zalesie, Plac Wolności 16\n")
    assert events(text) == [("2025-04-15T10:00", "2025-04-15T11:15"), ("2025-04-15T12:00", "2025-04-15T13:15"),
                            ("2025-04-15T15:00", "2025-04-15T16:15")]


def test_hour_lines_under_a_dated_row_each_in_its_building():
    text = ("Dzielnicowi zapraszają mieszkańców na spotkania:\n"
            "- W dniu 17.02.2016 r. godz. 17.00 w Zespole Szkół w Borkach;\n"
            "godz. 18.00 w świetlicy wiejskiej w Zalesiu;\n"
            "godz. 19.00 w świetlicy wiejskiej w Dąbrowie;\n")
    assert events(text) == [("2016-02-17T17:00", None), ("2016-02-17T18:00", None), ("2016-02-17T19:00", None)]


def test_a_second_term_said_in_a_sentence_is_no_session():
    text = ("Zwołuję zebranie wiejskie w dniu 1 lutego 2024 r. o godz. 19.00 w domku sołeckim w Parceli.\n\n"
            "W razie braku quorum zebranie zacznie się o godz. 19.15.")
    assert events(text) == [("2024-02-01T19:00", None)]


def test_topics_listed_under_dates_below_a_label_of_meetings_are_meetings():
    text = ("Terminy spotkań w Dzielnicy Lipno:\n\n26 lutego 2018 r. (poniedziałek)\n\n17.00 – Sport i rekreacja\n\n"
            "18.00 – Oświata\n\n27 lutego 2018 r. (wtorek)\n\n17.00 – Sprawy społeczne\n\n19.00 – Kultura\n")
    assert events(text) == [("2018-02-26T17:00", None), ("2018-02-26T18:00", None),
                            ("2018-02-27T17:00", None), ("2018-02-27T19:00", None)]
    # (a programme's label names no meetings: its items are one meeting's)
    programme = text.replace("Terminy spotkań w Dzielnicy Lipno:", "Program konferencji w Lipnie:")
    assert events(programme) == [("2018-02-26T17:00", None), ("2018-02-27T17:00", None)]


def test_a_house_number_range_ending_the_line_above_is_no_day_of_the_next_line_s_date():
    text = ("Terminarz:\n– 8 lutego 2017 o godz. 17.00 w Szkole Podstawowej nr 4 przy ul. Polnej 4-6\n"
            "– 6 marca 2017 o godz. 17.00 w Gimnazjum nr 2 przy ul. Leśnej 21\n")
    assert events(text) == [("2017-02-08T17:00", None), ("2017-03-06T17:00", None)]


_SERIES = ("Burmistrz rusza w teren\nWizyta na Osiedlu Lipowym zainauguruje cykl spotkań burmistrza z mieszkańcami. "
           "Do końca marca urzędnicy odwiedzą 5 osiedli.\nPierwsze spotkanie 21 lutego na Lipowym.\n"
           "Osoby niepełnosprawne mogą zgłosić chęć transportu pod numerem 600 100 200.\n(red)\n"
           "21 lutego (wtorek), LIPOWE\nSzkoła Podstawowa nr 4\nul. Polna 7\n"
           "22 lutego (środa), PODGÓRZE\nZespół Szkół nr 2\nul. Leśna 5\n"
           "27 lutego (poniedziałek), BORKI\nDom Kultury\nul. Okólna 16\n")


def test_a_schedule_opening_on_the_meeting_named_above_it_lists_the_series():
    found = find_dates(_SERIES, published=dt.date(2025, 2, 10))
    assert [m.start for m in found if m.kind == "event"] == ["2025-02-21", "2025-02-22", "2025-02-27"]
    # (when the series ends is no deadline: nothing is due)
    assert not [m for m in found if m.kind == "deadline"]


def test_a_roster_passing_the_meetings_day_lists_no_meetings():
    text = ("Najbliższe posiedzenie Rady Seniorów odbędzie się 2 października w Domu Kultury w Lipnie.\n\n"
            "Członkowie Rady pełnią dyżury w każdy wtorek.\n\nHarmonogram dyżurów:\n\n"
            " • 25 września – Jan Lis\n • 2 października – Anna Borek\n • 9 października – Ewa Dąb\n"
            " • 16 października – Piotr Wrona\n")
    assert events(text, dt.date(2025, 9, 1)) == [("2025-10-02", None)]
