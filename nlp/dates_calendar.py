"""Calendar arithmetic of the date grammar: which year a year-less day falls in, and which
day a word such as `jutro` or `w środę` names, counted from a reference date."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from nlp.dates_types import DateExpr

__all__ = ["guess_year", "nth_weekday", "relative_day", "valid_day"]


def valid_day(year: int | None, month: int, day: int) -> dt.date | None:
    """The date, or None when the numbers name no calendar day (31 June, month 0)."""
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A day before the reference date costs this many times more than one after it: reports follow
# their event within weeks, announcements precede it by up to months.
_PAST_PENALTY = 2.5


# Further than this from the reference date, a guess listens to the tense of its clause.
_UNSURE_DAYS = 60


def guess_year(month: int, day: int, ref: dt.date, weekday: int | None,
               tense: Callable[[], str | None] | None = None, *, ref_is_today: bool = False) -> int | None:
    """The year that puts a year-less date nearest the reference date.

    Announcements come before their events, reports after them, mostly within months, so
    "15 stycznia" written on 10 December is next January and "20 grudnia" written on
    10 January is last December. For a day months away either way, the clause's tense
    decides (`ustawa będzie obowiązywać od 6 czerwca`, written in September, is next June).
    A stated weekday decides only for such a day months away: a page's `środa, 22 stycznia`
    near its reference is more often a slip of the weekday than a date a year away, but
    `9 lipca (wtorek)` on a page of November 2019 is July 2019, the one July 9 on a Tuesday.
    With no date of the page to count from (`ref_is_today`), a past-tense clause names a day
    already gone (`7 maja odbyła się sesja` read in December is this May, not next May). With
    no `tense` (`ref` is a day the page names, not when it was written), the nearest day either
    way: a page may name days before and after its own.
    """
    scored: list[tuple[float, int, int]] = []
    past_penalty = _PAST_PENALTY if tense is not None or ref_is_today else 1.0
    for year in (ref.year - 1, ref.year, ref.year + 1):
        day_ = valid_day(year, month, day)
        if day_ is None:
            continue
        delta = (day_ - ref).days
        cost = delta if delta >= 0 else -delta * past_penalty
        scored.append((cost, year, delta))
    if not scored and (month, day) == (2, 29):
        # `W czwartek (29.02.)`, no leap year near: the last 29 February before the reference
        return next(y for y in range(ref.year, ref.year - 8, -1) if valid_day(y, 2, 29))
    if not scored:
        return None
    scored.sort()
    if ref_is_today and tense is not None and tense() == "past":
        gone = [(delta, year) for _cost, year, delta in scored if delta <= 0]
        if gone:
            return max(gone)[1]
    cost, year, delta = scored[0]
    if weekday is not None and abs(delta) > _UNSURE_DAYS:
        on_weekday = [y for _cost, y, _delta in scored if valid_day(y, month, day).weekday() == weekday]
        if len(on_weekday) == 1:
            return on_weekday[0]
    if tense is not None and abs(delta) > _UNSURE_DAYS and not ref_is_today:
        wanted = tense()
        if wanted in ("past", "future") and (delta < 0) != (wanted == "past"):
            for _other_cost, other_year, other_delta in scored[1:]:
                if (other_delta < 0) == (wanted == "past"):
                    return other_year
    return year


def relative_day(expr: DateExpr, ref: dt.date, *, today_counts: bool = False) -> dt.date:
    """The day a word names: `jutro` is ref + 1; `czwartek w przyszłym tygodniu` the Thursday
    of the next week; `w ubiegły czwartek` the Thursday before
    (a week back on a Thursday); a weekday in a past-tense clause the last such day (the
    reference day itself included); any other weekday the next one. With `today_counts` (ref
    is the day of writing) a weekday of a future clause may be that day: `w środę o godz. 18
    otwarcie` written on a Wednesday (`w najbliższą środę` is still the next one)."""
    if expr.relative_days is not None:
        return ref + dt.timedelta(days=expr.relative_days)
    weekday = expr.weekday or 0
    if expr.week_offset is not None:
        # "w przyszłym tygodniu w czwartek": that week's day, weeks starting on Monday
        return ref + dt.timedelta(days=weekday - ref.weekday() + 7 * expr.week_offset)
    if expr.follows:
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)   # ref: the weekday joined before it
    if expr.tense == "unsaid" and today_counts:
        # no verb turns it either way: written on that weekday, it is that day (`PIĄTEK` /
        # `Legia - Lech 20.00` on a Friday)
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
    if expr.past:
        return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7 or 7)
    if expr.tense == "past":
        return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)
    if expr.tense == "future" and today_counts:
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
    return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th (1-based; -1: the last) given weekday of a month, if the month has one."""
    if not 1 <= month <= 12:
        return None
    first = dt.date(year, month, 1)
    days = [first + dt.timedelta(days=k) for k in range(31)]
    matching = [d for d in days if d.month == month and d.weekday() == weekday]
    if n == -1:
        return matching[-1]
    return matching[n - 1] if 0 < n <= len(matching) else None
