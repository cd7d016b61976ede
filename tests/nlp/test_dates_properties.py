"""Properties of the date and time grammar that must hold for any input a crawler may bring:
it never crashes, every date it gives is a real calendar date and time, every span points
at its evidence, and no event ends before it starts."""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.dates import KINDS, find_dates, find_published

WHEN_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")

# Fragments of real announcement language, so generated texts reach deep into the grammar
# (ranges, lists, times, cues) instead of staying in random noise.
FRAGMENTS = [
    "19", "31", "0", "29", "30", "1", "12", "2023", "1999", "24", "25", "1300", "99", "3",
    "lipca", "lutego", "LISTOPADA", "pazdziernika", "maja", "X", "XII", "II", "IV",
    ".", "-", "–", "/", ":", ",", " ", " ", "\n", "\n\n", " r.", " br.", " roku", "(", ")",
    " i ", " do ", "od ", " oraz ", "godz. ", "o godzinie ", "w godz. ", "w czwartek ", "we wtorek ",
    "dziś", "jutro", "za tydzień", "wczoraj", "w najbliższy piątek ", "w ubiegły czwartek ",
    "Dodano: ", "Data publikacji: ", "ustawy z dnia ", "zgłoszenia do ", "do dnia ", "Spotkanie ",
    "Konsultacje trwają ", "ul. ", "Działanie ", "Łódź, ", "Program:\n", "zł", "°C",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=40).map("".join),
)
days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))


def _valid_when(value: str) -> bool:
    if not WHEN_RE.match(value):
        return False
    try:
        if "T" in value:
            dt.datetime.strptime(value, "%Y-%m-%dT%H:%M")
        else:
            dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@settings(max_examples=400, deadline=None)
@given(text=texts, published=st.none() | days, today=days)
def test_any_text_gives_valid_dates_with_exact_evidence(text, published, today):
    for m in find_dates(text, published=published, today=today):
        assert m.kind in KINDS
        assert _valid_when(m.start), m
        assert m.end is None or _valid_when(m.end), m
        assert m.end is None or m.end >= m.start, m
        s, e = m.span
        assert 0 <= s < e <= len(text)
        assert text[s:e] == m.text


@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_find_published_never_crashes_and_points_at_its_evidence(text):
    found = find_published(text)
    if found is not None:
        day, evidence, (s, e) = found
        assert isinstance(day, dt.date)
        assert text[s:e] == evidence


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
       hour=st.integers(0, 23), minute=st.integers(0, 59),
       style=st.sampled_from(["{d}.{m:02d}.{y}", "{d} {month} {y} r.", "{y}-{m:02d}-{d:02d}", "{d}/{m:02d}/{y}"]))
def test_a_written_date_and_time_read_back_exactly(day, hour, minute, style):
    months = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
    written = style.format(d=day.day, m=day.month, y=day.year, month=months[day.month - 1])
    text = f"Spotkanie odbędzie się {written}, godz. {hour}:{minute:02d}."
    events = [m for m in find_dates(text, published=day) if m.kind == "event"]
    assert [m.start for m in events] == [f"{day.isoformat()}T{hour:02d}:{minute:02d}"]
