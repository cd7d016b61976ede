"""A timetable giving each village its day and hour dates meetings; its first row, clock time and
all, is no byline dating the page, and neither is a calendar's date with its round hour."""
from __future__ import annotations

from datekit import events
from nlp.dates_published import find_published

_TIMETABLE = """Zebrania wiejskie w Gminie Lipno

W sołectwach Gminy Lipno odbędą się coroczne zebrania wiejskie.

Miejscowość Data Godzina
Borki 29.01.2018 15:30
Dąbrowa 29.01.2018 17:00
Lipówka 30.01.2018 16:00
Nowa Wieś 31.01.2018 15:30

Wszystkie zebrania odbędą się w miejscowych świetlicach wiejskich.
"""


def test_a_timetables_rows_are_meetings():
    assert events(_TIMETABLE) == [("2018-01-29T15:30", None), ("2018-01-29T17:00", None),
                                  ("2018-01-30T16:00", None), ("2018-01-31T15:30", None)]


def test_a_timetables_first_row_does_not_date_the_page():
    assert find_published(_TIMETABLE) is None


def test_a_byline_with_its_author_still_dates_the_page():
    text = "Redakcja 12.03.2024 10:30\n\nZebranie wiejskie odbędzie się 20 marca o godz. 17:00 w świetlicy."
    published = find_published(text)
    assert published is not None and published[0].isoformat() == "2024-03-12"


def test_a_calendars_date_and_round_hour_under_the_title_is_the_meetings_not_the_pages():
    text = ("Cykl spotkań konsultacyjnych\n2025-04-15 10:00\nszczegóły dot. miejsca poniżej\nKIEDY\n"
            "15 kwietnia 2025 (wtorek)\ngodz 10:00\n\nZapraszamy organizacje na spotkanie 15 kwietnia 2025 r.")
    assert find_published(text) is None


def test_a_machine_stamp_with_seconds_still_dates_the_page():
    text = ("Zebranie wiejskie odbędzie się 22 sierpnia 2017 r. o godz. 17.00 w świetlicy.\n\n"
            "Serdecznie zapraszamy.\n\n2017-08-16 19:10:23")
    published = find_published(text)
    assert published is not None and published[0].isoformat() == "2017-08-16"


_NUMBERED_TABLE = """Spotkania konsultacyjne

Zarząd Gospodarki Wodnej w Lipnie rozpoczyna cykl spotkań z mieszkańcami.

L.p.

Termin spotkania

Miejsce spotkania

Godzina

1

17 czerwca 2021 r. (czwartek)

Zespół Szkół Rolniczych im. Franciszka Stefczyka, Rynek 17,
32-070 Borki

17:00

Na spotkaniu zostaną omówione sprawy budowy polderów: Borki, Dąbrowa, Zalesie, Lipówka oraz Nowa Wieś.

2

22 czerwca 2021 r. (wtorek)

Budynek Ochotniczej Straży Pożarnej
ul. Św. Floriana 15,
32-551 Dąbrowa

16:30
"""


def test_a_numbered_rows_date_under_its_number_does_not_date_the_page():
    assert find_published(_NUMBERED_TABLE) is None


def test_a_numbered_rows_hour_in_a_later_cell_is_its_meetings():
    assert events(_NUMBERED_TABLE) == [("2021-06-17T17:00", None), ("2021-06-22T16:30", None)]



def test_a_range_of_days_after_its_town_under_the_events_name_is_the_events():
    # a poster's days after its town, in capitals, under the event's name
    text = "Międzynarodowa Konferencja Naukowa\n\nLIPNO 3-4 GRUDNIA 2018\n\nPATRONAT HONOROWY:"
    assert events(text) == [("2018-12-03", "2018-12-04")]
