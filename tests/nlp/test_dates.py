"""The Polish date and time grammar: every form announcements use, read to exact dates,
times, kinds and evidence spans."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import DateMention, find_dates, find_published
from seedkit import seed_params, seed_text

PUBLISHED = dt.date(2023, 10, 10)
TODAY = dt.date(2026, 11, 21)


def read(text: str, published: dt.date | None = PUBLISHED) -> list[tuple]:
    out = []
    for m in find_dates(text, published=published, today=TODAY):
        assert text[m.span[0]:m.span[1]] == m.text
        out.append((m.kind, m.start, m.end, m.text))
    return out


@pytest.mark.parametrize("text, expected", [
    # day + month name + "br." (the year of the announcement)
    ("Spotkanie odbędzie się 12 lipca br., godz. 15:00 - 18:00.",
     [("event", "2023-07-12T15:00", "2023-07-12T18:00", "12 lipca br., godz. 15:00 - 18:00")]),
    ("Spotkanie odbędzie się 19.10.2023 o godz. 10:00.",
     [("event", "2023-10-19T10:00", None, "19.10.2023 o godz. 10:00")]),
    ("Zapraszamy na spotkanie 22 stycznia 2025 r. w Urzędzie.",
     [("event", "2025-01-22", None, "22 stycznia 2025 r.")]),
    ("Spotkanie: 19.X.2023, sala 12.", [("event", "2023-10-19", None, "19.X.2023")]),
    ("Debata 19 X 2023 r., godz. 18", [("event", "2023-10-19T18:00", None, "19 X 2023 r., godz. 18")]),
    ("Debata 17 XII o godz. 18 w świetlicy.", [("event", "2023-12-17T18:00", None, "17 XII o godz. 18")]),
    ("Zebranie w dniach 3-4 XI, sala 2.", [("event", "2023-11-03", "2023-11-04", "3-4 XI")]),
    ("Spotkanie opłatkowe w Lipnie 20 12 2023 r.", [("event", "2023-12-20", None, "20 12 2023 r.")]),
    ("Zebranie odbędzie się w czwartek 16.11.2023 w godz. 15:00-17:00 w siedzibie Rady.",
     [("event", "2023-11-16T15:00", "2023-11-16T17:00", "czwartek 16.11.2023 w godz. 15:00-17:00")]),
    ("Kiedy? W środę 26 lutego 2025 r. w godz. 16.30 - 18.45",
     [("event", "2025-02-26T16:30", "2025-02-26T18:45", "środę 26 lutego 2025 r. w godz. 16.30 - 18.45")]),
    ("Zebranie rozpocznie się o godzinie 1300 dnia 19.10.2023.",
     [("event", "2023-10-19T13:00", None, "o godzinie 1300 dnia 19.10.2023")]),
    ("Dyżur: 19.10.2023 w godz. 1000-1530.",
     [("event", "2023-10-19T10:00", "2023-10-19T15:30", "19.10.2023 w godz. 1000-1530")]),
    ("Konferencja odbędzie się 19-20 października w Lublinie.",
     [("event", "2023-10-19", "2023-10-20", "19-20 października")]),
    ("Forum odbędzie się od 5 do 7 maja 2024 r.",
     [("event", "2024-05-05", "2024-05-07", "od 5 do 7 maja 2024 r.")]),
    ("Spotkanie 2023-10-19, godz. 10:00.", [("event", "2023-10-19T10:00", None, "2023-10-19, godz. 10:00")]),
    ("Spotkanie 19/10/2023 godz. 9:30", [("event", "2023-10-19T09:30", None, "19/10/2023 godz. 9:30")]),
    ("Spotkanie 19. 10. 2023 r. godz. 9:30", [("event", "2023-10-19T09:30", None, "19. 10. 2023 r. godz. 9:30")]),
    ("Spotkanie w dniu 19.10 o godz. 10.", [("event", "2023-10-19T10:00", None, "19.10 o godz. 10")]),
    ("Spotkanie 19 października, 10:00–12:00.",
     [("event", "2023-10-19T10:00", "2023-10-19T12:00", "19 października, 10:00–12:00")]),
    ("Szkolenie 19 października od godz. 9 do 15.",
     [("event", "2023-10-19T09:00", "2023-10-19T15:00", "19 października od godz. 9 do 15")]),
    ("Spotkanie 19.10.2023, godz. 10.00-ok. 14.00",
     [("event", "2023-10-19T10:00", "2023-10-19T14:00", "19.10.2023, godz. 10.00-ok. 14.00")]),
    ("Spotkanie 19.10.2023r., godz.10.00-14.00",
     [("event", "2023-10-19T10:00", "2023-10-19T14:00", "19.10.2023r., godz.10.00-14.00")]),
    ("Zebranie 19 października br. o godz. 18.00 w świetlicy",
     [("event", "2023-10-19T18:00", None, "19 października br. o godz. 18.00")]),
    ("czwartek, 19 października 2023, 17:00",
     [("event", "2023-10-19T17:00", None, "czwartek, 19 października 2023, 17:00")]),
])
def test_forms_of_a_single_meeting_date(text, expected):
    assert read(text) == expected


def test_several_dates_share_one_time_and_one_year():
    assert read("Spotkania odbyły się 19 i 26 lipca, godz. 14-17.") == [
        ("event", "2023-07-19T14:00", "2023-07-19T17:00", "19 i 26 lipca, godz. 14-17"),
        ("event", "2023-07-26T14:00", "2023-07-26T17:00", "19 i 26 lipca, godz. 14-17"),
    ]
    assert [m[1] for m in read("Spotkanie odbędzie się 5, 12 i 19 marca 2024 r. o godz. 17:00.")] == [
        "2024-03-05T17:00", "2024-03-12T17:00", "2024-03-19T17:00"]


def test_time_in_the_next_clause_belongs_to_the_date():
    text = "Spotkanie odbędzie się 19 października 2023 r. w sali nr 5.\nPoczątek o godz. 10:00."
    assert read(text) == [("event", "2023-10-19T10:00", None,
                           "19 października 2023 r. w sali nr 5.\nPoczątek o godz. 10:00")]
    assert read("Spotkanie odbędzie się 19 października.\nGodzina: 17:00-19:00")[0][1:3] == (
        "2023-10-19T17:00", "2023-10-19T19:00")


def test_time_written_before_the_date():
    assert read("Spotkanie o godz. 17:00 w dniu 19.10.2023.") == [
        ("event", "2023-10-19T17:00", None, "o godz. 17:00 w dniu 19.10.2023")]


def test_weekday_after_a_date_is_that_date_and_leaves_its_time_to_it():
    text = ("Kiedy? 19-20 października (sobota–niedziela), start w sobotę o godz. 9:00, zakończenie w niedzielę.\n\n"
            "Zbiórka w sobotę o 8:15 przy dworcu.")
    assert [(k, s, e) for k, s, e, _ in read(text, dt.date(2024, 10, 1)) if k == "event"] == [
        ("event", "2024-10-19T09:00", "2024-10-20")]


def test_two_meetings_on_one_day_stay_two_events():
    text = ("Harmonogram spotkań:\n• poniedziałek, 3 lutego 2025 r., godz. 10:00 – Daleszyce\n"
            "• poniedziałek, 3 lutego 2025 r., godz. 14:00 – Bieliny\n")
    assert [m[1] for m in read(text)] == ["2025-02-03T10:00", "2025-02-03T14:00"]


def test_two_digit_years():
    assert read("Spotkanie 27.02.20 (czwartek), godz. 10:00") == [
        ("event", "2020-02-27T10:00", None, "27.02.20 (czwartek), godz. 10:00")]
    assert read("Wersja 1.2.20 programu, pkt 12.03.20") == []


@pytest.mark.parametrize("text, expected", [
    ("Seminarium 19–20.10.2023", ("2023-10-19", "2023-10-20")),
    ("Spotkanie 19.10-20.10.2023", ("2023-10-19", "2023-10-20")),
    ("Spotkanie w dniach 19-20.10.2023 r.", ("2023-10-19", "2023-10-20")),
    # a range over the new year: the first day takes the year before
    ("Spotkanie 30 grudnia – 2 stycznia 2024", ("2023-12-30", "2024-01-02")),
    # a hyphen typed for the dash, with spaces round it or on one side
    ("Warsztaty odbędą się w dniach 12 - 14 marca 2024 r.", ("2024-03-12", "2024-03-14")),
    ("Szkolenie w dniach 12 -13 kwietnia 2024", ("2024-04-12", "2024-04-13")),
])
def test_day_ranges(text, expected):
    (kind, start, end, _), = read(text)
    assert (kind, start, end) == ("event", *expected)


@pytest.mark.parametrize("text, expected", [
    ("Spotkanie odbędzie się dziś o 17:00 w bibliotece.", ("2023-10-10T17:00", "dziś o 17:00")),
    ("Jutro o godz. 10 spotkanie w świetlicy.", ("2023-10-11T10:00", "Jutro o godz. 10")),
    ("Warsztaty odbędą się za tydzień o godz. 12:00.", ("2023-10-17T12:00", "za tydzień o godz. 12:00")),
    # 10 October 2023 is a Tuesday
    ("Spotkanie odbędzie się w najbliższy czwartek o 18:00",
     ("2023-10-12T18:00", "w najbliższy czwartek o 18:00")),
    ("W ubiegły czwartek w auli odbyła się debata.", ("2023-10-05", "W ubiegły czwartek")),
    ("Wczoraj w Domu Kultury odbyło się spotkanie mieszkańców.", ("2023-10-09", "Wczoraj")),
])
def test_relative_days_count_from_the_publication_date(text, expected):
    (kind, start, _end, evidence), = read(text)
    assert (kind, start, evidence) == ("event", *expected)


def test_relative_word_beside_a_written_date_gives_no_second_event():
    text = "Zapraszamy na drugą debatę. Odbędzie się już za tydzień, we wtorek 17 października 2023 r. o godz. 17.30."
    assert [m[1] for m in read(text)] == ["2023-10-17T17:30"]


def test_relative_word_in_prose_is_no_event():
    # the day is still read (evidence of when the text speaks), but no meeting takes place on it
    assert read("Dziś organizacje pozarządowe potrzebują stabilnego finansowania.") == [
        ("other", "2023-10-10", None, "Dziś")]


@pytest.mark.parametrize("text, published, expected", [
    # published 10 December, "15 stycznia" is next January
    ("Spotkanie 15 stycznia o godz. 17.", dt.date(2023, 12, 10), "2024-01-15T17:00"),
    # a report of 10 January about "20 grudnia" means last December
    ("Spotkanie odbyło się 20 grudnia w świetlicy.", dt.date(2024, 1, 10), "2023-12-20"),
    ("Spotkanie odbyło się 2 października w świetlicy.", dt.date(2023, 10, 10), "2023-10-02"),
    # five months back is rather next year's date in an announcement
    ("Webinar 10.05 o 12:00", dt.date(2023, 10, 10), "2024-05-10T12:00"),
    # br. is the year of writing, whatever the month
    ("Spotkanie 15 stycznia br. o godz. 17.", dt.date(2023, 12, 10), "2023-01-15T17:00"),
])
def test_missing_year_is_resolved_from_the_publication_date(text, published, expected):
    assert read(text, published)[0][1] == expected


def test_a_stated_weekday_never_picks_the_year():
    # 19 October 2024 is a Saturday; the page's own year still stands (ANNOTATION.md: years are
    # never inferred from weekdays), the weekday being the likelier slip
    text = "Spotkanie odbędzie się w czwartek 19 października o 17:00."
    assert read(text, dt.date(2024, 9, 10))[0][1] == "2024-10-19T17:00"


def test_without_publication_date_a_year_written_elsewhere_serves():
    text = "Program spotkania 19.10\n\nSpotkanie odbędzie się 19.10.2023 o godz. 10:00."
    assert read(text, None) == [("other", "2023-10-19", None, "19.10"),
                                ("event", "2023-10-19T10:00", None, "19.10.2023 o godz. 10:00")]


@pytest.mark.parametrize("text, expected", [
    ("Zgłoszenia do 17 października 2023 r. Spotkanie 19.10.2023.",
     [("deadline", "2023-10-17", None, "17 października 2023 r."), ("event", "2023-10-19", None, "19.10.2023")]),
    ("Termin składania ofert: 20.10.2023 r.", [("deadline", "2023-10-20", None, "20.10.2023 r.")]),
    ("Nabór trwa do 30 października 2023 r.", [("deadline", "2023-10-30", None, "30 października 2023 r.")]),
    ("Rejestracja trwa do 20 października 2023 r. przez formularz.",
     [("deadline", "2023-10-20", None, "20 października 2023 r.")]),
    ("prosimy o potwierdzenie udziału do dnia 17.10.2023", [("deadline", "2023-10-17", None, "17.10.2023")]),
    ("Prosimy o potwierdzenie przybycia do 24 lutego 2025 roku do godz. 12:00.",
     [("deadline", "2025-02-24", "2025-02-24T12:00", "24 lutego 2025 roku do godz. 12:00")]),
    # a deadline closes at its hour, with or without `do` before it; a period, on its last day
    ("Oferty należy składać do dnia 18 marca 2024 roku godz. 14.00 w sekretariacie.",
     [("deadline", "2024-03-18", "2024-03-18T14:00", "18 marca 2024 roku godz. 14.00")]),
    ("Zapisy przyjmujemy w dniach 4-8 marca 2024 r. w godz. 8.00-15.00.",
     [("deadline", "2024-03-04", "2024-03-08T15:00", "4-8 marca 2024 r. w godz. 8.00-15.00")]),
    ("W dniu 19.10.2023 r. upływa termin składania wniosków.", [("deadline", "2023-10-19", None, "19.10.2023 r.")]),
    # a sentence opening on its limit is a deadline when what follows is due by it
    ("Do 20 października 2023 r. można składać uwagi do projektu.",
     [("deadline", "2023-10-20", None, "20 października 2023 r.")]),
    ("Zgłoszenia: 15.10.2023\nSpotkanie 19.10.2023",
     [("deadline", "2023-10-15", None, "15.10.2023"), ("event", "2023-10-19", None, "19.10.2023")]),
    # the end of a consultation is the last day for comments; no meeting is held in it
    ("Konsultacje trwają do 24 listopada 2023 r. Uwagi można zgłaszać na formularzu.",
     [("deadline", "2023-11-24", None, "24 listopada 2023 r.")]),
    # (the whole period kept: its last day, `last_day`, is the deadline)
    ("Konsultacje trwają od 1 do 30 listopada 2023 r.",
     [("deadline", "2023-11-01", "2023-11-30", "od 1 do 30 listopada 2023 r.")]),
])
def test_deadlines(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Na podstawie ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego.",
    "Uchwała Nr XII/123/2023 Rady Gminy z dnia 5 września 2023 r. w sprawie konsultacji.",
    "Rozporządzenie Ministra z dnia 23 sierpnia 2018 r. w sprawie mieszkań chronionych.",
    "Projekt realizowany w okresie od 01.01.2023 do 31.12.2024.",
    "Prace potrwają do 30 października 2025 r.",
    "Raport z konsultacji zostanie opublikowany w terminie do 30 kwietnia 2025 r.",
    "Zebrane pytania przekażemy kandydatom do 17 marca 2025 r.",
    "Zapisy na kongres ruszą 1 marca 2024 r.",
    "Materiały sprawozdawcze są do wglądu w dniach 02.03.-06.03.2020 w godzinach 16.00-17.00 w siedzibie ROD.",
    "Jan Kowalski urodził się 5 maja 1950 r.",
    "2. Przyjęcie protokołu z sesji z dnia 26 września 2023 r.",
    "Umowę z wykonawcą podpisano 28 lutego br. w Urzędzie Gminy.",
    # days off under their list's lead, whose `zajęć` are classes not held
    "Terminy zebrań z rodzicami podamy później.\nDni wolne od zajęć dydaktycznych:\n • 2 maja 2024 r. (czwartek),\n"
    " • 31 maja 2024 r. (piątek).",
])
def test_dates_that_are_not_meetings(text):
    assert {kind for kind, *_ in read(text)} == {"other"}


def test_people_gathered_on_a_day_met_on_it():
    text = "Czwartkowe popołudnie (14.03.2019 r.) bardzo licznie zgromadziło w naszej bibliotece słuchaczy UTW."
    assert [(k, s) for k, s, _e, _t in read(text) if k == "event"] == [("event", "2019-03-14")]


def test_a_report_dates_its_meeting_with_z_dnia():
    assert read("Sprawozdanie ze spotkania z dnia 5 października 2023 r. w świetlicy.") == [
        ("event", "2023-10-05", None, "5 października 2023 r.")]


def test_a_council_session_notice():
    text = ("Zawiadamiam, że XV Sesja Rady Gminy odbędzie się w dniu 28 listopada 2023 r. (wtorek) o godz. 10.00 "
            "w sali posiedzeń Urzędu Gminy.\n\nPorządek obrad:\n1. Otwarcie sesji.\n"
            "2. Przyjęcie protokołu z sesji z dnia 26 października 2023 r.\n\n"
            "Data wytworzenia: 2023-11-20\nData publikacji: 2023-11-21 12:03")
    found = read(text, None)
    assert [(k, s) for k, s, _e, _t in found if k == "event"] == [("event", "2023-11-28T10:00")]
    assert find_published(text)[0] == dt.date(2023, 11, 21)


def test_publication_lines():
    assert read("Dodano: 28.06.2017") == [("publication", "2017-06-28", None, "28.06.2017")]
    text = "Data dodania: 2023-11-06 09:12:40\n\nSpotkanie 14.11.2023 w godz. 15:00-17:30"
    assert read(text, None) == [
        ("publication", "2023-11-06T09:12", None, "2023-11-06 09:12:40"),
        ("event", "2023-11-14T15:00", "2023-11-14T17:30", "14.11.2023 w godz. 15:00-17:30")]


def test_a_date_repeated_gives_one_event_with_its_time():
    text = ("Zebranie odbędzie się w czwartek 16.11.2023 w godz. 15:00-17:00.\n\n"
            "Program spotkania 16.11.2023\n")
    # the repetition stays evidence of the day, as "other"
    assert read(text) == [("event", "2023-11-16T15:00", "2023-11-16T17:00",
                           "czwartek 16.11.2023 w godz. 15:00-17:00"),
                          ("other", "2023-11-16", None, "16.11.2023")]


def test_days_of_a_multi_day_event_programme_are_not_extra_events():
    text = ("Forum odbędzie się od 5 do 7 maja 2026 r.\nW programie:\n5 maja (wtorek) – dzień otwarty;\n"
            "6 maja (środa) – panele;\n7 maja (czwartek) – warsztaty.")
    assert [(k, s, e) for k, s, e, _ in read(text, dt.date(2026, 3, 18)) if k == "event"] == [
        ("event", "2026-05-05", "2026-05-07")]


def test_an_earlier_meeting_recalled_in_an_invitation_is_not_an_event():
    text = ("Debata odbędzie się w środę, 9 kwietnia, o godz. 18:00 w Łaźni.\n\n"
            "Przypominamy, że poprzednia debata odbyła się 14 listopada 2024 r.")
    events = [m[1] for m in read(text, dt.date(2025, 3, 31)) if m[0] == "event"]
    assert events == ["2025-04-09T18:00"]


@pytest.mark.parametrize("text", [
    "Działanie 4.3 i Priorytet 7.5 programu.",
    "Dotacja 12.05 mln zł.",
    "Spotkanie przy ul. 3 Maja 5 w Gdyni.",
    "Spotkanie w Alei 29 Listopada 12.",
    "W latach 2021-2027 i 2014–2020.",
    "Temperatura 4 °C, 318204",
    # a Roman numeral numbering an edition or a class, after an hour or a number
    "Zespoły 11-17 I Wojewódzkiego Przeglądu Twórczości, klasa 3 II LO.",
    # an account number's groups, spaced like a day, a month and a year
    "Wpłaty na konto 61 1020 2004 0000 1234 5678 9012 do końca roku.",
])
def test_numbers_that_only_look_like_dates(text):
    assert read(text) == []


def test_dates_in_links_to_other_pages_are_not_this_pages():
    text = ("Warsztaty odbędą się w poniedziałek 25 listopada 2024 r. w godz. 10:00-13:00.\n\n"
            "Zobacz także:\n› Mikołajki dla dzieci – spotkanie 6 grudnia\n› Dodatek osłonowy – wnioski do 30 kwietnia\n")
    found = read(text, dt.date(2024, 11, 14))
    assert [(k, s) for k, s, _e, _t in found if k in ("event", "deadline")] == [("event", "2024-11-25T10:00")]


def test_an_archive_item_of_a_menu_heads_no_links():
    text = ("- Menu BIP\n- Archiwum\n- 2024\nRaport o stanie gminy\n"
            "Sesja Rady Gminy, na której raport zostanie przedstawiony, odbędzie się 28 maja 2024 r.")
    found = read(text, dt.date(2024, 5, 14))
    assert [(k, s) for k, s, _e, _t in found] == [("event", "2024-05-28")]


def test_dates_inside_web_addresses_are_not_read():
    text = "Spotkanie, zob. https://gmina.pl/aktualnosci/spotkanie-19-10-2023 oraz www.x.pl/2023.10.19"
    assert read(text) == []


def test_a_price_is_not_a_time():
    assert read("Bilety 12.00 zł, spotkanie 19.10.2023 o 17:00") == [
        ("event", "2023-10-19T17:00", None, "19.10.2023 o 17:00")]


def test_title_date_takes_the_time_of_the_meeting_sentence():
    text = ("Spotkanie z mieszkańcami sołectwa – 12.09.2024\n\n"
            "Wójt Gminy zaprasza na spotkanie, które odbędzie się o godz. 18.00 w remizie OSP.")
    assert [m[1] for m in read(text, dt.date(2024, 9, 5))] == ["2024-09-12T18:00"]


def test_office_hours_are_not_meeting_times():
    text = ("Harmonogram pracy urzędu:\n– 29 i 30 grudnia 2025 r. – Urząd czynny w standardowych godzinach 7:30–15:30,\n"
            "Przypominamy, że termin płatności raty podatku upłynął 15 listopada.")
    assert all(kind != "event" for kind, *_ in read(text, dt.date(2025, 12, 12)))
    text = "Spotkanie 19.10.2023 w Powiatowym Urzędzie Pracy o godz. 10:00."
    assert read(text)[0][1] == "2023-10-19T10:00"


def test_a_closing_time_is_not_a_start_time():
    text = "22 marca 2025 r. (sobota) – odpady należy wystawić przed posesję do godz. 7:00."
    assert all("T" not in start for _kind, start, _end, _ in read(text))


def test_times_of_a_programme_after_its_heading():
    text = ("Zapraszamy na konferencję, która odbędzie się 7 października 2025 roku w Kaliszu.\n\n"
            "Program konferencji:\n10:00–10:30 – rejestracja uczestników\n10:30 – otwarcie")
    assert read(text, dt.date(2025, 9, 1))[0][1] == "2025-10-07T10:00"


def test_windows_line_ends_read_like_unix_ones():
    text = "Gmina X\n\n20 lutego 2025\n\nSpotkanie odbędzie się 5 marca 2025 r.\n\nProgram spotkania:\n10:00 otwarcie\n"
    unix = [(k, s, e) for k, s, e, _ in read(text, None)]
    assert unix == [("publication", "2025-02-20", None), ("event", "2025-03-05T10:00", None)]
    assert [(k, s, e) for k, s, e, _ in read(text.replace("\n", "\r\n"), None)] == unix


def test_empty_and_dateless_texts():
    assert find_dates("") == []
    assert read("Zapraszamy wkrótce, termin podamy.") == []


# --- find_published ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Aktualności >>>\nDodano: 28.06.2017\n\nTytuł", (dt.date(2017, 6, 28), "Dodano: 28.06.2017")),
    ("Data dodania: 2023-11-06 09:12:40", (dt.date(2023, 11, 6), "Data dodania: 2023-11-06 09:12:40")),
    ("Opublikowała: Joanna Sowa | Data publikacji: 12-10-2018 10:15",
     (dt.date(2018, 10, 12), "Data publikacji: 12-10-2018")),
    ("opublikowano 17 listopada 2022\n\nTreść", (dt.date(2022, 11, 17), "opublikowano 17 listopada 2022")),
    ("Łódź, 12 marca 2024 r.\n\nZaproszenie na spotkanie", (dt.date(2024, 3, 12), "Łódź, 12 marca 2024 r.")),
    # a header line holding only a date is when the item was posted
    ("Fundacja\n\nTytuł wiadomości\n\n20 lutego 2025\n\nTreść bez dat.", (dt.date(2025, 2, 20), "20 lutego 2025")),
])
def test_find_published(text, expected):
    day, evidence, span = find_published(text)
    assert (day, evidence) == expected
    assert text[span[0]:span[1]] == evidence


def test_page_metadata_lines():
    text = ("Wytworzył: Jan Kowalski, dnia 12.03.2024\nOpublikował: Anna Nowak dnia 13.03.2024\n"
            "Spotkanie odbędzie się 19.03.2024 o godz. 10:00")
    assert [(k, s) for k, s, _e, _t in read(text, None)] == [
        ("other", "2024-03-12"), ("publication", "2024-03-13"), ("event", "2024-03-19T10:00")]
    assert find_published(text)[0] == dt.date(2024, 3, 13)
    assert find_published("Gmina X\n\n12.03.2024, 10:15\n\nZapraszamy na spotkanie 19.03.2024 o 17:00")[0] == \
        dt.date(2024, 3, 12)


def test_a_posters_date_line_is_the_meeting_not_the_publication():
    text = "SPOTKANIE MIESZKAŃCÓW\n\n19 października 2023\ngodz. 17:00\nŚwietlica wiejska"
    assert find_published(text) is None
    assert read(text, None) == [("event", "2023-10-19T17:00", None, "19 października 2023\ngodz. 17:00")]


def test_publication_beats_creation_date():
    text = "Data wytworzenia: 14.02.2025\nData publikacji: 17.02.2025\n"
    assert find_published(text)[0] == dt.date(2025, 2, 17)


def test_no_publication_date():
    assert find_published("Zapraszamy na spotkanie 19.10.2023 o godz. 10:00.") is None
    assert find_published("") is None


# --- the five seed announcements -----------------------------------------------------------------
@pytest.mark.parametrize("record", seed_params())
def test_seed_events_deadlines_and_publication_match_gold(record):
    text = seed_text(record)
    gold = record["gold"]
    mentions = find_dates(text, today=TODAY)
    events = [{"start": m.start, "end": m.end} for m in mentions if m.kind == "event"]
    deadlines = [m.start for m in mentions if m.kind == "deadline"]
    published = find_published(text)
    assert events == gold["events"]
    assert deadlines == gold["deadlines"]
    assert (published[0].isoformat() if published else None) == gold["published"]
    for m in mentions:
        assert isinstance(m, DateMention) and text[m.span[0]:m.span[1]] == m.text
