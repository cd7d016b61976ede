"""Several sessions of a meeting on one day, each on a line of its own with its place and hours.

`18 października 2013` / `Karsibór – filia domu kultury, w godz. 15.30-16.30` / `Warszów –
filia domu kultury, w godz. 17.00 – 18.00` …, or `Spotkania odbędą się w dniu 29 listopada` /
`1. Podedwórze o godzinie 1000 w świetlicy` / `2. Hołowno o godzinie 1200 w remizie`: the day
is named once, and each line under it is a meeting at its own place and time. A programme
(`9.30 – Otwarcie`, `godz. 10.00 Wykład`) opens its lines with the time, and is not read so;
a line opening with its hours is a session only when a place follows them (`21 lipca 2022` /
`godz. 11.00-13.00 Gmina Borki, Budynek GOK` / `godz. 14.00-16.00 Miasto Lipno, Sala …`), and
then the day's own first hours count as its first session.
"""
from __future__ import annotations

import re
from dataclasses import replace

from nlp import morph
from nlp.dates_context import EVENT, OTHER
from nlp.text_lines import end_of_line
from nlp.dates_mention import DateMention
from nlp.dates_rows import opens_with_place, venue_noun
from nlp.vocabulary import is_event_noun, lexicon

__all__ = ["sessions_on_lines"]

_IN_BUILDING_RE = re.compile(r"[ \t\xa0,–-]*(?:w|we)[ \t\xa0]+(\w+)", re.I)
_WORD_RE = re.compile(r"(?<!\w)[a-ząćęłńóśźż]{2,}(?!\w)")   # (lower-case words: `Uznam` is a place's name)
_VERB_POS = frozenset({"fin", "praet", "bedzie"})
_MIN_SESSIONS = 2
_BULLETS = " \t\xa0•*·-–"   # (`- 12:00-13:15 Borki – Biblioteka …`: a list's item)
_CLOCK_RE = re.compile(r"\d{1,2}[:.]\d{2}")
_EVENT_REACH = 8   # words after a session's hours in which its meeting and place are named
_REACH_LINES = 4   # lines between one session and the next (the villages it is for)
# what stands before a session's time on its line: a place (a capitalised word) and a few more
# words, no paragraph of prose (`Trasa liczy 54 km … Zbiórkę zaplanowano na godz. 8.45`)
_PLACE_FIRST_RE = re.compile(r"[ \t\xa0•*·\-–\d.)]*[A-ZĄĆĘŁŃÓŚŹŻ][^\n]{4,100}$")
# `Gmina Borki, Budynek …`, `Miasto Lipno, Sala …`: a unit's word (the words a venue's schedule
# cell may open with) before the place a session is in
_UNIT_WORDS = [word for key in ("unit_cell_words", "village_words", "district_words")
               for word in lexicon("venue_cues.json")[key]]
_UNIT_BEFORE_PLACE_RE = re.compile(rf"[ \t\xa0,:–-]*(?:{'|'.join(map(re.escape, _UNIT_WORDS))})(?:[ \t\xa0]+|(?<=\.))",
                                   re.I)


def sessions_on_lines(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions with each session line under a meeting day made an event of that day (and
    the day's own undated mention dropped, its sessions standing for it)."""
    out = list(mentions)
    for event in [m for m in mentions if m.kind == EVENT]:
        sessions = _session_lines(text, event, out)
        if len(sessions) + (bool(sessions) and event.has_time and _place_after_hours(text, event)) < _MIN_SESSIONS:
            continue
        promoted = {id(m) for m in sessions}
        out = [replace(m, kind=EVENT) if id(m) in promoted else m for m in out
               if not (m is event and not event.has_time)]
    return out


def _session_lines(text: str, event: DateMention, mentions: list[DateMention]) -> list[DateMention]:
    """The timed `other` mentions of the event's day that follow it line by line, each the
    only time on a line that names a place before it."""
    found: list[DateMention] = []
    last_line_end = end_of_line(text, event.span[1])   # (with no line after it, nothing is found below)
    for m in sorted((m for m in mentions if m.span[0] > event.span[1]), key=lambda m: m.span[0]):
        if m.kind != OTHER or not m.has_time or m.day != event.day:
            break   # another day, a deadline: the schedule has ended
        line_start = text.rfind("\n", 0, m.span[0]) + 1
        if line_start <= event.span[0] or text.count("\n", last_line_end, line_start) > _REACH_LINES:
            break   # (`rejestracja o godz. 9:00, a od godz. 9:15 prezentacja`: one session's programme)
        place_first = bool(_PLACE_FIRST_RE.match(text, line_start, m.span[0])) \
            and not _CLOCK_RE.search(text, line_start, m.span[0]) and not _has_verb(text[line_start:m.span[0]])
        if not (place_first or not text[line_start:m.span[0]].strip(_BULLETS) and _place_after_hours(text, m)) \
                or any(f.span[0] >= line_start for f in found):
            break   # (one time a line, after the place)
        if m.start <= (found[-1].start if found else event.start):
            break   # (the sessions of a day follow one another)
        found.append(m)
        last_line_end = end_of_line(text, m.span[1])
    return found


def _has_verb(lead: str) -> bool:
    """`W razie braku quorum zebranie zacznie się o`: a sentence's verb before the time, prose
    (a second term, another part of the day), not a place's row."""
    return any(r.pos in _VERB_POS for word in _WORD_RE.findall(lead) for r in morph.analyse(word))


def _place_after_hours(text: str, m: DateMention) -> bool:
    """`godz. 14.00-16.00 Miasto Lipno, Sala konferencyjna …`, `godz. 18.00 w świetlicy wiejskiej w
    Zalesiu;`: the hours, then the session's place."""
    after = text[m.span[1]:end_of_line(text, m.span[1])]
    unit = _UNIT_BEFORE_PLACE_RE.match(after)
    if opens_with_place(after[unit.end():] if unit else after):
        return True
    inside = _IN_BUILDING_RE.match(after)
    if inside and venue_noun(inside.group(1)):
        return True
    # `godz. 16:00–18:00 Spotkanie otwarte dla mieszkańców w Hali Sportowej`: the meeting named first,
    # then its place (not a programme's item: `godz. 10:00 Otwarcie konferencji w sali nr 5`)
    words = [word.strip(",:;") for word in after.split(".")[0].split()[:_EVENT_REACH]]
    # (the meeting's noun in the nominative, what its line is about, not a complement)
    opening = next((k for k, word in enumerate(words[:2])
                    if is_event_noun(word) and morph.can_be(word, "subst", case="nom")), None)
    return opening is not None and any(word.lower() in ("w", "we") and venue_noun(place)
                                       for word, place in zip(words[opening + 1:], words[opening + 2:]))
