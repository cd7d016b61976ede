"""The days written before a month: a list (`19 i 26`), a range (`5 do 7`, `19-20`), an
ordinal (`7-go`), read apart from the month they share so each day keeps where it begins."""
from __future__ import annotations

import re

from nlp.dates_lexicon import DAY_PAIR_SEP, LIST_SEP, ORDINAL_SUFFIX, RANGE_SEP

_ORDINAL = rf"(?:-?(?:{ORDINAL_SUFFIX})(?!\w))?"
_DAYS_TOKEN_RE = re.compile(
    rf"(?P<num>\d{{1,2}}){_ORDINAL}\.?|(?P<range>{RANGE_SEP}|{DAY_PAIR_SEP})|(?P<list>{LIST_SEP})", re.IGNORECASE)


def parse_days(days: str) -> list[tuple[int, int | None, int]]:
    """`19 i 26` -> [(19, None, 0), (26, None, 5)]; `5 do 7` -> [(5, 7, 0)]; `7-go` -> [(7, None, 0)].

    The last number of each item is its offset in `days`, where that item's text begins.
    """
    out: list[tuple[int, int | None, int]] = []
    pending_range = False
    for m in _DAYS_TOKEN_RE.finditer(days):
        if m.group("num") is not None:
            num = int(m.group("num"))
            if pending_range and out and out[-1][1] is None:
                out[-1] = (out[-1][0], num, out[-1][2])
            else:
                out.append((num, None, m.start()))
            pending_range = False
        else:
            pending_range = m.group("range") is not None
    return out


def first_number(token: str) -> int:
    """The number a day token opens with (`7` of `7-go`), 0 if none."""
    digits = re.match(r"\d+", token)
    return int(digits.group()) if digits else 0
