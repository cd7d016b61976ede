"""Whether two mentions name the same meeting, and which of their fields said so.

Days must overlap (blocking already asks for a shared day). Different towns, or start times
an hour or more apart, rule a pair out: two sessions of one day at different times or places
are two events. Everything else adds weights from `matching.json`: venue, gmina, organiser,
title and type agreeing or conflicting. The decision keeps the fields that agreed and those
that conflicted, so a user can see why two pages were joined.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.events.keys import jaccard, overlap
from pipeline.events.mentions import GMINA_DIGITS, Mention

RULES_PATH = Path(__file__).with_name("matching.json")


@functools.cache
def rules() -> dict[str, Any]:
    return json.loads(RULES_PATH.read_text(encoding="utf-8"))


@dataclass
class Decision:
    same: bool
    score: float
    agreed: list[str] = field(default_factory=list)
    conflicted: list[str] = field(default_factory=list)
    ruled_out: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"same": self.same, "score": round(self.score, 2), "agreed": self.agreed,
                               "conflicted": self.conflicted}
        if self.ruled_out:
            out["ruled_out"] = self.ruled_out
        return out


def codes_compatible(a: str, b: str) -> bool:
    """Whether two TERYT codes may name the same place (one contains the other)."""
    return bool(a) and bool(b) and (a.startswith(b) or b.startswith(a))


def _organisers_agree(a: Mention, b: Mention) -> bool | None:
    """True when an organiser of one is an organiser of the other, False when both name
    organisers and none is shared, None when either names none."""
    if not (a.organisers or a.acronyms) or not (b.organisers or b.acronyms):
        return None
    for x in a.organisers:
        for y in b.organisers:
            if overlap(x, y) >= 0.75 and len(x & y) >= min(2, len(x), len(y)):
                return True
    if a.acronyms & b.acronyms:
        return True
    return False


def _venue_similarity(a: Mention, b: Mention) -> float | None:
    """Similarity of two venue names; None when either is unnamed. When both carry proper
    names (`świetlica wiejska w Zalesiu` and `… w Borowej`), names with none in common differ."""
    whole_a, whole_b = a.venue_proper | a.venue_other, b.venue_proper | b.venue_other
    if not whole_a or not whole_b:
        return None
    if a.venue_proper and b.venue_proper:
        if not a.venue_proper & b.venue_proper:
            return 0.0
        return max(overlap(a.venue_proper, b.venue_proper) - 0.25, jaccard(whole_a, whole_b))
    return max(jaccard(whole_a, whole_b), overlap(whole_a, whole_b) - 0.25)


def decide(a: Mention, b: Mention) -> Decision:
    r = rules()
    w, s = r["weights"], r["similarity"]
    if a.first is None or b.first is None or a.first > b.last or b.first > a.last:
        return Decision(False, 0.0, ruled_out="days")
    if a.city and b.city and a.city != b.city:
        return Decision(False, 0.0, ruled_out="city")
    if a.code and b.code and not codes_compatible(a.code, b.code):
        return Decision(False, 0.0, ruled_out="region")
    decision = Decision(False, 0.0, agreed=["day"])

    def add(name: str, weight_key: str) -> None:
        decision.score += w[weight_key]
        (decision.agreed if w[weight_key] > 0 else decision.conflicted).append(name)

    if a.minutes is not None and b.minutes is not None:
        if abs(a.minutes - b.minutes) >= r["time_conflict_minutes"]:
            return Decision(False, 0.0, agreed=["day"], conflicted=["time"], ruled_out="time")
        if a.minutes == b.minutes:
            add("time", "same_start_time")
    venue = _venue_similarity(a, b)
    if venue is not None:
        if venue >= s["venue_agrees"]:
            add("venue", "venue_agrees")
        elif venue < s["venue_conflicts"]:
            add("venue", "venue_conflicts")
    if len(a.code) >= GMINA_DIGITS and a.code == b.code:
        add("gmina", "gmina_agrees")
    elif a.city and a.city == b.city:    # the town says no more than the gmina it lies in
        add("city", "city_agrees")
    organisers = _organisers_agree(a, b)
    if organisers is True:
        add("organiser", "organiser_agrees")
    elif organisers is False:
        add("organiser", "organiser_conflicts")
    title = overlap(a.title, b.title)
    if title >= s["title_agrees"]:
        add("title", "title_agrees")
    elif title >= s["title_similar"]:
        add("title", "title_similar")
    elif title < s["title_conflicts"] and min(len(a.title), len(b.title)) >= s["title_conflict_min_words"]:
        add("title", "title_conflicts")
    if a.event_type == b.event_type and a.event_type != "inne":
        add("type", "type_agrees")
    elif "inne" not in (a.event_type, b.event_type) and a.event_type != b.event_type:
        add("type", "type_conflicts")
    place_known = len(a.code) >= GMINA_DIGITS and len(b.code) >= GMINA_DIGITS or "venue" in decision.agreed
    threshold = r["threshold"] if place_known else r["coarse_region_threshold"]
    decision.same = decision.score >= threshold
    return decision
