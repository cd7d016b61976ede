"""A page's posting stamp told by its clock: a date printed with a time no meeting starts at
(`23.12.2023 11:51`, `05 października 2022 r. | 07:08`, `Data: 05.03.2020 r., godz. 15.34 1132`,
`14:33 22-03-2018`). Meetings start on the five minutes and in the day; a server prints the
minute an item was posted. Near the top of the page, such a stamp is the publication date."""
from __future__ import annotations

import datetime as dt
import re

from nlp.clauses import clause_start
from nlp.dates_at import date_at
from nlp.dates_context import mentions_meeting

__all__ = ["posted_clock_stamp", "posting_clock"]

_SCOPE = 600   # characters at the top of a page where a posting stamp stands
_DATE = (r"(?:\d{1,2}[.\-/]\d{1,2}[.\-/](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}"
         r"|\d{1,2}[ \t]+[^\W\d_]{3,12}[ \t]+(?:19|20)\d{2})")
_CLOCK = r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?::[0-5]\d)?(?![\d.:]\d)"
# the date, then its clock (a year's `r.`, a separator and `godz.` between); or the clock, then the date
_DATE_THEN_CLOCK_RE = re.compile(rf"(?<![\d.\-/])(?P<date>{_DATE})[ \t]*(?:r\.|roku)?[ \t]*[,|;]?[ \t]*"
                                 rf"(?:godz\.?[ \t]*)?{_CLOCK}")
_DATE_LABEL_RE = re.compile(r"(?<!\w)data[ \t]*:[ \t]*$", re.IGNORECASE)
_CLOCK_THEN_DATE_RE = re.compile(rf"(?<![\d.:]){_CLOCK}[ \t]+(?P<date>{_DATE})(?![\d.\-/])")


def posting_clock(clock: str | None) -> bool:
    """`01:27`, `14:03`: a time no meeting starts at (at night, or off the five minutes), so
    the clock a server printed when the item was posted."""
    if not clock:
        return False
    hour, minute = (int(part) for part in clock.split(":")[:2])
    return hour < 6 or minute % 5 != 0


def posted_clock_stamp(text: str) -> tuple[dt.date, int, int] | None:
    """(day, evidence start, evidence end) of the first date at the top of the page printed with
    a posting clock (off the five minutes, or at night)."""
    found = []
    for regex in (_DATE_THEN_CLOCK_RE, _CLOCK_THEN_DATE_RE):
        for m in regex.finditer(text, 0, _SCOPE):
            said_before = _DATE_LABEL_RE.sub("", text[clause_start(text, m.start()):m.start()])
            if not posting_clock(f"{m.group('hour')}:{m.group('minute')}") or mentions_meeting(said_before):
                continue   # (`Spotkanie odbędzie się 1.01.2000, godz. 0:00`: a meeting's, as its sentence says;
                #           a bare `Data:` names no meeting, so the clock decides)
            day = date_at(text, m.start("date"))
            # (the date read whole: to its year's `r.` at most, before a clock that follows it)
            if day and day[1] >= m.end("date") and (m.start("hour") < m.start("date") or day[1] <= m.start("hour")):
                found.append((m.start(), day[0], m.end()))
                break
    if not found:
        return None
    start, day, end = min(found)
    return day, start, end
