"""Dates written month first, as CMS widgets and English-language templates print them:
`maj 30, 2023`, `May 25 2010`, `Dodane przez X dnia May 25 2010 08:40:18`.

Polish prose puts the day first, so a month name before a number is read as a date only
when a four-digit year follows the day: `w maju 30 osób` or `May` in an English title name
nothing. Found from the year, with the month looked for in the few characters before it,
so a page without such a date costs one scan for years.
"""
from __future__ import annotations

import re

from nlp.dates_lexicon import ENGLISH_MONTH_WORD, MONTH_FIRST_OF, MONTH_FIRST_WORD, MONTH_STAMP_OF, YEAR_WORD
from nlp.dates_types import DateExpr, DatePart

__all__ = ["ENGLISH_DAY_FIRST_RE", "MONTH_FIRST_RE", "month_first_dates", "month_first_part", "template_month_at"]

_I = re.IGNORECASE
_DAY_SUFFIXES = ("st", "nd", "rd", "th")
_DAY = rf"(?P<day>0?[1-9]|[12]\d|3[01])(?:{'|'.join(_DAY_SUFFIXES)})?"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"
# "maj 30, 2023", "May 25 2010", "Jan. 5, 2024 r."
MONTH_FIRST_RE = re.compile(
    rf"(?<!\w)(?P<month>{MONTH_FIRST_WORD})[ \t]*(?<=[\s.])[ \t]*{_DAY}[ \t]*,?[ \t]*{_YEAR}"
    rf"(?:[ \t]*(?:{YEAR_WORD}))?", _I)
# "25 May 2010", "5th June, 2024": the English day-first form, read only where a cue names the date
ENGLISH_DAY_FIRST_RE = re.compile(
    rf"(?<!\w){_DAY}[ \t]+(?P<month>{ENGLISH_MONTH_WORD})[ \t]*,?[ \t]*{_YEAR}", _I)
# (not after a digit: the check follows the first two digits, so `re` can skip ahead to a `1` or `2`)
_YEAR_RUN_RE = re.compile(r"(?:19|20)(?<!\d..)\d{2}(?!\d)")
_REACH = 24   # "September 30th, " is the longest month and day before a year


def month_first_part(match: re.Match) -> DatePart | None:
    """The calendar day of a `MONTH_FIRST_RE` or `ENGLISH_DAY_FIRST_RE` match (None for a month
    it does not know)."""
    month = MONTH_FIRST_OF.get(match.group("month").lower())
    if month is None:
        return None
    return DatePart(int(match.group("day")), month, int(match.group("year")))


def month_first_dates(text: str) -> list[DateExpr]:
    """Every month-first date with its year in the text, in text order."""
    out: list[DateExpr] = []
    for year in _YEAR_RUN_RE.finditer(text):
        lo = max(0, year.start() - _REACH)
        window = text[lo:year.start()]
        if not _ends_with_day(window):
            continue
        for start in _word_starts(window):
            m = MONTH_FIRST_RE.match(text, lo + start)
            if m and m.start("year") == year.start():
                part = month_first_part(m)
                if part:
                    out.append(DateExpr(m.start(), m.end(), [part]))
                break
    return out


def _ends_with_day(window: str) -> bool:
    """Whether a day number (`30`, `25th`) ends the window, but for the spaces and comma
    before the year: years in `19.10.2023` and `2023-10-19` are skipped at once."""
    before = window.rstrip(" \t,")
    return before[-1:].isdigit() or (before[-2:].casefold() in _DAY_SUFFIXES and before[-3:-2].isdigit())


def _word_starts(window: str) -> list[int]:
    """Where a letter follows a non-letter in the window: where a month name may begin."""
    return [i for i, c in enumerate(window) if c.isalpha() and (i == 0 or not window[i - 1].isalpha())]


_ENGLISH_MONTH_RE = re.compile(rf"(?:{ENGLISH_MONTH_WORD})(?!\w)", _I)


def template_month_at(text: str, pos: int) -> bool:
    """Does a template's month open the text at `pos`: a three-letter one (`cze 15, 2023`) or an
    English one (`January 16, 2024`), which no Polish page's clock prints?"""
    word = re.match(r"[^\W\d_]+", text[pos:pos + 12])
    return bool(word) and (word.group().lower() in MONTH_STAMP_OF or bool(_ENGLISH_MONTH_RE.match(word.group())))
