"""One date expression resolved into its mentions: the days it names, counted from the page's
reference day, with their hours, and what each is for (a meeting, a deadline, the page's own
date, or a day named in passing).
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from nlp.dates_calendar import guess_year, nth_weekday, relative_day, valid_day
from nlp.dates_context import DEADLINE, OTHER, PUBLICATION, classify, mentions_meeting
from nlp.dates_mention import DateMention
from nlp.dates_sentences import left_sentence
from nlp.dates_tense import clause_tense
from nlp.dates_types import DateExpr, DatePart

__all__ = ["mentions_of"]


def _resolve(part: DatePart, expr: DateExpr, ref: dt.date, tense: Callable[[], str | None],
             anchored: bool, month_years: dict[int, int]) -> tuple[dt.date, dt.date | None] | None:
    """The days a date part names; `anchored`: `ref` is a date of the page, not today, so the
    day's weekday may choose its year; `month_years`: the year each month of the expression's
    earlier parts was read in (`14 lub 28 lutego`: one February)."""
    month = part.month or ref.month     # "4 bm.": the month of writing
    if part.year is not None:
        year = part.year
    elif part.month in month_years:
        year = month_years[part.month]
    elif expr.current_year:
        year = ref.year + expr.year_offset   # "br.", "ub.r."
    elif not part.month:
        year = ref.year
    else:
        year = guess_year(month, part.day, ref, expr.weekday if len(expr.parts) == 1 and anchored else None, tense,
                          ref_is_today=not anchored)
    if part.month_end and year:
        begin = valid_day(year, month, calendar.monthrange(year, month)[1]) if 1 <= month <= 12 else None
    elif part.nth and year:
        begin = nth_weekday(year, month, *reversed(part.nth))
    else:
        begin = valid_day(year, month, part.day)
    if begin is None:
        return None
    if part.month and part.year is None:
        month_years.setdefault(part.month, begin.year)
    finish = None
    if part.end_day is not None:
        end_year = part.end_year if part.end_year is not None else year
        end_month = part.end_month or month
        finish = valid_day(end_year, end_month, part.end_day)
        if finish is not None and finish < begin and part.end_year is None:
            finish = valid_day(end_year + 1, end_month, part.end_day)
        if finish is None or finish <= begin:
            finish = None
    return begin, finish


_NEAR_DAYS = 2


def _fmt(day: dt.date, hm: tuple[int, int] | None) -> str:
    return day.isoformat() if hm is None else f"{day.isoformat()}T{hm[0]:02d}:{hm[1]:02d}"


def mentions_of(text: str, expr: DateExpr, ref: dt.date, *, anchored: bool, stamped: bool,
                dated: bool, today_counts: bool = False, written: bool = True) -> list[DateMention]:
    """The mentions of one expression, resolved against `ref` (the publication date, else a
    date of the page: `anchored`, else today). `stamped`: the page prints its own date;
    `dated`: the day a word counts from is known (the publication date, or the date an
    anaphor names); `today_counts`: `ref` is the day of writing, which a coming weekday may be;
    `written`: `ref` is when the text was written, which its tenses speak from (not a day the page
    names: `19 lutego 2023 r. … Następnie obrady odbywały się w Krakowie (24-26 maja)` is May 2023)."""
    shown = expr.time  # part of the evidence even when it is only a closing hour
    time = None if shown is not None and shown.until else shown
    # ("do godz. 14:00" closes a deadline; a meeting does not start then)
    span_start = expr.start
    span_end = max(expr.end, shown.end) if shown and shown.start >= expr.end else expr.end
    if shown and shown.end <= expr.start:
        span_start = shown.start
    begin_hm = expr.iso_time or (time.begin if time else None)
    finish_hm = time.finish if time else None

    kind = None
    if not expr.parts:  # dziś / jutro / w najbliższy czwartek / we wtorek
        if not dated:
            return []   # "dziś" on a page of unknown date names no known day, even beside a time
        days = [(relative_day(expr, ref, today_counts=today_counts), None)]
        left_behind: list[bool] = [False]
        context = left_sentence(text, expr.start) + text[expr.start:expr.end + 80]
        if expr.eventless or (expr.bare and not stamped) or not (time or mentions_meeting(context)):
            # a day named in passing; a bare weekday ("w czwartek i piątek odbędzie się
            # konwent") names a day of the week the page's own printed date fixes, and of no
            # known week without one; "za tydzień", "dwa dni temu" in prose are as much a span
            # of time as a day, and are left out
            if expr.counted or expr.relative_days is not None and abs(expr.relative_days) > _NEAR_DAYS:
                return []
            kind = OTHER
    else:
        tense = _once(lambda: clause_tense(text, expr.start, expr.end))
        month_years: dict[int, int] = {}
        spoken_from = tense if written or not anchored else None
        resolved = [(_resolve(p, expr, ref, spoken_from, anchored, month_years), p.left_behind) for p in expr.parts]
        days = [r for r, _ in resolved if r]
        left_behind = [gone for r, gone in resolved if r]
    if not days:
        return []
    if kind is None:
        range_days = max(((f - b).days for b, f in days if f), default=0)
        kind = classify(text, expr.start, expr.end, is_range=expr.is_range, range_days=range_days,
                        timed=time is not None)
    if kind != DEADLINE and any(p.month_end for p in expr.parts):
        return []   # "remont potrwa do końca sierpnia": the end of a span, no day of its own
    evidence = (span_start, span_end)
    out = []
    for (begin, finish), gone in zip(days, left_behind):
        if gone:
            # "przeniesiony z 17 na 24 maja": the day the meeting was moved from is not its day
            out.append(DateMention(_fmt(begin, None), None, OTHER, text[evidence[0]:evidence[1]], evidence))
            continue
        if kind == DEADLINE:
            # a deadline closes on its last day, at the hour given (`do 18 marca godz. 14.00`)
            last = finish if finish and finish > begin else None
            start, end = _fmt(begin, None), _fmt(last, None) if last else None
            if shown is not None:
                end = _fmt(last or begin, shown.finish or shown.begin)
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


def _once(compute: Callable[[], str | None]) -> Callable[[], str | None]:
    """`compute`, run at the first call only (cheaper than a `functools.cache` per date)."""
    box: list[str | None] = []

    def value() -> str | None:
        if not box:
            box.append(compute())
        return box[0]

    return value
