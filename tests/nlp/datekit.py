"""Reading the event dates of a text in date tests: (start, end) of each event mention, each
mention's text checked against its span."""
from __future__ import annotations

import datetime as dt

from nlp.dates import find_dates

TODAY = dt.date(2026, 1, 1)


def events(text: str, published: dt.date | None = None) -> list[tuple[str, str | None]]:
    found = find_dates(text, published=published, today=TODAY)
    for m in found:
        assert text[m.span[0]:m.span[1]] == m.text
    return [(m.start, m.end) for m in found if m.kind == "event"]

# 15 October 2008, a Wednesday: the document date of the news-text examples.
WEDNESDAY = dt.date(2008, 10, 15)


def days(text: str, published: dt.date | None = WEDNESDAY) -> list[tuple[str, str]]:
    """(evidence, start) of every mention, whatever its kind."""
    found = find_dates(text, published=published, today=TODAY)
    for m in found:
        assert text[m.span[0]:m.span[1]] == m.text
    return [(m.text, m.start) for m in found]
