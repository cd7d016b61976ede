"""Deadlines counted back from the meeting they are for: `nie później niż dzień przed
spotkaniem`, `najpóźniej na dwa dni przed datą każdego ze spotkań`. The day is the meeting's
day less the count; `każdego` counts back from every meeting's day, else from the first."""
from __future__ import annotations

import datetime as dt
import re

from nlp.dates_lexicon import LEXICON

__all__ = ["offset_deadlines"]

_DATA = LEXICON["deadline_offsets"]
_NUMBERS: dict[str, int] = _DATA["numbers"]
_EVERY_REACH = 20
_UNITS: dict[str, int] = _DATA["units"]
_OFFSET_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(map(re.escape, _DATA['cues']))})\s+(?:na\s+|w\s+terminie\s+)?"
    rf"(?:(?P<num>\d{{1,2}}|{'|'.join(map(re.escape, _NUMBERS))})\s+)?(?P<unit>{'|'.join(map(re.escape, _UNITS))})\s+"
    rf"przed\s+(?P<what>(?:[^\W\d]+\s+){{0,4}}?)(?:{'|'.join(_DATA['anchors'])})\w*", re.IGNORECASE)


def offset_deadlines(text: str, event_days: list[str]) -> list[dict]:
    """Deadlines (`date`, `text`, `span`) the text counts back from the days of its meetings."""
    if not event_days or "przed" not in text:
        return []
    out: list[dict] = []
    for m in _OFFSET_RE.finditer(text):
        num = m.group("num")
        count = 1 if num is None else int(num) if num.isdigit() else _NUMBERS[num.lower()]
        back = dt.timedelta(days=count * _UNITS[m.group("unit").lower()])
        every = "każd" in text[m.start("what"):m.end() + _EVERY_REACH].lower()   # (`przed datą każdego ze spotkań`)
        days = sorted(set(event_days)) if every else [min(event_days)]
        for day in days:
            out.append({"date": (dt.date.fromisoformat(day[:10]) - back).isoformat(), "text": m.group(),
                        "span": [m.start(), m.end()]})
    return out
