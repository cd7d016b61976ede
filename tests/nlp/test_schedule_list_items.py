"""Schedules printed as bulleted lists the way real pages print them: the place before its date
(`• Nysa (21.02.2020 r.)`, `• Brzeg, 26.02.2020 r.`), each item a meeting at its own place; a
list of meetings whose intro also speaks of handing in comments; and a place under a pictogram
and a question (`📍 Gdzie?`)."""
import pytest

from nlp.dates import find_dates
from nlp.venues import find_venues

_INTRO = "W ramach konsultacji odbędą się spotkania konsultacyjne zgodnie z poniższym harmonogramem:\n\n"


def _events(text: str) -> list[str]:
    return [m.day for m in find_dates(text) if m.kind == "event"]


def _venues(text: str) -> list[tuple[str | None, str | None, str | None]]:
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    return [(v.name, v.address, v.city) for v in find_venues(text, event_spans=spans)]


@pytest.mark.parametrize("items", [
    "  • Nysa (21.02.2020 r.)\n  • Brzeg (26.02.2020 r.)\n  • Opole (04.03.2020 r.).\n",
    "  • Nysa, 21.02.2020 r.\n  • Brzeg, 26.02.2020 r.\n  • Opole, 04.03.2020 r.\n",
    "  • Nysa – 21.02.2020 r.\n  • Brzeg – 26.02.2020 r.\n  • Opole – 04.03.2020 r.\n",
])
def test_each_item_giving_its_town_before_its_date_is_a_meeting_there(items):
    text = _INTRO + items + "\nSzczegółowe informacje zostaną wkrótce opublikowane."
    assert _events(text) == ["2020-02-21", "2020-02-26", "2020-03-04"]
    assert _venues(text) == [(None, None, "Nysa"), (None, None, "Brzeg"), (None, None, "Opole")]


def test_a_letters_place_and_date_line_is_no_meeting():
    text = ("Nysa, 21.02.2020 r.\n\nZawiadomienie\n\nUprzejmie informuję, że sesja Rady Miejskiej odbędzie się "
            "5 marca 2020 r. o godz. 10.00 w sali obrad.")
    assert _events(text) == ["2020-03-05"]


def test_a_list_of_meetings_whose_intro_also_speaks_of_handing_in_comments():
    text = ("Otwarte spotkania konsultacyjne z możliwością składania uwag:\n\n"
            "  • 18 września 2019 r. o godz. 10:00 w Opolu w Opolskim Inkubatorze Przedsiębiorczości, "
            "ul. Kaliska 25 45-800 Opole,\n"
            "  • 24 września 2019 r. o godz. 10:00 w Nysie w Wyższej Szkole Zawodowej, ul. Armii Krajowej 10 "
            "48-300 Nysa.")
    assert _venues(text) == [("Opolskim Inkubatorze Przedsiębiorczości", "ul. Kaliska 25 45-800 Opole", "Opole"),
                             ("Wyższej Szkole Zawodowej", "ul. Armii Krajowej 10 48-300 Nysa", "Nysa")]


def test_a_list_of_where_to_send_comments_is_no_list_of_venues():
    text = ("Konsultacje odbędą się 18 września 2019 r. Uwagi można składać:\n\n"
            "  • w Kancelarii Urzędu Miasta w Opolu, ul. Kaliska 25 45-800 Opole,\n"
            "  • w Biurze Obsługi Mieszkańców w Nysie, ul. Armii Krajowej 10 48-300 Nysa.")
    assert _venues(text) == []


def test_a_place_under_a_pictogram_and_a_question():
    text = ("Gminna Biblioteka Publiczna w Borkach serdecznie zaprasza na spotkanie „Bobry i my”.\n📅 Kiedy?\n"
            "Sobota, 20 września 2025, godz. 17:00–19:00\n📍 Gdzie?\n"
            "Gminna Biblioteka Publiczna w Borkach, ul. Szkolna 18A, 21-532 Borki\n"
            "Przy kawie porozmawiamy o książce.")
    assert _venues(text) == [("Gminna Biblioteka Publiczna w Borkach", "ul. Szkolna 18A, 21-532 Borki", "Borki")]


def test_a_table_of_days_and_schools_named_by_acronyms_with_their_streets():
    text = ("Spotkania w sprawie budżetu obywatelskiego w Opolu.\n\nTerminy i miejsca spotkań\nData Miejsce Osiedla\n"
            "15/05 BOK, ul. Kaliska 166 Zaodrze, Gosławice\n16/05 SP 184, ul. Ozimska 19a Malinka\n"
            "17/05 PG 33, ul. Polna 15 Nowa Wieś Królewska\n18/05 III LO, ul. Krakowska 8/10 Śródmieście\n")
    assert [(name, address) for name, address, _ in _venues(text)] == [
        ("BOK", "ul. Kaliska 166"), ("SP 184", "ul. Ozimska 19a"), ("PG 33", "ul. Polna 15"),
        ("III LO", "ul. Krakowska 8/10")]


def test_a_range_said_to_hold_several_meetings_spans_the_days_listed_with_their_hours():
    text = ("Zarząd Stowarzyszenia zaprasza mieszkańców.\n\n- W dniach od 6 do 10 czerwca 2025 r. na terenie gmin "
            "stowarzyszenia odbędą się warsztaty strategiczne.\n\nHarmonogram spotkań\n\n"
            " • Gmina Borki\n • 6 czerwca, godz. 12.00\n  sala sesyjna Urzędu Gminy w Borkach, ul. Polna 1\n\n"
            " • Gmina Lipno\n • 7 czerwca, godz. 15.30\n  Urząd Gminy w Lipnie, ul. Szkolna 13\n\n"
            " • Gmina Kobiór\n • 9 czerwca, godz. 15.30\n  Gminny Dom Kultury w Kobiórze, ul. Centralna 16\n")
    events = [(m.start, m.end) for m in find_dates(text) if m.kind == "event"]
    assert events == [("2025-06-06T12:00", None), ("2025-06-07T15:30", None), ("2025-06-09T15:30", None)]


def test_a_conference_over_days_with_its_programme_stays_one_event():
    text = ("Konferencja odbędzie się w dniach od 6 do 8 czerwca 2025 r. w Borkach.\n\nProgram\n"
            "6 czerwca, godz. 10.00 – otwarcie\n7 czerwca, godz. 9.00 – panele\n"
            "8 czerwca, godz. 9.00 – podsumowanie\n")
    events = [(m.start, m.end) for m in find_dates(text) if m.kind == "event"]
    assert events == [("2025-06-06T10:00", "2025-06-08")]


def test_a_list_lead_broken_before_its_comma_still_says_what_the_items_are():
    # (a page's stray line break before `, przygotowane …:`: the lead begins on the line above)
    text = ("Dziękujemy za Waszą pracę i zapraszamy na warsztaty\n, przygotowane specjalnie dla seniorów:\n\n"
            "  • 3 kwietnia 2024 - Ogród zimą\n  • 17 kwietnia 2024 - Zdrowa kuchnia\n")
    assert _events(text) == ["2024-04-03", "2024-04-17"]
