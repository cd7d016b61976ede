"""The kind of event an announcement is about, and whether it is still to come."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from nlp.classify import EVENT_TYPES, event_type, status
from nlp.dates import find_dates

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


@pytest.mark.parametrize("text, title, expected", [
    ("Zapraszamy na konferencję, która odbędzie się 19.10.2023 o godz. 10:00.", "", "konferencja"),
    ("Zapraszamy na bezpłatne webinarium 23 kwietnia 2024 r., godz. 10:00.", "Webinarium: mieszkania wspomagane",
     "szkolenie"),
    ("KGW zaprasza na warsztaty kulinarne w sobotę 21 września 2024 r. od godz. 10:00.", "", "warsztaty"),
    ("Spotkanie konsultacyjne w sprawie strategii\n\nKonsultacje społeczne: spotkanie 19.10.2023 o 17:00.", "",
     "konsultacje"),
    ("Debata odbędzie się w środę, 9 kwietnia 2025 r., o godz. 18:00. Tematy debaty: zieleń.", "", "debata"),
    ("IV Forum Organizacji Pozarządowych\n\nForum odbędzie się 19.10.2023 o godz. 10:00.", "", "forum"),
    # the adjective after the generic word names the kind
    ("MCOP zaprasza skarbników na dwa spotkania szkoleniowe Akademii Skarbnika: 9 października 2025 r., "
     "godz. 16:00-19:00. Na każde spotkanie warto zabrać sprawozdanie.", "", "szkolenie"),
    # "na forum" is an idiom (in public), not a forum
    ("Dyskusja na forum i w grupach. Spotkanie 19.10.2023 o 10:00.", "", "spotkanie"),
    # a call for cooperation: no event date, no invitation to an event
    ("Zapraszamy podmioty ekonomii społecznej do współpracy w projekcie. Już wkrótce warsztaty.", "", "inne"),
    ("Gmina otrzymała dofinansowanie na budowę świetlicy. Umowę podpisano 28 lutego 2024 r.", "", "inne"),
])
def test_event_type(text, title, expected):
    assert event_type(text, title) == expected


def test_event_type_is_one_of_the_schema_values():
    assert set(EVENT_TYPES) == {"spotkanie", "konferencja", "szkolenie", "warsztaty", "konsultacje", "debata",
                                "forum", "inne"}
    assert event_type("") == "inne"


def _seed_cases():
    for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        yield pytest.param(record, id=record["id"])


@pytest.mark.parametrize("record", list(_seed_cases()))
def test_seed_event_types_match_gold(record):
    text = (SEEDS / record["file"]).read_text(encoding="utf-8")
    assert event_type(text) == record["gold"]["event_type"]


TODAY = dt.date(2025, 6, 10)


@pytest.mark.parametrize("text, events, expected", [
    ("Zapraszamy na spotkanie.", [{"start": "2025-06-26T17:00", "end": None}], "upcoming"),
    ("Zapraszamy na spotkanie.", [{"start": "2025-06-09", "end": "2025-06-10"}], "upcoming"),
    ("Spotkanie odbyło się.", [{"start": "2025-05-02", "end": None}], "past"),
    ("Zapraszamy na spotkanie.", [], "unknown"),
    ("ODWOŁANE – Spotkanie konsultacyjne w sprawie strategii", [{"start": "2025-06-26", "end": None}], "cancelled"),
    ("Informujemy, że spotkanie zaplanowane na 12 czerwca zostało odwołane.", [], "cancelled"),
    ("Z przyczyn organizacyjnych spotkanie zostaje przełożone. Nowy termin podamy wkrótce.",
     [{"start": "2025-06-12", "end": None}], "cancelled"),
    ("Spotkanie zostało przeniesione na inny termin.", [{"start": "2025-06-12", "end": None}], "cancelled"),
    ("Spotkanie zostało przeniesione do sali nr 5.", [{"start": "2025-06-12", "end": None}], "upcoming"),
    # moved to a new date: the meeting still takes place, on the date the events hold
    ("Spotkanie zaplanowane na 12 czerwca zostało przełożone na czwartek 26 czerwca 2025 r.",
     [{"start": "2025-06-26T17:00", "end": None}], "upcoming"),
    # an appeal against a decision is no cancellation
    ("Od decyzji przysługuje odwołanie. Zapraszamy na spotkanie.", [{"start": "2025-06-26", "end": None}],
     "upcoming"),
])
def test_status(text, events, expected):
    assert status(text, events, dt.date(2025, 6, 5), TODAY) == expected


def test_status_reads_date_mentions_too():
    text = "Spotkanie odbędzie się 26 czerwca 2025 r. o godz. 17:00."
    events = [m for m in find_dates(text, published=dt.date(2025, 6, 5)) if m.kind == "event"]
    assert status(text, events, dt.date(2025, 6, 5), TODAY) == "upcoming"
    assert status(text, events, dt.date(2025, 6, 5), dt.date(2025, 7, 1)) == "past"
