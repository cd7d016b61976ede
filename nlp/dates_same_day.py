"""Several meetings on one day, each at its own hour: which later hour of a meeting day opens
a meeting of its own rather than giving the same meeting's programme or its second term."""
from __future__ import annotations

import re
from dataclasses import replace

from nlp.dates_context import EVENT, OTHER, names_several_meetings
from nlp.dates_lexicon import LEXICON
from nlp.dates_mention import DateMention
from nlp.dates_sentences import left_sentence
from nlp.dates_types import TimeExpr
from nlp.gazetteer import gazetteer
from nlp.venue_addresses import district_prefix

__all__ = ["another_meeting_that_day", "without_second_terms"]

# `Spotkanie zorganizowane w dwóch grupach`: one meeting held in groups, each at its hour
_GROUPS_AT_HOURS_RE = re.compile("|".join(f"(?:{p})" for p in LEXICON["groups_at_hours"]), re.I)
# `Kolejne spotkanie … odbędzie się o godz. 13:00`: the sentence of the hour opens on the next meeting
_ANOTHER_MEETING_RE = re.compile(LEXICON["another_meeting_opening"], re.I)
# `Nowa Sól, godzina 17:00`: a schedule row's town before its hour
_TOWN_BEFORE_HOUR_RE = re.compile(r"[ \t•*·-]*(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*){0,2})"
                                  r"[ \t]*(?:[,–-][ \t]*)?(?:godz(?:ina|inie|\.)?|o)?[ \t]*")
# (the row's date, maybe on a line of its own above the row: `4.02.2013` / `Dzielnica X, godz. 17:00`)
_DATE_BEFORE_TOWN_RE = re.compile(r"[^\n]*?\d{4}[ \t]*(?:r\.|roku)?[ \t,–-]*(?:\n[ \t]*)?")


def _town_opens_line(text: str, start: int, end: int, *, dated: bool = False) -> bool:
    """Does text[start:end] hold just a town and the word of an hour before the hour (after
    the row's date, when `dated`)?"""
    date = _DATE_BEFORE_TOWN_RE.match(text, start, end) if dated else None
    if dated and date is None:
        return False
    m = _TOWN_BEFORE_HOUR_RE.match(text, date.end(), end) if date else _TOWN_BEFORE_HOUR_RE.fullmatch(text, start, end)
    # (or a part of a town: `Dzielnica Ponikwoda`, `Osiedle Leśne`)
    return m is not None and (gazetteer().is_place(m.group("town"))
                              or district_prefix("district_words").match(m.group("town")) is not None)


def another_meeting_that_day(text: str, t: TimeExpr, event: DateMention, start: str) -> bool:
    """`22 lutego zebrania wiejskie odbędą się w Brzózie (godz. 8.45) i Smolarzynach (godz.
    11.30)`: a second hour in the sentence of a timed meeting day, where the sentence says
    several meetings are held, opens a meeting of its own; so does the second hour of a
    meeting held in groups, each at its hour, and the hour of a schedule's row that gives a
    town under a dated row of another (`21.06.2023 r. Zielona Góra, godzina 16:00 – …` /
    `Nowa Sól, godzina 17:00 – …`), even at the same hour, and the hour of a sentence that opens on
    the next meeting (`Kolejne spotkanie odbędzie się o godz. 13:00`)."""
    if event.kind != EVENT or not event.has_time or start[:10] != event.day or t.until or event.span[1] > t.start:
        return False
    if "\n" in text[event.span[1]:t.start] and _town_opens_line(text, text.rfind("\n", 0, t.start) + 1, t.start) \
            and _town_opens_line(text, event.span[0], event.span[1], dated=True):
        return True
    if start == event.start:
        return False
    left = left_sentence(text, t.start)
    hour, minute = int(event.start[11:13]), event.start[14:16]
    if _GROUPS_AT_HOURS_RE.search(left) and re.search(rf"(?<![\d.:]){hour:d}(?:[.:]{minute})?(?![\d])", left):
        return True   # (the first hour of the groups is the event's)
    if _ANOTHER_MEETING_RE.match(left) and event.span[1] <= t.start - len(left):
        return True   # (the event's own sentence ends before the next meeting's opens)
    return event.span[0] >= t.start - len(left) and names_several_meetings(text, event.span[0], event.span[1])


# `wyznacza się drugi termin zebrania na dzień 17 października 2013 roku o godzinie 19.30`
_SECOND_TERM_RE = re.compile("|".join(f"(?:{p})" for p in LEXICON["second_term_cues"]), re.I)
_SECOND_TERM_REACH = 250


def without_second_terms(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A later hour of a timed meeting's own day, written with its full date where its sentence
    speaks of the meeting's second term or quorum (a blank line may stand between the cue and the
    date: `drugi termin zebrania na dzień` / `17 października …`), is that meeting's second term,
    not another meeting."""
    out: list[DateMention] = []
    timed_days: dict[str, str] = {}   # day -> the first meeting's start that day
    for m in mentions:
        first = timed_days.get(m.day)
        if m.kind == EVENT and m.has_time and first is not None and m.start > first \
                and _SECOND_TERM_RE.search(left_sentence(text, m.span[0], _SECOND_TERM_REACH)):
            m = replace(m, kind=OTHER)
        elif m.kind == EVENT and m.has_time:
            timed_days.setdefault(m.day, m.start)
        out.append(m)
    return out
