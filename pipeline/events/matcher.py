"""Grouping mentions into events: blocking by day and place, then the best explained match.

Each mention is compared only with mentions sharing one of its days in a compatible place
(the same gmina; a voivodeship-only or powiat-only mention with everything inside it), so
the cost grows with the number of mentions, not its square. A mention joins the event of
its best-scoring match, or founds a new event whose id is its own (record id and event
index): ids never depend on processing order once given, and a founder's id stays with its
event when other members come and go.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from pipeline.events.decision import Decision, decide, rules
from pipeline.events.mentions import GMINA_DIGITS, Mention
from pipeline.events.roles import POSTPONEMENT


def event_id_of(mention: Mention) -> str:
    return f"{mention.record_id}-{mention.index}"


@dataclass
class Assignment:
    mention: Mention
    event_id: str
    matched: tuple[str, int] | None      # the member it was matched with (None: it founded the event)
    decision: Decision | None


class EventMatcher:
    """Mentions grouped into events, in memory; `add_record` places one record's mentions."""

    def __init__(self) -> None:
        self.blocks: dict[tuple[int, str], list[Mention]] = defaultdict(list)
        self.event_of: dict[tuple[str, int], str] = {}
        self.max_days = int(rules()["max_block_days"])

    def _days(self, m: Mention) -> range:
        return range(m.first, min(m.last, m.first + self.max_days - 1) + 1)

    def _register(self, m: Mention, event_id: str) -> None:
        self.event_of[m.key] = event_id
        if m.first is None:
            return
        code = m.code
        keys = ["=" + code] + ["^" + code[:k] for k in (2, 4) if len(code) > k]
        for day in self._days(m):
            for key in keys:
                self.blocks[(day, key)].append(m)

    def _lookup_keys(self, code: str) -> list[str]:
        keys = ["=" + code] + ["=" + code[:k] for k in (2, 4) if len(code) > k]
        if 0 < len(code) < GMINA_DIGITS:
            keys.append("^" + code)
        return keys

    def candidates(self, m: Mention) -> list[Mention]:
        if m.first is None:
            return []
        seen: dict[tuple[str, int], Mention] = {}
        keys = self._lookup_keys(m.code)
        for day in self._days(m):
            for key in keys:
                for c in self.blocks.get((day, key), ()):
                    if c.record_id != m.record_id:
                        seen.setdefault(c.key, c)
        return list(seen.values())

    def add_existing(self, mention: Mention, event_id: str) -> None:
        """A mention already placed (read back from the store)."""
        self._register(mention, event_id)

    def _best(self, m: Mention, taken: set[str]) -> tuple[str, Mention, Decision] | None:
        by_event: dict[str, tuple[Mention, Decision]] = {}
        vetoed: set[str] = set()
        for c in self.candidates(m):
            event_id = self.event_of.get(c.key)
            if event_id is None or event_id in taken or event_id in vetoed:
                continue
            d = decide(m, c)
            if d.ruled_out in ("time", "city"):
                vetoed.add(event_id)     # a member held elsewhere or at another hour: another meeting
                by_event.pop(event_id, None)
                continue
            if d.same and (event_id not in by_event or d.score > by_event[event_id][1].score):
                by_event[event_id] = (c, d)
        if not by_event:
            return None
        event_id, (c, d) = min(by_event.items(), key=lambda kv: (-kv[1][1].score, -len(kv[1][1].agreed), kv[0]))
        return event_id, c, d

    def add_record(self, mentions: Iterable[Mention]) -> list[Assignment]:
        """Place one record's mentions: each joins its best match or founds an event. A
        record's mentions go to different events (a schedule of village meetings), except a
        postponement's new date, which stays with the event it moves."""
        mentions = list(mentions)
        taken: set[str] = set()
        placed: list[Assignment] = []
        unmatched: list[Mention] = []
        for m in mentions:
            best = self._best(m, taken)
            if best is None:
                unmatched.append(m)
                continue
            event_id, c, d = best
            taken.add(event_id)
            placed.append(Assignment(m, event_id, c.key, d))
        moved = [a for a in placed if a.mention.role == POSTPONEMENT]
        for m in unmatched:
            earlier = [a for a in moved if a.mention.first is not None and m.first is not None
                       and a.mention.first < m.first]
            if len(moved) == 1 and earlier:
                placed.append(Assignment(m, moved[0].event_id, moved[0].mention.key,
                                         Decision(True, 0.0, agreed=["postponed to this date"])))
            else:
                placed.append(Assignment(m, event_id_of(m), None, None))
        for a in placed:
            self._register(a.mention, a.event_id)
        return sorted(placed, key=lambda a: a.mention.index)


def cluster(records_mentions: Iterable[list[Mention]]) -> dict[tuple[str, int], str]:
    """Events of many records' mentions (given in processing order): mention key -> event id."""
    matcher = EventMatcher()
    for mentions in records_mentions:
        matcher.add_record(mentions)
    return matcher.event_of
