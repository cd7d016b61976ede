"""Days named by words in running news text, resolved against the document's date: reports
are written after their events, in the past tense, so a weekday looks back when its clause
does; a week, a last-named date or a count may fix the day instead; and words that name no
day (`w soboty`, `lepsze jutro`, `tydzień temu`, office hours) give none.

Every example is invented, in the style of a local news portal. 15 October 2008 is a
Wednesday."""
from __future__ import annotations

import datetime as dt

import pytest

from datekit import WEDNESDAY, days, events
from nlp.dates import find_dates


# --- a weekday and the tense of its clause ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a time beside the weekday does not stop a past-tense report looking back
    ("W sobotę o godz. 15 rozegrano mecz z drużyną z Kutna.", [("W sobotę o godz. 15", "2008-10-11T15:00")]),
    ("W poniedziałek, około godziny 14, strażacy gasili pożar stodoły.",
     [("W poniedziałek, około godziny 14", "2008-10-13T14:00")]),
    ("Mecz zostanie rozegrany w niedzielę o godz. 15.", [("w niedzielę o godz. 15", "2008-10-19T15:00")]),
    # the verb of the weekday's own comma-bounded part speaks for it, not one across a comma
    ("Jak informowaliśmy, w sobotę o godz. 10 odbędzie się zebranie.",
     [("w sobotę o godz. 10", "2008-10-18T10:00")]),
    ("Przypomnę, że w sobotę policja zatrzymała sprawcę kradzieży.", [("w sobotę", "2008-10-11")]),
    # "godz." with its dot does not end the clause
    ("W czwartek o godz. 17.30 w bibliotece odbyło się spotkanie autorskie.",
     [("W czwartek o godz. 17.30", "2008-10-09T17:30")]),
])
def test_a_weekday_follows_the_tense_of_its_own_clause(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("W przyszłym tygodniu w czwartek odbędzie się festyn.", "2008-10-23"),
    ("We wtorek w ubiegłym tygodniu odbył się festyn.", "2008-10-07"),
    ("W czwartek ub. tygodnia odbyło się zebranie.", "2008-10-09"),
    ("W tym tygodniu w poniedziałek spotkali się radni.", "2008-10-13"),
])
def test_a_weekday_said_with_its_week_is_that_weeks_day(text, expected):
    assert [start for _text, start in days(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("W ub. sobotę odbył się turniej.", "2008-10-11"),
    ("W nadchodzącą sobotę odbędzie się turniej.", "2008-10-18"),
    ("W poprzednią niedzielę odbył się turniej.", "2008-10-12"),
])
def test_weekday_modifiers(text, expected):
    assert [start for _text, start in days(text)] == [expected]


@pytest.mark.parametrize("text", [
    "W soboty i niedziele muzeum jest nieczynne.",
    "W środy odbywają się próby chóru.",
    "Zwykle w niedzielę sklepy w centrum są zamknięte.",
    "Od poniedziałku do piątku w godz. 8-16 biuro przyjmuje interesantów.",
    "Wpisów można dokonywać w godzinach pracy urzędu (poniedziałek 8.00-16.00, wtorek-piątek 7.00-15.00).",
    "Artykuł ukazał się w katolickim tygodniku Niedziela.",
])
def test_a_habit_a_timetable_or_a_name_is_no_date(text):
    assert days(text) == []


@pytest.mark.parametrize("text, expected", [
    # a weekday adjective with a plural noun is every such day, unless the clause reports one
    ("Sobotnie treningi cieszą się dużą popularnością.", []),
    ("Piątkowe spotkania z mieszkańcami odbyły się w trzech sołectwach.", [("Piątkowe", "2008-10-10")]),
    # a noun with no singular is one day's
    ("Sobotnie obrady zakończyły się przed północą.", [("Sobotnie", "2008-10-11")]),
    ("Sobotnie popołudnie spędziliśmy w parku.", [("Sobotnie", "2008-10-11")]),
])
def test_a_weekday_adjective_with_a_plural_noun(text, expected):
    assert days(text) == expected


def test_a_weekday_in_capitals_throughout_is_emphasis_not_a_name():
    assert days("Zapraszamy w SOBOTĘ o godz. 10:00 na festyn.") == [
        ("w SOBOTĘ o godz. 10:00", "2008-10-18T10:00")]


# --- a day named from the last date the text gave -------------------------------------------
def test_an_anaphor_takes_the_day_of_the_last_date_named():
    text = ("Koncert odbył się 4 października w sali kina. Tego samego dnia w klubie zagrał zespół z Łodzi. "
            "Następnego dnia artyści wystąpili w Zgierzu.")
    assert days(text) == [("4 października", "2008-10-04"), ("Tego samego dnia", "2008-10-04"),
                          ("Następnego dnia", "2008-10-05")]


def test_a_part_of_a_day_said_alone_is_of_the_day_last_named():
    text = "Radni zbiorą się 16 października w ratuszu. Po południu obejrzą plac budowy hali."
    assert days(text) == [("16 października", "2008-10-16"), ("Po południu", "2008-10-16")]
    # with no day named before it, the document's own
    assert days("Rano na drogach pojawiła się gołoledź.") == [("Rano", "2008-10-15")]


@pytest.mark.parametrize("text, expected", [
    # beside its day it adds nothing, and does not keep the day from its hour
    ("Wczoraj wieczorem doszło do wypadku.", [("Wczoraj", "2008-10-14")]),
    ("W sobotę wieczorem, o godz. 20, zagra zespół.", [("W sobotę wieczorem, o godz. 20", "2008-10-18T20:00")]),
])
def test_a_part_of_a_day_beside_its_day(text, expected):
    assert days(text) == expected


def test_a_part_of_a_day_leaves_the_meetings_hour_to_the_meeting():
    text = "Zebranie wiejskie odbędzie się 12 listopada. Rozpoczęcie wieczorem o godz. 18."
    found = find_dates(text, published=WEDNESDAY)
    assert [(m.kind, m.start) for m in found if m.kind == "event"] == [("event", "2008-11-12T18:00")]


def test_the_day_of_the_event_named_before():
    text = "Turniej szachowy odbędzie się 25 października w szkole. Zapisy także w dniu turnieju."
    assert days(text) == [("25 października", "2008-10-25"), ("w dniu turnieju", "2008-10-25")]


def test_an_anaphor_with_no_date_before_it_names_nothing():
    assert days("Następnego dnia zawodnicy wrócili do domu.") == []


def test_an_anaphor_with_a_time_is_a_meeting_of_that_day():
    text = "Zebranie odbędzie się 12 listopada. Następnego dnia o godz. 10 rozpoczną się warsztaty."
    found = find_dates(text, published=WEDNESDAY)
    assert [(m.kind, m.start) for m in found] == [("event", "2008-11-12"), ("event", "2008-11-13T10:00")]


# --- counts of days -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a count back or from another date is a span of time in TIMEX3 (KPWr marks "dwa tygodnie"
    # of "dwa tygodnie temu" a duration); a count ahead in prose is too
    "Dwa tygodnie temu w parku miejskim posadzono sto nowych lip.",
    "Przed tygodniem policja zatrzymała złodzieja samochodów.",
    "Trzy dni później sprawcę zatrzymano w Łodzi.",
    "Burmistrz podpisze umowę za dwa dni.",
])
def test_a_count_of_days_in_prose_is_no_date(text):
    assert days(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Kolejne spotkanie odbędzie się za dwa tygodnie o godz. 18.",
     ("za dwa tygodnie o godz. 18", "2008-10-29T18:00")),
    ("Warsztaty odbędą się za 3 dni w świetlicy.", ("za 3 dni", "2008-10-18")),
])
def test_a_count_ahead_dates_a_meeting(text, expected):
    found = find_dates(text, published=WEDNESDAY)
    assert [(m.kind, m.text, m.start) for m in found] == [("event", *expected)]


# --- words that name no day, or a day not yet known -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Walczymy o lepsze jutro naszych dzieci.",
    "To jest nasze dziś i nikt nam go nie odbierze.",
])
def test_today_and_tomorrow_as_nouns_name_no_day(text):
    assert days(text) == []


def test_a_predicate_adjective_does_not_make_tomorrow_a_noun():
    assert days("Biuro czynne jutro od 8.00 do 15.00.") == [("jutro od 8.00 do 15.00", "2008-10-16T08:00")]


def test_after_midnight_tonight_is_tomorrow():
    assert days("Remont wiaduktu ruszy dziś po północy, gdy ruch zmaleje.") == [("dziś po północy", "2008-10-16")]


def test_on_a_page_of_unknown_date_a_relative_day_names_no_day():
    # no publication date given, none printed: "dziś" or "jutro" would only be a guess, even
    # for the meeting's own day (a page read today may have been written years ago)
    assert days("Dziś organizacje pozarządowe potrzebują stabilnego finansowania.", None) == []
    assert find_dates("Spotkanie odbędzie się jutro o 17:00.", today=WEDNESDAY) == []
    assert find_dates("Warsztaty już w tę sobotę od godz. 10.30 w bibliotece.", today=WEDNESDAY) == []
    # the publication date says which day it is
    found = find_dates("Spotkanie odbędzie się jutro o 17:00.", published=WEDNESDAY, today=WEDNESDAY)
    assert [(m.kind, m.start) for m in found] == [("event", "2008-10-16T17:00")]


def test_a_day_of_a_life_is_no_meeting():
    text = ("Rocznica urodzin poetki.\n\n12 marca 1921 roku urodziła się Anna Lis, poetka z Lipna. "
            "Spotkanie poświęcone jej wierszom odbędzie się 12 marca 2021 r. w bibliotece.")
    found = find_dates(text, published=WEDNESDAY)
    assert [(m.kind, m.start) for m in found] == [("other", "1921-03-12"), ("event", "2021-03-12")]


def test_a_later_hour_takes_the_meeting_day_said_again_not_a_day_recalled_between():
    text = ("Dodano: 15.10.2008\nW sobotę odbędzie się zebranie mieszkańców. Zebranie rozpocznie się o godzinie 11.00. "
            "Poniedziałkowe spotkanie z radnymi odbyło się w deszczu. W sobotę chcemy pokazać więcej.\n"
            "Sołtys przedstawi plany. Zebranie skończy się o godzinie 14.00.")
    found = days(text)
    assert ("o godzinie 11.00", "2008-10-18T11:00") in found
    assert ("o godzinie 14.00", "2008-10-18T14:00") in found


def test_a_news_lists_date_and_posting_time_before_the_title_is_the_items_stamp():
    found = find_dates("| 2008-10-15, 12:48 Festyn rodzinny na rynku |\nW sobotę o godz. 11 festyn.",
                       published=WEDNESDAY)
    assert [(m.kind, m.start) for m in found] == [("publication", "2008-10-15T12:48"), ("event", "2008-10-18T11:00")]


def test_machine_stamps_of_related_items_are_no_meetings():
    text = ("2008-10-15, 12:32 Redakcja\nW piątek (17 października) o godz. 17.00 spotkanie z mieszkańcami w szkole.\n\n"
            "Rynek zmieni wygląd\n\n2008-10-14, 16:05\nStrażacy świętowali w remizie")
    found = find_dates(text, published=WEDNESDAY)
    assert [m.start for m in found if m.kind == "event"] == ["2008-10-17T17:00"]


def test_today_said_again_with_an_hour_gives_the_written_date_its_hour():
    text = ("Poświęcona będzie temu odbywająca się dziś (15.10) w Lipnie Kawiarenka Obywatelska.\n\n"
            "Kawiarenka rusza dzisiaj o godz. 17:30 w restauracji Szara Willa.")
    found = find_dates(text, published=WEDNESDAY)
    assert [m.start for m in found if m.kind == "event"] == ["2008-10-15T17:30"]


def test_words_counting_from_the_day_of_writing_count_from_a_diary_entry_s_heading():
    text = ("Od rana pakujemy się.\n\n07.11.2013, czwartek\n\nJedziemy trasą katowicką. Szybko kładziemy się spać, "
            "bo jutro ma być ładna pogoda.\n\n08.11.2013, piątek\n\nWczoraj padało, dziś świeci słońce.")
    found = [(m.text, m.start) for m in find_dates(text, today=dt.date(2026, 1, 1))]
    assert ("jutro", "2013-11-08") in found and ("Wczoraj", "2013-11-07") in found and ("dziś", "2013-11-08") in found


def test_a_year_less_day_after_a_day_the_page_names_is_read_from_that_day_not_back_from_it():
    # the past tense speaks from the day of writing, not from a day the page names: with no date of
    # writing, `24-26 maja` after `19 lutego 2023` is May 2023, months after it
    text = ("Oficjalne otwarcie obrad odbyło się w Lipnie 19 lutego 2023 roku. Następnie obrady odbywały się "
            "kolejno w Borkach (24-26 maja) i w Dębinie (21-24 czerwca).")
    assert events(text) == [("2023-02-19", None), ("2023-05-24", "2023-05-26"), ("2023-06-21", "2023-06-24")]


def test_a_year_less_day_before_a_later_day_the_page_names_is_read_back_from_it():
    # (with no date of writing, the nearest year either way: July before a November deadline)
    text = ("Podczas trwającego cztery dni posiedzenia (20-22 lipca i 5 sierpnia) Sejm uchwalił ustawę o dodatku i "
            "udzielił rządowi absolutorium za 2021 r. Wnioski o dodatek można składać do 30 listopada 2022 r.")
    assert [m.start for m in find_dates(text, today=dt.date(2026, 1, 1)) if m.text.startswith("20-22")] \
        == ["2022-07-20", "2022-08-05"]
