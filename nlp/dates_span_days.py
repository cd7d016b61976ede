"""A day counted inside the days of a meeting: `21-23 sierpnia … Drugiego dnia święta`,
`w dniach 12-13 maja … Pierwszy dzień poświęcony będzie`, `ostatniego dnia festiwalu`.

The ordinal counts through the last date of several days the text named before it; with
none, from a day named just before it (`1 maja … Pierwszy dzień rajdu`). A single day right
before it names it (`16 października – w drugi dzień zjazdu`, `W sobotę drugi dzień
maratonu`), and one right after it is its own date (`pierwszego dnia – 15 maja`), which the
date grammar reads. Days of the calendar or of a life (`pierwszego dnia miesiąca`, `ostatni
dzień wakacji`) count nothing.
"""
from __future__ import annotations

import datetime as dt
import re

from nlp.dates_context import PUBLICATION
from nlp.dates_lexicon import LEXICON, alternation
from nlp.dates_mention import DateMention

__all__ = ["last_named_day", "span_day_of", "span_days"]

_SPAN_DAYS = LEXICON["span_days"]
_ORDINAL_OF: dict[str, int] = _SPAN_DAYS["ordinals"]
_NOT_OF = frozenset(_SPAN_DAYS["not_of"])
_SPAN_DAY_RE = re.compile(rf"(?<!\w)(?P<ordinal>{alternation(list(_ORDINAL_OF))})\s+(?:dnia|dniu|dzień)(?!\w)"
                          r"(?P<after>[ \t\xa0]*(?:[–—\-:,(][ \t\xa0]*)?(?P<next>\w*))", re.IGNORECASE)
# between a date and the ordinal that names it again: `16 października b.r. – w drugi dzień`
_APPOSITION_RE = re.compile(r"[ \t\xa0]*(?:[–—\-:,][ \t\xa0]*)?(?:we?[ \t\xa0]+)?", re.IGNORECASE)
_REACH = 1500   # how far back a meeting's days are counted through
_NEAR = 300      # how far back a single day is counted from


def span_days(text: str, lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, the day counted: 0 the first, -1 the last) of each `pierwszego dnia`,
    `w drugim dniu`, `ostatni dzień` that counts the days of a meeting."""
    if "dni" not in lowered and "dzień" not in lowered:
        return []
    out = []
    for m in _SPAN_DAY_RE.finditer(text):
        following = m.group("next")
        if following.lower() in _NOT_OF or following[:1].isdigit():
            continue
        out.append((m.start(), m.start("after"), _ORDINAL_OF[m.group("ordinal").lower()]))
    return out


def span_day_of(text: str, mentions: list[DateMention], pos: int, index: int) -> dt.date | None:
    """The day an ordinal at `pos` names among the dates found before it (None when it cannot say)."""
    before = [m for m in mentions if m.span[0] < pos and m.kind != PUBLICATION]
    if not before:
        return None
    last = before[-1]
    if last.day == last.last_day and _APPOSITION_RE.fullmatch(text, last.span[1], pos):
        return dt.date.fromisoformat(last.day)
    for m in reversed(before):
        if pos - m.span[1] > _REACH:
            break
        first, final = dt.date.fromisoformat(m.day), dt.date.fromisoformat(m.last_day)
        if first < final:
            day = final if index < 0 else first + dt.timedelta(days=index)
            return day if day <= final else None
    if index < 0 or pos - last.span[1] > _NEAR:
        return None
    return dt.date.fromisoformat(last.day) + dt.timedelta(days=index)


def last_named_day(mentions: list[DateMention], pos: int) -> dt.date | None:
    """The day of the last date before `pos` (not the page's own publication line): what
    `tego samego dnia`, `nazajutrz` count from."""
    for m in reversed(mentions):
        if m.span[0] < pos and m.kind != PUBLICATION:
            return dt.date.fromisoformat(m.day)
    return None
