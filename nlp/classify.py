"""Two small judgements about a whole announcement: what kind of event it is, and whether
that event is still to come, is over, or was called off.

Both read words, not models: the kind from the phrases that name the event (the title, the
object of "zapraszamy na …", the subject of "odbędzie się", see `nlp.classify_type`), the
status from the event dates and the verbs of cancellation.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable

from nlp.caseless import Caseless
from nlp.classify_type import EVENT_TYPES, HEAD_CHARS
from nlp.classify_type import event_type as _event_type
from nlp.dates import find_dates

__all__ = ["event_type", "status", "EVENT_TYPES"]


def _has_event_date(text: str) -> bool:
    return any(m.kind == "event" for m in find_dates(text))


def event_type(text: str, title: str = "", *, has_event: bool | None = None) -> str:
    """spotkanie | konferencja | szkolenie | warsztaty | konsultacje | debata | forum | inne.

    Read from what the text calls the event (`nlp.classify_type`), dated or not; a page that
    names no event (a grant result, investment news), or calls for partners in a project and
    dates no event, is `inne`. Pass `has_event` when the dates are already known, or they are
    read here (only for such a call).
    """
    return _event_type(text, title, has_event=has_event, find_events=_has_event_date)


# Status -------------------------------------------------------------------------------------
_I = re.IGNORECASE
_HEAD_CHARS = HEAD_CHARS   # a cancellation in capitals within the title and first lines
_CANCELS = [Caseless(p) for p in (
    r"odwołan[eaoy](?!\w)", r"odwołuj\w*", r"odwołujemy", r"nie\s+odbędzie\s+się", r"nie\s+odbędą\s+się",
    r"przełożon[eaoy](?!\w)", r"przekładamy", r"przesunięt[eaoy](?!\w)",
    # "przeniesione do sali nr 5" moves a meeting, "na inny termin" calls it off for now
    r"przeniesion[eaoy]\s+na\s+(?:inny|późniejszy|nowy|kolejny)\s+termin",
    # "zebrania odbędą się w późniejszych terminach, o których …": put off, with no day given
    r"(?:odbęd\w+\s+się|odbyć\s+się|przeprowadzon\w+|zorganizowan\w+)\s+w\s+"
    r"(?:późniejsz\w+\s+termin\w*|termin\w*\s+późniejsz\w+)")]
_CANCEL_TITLE_RE = re.compile(r"(?:ODWOŁAN[EYA]|PRZEŁOŻON[EYA]|PRZENIESION[EYA])(?!\w)")
_MEETING_NEAR_RE = re.compile(
    r"(?<!\w)(?:spotka\w*|konferencj\w*|szkoleni\w*|warsztat\w*|debat\w*|forum|zebrani\w*|sesj\w*|posiedzeni\w*|"
    r"wydarzeni\w*|seminari\w*|webinar\w*|termin\w*|zajęci\w*|dyżur\w*)(?!\w)", _I)
_RESCHEDULED_RE = re.compile(r"(?<!\w)(?:przełożon\w*|przeniesion\w*|przesunięt\w*)\s+(?:\w+\s+){0,2}na\s+(?:\w+\s+){0,2}\d", _I)


def _field(event: Any, name: str) -> str | None:
    return event.get(name) if isinstance(event, dict) else getattr(event, name, None)


def _is_cancelled(text: str) -> bool:
    """Cancellation words that speak of the event (`spotkanie zostało odwołane`), not an
    appeal (`odwołanie od decyzji`) or a dismissed official far from any meeting word."""
    if _CANCEL_TITLE_RE.search(text, 0, _HEAD_CHARS):
        return True
    for cancel in _CANCELS:
        for m in cancel.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            around = text[max(0, m.start() - 80):m.end() + 80]
            if _MEETING_NEAR_RE.search(around):
                return True
    return False


def status(text: str, events: Iterable[Any], published: dt.date | None, today: dt.date) -> str:
    """upcoming | past | cancelled | unknown, for the page's events as of `today`.

    A meeting called off, or postponed with no new date, is `cancelled`; one moved to a new
    date (`przełożone na 26 czerwca`) is judged by that date, which the events hold.
    """
    events = list(events)
    ends = []
    for event in events:
        when = _field(event, "end") or _field(event, "start")
        if when:
            try:
                ends.append(dt.date.fromisoformat(str(when)[:10]))
            except ValueError:
                continue
    if _is_cancelled(text):
        if not (ends and _RESCHEDULED_RE.search(text)):
            return "cancelled"
    if not ends:
        return "unknown"
    if isinstance(today, dt.datetime):
        today = today.date()
    return "upcoming" if max(ends) >= today else "past"
