"""Dates as people type them on real pages, each in an invented example: a letter o for a
zero in a time, a weekday in brackets before the year, a template's short month first in a
post's date line, and days listed before the one date that carries the month and year."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import find_dates, find_published

TODAY = dt.date(2026, 1, 1)


def events(text: str, published: dt.date | None = None) -> list[str]:
    return [m.start for m in find_dates(text, published=published, today=TODAY) if m.kind == "event"]


@pytest.mark.parametrize("text, expected", [
    ("Zebrania wiejskie odbędą się: Kaliszany 3 stycznia 2024 o 16:oo, Olszanka 3 stycznia 2024 o 18:3o.",
     ["2024-01-03T16:00", "2024-01-03T18:30"]),
    ("Spotkanie odbędzie się 9 czerwca (środa) 2021 r. o godz. 16:00 w sali 104 Urzędu Miasta.",
     ["2021-06-09T16:00"]),
    ("W ramach projektu odbyły się warsztaty:\n\n9., 16. i 30.6.2017 - Wyroby tekstylne\n28.9.2017 - Wyroby ze słomy",
     ["2017-06-09", "2017-06-16", "2017-06-30", "2017-09-28"]),
    ("Warsztaty dla seniorów odbyły się 9, 16 i 30.06.2017 w Domu Kultury.",
     ["2017-06-09", "2017-06-16", "2017-06-30"]),
    # a house number before a date is no day of a list
    ("Spotkanie odbędzie się w świetlicy przy ul. Polnej 5, 12.06.2024 r.", ["2024-06-12"]),
    ("Spotkanie odbędzie się w Domu Kultury Lipno 5, 12.06.2024 r.", ["2024-06-12"]),
])
def test_typed_forms_of_days_and_times(text, expected):
    assert events(text) == expected


def test_a_short_month_first_under_the_title_is_the_posts_date_and_anchors_the_year():
    text = "Spotkanie w Muzeum\n\ncze 15, 2023\n\nOśrodek zorganizował 13 czerwca spotkanie informacyjne."
    found = find_published(text)
    assert found is not None and found[0] == dt.date(2023, 6, 15)
    assert events(text, published=found[0]) == ["2023-06-13"]


def test_a_blog_templates_day_short_month_and_year_run_together_date_its_entries():
    text = "Wpisy\n\n11lis2009 Komentarze (3)\nSpotkanie w Lipnie.\n\n25paź2009, 19:00\nZebranie w Borkach."
    found = find_published(text)
    assert found is not None and found[0] == dt.date(2009, 11, 11)
    assert [m.start for m in find_dates(text) if m.kind != "publication"] == ["2009-10-25T19:00"]


@pytest.mark.parametrize("text, expected", [
    # a post's stamp with seconds carries its hour; a duration with seconds is no hour
    ("Opublikował: Jan Lis (10 września 2009, 20:29:46)", ("2009-09-10T20:29", "publication")),
    # the month in the nominative, a comma before the year
    ("Dodano: 29 Kwiecień, 2009, 09:43:50", ("2009-04-29T09:43", "publication")),
    ("Zebranie odbędzie się 24.09.2009 o 17:00:00 w sali.", ("2009-09-24T17:00", "event")),
    # a three-letter month with its year, and an English one first (alone on the top line: a
    # template's post date, which no Polish page's clock prints)
    ("Wpis z 20 cze 2007 o wyjeździe", ("2007-06-20", "other")),
    ("Aug 15, 2010\n\nKoniec obozu", ("2010-08-15", "publication")),
])
def test_stamps_written_short_or_to_the_second(text, expected):
    found = find_dates(text, published=dt.date(2010, 10, 13), today=TODAY)
    assert [(m.start, m.kind) for m in found] == [expected]


def test_seconds_after_no_date_and_a_short_month_without_a_year_are_no_dates():
    assert find_dates("Bieg wygrał w czasie 1:23:45, a 21 lis to zwierzę.", today=TODAY) == []


def test_a_weekday_alone_under_a_date_is_that_day():
    found = find_dates("Blog\n\n22.10.2008\nśroda\n\nPrezydent i premier.", published=dt.date(2008, 10, 22),
                       today=TODAY)
    assert [m.start for m in found] == ["2008-10-22"]


@pytest.mark.parametrize("text, expected", [
    ("W sobotę 5 maja 2012 o piętnastej panie zgrabiły liście.", ["2012-05-05T15:00"]),
    ("W sobotę 5 maja 2012 mówiono o piętnastej rocznicy.", ["2012-05-05"]),
])
def test_an_hour_in_words_before_a_word_it_does_not_count(text, expected):
    assert [m.start for m in find_dates(text, today=TODAY)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Sesja w dniu 8 grudnia 2005 r. (Początek posiedzenia o godzinie 8 minut 30)", ["2005-12-08T08:30"]),
    ("Zebranie w dniu 8 grudnia 2005 r. o godz. 9 m. 30.", ["2005-12-08T09:30"]),
    # minutes counted after a time are a duration
    ("Spotkanie w dniu 8 grudnia 2005 r. o godz. 10 trwało 30 minut.", ["2005-12-08T10:00"]),
])
def test_minutes_said_apart_in_the_style_of_minutes(text, expected):
    assert [m.start for m in find_dates(text, today=TODAY)] == expected


def test_an_agendas_sub_items_are_no_days():
    text = ("Zwołuję sesję na 21.08.2023 r. Porządek obrad:\n4. Wybór wiceprzewodniczącego.\n"
            "4.1 powołanie komisji skrutacyjnej;\n4.2 głosowanie tajne;\n5. Zamknięcie obrad.")
    assert events(text) == ["2023-08-21"]


def test_a_statutes_sections_are_no_days():
    text = ("Statut Spółki\nArtykuł 3.\n3.1. Założycielem Spółki jest Gmina Lipno.\n3.2. Spółka powstała w wyniku "
            "przekształcenia zakładu.\n§ 5\n5.1. Spółka działa na obszarze kraju.\n5.2. Spółka może tworzyć oddziały.")
    assert [m.text for m in find_dates(text, today=TODAY)] == []
    # a day opening a line under an item of another number is still a day
    assert [m.start for m in find_dates("Artykuł 3.\n5.1. Walne zgromadzenie odbędzie się w sali.", today=TODAY)] \
        != []


def test_an_attachments_date_beside_its_size_is_no_meeting():
    text = "Kongres odbędzie się 11-13 października 2023 r.\n\nZałączniki\nData: 2023-09-28, rozmiar: 196 KB"
    assert events(text) == ["2023-10-11"]


def test_a_date_line_with_its_posting_clock_in_brackets_is_the_publication_date():
    text = ("Konsultacje w sprawie granic gminy\nPoniedzialek, 16 stycznia 2017r. (godz. 09:31)\n\n"
            "Spotkania odbędą się 23 stycznia o godz. 16.00 w szkole.")
    assert find_published(text)[0] == dt.date(2017, 1, 16)
    assert [(m.start, m.kind) for m in find_dates(text, today=TODAY)] == [
        ("2017-01-16T09:31", "publication"), ("2017-01-23T16:00", "event")]


def test_a_meeting_line_with_its_round_hour_in_brackets_is_no_publication_date():
    assert find_published("Zebranie wiejskie\n16 stycznia 2017 r. (godz. 17:00)\n\nZapraszamy na zebranie.") is None


def test_a_date_and_its_posting_time_above_an_editor_line_are_the_pages_date():
    text = ("Spotkania informacyjne\nKategoria: Aktualności\n5.04.2022\nGodz: 07:20\nRedaktor: Anna Lis\n\n"
            "W okresie od dnia 23.03.2022r do dnia 31.03.2022r. odbyło się osiem spotkań informacyjnych.")
    found = find_published(text)
    assert found is not None and found[0] == dt.date(2022, 4, 5)
    ranges = [(m.start, m.end) for m in find_dates(text) if m.end]
    assert ranges == [("2022-03-23", "2022-03-31")]


def test_a_dash_glued_to_a_list_items_day_separates_it_from_the_item_s_topic():
    text = ("Terminy spotkań:\n- obszar „Stare Sady” - 2 czerwca 2025, poniedziałek, godz. 18.00-20.00\n"
            "- obszar „Nowe Sady” -3 czerwca 2025, wtorek, godz. 18.00-20.00\n")
    assert events(text) == ["2025-06-02T18:00", "2025-06-03T18:00"]


def test_a_month_typed_with_a_slip_of_its_diacritic():
    text = "W dniu 27 pażdziernika 2023 r. o godz. 10.00 w siedzibie ośrodka odbyło się seminarium."
    found = find_dates(text, published=dt.date(2023, 11, 2), today=TODAY)
    assert [(m.start, m.kind) for m in found] == [("2023-10-27T10:00", "event")]


def test_a_day_glued_to_the_full_stop_before_it():
    text = "Około godz. 22.00 rozpocznie się zabawa taneczna.2 maja w programie turniej skatowy. O godz. 15.00 festyn."
    found = [m for m in find_dates(text, published=dt.date(2004, 4, 13), today=TODAY) if m.kind == "event"]
    assert [m.start for m in found] == ["2004-05-02T15:00"]


@pytest.mark.parametrize("text, expected", [
    ("IMG_64021 października 2015 w Bibliotece w Lipnie odbyła się inauguracja roku.", ["2015-10-01"]),
    ("DSC0194715 września 2019 w Borkach zorganizowaliśmy warsztaty.", ["2019-09-15"]),
    ("IMG 549419 października 2019 w Lipnie odbyła się uroczystość.", ["2019-10-19"]),
])
def test_a_day_run_into_a_photos_file_name_before_it(text, expected):
    # (a caption's camera name, `IMG_6402`, left with no space before the text after it)
    assert [m.start for m in find_dates(text, today=TODAY) if m.kind == "event"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Jan Lis (ur.19 września 1904 w Lipnie,zm.26 lipca 1944 w Borkach) był nauczycielem.",
     ["1904-09-19", "1944-07-26"]),
    ("Zebranie, które odbyło się dn.5 czerwca 2010 r., otworzył sołtys.", ["2010-06-05"]),
])
def test_a_full_date_run_into_a_short_abbreviation_s_full_stop(text, expected):
    assert [m.start for m in find_dates(text, today=TODAY)] == expected


def test_a_roman_month_glued_to_the_current_year_s_abbreviation():
    text = "Spotkanie zarządów, które odbyło się 20.IX.br, poprowadził prezes."
    assert [m.start for m in find_dates(text, published=dt.date(2013, 10, 1), today=TODAY)] == ["2013-09-20"]


def test_a_street_named_after_a_day_in_a_list_of_streets_is_no_date():
    text = ("Spacer zaczął się o 15.00 przy ulicy Lema i obejmował kolejno: Kochanowskiego, 11 Listopada, Wita "
            "Stwosza, Południową.")
    assert [m.start for m in find_dates(text, published=dt.date(2020, 6, 10), today=TODAY)] == ["2020-06-10T15:00"]


@pytest.mark.parametrize("text, expected", [
    ("Sprawozdanie z pracy koła od dnia 1 I 57 do dnia 25 IX 57 r. przyjęto na zebraniu.",
     [("1957-01-01", "1957-09-25")]),
    ("Zebranie założycielskie odbyło się 12 XI 05 r. w szkole w Lipnie.", [("2005-11-12", None)]),
    ("Pierwsze zebranie zarządu zwołano na 3.01.58 r. w remizie.", [("1958-01-03", None)]),
])
def test_a_year_of_two_digits_is_of_the_century_it_reads_as(text, expected):
    found = find_dates(text, published=dt.date(2020, 4, 24), today=TODAY)
    assert [(m.start, m.end) for m in found] == expected


def test_days_listed_before_a_roman_month():
    text = "W dniach 24 i 25 XI 2020 r. w Lipnie odbyło się szkolenie dla organizacji."
    assert [m.start for m in find_dates(text, today=TODAY)] == ["2020-11-24", "2020-11-25"]
    # (a house's number before a date is no day of a list)
    assert [m.start for m in find_dates("Spotkanie w świetlicy przy ul. Polnej 5, 12.X.2024 r.", today=TODAY)] \
        == ["2024-10-12"]


def test_a_count_after_a_roman_month_is_no_year():
    text = "W dniach 5 i 6 X 20 osób z Lipna wyjechało na warsztaty."
    assert all(not m.start.startswith("2020") for m in find_dates(text, published=dt.date(2019, 9, 1), today=TODAY))
