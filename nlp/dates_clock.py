"""Times of day as Polish pages write them: `godz. 14:00 - 17:00`, `o godzinie 1300`, `18⁰⁰`,
`10.oo`, `w godz. 1000-1530`, `16.00 - 18.30`, `od 9:00 do 15:00`.

Kept apart from the date grammar because a time has its own small grammar (a cue word, an
hour, minutes written four ways, an optional end) and because a lost <sup> or a typed `oo`
must read the same wherever the hour stands. Each reading comes back as a candidate with a
priority, so the date scanner can settle which reading of shared digits wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.dates_agenda import programme_time
from nlp.dates_lexicon import DASHES, NOT_DATE_AFTER, TIME_CUE, TIME_LABEL
from nlp.dates_sentences import left_of

_I = re.IGNORECASE
_DASH = rf"(?:{DASHES})"
# a lost <sup> leaves "18⁰⁰" (or, flattened further, "1800" and "900")
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPT, "0123456789")
_MINUTES = r"(?:[0-5]\d|[0-5oO][oO])"   # "10.oo", "18:3o": a letter o typed for a zero

PRIORITY_CUED = 2
PRIORITY_COLON = 4
PRIORITY_DOT = 5


@dataclass
class TimeExpr:
    start: int
    end: int
    begin: tuple[int, int]
    finish: tuple[int, int] | None = None
    until: bool = False   # "do godz. 14:00": a limit (of a deadline), not a starting time
    cued: bool = True     # False for a lone "1:10" with nothing saying it is an hour (a score, a scale)


def _time_value(n: int) -> str:
    """`14`, `14:00`, `14.00`, `14.oo`, `14⁰⁰`, `14,30` (after `godz.`, and a quarter only:
    `godz. 16,18 i 20` lists hours), minutes said apart in minutes' style (`godzinie 8 minut 30`,
    `godz. 9 m. 30`), or the `1300`/`900` a lost <sup> leaves behind."""
    return (rf"(?:(?P<h{n}>[01]?\d|2[0-4])(?:(?:\s?[:.]\s?|\s+(?:minut|min\.?|m\.)\s*)(?P<m{n}>{_MINUTES})"
            rf"|,(?P<c{n}>00|15|30|45)(?!\d)"
            rf"|(?P<s{n}>[{_SUPERSCRIPT}]{{2}}))?(?![\d])"
            rf"|(?P<hh{n}>[01]\d|2[0-3]|[1-9])(?P<mm{n}>[0-5]\d)(?!\d))")


_GODZ = rf"(?:{TIME_CUE})"
_TIME_END = rf"(?:\s*(?:{_DASH}|do|to)\s*(?:ok\.\s*|około\s*)?(?:{_GODZ}\s*)?{{v2}})"
# "godz. 14:00 - 17:00", "w godz. 1000-1530", "o godzinie 1300", "od godz. 9 do 15", "godz. 10",
# "w godzinach od 700 do 1600"; not the number of a list's item on the next line ("w godz.:\n1. godz. 13:00")
CUED_TIME_RE = re.compile(
    rf"(?<!\w){_GODZ}\s*:?(?!\s*\n\s*\d{{1,2}}\.\s)\s*(?:od\s+)?(?:ok\.\s*|około\s*)?{_time_value(1)}"
    + _TIME_END.format(v2=_time_value(2)) + "?", _I)
_GODZ_FIND_RE = re.compile(r"[gG](?:odz|ODZ|\.)")
_CUED_PREFIX_RE = re.compile(
    r"(?<!\w)(?:od|o|w|we|około|ok\.|start|początek|rozpoczęcie|(?P<until>do|najpóźniej\s+do))\s+$", _I)
_BARE_PREFIX_RE = re.compile(
    r"(?<!\w)(?:(?P<until>(?:do|najpóźniej\s+do)(?:\s+(?:ok\.|około))?)|od|o|około|ok\."
    r"|(?P<near>(?:tuż\s+|zaraz\s+|krótko\s+)?(?:po|przed))"
    rf"|(?:{TIME_LABEL})(?:[ \t]+[^\W\d_]+)?[ \t]*:?)\s+$", _I)
# "14:00", "10:00–12:00", "od 9:00 do 15:00"
COLON_TIME_RE = re.compile(
    rf"(?<![\w:.,/])(?P<h1>[01]?\d|2[0-3]):(?P<m1>{_MINUTES})(?![\d])(?P<sec>:[0-5]\d)?"
    rf"(?:\s*(?:{_DASH}|do)\s*(?:ok\.\s*|około\s*)?(?:{_GODZ}\s*)?"
    rf"(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<m2>{_MINUTES}))?(?![\d]))?", _I)
# "14.00", "16.00 - 18.30", "10.oo" (a dot: believed when it cannot be a date)
DOT_TIME_RE = re.compile(
    rf"(?<![\w:.,/])(?P<h1>[01]?\d|2[0-3])\.(?P<m1>{_MINUTES})(?![\d]|[.,]\d)"
    rf"(?:\s*(?:{_DASH}|do)\s*(?:ok\.\s*|około\s*)?(?P<h2>[01]?\d|2[0-4])[.:](?P<m2>{_MINUTES})(?![\d]|[.,]\d))?", _I)
# "18⁰⁰", "17⁰⁰–19³⁰"
SUPERSCRIPT_TIME_RE = re.compile(
    rf"(?<![\w:.,/])(?P<h1>[01]?\d|2[0-3])(?P<m1>[{_SUPERSCRIPT}]{{2}})"
    rf"(?:\s*(?:{_DASH}|do)\s*(?P<h2>[01]?\d|2[0-4])(?P<m2>[{_SUPERSCRIPT}]{{2}}|[:.][0-5]\d)?)?")
# "17 : 00 Grabowiec": a table cell's time with its colon spaced out, read only at a line's start
SPACED_COLON_TIME_RE = re.compile(
    rf"(?P<h1>[01]?\d|2[0-3])[ \t]:[ \t]?(?P<m1>[0-5]\d)(?!\d)"
    rf"(?:[ \t]*(?:{_DASH})[ \t]*(?P<h2>[01]?\d|2[0-3])[ \t]?:[ \t]?(?P<m2>[0-5]\d)(?!\d))?")
_AFTER_YEAR_RE = re.compile(r"(?:[^\W\d_]\.?,?[ \t]+|\d[./-])(?:19|20)\d\d[ \t]*(?:r\.|roku)?[ \t]*,?[ \t]*(?:o|godz\.)?[ \t]*$")
_LINE_OPENING_RE = re.compile(r"(?:^|\n)[ \t\xa0•*·▪►>»\-–]*$")
_NOT_TIME_AFTER_RE = re.compile(rf"^\s*(?:{NOT_DATE_AFTER})", _I)
_ROUND_MINUTES = frozenset(("00", "15", "30", "45", "oo", "OO", "3o", "3O"))


def _minute(value: str | None) -> int:
    if not value:
        return 0
    value = value.lstrip(":.").translate(_FROM_SUPERSCRIPT)
    return int(value.lower().replace("o", "0"))


def _checked(hour: int, minute: int) -> tuple[int, int] | None:
    if hour > 23 or minute > 59:
        return (23, 59) if hour == 24 and minute == 0 else None
    return hour, minute


def hm(match: re.Match, n: int) -> tuple[int, int] | None:
    """The hour and minute of value `n` of a cued time."""
    if match.group(f"h{n}") is not None:
        minutes = match.group(f"m{n}") or match.group(f"c{n}") or match.group(f"s{n}")
        return _checked(int(match.group(f"h{n}")), _minute(minutes))
    if match.group(f"hh{n}") is not None:
        return _checked(int(match.group(f"hh{n}")), _minute(match.group(f"mm{n}")))
    return None


def plain_hm(hour: str | None, minute: str | None) -> tuple[int, int] | None:
    if hour is None:
        return None
    return _checked(int(hour), _minute(minute))


def _bare(match: re.Match, text: str, p: int) -> TimeExpr | None:
    """A time with no `godz.` before it: "od 9:00 do 15:00", "16.00 - 18.30"."""
    begin = plain_hm(match.group("h1"), match.group("m1"))
    if begin is None:
        return None
    pre = _BARE_PREFIX_RE.search(left_of(text, p, 20))
    start = p - len(pre.group()) if pre else p
    finish = plain_hm(match.group("h2"), match.group("m2"))
    until = bool(pre and pre.group("until")) and finish is None
    cued = bool(pre or finish) or bool(_LISTED_AFTER_TIME_RE.search(left_of(text, p, _LISTED_REACH))) \
        or _opens_programme_line(text, p, match.end())
    return TimeExpr(start, match.end(), begin, finish, until, cued=cued)


# "seanse o 19.30 i 21.00": a time listed after an hour is one too (a list of scores or scales,
# "25:20, 21:25", "w skalach 1:10 i 1:12", has no "o" or "godz." before it)
_LISTED_AFTER_TIME_RE = re.compile(
    r"(?<!\w)(?:godz\w*\.?|o|od|około|ok\.)"
    r"(?:[ \t]*\d{1,2}[:.][0-5]\d[ \t]*(?:,|i|oraz|lub|albo|a)[ \t]+){1,6}$"
    # "porządek Mszy św.: 7.00, 9.00 i 18.00": hours on the hour or half after a label's colon
    r"|:(?:[ \t]*\d{1,2}[:.][03]0[ \t]*(?:,|i|oraz|lub|albo|a)[ \t]+){1,6}$", re.I)
_LISTED_REACH = 72   # "o godz. 10.00, 12.00, 14.00 i 16.00": the whole list back to its cue
# "19.00 – koncert zespołu …": an item of a programme opens with its time, at a line's start or,
# in a programme run into one paragraph, a sentence's ("… uczestników. 9.30 otwarcie konferencji.");
# not after a label's colon ("Wynik: 21:19 dla gospodarzy")
_ITEM_LEAD_RE = re.compile(r"(?:^|\n|[.!?;][ \t\xa0]+)[ \t\xa0•*·▪►>»\-–]*$")
_ITEM_LEAD_REACH = 8
_PROGRAMME_ITEM_RE = re.compile(r"[ \t\xa0]*[-–—:][ \t\xa0]*[^\W\d_]{2}|[ \t\xa0]+[^\W\d_]{2}")


def _opens_programme_line(text: str, p: int, end: int) -> bool:
    return bool(_ITEM_LEAD_RE.search(text, max(0, p - _ITEM_LEAD_REACH), p)) \
        and bool(_PROGRAMME_ITEM_RE.match(text, end))


def times_at(text: str, p: int, after: str) -> list[tuple[int, TimeExpr]]:
    """Bare times that may begin at the digit run starting at `p` (`after`: the character
    after the run), each with its priority."""
    out: list[tuple[int, TimeExpr]] = []
    if after == ":":
        m = COLON_TIME_RE.match(text, p)
        if m and (not m.group("sec") or _AFTER_YEAR_RE.search(left_of(text, p, 16))):
            # (seconds make a duration, `1:23:45`, unless a stamp's date is right before: `10 maja 2009, 20:29:46`)
            found = _bare(m, text, p)
            if found:
                out.append((PRIORITY_COLON, found))
        return out
    if after == ".":
        m = DOT_TIME_RE.match(text, p)
        if m and not _NOT_TIME_AFTER_RE.match(text[m.end():m.end() + 8]):   # "12.00 zł" is a price
            pre = _BARE_PREFIX_RE.search(left_of(text, p, 20))
            if pre and pre.group("near") and m.group("m1") not in _ROUND_MINUTES:
                pre = None   # "przed 15.00", "po 9.00"; but "po 2.24 Ω" shares out an amount
            if m.group("h2") or pre or m.group("m1") in _ROUND_MINUTES or programme_time(text, p, m.end()):
                found = _bare(m, text, p)
                if found:
                    # "10.00 – 11:00" is one range, not a lone "11:00"
                    out.append((PRIORITY_COLON if found.finish else PRIORITY_DOT, found))
    elif after in " \t":
        m = SPACED_COLON_TIME_RE.match(text, p)
        if m and _LINE_OPENING_RE.search(text, max(0, p - 8), p):
            found = _bare(m, text, p)
            if found:
                out.append((PRIORITY_COLON, found))
    elif after in _SUPERSCRIPT:
        m = SUPERSCRIPT_TIME_RE.match(text, p)
        if m:
            found = _bare(m, text, p)
            if found:
                out.append((PRIORITY_COLON, found))
    return out


def cued_times(text: str) -> list[tuple[int, TimeExpr]]:
    """Times after `godz.`/`godzina`/`g.`, found where a `g` stands, and ranges said as what lies
    between two hours (`między godziną 13.25 a 14.45`)."""
    out: list[tuple[int, TimeExpr]] = [(PRIORITY_CUED, found) for found in _between_times(text)]
    for g in _GODZ_FIND_RE.finditer(text):
        m = CUED_TIME_RE.match(text, g.start())
        if not m:
            continue
        begin = hm(m, 1)
        if begin is None:
            continue
        pre = _CUED_PREFIX_RE.search(left_of(text, m.start(), 20))
        start = m.start() - len(pre.group()) if pre else m.start()
        finish = hm(m, 2)
        until = bool(pre and pre.group("until")) and finish is None
        out.append((PRIORITY_CUED, TimeExpr(start, m.end(), begin, finish, until)))
        if finish is None and not until:
            out += [(PRIORITY_CUED, listed) for listed in _whole_hours_listed(text, m.end(), begin)]
        elif finish is not None:
            out += [(PRIORITY_CUED, listed) for listed in _ranges_listed(text, m.end(), finish)]
    return out


# "między godziną 13.25 a 14.45", "między 18.50 a 19.20": a range said as what lies between two hours
_BETWEEN_RE = re.compile(
    rf"(?<!\w)między[ \t]+(?:{_GODZ}[ \t]*)?(?P<h1>[01]?\d|2[0-3])[.:](?P<m1>{_MINUTES})[ \t]+a[ \t]+"
    rf"(?:{_GODZ}[ \t]*)?(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>{_MINUTES}))?(?![\d]|[.,]\d)", _I)


def _between_times(text: str) -> list[TimeExpr]:
    """Ranges said as `między X a Y` (not read by the ranges' dash or `do`)."""
    if "między" not in text and "Między" not in text:
        return []
    out = []
    for m in _BETWEEN_RE.finditer(text):
        begin, finish = plain_hm(m.group("h1"), m.group("m1")), plain_hm(m.group("h2"), m.group("m2"))
        if begin and finish and begin < finish:
            out.append(TimeExpr(m.start(), m.end(), begin, finish))
    return out


# "o godz. 9.30, 13 i 16", "godz. 16,18 i 20": whole hours listed after a cued time, each an
# hour of its own, later than the one before; the list ends at a sentence's or line's end, or
# at a word that cannot follow an hour ("o godz. 10 i 12 maja", "godz. 17, 20 osób")
_LISTED_HOUR_RE = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]+(?:i|oraz|lub|albo|a)[ \t]+)"
                             r"(?P<h>[01]?\d|2[0-3])(?![\d:.,]\d|\d)")
_LIST_END_RE = re.compile(r"[ \t]*(?:$|[.;:)\n–—-]|,|(?:w|we|na|przy|do|dla|z|ze|oraz|i)\s)")


# "w godzinach 10 - 12 i 16 - 18": a later range of hours listed after a cued one
_LISTED_RANGE_RE = re.compile(rf"[ \t]*(?:,[ \t]*|[ \t]+(?:i|oraz|lub|albo)[ \t]+)(?:od[ \t]+)?"
                              rf"(?P<h1>[01]?\d|2[0-3])(?:[.:](?P<m1>{_MINUTES}))?[ \t]*(?:{_DASH}|do)[ \t]*"
                              rf"(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>{_MINUTES}))?(?![\d:.,]\d|\d)")


def _ranges_listed(text: str, p: int, last: tuple[int, int]) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    while (m := _LISTED_RANGE_RE.match(text, p)) and (begin := plain_hm(m.group("h1"), m.group("m1"))) \
            and (finish := plain_hm(m.group("h2"), m.group("m2"))) and last <= begin < finish:
        last, p = finish, m.end()
        found.append(TimeExpr(m.start("h1"), m.end(), begin, finish))
    return found if found and _LIST_END_RE.match(text, p) else []


def _whole_hours_listed(text: str, p: int, first: tuple[int, int]) -> list[TimeExpr]:
    found: list[TimeExpr] = []
    last = first[0]
    while (m := _LISTED_HOUR_RE.match(text, p)) and int(m.group("h")) > last:
        last, p = int(m.group("h")), m.end()
        found.append(TimeExpr(m.start("h"), m.end(), (last, 0)))
    return found if found and _LIST_END_RE.match(text, p) else []
