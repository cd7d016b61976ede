"""Days counted in words: ahead of the reference date (`za dwa dni`, `za tydzień`) or from
the last date the text named (`tego samego dnia`, `następnego dnia`, `nazajutrz`, and a part
of a day said alone: `wieczorem`, `po południu`).

`za` takes the accusative (`za dwa dni`, `za trzy tygodnie`); a plural unit needs a number
of two or more (`za dni` is no count), a singular one none or one. Counts back (`tydzień
temu`, `przed dwoma dniami`) and counts from another date (`dwa dni później`) are left out:
TIMEX3 corpora mark the amount of such phrases as a duration (KPWr: `dwa tygodnie` of `dwa
tygodnie temu`), and a reported meeting is dated better by its own date.
"""
from __future__ import annotations

import re

from nlp.dates_lexicon import (ANAPHORIC_OF, ANAPHORIC_WORD, COUNTED_BEFORE, COUNTED_BEFORE_WORDS, COUNTED_NUMBER,
                               COUNTED_NUMBER_OF, COUNTED_SINGULAR_UNITS, COUNTED_UNIT, COUNTED_UNIT_OF, DAY_PART_WORD,
                               DAY_PARTS, DAY_PARTS_HABITUAL_BEFORE, WEEKDAY_ADJECTIVE_OF, WEEKDAY_EVERY)
from nlp.dates_words import find_words, stems

__all__ = ["anaphoric_days", "counted_days", "day_parts"]

_I = re.IGNORECASE
_COUNTED_RE = re.compile(
    rf"(?<!\w)(?:{COUNTED_BEFORE})\s+(?:(?P<num>{COUNTED_NUMBER}|\d{{1,2}}(?!\d))\s+)?(?P<unit>{COUNTED_UNIT})", _I)
_ANAPHORIC_RE = re.compile(rf"(?<!\w)(?P<word>{ANAPHORIC_WORD})(?!\w)", _I)
# where the patterns are tried (str.find): "za " before a count, an anaphor's first letters
_COUNTED_STEMS = tuple(sorted({f"{w.lower()} " for w in COUNTED_BEFORE_WORDS}))
_ANAPHORIC_STEMS = stems(ANAPHORIC_OF, 6)
_DAY_PART_RE = re.compile(rf"(?<!\w)(?:{DAY_PART_WORD})(?!\w)", _I)
_DAY_PART_STEMS = stems(DAY_PARTS, 7)


def counted_days(text: str, lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, days after the reference date) of `za dwa dni`, `za tydzień`."""
    out = []
    for m in find_words(text, lowered, _COUNTED_STEMS, _COUNTED_RE):
        unit = m.group("unit").lower()
        num = m.group("num")
        count = None if num is None else int(num) if num.isdigit() else COUNTED_NUMBER_OF[num.lower()]
        if (count not in (None, 1)) if unit in COUNTED_SINGULAR_UNITS else (count is None or count < 2):
            continue   # "za tydzień", "za dwa tygodnie"; never "za dni"
        out.append((m.start(), m.end(), (count or 1) * COUNTED_UNIT_OF[unit]))
    return out


def anaphoric_days(text: str, lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, days after the last date named) of `tego samego dnia`, `nazajutrz`."""
    out = []
    for m in find_words(text, lowered, _ANAPHORIC_STEMS, _ANAPHORIC_RE):
        days = ANAPHORIC_OF.get(re.sub(r"\s+", " ", m.group("word").lower()))
        if days is not None:
            out.append((m.start(), m.end(), days))
    return out


def day_parts(text: str, lowered: str) -> list[tuple[int, int]]:
    """(start, end) of each part of a day said alone: `wieczorem`, `po południu`, `poranną`;
    not a habit (`co rano`, `codziennie wieczorem`)."""
    return [(m.start(), m.end()) for m in find_words(text, lowered, _DAY_PART_STEMS, _DAY_PART_RE)
            if _word_before(lowered, m.start()) not in DAY_PARTS_HABITUAL_BEFORE
            and not _every_weekday_before(lowered, m.start())]


def _word_before(lowered: str, pos: int) -> str:
    words = lowered[max(0, pos - 16):pos].split()
    return words[-1] if words and lowered[pos - 1:pos].isspace() else ""


def _every_weekday_before(lowered: str, pos: int) -> bool:
    """`każde czwartkowe popołudnie`: a part of every such day."""
    words = lowered[max(0, pos - 32):pos].split()
    return len(words) >= 2 and words[-1] in WEEKDAY_ADJECTIVE_OF and words[-2] in WEEKDAY_EVERY
