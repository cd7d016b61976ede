"""Dates that stamp a page in its first words: an ISO date opening the title line (`2020-09-19
Po Walnym Zebraniu`), the day a notice was issued (`OBWIESZCZENIE Wójta Gminy X z dnia …`), and
a date block with a three-letter month (`01 mar` / `2016`); with the page's other days, which
tell a stamp from a meeting's own date."""
from __future__ import annotations

import datetime as dt
import re

from nlp.dates_at import date_at
from nlp.dates_calendar import valid_day
from nlp.dates_grammar import CURRENT_MONTH_RE, DMY_RE, ISO_RE, ROMAN_RE, TEXT_MONTH_RE
from nlp.dates_lexicon import LEXICON, MONTH_STAMP_OF, MONTH_STAMP_WORD, alternation

__all__ = ["all_days", "dated_notice", "dates_elsewhere", "iso_title_line", "month_stamp"]

_I = re.IGNORECASE
_MONTH_STAMP_RE = re.compile(
    rf"(?m)^[ \t]*(?P<day>0?[1-9]|[12]\d|3[01])(?:[ \t]+|[ \t]*/[ \t]*)(?P<month>{MONTH_STAMP_WORD})\.?"
    rf"(?:[ \t]*(?:\n|/)?[ \t]*(?P<year>(?:19|20)\d{{2}})(?!\d))?", _I)   # (`08 / mar / 2019`)
_MONTH_STAMP_SCOPE = 300
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_ISO_TITLE_RE = re.compile(r"(?m)^[ \t]*(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})[ \t]+(?=[A-ZĄĆĘŁŃÓŚŹŻ„\"])")
_ISO_TITLE_SCOPE = 400


def iso_title_line(text: str) -> tuple[int, int, dt.date, int, int] | None:
    """An ISO date opening a title line at the top of a page that dates its meeting
    elsewhere (a person writing a meeting's day does not write it so)."""
    m = _ISO_TITLE_RE.search(text, 0, _ISO_TITLE_SCOPE)
    if not m:
        return None
    found = date_at(text, m.start("date"))
    if not found or not dates_elsewhere(text, m.start("date"), found[1]) or all_days(text).count(found[0]) != 1:
        return None
    return (4, m.start(), found[0], m.start("date"), found[1])


_DATED_NOTICE_RE = re.compile(rf"^\s*(?:{alternation(LEXICON['dated_notice_heads'])})(?!\w)[^\n]{{0,160}}?"
                              r"(?<!\w)z[ \t]+dnia[ \t]+(?=\d)", _I)


def dated_notice(text: str) -> tuple[int, int, dt.date, int, int] | None:
    """`OBWIESZCZENIE Wójta Gminy X z dnia 26 sierpnia 2022 r.` opening the page: the day the
    notice was issued."""
    m = _DATED_NOTICE_RE.match(text)
    found = date_at(text, m.end()) if m else None
    return (4, m.end(), found[0], m.end(), found[1]) if found else None


def month_stamp(text: str) -> tuple[int, int, dt.date, int, int] | None:
    """`01 mar\\n2016`, `12 lis`: a date block with a three-letter month, its year below it or,
    failing that, the year the page's own dates carry."""
    m = _MONTH_STAMP_RE.search(text, 0, _MONTH_STAMP_SCOPE)
    if not m:
        return None
    month = MONTH_STAMP_OF.get(m.group("month").lower())
    if month is None:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    else:
        years = [int(y.group()) for y in _YEAR_RE.finditer(text, m.end())]
        if not years:
            return None
        year = years[0]
    day = valid_day(year, month, int(m.group("day")))
    return (5, m.start(), day, m.start("day"), m.end()) if day else None


def dates_elsewhere(text: str, start: int, end: int) -> bool:
    """Does the text name a date (with or without its year) outside text[start:end]?"""
    return any(not (start <= m.start() < end)
               for regex in (ISO_RE, DMY_RE, TEXT_MONTH_RE, ROMAN_RE, CURRENT_MONTH_RE) for m in regex.finditer(text))


def all_days(text: str) -> list[dt.date]:
    out = []
    for regex in (ISO_RE, DMY_RE, TEXT_MONTH_RE, ROMAN_RE):
        for m in regex.finditer(text):
            found = date_at(text, m.start())
            if found:
                out.append(found[0])
    return out
