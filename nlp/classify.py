"""Two small judgements about a whole announcement: what kind of event it is, and whether
that event is still to come, is over, or was called off.

Both read words, not models: the kind from the nouns that name events (weighted by where they
stand: the heading, the object of "zapraszamy na …", the body), the status from the event
dates and the verbs of cancellation. Vocabulary lives in `lexicons/event_types.json`.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any, Iterable

from nlp.dates import find_dates

__all__ = ["event_type", "status", "EVENT_TYPES"]

_LEX = json.loads((Path(__file__).parent / "lexicons" / "event_types.json").read_text(encoding="utf-8"))
_I = re.IGNORECASE

EVENT_TYPES = tuple(_LEX["types"]) + ("inne",)
_GENERIC = _LEX["generic_type"]
_GENERIC_FACTOR = float(_LEX["generic_factor"])
_W = _LEX["weights"]
_HEAD_CHARS = int(_LEX["head_chars"])
_MIN_SCORE = float(_LEX["min_score"])


_PUNCT = ".,;:!?()[]{}„”\"'«»–—-/…*•·|>"


def _tokens(text: str) -> list[str]:
    """Lower-case words split on white space (C-speed), punctuation trimmed."""
    return [t.strip(_PUNCT) for t in text.lower().split()]


class _Vocabulary:
    """The event words of every kind, looked up by their first three letters."""

    def __init__(self, types: dict, excluded_before: dict):
        self.by_head: dict[str, list[tuple[str, bool, str]]] = {}
        for kind, entry in types.items():
            for prefix in entry["prefixes"]:
                self.by_head.setdefault(prefix[:3], []).append((prefix, False, kind))
            for word in entry["words"]:
                self.by_head.setdefault(word[:3], []).append((word, True, kind))
        self.excluded = {kind: frozenset(words) for kind, words in excluded_before.items()}

    def kinds(self, tokens: list[str]) -> list[str]:
        """The kind named by each event word among the tokens, in order."""
        out = []
        previous = ""
        for token in tokens:
            for form, whole, kind in self.by_head.get(token[:3], ()):
                if (token == form if whole else token.startswith(form)) and previous not in self.excluded.get(kind, ()):
                    out.append(kind)
                    break
            previous = token
        return out


_VOCABULARY = _Vocabulary(_LEX["types"], _LEX["not_type_before"])
_INVITATION_RE = re.compile(_LEX["invitation"], _I)
_NOT_EVENT_RE = re.compile("|".join(f"(?:{w})" for w in _LEX["not_event_words"]), _I)
_NAV_SEPARATORS = tuple(_LEX["navigation_separators"])


def _head(text: str, title: str) -> str:
    """The title and the first lines of the page, without menu and breadcrumb lines."""
    lines = []
    for line in text[:_HEAD_CHARS].splitlines():
        if sum(line.count(sep) for sep in _NAV_SEPARATORS) >= 2:
            continue
        lines.append(line)
    return title + "\n" + "\n".join(lines)


def _invited_kinds(text: str) -> set[str]:
    """Kinds named right after an invitation: `zapraszamy na bezpłatne spotkanie`."""
    out = set()
    for m in _INVITATION_RE.finditer(text):
        # the event word within the next few words: "na bezpłatne spotkanie", "na IV Forum";
        # "na dwa spotkania szkoleniowe": the adjective after the generic word says the kind
        tokens = _tokens(text[m.end():m.end() + 60])[:5]
        named = [(i, kind) for i, token in enumerate(tokens) for kind in _VOCABULARY.kinds([token])]
        if named:
            i, kind = named[0]
            if kind == _GENERIC and len(named) > 1 and named[1][0] == i + 1:
                kind = named[1][1]
            out.add(kind)
    return out


def event_type(text: str, title: str = "", *, has_event: bool | None = None) -> str:
    """spotkanie | konferencja | szkolenie | warsztaty | konsultacje | debata | forum | inne.

    A page that names no event date and invites to nothing is `inne` (a call for partners, a
    grant result, investment news); pass `has_event` when the dates are already known, or
    they are read here.
    """
    head = _head(text, title)
    invited = _invited_kinds(title + "\n" + text)
    head_kinds = _VOCABULARY.kinds(_tokens(head))
    body_kinds = _VOCABULARY.kinds(_tokens(text))
    raw: dict[str, float] = {}
    for kind in _LEX["types"]:
        raw[kind] = (_W["head"] * min(head_kinds.count(kind), 2) + _W["invitation"] * (kind in invited)
                     + _W["body"] * min(body_kinds.count(kind), _W["body_cap"]))
    # every consultation or training is also a "spotkanie": the generic word must clearly
    # dominate to win over a specific one
    best = max(raw, key=lambda k: (raw[k] * (_GENERIC_FACTOR if k == _GENERIC else 1), k != _GENERIC))
    if raw[best] < _MIN_SCORE:
        return "inne"
    if has_event is None:
        has_event = any(m.kind == "event" for m in find_dates(text))
    if not has_event and not invited:
        return "inne"
    if _NOT_EVENT_RE.search(head) and not invited:
        return "inne"
    return best


# Status -------------------------------------------------------------------------------------
_CANCEL_RES = [re.compile(p, _I) for p in (
    r"odwołan[eaoy](?!\w)", r"odwołuj\w*", r"odwołujemy", r"nie\s+odbędzie\s+się", r"nie\s+odbędą\s+się",
    r"przełożon[eaoy](?!\w)", r"przekładamy", r"przesunięt[eaoy](?!\w)",
    # "przeniesione do sali nr 5" moves a meeting, "na inny termin" calls it off for now
    r"przeniesion[eaoy]\s+na\s+(?:inny|późniejszy|nowy|kolejny)\s+termin")]
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
    for regex in _CANCEL_RES:
        for m in regex.finditer(text):
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
