"""What a page does for its event: announce it, report it afterwards, cancel or postpone it.

The extractor's `status` says whether a page's meeting was called off (`cancelled`); the
cue words of `vocabulary.json` in the title and opening lines tell a postponement (which
gives the new date, so the page has more than one) from a cancellation (`o nowym terminie
poinformujemy` is still one) and a report from an announcement; a page published after the meeting's day
reports it. Whether an announcement is the original or a repost depends on the other
members of its event (see `canonical.assign_roles`).
"""
from __future__ import annotations

import functools
import re
from typing import Any

from nlp.morph import fold
from pipeline.events.keys import vocabulary

ANNOUNCEMENT = "announcement"
REPOST = "repost"
REPORT = "report"
CANCELLATION = "cancellation"
POSTPONEMENT = "postponement"
ROLES = (ANNOUNCEMENT, REPOST, REPORT, CANCELLATION, POSTPONEMENT)


@functools.cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    return {role: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + ")")
            for role, cues in vocabulary()["role_cues"].items()}


def _head(record: dict[str, Any]) -> str:
    return fold((record.get("title") or "") + "\n" + (record.get("text") or "")[:vocabulary()["head_chars"]])


def page_role(record: dict[str, Any], first_day: str | None) -> str:
    """The role a record plays for its event dated `first_day` (YYYY-MM-DD), before reposts are told apart."""
    head = _head(record)
    cues = _cue_patterns()
    dated = sum(1 for e in record.get("events") or [] if e.get("start"))
    if cues[POSTPONEMENT].search(head) and dated > 1:
        return POSTPONEMENT
    if record.get("status") == "cancelled" or cues[CANCELLATION].search(head):
        return CANCELLATION
    # A postponement cue with one date left is the new date announced (`Nowy termin: …`).
    published = record.get("published")
    if (published and first_day and published > first_day) or cues[REPORT].search(fold(record.get("title") or "")):
        return REPORT
    return ANNOUNCEMENT
