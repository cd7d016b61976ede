"""A diary's or a blog's entry heading: a line holding nothing but a full date and its weekday
(`07.11.2013, czwartek`, `Piątek, 6 czerwca 2008`). The words under it that count days from the
day of writing (`dziś`, `jutro`, `wczoraj`) count from that entry's day.
"""
from __future__ import annotations

import re

from nlp.dates_lexicon import WEEKDAY_WORD
from nlp.dates_types import DateExpr
from nlp.text_lines import line_bounds

__all__ = ["entry_heading"]

_REST_RE = re.compile(rf"[\s,.;:|·•\-–—()]*(?:(?:{WEEKDAY_WORD})[\s,.;:|·•\-–—()]*)?", re.IGNORECASE)


def entry_heading(text: str, expr: DateExpr) -> bool:
    """Is the date expression a full date with its weekday alone on its line?"""
    if expr.weekday is None or not expr.parts or not all(p.year for p in expr.parts):
        return False
    start, end = line_bounds(text, expr.start)
    if expr.end > end:
        return False
    return bool(_REST_RE.fullmatch(text, start, expr.start)) and bool(_REST_RE.fullmatch(text, expr.end, end))
