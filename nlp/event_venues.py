"""Which venue each event is at: a schedule of village meetings says which meeting is where.

Read from positions in the text, the way schedules and reports are written:
- a venue in the event's own row: after its date and before the next event's date, in the
  same sentence (`12.06.2024 r. – godz. 10.00 Sobków, 12.06.2024 r. – godz. 13.00 Małogoszcz`,
  `3.10 w Kaliszu oraz 4.10 w Koninie`), or inside a table row read as one date;
- a date alone on its line heads a list of places: the first of them (`27 lutego, 18:00` /
  `• Dom Kultury…`);
- a venue named before, said again in the event's row (`02.05.2023, Park na Wyspie`);
- else the nearest venue before the date in the same sentence (`w Domu Kultury 5 maja`);
- else, when the text names one venue only, that one.
A sentence that says several meetings are held and joins their places (`w GOK w Gąsawie oraz w
GOK w Rogowie`) gives one event a place.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from nlp.dates_context import names_several_meetings
from nlp.text_lines import line_bounds
from nlp.venue_rows import time_row

Span = tuple[int, int]
# (a numbered list's next item too: `…, sala mała\n 2. Urząd Miasta …`)
_SENTENCE_BREAK_RE = re.compile(r"[.!?](?=\s+[A-ZŁŚŻŹĆ„\d])|\n\s*\n|\n[ \t]*\d{1,2}[.)][ \t]")


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return _SENTENCE_BREAK_RE.search(text, lo, hi) is None


def _nearest_ends(a: Span, b: Span) -> tuple[int, int]:
    """The facing ends of two spans (what stands between them)."""
    return (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0]) if b[1] <= a[0] else (a[0], a[0])


_HEADER_TAIL_RE = re.compile(r"[\s,.:;()\-–]*\n")
_LIST_GAP_RE = re.compile(r"[\s•*\-–]*(?:(?:w|we|na)\s+)?")


def _first_listed_after_header(text: str, end: int, next_start: int, venue_spans: list[Span]) -> int | None:
    """`27 lutego, 18:00` / `` / `• Dom Kultury…` / `• Stadion…`: a date alone on its line
    heads a list of places; the event is at the first of them."""
    header_end = _HEADER_TAIL_RE.match(text, end)
    if header_end is None:
        line_end = text.find("\n", end)
        if line_end < 0 or not text[:line_end].rstrip().endswith(":"):
            return None   # (`6 lipca wybory odbędą się:` / `w Dębinie o godzinie 9…` heads a list too)
        header_end = re.compile(r"\n").match(text, line_end)
    gap = _LIST_GAP_RE.match(text, header_end.end())
    for v, (a, _) in enumerate(venue_spans):
        if a == gap.end() and a < next_start:
            return v
    return None


def _said_again_in_row(text: str, start: int, row_end: int, venue_spans: list[Span]) -> int | None:
    """`2. „Majówka” – 02.05.2023, Park na Wyspie, koncert`: a venue named earlier in the
    text, said again in the event's own row."""
    row_end = min(row_end, _row_end(text, start))
    found = []
    for v, (a, b) in enumerate(venue_spans):
        name = re.split(r"[,(]", text[a:b])[0].strip()
        at = text.find(name, start, row_end) if len(name) >= 4 else -1
        if at >= 0:
            found.append((at, v))
    return min(found)[1] if found else None


_DAY_MONTH_RE = re.compile(r"\b(\d{1,2})(?:\s+([a-ząćęłńóśźż]{3,})|\.(\d{1,2})\.)", re.IGNORECASE)


def _row_of_the_same_date(text: str, start: int, end: int, venue_spans: list[Span]) -> int | None:
    """`• środa 7 maja, 16:00` in the summary, `7 maja (środa), godz. 16:00 – Bazarek przy …`
    in the schedule below: the first venue on a line that opens with the event's day."""
    day = _DAY_MONTH_RE.search(text, start, end)
    if day is None:
        return None
    again = re.compile(r"(?m)^[ \t•*\-–]*" + re.escape(day.group()) + r"\b")
    for m in again.finditer(text):
        if m.start() <= start < m.end() + 1:
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        on_line = [v for v, (a, _) in enumerate(venue_spans) if m.end() <= a < line_end]
        if on_line:
            return min(on_line, key=lambda v: venue_spans[v][0])
    return None


def _row_end(text: str, start: int) -> int:
    m = _SENTENCE_BREAK_RE.search(text, start)
    nl = text.find("\n", start)
    ends = [x for x in (m.start() if m else -1, nl) if x >= 0]
    return min(ends) if ends else len(text)


def venue_of_each_event(text: str, event_spans: list[Span], venue_spans: list[Span]) -> list[int | None]:
    """For each event span (in the given order), the index of its venue in `venue_spans`, or None."""
    order = sorted(range(len(event_spans)), key=lambda k: event_spans[k])
    out: list[int | None] = [None] * len(event_spans)
    for position, k in enumerate(order):
        start, end = event_spans[k]
        # (under a date heading, `19 maja` / `• godz. 11.00 – …`, each time's line is its row)
        next_start = time_row(text, *event_spans[order[position + 1]]) if position + 1 < len(order) else len(text)
        row_start = time_row(text, start, end)
        if position and event_spans[order[position - 1]][0] == start and event_spans[order[position - 1]][1] < end:
            # one date, two times (`6 lipca … w Dębinie o godzinie 9 i w Lasowicach o godzinie 11`):
            # the later time's row begins where the earlier one's ends
            row_start = max(row_start, event_spans[order[position - 1]][1])
        if next_start == row_start:
            next_start = end
        in_row = [v for v, (a, _) in enumerate(venue_spans)
                  if row_start <= a < max(next_start, end) and _same_sentence(text, min(end, a), a)]
        line_start, line_end = line_bounds(text, start)[0], line_bounds(text, end)[1]
        opening = [v for v, (a, b) in enumerate(venue_spans) if line_start <= a and b <= start]
        if opening and not any(venue_spans[v][0] < line_end for v in in_row):
            # `• ZALESIE/ Biuro LGD, 18.05.2022 godz. 15.30`: the row opens with its place,
            # and the place after it is the next row's
            out[k] = max(opening, key=lambda v: venue_spans[v][1])
            continue
        if in_row:
            out[k] = min(in_row, key=lambda v: venue_spans[v][0])
            continue
        listed = _first_listed_after_header(text, end, next_start, venue_spans)
        if listed is not None:
            out[k] = listed
            continue
        again = _said_again_in_row(text, start, max(next_start, end), venue_spans)
        if again is None:
            again = _row_of_the_same_date(text, start, end, venue_spans)
        if again is not None:
            out[k] = again
            continue
        before = [v for v, (_, b) in enumerate(venue_spans) if b <= start and _same_sentence(text, b, start)]
        if before:
            out[k] = max(before, key=lambda v: venue_spans[v][1])
        elif len(venue_spans) == 1:
            out[k] = 0
    return out


# `w GOK w Gąsawie oraz w GOK w Rogowie`: what may join two places of one row
_JOINED_PLACES_RE = re.compile(r"[ \t]*(?:,|oraz|i)[ \t]+(?:(?:w|we|na)[ \t]+)?")


def places_joined_after(text: str, first: int, venue_spans: list[Span]) -> list[int]:
    """The venues joined to venue `first` by `oraz`, `i` or a comma with nothing else between
    (`w Gminnym Ośrodku Kultury w Gąsawie oraz w Gminnym Ośrodku Kultury w Rogowie`), in order."""
    out: list[int] = []
    end = venue_spans[first][1]
    for v in sorted(range(len(venue_spans)), key=lambda k: venue_spans[k]):
        if venue_spans[v][0] < end:
            continue
        if not _JOINED_PLACES_RE.fullmatch(text, end, venue_spans[v][0]):
            break
        out.append(v)
        end = venue_spans[v][1]
    return out


_ROW_OPENING_RE = re.compile(r"[ \t\xa0•*·▪►\-–]*")


def _row_of_places(text: str, date_start: int, venue_start: int) -> bool:
    """`24 sierpnia 2018 r. – Kruki, Łazy`: a schedule's row opens with its date and names its
    places on the same line; each place holds its own meeting that day."""
    line_start, line_end = line_bounds(text, date_start)
    return date_start < venue_start < line_end and _ROW_OPENING_RE.fullmatch(text, line_start, date_start) is not None


def one_event_a_place(text: str, events: list[dict[str, Any]], venue_spans: list[Span],
                      towns: frozenset[int] = frozenset()) -> list[dict[str, Any]]:
    """`Spotkania odbędą się 14 września o godz. 15:00 w GOK w Gąsawie oraz w GOK w Rogowie`:
    where a sentence says several meetings are held and joins their places, one event a place;
    so too where a schedule's row lists its villages (`24 sierpnia – Kruki, Łazy`; `towns`: the
    venues that are a town alone), but not a row's town and its building (`Czechowice, Stara
    Szkoła`)."""
    out = []
    per_span = Counter(tuple(event["span"]) for event in events)   # (a span read as several days)
    for event in events:
        out.append(event)
        venue = event.get("venue")
        if venue is None:
            continue
        if names_several_meetings(text, *event["span"]) and per_span[tuple(event["span"])] == 1 \
                and _same_sentence(text, *_nearest_ends(event["span"], venue_spans[venue])):
            # (not `31 marca i 4 kwietnia w Starostwie X, Starostwie Y i Starostwie Z`: which day where is
            # unsaid; nor the places a town said first elsewhere was joined to there)
            out.extend({**event, "venue": v} for v in places_joined_after(text, venue, venue_spans))
        elif venue in towns and _row_of_places(text, event["span"][0], venue_spans[venue][0]):
            joined = places_joined_after(text, venue, venue_spans)
            out.extend({**event, "venue": v} for v in joined[:next((k for k, v in enumerate(joined)
                                                                    if v not in towns), len(joined))])
    return out
