"""Times listed after one cue (`o godz. 13.30, 15.30 i 17.30`), four-digit hours after `od`
in `w godzinach od 700 do 1600`, and weekdays that name a habit, not a date: `każde czwartkowe
spotkanie`, `w każdą trzecią niedzielę`, `5 niedzielę Wielkiego Postu`, `w dni powszednie i
niedzielne`; hours in brackets after each game of a day and times alone on their lines;
four-digit hours opening a programme's lines."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import find_dates

MONDAY = dt.date(2024, 5, 6)


def values(text: str) -> list[tuple[str, str | None]]:
    return [(m.start, m.end) for m in find_dates(text, published=MONDAY, today=MONDAY)]


@pytest.mark.parametrize("text, expected", [
    ("Msze św. 12 maja o godz. 13.30, 15.30 i 17.30.",
     ["2024-05-12T13:30", "2024-05-12T15:30", "2024-05-12T17:30"]),
    ("Spotkania 12 maja o godz. 10.00, 12.00, 14.00 oraz 16.00.",
     ["2024-05-12T10:00", "2024-05-12T12:00", "2024-05-12T14:00", "2024-05-12T16:00"]),
    ("Seanse 12 maja o 10.00, 12.00 i 14.00.", ["2024-05-12T10:00", "2024-05-12T12:00", "2024-05-12T14:00"]),
])
def test_every_time_of_a_list_after_one_cue(text, expected):
    assert [start for start, _ in values(text)] == expected


def test_a_list_of_scores_without_a_cue_names_no_time():
    assert values("Wyniki meczów: 3.15, 2.45 i 1.30.") == []


def test_four_digit_hours_after_od_in_a_range_of_hours():
    assert values("Utrudnienia w ruchu w dniu 14 maja w godzinach od 700 do 1600.") \
        == [("2024-05-14T07:00", "2024-05-14T16:00")]


@pytest.mark.parametrize("text", [
    "Każde czwartkowe spotkanie rozpoczyna się o zmroku.",
    "W każdą trzecią niedzielę miesiąca zbiórka harcerzy.",
    "Co drugi czwartek spotyka się klub seniora.",
    "Przeżywamy 5 niedzielę Wielkiego Postu.",
    "Porządek Mszy w dni powszednie i niedzielne nie uległ zmianie.",
])
def test_a_weekday_of_habit_names_no_date(text):
    assert values(text) == []


def test_a_weekday_with_its_coming_date_is_still_read():
    assert values("Zapraszamy w najbliższą niedzielę na festyn.") == [("2024-05-12", None)]


def test_the_number_of_a_list_item_after_a_bare_cue_is_no_hour():
    text = ("Spotkania odbędą się w dniu 4 lipca 2022 r. w sali narad w godz. :\n\n1. godz. 13:00\n\ndla radnych\n\n"
            "2. godz. 15:30\n\ndla sołtysów")
    assert [start for start, _ in values(text)] == ["2022-07-04T13:00", "2022-07-04T15:30"]


def test_a_day_a_meeting_was_moved_from_is_not_its_day():
    found = find_dates("Posiedzenie komisji planowane na dzień 23.03.2020 r. zostało przełożone na dzień "
                       "30.03.2020 r. Posiedzenie odbędzie się w Domu Strażaka o godz. 14.00.",
                       published=dt.date(2020, 3, 20), today=dt.date(2020, 3, 20))
    assert [(m.start, m.kind) for m in found] == [("2020-03-23", "other"), ("2020-03-30T14:00", "event")]


def test_a_part_of_every_such_day_names_no_date():
    assert values("Festyny odbywają się co tydzień. Każde czwartkowe popołudnie to zabawa dla rodzin.") == []


def test_an_hour_said_before_the_date_of_its_sentence_takes_that_date():
    text = ("Festyn\n27 sie 2012\n\nUroczysta msza odprawiona o g. 14.00 w kościele parafialnym rozpocznie "
            "XIV Dożynki Gminne, które odbędą się w niedzielę, 2 września.")
    found = find_dates(text, published=dt.date(2012, 8, 27), today=dt.date(2012, 8, 27))
    assert "2012-09-02T14:00" in [m.start for m in found]


def test_a_programme_hour_keeps_its_programme_day_not_a_date_in_its_item():
    text = ("Spotkanie odbędzie się w czwartek, 7 października w godzinach 10.30 – 13.30. "
            "10.30 – 11.00 - wprowadzenie. 11.00 – 12.00 - panel o relacjach reporterskich z protestów "
            "w dniach 3-10 sierpnia z udziałem reporterów.")
    found = find_dates(text, published=dt.date(2010, 10, 5), today=dt.date(2010, 10, 5))
    assert [m.start for m in found if m.text.startswith("11.00")] == ["2010-10-07T11:00"]


def test_hours_on_the_hour_listed_after_a_labels_colon():
    text = "Msza przeniesiona na sobotę 2 maja, porządek Mszy św.: 7.00, 9.00 i 18.00."
    assert [start for start, _ in values(text)] == ["2024-05-02T07:00", "2024-05-02T09:00", "2024-05-02T18:00"]


def test_a_weekday_said_with_za_tydzien_is_next_weeks():
    assert values("Msze św. za tydzień w niedzielę będą o godz. 7.30.") == [("2024-05-19T07:30", None)]


def test_days_written_with_a_slash_heading_a_programme():
    text = "Szczegółowy program:\n\n23/05\n\n19.00 koncert\n\n24/05\n\n19.00 spektakl"
    assert [start for start, _ in values(text)] == ["2024-05-23T19:00", "2024-05-24T19:00"]


def test_a_fraction_alone_on_its_line_is_no_day():
    assert values("Wynik głosowania:\n3/4\nradnych było za.") == []


def test_the_29th_of_february_without_a_year_is_the_last_leap_days():
    found = find_dates("W czwartek (29.02.) w sali przy urzędzie odbyło się spotkanie z mieszkańcami.",
                       today=dt.date(2026, 5, 6))
    assert [(m.start, m.kind) for m in found] == [("2024-02-29", "event")]


def test_birth_date_limits_are_no_deadlines():
    text = ("Na spotkanie zaproszeni zostali mieszkańcy w wieku emerytalnym: kobiety urodzone do 31.03.1955 r. "
            "oraz mężczyźni urodzeni do 31.03.1950 r.")
    assert {m.kind for m in find_dates(text, today=MONDAY)} == {"other"}


def test_a_deadline_given_as_a_range_keeps_both_ends():
    found = find_dates("Zapisy na lektoraty będą przyjmowane w dniach 22-24 września w godz. 10.00 – 13.00.",
                       published=dt.date(2025, 9, 1), today=dt.date(2025, 9, 1))
    assert [(m.kind, m.start, m.last_day) for m in found] == [("deadline", "2025-09-22", "2025-09-24")]


@pytest.mark.parametrize("text", [
    "XXVIII niedziela zwykła. Zbiórka na tacę.",
    "V NIEDZIELA WIELKIEGO POSTU",
    "Ogłoszenia parafialne.\n1. Czwarta niedziela Wielkiego Postu. Taca na remont.",
    "W piątą niedzielę zwykłą zbiórka do puszek.",
    "Klub ma wiele do zaoferowania. W piątki i soboty gramy koncerty.",
])
def test_counted_sundays_and_weekdays_of_every_week_name_no_date(text):
    assert values(text) == []


def test_the_first_sunday_of_the_month_in_a_weeks_notices_is_still_read():
    assert [start for start, _ in values("Z racji I niedzieli miesiąca zbiórka na tacę.")] == ["2024-05-12"]


def test_a_weekday_written_after_its_date_is_that_dates():
    text = "PROGRAM:\n\n11 grudnia sobota\n11.00-18.00 - kiermasz\n11.00-17.00 - warsztaty"
    found = find_dates(text, published=dt.date(2021, 12, 1), today=dt.date(2021, 12, 1))
    assert {m.day for m in found} == {"2021-12-11"}


def test_a_range_of_hours_in_a_programme_is_no_day_and_month():
    text = "Konferencja 3 czerwca 2019 r.\n\n10.00-10.10 powitanie gości\n\n10.10-10.30 wykład"
    found = find_dates(text, published=dt.date(2019, 5, 1), today=dt.date(2019, 5, 1))
    assert [m.start for m in found] == ["2019-06-03T10:00", "2019-06-03T10:10"]


def test_hours_in_brackets_after_each_game_of_a_day_are_that_days():
    text = ("Terminarz kolejki\nsobota, 11 maja\nOrły Dębina – Sokół Wola (16.00)\n"
            "Zryw Pola – Iskra Brzezie (18.30)\nniedziela, 12 maja\nGrom Lasek – Unia Borek (14:30)")
    found = find_dates(text, published=MONDAY, today=MONDAY)
    assert [(m.start, m.kind) for m in found] == [
        ("2024-05-11T16:00", "event"), ("2024-05-11T18:30", "other"), ("2024-05-12T14:30", "event")]


def test_a_score_in_brackets_is_no_hour():
    text = "W sobotę 11 maja drużyna wygrała 3:1 (21:19, 19:23, 25:22, 25:18)."
    assert [m.start for m in find_dates(text, published=MONDAY, today=MONDAY)] == ["2024-05-11"]


def test_times_alone_on_their_lines_are_a_log_of_the_day():
    text = ("Nasz rajd 11 maja 2024 r.\n9:15\nWyruszamy spod szkoły.\n11:40.\nPostój nad jeziorem.\n"
            "13:05\nObiad w schronisku.")
    found = find_dates(text, published=MONDAY, today=MONDAY)
    assert [m.start for m in found] == ["2024-05-11T09:15", "2024-05-11T11:40", "2024-05-11T13:05"]
    # one time alone on a line, with nothing like it around, may be anything (a score, a result)
    assert [m.start for m in find_dates("Mecz 11 maja 2024 r.\nWynik:\n2:10\nbrawo!",
                                        published=MONDAY, today=MONDAY)] == ["2024-05-11"]


def test_each_item_of_a_list_of_meetings_with_their_own_deadlines_is_a_meeting():
    text = ("Zapraszamy na regionalne spotkania konsultacyjne:\n"
            "• w Borkach (23.01) – rekrutacja do 20 stycznia;\n"
            "• w Lipnie (24.01) – rekrutacja do 21 stycznia;\n"
            "• w Jaworku (3.02) – rekrutacja do 29 stycznia.")
    found = find_dates(text, published=MONDAY.replace(month=1, day=2), today=MONDAY)
    assert [(m.day, m.kind) for m in found] == [
        ("2024-01-23", "event"), ("2024-01-20", "deadline"), ("2024-01-24", "event"), ("2024-01-21", "deadline"),
        ("2024-02-03", "event"), ("2024-01-29", "deadline")]


def test_a_programme_whose_hours_lost_their_colon_and_a_chronology_that_is_no_programme():
    programme = ("Program festiwalu.\n3 lipca\n1700 AS: koncert zespołu Lipa\n1730 TS: spektakl Borki\n"
                 "1800 MS: koncert Jana Lisa\n1900 AS: pokaz filmu\n")
    found = find_dates(programme, published=dt.date(2008, 7, 1), today=dt.date(2008, 7, 1))
    assert [m.start for m in found] == ["2008-07-03T17:00", "2008-07-03T17:30", "2008-07-03T18:00", "2008-07-03T19:00"]
    # (a day and month's line over a number: no year before 1900 runs over a line break)
    chronology = "Historia wsi.\n1700 Lokacja wsi przez króla.\n1800 Budowa kościoła.\n1900 Powstanie szkoły.\n"
    assert not find_dates(chronology, published=dt.date(2008, 7, 1), today=dt.date(2008, 7, 1))


def test_a_days_meetings_listed_a_line_each_by_cued_hours_are_each_a_meeting():
    text = ("Zapraszamy na jutrzejsze (16 listopada) spotkania w ratuszu. Godziny konsultacji:\n"
            "o godz. 11.00 – spotkanie z przedsiębiorcami,\no godz. 13.00 – spotkanie z organizacjami,\n"
            "o godz. 15.00 – spotkanie z mieszkańcami.")
    found = find_dates(text, published=dt.date(2021, 11, 15), today=dt.date(2021, 11, 15))
    assert [m.start for m in found if m.kind == "event"] == ["2021-11-16T11:00", "2021-11-16T13:00", "2021-11-16T15:00"]
    # a programme's items open with bare times: one meeting
    programme = "Konferencja 16 listopada 2021 r.\n10.00 – spotkanie z wójtem\n10.30 – wykład\n11.00 – dyskusja"
    found = find_dates(programme, published=dt.date(2021, 11, 15), today=dt.date(2021, 11, 15))
    assert [m.start for m in found if m.kind == "event"] == ["2021-11-16T10:00"]


def test_a_house_number_ending_a_line_is_no_day_of_the_next_lines_date():
    # `ul. Jesienna 8;` / `8 kwietnia`: a list of days stays on one line
    text = ("Kolejne konsultacje na osiedlach:\n\n24 maja - SP nr 13, ul. Polna 3D;\n25 maja - ZS nr 3, ul. Leśna 8;\n"
            "8 czerwca - ZSE, ul. Długa 14;\n12 czerwca - LO, ul. Krótka 9.")
    assert values(text) == [("2024-05-24", None), ("2024-05-25", None), ("2024-06-08", None), ("2024-06-12", None)]


def test_days_of_one_month_in_a_list_share_one_year():
    # (28 February, alone, is months after the December page and past in its clause's tense)
    text = "Do spotkania z drużyną z Lipna miało dojść 14 lub 28 lutego."
    found = find_dates(text, published=dt.date(2014, 12, 29), today=dt.date(2014, 12, 29))
    assert [m.start for m in found] == ["2015-02-14", "2015-02-28"]


def test_a_list_running_into_the_new_year_still_takes_each_month_s_year():
    text = "Spotkania odbędą się 28 grudnia i 4 stycznia w świetlicy."
    found = find_dates(text, published=dt.date(2014, 12, 10), today=dt.date(2014, 12, 10))
    assert [m.start for m in found] == ["2014-12-28", "2015-01-04"]


def test_fat_thursday_names_a_feast_not_a_coming_thursday():
    text = "Koło zaprasza na „Tłusty czwartek z bluesem”. W tłusty czwartek jemy pączki."
    assert find_dates(text, published=dt.date(2017, 2, 1), today=dt.date(2017, 2, 1)) == []
