"""Properties of the date and time grammar that must hold for any input a crawler may bring:
it never crashes, every date it gives is a real calendar date and time, every span points
at its evidence, and no event ends before it starts.

The texts are generated from the grammar's own vocabulary (every month form of the lexicon,
ordinal endings, Roman months, weekday words and adjectives, relative words, time cues,
superscript minutes) run together with dots, dashes, spaces and line breaks in odd places,
and cut at any point, so the generator reaches every branch a real page can reach.
"""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nlp.dates import KINDS, find_dates, find_published
from nlp.dates_grammar import scan
from nlp.dates_lexicon import (ANAPHORIC_OF, COUNTED_NUMBER_OF, COUNTED_UNIT_OF, DAY_PARTS, LEXICON, MONTH_OF,
                               MONTH_STAMP_OF, RELATIVE_ADJECTIVE_OF, RELATIVE_OF, ROMAN_OF, WEEK_PHRASE_OF,
                               WEEKDAY_ADJECTIVE_OF, WEEKDAY_OF)

WHEN_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")

MONTH_FORMS = sorted(MONTH_OF)
WORDS = sorted(set(WEEKDAY_OF) | set(WEEKDAY_ADJECTIVE_OF) | set(RELATIVE_OF) | set(RELATIVE_ADJECTIVE_OF)
               | set(MONTH_STAMP_OF) | set(LEXICON["time_cues"]) | set(LEXICON["current_year_markers"])
               | set(LEXICON["current_month_markers"]) | set(LEXICON["year_suffixes"])
               | set(ANAPHORIC_OF) | set(COUNTED_UNIT_OF) | set(COUNTED_NUMBER_OF) | set(WEEK_PHRASE_OF)
               | set(DAY_PARTS) | set(LEXICON["weekday_plural_forms"]) | {"za", "temu", "lepsze", "nasze"}
               | set(LEXICON["relative_year_markers"]) | set(LEXICON["time_labels"]) | set(LEXICON["noon_words"])
               | {f for forms in LEXICON["hour_words"].values() for f in forms}
               | set(LEXICON["whole_hours"]["prepositions"]) | set(LEXICON["whole_hours"]["suffixes"])
               | {"z", "na", "rozpocznie się", "zawodników", "osób"})
ORDINALS = ["-" + s for s in LEXICON["ordinal_suffixes"]] + LEXICON["ordinal_suffixes"]
ROMANS = sorted(ROMAN_OF)
SEPARATORS = [".", ". ", "-", "–", "—", "/", ":", ",", ";", " ", "  ", "\xa0", "\n", "\n\n", " \n ", "(", ")",
              "|", "•", " i ", " do ", " od ", " oraz ", "r.", " r.", "T", "⁰⁰", "³⁰", "oo", ".oo"]
# Phrases around dates that steer the classifier down each of its branches.
CONTEXT = ["Spotkanie ", "odbędzie się ", "odbyło się ", "Dodano: ", "Data publikacji: ", "Napisano dnia: ",
           "ustawy z dnia ", "zgłoszenia do ", "do dnia ", "najpóźniej do ", "Konsultacje trwają ", "ul. ",
           "Działanie ", "Łódź, ", "Program:\n", "Harmonogram spotkań:\n", "zł", "°C", "w dniu", "dniu",
           "Zobacz także:\n", "Autor: ", " przez redakcja", "Aktualności (", "w najbliższą ", "we ",
           "w ubiegły ", "za tydzień", "każdy ", "od ", "godz. ", "o godzinie ", "w godzinach od ", "Góry"]

numbers = st.one_of(st.integers(0, 40).map(str), st.integers(0, 40).map(lambda n: f"{n:02d}"),
                    st.integers(1900, 2099).map(str), st.sampled_from(["1300", "900", "1530", "2023", "99", "0"]))
pieces = st.one_of(
    numbers,
    st.sampled_from(MONTH_FORMS).map(lambda f: f if len(f) > 3 else f.upper()),
    st.sampled_from(MONTH_FORMS),
    st.sampled_from(WORDS),
    st.sampled_from(ORDINALS),
    st.sampled_from(ROMANS),
    st.sampled_from(SEPARATORS),
    st.sampled_from(CONTEXT),
)
# a date-shaped run: day, ordinal, month (name or Roman or number), year, time, each optional
date_like = st.tuples(
    numbers, st.sampled_from([""] + ORDINALS), st.sampled_from(SEPARATORS),
    st.one_of(st.sampled_from(MONTH_FORMS), st.sampled_from(ROMANS), numbers), st.sampled_from(SEPARATORS),
    st.one_of(st.just(""), numbers), st.sampled_from(["", " godz. ", ", ", " o "]), st.one_of(st.just(""), numbers),
    st.sampled_from(["", ":", ".", "⁰⁰", ".oo", " – "]), st.one_of(st.just(""), numbers),
).map("".join)
joined = st.lists(st.one_of(pieces, date_like), max_size=40).map("".join)
texts = st.one_of(
    st.text(max_size=300),
    joined,
    st.lists(st.one_of(pieces, date_like, st.text(max_size=5)), max_size=40).map("".join),
    # a fragment cut anywhere, as a page excerpt ends mid-word
    st.tuples(joined, st.integers(0, 400), st.integers(0, 400)).map(lambda t: t[0][min(t[1], t[2]):max(t[1], t[2])]),
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


@settings(max_examples=600, deadline=None)
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


@settings(max_examples=400, deadline=None)
@given(text=texts)
@example(text="0/0/1900")   # a template's empty date is no day
@example(text="1600/0/0")   # (nor one written year first)
def test_the_scanner_gives_ordered_spans_inside_the_text(text):
    dates, times = scan(text)
    for item in [*dates, *times]:
        assert 0 <= item.start <= item.end <= len(text), item
    for expr in dates:
        for part in expr.parts:
            assert 0 <= part.month <= 12 and 1 <= part.day <= 31, expr
    for t in times:
        assert 0 <= t.begin[0] <= 23 and 0 <= t.begin[1] <= 59, t
    assert [d.start for d in dates] == sorted(d.start for d in dates)


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
       style=st.sampled_from(["{d}.{m:02d}.{y}", "{d} {month} {y} r.", "{y}-{m:02d}-{d:02d}", "{d}/{m:02d}/{y}",
                              "{d}-go {month} {y}", "{d}.{roman}.{y}", "dnia {d:02d}.{m:02d}.{y}r."]))
def test_a_written_date_and_time_read_back_exactly(day, hour, minute, style):
    months = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    written = style.format(d=day.day, m=day.month, y=day.year, month=months[day.month - 1],
                           roman=romans[day.month - 1])
    text = f"Spotkanie odbędzie się {written}, godz. {hour}:{minute:02d}."
    events = [m for m in find_dates(text, published=day) if m.kind == "event"]
    assert [m.start for m in events] == [f"{day.isoformat()}T{hour:02d}:{minute:02d}"]


@settings(max_examples=200, deadline=None)
@given(form=st.sampled_from(MONTH_FORMS), day=st.integers(1, 28), year=st.integers(2000, 2040))
def test_every_month_form_of_the_lexicon_is_read(form, day, year):
    text = f"Zebranie {day} {form} {year} r."
    found = [m for m in find_dates(text, published=dt.date(year, 1, 1)) if m.kind == "event"]
    assert [m.start for m in found] == [dt.date(year, MONTH_OF[form], day).isoformat()]


@settings(max_examples=100, deadline=None)
@given(hour=st.integers(0, 23), minute=st.sampled_from([0, 15, 30, 45]),
       style=st.sampled_from(["{h}:{m:02d}", "{h}.{m:02d}", "{h}{sup}", "{h:02d}{m:02d}", "{h}.oo"]))
def test_every_way_of_writing_an_hour_reads_the_same(hour, minute, style):
    superscript = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    if style == "{h}.oo":
        minute = 0
    written = style.format(h=hour, m=minute, sup=f"{minute:02d}".translate(superscript))
    text = f"Spotkanie 5 maja 2025 r. o godz. {written} w sali nr 2."
    events = [m for m in find_dates(text, published=dt.date(2025, 4, 1)) if m.kind == "event"]
    assert [m.start for m in events] == [f"2025-05-05T{hour:02d}:{minute:02d}"]
