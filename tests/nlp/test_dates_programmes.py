"""A programme's clock times are hours of the day it is under, never days of the year; a
date in a title stays a date when the page prints its ISO stamp on the next line."""
import datetime as dt

import pytest

from nlp.dates import find_dates

PUBLISHED = dt.date(2009, 6, 1)


def _mentions(text):
    return [(m.start, m.kind) for m in find_dates(text, published=PUBLISHED)]


def test_a_programme_on_one_line_gives_hours_of_its_day():
    text = ("Festyn rodzinny odbędzie się 18 czerwca 2009 r.\nProgram: 15.00 Powitanie 15.05 Występ przedszkolaków "
            "15.10 Pokaz strażaków 15.20 Loteria 16.50 Koncert 17:30 Zabawa taneczna")
    found = _mentions(text)
    assert [start for start, kind in found if kind == "event"] == ["2009-06-18T15:00"]   # its first hour
    assert {"2009-06-18T15:05", "2009-06-18T15:10", "2009-06-18T15:20"} <= {start for start, _ in found}
    assert not any(start.startswith(("2009-05-15", "2009-10-15")) for start, _ in found)


def test_a_programme_one_item_a_line():
    text = "Seminarium 18 czerwca 2009 r.\nPlan dnia:\n10.00 – kawa\n10.05 – przywitanie\n10.10 – referat\n"
    starts = [start for start, _ in _mentions(text)]
    assert "2009-06-18T10:05" in starts and "2009-06-18T10:10" in starts
    assert not any(start.startswith(("2009-05-10", "2009-10-10")) for start in starts)


def test_a_programme_item_titled_in_quotes_is_an_hour_not_a_day():
    text = ("Seminarium 18 czerwca 2009 r.\nPlan dnia:\n- 11.00 – powitanie\n- 11.10 – „Czuwa nad nami” – projekt "
            "szkolny\n- 11.45 – słowo od dyrektora\n")
    starts = [start for start, _ in _mentions(text)]
    assert "2009-06-18T11:10" in starts and not any(start.startswith("2009-10-11") for start in starts)


def test_a_programme_of_ranges_of_hours():
    text = ("Forum odbędzie się 18 czerwca 2009 r. o godz. 14.00.\nProgram forum:\n13.45 – Rejestracja.\n"
            "14.00 -14.10 – Przywitanie.\n14.10 -14.30 – Omówienie ankiety.\n14.30 -15.45 – Praca w grupach.")
    found = _mentions(text)
    assert [start for start, kind in found if kind == "event"] == ["2009-06-18T14:00"]
    assert not any(start.startswith("2009-10-14") for start, _ in found)


@pytest.mark.parametrize("text, days", [
    # a list of days sharing one hour is still a list of days
    ("Spotkania odbędą się 12.06, 19.06 i 26.06 o 17.00 w świetlicy.", ["2009-06-12", "2009-06-19", "2009-06-26"]),
    ("Dyżury: 12.06 Lipno 17.00 - 18.00, 19.06 Kolonia 17.00 - 18.00.", ["2009-06-12", "2009-06-19"]),
])
def test_days_sharing_an_hour_stay_days(text, days):
    assert [start[:10] for start, kind in _mentions(text) if kind == "event"] == days


def test_numbers_with_units_are_no_programme():
    text = "Dwa oporniki po 2.24 Ω i 1.12 Ω połączono szeregowo, a kolejkę w skali 1:87 Napędza silnik 0.18 Kw."
    assert _mentions(text) == []


def test_a_title_date_above_the_iso_stamp():
    text = "Remont chodnika 9 września\n2019-09-09\nEkipy wracają na ulicę Polną."
    spans = [text[m.span[0]:m.span[1]] for m in find_dates(text, published=dt.date(2019, 9, 9))]
    assert spans == ["9 września", "2019-09-09"]


@pytest.mark.parametrize("text, published, day", [
    # a weekday's adjective before a plural noun names one day when the clause is in the future
    ("Punktem kulminacyjnym festynu będą niedzielne występy zespołów.", dt.date(2018, 6, 1), "2018-06-03"),
    ("Początek sobotnich rozgrywek nastąpi o godzinie 10.", dt.date(2018, 6, 1), "2018-06-02T10:00"),
])
def test_a_weekday_adjective_names_the_coming_day(text, published, day):
    assert [m.start for m in find_dates(text, published=published)] == [day]


def test_a_weekday_adjective_of_a_habit_names_no_day():
    assert find_dates("Sobotnie treningi cieszą się dużym zainteresowaniem.", published=dt.date(2018, 6, 1)) == []


def test_a_programme_of_several_days_gives_each_line_the_day_it_is_under():
    text = ("PROGRAM DNI GMINY\n1 czerwca 2009 r. (poniedziałek)\n16.00 – otwarcie dni gminy przez wójta\n"
            "21.00 – 24.00 zabawa taneczna\n\n3 czerwca 2009 r. (środa)\n11.00 – msza w kościele parafialnym\n"
            "18.00 – koncert orkiestry dętej\n22.00 – zakończenie dni gminy")
    starts = [start for start, _ in _mentions(text)]
    assert "2009-06-01T21:00" in starts   # (a range to midnight)
    assert "2009-06-03T18:00" in starts and "2009-06-03T22:00" in starts
    assert not any(start.startswith(("2009-06-01T18", "2009-06-01T22")) for start in starts)


def test_a_days_own_weekday_after_a_dash_heads_its_programme():
    # `- sobota` is the date's own weekday, not a day of its own that takes the second hour
    text = ("Festiwal zespołów\n10.10.2009 - sobota\n12:00 Warsztaty artystyczne\n15:00 Parada zespołów\n"
            "16:30 Koncert IV\n11.10.2009 - niedziela\n12:00 Koncert galowy")
    assert [start for start, _ in _mentions(text)] == ["2009-10-10T12:00", "2009-10-10T15:00", "2009-10-10T16:30",
                                                       "2009-10-11T12:00"]
