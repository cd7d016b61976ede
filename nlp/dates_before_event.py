"""Deadlines a page counts back from its meeting: `zgłoszenie składa się najpóźniej w dniu
poprzedzającym sesję` (the words of the law on the debate over a gmina's report), `na dzień
przed zebraniem`, `najpóźniej 3 dni przed spotkaniem`. The deadline is the meeting's day less
the days said, read once the meeting's day is known.
"""
from __future__ import annotations

import datetime as dt
import re

from nlp.dates_context import DEADLINE, EVENT, left_sentence
from nlp.dates_lexicon import LEXICON, cue_anywhere
from nlp.dates_mention import DateMention

__all__ = ["deadlines_before_event"]

_WORDS = LEXICON["before_event"]
_DAYS_OF = {word: int(n) for n, words in _WORDS["day_counts"].items() for word in words}
_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:w\s+dniu|na\s+dzień|dnia)\s+poprzedzając\w*(?:\s+dzień)?|(?:na\s+)?(?P<count>\d{1,2}|"
    + "|".join(sorted(_DAYS_OF, key=len, reverse=True)) + r")\s+dni(?:\s+robocz\w+)?\s+przed|na\s+dzień\s+przed)"
    r"(?:\s+[\w,]+){0,8}?\s+(?:" + "|".join(_WORDS["meetings"]) + r")\w*", re.IGNORECASE)
_DEADLINE_WORDS = cue_anywhere("deadline_sentence")   # (what is due: `zgłoszenie`, `wnioski`, `najpóźniej`)
# looked for first, with `in`: most pages count nothing back
_CHEAP_CUES = ("poprzedzaj", "Poprzedzaj", "dni przed", "dzień przed", "dni roboczych przed", "dni robocze przed")


def deadlines_before_event(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The deadlines counted back from the page's one meeting day (none when it names several:
    which one would be unclear), in sentences saying what is due."""
    days = {m.day for m in mentions if m.kind == EVENT}
    if len(days) != 1 or not any(cue in text for cue in _CHEAP_CUES):
        return []
    meeting = dt.date.fromisoformat(days.pop())
    out = []
    for m in _BEFORE_RE.finditer(text):
        if not _DEADLINE_WORDS.search(left_sentence(text, m.start())):
            continue   # `spotkali się na dwa dni przed sesją`: when, not what is due
        count = m.group("count")
        back = 1 if count is None else int(count) if count.isdigit() else _DAYS_OF[count.lower()]
        day = (meeting - dt.timedelta(days=back)).isoformat()
        if not any(d.kind == DEADLINE and d.day == day for d in mentions):
            out.append(DateMention(day, None, DEADLINE, m.group(), m.span()))
    return out
