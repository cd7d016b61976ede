"""A full date (with its year) that begins at a given position: what a byline, a stamp or a
labelled line holds (`12/03/2024`, `25 kwietnia 2024 r.`, `May 25 2010`, `poniedziałek, 22,
grudzień 2014`)."""
from __future__ import annotations

import datetime as dt
import re

from nlp.dates_calendar import valid_day
from nlp.dates_grammar import DMY_RE, GLUED_ISO_RE, GLUED_TEXT_MONTH_RE, ISO_RE, ROMAN_RE, TEXT_MONTH_RE
from nlp.dates_lexicon import MONTH_OF, MONTH_WORD, ROMAN_OF
from nlp.dates_match_values import numeric, text_month
from nlp.dates_month_first import ENGLISH_DAY_FIRST_RE, MONTH_FIRST_RE, month_first_part

__all__ = ["date_at"]


def date_at(text: str, pos: int, *, glued: bool = False, labelled: bool = False) -> tuple[dt.date, int] | None:
    """A full date (with its year) starting exactly at `pos`, and where it ends.

    `glued`: the date may follow a letter with no space (`DRUKUJ25 kwietnia 2024`).
    `labelled`: a cue names the date (`Dodane przez X dnia May 25 2010`), so a month-first
    date counts too; unlabelled at the top of a page, it is as often a live clock widget."""
    regexes = (GLUED_ISO_RE, DMY_RE, GLUED_TEXT_MONTH_RE, ROMAN_RE) if glued else \
        (ISO_RE, DMY_RE, TEXT_MONTH_RE, ROMAN_RE) + ((MONTH_FIRST_RE, ENGLISH_DAY_FIRST_RE, _COMMA_DAY_RE)
                                                     if labelled else ())
    for regex in regexes:
        m = regex.match(text, pos)
        if not m:
            continue
        if regex is _COMMA_DAY_RE:
            day = valid_day(int(m.group("year")), MONTH_OF[m.group("month").lower()], int(m.group("day")))
        elif regex in (MONTH_FIRST_RE, ENGLISH_DAY_FIRST_RE):
            part = month_first_part(m)
            day = valid_day(part.year, part.month, part.day) if part else None
        elif regex in (ISO_RE, GLUED_ISO_RE):
            day = valid_day(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        else:
            if regex in (TEXT_MONTH_RE, GLUED_TEXT_MONTH_RE):
                expr = text_month(m, text)
            elif regex is ROMAN_RE:
                expr = numeric(m, ROMAN_OF[m.group("roman")], text)
            else:
                expr = numeric(m, int(m.group("month")), text)
            if not expr or len(expr.parts) != 1 or expr.parts[0].end_day is not None:
                continue
            part = expr.parts[0]
            day = valid_day(part.year, part.month, part.day)
        if day:
            return day, m.end()
    return None


# `poniedziałek, 22, grudzień 2014`: a CMS's labelled date, the day apart from its month by a comma
_COMMA_DAY_RE = re.compile(rf"(?P<day>\d{{1,2}}),[ \t]+(?P<month>{MONTH_WORD})[ \t]+(?P<year>(?:19|20)\d{{2}})(?!\d)",
                           re.IGNORECASE)
