"""`do końca sierpnia`, `najpóźniej do końca marca 2024 r.`: a deadline set at the end of a
month, whose day is the month's last (30 or 31, or February's 28 or 29 once the year is
known). Looked for only where the word `końca` stands."""
from __future__ import annotations

import re

from nlp.dates_lexicon import (CURRENT_YEAR, MONTH_END_WORD, MONTH_END_WORDS, MONTH_OF, MONTH_WORD, YEAR_WORD,
                               year_offset)
from nlp.dates_types import DateExpr, DatePart

__all__ = ["month_ends"]

_MONTH_END_RE = re.compile(
    rf"(?<!\w)(?:{MONTH_END_WORD})\s+(?P<month>{MONTH_WORD})"
    rf"(?:\s*(?P<year>(?:19|20)\d{{2}})(?!\d)(?:\s*(?:{YEAR_WORD}))?)?(?P<br>\s*(?:{CURRENT_YEAR}))?", re.IGNORECASE)


def month_ends(text: str, lowered: str) -> list[DateExpr]:
    """Every end of a named month in the text (the word `końca` with its month)."""
    if not any(word in lowered for word in MONTH_END_WORDS):
        return []
    out = []
    for m in _MONTH_END_RE.finditer(text):
        month = MONTH_OF.get(m.group("month").lower())
        if month:
            year = int(m.group("year")) if m.group("year") else None
            out.append(DateExpr(m.start(), m.end(), [DatePart(1, month, year, month_end=True)],
                                current_year=bool(m.group("br")),
                                year_offset=year_offset(m.group("br")) if m.group("br") else 0))
    return out
