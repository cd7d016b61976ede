"""The surface grammar of Polish dates and times: regular expressions compiled once, and a
scanner that turns a text into non-overlapping date expressions and times.

Dates and times compete for the same digits (`19.10` is a date, `16.00` a time, `godz. 19.10`
a time again), so every candidate carries a priority and the strongest reading of each piece
of text wins. The patterns are tried only where a run of digits or a cue word (`godz.`,
`jutro`, a weekday) stands, found by one cheap scan each: O(n) per text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from nlp.dates_lexicon import (CURRENT_YEAR, DASHES, LIST_PUNCTUATION, LIST_WORDS, MONTH_OF, MONTH_WORD,
                               NOT_DATE_AFTER, NOT_DATE_BEFORE, RANGE_WORDS, RELATIVE_OF, RELATIVE_WORD, ROMAN,
                               ROMAN_OF, TIME_CUE, WEEKDAY_EXCLUDED_BEFORE, WEEKDAY_MODIFIER, WEEKDAY_OF,
                               WEEKDAY_PAST_MODIFIER, WEEKDAY_WORD, YEAR_WORD)

_I = re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# Building blocks
_DASH = rf"(?:{DASHES})"
_RANGE_SEP = rf"(?:\s*{_DASH}\s*|\s+(?:{RANGE_WORDS})\s+)"
_LIST_SEP = rf"(?:\s*[{LIST_PUNCTUATION}]\s*(?:(?:{LIST_WORDS})\s+)?|\s+(?:{LIST_WORDS})\s+)"
_ORDINAL = r"(?:-?(?:go|ego|szego|tego|ciego|ym))?"
_DAY = rf"(?:0?[1-9]|[12]\d|3[01]){_ORDINAL}"
_YEAR4 = r"(?:19|20)\d{2}"
_YEAR_WORD = rf"(?:\s*(?:{YEAR_WORD}))"
_BR = rf"(?P<br>\s*(?:{CURRENT_YEAR}))"
# Whatever may stand before a date without making it part of a bigger number or code.
_NUM_LEFT = r"(?<![\w.,/:\-–—])"

# "19 lipca br.", "22 stycznia 2025 r.", "19-20 października", "od 5 do 7 maja", "19 i 26 lipca"
TEXT_MONTH_RE = re.compile(
    rf"{_NUM_LEFT}(?P<days>{_DAY}\.?(?:(?:{_RANGE_SEP}|{_LIST_SEP}){_DAY}\.?){{0,12}})\s*"
    rf"(?P<month>{MONTH_WORD})"
    rf"(?:\s*,?\s*(?P<year>{_YEAR4})(?!\d){_YEAR_WORD}?)?{_BR}?", _I)
# 2023-10-19, 2023.10.19, optionally with the time a CMS prints beside it
ISO_RE = re.compile(
    rf"(?<![\w.\-/])(?P<year>{_YEAR4})(?P<sep>[-./])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
    r"(?:(?:T|,?\s+)(?P<th>[01]?\d|2[0-3]):(?P<tm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?![\d:]))?")
# 19.10.2023, 19. 10. 2023, 19/10/2023, 05-10-2018, 19-20.10.2023, 27.02.20
DMY_RE = re.compile(
    rf"(?<![\w.,/])(?:(?P<day0>{_DAY})\.?\s*{_DASH}\s*)?(?P<day>[0-3]?\d)(?P<sep>[./-])(?P<sp> ?)(?P<month>[01]?\d)"
    rf"(?P=sep)(?P=sp)(?P<year>{_YEAR4}|\d{{2}})(?![\d]|[.,]\d){_YEAR_WORD}?{_BR}?")
# 19.X.2023, 19 X 2023, 19-X-2023, 19.X., 19-20.X.2023
ROMAN_RE = re.compile(
    rf"{_NUM_LEFT}(?:(?P<day0>{_DAY})\.?\s*{_DASH}\s*)?(?P<day>{_DAY})(?:\s*\.\s*|\s+|-)(?-i:(?P<roman>{ROMAN}))"
    rf"(?:(?:\s*\.\s*|\s+|-)(?P<year>{_YEAR4})(?!\d){_YEAR_WORD}?|\.(?![\d\w])){_BR}?")
# 19.10 (no year): checked against its context before it is believed
PARTIAL_RE = re.compile(
    rf"(?<![\w.,/:])(?:(?P<day0>{_DAY})\.?\s*{_DASH}\s*)?(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.?(?![\d]|[.,]\d)")


RELATIVE_RE = re.compile(rf"(?<!\w)(?P<word>{RELATIVE_WORD})(?!\w)", _I)
WEEKDAY_RE = re.compile(rf"(?<!\w)(?P<wd>{WEEKDAY_WORD})", _I)


def _stems(forms, size: int) -> tuple[str, ...]:
    """Short lower-case prefixes of word forms, for a plain substring search that finds the
    few places where the (slower) regular expression is worth trying."""
    return tuple(sorted({f.lower()[:size] for f in forms}))


_RELATIVE_STEMS = _stems(RELATIVE_OF, 8)
_WEEKDAY_STEMS = _stems(WEEKDAY_OF, 4)


def _find_words(text: str, lowered: str, stems: tuple[str, ...], regex: re.Pattern[str]) -> list[re.Match]:
    """Matches of `regex` at the places where one of `stems` occurs, in text order."""
    if len(lowered) != len(text):  # a letter whose lower case is longer: search the slow way
        return list(regex.finditer(text))
    starts: set[int] = set()
    for stem in stems:
        i = lowered.find(stem)
        while i >= 0:
            starts.add(i)
            i = lowered.find(stem, i + 1)
    out = []
    for i in sorted(starts):
        m = regex.match(text, i)
        if m:
            out.append(m)
    return out


_WEEKDAY_LEFT_RE = re.compile(
    rf"(?<!\w)(?P<prep>w|we)\s+(?:(?:(?P<past>{WEEKDAY_PAST_MODIFIER})|(?P<mod>{WEEKDAY_MODIFIER}))\s+)?$"
    rf"|(?<!\w)(?:(?P<past2>{WEEKDAY_PAST_MODIFIER})|(?P<mod2>{WEEKDAY_MODIFIER}))\s+$", _I)
_DIGITS_RE = re.compile(r"[0-9]+")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_WEEKDAY_BEFORE_DATE_RE = re.compile(
    rf"(?<!\w)(?P<wd>{WEEKDAY_WORD})\s*[,(]?\s*(?:\)\s*)?(?:(?:w\s+dniu|dnia|dn\.)\s*)?$", _I)
_WEEKDAY_EXCLUDED_RE = re.compile(rf"(?<!\w)(?:{WEEKDAY_EXCLUDED_BEFORE})\s*$", _I)
_NOT_DATE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{NOT_DATE_BEFORE})\s*$", _I)
_NOT_DATE_AFTER_RE = re.compile(rf"^\s*(?:{NOT_DATE_AFTER})", _I)
_DATE_CUE_BEFORE_RE = re.compile(
    rf"(?:(?<!\w)(?:dnia|dn\.|w\s+dniu|w\s+dniach|dniach|termin\w*|data|kiedy\s*\?|{WEEKDAY_WORD})\s*[:,(]?\s*$)"
    r"|(?:^|\n)\s*$", _I)
_TIME_CUE_BEFORE_RE = re.compile(r"(?<!\w)(?:godz\w*\.?|o|od|około|ok\.)\s*$", _I)
_GODZ_BEFORE_RE = re.compile(r"(?<!\w)godz\w*\.?\s*$", _I)

# Times ---------------------------------------------------------------------------------------


def _time_value(n: int) -> str:
    """`14`, `14:00`, `14.00`, or the `1300` a lost <sup> leaves behind."""
    return (rf"(?:(?P<h{n}>[01]?\d|2[0-4])(?:\s?[:.]\s?(?P<m{n}>[0-5]\d))?(?![\d])"
            rf"|(?P<hh{n}>[01]\d|2[0-3])(?P<mm{n}>[0-5]\d)(?!\d))")


_GODZ = rf"(?:{TIME_CUE})"
_TIME_END = rf"(?:\s*(?:{_DASH}|do|to)\s*(?:ok\.\s*|około\s*)?(?:{_GODZ}\s*)?{{v2}})"
# "godz. 14:00 - 17:00", "w godz. 1000-1530", "o godzinie 1300", "od godz. 9 do 15", "godz. 10"
CUED_TIME_RE = re.compile(
    rf"(?<!\w){_GODZ}\s*:?\s*(?:ok\.\s*|około\s*)?{_time_value(1)}" + _TIME_END.format(v2=_time_value(2)) + "?", _I)
_GODZ_FIND_RE = re.compile(r"[gG](?:odz|ODZ|\.)")
_CUED_PREFIX_RE = re.compile(r"(?<!\w)(?:od|o|w|we|około|ok\.|start|początek|rozpoczęcie|(?P<until>do|najpóźniej\s+do))\s+$", _I)
_BARE_PREFIX_RE = re.compile(r"(?<!\w)(?:od|o|około|ok\.|(?P<until>do|najpóźniej\s+do))\s+$", _I)
# "14:00", "10:00–12:00", "od 9:00 do 15:00"
COLON_TIME_RE = re.compile(
    rf"(?<![\w:.,/])(?P<h1>[01]?\d|2[0-3]):(?P<m1>[0-5]\d)(?![\d])(?P<sec>:[0-5]\d)?"
    rf"(?:\s*(?:{_DASH}|do)\s*(?:ok\.\s*|około\s*)?(?:{_GODZ}\s*)?(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<m2>[0-5]\d))?(?![\d]))?", _I)
# "14.00", "16.00 - 18.30" (a dot: believed when it cannot be a date)
DOT_TIME_RE = re.compile(
    rf"(?<![\w:.,/])(?P<h1>[01]?\d|2[0-3])\.(?P<m1>[0-5]\d)(?![\d]|[.,]\d)"
    rf"(?:\s*(?:{_DASH}|do)\s*(?:ok\.\s*|około\s*)?(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d)(?![\d]|[.,]\d))?", _I)


# ---------------------------------------------------------------------------------------------
@dataclass
class DatePart:
    """One calendar day (or day range) of an expression; the year may still be unknown."""
    day: int
    month: int
    year: int | None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None


@dataclass
class DateExpr:
    """A run of text naming one or more dates: `19 i 26 lipca br.`, `od 5 do 7 maja`."""
    start: int
    end: int
    parts: list[DatePart]
    current_year: bool = False          # `br.`: the year of writing
    weekday: int | None = None          # stated weekday (0 = Monday), checks a guessed year
    relative_days: int | None = None    # dziś/jutro/za tydzień: days after the reference date
    # (no parts and no relative_days but a weekday: "w najbliższy czwartek")
    time: "TimeExpr | None" = None
    iso_time: tuple[int, int] | None = None  # time printed inside an ISO stamp
    strong: bool = True                 # False for readings that need context to be believed
    past: bool = False                  # "w ubiegły czwartek": the weekday before the reference

    @property
    def is_range(self) -> bool:
        return any(p.end_day is not None for p in self.parts)


@dataclass
class TimeExpr:
    start: int
    end: int
    begin: tuple[int, int]
    finish: tuple[int, int] | None = None
    until: bool = False   # "do godz. 14:00": a limit (of a deadline), not a starting time


@dataclass(order=True)
class _Candidate:
    priority: int
    start: int
    end: int = field(compare=False)
    item: object = field(compare=False)


def _hm(match: re.Match, n: int) -> tuple[int, int] | None:
    if match.group(f"h{n}") is not None:
        hour, minute = int(match.group(f"h{n}")), int(match.group(f"m{n}") or 0)
    elif match.group(f"hh{n}") is not None:
        hour, minute = int(match.group(f"hh{n}")), int(match.group(f"mm{n}"))
    else:
        return None
    if hour > 23 or minute > 59:
        return None if hour != 24 or minute else (23, 59)
    return hour, minute


def _plain_hm(h: str | None, m: str | None) -> tuple[int, int] | None:
    if h is None:
        return None
    hour, minute = int(h), int(m or 0)
    if hour > 23 or minute > 59:
        return (23, 59) if hour == 24 and minute == 0 else None
    return hour, minute


def _day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group())


_DAYS_SPLIT_RE = re.compile(rf"({_RANGE_SEP}|{_LIST_SEP})", _I)


def _parse_days(days: str) -> list[tuple[int, int | None]]:
    """`19 i 26` -> [(19, None), (26, None)]; `5 do 7` -> [(5, 7)]."""
    days = days.strip()
    if days.isdigit():  # the common case: one day
        return [(int(days), None)]
    pieces = _DAYS_SPLIT_RE.split(days)
    out: list[tuple[int, int | None]] = []
    pending_range = False
    for i, piece in enumerate(pieces):
        if i % 2 == 1:
            pending_range = bool(re.fullmatch(_RANGE_SEP, piece, _I))
            continue
        num = _day_number(piece.strip().rstrip("."))
        if pending_range and out and out[-1][1] is None:
            out[-1] = (out[-1][0], num)
        else:
            out.append((num, None))
        pending_range = False
    return out


def _current_year(match: re.Match) -> bool:
    return "br" in match.re.groupindex and bool(match.group("br"))


def _year(value: str | None) -> int | None:
    if not value:
        return None
    y = int(value)
    return y + 2000 if y < 100 else y


def _left(text: str, pos: int, width: int = 40) -> str:
    return text[max(0, pos - width):pos]


def _text_month(match: re.Match, text: str) -> DateExpr | None:
    month = MONTH_OF.get(match.group("month").lower())
    if month is None:
        return None
    days = _parse_days(match.group("days"))
    start = match.start()
    before = _left(text, start, 16)
    last = before.rstrip()[-1:]
    if (last.isalpha() or last in ".§") and (_NOT_DATE_BEFORE_RE.search(before) or _GODZ_BEFORE_RE.search(before)):
        # "pkt 3, 19 lipca" / "godz. 10, 19 lipca": the first number is not a day
        if len(days) < 2:
            return None
        days = days[1:]
        first = re.search(rf"{_RANGE_SEP}|{_LIST_SEP}", match.group("days"), _I)
        start = match.start("days") + first.end()
    year = _year(match.group("year"))
    parts = [DatePart(d, month, year, e, month if e else None, year if e else None) for d, e in days]
    return DateExpr(start, match.end(), parts, current_year=_current_year(match))


def _numeric(match: re.Match, month: int, text: str) -> DateExpr | None:
    names = match.re.groupindex
    year = _year(match.group("year")) if "year" in names else None
    day = int(match.group("day"))
    day0 = match.group("day0") if "day0" in names else None
    if day0:
        part = DatePart(_day_number(day0), month, year, day, month, year)
    else:
        part = DatePart(day, month, year)
    return DateExpr(match.start(), match.end(), [part], current_year=_current_year(match))


def _partial_ok(match: re.Match, text: str) -> bool:
    """`19.10` is a date only where nothing says it is a number, a time or a paragraph."""
    day, month_s = int(match.group("day")), match.group("month")
    month = int(month_s)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    before = _left(text, match.start())
    if _NOT_DATE_BEFORE_RE.search(before[-16:]) or _TIME_CUE_BEFORE_RE.search(before[-12:]):
        return False
    if _NOT_DATE_AFTER_RE.match(text, match.end()) or _NOT_DATE_AFTER_RE.match(text[match.end():match.end() + 8]):
        return False
    cued = bool(_DATE_CUE_BEFORE_RE.search(before)) or bool(match.group("day0"))
    if len(month_s) == 1 or len(match.group("day")) == 1 and not match.group(0).endswith("."):
        return cued
    return True


# What may follow the day number of "19 lipca", "19 i 26 lipca", "19-go lipca", "5 do 7 maja":
# a month's first letter or a list/range connector (anything else skips the month regex).
_TEXT_MONTH_NEXT = frozenset(
    {f[0] for f in MONTH_OF} | {f[0].upper() for f in MONTH_OF} | set("ioladIOLAD-–—−÷,;.") - {""})


def scan(text: str) -> tuple[list[DateExpr], list[TimeExpr]]:
    """All date expressions and times of a text, non-overlapping, in text order.

    Adjacent dates joined by `-`/`do` become ranges and by `,`/`i` become lists, so a year or
    a time written once serves all of them.
    """
    cands: list[_Candidate] = []
    add = cands.append
    lowered = text.lower()
    # Every date and bare time begins a run of digits: try each pattern only there.
    n = len(text)
    for run in _DIGITS_RE.finditer(text):
        p, q = run.span()
        after = text[q] if q < n else " "
        if q - p > 2:
            # only a year can open a date here (2023-10-19); phone numbers, postcodes: nothing
            m = ISO_RE.match(text, p) if q - p == 4 and after in "-./" else None
            if m:
                expr = DateExpr(p, m.end(), [DatePart(int(m.group("day")), int(m.group("month")),
                                                      int(m.group("year")))])
                if m.group("th") is not None:
                    expr.iso_time = (int(m.group("th")), int(m.group("tm")))
                add(_Candidate(0, p, m.end(), expr))
            continue
        m = DMY_RE.match(text, p) if after in "./-–—" else None
        if m and len(m.group("year")) == 2 and (len(m.group("month")) == 1
                                                or _NOT_DATE_BEFORE_RE.search(_left(text, p, 16))):
            m = None  # "27.02.20" is a date; "1.2.20" or "pkt 12.03.20" are not
        if m:
            add(_Candidate(1, p, m.end(), _numeric(m, int(m.group("month")), text)))
        peek = text[q:q + 4].lstrip(" \t\xa0.-")[:1]
        m = TEXT_MONTH_RE.match(text, p) if peek in _TEXT_MONTH_NEXT or after in _TEXT_MONTH_NEXT else None
        if m:
            expr = _text_month(m, text)
            if expr:
                add(_Candidate(1, expr.start, expr.end, expr))
        m = ROMAN_RE.match(text, p) if peek in "IVX" or after in "-–—" else None
        if m and not _NOT_DATE_BEFORE_RE.search(_left(text, p, 16)):
            add(_Candidate(1, p, m.end(), _numeric(m, ROMAN_OF[m.group("roman")], text)))
        if after == ":":
            m = COLON_TIME_RE.match(text, p)
            if m and not m.group("sec"):
                begin = _plain_hm(m.group("h1"), m.group("m1"))
                if begin:
                    pre = _BARE_PREFIX_RE.search(_left(text, p, 20))
                    start = p - len(pre.group()) if pre else p
                    finish = _plain_hm(m.group("h2"), m.group("m2"))
                    until = bool(pre and pre.group("until")) and finish is None
                    add(_Candidate(4, start, m.end(), TimeExpr(start, m.end(), begin, finish, until)))
            continue
        m = PARTIAL_RE.match(text, p) if after == "." or after in "-–—" else None
        if m and _partial_ok(m, text):
            expr = _numeric(m, int(m.group("month")), text)
            expr.strong = False
            add(_Candidate(3, p, m.end(), expr))
        m = DOT_TIME_RE.match(text, p) if after == "." else None
        if m and _NOT_DATE_AFTER_RE.match(text[m.end():m.end() + 8]):
            m = None  # "12.00 zł" is a price
        if m:
            begin = _plain_hm(m.group("h1"), m.group("m1"))
            pre = _BARE_PREFIX_RE.search(_left(text, p, 20))
            if begin and (m.group("h2") or pre or m.group("m1") in ("00", "15", "30", "45")):
                start = p - len(pre.group()) if pre else p
                finish = _plain_hm(m.group("h2"), m.group("m2"))
                until = bool(pre and pre.group("until")) and finish is None
                add(_Candidate(5, start, m.end(), TimeExpr(start, m.end(), begin, finish, until)))
    for g in _GODZ_FIND_RE.finditer(text):
        m = CUED_TIME_RE.match(text, g.start())
        if m:
            begin = _hm(m, 1)
            if begin:
                pre = _CUED_PREFIX_RE.search(_left(text, m.start(), 20))
                start = m.start() - len(pre.group()) if pre else m.start()
                until = bool(pre and pre.group("until")) and _hm(m, 2) is None
                add(_Candidate(2, start, m.end(), TimeExpr(start, m.end(), begin, _hm(m, 2), until)))
    for m in _find_words(text, lowered, _RELATIVE_STEMS, RELATIVE_RE):
        days = RELATIVE_OF.get(re.sub(r"\s+", " ", m.group("word").lower()))
        if days is not None:
            add(_Candidate(6, m.start(), m.end(), DateExpr(m.start(), m.end(), [], relative_days=days,
                                                            strong=False)))

    if "http" in lowered or "www." in lowered:
        urls = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
        # ".../spotkanie-19-10-2023" names a page, not a day
        cands = [c for c in cands if not any(s <= c.start < e for s, e in urls)]
    accepted = _resolve_overlaps(cands)
    dates = [c.item for c in accepted if isinstance(c.item, DateExpr)]
    times = [c.item for c in accepted if isinstance(c.item, TimeExpr)]
    dates = _merge(text, dates)
    _attach_weekdays(text, dates)
    dates.extend(_standalone_weekdays(text, lowered, dates, times))
    dates.sort(key=lambda d: d.start)
    return dates, times


def _resolve_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """Strongest reading first; a weaker one survives only where no stronger one lies."""
    cands.sort()
    starts: list[int] = []
    ends: list[int] = []
    accepted: list[_Candidate] = []
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


_RANGE_GAP_RE = re.compile(rf"^{_RANGE_SEP}$", _I)
_LIST_GAP_RE = re.compile(rf"^{_LIST_SEP}$", _I)
_OD_BEFORE_RE = re.compile(r"(?<!\w)(?:od|w\s+dniach\s+od)\s+(?:dnia\s+|dn\.\s*)?$", _I)


def _merge(text: str, dates: list[DateExpr]) -> list[DateExpr]:
    out: list[DateExpr] = []
    for expr in dates:
        prev = out[-1] if out else None
        if prev is not None and prev.parts and expr.parts and prev.relative_days is None \
                and expr.relative_days is None:
            gap = text[prev.end:expr.start]
            if (len(prev.parts) == 1 and prev.parts[0].end_day is None and len(expr.parts) == 1
                    and expr.parts[0].end_day is None and _RANGE_GAP_RE.match(gap)):
                first, last = prev.parts[0], expr.parts[0]
                prev.parts = [DatePart(first.day, first.month, first.year,
                                       last.day, last.month, last.year)]
                prev.end = expr.end
                prev.current_year = prev.current_year or expr.current_year
                prev.strong = prev.strong or expr.strong
                continue
            if _LIST_GAP_RE.match(gap) and (expr.strong or prev.strong):
                prev.parts.extend(expr.parts)
                prev.end = expr.end
                prev.current_year = prev.current_year or expr.current_year
                prev.strong = True
                continue
        out.append(expr)
    for expr in out:
        _share_years(expr)
        if expr.is_range:
            od = _OD_BEFORE_RE.search(_left(text, expr.start, 30))
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


def _attach_weekdays(text: str, dates: list[DateExpr]) -> None:
    """`w czwartek 19.10.2023`: the weekday joins the evidence and checks a guessed year."""
    for expr in dates:
        if not expr.parts:
            continue
        left = _left(text, expr.start, 28)
        lowered = left.lower()
        if not any(stem in lowered for stem in _WEEKDAY_STEMS):
            continue
        m = _WEEKDAY_BEFORE_DATE_RE.search(left)
        if m:
            expr.weekday = WEEKDAY_OF.get(m.group("wd").lower())
            expr.start = expr.start - len(left) + m.start("wd")


def _standalone_weekdays(text: str, lowered: str, dates: list[DateExpr], times: list[TimeExpr]) -> list[DateExpr]:
    """`w najbliższy czwartek`, `w środę o godz. 17`: a weekday standing for a date.

    Only believed with a modifier (`najbliższy`, `przyszły`) or with a time right after it;
    a bare weekday in prose (`w każdy czwartek`, `od poniedziałku`) names no date.
    """
    out: list[DateExpr] = []
    taken = [(d.start, d.end) for d in dates]
    time_starts = [t.start for t in times]
    for m in _find_words(text, lowered, _WEEKDAY_STEMS, WEEKDAY_RE):
        if any(s <= m.start() < e for s, e in taken):
            continue
        left = _left(text, m.start(), 30)
        cue = _WEEKDAY_LEFT_RE.search(left)
        start = m.start() - (len(left) - cue.start()) if cue else m.start()
        if _WEEKDAY_EXCLUDED_RE.search(_left(text, start, 20)):
            continue
        i = bisect.bisect_left(time_starts, m.end())
        timed = i < len(times) and len(text[m.end():times[i].start].strip(" ,")) <= 3
        past = bool(cue and (cue.group("past") or cue.group("past2")))
        modified = past or bool(cue and (cue.group("mod") or cue.group("mod2")))
        if not (modified or (cue and cue.group("prep") and timed)):
            continue
        wd = WEEKDAY_OF.get(m.group("wd").lower())
        if wd is None:
            continue
        out.append(DateExpr(start, m.end(), [], weekday=wd, strong=False, past=past))
    return out
