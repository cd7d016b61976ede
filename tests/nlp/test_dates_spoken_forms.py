"""Dates and hours as running text says them rather than prints them: a year counted from the
year of writing (`12 maja ub.r.`), a day the text also writes with its year, a weekday in the
genitive (`minionej soboty`), a night from one day to the next, a whole hour with no minutes
(`jutro o 18`, `w sobotę od 10 do 14`, `o 8 wieczorem`), an hour in words (`o dziewiętnastej`,
`w samo południe`), the hour a poster or programme line prints under a label or at a line's
start. Numbers that only look like hours (`o 17 zawodników więcej`, `wzrost o 17%`) stay none.

Every example is invented, in the style of local news and event pages. 14 May 2008 is a
Wednesday."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import find_dates

WEDNESDAY = dt.date(2008, 5, 14)


def found(text: str, published: dt.date | None = WEDNESDAY) -> list[tuple[str, str, str | None, str]]:
    """(evidence, start, end, kind) of every mention."""
    out = find_dates(text, published=published, today=dt.date(2026, 1, 1))
    for m in out:
        assert text[m.span[0]:m.span[1]] == m.text
    return [(m.text, m.start, m.end, m.kind) for m in out]


def starts(text: str, published: dt.date | None = WEDNESDAY) -> list[str]:
    return [start for _text, start, _end, _kind in found(text, published)]


# --- years counted from the year of writing -----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Dnia 12 maja ub.r. odbyło się zebranie sołeckie.", ["2007-05-12"]),
    ("Festyn odbył się 3 czerwca ubiegłego roku na błoniach.", ["2007-06-03"]),
    ("Pierwsze spotkanie odbyło się 20 września zeszłego roku.", ["2007-09-20"]),
    ("Zimowisko potrwa od 3 do 5 stycznia przyszłego roku.", ["2009-01-03"]),
    ("Zebranie odbyło się 12.05. ub. r. w remizie.", ["2007-05-12"]),
    ("Zebranie odbędzie się 12 maja br. w remizie.", ["2008-05-12"]),
])
def test_a_year_named_from_the_year_of_writing(text, expected):
    assert starts(text) == expected


def test_a_day_the_text_also_writes_with_its_year_takes_that_year():
    text = ("Łódź, 16 czerwca 2005 r.\nZAWIADOMIENIE\nPodczas festynu 1 maja w parku miejskim doszło do "
            "zniszczenia ławek. W dniu 1 maja 2005 roku około godz. 14.00 grupa osób …")
    # the page itself was saved years later: the year is the text's own, not the page's
    assert [s[:10] for s in starts(text, published=dt.date(2012, 11, 26))] == \
        ["2005-06-16", "2005-05-01", "2005-05-01"]


def test_two_years_for_one_day_and_month_leave_the_guess_to_the_page_date():
    text = "Festyn 1 maja 2005 r. i festyn 1 maja 2006 r. były udane. Tegoroczny festyn 1 maja się odbędzie."
    assert starts(text, published=dt.date(2008, 4, 20))[-1] == "2008-05-01"


def test_a_day_said_again_without_its_year_is_the_day_said_first():
    text = ("W niedzielę, 2 lutego, w remizie w Borkach odbyło się spotkanie opłatkowe parafian. – Tak się złożyło, "
            "że spotykamy się 2 lutego, kiedy kończymy śpiewać kolędy – mówi proboszcz.")
    days = {m.start for m in find_dates(text, today=dt.date(2026, 12, 6))}
    assert days == {"2026-02-02"}   # (not also 2027, a year after the same day)


# --- weekdays in the genitive ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Minionej soboty w hali MOSiR odbył się turniej.", "2008-05-10"),
    ("Ostatniej niedzieli odbył się festyn parafialny.", "2008-05-11"),
    ("Tej soboty na stadionie zagra orkiestra dęta.", "2008-05-17"),
    ("Następnej soboty zespół zagra w Łęczycy.", "2008-05-17"),
])
def test_a_weekday_in_the_genitive_takes_its_modifier(text, expected):
    assert starts(text) == [expected]


# --- from one day to the next ---------------------------------------------------------------------
def test_a_night_from_one_day_to_the_next_names_both_days_and_not_the_publication_day():
    assert found("W nocy z 10 na 11 maja nieznani sprawcy włamali się do kiosku.") == [
        ("10 na 11 maja", "2008-05-10", None, "other"), ("10 na 11 maja", "2008-05-11", None, "other")]


def test_a_meeting_moved_from_one_day_keeps_only_the_new_day_as_its_own():
    assert found("Zebranie wiejskie zostało przeniesione z 17 na 24 maja.") == [
        ("17 na 24 maja", "2008-05-17", None, "other"), ("17 na 24 maja", "2008-05-24", None, "event")]


def test_without_from_only_the_day_after_na_is_a_date():
    assert found("Zamiast 5 na 12 maja zaplanowano zebranie.") == [("12 maja", "2008-05-12", None, "event")]


# --- whole hours with no minutes ------------------------------------------------------------------
@pytest.mark.parametrize("text, evidence, start, end", [
    ("Jutro o 18 w remizie zebranie strażaków.", "Jutro o 18", "2008-05-15T18:00", None),
    ("Spotkanie odbędzie się w przyszły czwartek o 17.", "w przyszły czwartek o 17", "2008-05-15T17:00", None),
    ("Zebranie odbędzie się we wtorek 20 maja o 17.", "wtorek 20 maja o 17", "2008-05-20T17:00", None),
    ("W sobotę od 10 do 14 w szkole odbędzie się kiermasz.", "W sobotę od 10 do 14",
     "2008-05-17T10:00", "2008-05-17T14:00"),
    ("Koncert 20 maja ok. 19 w klubie Kwadrat.", "20 maja ok. 19", "2008-05-20T19:00", None),
    ("Koncert 20 maja o 8 wieczorem w klubie Kwadrat.", "20 maja o 8 wieczorem", "2008-05-20T20:00", None),
    ("W sobotę o 19-tej w klubie zagra Kult.", "W sobotę o 19-tej", "2008-05-17T19:00", None),
    ("W piątek (16 maja) o 18 spotkanie z autorem.", "piątek (16 maja) o 18", "2008-05-16T18:00", None),
])
def test_a_whole_hour_right_after_a_day(text, evidence, start, end):
    assert found(text) == [(evidence, start, end, "event")]


@pytest.mark.parametrize("text", [
    "W sobotę o 17 zawodników więcej stanie na starcie.",
    "W sobotę o 3 osoby więcej przyszło na zebranie.",
    "Ceny biletów wzrosły w maju o 17%.",
    "Sprawcy zatrzymani w sobotę mają od 18 do 23 lat.",
    "Liczba uczniów wzrośnie o 16 osób.",
])
def test_a_number_that_counts_is_no_hour(text):
    assert not any("T" in start for start in starts(text))


def test_a_whole_hour_after_the_words_of_a_start_is_dated_by_the_page():
    assert found("Mecz rozpocznie się o 16 na stadionie miejskim.") == [
        ("o 16", "2008-05-14T16:00", None, "other")]


# --- hours in words -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, evidence, start", [
    ("W sobotę o dziewiętnastej zagra zespół Kapela.", "W sobotę o dziewiętnastej", "2008-05-17T19:00"),
    ("W sobotę w samo południe odbędzie się festyn.", "W sobotę w samo południe", "2008-05-17T12:00"),
    ("O godzinie dwudziestej pierwszej rozpoczął się pokaz sztucznych ogni.", "O godzinie dwudziestej pierwszej",
     "2008-05-14T21:00"),
    ("Wrócili o ósmej wieczorem.", "o ósmej wieczorem", "2008-05-14T20:00"),
])
def test_an_hour_said_in_words(text, evidence, start):
    assert [(e, s) for e, s, _end, _kind in found(text)] == [(evidence, start)]


def test_an_ordinal_before_a_noun_is_no_hour():
    assert found("W sobotę mówił o pierwszej edycji festiwalu.") == [("W sobotę", "2008-05-10", None, "other")]


# --- hours a poster or a programme prints ---------------------------------------------------------
def test_a_labelled_hour_is_an_hour():
    assert found("Start: 19:00") == [("Start: 19:00", "2008-05-14T19:00", None, "other")]
    # the meeting's day takes the hour; the label's line keeps its own evidence of it
    assert [(s, k) for _t, s, _e, k in found("Koncert 17 maja w klubie Kwadrat.\n\nPoczątek koncertu: 20.00")] == \
        [("2008-05-17T20:00", "event"), ("2008-05-17T20:00", "other")]


def test_every_hour_of_a_multi_day_programme_falls_on_its_own_day():
    text = ("Festiwal odbędzie się w dniach 23-24 maja.\nProgram:\nPiątek, 23 maja:\n18.00 – otwarcie festiwalu\n"
            "19.00 – koncert zespołu Kapela\nSobota, 24 maja:\n10.00 – warsztaty perkusyjne\n"
            "16.00 – koncert finałowy")
    assert [s for _t, s, _e, _k in found(text)] == [
        "2008-05-23T18:00", "2008-05-23T18:00", "2008-05-23T19:00", "2008-05-24T10:00", "2008-05-24T16:00"]


def test_a_programme_run_into_one_paragraph_keeps_each_items_hour():
    text = ("Konferencja odbędzie się 25 maja 2008 r. w auli. Program konferencji. 9.00 – rejestracja "
            "uczestników. 9.30 otwarcie konferencji. 12.00 - przerwa kawowa. Wzrost skoczka wyniósł 1.30 m.")
    assert [s for _t, s, _e, _k in found(text)] == [
        "2008-05-25T09:00", "2008-05-25T09:30", "2008-05-25T12:00"]


def test_an_hour_listed_after_another_is_one_too():
    assert [s for _t, s, _e, _k in found("Seanse w piątek 16 maja o 19.30 i 21.00.")] == \
        ["2008-05-16T19:30", "2008-05-16T21:00"]


@pytest.mark.parametrize("text", [
    "W sobotę siatkarze wygrali 3:1 (25:20, 21:25, 25:18, 25:19).",
    "Jeździliśmy w sobotę modelami w skalach 1:10 i 1:12.",
    "Mecz rozegrano w sobotę. Wynik: 21:19 dla gospodarzy.",
])
def test_scores_and_scales_are_no_hours(text):
    assert not any("T" in start for start in starts(text))


def test_a_price_at_a_line_start_is_no_hour():
    assert found("Cennik:\n12.00 zł – bilet normalny\n8.00 zł – bilet ulgowy") == []


@pytest.mark.parametrize("text, expected", [
    # midnight with a preposition of time is an hour; the north is none
    ("O północy poziom wody w rzece wynosił 702 cm.", [("O północy", "2008-05-14T00:00")]),
    ("Na północy kraju pada deszcz.", []),
    # a day said in speech's nominative, but not a holiday's or a street's name
    ("Gdyby nie czwarty czerwca 1989, nie byłoby tych nagród.", [("czwarty czerwca 1989", "1989-06-04")]),
    ("Pochód przeszedł ulicą. Pierwszy Maja to święto pracy.", []),
    # the day just named, said again as `w dniu tym`
    ("Rajd odbył się 26 kwietnia 2008 r. W dniu tym radio rozdało nagrody.",
     [("26 kwietnia 2008 r.", "2008-04-26"), ("dniu tym", "2008-04-26")]),
])
def test_midnight_a_nominative_day_and_the_day_just_named(text, expected):
    assert [(e, s) for e, s, _, _ in found(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Radni chcą zakończyć prace przed jedenastym listopada 2007 r.", [("jedenastym listopada 2007 r.", "2007-11-11")]),
    ("Urząd będzie nieczynny po dwudziestym czwartym grudnia 2007.",
     [("dwudziestym czwartym grudnia 2007", "2007-12-24")]),
    # an ordinal with a week, not a month, names no day
    ("Zajęcia ruszą w pierwszym tygodniu maja.", []),
])
def test_a_day_in_words_after_a_preposition_that_takes_the_instrumental(text, expected):
    assert [(e, s) for e, s, _, _ in found(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday among the first words of a quoted title names a cycle or a film, no day
    ('Spektakl w ramach cyklu "Teatralny czwartek" kosztuje 10 zł.', []),
    ("Film „Piątek trzynastego” obejrzymy w kinie.", []),
    # a quote of what someone said keeps its weekday, and so does a sentence after a title
    ("„W czwartek zagłosujemy” – mówi poseł.", [("W czwartek", "2008-05-15")]),
    ("Spektakl pt. „Czekając na piątek” pokażemy w sobotę.", [("w sobotę", "2008-05-17")]),
])
def test_a_weekday_in_a_quoted_title_is_no_date(text, expected):
    assert [(e, s) for e, s, _, _ in found(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an hour said in words after its preposition, with no day beside it, on a dated page
    ("Zebranie zaczyna się o ósmej i potrwa do południa.", "2008-05-14T08:00"),
    ("Przed siódmą przebrałem się i ruszyłem na trasę.", "2008-05-14T07:00"),
])
def test_an_hour_said_in_words_with_no_day_beside_it(text, expected):
    assert expected in starts(text)


@pytest.mark.parametrize("text", [
    "Po drugiej stronie ulicy stoi szkoła.",
    "Mówiliśmy o pierwszej edycji festiwalu.",
    "Dzieci od ósmej klasy wzięły udział w konkursie.",
])
def test_an_ordinal_before_the_noun_it_counts_is_no_hour(text):
    assert starts(text) == []
