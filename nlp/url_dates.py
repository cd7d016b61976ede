"""When a page's address says it was posted: a content system's permalink with the day
(`/2016/11/10/zebranie/`, `/egazeta/2017-09-19/143785-tytul.html`), with the month only
(`/2023/03/z-wizyta.html`), or a news folder of one year (`/aktualnosci/2017/33-tytul`).

A page that prints no date of its own was written by then, which places the year-less days it
names (`zebranie odbyło się 10 grudnia` on `/2017/12/` is of 2017, not of the year nearest the
day it is read). It is no publication date: a page is sometimes posted again later than it was
written, so its `wczoraj` is not counted from the address. Numbers that are parts of a name
(`/budzet-na-2019-rok`, `/strategia-2021-2030`) are no folder and say nothing.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from urllib.parse import urlsplit

__all__ = ["posted_by"]

_YEAR = r"(?P<year>(?:19|20)\d\d)"
# each a whole folder of the path: `/2016/11/10/`, `/2017-09-19/`, `/2023/03/`, `/2017/…`
_DAY_RES = (re.compile(rf"/{_YEAR}/(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/"),
            re.compile(rf"/{_YEAR}-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])/"))
_MONTH_RE = re.compile(rf"/{_YEAR}/(?P<month>0?[1-9]|1[0-2])/")
_YEAR_RE = re.compile(rf"/{_YEAR}/(?=[^/])")


def posted_by(url: str | None, today: dt.date | None = None) -> dt.date | None:
    """The last day the address allows the page to have been written on: its day, the end of
    its month, or the end of its year's folder; None when it names none, or names a day still
    to come (`/plany/2030/` is a plan's folder)."""
    path = _path(url)
    latest = _day(path)
    if latest is None and (m := _MONTH_RE.search(path)):
        year, month = int(m.group("year")), int(m.group("month"))
        latest = dt.date(year, month, calendar.monthrange(year, month)[1])
    if latest is None and (m := _YEAR_RE.search(path)):
        latest = dt.date(int(m.group("year")), 12, 31)
    return latest if latest is not None and latest.year <= (today or dt.date.today()).year else None


def _day(path: str) -> dt.date | None:
    for pattern in _DAY_RES:
        if m := pattern.search(path):
            try:
                return dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
            except ValueError:   # (`/2019/02/31/`: its month still holds)
                return None
    return None


def _path(url: str | None) -> str:
    try:
        return urlsplit(url or "").path
    except ValueError:   # (a malformed address, `http://[x`)
        return ""
