"""Which venue each event is at: a schedule of village meetings says which meeting is where.

Read from positions in the text, the way schedules and reports are written:
- a venue in the event's own row: after its date and before the next event's date, in the
  same sentence (`27.08.2015 r. – godz. 10.00 Nagłowice, 27.08.2015 r. – godz. 13.00 Oksa`,
  `18.09 w Zielonej Górze oraz 19.09 w Gorzowie`), or inside a table row read as one date;
- else the nearest venue before the date in the same sentence (`w Domu Kultury 5 maja`);
- else, when the text names one venue only, that one.
"""
from __future__ import annotations

import re

Span = tuple[int, int]
_SENTENCE_BREAK_RE = re.compile(r"[.!?](?=\s+[A-ZŁŚŻŹĆ„\d])|\n\s*\n")


def _same_sentence(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return _SENTENCE_BREAK_RE.search(text, lo, hi) is None


def venue_of_each_event(text: str, event_spans: list[Span], venue_spans: list[Span]) -> list[int | None]:
    """For each event span (in the given order), the index of its venue in `venue_spans`, or None."""
    order = sorted(range(len(event_spans)), key=lambda k: event_spans[k])
    out: list[int | None] = [None] * len(event_spans)
    for position, k in enumerate(order):
        start, end = event_spans[k]
        next_start = event_spans[order[position + 1]][0] if position + 1 < len(order) else len(text)
        in_row = [v for v, (a, _) in enumerate(venue_spans)
                  if start <= a < max(next_start, end) and _same_sentence(text, min(end, a), a)]
        if in_row:
            out[k] = min(in_row, key=lambda v: venue_spans[v][0])
            continue
        before = [v for v, (_, b) in enumerate(venue_spans) if b <= start and _same_sentence(text, b, start)]
        if before:
            out[k] = max(before, key=lambda v: venue_spans[v][1])
        elif len(venue_spans) == 1:
            out[k] = 0
    return out
