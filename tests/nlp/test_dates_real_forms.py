"""Forms real pages use that the grammar reads, each in an invented example in the style of real
announcements and news: ordinals, Roman months, flattened superscripts, bylines and date blocks,
tables flattened into lines, several sessions on one day, programmes, days named by words, and
the dates that are not meetings (office hours, document dates, periods)."""
from __future__ import annotations

import datetime as dt

import pytest
from datekit import TODAY, events

from nlp.dates import find_dates, find_published


def kinds(text: str, published: dt.date | None = None) -> list[tuple[str, str]]:
    return [(m.kind, m.start) for m in find_dates(text, published=published, today=TODAY)]


# --- how a day and an hour are written ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Spotkanie odbędzie się w czwartek, 7-go października 2021 r. w godzinach 10.30 – 13.30.",
     [("2021-10-07T10:30", "2021-10-07T13:30")]),
    ("Zebranie zwołuję na dzień 1-szego marca 2022 r. o godz. 17:00.", [("2022-03-01T17:00", None)]),
    ("Sesja Rady odbędzie się 19.X.2023 r. o godz. 10.oo w sali obrad.", [("2023-10-19T10:00", None)]),
    ("Przewodnicząca zwołuje sesję na dzień\n2 grudnia 2022 roku na godz. 900", [("2022-12-02T09:00", None)]),
    ("Zebranie wiejskie: 14 marca 2024 r., godz. 18⁰⁰, świetlica w Lipnie.", [("2024-03-14T18:00", None)]),
    ("Dyżur: 19.10.2023 w godz. 1000-1530.", [("2023-10-19T10:00", "2023-10-19T15:30")]),
    ("Warsztaty w dniu 5.III.2024 w godzinach od 9.00 do 12.30 w bibliotece.",
     [("2024-03-05T09:00", "2024-03-05T12:30")]),
    ("W dniu28 lutego 2024 r. o godz. 16:00 odbyło się zebranie sprawozdawcze OSP.", [("2024-02-28T16:00", None)]),
    ("Szkolenie rozpocznie się 5 kwietnia 2024 r. o 10:00 i potrwa do 14:00.",
     [("2024-04-05T10:00", "2024-04-05T14:00")]),
])
def test_ways_of_writing_a_meeting_day_and_hour(text, expected):
    assert events(text) == expected


def test_a_list_of_days_shares_one_time():
    text = "Spotkania odbędą się 05.03.2024, 12.03.2024 i 19.03.2024, zawsze o godz. 17:00, w Domu Kultury."
    assert events(text) == [("2024-03-05T17:00", None), ("2024-03-12T17:00", None), ("2024-03-19T17:00", None)]


def test_a_range_written_without_spaces_across_months():
    text = "Konsultacje trwają 28 lutego-15 marca 2024 r."
    assert [(m.kind, m.start, m.last_day) for m in find_dates(text, today=TODAY)] \
        == [("deadline", "2024-02-28", "2024-03-15")]   # the range kept, its last day the deadline


def test_the_nth_weekday_of_a_month():
    text = "Zebranie członków odbędzie się w ostatnią sobotę marca 2024 r. o godz. 10:00."
    assert events(text) == [("2024-03-30T10:00", None)]


def test_the_day_of_the_month_of_writing():
    text = "05-09-2019\nSpotkanie euroregionów odbyło się w środę 4 bm. w Prudniku."
    assert find_published(text)[0] == dt.date(2019, 9, 5)
    assert events(text) == [("2019-09-04", None)]


# --- the page's own date ----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Gmina Nowa Wieś\n14/03/2024 przez redakcja\n\nW poniedziałek 11 marca odbyło się spotkanie.",
     dt.date(2024, 3, 14)),
    ("Radio Lokalne » Region\n2024-03-14, 18:20 Autor: Jan Kowalski\n\nDziś odbyło się zebranie.",
     dt.date(2024, 3, 14)),
    ("Do Lipna przyjadą goście\nwtorek, 12 marca 2024 13:37 / Autor: Anna Nowak\nW czwartek odbędzie się narada.",
     dt.date(2024, 3, 12)),
    ("Aktualności (12 marca 2024)\n\nSpotkanie z mieszkańcami odbędzie się 20 marca o godz. 17:00.",
     dt.date(2024, 3, 12)),
    ("Z dnia 04.03.2024 |\nZapraszamy na spotkanie 6 marca 2024 r. o godzinie 16.00.", dt.date(2024, 3, 4)),
    ("  • 15-03-2024\n\nKOLEJNE SPOTKANIE RADY SENIORÓW\n\n13 marca 2024 r. odbyło się posiedzenie.",
     dt.date(2024, 3, 15)),
    ("Zebranie KGWNapisano dnia: 2024-03-14\n\nW dniu 12 marca 2024 r. odbyło się zebranie.", dt.date(2024, 3, 14)),
    ("Wizyta gości z partnerskiej gminy2024-03-13 23:00:00\n\nGoście przyjechali w środę (13.03.).",
     dt.date(2024, 3, 13)),
    ("herbGminy\n\n01 mar\n2024\n\nZEBRANIE SPRAWOZDAWCZE W OSP\n\nW dniu 27 lutego 2024 r. odbyło się zebranie.",
     dt.date(2024, 3, 1)),
    # a template's comma before the year, a poster's login after a bar, `w` after the label, a clock before
    # the date
    ("Konferencja o współpracy – program\n\n25 marca, 2024\n\nWspółpraca samorządu z organizacjami\n\n"
     "3 kwietnia 2024 r., Lipno\n\nKonferencja odbędzie się w Lipnie.", dt.date(2024, 3, 25)),
    ("Debata społeczna\n\n30 listopada 2023 | jkowal\n\nW dniu 7 grudnia 2023 r. o godz. 11:00 odbędzie się debata.",
     dt.date(2023, 11, 30)),
    ("Weź udział w projekcie\n\nOpublikowano w 10 listopada 2023 przez admin\n\nSpotkanie 20 listopada o godz. 10.",
     dt.date(2023, 11, 10)),
    ("Zapraszam na warsztaty 27 lutego o godz. 13:00.\n\nZ poważaniem\nAnna Lis\n\n"
     "Data opublikowania: 08:40, 22 lutego 2024\n\nKategorie: Aktualności", dt.date(2024, 2, 22)),
    # a template's live clock, the day's name-days under it, above the article's own date
    ("Wiadomości z regionu\n\nWtorek, 28 września 2021\nImieniny: Libuszy, Wacławy\n\nKapitalni w Lipnie\n\n"
     "21.09.2010\n\nPod takim hasłem odbyła się 20 września w Lipnie konferencja.", dt.date(2010, 9, 21)),
    # a letter's head with the town and `dnia`, its comma left out
    ("Konsultacje społeczne\n\nDrukuj\n\nStare Babice dnia 04.03.2024 r.\n\nZAWIADOMIENIE\n\nZawiadamiam, że w dniu\n"
     "08.03.2024 r., o godz. 18:00 w sali konferencyjnej urzędu odbędzie się spotkanie.", dt.date(2024, 3, 4)),
])
def test_bylines_and_date_blocks_are_the_publication_date(text, expected):
    found = find_published(text)
    assert found is not None and found[0] == expected
    assert text[found[2][0]:found[2][1]] == found[1]
    assert all(start[:10] != expected.isoformat() or kind != "event"
               for kind, start in kinds(text) if "Dziś" not in text)


def test_the_pages_system_date_beside_a_letter_head_of_the_same_day_is_no_meeting():
    text = ("Zawiadomienie o sesji\n\n2024-02-22\n\n          Lipno, dnia 22.02.2024 r.\n\nZAWIADOMIENIE\n\n"
            "Przewodniczący Rady Gminy Lipno zwołuje na dzień 28.02.2024 r. o godz. 16:00 sesję Rady Gminy.")
    assert find_published(text)[1] == "Lipno, dnia 22.02.2024 r."
    assert events(text) == [("2024-02-28T16:00", None)]


@pytest.mark.parametrize("text, day", [
    ("POSIEDZENIE\nRady Parafialnej w Lipnie\nw dniu 26.06.2024 r.\n\n1. Rozpoczęcie – modlitwa\n2. Sprawy bieżące",
     "2024-06-26"),
    ("PORZĄDEK OBRAD\nSESJI RADY GMINY BORKI\ndnia 2 grudnia 2010\n  1. Otwarcie.\n  2. Wolne wnioski.", "2010-12-02"),
])
def test_a_heading_over_a_line_of_w_dniu_and_its_date_names_the_meeting(text, day):
    assert [start[:10] for start, _ in events(text)] == [day]


def test_a_meetings_own_date_after_dnia_is_no_letters_head():
    text = "Zebranie wiejskie\nWtorek dnia 12.03.2024 r.\n\nZapraszamy mieszkańców do świetlicy na godz. 18.00."
    assert find_published(text) is None
    assert events(text) == [("2024-03-12T18:00", None)]


def test_a_byline_time_is_no_meeting_time():
    text = "Portal Gminy\n2024-03-14, 18:20 Autor: Jan Kowalski\n\nBurmistrz spotkał się dziś (14.03) z sołtysami."
    assert events(text) == [("2024-03-14", None)]


def test_a_row_of_a_table_of_dates_is_no_date_block():
    text = ("Harmonogram zebrań wiejskich:\n\nDATA\n\nMIEJSCOWOŚĆ\n\nGODZINA\n\n"
            "12.03.2024\n\n\nLIPNO\n\n\n17:00\n\n\n14.03.2024\n\n\nDĄBROWA\n\n\n18:00\n")
    assert find_published(text) is None
    assert events(text) == [("2024-03-12T17:00", None), ("2024-03-14T18:00", None)]


# --- several meetings, programmes -----------------------------------------------------------------
def test_two_sessions_in_two_places_on_one_day():
    text = "W dniu 05.03.2024 r. w Lipnie o 10:30 a w Dąbrowie o 13:00 odbyły się spotkania konsultacyjne."
    assert events(text) == [("2024-03-05T10:30", None), ("2024-03-05T13:00", None)]


def test_hours_in_lines_of_prose_are_no_sessions():
    text = ("Rajd rowerowy odbędzie się w niedzielę, 28 sierpnia.\nTrasa wyprawy liczy ok. 54 km i przebiega przez "
            "Lipno, Borki, Wolę, Dąbrowę i Michale. Po drodze uczestnicy zwiedzą elektrownię wodną. Zbiórkę "
            "zaplanowano na godz. 8.45 na parkingu przy rynku.\nWarto dodać, że zapisy przyjmuje Informacja "
            "Turystyczna. Dla osób, które dojadą same na miejsce startu przy hotelu „Samotnia” o godz. 9.50 "
            "wpisowe wyniesie 6 zł.")
    found = [(m.text, m.kind) for m in find_dates(text, published=dt.date(2011, 8, 26))]
    assert found[0] == ("niedzielę, 28 sierpnia", "event")
    assert [kind for _, kind in found[1:]] == ["other", "other"]   # (two hours, no two sessions)


def test_two_groups_on_one_day():
    text = ("Program Dni Seniora:\n- 11 marca: Warsztaty rękodzieła\ngodz. 9.00 - 11.00 - grupa I\n"
            "godz. 11.00 - 13.00 - grupa II\n- 18 marca: Spotkanie z dietetykiem\ngodz. 10.00 - Klub Seniora")
    assert events(text, dt.date(2024, 3, 1)) == [
        ("2024-03-11T09:00", "2024-03-11T11:00"), ("2024-03-11T11:00", "2024-03-11T13:00"),
        ("2024-03-18T10:00", None)]


def test_a_multi_day_meeting_starts_at_its_programmes_first_time():
    text = ("Forum organizacji pozarządowych odbędzie się 5-6 marca 2024 r. w Lublinie.\n\n"
            "Dzień pierwszy – 5 marca 2024 r.\n\nMiejsce: Centrum Kongresowe, sala A\n\n"
            "9.00 – 9:30 Rejestracja uczestników\n\n9.30 – 10.00 Otwarcie\n")
    assert events(text) == [("2024-03-05T09:00", "2024-03-06")]


def test_a_report_starts_at_its_first_time():
    text = ("8 marca 2024 r. obchodziliśmy Dzień Kobiet w Klubie Seniora.\n\n"
            "O godz. 14.30 panie wysłuchały koncertu, następnie odbyło się spotkanie przy kawie.")
    assert events(text) == [("2024-03-08T14:30", None)]


def test_the_time_of_a_sentence_that_names_its_own_day():
    text = ("Omówiono wnioski z konferencji, która odbyła się 10 października w Warszawie.\n"
            "Spotkanie (początek o godz. 9.30) zorganizowano w przeddzień Dnia Seniora, 3 grudnia 2024 r.")
    assert ("2024-10-10T09:30", None) not in events(text, dt.date(2024, 11, 20))


# --- days named by words ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Dodano: 2024-03-13\nDziś w świetlicy odbyło się zebranie mieszkańców.", [("2024-03-13", None)]),
    ("Dodano: 2024-03-13\nJutro o 17:00 zapraszamy na spotkanie.", [("2024-03-14T17:00", None)]),
    ("Dodano: 2024-03-13\nDzisiejsze obchody Dnia Sołtysa były udane.", [("2024-03-13", None)]),
    ("Dodano: 2024-03-13\nZebranie sołeckie odbędzie się w najbliższy piątek o 18:00.",
     [("2024-03-15T18:00", None)]),
    ("Dodano: 2024-03-13\nZebranie sołeckie odbędzie się w najbliższą środę o 18:00.",
     [("2024-03-20T18:00", None)]),
])
def test_days_named_by_words_count_from_the_publication_date(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, day", [
    # published on a Wednesday: a past-tense Monday is the one before, a future Friday the next
    ("W poniedziałek radni spotkali się z mieszkańcami.", "2024-03-11"),
    ("W piątek odbędzie się zebranie sołeckie.", "2024-03-15"),
    ("Nasi goście wezmą udział w czwartkowej sesji Rady Gminy.", "2024-03-14"),
    ("Od poniedziałku trwają ferie zimowe.", "2024-03-11"),
    # the day of writing itself: a coming Wednesday is today, the nearest one a week on
    ("Otwarcie wystawy nastąpi w środę w holu ratusza.", "2024-03-13"),
    ("W środę wieczorem zagra orkiestra dęta.", "2024-03-13"),
])
def test_a_bare_weekday_is_read_by_the_tense_of_its_clause(text, day):
    # a page that prints its own date fixes the week: the weekday is the meeting's day
    assert [start for _kind, start in kinds(f"Dodano: 2024-03-13\n{text}")][1:] == [day]
    # a date from elsewhere (a feed's) does not: the day is read, but is no meeting's
    assert kinds(text, dt.date(2024, 3, 13)) == [("other", day)]


def test_a_weekday_in_a_programme_is_in_its_events_week():
    text = ("Dodano: 2024-05-20\nDni Seniora odbędą się w dniach 4-5 czerwca 2024 r. w GOK, "
            "w godz. 10:00–15:00.\n\nW programie:\n– badania ciśnienia (we wtorek),\n– spotkanie z dzielnicowym (w środę o 11:00).")
    assert events(text) == [("2024-06-04T10:00", "2024-06-05T15:00")]


def test_a_days_word_in_prose_is_kept_but_is_no_event():
    text = "Dodano: 2024-03-13\nDziś organizacje potrzebują wsparcia, a w dzisiejszym świecie nic nie jest pewne."
    assert kinds(text) == [("publication", "2024-03-13"), ("other", "2024-03-13")]


def test_office_days_and_habits_are_no_days():
    text = "Dodano: 2024-03-13\nUrząd czynny od poniedziałku do piątku, a dyżury w każdy wtorek."
    assert events(text) == []


# --- dates that are not meetings ----------------------------------------------------------------------
def test_dates_of_documents_and_receipts_are_not_events():
    text = ("Na podstawie ustawy z dnia 5 czerwca 1998 r., na wniosek radnych z dnia 11 grudnia 2023 r. "
            "(data wpływu: 12 grudnia 2023 r.) zwołuję sesję, która odbędzie się 22 grudnia 2023 r. "
            "o godz. 9:00.")
    assert events(text) == [("2023-12-22T09:00", None)]
    # the day a statute or a body was registered
    text = ("Na podstawie statutu stowarzyszenia, zarejestrowanego pod nr 57 w dniu 19.04.2005 r., zawiadamiamy, że "
            "28 listopada 2015 r. o godz. 11.00 odbędzie się zjazd delegatów.")
    assert events(text) == [("2015-11-28T11:00", None)]


def test_complaint_hours_are_not_a_meeting():
    text = ("W dniu 5 stycznia 2024 r. w godz. od 14.30 do 15.35 w Biurze Rady w ramach skarg i wniosków "
            "dyżurować będzie Przewodniczący Rady.")
    assert events(text) == []


def test_the_offices_own_promise_and_a_viewing_period_are_no_deadlines():
    text = ("Uwagi do projektu należy składać w nieprzekraczalnym terminie do 14 marca 2024 r. "
            "Uwagi zostaną rozpatrzone nie później niż do dnia 5 kwietnia 2024 r.\n"
            "Z projektem można się zapoznać w siedzibie urzędu najpóźniej do dnia 13 marca 2024 r.")
    assert [start for kind, start in kinds(text) if kind == "deadline"] == ["2024-03-14"]


def test_convening_a_session_for_a_day_is_the_sessions_day():
    text = "Zwołuję sesję Rady Gminy na dzień 30 sierpnia 2024 r./wtorek/godz.09:00 w świetlicy."
    assert events(text) == [("2024-08-30T09:00", None)]


def test_a_range_of_days_with_a_spaced_dash_and_numbers_that_are_no_days():
    assert events("Szkolenie odbędzie się 15 – 16.05.2023 r. w Opolu.") == [("2023-05-15", "2023-05-16")]
    assert events("Zebranie nr 3 – 16.05.2023 r. w świetlicy.") == [("2023-05-16", None)]
    assert events("Spotkanie w sali przy ul. Polnej, Polna 5 – 12.06.2024 r.") == [("2024-06-12", None)]


def test_a_date_of_an_earlier_century_keeps_its_year():
    text = "Z kroniki szkoły: dnia 20 października 1865 r. poświęcono budynek, a 3 maja 1791 r. uchwalono konstytucję."
    assert [start for _kind, start in kinds(text, dt.date(2024, 3, 13))] == ["1865-10-20", "1791-05-03"]


def test_a_year_less_day_takes_the_year_its_sentence_names():
    # an undated page: the event's name carries its year, an older month-year elsewhere does not date it
    text = ("Od grudnia 2015 r. prowadzimy projekt wsparcia.\n\nZapraszamy na Forum Ekonomii Społecznej 2018, "
            "które odbędzie się 28 września w sali sesyjnej.")
    assert [start for kind, start in kinds(text) if kind == "event"] == ["2018-09-28"]


def test_a_programme_below_the_date_line_keeps_its_hours_for_the_event():
    text = ("Obchody Święta Konstytucji w piątek 3 maja.\n\n2 maja 2024\nNajpierw msza, później koncert orkiestry "
            "na rynku.\nProgram uroczystości:\ngodz. 11.00 msza św.\ngodz. 12.00 przemarsz")
    assert kinds(text) == [("event", "2024-05-03T11:00"), ("publication", "2024-05-02"),
                           ("other", "2024-05-03T11:00"), ("other", "2024-05-03T12:00")]


def test_a_posting_stamp_whose_clock_lost_its_colon_is_the_publication_date():
    text = ("Protokół z posiedzenia Rady Gminy w dniu 21 października 2008 r.\n\n2010-07-08 1510\n"
            "Artykuł czytany: 3606 razy\n\nz posiedzenia Rady Gminy\nw dniu 21 października 2008 r.")
    assert kinds(text)[:2] == [("event", "2008-10-21"), ("publication", "2010-07-08T15:10")]
    # a number after an ISO date in a sentence is no clock
    assert kinds("Dnia 2010-07-08 1510 osób odwiedziło targi.", dt.date(2010, 7, 9))[0][1] == "2010-07-08"


def test_the_day_an_observance_falls_on_is_no_meeting_day():
    text = ("Spotkanie, zorganizowane z okazji Dnia Sołtysa, obchodzonego w tym roku w niedzielę 11 marca, było "
            "okazją do złożenia życzeń. Spotkanie odbyło się 13 marca br.")
    assert kinds(text, dt.date(2018, 3, 14)) == [("other", "2018-03-11"), ("event", "2018-03-13")]
    assert kinds("Dzień Seniora, przypadający 14 listopada, uczcimy spotkaniem 16 listopada.", dt.date(2018, 11, 1)) \
        == [("other", "2018-11-14"), ("event", "2018-11-16")]


def test_a_meeting_on_the_day_of_an_observance_keeps_its_day_and_hour():
    text = ("Spotkanie rady odbędzie się 3 grudnia 2019 roku w Ostródzie. Kongres miał miejsce 10 października.\n"
            "Spotkanie (początek o godz. 9.30) jest organizowane w ramach przypadającego na 3 grudnia 2019 r. "
            "Międzynarodowego Dnia Osób z Niepełnosprawnościami.")
    assert ("event", "2019-12-03T09:30") in kinds(text, dt.date(2019, 11, 20))


def test_a_coming_weekday_said_on_that_weekday_is_the_day_of_writing_unless_the_page_dates_one():
    assert kinds("Dodano: 2024-03-13\nOtwarcie wystawy nastąpi w środę o godz. 18 w holu ratusza.")[1:] == [
        ("event", "2024-03-13T18:00")]
    # the page dates a coming Wednesday: a bare `w środę` after it points back to that day
    text = ("Dodano: 2024-03-13\nSpotkanie odbędzie się w środę (20 marca) o godz. 17.00 w świetlicy.\n\n"
            + "Omówimy zasady składania wniosków, harmonogram naboru i najczęstsze błędy w projektach. " * 4
            + "\n\nKto nie może przyjść w środę – powtórkę zaplanowaliśmy na czwartek 21 marca na godz. 10.00.")
    assert [start for _kind, start in kinds(text)] == ["2024-03-13", "2024-03-20T17:00", "2024-03-20",
                                                        "2024-03-21T10:00"]


def test_a_term_that_runs_out_with_a_day_is_a_deadline_but_a_law_in_force_from_it_is_not():
    text = ("Dyskusja publiczna odbędzie się 25 marca 2020 r. o godz. 11:00. Termin składania uwag upływa z dniem "
            "2 kwietnia 2020 r.")
    assert kinds(text)[1] == ("deadline", "2020-04-02")
    assert kinds("Ustawa wchodzi w życie z dniem 1 stycznia 2021 r.") == [("other", "2021-01-01")]


def test_an_hour_written_before_its_day_is_that_days_not_the_day_before():
    text = ("Konsultacje trwają od godz. 8:00 dnia 3 czerwca 2024 r. do godz. 15:00 dnia 10 czerwca 2024 r. "
            "Spotkanie otwarte odbędzie się o godz. 17:00 dnia 5 czerwca 2024 r. w sali narad.")
    starts = [m.start for m in find_dates(text, today=TODAY)]
    assert starts[0] == "2024-06-03T08:00" and "2024-06-05T17:00" in starts


@pytest.mark.parametrize("text, kind", [
    # a consultation's period closes on its last day, the word `okres` naming the range notwithstanding
    ("Konsultacje odbywać się będą w okresie od 20 grudnia 2019 r. do 17 stycznia 2020 r.", "deadline"),
    ("Ankieta będzie dostępna od 6 do 19 lutego 2023 r.", "deadline"),
    # a project's period is none
    ("Projekt realizowany jest w okresie od 1 stycznia 2019 r. do 31 grudnia 2020 r.", "other"),
])
def test_a_consultation_period_named_by_its_period_closes_on_its_last_day(text, kind):
    assert [k for k, _ in kinds(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Spotkanie konsultacyjne odbędzie się 14 lutego 2014 r. Konsultacje społeczne zakończą się 2 marca 2014 roku.",
    "Spotkanie konsultacyjne odbędzie się 14 lutego 2014 r. Konsultacje potrwają do 2 marca 2014 r.",
])
def test_the_end_of_a_consultation_period_is_its_deadline(text):
    assert kinds(text) == [("event", "2014-02-14"), ("deadline", "2014-03-02")]


def test_the_end_of_a_reporting_period_is_no_deadline():
    text = "Sprawozdanie z wykonania planu dochodów od początku roku do dnia 30 września 2018 r."
    assert kinds(text, published=dt.date(2018, 10, 10)) == [("other", "2018-09-30")]
