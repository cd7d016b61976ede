"""A programme's clock times, which a day and month without a year can look like.

`11.00 Rozpoczęcie 11.05 Wystąpienie Wójta 11.10 Przecięcie wstęgi`: in a run of items each
opened by a time, `11.05` is five past eleven, not the 11th of May. The run shows itself by
a neighbour that can only be a time (`11.00`, `12.50`, `13:30`) opening an item too, on the
same line or on the item lines around it; a list of days (`12.06, 19.06 i 26.06 o 17.00`)
has no such neighbour, since its time follows a cue, not an item.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from nlp.text_lines import end_of_line

# a clock time opening a programme item (`14.10 – Omówienie`, `14.10 -14.30 – Omówienie`): a
# capitalised word follows it, or any word after a dash, past the time the item ends at
_ITEM_TIME_RE = re.compile(r"(?<![\d.,:/-])(?P<hour>0?[1-9]|1\d|2[0-3])[.:](?P<minute>[0-5]\d)(?![\d.,:]?\d)"
                           r"(?=(?:[ \t]*[–—-][ \t]*(?:[01]?\d|2[0-3])[.:][0-5]\d)?"
                           r"(?:[ \t]*[–—-][ \t]*[„\"“]?[^\W\d_]{2}|[ \t]+[„\"“]?[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]))")
_NOT_ITEM_WORDS = frozenset(("i", "oraz", "do", "r", "rok", "roku", "br", "godz", "a", "lub", "albo", "w", "we"))


def among_programme_times(text: str, start: int, end: int) -> bool:
    """Is text[start:end] (`11.05`, read as a day and month) an item's time in a programme of
    clock times, by a neighbour that can only be a time?"""
    return any(only_a_time(m.group(0)[-3], m.group("minute")) for m in _item_times_around(text, start, end))


def only_a_time(separator: str, minute: str) -> bool:
    """`13:30`, `11.00`, `12.50`: a clock reading no day and month could be (a colon, a round
    hour, or more than twelve after the dot)."""
    return separator == ":" or minute == "00" or int(minute) > 12


def programme_time(text: str, start: int, end: int) -> bool:
    """Is the lone clock time text[start:end] (`11.10 Przecięcie wstęgi`) one of a programme's?"""
    return any(True for _ in _item_times_around(text, start, end))


def _item_times_around(text: str, start: int, end: int) -> Iterator[re.Match]:
    """The other item times of the programme text[start:end] opens an item of: on its line and
    on the lines above and below it that open items too (one item a line)."""
    own = _ITEM_TIME_RE.match(text, start)
    if own is None or own.end() != end or _opens_no_item(text, end):
        return
    first = text.rfind("\n", 0, start) + 1
    last = end_of_line(text, end)
    for _ in range(_MAX_LINES):
        above = text.rfind("\n", 0, first - 1) + 1 if first else None
        if above is None or not _ITEM_TIME_RE.match(text[above:first].lstrip(" \t•*-")):
            break
        first = above
    for _ in range(_MAX_LINES):
        if last >= len(text) or not _ITEM_TIME_RE.match(text[last + 1:].lstrip(" \t•*-")):
            break
        last = end_of_line(text, last + 1)
    for m in _ITEM_TIME_RE.finditer(text, first, last):
        if m.start() != start and not _opens_no_item(text, m.end()):
            yield m


_MAX_LINES = 30


def _opens_no_item(text: str, pos: int) -> bool:
    """Is the word after the time a connector (`12.06 i 19.06`), not an item's first word?"""
    m = re.match(r"[ \t]*(?:[–—-][ \t]*)?[„\"“(']?(\w+)", text[pos:pos + 30])   # (`11.10 – „Czuwa …”`: a title)
    return m is None or m.group(1).lower() in _NOT_ITEM_WORDS


# `Łódź – Lublin (18.00)`: an hour in brackets of its own after what happens then, on the hour or
# a quarter past (`(3.50)` is as likely a price, `(21:19)` a quarter's score)
_BRACKETED_TIME_RE = re.compile(r"\(\s*(?:[01]?\d|2[0-3])[.:](?:00|15|30|45)\s*\)")
# `11:00` alone on its line, a diary's or a live report's entry (`10:10.`)
_LINE_TIME_RE = re.compile(r"[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d\.?[ \t\r]*(?:\n|$)")


def listed_times(text: str, times: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the clock times given, those in brackets of their own (`Cracovia – Legia (16.30)`) or
    alone on their lines (a log of the day: `10:10` / `Wyruszyłyśmy …` / `11:00` / `Stanęłyśmy …`),
    where the text holds two or more of a kind: a day's games, a diary; one alone may be a score
    or a price."""
    out: list[tuple[int, int]] = []
    if not times:
        return out
    if len(_BRACKETED_TIME_RE.findall(text)) >= 2:
        out += [(s, e) for s, e in times if _in_brackets(text, s)]
    if len(_LINE_TIME_RE.findall(text)) >= 2:
        out += [(s, e) for s, e in times if _LINE_TIME_RE.match(text, text.rfind("\n", 0, s) + 1)]
    return out


def _in_brackets(text: str, start: int) -> bool:
    opening = text.rfind("(", max(0, start - 2), start)
    return opening >= 0 and bool(_BRACKETED_TIME_RE.match(text, opening))


# `1700 AS: „Heima”` / `1800 MS: Maria Peszek`: a programme whose hours lost their colon (or a
# <sup>) opens each line with four digits, then the item
_HHMM_LINE_RE = re.compile(r"(?m)^[ \t•*-]*(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)[ \t]*[–—:-]?[ \t]+(?=[^\W\d_])")
_HHMM_LINES_MIN = 3


def four_digit_programme_hours(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of the four-digit hours opening a programme's lines, where at
    least three lines open so, over two hours or more, and not all on the hour (one such number
    alone is as likely a year or a count; `1700` / `1800` / `1900` a chronology's centuries,
    `2004` / `2010` / `2015` its years)."""
    found = [(m.start("hour"), m.end("minute"), int(m.group("hour")), int(m.group("minute")))
             for m in _HHMM_LINE_RE.finditer(text)]
    if len(found) < _HHMM_LINES_MIN or len({h for _, _, h, _ in found}) < 2 or not any(m for *_, m in found):
        return []
    return found
