"""Rows of a table or list of dates, which no byline is.

A page's date block or byline stands alone near its top. A line holding a date among other
lines of the same shape is a row: of a list (`• Nysa (21.02.2020 r.)`), or of a timetable
giving each village its day and hour (`Borki 29.01.2018 15:30`), whose first row, clock time
and all, looks like a byline (`Redakcja 12.03.2024 10:30`) but dates a meeting.
"""
from __future__ import annotations

import re

from nlp.dates_at import date_at
from nlp.text_lines import end_of_line

_NEIGHBOUR_CHARS = 200
# a row opening with its date, or a list's item giving a place or a label before it (`• Nysa (21.02.2020 r.)`)
_DATE_ROW_RE = re.compile(r"(?m)^(?:[ \t•*·\-–]*|[ \t]*[•*·▪\-–][ \t]*[^\W\d][^\n\d():|,]{0,40}?"
                          r"[ \t]*[(,–-][ \t]*)(?=\d)")
# a row holds labels (`LIPNO`, `– Dąbrowa, godz. 17`), a sentence runs on in lower-case words
_SENTENCE_RE = re.compile(r"(?:[a-ząćęłńóśźż]{3,}[ \t]+){2}[a-ząćęłńóśźż]{3,}")
# a timetable's row: a label, its day and its hour (`Nowa Wieś 01.02.2018 15:30`)
_TIMED_ROW_RE = re.compile(r"[ \t]*[^\W\d][^\n\d():|,]{0,40}?[ \t]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[^\n\d]{0,12}"
                           r"\d{1,2}[:.]\d{2}")


def date_lines(text: str, scope: int) -> list[int]:
    """Starts of the lines that hold little but a full date (a table's or a list's rows)
    among the first `scope` characters."""
    out = []
    for m in _DATE_ROW_RE.finditer(text[:scope]):
        found = date_at(text, m.end())
        if found and not _SENTENCE_RE.search(text, found[1], end_of_line(text, m.start())):
            out.append(m.start())
    return out


def in_a_table(line_start: int, lines: list[int]) -> bool:
    """Another line beginning with a full date close by: a list or table of dates."""
    return any(s != line_start and abs(s - line_start) <= _NEIGHBOUR_CHARS for s in lines)


def timetable_row(text: str, line_start: int, line_end: int) -> bool:
    """Is the line a timetable's row, the line above or below it a row of the same shape?"""
    if not _TIMED_ROW_RE.match(text, line_start, line_end):
        return False
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    if before < line_start and _TIMED_ROW_RE.match(text, before, line_start - 1):
        return True
    after = line_end + 1
    return after < len(text) and bool(_TIMED_ROW_RE.match(text, after, end_of_line(text, after)))
