"""Dates in the shapes news reports print them: a short range of days a meeting was held in
(even when its sentence names the project or the works it was about), and the clock a server
printed beside the posting date."""
import datetime as dt

import pytest

from nlp.dates import find_published
from datekit import events


@pytest.mark.parametrize("text, expected", [
    ("W dniach 12-13 lutego 2015 r. odbył się ostatni zjazd uczestników projektu budowania wspólnych standardów.",
     [("2015-02-12", "2015-02-13")]),
    ("W dniach 22-23 lutego 2014 r. przedstawiciele naszego stowarzyszenia wzięli udział w spotkaniu dotyczącym "
     "budowy federacji organizacji.", [("2014-02-22", "2014-02-23")]),
    # a long range a series of meetings spans, and a project's period, are no meeting
    ("W dniach 1-30 czerwca 2015 r. trwa nabór do projektu.", []),
])
def test_a_short_range_of_days_a_meeting_was_held_in(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, published", [
    ("Nowa siedziba biblioteki\n\n21 lipca 2022 01:27\n\nWtorkowe posiedzenie komisji było otwarte dla mieszkańców.",
     dt.date(2022, 7, 21)),
    ("Debata w szkole\n14.03.2025, 14:03\n\nUczniowie dyskutowali o samorządzie.", dt.date(2025, 3, 14)),
])
def test_a_clock_no_meeting_starts_at_marks_a_posting_stamp(text, published):
    assert find_published(text)[0] == published


def test_a_round_hour_under_a_lone_date_is_still_the_meetings():
    text = "Spotkanie z mieszkańcami\n\n21 lipca 2022 17:00\n\nZapraszamy do świetlicy wiejskiej."
    assert find_published(text) is None
    assert events(text) == [("2022-07-21T17:00", None)]


def test_the_one_year_a_page_names_dates_its_year_less_days():
    text = ("Nasze Centrum bierze udział w programie Dom Kultury+ Inicjatywy Lokalne 2017.\n\nTerminarz spotkań:\n\n"
            "20 kwietnia Dom Kultury w Borkach godz. 17.00\n\n25 kwietnia Świetlica w Lipiu godz. 18.00")
    assert events(text) == [("2017-04-20T17:00", None), ("2017-04-25T18:00", None)]


def test_two_years_named_leave_year_less_days_to_the_calendar():
    text = "Omówimy Program 2020 oraz Program 2025. Spotkanie odbędzie się 20 kwietnia o godz. 17.00."
    assert events(text) == [("2026-04-20T17:00", None)]


@pytest.mark.parametrize("text", [
    "Konsultacje Strategii Rozwoju Gminy Borki 2030. Spotkanie odbędzie się 20 kwietnia o godz. 17.00.",
    "Konsultacje dokumentu Borki 2030+. Spotkanie odbędzie się 20 kwietnia o godz. 17.00.",
])
def test_the_year_a_plan_aims_at_dates_no_meeting(text):
    assert events(text) == [("2026-04-20T17:00", None)]


def test_a_meeting_of_a_projects_partners_over_two_days():
    text = ("W dniach 02.04.2019 r. – 03.04.2019 r. Regionalny Ośrodek w Borkach był gospodarzem Spotkania "
            "Partnerów Projektu „Razem”.")
    assert events(text) == [("2019-04-02", "2019-04-03")]


def test_days_run_into_the_word_dniach():
    text = "Dni Ekonomii Społecznej odbędą się w dniach28-30 listopada br. w Centrum Kultury."
    assert events(text, published=dt.date(2013, 11, 1)) == [("2013-11-28", "2013-11-30")]


def test_a_cms_byline_under_the_article_dates_the_page():
    text = ("Burmistrz zaprasza na konsultacje społeczne.\n\n" + "Zapraszamy wszystkich mieszkańców. " * 40
            + "\n\nSobota, 2 czerwca godz. 11:30, plac przy szkole.\n\n2018-05-30 11:58 Opublikował: Jan Kowalski")
    assert find_published(text)[0] == dt.date(2018, 5, 30)
    assert events(text) == [("2018-06-02T11:30", None)]


@pytest.mark.parametrize("text, expected", [
    ("W dniach 7 i 8 kwietnia 2010 w Ośrodku w Borkach odbyło się szkolenie.", [("2010-04-07", "2010-04-08")]),
    # two days apart, or without `w dniach`, stay two meetings
    ("W dniach 7 i 9 kwietnia 2010 odbędą się spotkania.", [("2010-04-07", None), ("2010-04-09", None)]),
    ("Spotkania odbędą się 7 i 8 kwietnia 2010 w świetlicy.", [("2010-04-07", None), ("2010-04-08", None)]),
])
def test_two_days_in_a_row_after_w_dniach_are_one_meeting(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("W dniach od 18.11.2022 do 28.11.2022 w ramach projektu „Aktywni razem” odbył się cykl zajęć świątecznych.",
     [("2022-11-18", "2022-11-28")]),
    # the meetings a long range spans, counted, are listed on their own
    ("Od 19 listopada do 29 grudnia 2020 odbędzie się łącznie 17 spotkań w ramach projektu.", []),
])
def test_one_thing_held_over_a_long_range(text, expected):
    assert events(text) == expected


def test_the_minutes_of_an_earlier_sitting_date_no_meeting():
    text = ("Protokół z sesji Rady Gminy Borki odbytej w dniu 22 listopada 2018 r.\n\nPrzewodniczący zaproponował, aby "
            "protokół z I sesji odbytej w dniu 19 listopada 2018 r. przyjąć bez czytania.")
    assert events(text) == [("2018-11-22", None)]
