"""Dates and times of Polish announcements, each with what it is for and its evidence.

`find_dates` reads every form Polish pages use (`19 lipca br.`, `19.X.2023`, `w czwartek
19.10.2023 w godz. 14:00-16:00`, `19 i 26 lipca, godz. 14-17`, `od 5 do 7 maja`, `jutro`) with
regular expressions compiled at import and tried only where a digit or a cue word stands, so
a page takes a fraction of a millisecond and no NLP model is needed. Years left out (or
written `br.`) are taken from the publication date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from nlp.dates_context import (DEADLINE, EVENT, OTHER, PUBLICATION, classify, left_sentence, mentions_meeting,
                               right_sentence)
from nlp.dates_grammar import (DMY_RE, ISO_RE, ROMAN_RE, TEXT_MONTH_RE, DateExpr, DatePart, TimeExpr,
                               _numeric, _text_month, scan)
from nlp.dates_lexicon import OFFICE_HOURS_WORDS, RELATED_HEADINGS, ROMAN_OF, TIME_SIDE_WORDS, cue_anywhere

__all__ = ["DateMention", "KINDS", "find_dates", "find_published"]

KINDS = (EVENT, DEADLINE, PUBLICATION, OTHER)


@dataclass(frozen=True)
class DateMention:
    start: str            # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (Europe/Warsaw local)
    end: str | None       # same format, or None for a single day with no end time
    kind: str             # "event" | "deadline" | "publication" | "other"
    text: str             # the exact substring of the input the date was read from
    span: tuple[int, int]  # [start, end) offsets into the input; text == input[span[0]:span[1]]

    @property
    def day(self) -> str:
        return self.start[:10]

    @property
    def has_time(self) -> bool:
        return "T" in self.start


# How far a time may stand from its date: "19 lipca br., godz. 14:00" or a time in the
# next clause ("…19.10.2023 r. Początek o godz. 10.00"), but not in the next paragraph.
_TIME_AFTER_MAX = 140
_TIME_BEFORE_MAX = 60
_TIME_IMPLICIT_MAX = 40
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\xa0]*\n")
# ...unless what lies between is only the heading of the programme that the time opens.
_PROGRAMME_GAP_RE = re.compile(
    r"^[^\n]{0,120}\n[ \t\r\xa0]*\n[ \t\r\xa0]*(?:program|harmonogram|agenda|plan)\w*[^\n]{0,60}:[ \t\r\xa0]*\n[ \t\r\xa0]*$",
    re.IGNORECASE)
# A time for a meal or a registration desk is not when the meeting starts.
_TIME_SIDE_RE = re.compile(
    rf"(?<!\w)(?:{TIME_SIDE_WORDS})\w*[\s:–-]*$|(?<!\w)(?:{OFFICE_HOURS_WORDS})", re.IGNORECASE)


def find_dates(text: str, *, published: dt.date | None = None,
               today: dt.date | None = None) -> list[DateMention]:
    """Every date of a text, classified, in text order.

    Event and deadline mentions are de-duplicated by day (a title repeating the body's date
    gives one event), keeping the mention that carries a time; a year that is missing is
    resolved from `published` (or the page's own publication line, else `today`).
    """
    if not text:
        return []
    today = _day_of(today) or dt.date.today()
    published = _day_of(published)
    if published is None:
        found = find_published(text)
        published = found[0] if found else None
    return list(_find_dates(text, published, today))


def _day_of(value: dt.date | None) -> dt.date | None:
    """A datetime given for a date counts by its calendar day."""
    return value.date() if isinstance(value, dt.datetime) else value


@functools.lru_cache(maxsize=64)
def _find_dates(text: str, published: dt.date | None, today: dt.date) -> tuple[DateMention, ...]:
    # cached: the type and status of a page are judged from the same dates
    found = find_published(text)
    exprs, times = scan(text)
    orphans = _attach_times(text, exprs, times)
    exprs = _drop_relative_beside_dates(text, exprs)
    published_span = found[2] if found else None
    anchors = _explicit_anchors(exprs)
    mentions: list[DateMention] = []
    implicit: list[DateMention] = []   # dziś / w sobotę: days named without a date
    last_day: dt.date | None = None
    for expr in exprs:
        ref = published or _nearest_anchor(anchors, expr.start) or today
        if not expr.parts and expr.relative_days is None and not expr.past and last_day is not None:
            # "19-20 października …, start w sobotę": a weekday after a date is in that week
            ref = last_day - dt.timedelta(days=1)
        found_here = _mentions(text, expr, ref)
        for mention in found_here:
            if published_span and mention.span[0] < published_span[1] and published_span[0] < mention.span[1]:
                mention = replace(mention, kind=PUBLICATION)
            mentions.append(mention)
            if not expr.parts:
                implicit.append(mention)
        if expr.parts and found_here and found_here[0].kind == EVENT:
            last_day = dt.date.fromisoformat(found_here[0].day)
    if implicit:
        mentions = _drop_implicit_covered(mentions, implicit)
    mentions = _outside_related_links(text, mentions)
    mentions = _deduplicate(mentions)
    mentions = _drop_days_inside_ranges(mentions)
    if orphans:
        mentions = _time_from_the_body(text, mentions, orphans)
    if published is not None:
        mentions = _demote_old_references(text, mentions, published)
    return tuple(mentions)


# ---------------------------------------------------------------------------------------------
def _attach_times(text: str, exprs: list[DateExpr], times: list[TimeExpr]) -> list[TimeExpr]:
    """Give each date the first time after it (before the next date), or one just before it;
    return the times left over.

    A list of dates (`19 i 26 lipca, godz. 14-17`) is one expression, so the time serves all.
    """
    used: set[int] = set()
    starts = [e.start for e in exprs]
    time_starts = [t.start for t in times]
    explicit_starts = [e.start for e in exprs if e.parts]
    for i, expr in enumerate(exprs):
        if expr.iso_time is not None:
            continue
        if expr.parts:
            # a weekday word inside the date's sentence ("start w sobotę o 9:00") does not
            # end the date's reach; the next written date does
            k = bisect.bisect_right(explicit_starts, expr.start)
            limit = explicit_starts[k] if k < len(explicit_starts) else len(text)
            reach = _TIME_AFTER_MAX
        else:
            limit = exprs[i + 1].start if i + 1 < len(exprs) else len(text)
            reach = _TIME_IMPLICIT_MAX
        for j in range(bisect.bisect_left(time_starts, expr.end), len(times)):
            t = times[j]
            if t.start >= limit or t.start - expr.end > reach:
                break
            gap = text[expr.end:t.start]
            if _TIME_SIDE_RE.search(gap):
                break  # "29 grudnia – Urząd czynny w godzinach 7:30–15:30": office hours
            if _BLANK_LINE_RE.search(gap) and not _PROGRAMME_GAP_RE.match(gap):
                break
            expr.time = t
            used.add(j)
            break
    for j, t in enumerate(times):
        if j in used:
            continue
        k = bisect.bisect_left(starts, t.end)
        if k >= len(exprs):
            continue
        expr = exprs[k]
        if expr.time is not None or expr.iso_time is not None:
            continue
        gap = text[t.end:expr.start]
        if len(gap) <= _TIME_BEFORE_MAX and "\n" not in gap and not re.search(r"[.;!?]\s", gap):
            expr.time = t
            used.add(j)
            expr.start = min(expr.start, t.start) if expr.start - t.end <= 3 else expr.start
    return [t for j, t in enumerate(times) if j not in used]


def _explicit_anchors(exprs: list[DateExpr]) -> list[tuple[int, dt.date]]:
    out = []
    for e in exprs:
        if e.parts and e.parts[0].year is not None and not e.current_year:
            p = e.parts[0]
            day = _valid(p.year, p.month, p.day)
            if day:
                out.append((e.start, day))
    return out


def _nearest_anchor(anchors: list[tuple[int, dt.date]], pos: int) -> dt.date | None:
    """Without a publication date, a year written elsewhere on the page is the best guess."""
    if not anchors:
        return None
    i = bisect.bisect_right([a[0] for a in anchors], pos)
    return anchors[i - 1][1] if i else anchors[0][1]


def _valid(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A day before the reference date costs this many times more than one after it: reports follow
# their event within weeks, announcements precede it by up to months.
_PAST_PENALTY = 2.5


def _guess_year(month: int, day: int, ref: dt.date, weekday: int | None) -> int | None:
    """The year that puts a year-less date nearest the reference date.

    Announcements come before their events, reports after them, mostly within months, so
    "15 stycznia" written on 10 December is next January and "20 grudnia" written on
    10 January is last December. A stated weekday decides between candidate years.
    """
    best: tuple[float, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        day_ = _valid(year, month, day)
        if day_ is None:
            continue
        delta = (day_ - ref).days
        cost = delta if delta >= 0 else -delta * _PAST_PENALTY
        if weekday is not None and day_.weekday() != weekday:
            cost += 10_000
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def _resolve(part: DatePart, expr: DateExpr, ref: dt.date) -> tuple[dt.date, dt.date | None] | None:
    if part.year is not None:
        year = part.year
    elif expr.current_year:
        year = ref.year
    else:
        year = _guess_year(part.month, part.day, ref, expr.weekday if len(expr.parts) == 1 else None)
    begin = _valid(year, part.month, part.day)
    if begin is None:
        return None
    finish = None
    if part.end_day is not None:
        end_year = part.end_year if part.end_year is not None else year
        finish = _valid(end_year, part.end_month or part.month, part.end_day)
        if finish is not None and finish < begin and part.end_year is None:
            finish = _valid(end_year + 1, part.end_month or part.month, part.end_day)
        if finish is None or finish <= begin:
            finish = None
    return begin, finish


def _relative_day(expr: DateExpr, ref: dt.date) -> dt.date:
    if expr.relative_days is not None:
        return ref + dt.timedelta(days=expr.relative_days)
    if expr.past:
        return ref - dt.timedelta(days=(ref.weekday() - expr.weekday) % 7 or 7)
    return ref + dt.timedelta(days=(expr.weekday - ref.weekday()) % 7 or 7)


def _fmt(day: dt.date, hm: tuple[int, int] | None) -> str:
    return day.isoformat() if hm is None else f"{day.isoformat()}T{hm[0]:02d}:{hm[1]:02d}"


def _mentions(text: str, expr: DateExpr, ref: dt.date) -> list[DateMention]:
    shown = expr.time  # part of the evidence even when it is only a closing hour
    time = None if shown is not None and shown.until else shown
    # ("do godz. 14:00" closes a deadline; a meeting does not start then)
    span_start = expr.start
    span_end = max(expr.end, shown.end) if shown and shown.start >= expr.end else expr.end
    if shown and shown.end <= expr.start:
        span_start = shown.start
    begin_hm = expr.iso_time or (time.begin if time else None)
    finish_hm = time.finish if time else None

    if not expr.parts:  # dziś / jutro / w najbliższy czwartek
        if not (time or mentions_meeting(left_sentence(text, expr.start) + text[expr.start:expr.end + 80])):
            return []
        days = [(_relative_day(expr, ref), None)]
    else:
        days = [r for r in (_resolve(p, expr, ref) for p in expr.parts) if r]
    if not days:
        return []
    range_days = max(((f - b).days for b, f in days if f), default=0)
    kind = classify(text, expr.start, expr.end, is_range=expr.is_range, range_days=range_days,
                    timed=time is not None)
    evidence = (span_start, span_end)
    out = []
    for begin, finish in days:
        if kind == DEADLINE:
            start, end = _fmt(finish or begin, None), None
        elif kind == PUBLICATION:
            start, end = _fmt(begin, begin_hm), None
        else:
            start = _fmt(begin, begin_hm)
            end_day = finish or begin
            end = _fmt(end_day, finish_hm) if (finish or finish_hm) else None
            if end is not None and end <= start:
                end = None
        out.append(DateMention(start, end, kind, text[evidence[0]:evidence[1]], evidence))
    return out


def _deduplicate(mentions: list[DateMention]) -> list[DateMention]:
    """One mention per day and time: a title repeating the body's date gives one event.

    A day mentioned with a time drops its mentions without one; two times on one day
    (two meetings) stay two events. Deadlines and publication dates are kept once per day.
    """
    timed_days = {(m.kind, m.day) for m in mentions if m.has_time}
    seen: dict[tuple[str, str, str], int] = {}
    out: list[DateMention] = []
    for m in mentions:
        if m.kind == EVENT and not m.has_time and (m.kind, m.day) in timed_days:
            continue
        key = (m.kind, m.day, m.start if m.kind == EVENT else "")
        j = seen.get(key)
        if j is None:
            seen[key] = len(out)
            out.append(m)
        elif m.end and not out[j].end:
            out[j] = m
    return out


def _time_from_the_body(text: str, mentions: list[DateMention], orphans: list[TimeExpr]) -> list[DateMention]:
    """"Spotkanie – 12.09.2024" in the title and "spotkanie odbędzie się o godz. 18.00" in the
    body: with one meeting day and no time beside it, the time of a meeting sentence that names
    no date is that day's."""
    events = [m for m in mentions if m.kind == EVENT]
    if len({m.day for m in events}) != 1 or any(m.has_time for m in events):
        return mentions
    for t in orphans:
        if t.until:
            continue
        sentence = left_sentence(text, t.start) + text[t.start:t.end]
        if mentions_meeting(sentence):
            event = events[0]
            day = event.day
            start = f"{day}T{t.begin[0]:02d}:{t.begin[1]:02d}"
            end = event.end
            if t.finish:
                end_day = (event.end or day)[:10]
                end = f"{end_day}T{t.finish[0]:02d}:{t.finish[1]:02d}"
            if end is not None and end <= start:
                end = None
            timed = replace(event, start=start, end=end)
            return [timed if m is event else m for m in mentions]
    return mentions


# "Zobacz także:" and the like head a list of links to other pages, each with its own date.
_RELATED_RE = re.compile(rf"(?im)^[ \t#*>›»•-]*(?:{RELATED_HEADINGS})[ \t]*:?[ \t\r*]*$")
_BLOCK_END_RE = re.compile(r"\n[ \t\r\xa0]*\n")


def _outside_related_links(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Dates in a block of links to other pages belong to those pages."""
    if not mentions:
        return mentions
    blocks = []
    for m in _RELATED_RE.finditer(text):
        end = _BLOCK_END_RE.search(text, m.end())
        blocks.append((m.end(), end.start() if end else len(text)))
    if not blocks:
        return mentions
    return [replace(m, kind=OTHER) if m.kind in (EVENT, DEADLINE) and any(s <= m.span[0] < e for s, e in blocks)
            else m for m in mentions]


def _drop_implicit_covered(mentions: list[DateMention], implicit: list[DateMention]) -> list[DateMention]:
    """A weekday or `jutro` naming a day that a written date already gives adds nothing."""
    ids = {id(m) for m in implicit}
    covered = [(m.day, (m.end or m.start)[:10]) for m in mentions if m.kind == EVENT and id(m) not in ids]
    return [m for m in mentions
            if not (id(m) in ids and m.kind == EVENT and any(lo <= m.day <= hi for lo, hi in covered))]


def _drop_days_inside_ranges(mentions: list[DateMention]) -> list[DateMention]:
    """`od 5 do 7 maja` and then a programme `6 maja – …`: the days belong to the one event."""
    ranges = [(m.day, m.end[:10]) for m in mentions if m.kind == EVENT and m.end and m.end[:10] > m.day]
    if not ranges:
        return mentions
    return [m for m in mentions
            if not (m.kind == EVENT and not m.end and any(lo < m.day <= hi for lo, hi in ranges))]


_OLD_REFERENCE_DAYS = 30
_EARLIER = cue_anywhere("earlier_meeting")


def _demote_old_references(text: str, mentions: list[DateMention], published: dt.date) -> list[DateMention]:
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


def _drop_relative_beside_dates(text: str, exprs: list[DateExpr]) -> list[DateExpr]:
    """`już za tydzień, we wtorek 22 listopada`: the written date in the same clause says it
    better."""
    out = []
    for i, e in enumerate(exprs):
        if not e.parts:
            near = [x for x in exprs[max(0, i - 1):i + 2] if x is not e and x.parts]
            if any(_same_clause(text, e, x) for x in near):
                continue
        out.append(e)
    return out


def _same_clause(text: str, a: DateExpr, b: DateExpr) -> bool:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    gap = text[lo:hi]
    return 0 <= hi - lo <= 30 and "\n" not in gap and not re.search(r"[.;!?]\s", gap)


# ---------------------------------------------------------------------------------------------
# (rank, regex, substrings one of which the lower-cased page must hold for the regex to run)
_PUBLISHED_CUES = [
    (0, cue_anywhere("publication_strong"), ("publik", "udostępn")),
    (1, cue_anywhere("publication_added"), ("dodan", "wpis", "zamieszcz", "wprowadz")),
    # "Opublikował: Anna Nowak, dnia 13.03.2024": a name stands between the cue and the date
    (1, re.compile(r"(?<!\w)(?:opublikował|udostępnił)\w*[^\S\n]*:?[^\n|:\d]{0,60}?,?[^\S\n]*(?=(?:dnia|dn\.)?\s*\d)",
                   re.IGNORECASE), ("opublikował", "udostępnił")),
    (2, re.compile(r"(?<!\w)(?:data\s+wytworzenia|data\s+utworzenia|utworzono|wytworzono)", re.IGNORECASE),
     ("wytworz", "utworz")),
]
_CUE_TAIL_RE = re.compile(r"[^\S\n]*(?:przez\s+[^\n|:]{0,60}?)?[^\S\n]*[:\-–]?[^\S\n]*(?:dnia\s+|dn\.\s*|w\s+dniu\s+)?")
_LETTER_HEAD_RE = re.compile(
    r"(?m)^[ \t]*(?P<city>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ]?[a-ząćęłńóśźż]+){0,3})"
    r"[ \t]*,[ \t]*(?:(?:dnia|dn\.)[ \t]*)?(?=\d)")
_LETTER_TAIL_RE = re.compile(
    r"[ \t]*(?:r\.?|roku)?[ \t]*[.,]?[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t\r]*$", re.MULTILINE)
_NOT_CITIES = {"dodano", "data", "opublikowano", "termin", "kiedy", "godz", "dnia", "w", "we", "od", "do"}


def _date_at(text: str, pos: int) -> tuple[dt.date, int] | None:
    """A full date (with its year) starting exactly at `pos`, and where it ends."""
    for regex in (ISO_RE, DMY_RE, TEXT_MONTH_RE, ROMAN_RE):
        m = regex.match(text, pos)
        if not m:
            continue
        if regex is ISO_RE:
            day = _valid(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        else:
            if regex is TEXT_MONTH_RE:
                expr = _text_month(m, text)
            elif regex is ROMAN_RE:
                expr = _numeric(m, ROMAN_OF[m.group("roman")], text)
            else:
                expr = _numeric(m, int(m.group("month")), text)
            if not expr or len(expr.parts) != 1 or expr.parts[0].end_day is not None:
                continue
            part = expr.parts[0]
            day = _valid(part.year, part.month, part.day)
        if day:
            return day, m.end()
    return None


_DATE_LINE_RE = re.compile(r"(?m)^[ \t]*(?=\d)")
_DATE_LINE_SCOPE = 1200
_TIME_NEXT_LINE_RE = re.compile(r"[^\n]*\n[\s]{0,40}?(?:godz|g\.|\d{1,2}[:.]\d{2}\s*[-–—]|od\s+\d)", re.IGNORECASE)


def _date_line(text: str) -> tuple[int, int, dt.date, int, int] | None:
    """A header line holding nothing but a full date ("20 lutego 2025", "22.01.2025"), the way
    news pages print when an item was posted, if that day appears nowhere else."""
    for m in _DATE_LINE_RE.finditer(text, 0, _DATE_LINE_SCOPE):
        found = _date_at(text, m.end())
        if not found or not _LETTER_TAIL_RE.match(text, found[1]):
            continue
        if text[:m.start()].rstrip().endswith((":", "-", "–")):
            continue
        if _TIME_NEXT_LINE_RE.match(text, found[1]):
            continue  # "19 października 2023\ngodz. 17:00": a poster's event date, not a stamp
        day = found[0]
        if sum(1 for d in _all_days(text) if d == day) == 1:
            return (4, m.start(), day, m.end(), found[1])
    return None


def _all_days(text: str) -> list[dt.date]:
    out = []
    for regex in (ISO_RE, DMY_RE, TEXT_MONTH_RE, ROMAN_RE):
        for m in regex.finditer(text):
            found = _date_at(text, m.start())
            if found:
                out.append(found[0])
    return out


def find_published(text: str) -> tuple[dt.date, str, tuple[int, int]] | None:
    """The page's own publication date with its evidence, e.g. `Dodano: 28.06.2017`.

    `Data publikacji`/`Opublikowano` beat `Dodano`/`Data dodania`, which beat a document's
    creation date; a dated letter head (`Łódź, 12 marca 2024 r.`) is the last resort.
    """
    return _find_published(text)


@functools.lru_cache(maxsize=64)
def _find_published(text: str) -> tuple[dt.date, str, tuple[int, int]] | None:
    # cached: the pipeline asks for it before find_dates, which asks again
    best: tuple[int, int, dt.date, int, int] | None = None
    lowered = text.lower()
    for rank, cue, needles in _PUBLISHED_CUES:
        if best is not None and best[0] <= rank:
            break
        if not any(n in lowered for n in needles):
            continue
        for m in cue.finditer(text):
            tail = _CUE_TAIL_RE.match(text, m.end())
            found = _date_at(text, tail.end())
            if found:
                best = (rank, m.start(), found[0], m.start(), found[1])
                break
    if best is None:
        for m in _LETTER_HEAD_RE.finditer(text):
            if m.group("city").lower() in _NOT_CITIES:
                continue
            found = _date_at(text, m.end())
            if found and _LETTER_TAIL_RE.match(text, found[1]):
                best = (3, m.start(), found[0], m.start("city"), found[1])
                break
    if best is None:
        best = _date_line(text)
    if best is None:
        return None
    _, _, day, s, e = best
    return day, text[s:e], (s, e)
