"""The posting dates of the other items on a listing page, and the page's own printed twice,
which date no meeting.

A news listing prints each item's posting date the way it printed the page's own
(`Piątek, 14 października 2016` above the first item, `Piątek, 7 października 2016` above the
next): once the page's publication date is known, lines printed in its shape are stamps too.
"""
from __future__ import annotations

import re

from nlp.dates_lexicon import cue_before
from nlp.dates_published import _DATE_LINE_SCOPE, _DIGIT_LINE_RE, _TIME_NEXT_LINE_RE, _machine_date_line, _stamp_on_line
from nlp.text_lines import line_bounds

__all__ = ["reprints_publication", "sibling_stamps"]


def sibling_stamps(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """On a listing page, the posting dates of the other items: lines printed the way the page
    printed its own (`Piątek, 7 października 2016` below `Piątek, 14 października 2016`), a
    weekday or a clock time in them, or surely a posting stamp (a clock no meeting starts at,
    an author), and no time line under them as a poster's date has."""
    line_start, line_end = line_bounds(text, span[0])
    shape = _stamp_shape(text[line_start:line_end])
    shaped = bool(_SHAPED_RE.search(shape))
    out = []
    for line in _DIGIT_LINE_RE.finditer(text, line_end):
        start, end = line_bounds(text, line.start())
        found = _stamp_on_line(text, start, end)
        if not found or _TIME_NEXT_LINE_RE.match(text, found[2]) or _MODIFIED_RE.search(text, start, found[1]):
            continue   # (`(akt. 3.02.2020 10:15)`: the page's own edit, no other item's posting)
        if found[3] or shaped and _stamp_shape(text[start:end]) == shape:
            out.append((found[1], found[2]))   # (a sure one: `24 listopada 2025, 17:44` under a related title)
    return out


def _stamp_shape(line: str) -> str:
    """A date line with its numbers and words blanked (`W, 0 W 0`), to compare how lines print a date."""
    return re.sub(r"[^\W\d_]+", "W", re.sub(r"\d+", "0", line.strip()))


_SHAPED_RE = re.compile(r"W[ ,]|0:0")   # a weekday before the date, or a clock time
_MODIFIED_RE = cue_before("modification_before")   # `akt.`, `zaktualizowano`: the page's own edit


def reprints_publication(text: str, span: tuple[int, int], day: str, published: str) -> bool:
    """`2024-02-22` alone on a line at the top of a page dated the same day by its letter head
    (`Lipno, dnia 22.02.2024 r.`): the page's date as its system prints it, not a meeting's."""
    line_start, line_end = line_bounds(text, span[0])
    return day == published and line_start < _DATE_LINE_SCOPE and _machine_date_line(text, line_start, line_end)
