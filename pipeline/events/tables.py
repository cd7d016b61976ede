"""Events kept in the store beside records: incremental upkeep, rebuild, and reads.

`update_events` runs before every index update (crawl, process, demo, `civic index`): the
records changed or deleted since its last run leave their events and are matched again
against the stored mentions that share their days. Event ids stick to their events: an
event keeps its id while any member remains, and a recomputation (a re-extraction, or
`civic events --rebuild`) gives each new group the old id most of its members had.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from pipeline.events.canonical import describe
from pipeline.events.matcher import Assignment, EventMatcher
from pipeline.events.mentions import Mention, record_mentions
from pipeline.store import Store, now_iso

log = logging.getLogger(__name__)

SEQ_KEY = "events_seq"
Key = tuple[str, int]


@dataclass
class EventsReport:
    records: int          # records (re)matched
    events: int           # events written or removed
    total: int            # events in the store
    rebuilt: bool


def _record_order(record: dict[str, Any]) -> tuple[str, str]:
    return record.get("published") or "9999", record["id"]


def update_events(store: Store, *, rebuild: bool = False) -> EventsReport:
    """Bring the events up to date with the records (all of them with `rebuild`)."""
    since = int(store.get_meta(SEQ_KEY, "0") or 0)
    target = store.current_seq()
    if rebuild or since == 0 or since > target:
        return rebuild_events(store)
    if since == target:
        return EventsReport(0, 0, count_events(store), False)
    changed = sorted(store.iter_records(since_seq=since), key=_record_order)
    gone = {r["id"] for r in changed} | set(store.deleted_since(since))
    with store.transaction() as conn:
        old: dict[Key, str] = {}
        for chunk in _chunks(sorted(gone)):
            marks = ", ".join("?" for _ in chunk)
            old.update(((r[0], r[1]), r[2]) for r in conn.execute(
                f"SELECT record_id, mention, event_id FROM event_members WHERE record_id IN ({marks})", chunk))
            conn.execute(f"DELETE FROM event_members WHERE record_id IN ({marks})", chunk)
        mentions = [record_mentions(r) for r in changed]
        matcher = EventMatcher()
        for stored, event_id in _stored_near(conn, [m for ms in mentions for m in ms], matcher.max_days):
            matcher.add_existing(stored, event_id)
        existing = set(matcher.event_of.values())
        assignments = [a for ms in mentions for a in matcher.add_record(ms)]
        founded: dict[str, list[Key]] = defaultdict(list)
        for a in assignments:
            if a.event_id not in existing:
                founded[a.event_id].append(a.mention.key)
        in_use = {r[0] for r in conn.execute("SELECT DISTINCT event_id FROM event_members")}
        final = keep_old_ids(founded, old, in_use)
        _insert_members(conn, assignments, final)
        touched = set(old.values()) | {final.get(a.event_id, a.event_id) for a in assignments}
        written = _describe_events(conn, touched)
        store.set_meta(SEQ_KEY, str(target))   # (joins this transaction)
    return EventsReport(len(changed), written, count_events(store), False)


def rebuild_events(store: Store) -> EventsReport:
    """Match every record again from scratch, keeping the ids of events that survive."""
    records = sorted(((r.get("published") or "9999", r["id"], record_mentions(r)) for r in store.iter_records()),
                     key=lambda t: (t[0], t[1]))
    matcher = EventMatcher()
    assignments = [a for _, _, ms in records for a in matcher.add_record(ms)]
    with store.transaction() as conn:
        old = {(r[0], r[1]): r[2] for r in conn.execute("SELECT record_id, mention, event_id FROM event_members")}
        before = _ids_by_record(old.items())
        clusters: dict[str, list[Key]] = defaultdict(list)
        for a in assignments:
            clusters[a.event_id].append(a.mention.key)
        final = keep_old_ids(clusters, old, set())
        conn.execute("DELETE FROM event_members")
        conn.execute("DELETE FROM events")
        _insert_members(conn, assignments, final)
        written = _describe_events(conn, set(final.values()))
        after = _ids_by_record(((a.mention.key, final[a.event_id]) for a in assignments))
        moved = [rid for rid in after if before.get(rid) != after[rid]]
        store.set_meta(SEQ_KEY, str(store.current_seq()))   # (joins this transaction)
    if moved:   # their event ids changed: the index must send them again
        store.touch_records(moved)
        store.set_meta(SEQ_KEY, str(store.current_seq()))
    return EventsReport(len(records), written, count_events(store), True)


def keep_old_ids(clusters: dict[str, list[Key]], old: dict[Key, str], in_use: set[str]) -> dict[str, str]:
    """For each new group, the id it keeps: the old id most of its members had (largest groups
    choose first), else its founder's id; never an id another event holds."""
    final: dict[str, str] = {}
    taken = set(in_use)
    for new_id, keys in sorted(clusters.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        votes: dict[str, int] = defaultdict(int)
        for key in keys:
            if key in old and old[key] not in taken:
                votes[old[key]] += 1
        if votes:
            chosen = min(votes, key=lambda v: (-votes[v], v))
        else:
            chosen = new_id
            if chosen in taken:
                chosen = next((f"{r}-{i}" for r, i in sorted(keys) if f"{r}-{i}" not in taken), f"{new_id}+")
        taken.add(chosen)
        final[new_id] = chosen
    return final


def _ids_by_record(pairs: Iterable[tuple[Key, str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = defaultdict(set)
    for (rid, _index), event_id in pairs:
        out[rid].add(event_id)
    return {rid: tuple(sorted(ids)) for rid, ids in out.items()}


def _chunks(items: list[Any], size: int = 500) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _stored_near(conn, mentions: list[Mention], max_days: int) -> Iterable[tuple[Mention, str]]:
    """Stored mentions whose first day lies where a new mention's blocks could reach them."""
    windows = sorted((m.first - max_days + 1, m.last) for m in mentions if m.first is not None)
    merged: list[list[int]] = []
    for low, high in windows:
        if merged and low <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    for low, high in merged:
        for features, event_id in conn.execute(
                "SELECT features, event_id FROM event_members WHERE first BETWEEN ? AND ?", (low, high)):
            yield Mention.from_json(json.loads(features)), event_id


def _insert_members(conn, assignments: list[Assignment], final: dict[str, str]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO event_members(record_id, mention, event_id, role, source_id, first, last, "
        "matched_with, decision, features) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(a.mention.record_id, a.mention.index, final.get(a.event_id, a.event_id), a.mention.role,
          a.mention.source_id, a.mention.first, a.mention.last,
          f"{a.matched[0]}-{a.matched[1]}" if a.matched else None,
          json.dumps(a.decision.as_dict(), ensure_ascii=False) if a.decision else None,
          json.dumps(a.mention.to_json(), ensure_ascii=False)) for a in assignments])


def _describe_events(conn, event_ids: set[str]) -> int:
    """Write (or remove, when no member is left) each event's row from its members."""
    written = 0
    for chunk in _chunks(sorted(event_ids)):
        marks = ", ".join("?" for _ in chunk)
        members: dict[str, list[Mention]] = defaultdict(list)
        for event_id, features in conn.execute(
                f"SELECT event_id, features FROM event_members WHERE event_id IN ({marks})", chunk):
            members[event_id].append(Mention.from_json(json.loads(features)))
        for event_id in chunk:
            written += 1
            if not members.get(event_id):
                conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
                continue
            doc = describe(event_id, members[event_id])
            roles = {(m["record"], m["event"]): m["role"] for m in doc["members"]}
            conn.executemany("UPDATE event_members SET role = ? WHERE record_id = ? AND mention = ?",
                             [(role, rid, index) for (rid, index), role in roles.items()])
            conn.execute(
                "INSERT OR REPLACE INTO events(id, status, first_day, last_day, teryt, event_type, members, sources, "
                "updated_at, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event_id, doc["status"], doc["first_day"], doc["last_day"], (doc["region"] or {}).get("teryt"),
                 doc["event_type"], len(doc["members"]), len(doc["sources"]), now_iso(),
                 json.dumps(doc, ensure_ascii=False)))
    return written


# ---- reads ----------------------------------------------------------------------------------
def count_events(store: Store) -> int:
    try:
        return int(store.select("SELECT COUNT(*) FROM events")[0][0])
    except sqlite3.OperationalError:   # a store made before events existed, opened read-only
        return 0


def event_ids_by_record(store: Store, record_ids: Iterable[str]) -> dict[str, list[str]]:
    """The events each record belongs to (what the index keeps as `event_id`)."""
    out: dict[str, list[str]] = defaultdict(list)
    for chunk in _chunks(list(record_ids)):
        marks = ", ".join("?" for _ in chunk)
        for rid, event_id in store.select(f"SELECT record_id, event_id FROM event_members WHERE record_id IN ({marks}) "
                                          f"ORDER BY record_id, mention", chunk):
            if event_id not in out[rid]:
                out[rid].append(event_id)
    return dict(out)


def events_of_record(store: Store, record_id: str) -> list[dict[str, Any]]:
    """The events a record belongs to, with all their members (none in a store made before events)."""
    try:
        ids = event_ids_by_record(store, [record_id]).get(record_id, [])
    except sqlite3.OperationalError:
        return []
    return [e for e in (get_event(store, event_id) for event_id in ids) if e]


def event_sources(store: Store, event_ids: Iterable[str]) -> dict[str, int]:
    """How many sources published each event (none for a store made before events)."""
    out: dict[str, int] = {}
    try:
        for chunk in _chunks(sorted(set(event_ids))):
            marks = ", ".join("?" for _ in chunk)
            out.update((r[0], int(r[1])) for r in store.select(f"SELECT id, sources FROM events WHERE id IN ({marks})",
                                                               chunk))
    except sqlite3.OperationalError:
        pass
    return out


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    rows = store.select("SELECT doc FROM events WHERE id = ?", (event_id,))
    return json.loads(rows[0][0]) if rows else None


def member_decisions(store: Store, event_id: str) -> dict[str, Any]:
    """Why each member joined: the member it matched and the fields that agreed."""
    return {f"{r[0]}-{r[1]}": {"matched_with": r[2], **(json.loads(r[3]) if r[3] else {"founded": True})}
            for r in store.select("SELECT record_id, mention, matched_with, decision FROM event_members "
                                  "WHERE event_id = ?", (event_id,))}
