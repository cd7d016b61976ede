"""Whole hours written as a bare number, with no minutes and no `godz.`: `jutro o 18`,
`w sobotę od 10 do 14`, `20 maja ok. 19`, `o 19-tej`, `o 8 wieczorem`, `o 7 rano`.

A number after `o` or `od` is as often a count (`wzrost o 17%`, `o 5 osób więcej`, `od 18 do 23
lat`), so it is read as an hour only right after a day (a weekday, `jutro`, a written date),
the words of a start (`mecz rozpocznie się o 16`) or before a part of the day (`o 7 rano`),
and only when no word it could count follows it (`w sobotę o 17 zawodników więcej` counts;
`w piątek o 18 spotkanie` does not: `spotkanie` is no genitive plural). Hours in words
(`o ósmej`, `w samo południe`) are read the same way, and those past noon (`o dziewiętnastej`)
wherever they stand.
"""
from __future__ import annotations

import re

from nlp import morph
from nlp.dates_clock import TimeExpr
from nlp.dates_lexicon import (alternation, CURRENT_YEAR, DAY_PART_WORD, DAY_WORD, LEXICON, MONTH_WORD, NOT_DATE_AFTER,
                               ORDINAL_SUFFIX, RELATIVE_ADJECTIVE_WORD, RELATIVE_WORD, YEAR_WORD)

__all__ = ["whole_hour_at", "word_hours"]

_I = re.IGNORECASE
_WORDS = LEXICON["whole_hours"]


_PREPOSITION = rf"(?:{alternation(_WORDS['prepositions'])})"
# the preposition right before the digits: the cheap test tried at every number
_PREPOSITION_ENDS = frozenset(c for f in _WORDS["prepositions"] for c in (f[-1].lower(), f[-1].upper()))
_PREPOSITION_RE = re.compile(rf"(?<!\w){_PREPOSITION}[ \t]+$", _I)
# ... and the day before it ("jutro o", "w sobotę, o", "20 maja br. o", "12.05 o", "(16 maja) o")
_DAY_BEFORE_RE = re.compile(
    rf"(?:(?<!\w)(?:{DAY_WORD}|{RELATIVE_WORD}|{RELATIVE_ADJECTIVE_WORD})"
    rf"|\d(?:-?(?:{ORDINAL_SUFFIX}))?\.?[ \t]*(?:{MONTH_WORD})(?:[ \t]*(?:{CURRENT_YEAR}))?|\d[ \t]*(?:{YEAR_WORD})"
    rf"|\d[./]\d{{1,2}}\.?)"
    rf"\)?[ \t]*,?[ \t]*(?<!\w){_PREPOSITION}[ \t]+$", _I)
# ... or the words of a start ("mecz rozpocznie się o 16", "początek koncertu o 19")
_STARTS_BEFORE = "|".join(f"(?:{c})" for c in _WORDS["starts_before"])
_START_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_STARTS_BEFORE})[ \t]+{_PREPOSITION}[ \t]+$", _I)
_REACH = 48
_SPAN_END_RE = re.compile(r"(?<!\w)do[ \t]+$", _I)
_SUFFIX = rf"(?:-?(?:{alternation(_WORDS['suffixes'])})(?!\w))"
_HOURS_RE = re.compile(
    rf"(?P<h1>[01]?\d|2[0-4]){_SUFFIX}?"
    rf"(?:[ \t]*(?:{alternation(_WORDS['range_connectors'])})[ \t]*(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>[0-5]\d))?"
    rf"{_SUFFIX}?(?![\d:]|[.,]\d))?(?![\d:]|[.,]\d)", _I)
# what follows the hour: a part of the day, else a word it might count, or a unit
_NEXT_RE = re.compile(rf"[ \t\xa0]*(?:(?P<part>(?:{DAY_PART_WORD})(?!\w))|(?P<word>[^\W\d_]+)|(?P<sign>[%°]))?", _I)
_NOT_HOUR_AFTER_RE = re.compile(rf"[ \t\xa0]*(?:{NOT_DATE_AFTER})", _I)
_COUNTED_POS = frozenset(("subst", "depr", "adj"))
_LATE_PARTS = frozenset(p.lower() for p in _WORDS["late_parts"])


def _counted(number: int, word: str) -> bool:
    """Could `word` be what `number` counts (`17 zawodników`, `3 godziny`, `1 punkt`)? A noun
    after an hour in any other form begins the next phrase (`o 18 spotkanie`)."""
    cases = {"nom", "acc"} if number % 10 in (2, 3, 4) and number not in (12, 13, 14) else {"gen"}
    number_ = "sg" if number == 1 else "pl"
    for r in morph.analyse(word):
        parts = r.tag.split(":")
        if r.pos in _COUNTED_POS and len(parts) > 2 and number_ in parts[1].split(".") \
                and (number == 1 or cases & set(parts[2].split("."))):
            return True
    return False


def _hour(value: int, part: str | None) -> tuple[int, int] | None:
    if part and 1 <= value < 12 and re.sub(r"\s+", " ", part.lower()) in _LATE_PARTS:
        value += 12   # "o 8 wieczorem"
    if value == 24:
        return (23, 59)
    return (value, 0) if value < 24 else None


def whole_hour_at(text: str, p: int) -> TimeExpr | None:
    """The whole hour (and closing hour) whose number begins at text[p], after a day."""
    window = max(0, p - _REACH)
    if p < 2 or text[p - 2] not in _PREPOSITION_ENDS or not _PREPOSITION_RE.search(text, max(0, p - 8), p):
        return None
    m = _HOURS_RE.match(text, p)
    if m is None:
        return None
    nxt = _NEXT_RE.match(text, m.end())
    before = _DAY_BEFORE_RE.search(text, window, p)
    if before is None and not _START_BEFORE_RE.search(text, window, p) and not nxt.group("part") \
            or before is not None and _SPAN_END_RE.search(text, max(0, before.start() - 8), before.start()):
        # "od poniedziałku do piątku od 10 do 12": a week's timetable, left to `godz.`; a part of
        # the day after the number makes it an hour wherever it stands ("wyruszyli o 7 rano")
        return None
    if nxt.group("sign") or _NOT_HOUR_AFTER_RE.match(text, m.end()):
        return None
    last = int(m.group("h2") or m.group("h1"))
    if nxt.group("word") and _counted(last, nxt.group("word").lower()):
        return None   # "od 18 do 23 lat", "o 5 osób"
    part = nxt.group("part")
    begin = _hour(int(m.group("h1")), part)
    finish = _hour(int(m.group("h2")), part) if m.group("h2") else None
    if finish is not None and m.group("m2"):
        finish = (finish[0], int(m.group("m2")))
    if begin is None or m.group("h2") and (finish is None or finish <= begin):
        return None
    preposition = _PREPOSITION_RE.search(text, max(0, p - 8), p)
    return TimeExpr(preposition.start(), nxt.end("part") if part else m.end(), begin, finish)


# "o ósmej", "przed dwudziestą", "o godzinie dziewiętnastej", "o dwudziestej pierwszej"
_HOUR_WORD_OF: dict[str, int] = {re.sub(r"\s+", " ", f): int(n) for n, forms in LEXICON["hour_words"].items()
                                 for f in forms}
_HOUR_WORD = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_HOUR_WORD_OF, key=len, reverse=True))
_HOUR_WORD_AT_RE = re.compile(rf"(?:{_HOUR_WORD})(?!\w)", _I)
# the preposition (and `godz.`) before it
_HOUR_WORD_LEFT_RE = re.compile(rf"(?<!\w)(?P<prep>{_PREPOSITION})\s+(?P<godz>godz(?:\.|inie|iny|iną)\s*)?$", _I)
_HOUR_WORD_STEMS = tuple(sorted({f[:5] for f in _HOUR_WORD_OF}))
_NOON = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in LEXICON["noon_words"])
_AFTERNOON = 13   # an hour word from here on can only be a time of the 24-hour clock
_FIRST_PLAIN_HOUR = 2   # (`o pierwszej` may be the first of something; `o ósmej`, `przed czwartą` are hours)
_NOON_RE = re.compile(rf"(?<!\w)(?:{_NOON})(?!\w)", _I)
_MIDNIGHT = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in LEXICON["midnight_words"])
_MIDNIGHT_RE = re.compile(rf"(?<!\w)(?:{_MIDNIGHT})(?!\w)", _I)


def _agrees(hour_word: str, following: str) -> bool:
    """Whether the word after an hour word is a feminine noun or adjective in its case, which
    the ordinal then counts (`o piętnastej rocznicy`), rather than a word after a time (`o
    piętnastej panie zebrały się`)."""
    cases = ("gen", "dat", "loc") if hour_word.lower().endswith("ej") else ("acc", "inst")
    for r in morph.analyse(following.lower()):
        fields = r.tag.split(":")
        if r.pos in _COUNTED_POS and len(fields) > 3 and "sg" in fields[1] \
                and any(c in fields[2].split(".") for c in cases) and "f" in fields[3].split("."):
            return True
    return False


def word_hours(text: str, lowered: str) -> list[TimeExpr]:
    """Hours said in words: after `godz.`, before a part of the day (`o ósmej wieczorem`), right
    after a day (`w sobotę o ósmej`), or past noon (`o dziewiętnastej`), never before a noun
    (`o pierwszej edycji`, `o piętnastej rocznicy`)."""
    out: list[TimeExpr] = []
    if "połud" in lowered:
        out += [TimeExpr(m.start(), m.end(), (12, 0)) for m in _NOON_RE.finditer(text)]
    if "półno" in lowered:
        out += [TimeExpr(m.start(), m.end(), (0, 0)) for m in _MIDNIGHT_RE.finditer(text)]
    starts: set[int] = set()
    for stem in _HOUR_WORD_STEMS:
        i = lowered.find(stem)
        while i >= 0:
            if not (i and lowered[i - 1].isalnum()):
                starts.add(i)
            i = lowered.find(stem, i + 1)
    for i in sorted(starts):
        word = _HOUR_WORD_AT_RE.match(text, i) if len(lowered) == len(text) else None
        left = _HOUR_WORD_LEFT_RE.search(text, max(0, i - 24), i) if word else None
        if left is None:
            continue
        nxt = _NEXT_RE.match(text, word.end())
        part = nxt.group("part")
        value = _HOUR_WORD_OF[re.sub(r"\s+", " ", word.group().lower())]
        if not (left.group("godz") or part):
            # "o dziewiętnastej" names an hour of the 24-hour clock anywhere; "o ósmej" only after a day
            if value < _FIRST_PLAIN_HOUR and not _DAY_BEFORE_RE.search(text, max(0, left.start() - _REACH),
                                                                       left.end("prep") + 1):
                continue
            if nxt.group("word") and _agrees(word.group(), nxt.group("word")):
                continue
        begin = _hour(value, part)
        if begin is not None:
            out.append(TimeExpr(left.start(), nxt.end("part") if part else word.end(), begin))
    return out
