"""Which time of day belongs to which date: `19 lipca br., godz. 14:00`, a time in the next
clause (`… 19.10.2023 r. Początek o godz. 10.00`), a table row whose cells were flattened into
lines (`13.03.2022\\n\\nNIEDZIELA\\n\\nCHRZĄSTOWICE\\n\\n10:30`), and the first time of a programme
printed under the date (`Program\\n9.30 – Rejestracja\\n10.00 Otwarcie`).

A time belongs to the date of its own sentence when that sentence has one; it reaches back
to an earlier sentence only when its own names no day.
"""
from __future__ import annotations

import bisect
import re

from nlp.dates_context import mentions_meeting, names_several_meetings
from nlp.dates_lexicon import END_WORDS, ITEM_JOINT, OFFICE_HOURS_WORDS, SESSION_LABELS, START_LABEL, TIME_SIDE_WORDS
from nlp.dates_line_numbers import row_end, under_row_number
from nlp.dates_sentences import left_sentence, right_sentence
from nlp.dates_tense import clause_tense
from nlp.dates_types import DateExpr, TimeExpr
from nlp.vocabulary import is_event_noun

__all__ = ["agenda_start", "attach_ends", "attach_sessions", "attach_times", "is_office_hours", "release_from_byline"]

# How far a time may stand from its date: "19 lipca br., godz. 14:00" or a time in the
# next clause ("…19.10.2023 r. Początek o godz. 10.00"), but not in the next paragraph.
_TIME_AFTER_MAX = 140
_TIME_BEFORE_MAX = 60
# ...or further in its sentence when a word says it is an hour ("o g. 14.00 … rozpocznie dożynki,
# które odbędą się 2 września"; not a programme's "11.00 – 12.00 - panel o … 3-10 sierpnia")
_CUED_BEFORE_MAX = 150
_HOUR_WORD_RE = re.compile(r"(?:o|od|godz\w*|g)[ .]", re.IGNORECASE)
_ITEM_AFTER_RE = re.compile(r"[ \t]*[-–—][ \t]*[^\W\d_]")
_TIME_LIST_GAP_RE = re.compile(ITEM_JOINT)
_TIME_IMPLICIT_MAX = 40
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\xa0]*\n")
# ...unless what lies between is only the heading of the programme that the time opens,
_PROGRAMME_GAP_RE = re.compile(
    r"^[^\n]{0,120}\n[ \t\r\xa0]*\n[ \t\r\xa0]*(?:program|harmonogram|agenda|plan)\w*[^\n]{0,60}:"
    r"[ \t\r\xa0]*\n[ \t\r\xa0]*$", re.IGNORECASE)
# ...or the cells of one table row (weekday, place) printed a line each.
_CELL_MAX = 40
_SENTENCE_STOP_RE = re.compile(r"[.!?;]\s")
# A time for a meal or a registration desk is not when the meeting starts.
_TIME_SIDE_RE = re.compile(
    rf"(?<!\w)(?:{TIME_SIDE_WORDS})\w*[\s:–-]*$|(?<!\w)(?:{OFFICE_HOURS_WORDS})", re.IGNORECASE)
_OFFICE_HOURS_RE = re.compile(rf"(?<!\w)(?:{OFFICE_HOURS_WORDS})", re.IGNORECASE)
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+[A-ZĄĆĘŁŃÓŚŹŻ„\"]|\n")
_SENTENCE_STOP_IN_LINE_RE = re.compile(r"[.!?][ \t]+[A-ZĄĆĘŁŃÓŚŹŻ„\"]")


def _table_row_gap(gap: str) -> bool:
    """Only short cells between the date and the time, a blank line around each and no label
    (`Miejsce: …`): one row of a flattened table."""
    lines = [line.strip() for line in gap.split("\n")]
    return len(lines) > 2 and all(len(line) <= _CELL_MAX and ":" not in line for line in lines) \
        and not any(a and b for a, b in zip(lines, lines[1:])) and not _SENTENCE_STOP_RE.search(gap)


def _inside_brackets(text: str, pos: int) -> bool:
    """Is `pos` inside a parenthesis opened before it on the same line?"""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.rfind("(", line_start, pos) > text.rfind(")", line_start, pos)


def _between(starts: list[int], lo: int, hi: int) -> bool:
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _opens_line(text: str, t: TimeExpr) -> bool:
    return bool(_LINE_LEAD_RE.fullmatch(text[text.rfind("\n", 0, t.start) + 1:t.start]))


def _names_another_day(text: str, t: TimeExpr, explicit_starts: list[int]) -> bool:
    """Does the sentence the time stands in name a day of its own after the time?"""
    k = bisect.bisect_left(explicit_starts, t.end)
    if k >= len(explicit_starts):
        return False
    return explicit_starts[k] < t.end + len(right_sentence(text, t.end))


# A bare `21:25` or `1:10` away from any date is as often a score or a scale as an hour: only
# right beside a date ("sobota 17.05, 21:25") is it that date's hour. Whole and quarter hours
# and times with a cue (`o 21:25`) are hours wherever they stand.
# `godz. 6:00 dnia 3 czerwca`: an hour written before the day it is on
_DAY_AFTER_TIME_RE = re.compile(r"[ \t,]*(?:dnia|dn\.|w[ \t]+dniu)[ \t]*")
_ADJACENT_GAP_RE = re.compile(r"[\s,;(/|–—-]{0,4}")


def _score_like(t: TimeExpr) -> bool:
    return not t.cued and t.finish is None and t.begin[1] % 15 != 0


def attach_times(text: str, exprs: list[DateExpr], times: list[TimeExpr]) -> list[TimeExpr]:
    """Give each date the first time after it (before the next date), or one just before it;
    return the times left over.

    A list of dates (`19 i 26 lipca, godz. 14-17`) is one expression, so the time serves all.
    """
    used: set[int] = set()
    starts = [e.start for e in exprs]
    time_starts = [t.start for t in times]
    explicit_starts = [e.start for e in exprs if e.parts]
    # "Dodano: 10.06.2024\n\nPrzypominamy, że jutro o godz. 17:00": the word takes its time
    word_starts = [e.start for e in exprs if e.relative_days is not None and not e.day_part and e.span_day is None]
    all_starts = [e.start for e in exprs]
    weekday_starts = [e.start for e in exprs if not e.parts and e.weekday is not None]
    for i, expr in enumerate(exprs):
        if expr.iso_time is not None or expr.day_part or expr.span_day is not None:
            continue   # "rozpoczęcie wieczorem o 18", "Pierwszego dnia od 10:00": the hour stays the meeting's
        if expr.parts:
            # a weekday word inside the date's sentence ("start w sobotę o 9:00") does not
            # end the date's reach; the next written date does
            k = bisect.bisect_right(explicit_starts, expr.start)
            limit = explicit_starts[k] if k < len(explicit_starts) else len(text)
            reach = _TIME_AFTER_MAX
        else:
            # "w sobotę wieczorem, o godz. 20": a part of the day is no new date
            following = [e.start for e in exprs[i + 1:i + 3] if not e.day_part]
            limit = following[0] if following else len(text)
            reach = _TIME_IMPLICIT_MAX
        for j in range(bisect.bisect_left(time_starts, expr.end), len(times)):
            t = times[j]
            if t.start >= limit or t.start - expr.end > reach:
                break
            if j in used:
                continue   # "19.10 (czwartek), godz. 10:00": the date took it
            gap = text[expr.end:t.start]
            if _score_like(t) and not _ADJACENT_GAP_RE.fullmatch(gap):
                continue   # "w sobotę wygrali 3:1 (25:20, 21:25 …)", "w skali 1:10"
            if _TIME_SIDE_RE.search(gap):
                break  # "29 grudnia – Urząd czynny w godzinach 7:30–15:30": office hours
            if _BLANK_LINE_RE.search(gap) and not (_PROGRAMME_GAP_RE.match(gap) or _table_row_gap(gap)):
                break
            if expr.parts and _between(word_starts, expr.end, t.start):
                break
            stop = _SENTENCE_STOP_IN_LINE_RE.search(gap) if expr.parts and "\n" not in gap else None
            if stop and _between(weekday_starts, expr.end + stop.start(), t.start):
                break  # "… odbyło się 12 maja. Kolejne spotkanie w sobotę o 10.": the weekday's hour
            if "\n" in gap and _between(all_starts, expr.end + gap.rfind("\n"), t.start):
                break  # "Opublikowano: 10 marca\nZebranie … w najbliższą niedzielę o 15:00"
            if (expr.relative_days or 0) < 0 and clause_tense(text, t.start, t.end) == "future":
                break  # "Święto od wczoraj przyciąga tłumy. O 18.30 zagra X": not yesterday's hour
            if ")" in gap and _inside_brackets(text, expr.start):
                break  # "(zgłoszenia … do 2 października)\ngodzina 17.00 – Prezentacja"
            if _SENTENCE_BREAK_RE.search(gap) and not _opens_line(text, t) \
                    and _names_another_day(text, t, explicit_starts):
                break  # "… 10 października w Warszawie.\nSpotkanie (o godz. 9.30) … 3 grudnia"
            if "\n" in gap and names_several_meetings(text, t.start, t.end):
                break  # "16.05 – Pływalnia" / "Wszystkie spotkania rozpoczną się o godz. 18:00": every day's hour
            day_after = _DAY_AFTER_TIME_RE.match(text, t.end)
            if day_after and day_after.end() in explicit_starts:
                break  # "od godz. 13:30 dnia 1 czerwca do godz. 6:00 dnia 3 czerwca": the next day's hour
            expr.time = t
            used.add(j)
            break
    _attach_row_cells(text, exprs, times, used, explicit_starts, time_starts)
    listed: set[int] = set()
    for j, t in enumerate(times):
        if j in used:
            continue
        k = bisect.bisect_left(starts, t.end)
        if k >= len(exprs):
            continue
        expr = exprs[k]
        if expr.time is not None or expr.iso_time is not None or expr.day_part:
            continue
        gap = text[t.end:expr.start]
        if _score_like(t) and not _ADJACENT_GAP_RE.fullmatch(gap):
            continue
        if _ITEM_AFTER_RE.match(text, t.end):
            continue   # "11.00 – 12.00 - panel o protestach 3-10 sierpnia": a programme's item, its own day
        if j and (j - 1 in used or j - 1 in listed) and _TIME_LIST_GAP_RE.fullmatch(text, times[j - 1].end, t.start):
            listed.add(j)   # "w niedzielę o 9.30, 13 i 16, a w poniedziałek": the day the list's first took
            continue
        reach = _CUED_BEFORE_MAX if _HOUR_WORD_RE.match(text, t.start) else _TIME_BEFORE_MAX
        if len(gap) <= reach and "\n" not in gap and not re.search(r"[.;!?]\s", gap):
            expr.time = t
            used.add(j)
            expr.start = min(expr.start, t.start) if expr.start - t.end <= 3 else expr.start
    return [t for j, t in enumerate(times) if j not in used]


def _attach_row_cells(text: str, exprs: list[DateExpr], times: list[TimeExpr], used: set[int],
                      explicit_starts: list[int], time_starts: list[int]) -> None:
    """`1` / `17 czerwca 2021 r. (czwartek)` / `Zespół Szkół …, Rynek 17,` / `32-070 X` / `17:00`: a
    table flattened one cell per line, its date under the row's number and its hour in a later
    cell of the row, past a place's cell of any length."""
    for expr in exprs:
        if not expr.parts or expr.time is not None or expr.iso_time is not None \
                or not under_row_number(text, text.rfind("\n", 0, expr.start) + 1):
            continue
        k = bisect.bisect_right(explicit_starts, expr.start)
        limit = min(row_end(text, expr.end), explicit_starts[k] if k < len(explicit_starts) else len(text))
        for j in range(bisect.bisect_left(time_starts, expr.end), len(times)):
            t = times[j]
            if t.start >= limit:
                break
            if j not in used and _opens_line(text, t):
                expr.time = t
                used.add(j)
                break


# "W dniu 14.05.2024 r. w Dąbrówce o 9:30 a w Lipinach o 12:00": a second place and
# time joined to the first one; "godz. 9.00 - 11.00 - grupa I\ngodz. 11.00 - 13.00 - grupa II":
# a second labelled group. Either is a session of its own on the date's day.
_ANOTHER_PLACE_RE = re.compile(
    r"^[ \t]*,?[ \t]*(?:a|oraz|i|natomiast|zaś)[ \t]+(?:w|we|na|przy)[ \t]+[^\d.!?\n]{2,60}?[ \t]*$", re.IGNORECASE)
_SESSION_LABEL_RE = re.compile(rf"[ \t]*[-–—:,]?[ \t]*(?:{SESSION_LABELS})(?!\w)", re.IGNORECASE)
_SESSION_REACH = 160


# "rozpoczną się 5 kwietnia o 10:00 i potrwają do 14:00": the end of the day's meeting
_ENDS_RE = re.compile(rf"(?<!\w)(?:{END_WORDS})", re.IGNORECASE)
_END_REACH = 120


def attach_ends(text: str, exprs: list[DateExpr], orphans: list[TimeExpr]) -> list[TimeExpr]:
    """Give a date whose time has no end the closing hour its sentence names (`… o 10:00 i
    potrwają do 14:00`, `zakończenie ok. 15.00`); return the times left over."""
    used: set[int] = set()
    for expr in exprs:
        first = expr.time
        if not expr.parts or first is None or first.until or first.finish is not None:
            continue
        sentence_end = first.end + len(right_sentence(text, first.end))
        for j, t in enumerate(orphans):
            if j in used or t.start < first.end:
                continue
            if t.start >= sentence_end or t.start - first.end > _END_REACH:
                break
            if (t.until or _ENDS_RE.search(text, first.end, t.start)) and t.finish is None and t.begin > first.begin:
                expr.time = TimeExpr(first.start, t.end, first.begin, t.begin, cued=first.cued)
                used.add(j)
            break
    return [t for j, t in enumerate(orphans) if j not in used]


# "… w najbliższą sobotę, 25 czerwca w:\n- Lipnie, godz. 10.30, świetlica\n- Dąbrowie, godz. 16.00":
# the places of one day listed a line each, each with its own time
_LIST_ITEM_RE = re.compile(r"[ \t]*[-–•*·▪►][ \t]")


def _next_list_item(text: str, last: TimeExpr, t: TimeExpr) -> bool:
    """Are `last` and `t` on two adjacent lines of one list, each line an item?"""
    gap = text[last.end:t.start]
    if gap.count("\n") != 1 or _SENTENCE_STOP_RE.search(gap):
        return False
    last_line = text.rfind("\n", 0, last.start) + 1
    next_line = last.end + gap.index("\n") + 1
    return bool(_LIST_ITEM_RE.match(text, last_line)) and bool(_LIST_ITEM_RE.match(text, next_line))


# `o godz. 11.00 – spotkanie z przedsiębiorcami,` / `o godz. 13.00 – spotkanie z organizacjami`: the
# day's meetings a line each, each opened by its cued hour and named by its event noun (a programme's
# items open with a bare time: `10.00 – spotkanie z wójtem` / `10.30 – przerwa`)
_CUED_LINE_RE = re.compile(r"(?:o|od)?[ \t]*godz", re.IGNORECASE)
_ITEM_WORD_RE = re.compile(r"[ \t]*[-–—:][ \t]*([^\W\d_]+)")


def _meeting_line(text: str, t: TimeExpr) -> bool:
    item = _ITEM_WORD_RE.match(text, t.end)
    return _opens_line(text, t) and bool(_CUED_LINE_RE.match(text, t.start)) and item is not None \
        and is_event_noun(item.group(1))


def attach_sessions(text: str, exprs: list[DateExpr], orphans: list[TimeExpr]) -> list[TimeExpr]:
    """Give each timed date the further sessions held the same day (another place joined by
    `a w …`, another labelled group on the next line, the next place of a list of places, the
    next meeting of a list of the day's meetings);
    return the times left over."""
    used: set[int] = set()
    explicit_starts = [e.start for e in exprs if e.parts]
    for expr in exprs:
        k = bisect.bisect_right(explicit_starts, expr.start)
        limit = explicit_starts[k] if k < len(explicit_starts) else len(text)
        if expr.parts and expr.time is None:
            # `(16 listopada) spotkania … Godziny konsultacji:` / `o godz. 11.00 – spotkanie z …` /
            # `o godz. 13.00 – spotkanie z …`: the list of the day's meetings gives the first its hour
            listed = [j for j, t in enumerate(orphans) if j not in used and expr.end <= t.start < limit
                      and t.start - expr.end <= _SESSION_REACH][:2]
            if len(listed) == 2 and all(_meeting_line(text, orphans[j]) for j in listed):
                expr.time = orphans[listed[0]]
                used.add(listed[0])
        first = expr.time
        if not expr.parts or first is None or first.until:
            continue
        labelled = bool(_SESSION_LABEL_RE.match(text, first.end))
        last = first
        for j, t in enumerate(orphans):
            if j in used or t.start < last.end or t.start >= limit or t.until:
                continue
            if t.start - last.end > _SESSION_REACH:
                break
            gap = text[last.end:t.start]
            same_place_joined = _ANOTHER_PLACE_RE.match(gap)
            next_group = labelled and "\n" in gap and _opens_line(text, t) and _SESSION_LABEL_RE.match(text, t.end)
            next_place = _next_list_item(text, last, t)
            next_meeting = "\n" in gap and _meeting_line(text, last) and _meeting_line(text, t)
            # `w godzinach 8:00 – 10:00 oraz 15:30 – 17:15`: a second range of hours, a second session
            next_range = last.finish is not None and t.finish is not None and bool(_RANGES_JOINED_RE.fullmatch(gap))
            if not (same_place_joined or next_group or next_place or next_meeting or next_range):
                break
            expr.sessions.append(t)
            used.add(j)
            last = t
    return [t for j, t in enumerate(orphans) if j not in used]


_RANGES_JOINED_RE = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]+(?:i|oraz)[ \t]+)(?:od[ \t]+)?")
# A programme line opens with its time: "9.30-10.30 – Rejestracja", "godz. 10.00 Otwarcie".
_LINE_LEAD_RE = re.compile(r"[ \t\xa0•*·▪►>»\-–]*(?:\d{1,2}[.)][ \t]+)?$")
_SENTENCE_LEAD_RE = re.compile(r"(?:^|[.!?]\s+|\n[ \t\xa0]*)$")
# `Początek o godz. 11.00`, `Początek sobotniej akcji w Kadłubi godzina 12.00`: a sentence giving the start
_START_SENTENCE_RE = re.compile(rf"^\s*(?:{START_LABEL})\b[^.!?\d]{{0,60}}$", re.IGNORECASE)


def is_office_hours(text: str, t: TimeExpr) -> bool:
    sentence = left_sentence(text, t.start) + text[t.start:t.end] + right_sentence(text, t.end)
    return bool(_OFFICE_HOURS_RE.search(sentence))


def agenda_start(text: str, after: int, orphans: list[TimeExpr]) -> tuple[TimeExpr, bool] | None:
    """The time a meeting dated without one starts at, from the text after its date: a
    meeting sentence's time (`spotkanie rozpocznie się o godz. 18.00`, `Początek o godz. 11.00`),
    else the first line of a programme or a sentence opening with a time (`O godz. 14.30 …`).

    Returns the time and whether its end is the meeting's end too (a programme line's end
    only closes its first item)."""
    for t in orphans:
        if t.until or t.start < after or is_office_hours(text, t):
            continue
        if _opens_line(text, t) or _SENTENCE_LEAD_RE.search(text[max(0, t.start - 3):t.start]):
            return t, False
        left = left_sentence(text, t.start)
        if mentions_meeting(left + text[t.start:t.end]) or _START_SENTENCE_RE.match(left):
            return t, True
    return None


def release_from_byline(text: str, exprs: list[DateExpr], byline: tuple[int, int]) -> list[TimeExpr]:
    """The times the page's own date line took from below the line after it (`2 maja 2013` /
    `Najpierw msza …` / `Program uroczystości:` / `godz. 11.00 …`): they are the programme's,
    given back (a time on the very next line may still be the date's own)."""
    released = []
    for expr in exprs:
        t = expr.time
        if t is not None and expr.start < byline[1] and byline[0] < expr.end and t.start > expr.end \
                and any(line.strip() for line in text[expr.end:t.start].split("\n")[1:-1]):
            expr.time = None
            released.append(t)
    return released
