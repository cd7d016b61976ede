"""Joining the readings of a text into date expressions: the strongest reading of each piece
of text wins, adjacent dates joined by `-`/`do` become ranges and by `,`/`i` lists (so a year
or a time written once serves all of them), and a weekday written beside a date joins it
(`w czwartek 19.10.2023`, `8 kwietnia 2025 r. (wtorek)`)."""
from __future__ import annotations

import bisect
import re

from nlp.dates_lexicon import DAY_PART_WORD, LIST_SEP, RANGE_SEP, SWITCH_FROM, THAT_IS, WEEKDAY_OF, WEEKDAY_WORD
from nlp.dates_sentences import left_of
from nlp.dates_types import Candidate, DateExpr, DatePart
from nlp.dates_words import stems

__all__ = ["attach_weekdays", "merge", "resolve_overlaps", "without_day_parts_beside_days"]

_I = re.IGNORECASE
# ("w czwartek wieczorem (21 maja)", "w niedzielę, tj. 2 czerwca": a part of the day or `tj.` may stand between them)
_WEEKDAY_BEFORE_DATE_RE = re.compile(
    rf"(?<!\w)(?P<wd>{WEEKDAY_WORD})\s*(?:(?:{DAY_PART_WORD})\s*)?[,(]?\s*(?:\)\s*)?(?:(?:{THAT_IS})\s*)?"
    rf"(?:(?:w\s+dniu|dnia|dn\.)\s*)?$", _I)
# "8 kwietnia 2025 r. (wtorek)", "25 maja, w niedzielę", "30 sierpnia 2022r./wtorek/", "10.10.2009 - sobota":
# the weekday after (or alone on the next line: a diary's `22.10.2008` / `środa`)
_WEEKDAY_AFTER_DATE_RE = re.compile(rf"[ \t]*(?:[,(/][ \t]*(?:we?[ \t]+)?|[-–—][ \t]*|"
                                    rf"\n[ \t]*(?=(?:{WEEKDAY_WORD})[ \t]*(?:\n|$)))"
                                    rf"(?P<wd>{WEEKDAY_WORD})[ \t]*[)/]?", _I)
_WEEKDAY_STEM_RE = re.compile("|".join(re.escape(stem) for stem in stems(WEEKDAY_OF, 4)), _I)


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Strongest reading first; a weaker one survives only where no stronger one lies."""
    cands.sort()
    starts: list[int] = []
    ends: list[int] = []
    accepted: list[Candidate] = []
    for c in cands:
        i = bisect.bisect_right(starts, c.start)
        if i and ends[i - 1] > c.start:
            continue
        if i < len(starts) and starts[i] < c.end:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        accepted.append(c)
    accepted.sort(key=lambda c: c.start)
    return accepted


_RANGE_GAP_RE = re.compile(rf"^{RANGE_SEP}(?:dnia\s+|dn\.\s*)?$", _I)   # (`od dnia 23.03.2022r do dnia 31.03.2022r.`)
# `Data wydania: 02.08.05` / `- 15 sierpnia o godz. 20.00 …`: a dash opening a line marks an item
_ITEM_DASH_GAP_RE = re.compile(r"\n[ \t]*\S")
_LIST_GAP_RE = re.compile(rf"^{LIST_SEP}$", _I)
_OD_BEFORE_RE = re.compile(r"(?<!\w)(?:od|w\s+dniach\s+od)\s+(?:dnia\s+|dn\.\s*)?$", _I)


def merge(text: str, dates: list[DateExpr]) -> list[DateExpr]:
    out: list[DateExpr] = []
    for expr in dates:
        prev = out[-1] if out else None
        if prev is not None and prev.parts and expr.parts and prev.relative_days is None \
                and expr.relative_days is None:
            gap = text[prev.end:expr.start]
            if (len(prev.parts) == 1 and prev.parts[0].end_day is None and len(expr.parts) == 1
                    and expr.parts[0].end_day is None and _RANGE_GAP_RE.match(gap)
                    and not _ITEM_DASH_GAP_RE.search(gap)):
                first, last = prev.parts[0], expr.parts[0]
                prev.parts = [DatePart(first.day, first.month, first.year,
                                       last.day, last.month, last.year)]
                prev.end = expr.end
                prev.current_year = prev.current_year or expr.current_year
                prev.year_offset = prev.year_offset or expr.year_offset
                prev.strong = prev.strong or expr.strong
                continue
            if _LIST_GAP_RE.match(gap) and (expr.strong or prev.strong):
                prev.parts.extend(expr.parts)
                prev.end = expr.end
                prev.current_year = prev.current_year or expr.current_year
                prev.year_offset = prev.year_offset or expr.year_offset
                prev.strong = True
                continue
        out.append(expr)
    for expr in out:
        _share_years(expr)
        if expr.is_range:
            od = _OD_BEFORE_RE.search(left_of(text, expr.start, 30))
            if od:
                expr.start -= len(od.group())
    return out


def _share_years(expr: DateExpr) -> None:
    """A year written once ("19 i 26 lipca 2017") belongs to every date before it."""
    following: int | None = None
    for part in reversed(expr.parts):
        if part.end_day is not None:
            if part.end_year is None:
                part.end_year = following
            following = part.end_year or following
            if part.year is None and part.end_year is not None:
                later_start = (part.month, part.day) > (part.end_month, part.end_day)
                part.year = part.end_year - 1 if later_start else part.end_year
        if part.year is None:
            part.year = following
        following = part.year or following


def attach_weekdays(text: str, dates: list[DateExpr]) -> None:
    """`w czwartek 19.10.2023`, `19.10 (czwartek)`: the weekday joins the evidence and checks
    a guessed year."""
    for expr in dates:
        if not expr.parts:
            continue
        after = _WEEKDAY_AFTER_DATE_RE.match(text, expr.end)
        if after and expr.weekday is None and (expr.time is None or expr.time.start >= after.end()):
            expr.weekday = WEEKDAY_OF.get(after.group("wd").lower())
            expr.end = after.end()
        left = left_of(text, expr.start, 28)
        if not _WEEKDAY_STEM_RE.search(left):
            continue
        m = _WEEKDAY_BEFORE_DATE_RE.search(left)
        if m:
            expr.weekday = WEEKDAY_OF.get(m.group("wd").lower())
            expr.start = expr.start - len(left) + m.start("wd")


_BESIDE_RE = re.compile(rf"[ \t\xa0,]{{0,3}}(?:(?:{SWITCH_FROM})\s+)?")   # "w nocy z 10 na 11 maja"


def without_day_parts_beside_days(text: str, dates: list[DateExpr]) -> list[DateExpr]:
    """`w czwartek rano`, `wczoraj wieczorem`: the part of a day beside (or inside) its day adds
    no day."""
    out = []
    for i, expr in enumerate(dates):
        if expr.day_part and any(
                not other.day_part and (_BESIDE_RE.fullmatch(text, other.end, expr.start)
                                        or _BESIDE_RE.fullmatch(text, expr.end, other.start)
                                        or other.start <= expr.start and expr.end <= other.end)
                for other in dates[max(0, i - 1):i + 2] if other is not expr):
            continue
        out.append(expr)
    return out
