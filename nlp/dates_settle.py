"""What the dates of a page are, once each has been read: the rules that look at all of
them together. A date whose own sentence said nothing takes the kind of a meeting day it is
coordinated with; a title repeating the body's date is one event; the days of a multi-day
meeting's programme are that meeting; a programme's first time is the start of a day given
without one; an earlier meeting recalled in an invitation is not its event. Nothing is
dropped: a mention that is not a meeting's own stays, as `other`, with its evidence.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from nlp.clauses import RELATED_RE
from nlp.dates_agenda import listed_times, programme_time
from nlp.dates_attach import agenda_start, is_office_hours
from nlp.dates_context import (DEADLINE, EVENT, OTHER, PUBLICATION, UNDETERMINED, mentions_meeting,
                               names_several_meetings)
from nlp.dates_lexicon import LEXICON, TAKES_PLACE_RE, cue_anywhere
from nlp.dates_mention import DateMention
from nlp.dates_rows import peer_rows, row_line
from nlp.dates_same_day import another_meeting_that_day
from nlp.dates_sentences import left_sentence, right_sentence
from nlp.dates_tense import clause_tense
from nlp.dates_types import TimeExpr

__all__ = ["deduplicate", "demote_implicit_covered", "demote_old_references", "fold_days_into_ranges",
           "outside_related_links", "settle_undetermined", "time_from_the_body", "time_mentions"]


# "W dniach 3.10.2024 r. w Kaliszu oraz 4.10.2024 r. w Koninie … uczestniczyli w
# spotkaniach": dates joined by a conjunction in one sentence are days of the same kind.
_COORDINATED_RE = re.compile(r"^[^.!?\n]{0,80}?(?:,|;|\boraz\b|\bi\b|\ba\b|\ba także\b)[^.!?\n]{0,80}$")


# "Festiwal odbędzie się w miastach:\n- Gdańsku – 10-14 maja\n- Warszawie – 18-22 maja": the items
# of one list are of one kind
_LIST_ITEM_RE = re.compile(r"[ \t]*[-–•*·▪►☛][ \t]")


_PLACE_BEFORE_DATE_RE = re.compile(r"[ \t•*·-]*[A-ZŁŚŻŹĆ][\w.]*(?:[ \t-]+[A-ZŁŚŻŹĆ][\w.]*){0,3}[ \t]*[-–—:][ \t]*")
_AFTER_ROW_DATE_RE = re.compile(r"[ \t]*(?:r\.|roku)?[ \t.,;]*")


def _place_row(text: str, span: tuple[int, int]) -> bool:
    """A line holding a place's name and a date and nothing else (`Ruda Maleniecka - 09.11.2009 r.`)."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    return bool(_PLACE_BEFORE_DATE_RE.fullmatch(text, line_start, span[0])) \
        and bool(_AFTER_ROW_DATE_RE.fullmatch(text, span[1], len(text) if line_end < 0 else line_end))


def _schedule_restating_a_meeting(text: str, out: list[DateMention], order: list[int]) -> None:
    """`Pierwsze spotkanie 21 lutego na Stawkach.` … `21 lutego (wtorek), STAWKI` / `Szkoła …` /
    `22 lutego (środa), PODGÓRZ` / …: rows of one layout opening on the day of a meeting named
    above them are the series' meetings (set in place in `out`). A roster that only passes the
    meeting's day (`Harmonogram dyżurów:` / `25 września – X` / `2 października – Y`) is not."""
    events = {m.day: m.span[0] for m in out if m.kind == EVENT}
    run: list[int] = []
    for i in order + [-1]:
        if i >= 0 and out[i].kind == UNDETERMINED and (
                not run or peer_rows(text, _date_span(out[run[-1]]), _date_span(out[i]))):
            run.append(i)
            continue
        if len(run) >= _MIN_SCHEDULE_ROWS and events.get(out[run[0]].day, len(text)) < out[run[0]].span[0]:
            for j in run:
                out[j] = replace(out[j], kind=EVENT)
        run = [i] if i >= 0 and out[i].kind == UNDETERMINED else []


_MIN_SCHEDULE_ROWS = 3


def _next_items(text: str, lo: tuple[int, int], hi: tuple[int, int]) -> bool:
    gap = text[lo[1]:hi[0]]
    if gap.count("\n") != 1 or re.search(r"[.!?]\s", gap):
        return False
    first = text.rfind("\n", 0, lo[0]) + 1
    return bool(_LIST_ITEM_RE.match(text, first)) and bool(_LIST_ITEM_RE.match(text, lo[1] + gap.index("\n") + 1))


def _event_on_line_above(text: str, out: list[DateMention], order: list[int], k: int) -> int | None:
    """The meeting day on the line above the k-th mention, past the other dates of that line
    (`• w Szczecinie (23.01) – rekrutacja do 20 stycznia;` / `• w Rzeszowie (24.01) – …`)."""
    line_start = text.rfind("\n", 0, out[order[k]].span[0]) + 1
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    for j in reversed(order[:k]):
        if out[j].span[0] < above:
            return None
        if out[j].kind == EVENT and out[j].span[0] < line_start:
            return j
    return None


_BLANK_RE = re.compile(r"\s{0,40}")


def settle_undetermined(text: str, mentions: list[DateMention], implicit: set[int]) -> list[DateMention]:
    """A date whose own sentence said nothing takes the kind of a meeting day it is coordinated
    with; on a page that names no meeting day, its only such day is the meeting's when the
    next sentence speaks of it ("mówił we wtorek 12 lipca wojewoda. … wrócił do spotkań z
    mieszkańcami"); every other one is `other`."""
    if not any(m.kind == UNDETERMINED for m in mentions):
        return mentions
    out = list(mentions)
    order = sorted(range(len(out)), key=lambda i: out[i].span[0])
    for k, i in enumerate(order):
        m = out[i]
        if m.kind != UNDETERMINED:
            continue
        for j in (order[k - 1] if k else None, order[k + 1] if k + 1 < len(order) else None,
                  _event_on_line_above(text, out, order, k)):
            if j is None or out[j].kind != EVENT:
                continue
            lo, hi = sorted((m.span, out[j].span))
            if hi[0] >= lo[1] and (_COORDINATED_RE.match(text[lo[1]:hi[0]]) or _next_items(text, lo, hi)
                                   or peer_rows(text, _date_span(out[i]), _date_span(out[j]))):
                out[i] = replace(m, kind=EVENT)
                break
    _schedule_restating_a_meeting(text, out, order)
    lone = [i for i, m in enumerate(out) if m.kind == UNDETERMINED and id(mentions[i]) not in implicit]
    if len(lone) > 1 and not any(m.kind == EVENT for m in out) and mentions_meeting(text) \
            and all(_place_row(text, out[i].span) for i in lone):
        # `Odbyło się 9 spotkań …` / `Białaczów - 03.11.2009 r.` / `Bliżyn - 17.11.2009 r.`: a report's
        # list of the places and days it met on
        return [replace(m, kind=EVENT) if i in lone else m for i, m in enumerate(out)]
    if lone and not any(m.kind == EVENT for m in out) and len({out[i].day for i in lone}) == 1:
        m = out[lone[0]]
        rest = m.span[1] + len(right_sentence(text, m.span[1]))
        rest = _BLANK_RE.match(text, rest).end()   # (a title's blank line)
        if mentions_meeting(right_sentence(text, rest)):
            out[lone[0]] = replace(m, kind=EVENT)
    return [replace(m, kind=OTHER) if m.kind == UNDETERMINED else m for m in out]


def deduplicate(mentions: list[DateMention], text: str = "") -> list[DateMention]:
    """One mention per day and time: a title repeating the body's date gives one event.

    A day mentioned with a time demotes its mentions without one; two times on one day
    (two meetings) stay two events, and so do two rows of a schedule at the same day and
    hour (`• Chechło – godz. 17:00` / `• Morgi – godz. 17:00`: two villages). Deadlines and
    publication dates count once per day.
    """
    timed_days = {(m.kind, m.day) for m in mentions if m.has_time}
    seen: dict[tuple[str, str, str], int] = {}
    out: list[DateMention] = []
    for m in mentions:
        if m.kind == OTHER:
            out.append(m)
            continue
        if m.kind == EVENT and not m.has_time and (m.kind, m.day) in timed_days \
                and not (m.end and m.end[:10] > m.day):   # a multi-day range takes the time later
            out.append(replace(m, kind=OTHER))
            continue
        key = (m.kind, m.last_day if m.kind == DEADLINE else m.day, m.start if m.kind == EVENT else "")
        j = seen.get(key)
        if j is not None and m.kind == EVENT and _other_rows(text, out[j], m):
            out.append(m)
        elif j is None:
            seen[key] = len(out)
            out.append(m)
        elif m.end and not out[j].end:
            out[j], m = m, out[j]
            seen[key] = j
            out.append(replace(m, kind=OTHER))
        else:
            out.append(replace(m, kind=OTHER))
    return out


def time_from_the_body(text: str, mentions: list[DateMention],
                        orphans: list[TimeExpr]) -> tuple[list[DateMention], list[TimeExpr]]:
    """"Spotkanie – 12.09.2024" in the title and "spotkanie odbędzie się o godz. 18.00" in the
    body, or a programme under the date ("9.30 – Rejestracja"): with one meeting day and no
    time beside it, that time is the day's start."""
    events = [m for m in mentions if m.kind == EVENT]
    if len({m.day for m in events}) != 1 or any(m.has_time for m in events):
        return mentions, orphans
    event = events[0]
    found = agenda_start(text, event.span[0], orphans)
    if found is None or any(event.span[1] <= m.span[0] < found[0].start and m.day != event.day
                            and m.kind not in (PUBLICATION, DEADLINE) for m in mentions):
        return mentions, orphans   # (`… w poniedziałek w teatrze. … Początek o godz. 17`: another day's hour)
    t, closes = found
    day = event.day
    start = f"{day}T{t.begin[0]:02d}:{t.begin[1]:02d}"
    end = event.end
    if t.finish and closes:
        end_day = (event.end or day)[:10]
        end = f"{end_day}T{t.finish[0]:02d}:{t.finish[1]:02d}"
    if end is not None and end <= start:
        end = None
    timed = replace(event, start=start, end=end)
    # a programme line's time stays among the leftovers, so its own line keeps its mention of
    # the day's hours; a meeting sentence's time is the event's
    left = [o for o in orphans if o is not t] if closes else orphans
    return [timed if m is event else m for m in mentions], left


def time_mentions(text: str, mentions: list[DateMention], orphans: list[TimeExpr],
                   published: dt.date | None) -> list[DateMention]:
    """The times no date took (a programme's later lines, `od godz. 10.30`), each dated by the
    nearest meeting day before it, else the nearest day, else the publication date: `other`
    mentions, evidence of the day's hours. A lone `1:10` (a score, a scale) is no hour."""
    out = []
    # "12-13 października … Sobota, 13 października:\n10.00 – warsztaty": a day of a multi-day
    # meeting's programme is a meeting day too
    ranges = [(m.day, m.end[:10]) for m in mentions if m.kind == EVENT and m.end and m.end[:10] > m.day]
    event_days = {m.day for m in mentions if m.kind == EVENT}
    listed = set(listed_times(text, [(t.start, t.end) for t in orphans]))
    for t in orphans:
        if not (t.cued or programme_time(text, t.start, t.end) or (t.start, t.end) in listed) \
                or is_office_hours(text, t):
            continue   # (`11.10 Przecięcie wstęgi` among a programme's times is an hour)
        before = [m for m in mentions if m.span[0] < t.start and m.kind not in (PUBLICATION, DEADLINE)]
        # (a meeting's day said again, `W sobotę chcemy …`, takes the hours after it from an earlier event's)
        events = [m for m in before
                  if m.kind == EVENT or m.day in event_days or any(lo <= m.day <= hi for lo, hi in ranges)]
        if events or before:
            day = (events or before)[-1].day
            if events and before[-1].day > day and before[-1].span[0] > events[-1].span[0]:
                day = before[-1].day   # a programme's later day, under its own heading
            elif events and before[-1].span[0] > max(events[-1].span[0], _paragraph_start(text, t.start)) \
                    and _sets_its_meeting(text, before[-1]):
                day = before[-1].day   # "… spotkanie odbędzie się w poniedziałek … Początek o godz. 17."
            if published is not None and day < published.isoformat() \
                    and clause_tense(text, t.start, t.end) == "future":
                day = published.isoformat()   # "Święto trwa od wczoraj. … O 18.30 zagra X": today, not a past day
        elif published is not None:
            day = published.isoformat()
        else:
            continue
        start = f"{day}T{t.begin[0]:02d}:{t.begin[1]:02d}"
        end = f"{day}T{t.finish[0]:02d}:{t.finish[1]:02d}" if t.finish else None
        kind = EVENT if events and another_meeting_that_day(text, t, events[-1], start) else OTHER
        out.append(DateMention(start, end if end and end > start else None, kind, text[t.start:t.end],
                               (t.start, t.end)))
    return out


def _sets_its_meeting(text: str, m: DateMention) -> bool:
    """`spotkanie odbędzie się w poniedziałek`: a sentence that sets its meeting on the day it names."""
    return bool(TAKES_PLACE_RE.search(left_sentence(text, m.span[0]) + " " + right_sentence(text, m.span[1])))


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` begins: after the last blank line before it."""
    blank = text.rfind("\n\n", 0, pos)
    return 0 if blank < 0 else blank + 2


# "Zobacz także:" and the like head a list of links to other pages, each with its own date.
_BLOCK_END_RE = re.compile(r"\n[ \t\r\xa0]*\n")
_MENU_ITEM_RE = re.compile(r"[ \t]*[-•*][ \t]")


def outside_related_links(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Dates in a block of links to other pages belong to those pages."""
    if not mentions:
        return mentions
    blocks = []
    for m in RELATED_RE.finditer(text):
        above = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
        if _MENU_ITEM_RE.match(text, m.start()) and _MENU_ITEM_RE.match(text, above):
            continue   # `- Finanse Gminy` / `- Archiwum` / `- 2023`: an item of a menu, no heading
        end = _BLOCK_END_RE.search(text, m.end())
        blocks.append((m.end(), end.start() if end else len(text)))
    if not blocks:
        return mentions
    return [replace(m, kind=OTHER) if m.kind in (EVENT, DEADLINE) and any(s <= m.span[0] < e for s, e in blocks)
            else m for m in mentions]


def demote_implicit_covered(mentions: list[DateMention], implicit: set[int]) -> list[DateMention]:
    """A weekday or `jutro` naming a day that a written date already gives adds nothing but its
    hour (`odbywająca się dziś (27.06) Kawiarenka` … `rusza dzisiaj o godz. 17:30`), which the
    written date, given with none, takes."""
    covered = [(m.day, (m.end or m.start)[:10]) for m in mentions if m.kind == EVENT and id(m) not in implicit]
    demoted = [id(m) in implicit and m.kind == EVENT and any(lo <= m.day <= hi for lo, hi in covered) for m in mentions]
    hours: dict[str, str] = {}
    for m, gone in zip(mentions, demoted):
        if gone and m.has_time:
            hours.setdefault(m.day, m.start)
    return [replace(m, kind=OTHER) if gone else replace(m, start=hours[m.day])
            if m.kind == EVENT and not m.has_time and not m.end and m.day in hours else m
            for m, gone in zip(mentions, demoted)]


def fold_days_into_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """`od 5 do 7 maja` and then a programme `5 maja, godz. 10.00 …`, `6 maja – …`: the days
    belong to the one event, whose start takes the first day's time. A period of weeks with no
    hour (`wyłożenie od 15 maja do 13 czerwca`) holds a meeting at its own hour inside it
    (`dyskusja publiczna 7 czerwca o godz. 15.30`): that is the event, not the period. A range
    whose sentence says several meetings are held in it (`W dniach od 6 do 10 czerwca odbędą się
    warsztaty`), with their days and hours listed a line each, spans the series: the days are
    the meetings."""
    ranges = [m for m in mentions if m.kind == EVENT and m.end and m.end[:10] > m.day]
    if not ranges:
        return mentions
    out = list(mentions)
    for j, r in enumerate(out):
        if r in ranges and names_several_meetings(text, *_date_span(r)) and _timed_lines_inside(text, out, r) > 1:
            out[j] = replace(r, kind=OTHER)
    for i, m in enumerate(out):
        if m.kind != EVENT or (m.end and m.end[:10] > m.day):
            continue
        for j, r in enumerate(out):
            if r.kind != EVENT or not (r.end and r.end[:10] > r.day):
                continue
            if m.has_time and not r.has_time and r.day < m.day <= r.end[:10] and _weeks_long(r):
                out[j] = replace(r, kind=OTHER)
                break
            if r.day < m.day <= r.end[:10]:
                out[i] = replace(m, kind=OTHER)
                break
            if r.day == m.day and m.has_time and not r.has_time:
                out[j] = replace(r, start=m.start)
                out[i] = replace(m, kind=OTHER)
                break
    return out


def _timed_lines_inside(text: str, mentions: list[DateMention], r: DateMention) -> int:
    """How many lines give a day inside the range `r` with an hour."""
    return len({text.rfind("\n", 0, m.span[0]) for m in mentions
                if m is not r and m.has_time and r.day <= m.day <= r.end[:10] and not (m.end and m.end[:10] > m.day)})


_OBSERVANCE_BEFORE = re.compile(LEXICON["observance_before"], re.IGNORECASE)


def demote_observance_days(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """`z okazji Dnia Sołtysa, obchodzonego w niedzielę 11 marca` … `spotkanie odbyło się 13
    marca`: the day an observance falls on is no meeting's when the page dates a meeting on
    another day (held on that very day, `w ramach przypadającego na 3 grudnia Dnia X`, it is)."""
    observed = {id(m) for m in mentions if m.kind == EVENT
                and _OBSERVANCE_BEFORE.search(text, max(0, m.span[0] - 60), m.span[0])}
    if not observed:
        return mentions
    others = {m.day for m in mentions if m.kind == EVENT and id(m) not in observed}
    return [replace(m, kind=OTHER) if id(m) in observed and others and m.day not in others else m
            for m in mentions]


_PERIOD_DAYS = 14   # a range longer than two weeks is a period (of display, of comments), not a meeting


def _weeks_long(m: DateMention) -> bool:
    return (dt.date.fromisoformat(m.end[:10]) - dt.date.fromisoformat(m.day)).days > _PERIOD_DAYS


_OLD_REFERENCE_DAYS = 30
_EARLIER = cue_anywhere("earlier_meeting")


def demote_old_references(text: str, mentions: list[DateMention], published: dt.date) -> list[DateMention]:
    """An invitation recalling an earlier meeting ("poprzednia debata odbyła się 14 listopada
    2024 r.") names that day only in passing: when the page announces a meeting still to
    come, a day long before its publication, said to be an earlier one, is not its event;
    a year's summary of past meetings keeps them."""
    soon = (published - dt.timedelta(days=7)).isoformat()
    if not any(m.kind == EVENT and m.day >= soon for m in mentions):
        return mentions
    old = (published - dt.timedelta(days=_OLD_REFERENCE_DAYS)).isoformat()
    return [replace(m, kind=OTHER)
            if m.kind == EVENT and (m.end or m.start)[:10] < old and _EARLIER.search(_sentence_of(text, m)) else m
            for m in mentions]


def _sentence_of(text: str, m: DateMention) -> str:
    return left_sentence(text, m.span[0]) + m.text + right_sentence(text, m.span[1])


def _date_span(m: DateMention) -> tuple[int, int]:
    """The span of a mention's first line: its date, without a time read from the rows below."""
    cut = m.text.find("\n")
    return m.span if cut < 0 else (m.span[0], m.span[0] + len(m.text[:cut].rstrip()))


def _other_rows(text: str, kept: DateMention, m: DateMention) -> bool:
    """Do two mentions end in two different rows of one list or table?"""
    if not text:
        return False
    if _cell_row(text, kept) and _cell_row(text, m):
        return True
    a, b = row_line(text, kept.span[1] - 1), row_line(text, m.span[1] - 1)
    return a is not None and b is not None and a != b


def _cell_row(text: str, m: DateMention) -> bool:
    """A table laid out a cell a line: the date opens its line and its hour stands on a line
    below (`14.09.2020 r.` / `` / `19:00`), a row of its own."""
    line_end = text.find("\n", m.span[0])
    return not text[text.rfind("\n", 0, m.span[0]) + 1:m.span[0]].strip() and -1 < line_end < m.span[1]
