"""Deadlines a page counts back from its meeting: `zgłoszenie składa się najpóźniej w dniu
poprzedzającym sesję` (the words of the law on the debate over a gmina's report), `na dzień
przed zebraniem`, `nie później niż dzień przed spotkaniem`, `najpóźniej 3 dni przed
spotkaniem`, `tydzień przed warsztatami`. The deadline is the meeting's day less the days said,
read once the meeting's day is known; counted back from `każdego ze spotkań`, each meeting of a
cycle has its own.
"""
from __future__ import annotations

import datetime as dt
import re

from nlp.dates_context import DEADLINE, EVENT
from nlp.dates_lexicon import LEXICON, cue_anywhere
from nlp.dates_mention import DateMention
from nlp.dates_sentences import left_sentence

__all__ = ["deadlines_before_event"]

_WORDS = LEXICON["before_event"]
_DAYS_OF = {word: int(n) for n, words in _WORDS["day_counts"].items() for word in words}
_BEFORE_RE = re.compile(
    r"(?<!\w)(?:(?:w\s+dniu|na\s+dzień|dnia)\s+poprzedzając\w*(?:\s+dzień)?|(?:na\s+)?(?P<count>\d{1,2}|"
    + "|".join(sorted(_DAYS_OF, key=len, reverse=True)) + r")\s+dni(?:\s+robocz\w+)?\s+przed|(?:na\s+)?dzień\s+przed"
    r"|(?:na\s+)?(?P<week>" + "|".join(_WORDS["weeks"]) + r")\s+przed)"
    r"(?:\s+[\w,]+){0,8}?\s+(?:" + "|".join(_WORDS["meetings"]) + r")\w*", re.IGNORECASE)
_EVERY_RE = re.compile(r"(?<!\w)każd", re.IGNORECASE)   # `przed datą każdego ze spotkań`
_DEADLINE_WORDS = cue_anywhere("deadline_sentence")   # (what is due: `zgłoszenie`, `wnioski`, `najpóźniej`)
# looked for first, with `in`: most pages count nothing back
_CHEAP_CUES = ("poprzedzaj", "Poprzedzaj", "dni przed", "dzień przed", "dni roboczych przed", "dni robocze przed",
               "tygodnie przed", "tygodni przed")


def deadlines_before_event(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The deadlines counted back from the page's one meeting day, or from each of its days
    when the count says so (`każdego ze spotkań`; otherwise, with several, which one would be
    unclear), in sentences saying what is due."""
    days = sorted({m.day for m in mentions if m.kind == EVENT})
    if not days or not any(cue in text for cue in _CHEAP_CUES):
        return []
    out = []
    for m in _BEFORE_RE.finditer(text):
        if not _DEADLINE_WORDS.search(left_sentence(text, m.start())):
            continue   # `spotkali się na dwa dni przed sesją`: when, not what is due
        every = _EVERY_RE.search(m.group()) is not None
        if len(days) > 1 and not every:
            continue
        count = m.group("count")
        back = 1 if count is None else int(count) if count.isdigit() else _DAYS_OF[count.lower()]
        back = 7 if m.group("week") else back
        for meeting in days:
            day = (dt.date.fromisoformat(meeting) - dt.timedelta(days=back)).isoformat()
            if not any(d.kind == DEADLINE and d.day == day for d in mentions + out):
                out.append(DateMention(day, None, DEADLINE, m.group(), m.span()))
    return out
