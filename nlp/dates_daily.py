"""A span of a few days said to hold its meeting every day (`W dniach od 5 do 8 września
pracownicy codziennie odwiedzali jedną miejscowość`): each of its days is a meeting of its own,
not one meeting running over the span."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from nlp.dates_context import EVENT
from nlp.dates_lexicon import cue_anywhere
from nlp.dates_mention import DateMention
from nlp.dates_sentences import left_sentence, right_sentence

__all__ = ["split_daily"]

_DAILY_RE = cue_anywhere("daily_words")
_MAX_DAYS = 7


def split_daily(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions, each daily span of a few days given as its days (at the span's hour)."""
    out: list[DateMention] = []
    for m in mentions:
        first, last = dt.date.fromisoformat(m.day), dt.date.fromisoformat(m.last_day)
        if m.kind != EVENT or not 0 < (last - first).days <= _MAX_DAYS or not _said_daily(text, m):
            out.append(m)
            continue
        begin, finish = m.start[10:], (m.end or "")[10:]   # (`w godz. 10.00-12.00`: each day's hours)
        for k in range((last - first).days + 1):
            day = (first + dt.timedelta(days=k)).isoformat()
            out.append(replace(m, start=day + begin, end=day + finish if finish else None))
    return out


def _said_daily(text: str, m: DateMention) -> bool:
    start, end = m.span
    return bool(_DAILY_RE.search(left_sentence(text, start) + text[start:end] + right_sentence(text, end)))
