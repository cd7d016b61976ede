"""Dates and times of Polish announcements, each with what it is for and its evidence.

`find_dates` reads every form Polish pages use (`19 lipca br.`, `19.X.2023`, `we wtorek
14.11.2023 w godz. 15:00-17:30`, `19 i 26 lipca, godz. 14-17`, `od 5 do 7 maja`, `7-go
października`, `4 bm.`, `jutro`, `we wtorek`, `tego samego dnia`) with regular expressions
compiled at import and tried only where a digit or a cue word stands, so a page takes about a
millisecond and no statistical model is needed (Morfeusz only tells the tense of a clause
with a weekday). Years left out (or written `br.`) and days named by words are taken from the
publication date, else from a month and year the page names, else from the year of writing a
period implies (`za rok 2019`, `plan na 2023 rok`); `tego samego dnia`, `nazajutrz` from the
last date the text named. On a page that does not say when it was written but names other
dates, `w ubiegły wtorek` names no known day.

Every date of the text comes back, the meeting's own marked `event`: a repeated or covered
mention stays in the list as `other`, so every piece of evidence keeps its span. A word
naming a day in passing (`dziś`, `we wtorek`) comes back only when the day it counts from is
known, and a count of days (`za dwa dni`) only as a meeting's day.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import replace

from nlp.dates_attach import attach_ends, attach_sessions, attach_times, release_from_byline
from nlp.dates_before_event import deadlines_before_event
from nlp.dates_context import DEADLINE, EVENT, OTHER, PUBLICATION
from nlp.dates_daily import split_daily
from nlp.dates_entries import entry_heading
from nlp.dates_grammar import scan
from nlp.dates_listing import reprints_publication, sibling_stamps
from nlp.dates_mention import DateMention
from nlp.dates_published import find_published
from nlp.dates_rows import attach_rows, list_time, series_time, time_after_list
from nlp.dates_same_day import without_second_terms
from nlp.dates_sessions import sessions_on_lines
from nlp.dates_span_days import last_named_day, span_day_of
from nlp.dates_settle import (deduplicate, demote_implicit_covered, demote_observance_days, demote_old_references,
                              fold_days_into_ranges, outside_related_links, settle_undetermined, time_from_the_body,
                              time_mentions)
from nlp.dates_resolve import mentions_of
from nlp.dates_types import DateExpr
from nlp.dates_years import (heading_years, list_years, month_year_anchors, named_years, nearest_anchor, new_term_year,
                             read_by_weekday, repeated_day_years, school_years, sentence_year, undating_spans,
                             weekday_page_year, weekday_year, written_anchors, year_before, year_of_writing,
                             years_of_joined_days, years_of_written_days)
from nlp.mojibake import mend_code_page

__all__ = ["DateMention", "KINDS", "find_dates", "find_published"]

KINDS = (EVENT, DEADLINE, PUBLICATION, OTHER)


def find_dates(text: str, *, published: dt.date | None = None,
               today: dt.date | None = None) -> list[DateMention]:
    """Every date of a text, classified, in text order.

    Events and deadlines count once per day (a title repeating the body's date gives one
    event, the mention that carries a time), the repetitions staying as `other`; a year that
    is missing is resolved from `published` (or the page's own publication line, else a
    month and year the page names, else the year of writing a period implies, else `today`).
    """
    if not text:
        return []
    read = mend_code_page(text)   # (`1 wrzeœnia`: the same spans, its letters put back)
    today = _day_of(today) or dt.date.today()
    published = _day_of(published)
    if published is None:
        found = find_published(read)
        published = found[0] if found else None
    mentions = _find_dates(read, published, today)
    if read is not text:   # (the evidence quoted as the page writes it)
        return [replace(m, text=text[m.span[0]:m.span[1]]) for m in mentions]
    return list(mentions)


def _day_of(value: dt.date | None) -> dt.date | None:
    """A datetime given for a date counts by its calendar day."""
    return value.date() if isinstance(value, dt.datetime) else value


@functools.lru_cache(maxsize=64)
def _find_dates(text: str, published: dt.date | None, today: dt.date) -> tuple[DateMention, ...]:
    # cached: the type and status of a page are judged from the same dates
    found = find_published(text)
    exprs, times = scan(text)
    # (`24-27.04.2018_Prezentacja_seminarium.pdf`: a file's name, no date of the page's)
    exprs = [e for e in exprs if text[e.end:e.end + 1] != "_" and text[e.start - 1:e.start] != "_"]
    orphans = attach_sessions(text, exprs, attach_ends(text, exprs, attach_times(text, exprs, times)))
    orphans = attach_rows(text, exprs, orphans)
    published_span = found[2] if found else None
    if published_span:
        orphans = sorted(orphans + release_from_byline(text, exprs, published_span), key=lambda t: t.start)
    exprs = _drop_relative_beside_dates(text, exprs, published_span)
    years_of_written_days(text, exprs)
    years_of_joined_days(text, exprs)
    siblings = sibling_stamps(text, published_span) if published_span else []
    statutes = undating_spans(text, exprs)
    anchors = written_anchors(exprs, statutes)
    # on a page that names no date to count from: the year of writing ("za rok 2019"), else the
    # years it names ("Zebrania wiejskie w 2023 roku:")
    written: int | None = None
    years: list[tuple[int, int]] = []
    school: list[tuple[int, int]] = []
    needs_reference = any(_needs_reference(e) for e in exprs)
    if published is None and needs_reference:
        school = school_years(text)
        anchors = sorted(anchors + [(pos, dt.date(year, month, 1)) for pos, year, month in month_year_anchors(text)])
        named = named_years(text, statutes)
        if not anchors:
            written = year_of_writing(text)
            years = [] if written is not None else named
            if written is None and not years:
                # `inauguracyjna sesja … kadencji 2024-2029`: a term's first year; `W piątek, 19 września`:
                # the year that day is a Friday dates the page's days
                written = new_term_year(text) or weekday_page_year(text, exprs, today, statutes)
        elif named and named[0][0] < anchors[0][0]:
            years = named   # (`2012 rok` / `30 sierpnia b.r. – …`: for `br.` above the first date written in full)
    lists = list_years(text) if needs_reference else []
    headings = heading_years(text) if needs_reference else []   # (`Rok 2008` / `1 stycznia …`)
    mentions: list[DateMention] = []
    implicit: set[int] = set()   # dziś / w sobotę: days named without a date
    last_day: dt.date | None = None
    span: tuple[dt.date, dt.date] | None = None   # the days the last date names (`23-24 lipca`)
    last_end = 0
    joined_to: tuple[int, list[DateMention]] = (-1, [])   # the end and mentions of the expression before
    entry_day: dt.date | None = None   # on a listing, the posting date of the item a word stands in
    for expr in exprs:
        in_week_of = False   # a weekday read in the week of the date named before it
        anchor = published or nearest_anchor(anchors, expr.start, latest=expr.current_year)
        if entry_day is not None and not expr.parts:
            anchor = entry_day   # (`25paź2009` / `Dziś …`: the day of that entry, not of the page's newest)
        ref = anchor or today
        year = written if written is None else weekday_year(written, expr)   # (`sobotę, 3 lutego`: its weekday's)
        if year is None and expr.parts and all(p.month and not p.year for p in expr.parts):
            # `Forum 2018, które odbędzie się 28 września`; on a dated page, `W 2008 roku … 5 marca`
            year = sentence_year(text, expr.start, statutes, said_in=published is not None) \
                or (year_before(headings, expr.start) if headings and headings[0][0] < expr.start else None)
        named_year = year is None and bool(years) and (not anchors or expr.current_year and expr.start < anchors[0][0])
        if named_year:
            year = year_before(years, expr.start)
        year = next((y for start, end, y in lists if start <= expr.start < end), year)
        if year is None and school and expr.parts and all(p.month for p in expr.parts):
            first = year_before(school, expr.start)   # `5 października` of `rok akademicki 2022/2023`
            year = None if first is None else first if expr.parts[0].month >= _SCHOOL_YEAR_OPENS else first + 1
        if year is not None and expr.parts and all(p.month for p in expr.parts):
            # "20 lutego" in a summary "za rok 2019": in the year of writing, as "br." would be
            ref, expr = dt.date(year, 1, 1), replace(expr, current_year=True)
        if expr.anaphoric:
            # "tego samego dnia", "nazajutrz": counted from the last day the text named
            named = span_day_of(text, mentions, expr.start, expr.span_day) if expr.span_day is not None \
                else last_named_day(mentions, expr.start) or (published if expr.day_part else None)
            if named is None:
                continue   # "tego samego dnia" with no day named before it
            ref = named
        if expr.follows and joined_to[1] and joined_to[0] <= expr.start:
            ref = dt.date.fromisoformat(joined_to[1][0].day)   # `w środę i czwartek`: the Thursday after
            in_week_of = True
        elif not expr.parts and expr.relative_days is None and not expr.past and expr.week_offset is None \
                and span is not None and not expr.eventless and not expr.coming and _weekday_within(expr.weekday, span):
            # `W dniach 23-24 lipca … Mecze grupowe w sobotę trwały`: a day of the span named before,
            # whatever the tense (counted on from the day before the span)
            ref, expr = span[0] - dt.timedelta(days=1), replace(expr, follows=True)
            in_week_of = True
        elif not expr.parts and expr.relative_days is None and not expr.past and expr.tense != "past" \
                and expr.week_offset is None and last_day is not None and not expr.eventless \
                and (not expr.bare or expr.start - last_end <= _PASSAGE) \
                and not (published is not None and (expr.coming or expr.tense == "future" and last_day < published)):
            # "19-20 października …, start w sobotę": a weekday after a date is in that week (but
            # "zebranie odbyło się 2 maja. W czwartek radni zbiorą się" speaks of a coming Thursday)
            ref = last_day - dt.timedelta(days=1)
            in_week_of = True
        elif not expr.parts and not expr.anaphoric and published is None and anchor is not None and entry_day is None:
            # "w ubiegły wtorek" on a page that does not say when it was written counts from no day
            # the page names (with none named, a live page's words count from today)
            continue
        found_here = mentions_of(text, expr, ref, anchored=anchor is not None, stamped=found is not None,
                                 written=published is not None or entry_day is not None,
                                 dated=published is not None or expr.anaphoric or in_week_of or entry_day is not None,
                                 today_counts=published is not None and not in_week_of and not expr.parts
                                 and not _dates_coming_weekday(mentions, expr.weekday, published))
        found_here += _sessions(text, expr, found_here)
        for mention in found_here:
            if published_span and (mention.span[0] < published_span[1] and published_span[0] < mention.span[1]
                                   or reprints_publication(text, mention.span, mention.day, found[0].isoformat())):
                mention = replace(mention, kind=PUBLICATION)
            elif any(mention.span[0] < e and s < mention.span[1] for s, e in siblings):
                mention = replace(mention, kind=OTHER)   # another item's posting date on a listing
                entry_day = dt.date.fromisoformat(mention.day)
            elif entry_heading(text, expr):
                entry_day = dt.date.fromisoformat(mention.day)   # `07.11.2013, czwartek` / `Jutro …`: a diary's entry
            mentions.append(mention)
            if not expr.parts:
                implicit.add(id(mention))
        joined_to = (expr.end, found_here)
        if published is None and found_here:
            day = dt.date.fromisoformat(found_here[0].day)
            if (expr.current_year and not named_year) or read_by_weekday(expr, day):
                # `Dnia 12 lutego br. zmarł …, pogrzeb 15 lutego`, `9 lipca (wtorek) … do 26 lipca`: the days
                # after count from it
                bisect.insort(anchors, (expr.start, day))
        if expr.parts and found_here and found_here[0].kind == EVENT:
            last_day = dt.date.fromisoformat(found_here[0].day)
            last_end = expr.end
        if expr.parts and found_here and found_here[0].kind != PUBLICATION:
            span = (dt.date.fromisoformat(found_here[0].day),
                    max(dt.date.fromisoformat(m.last_day) for m in found_here))
    mentions = demote_observance_days(text, settle_undetermined(text, mentions, implicit))
    if implicit:
        mentions = demote_implicit_covered(mentions, implicit)
    mentions = outside_related_links(text, mentions)
    mentions = deduplicate(repeated_day_years(mentions), text)
    mentions = split_daily(text, fold_days_into_ranges(text, mentions))
    if orphans:
        mentions = series_time(text, mentions, orphans)
        mentions, orphans = time_from_the_body(text, mentions, orphans)
    if published is not None:
        mentions = demote_old_references(text, mentions, published)
    mentions.sort(key=lambda m: m.span[0])
    mentions += time_mentions(text, mentions, orphans, published)
    mentions.sort(key=lambda m: m.span[0])
    mentions = without_second_terms(text, time_after_list(text, list_time(text, sessions_on_lines(text, mentions))))
    counted_back = deadlines_before_event(text, mentions)   # `najpóźniej w dniu poprzedzającym sesję`
    return tuple(sorted(mentions + counted_back, key=lambda m: m.span[0]) if counted_back else mentions)


_PASSAGE = 300   # near enough for a bare weekday to speak of a date's week (a programme under its dates)
# a school year's days from August (its preparation) to December are of its first year
_SCHOOL_YEAR_OPENS = 8


def _weekday_within(weekday: int | None, span: tuple[dt.date, dt.date]) -> bool:
    """Is there such a weekday among the days of a span of several (`23-24 lipca`, `9 i 10 sierpnia`)?"""
    days = (span[1] - span[0]).days
    return weekday is not None and 0 < days < 7 and (weekday - span[0].weekday()) % 7 <= days


def _dates_coming_weekday(mentions: list[DateMention], weekday: int | None, published: dt.date | None) -> bool:
    """Has the page already dated a meeting on a coming such weekday (`spotkanie w poniedziałek
    (3 listopada)` … `Kto nie może przyjść w poniedziałek`), which a bare weekday points back to?"""
    return weekday is not None and published is not None and any(
        m.kind == EVENT and m.day > published.isoformat() and dt.date.fromisoformat(m.day).weekday() == weekday
        for m in mentions)


def _needs_reference(expr: DateExpr) -> bool:
    return not expr.parts or any(p.year is None for p in expr.parts)


# ---------------------------------------------------------------------------------------------
def _sessions(text: str, expr: DateExpr, found: list[DateMention]) -> list[DateMention]:
    """The further sessions of a meeting day, each an event at its own time."""
    out = []
    for m in found:
        if m.kind != EVENT or not m.has_time:
            continue
        for t in expr.sessions:
            start = f"{m.day}T{t.begin[0]:02d}:{t.begin[1]:02d}"
            end = f"{m.day}T{t.finish[0]:02d}:{t.finish[1]:02d}" if t.finish else None
            out.append(DateMention(start, end if end and end > start else None, EVENT, text[m.span[0]:t.end],
                                   (m.span[0], t.end)))
    return out


def _drop_relative_beside_dates(text: str, exprs: list[DateExpr],
                                stamp: tuple[int, int] | None) -> list[DateExpr]:
    """`już za tydzień, we wtorek 22 listopada`: the written date in the same clause says it
    better, so the word names no meeting's day of its own (the page's posting stamp before
    `Dzisiaj odbyła się sesja` says nothing of the meeting)."""
    for i, e in enumerate(exprs):
        if not e.parts:
            near = [x for x in exprs[max(0, i - 1):i + 2] if x is not e and x.parts
                    and not (stamp and x.start < stamp[1] and stamp[0] < x.end)]
            if any(_same_clause(text, e, x) for x in near):
                e.eventless = True
    return exprs


def _same_clause(text: str, a: DateExpr, b: DateExpr) -> bool:
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    gap = text[lo:hi]
    return 0 <= hi - lo <= 30 and "\n" not in gap and not re.search(r"[.;!?]\s", gap)
