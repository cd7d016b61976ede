"""Reading events back from the store, filtered, for `civic events`, exports and the API."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pipeline.events.tables import member_decisions
from pipeline.store import Store


@dataclass
class EventFilters:
    date_from: str | None = None
    date_to: str | None = None
    teryt: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    event_type: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    min_sources: int = 1
    ids: list[str] = field(default_factory=list)


def _any_of(column: str, values: list[str], where: list[str], params: list[Any]) -> None:
    if values:
        where.append(f"{column} IN ({', '.join('?' for _ in values)})")
        params.extend(values)


def list_events(store: Store, filters: EventFilters | None = None, *, limit: int | None = None,
                explain: bool = False) -> list[dict[str, Any]]:
    """Events matching the filters, by first day then id (undated last)."""
    f = filters or EventFilters()
    where: list[str] = ["sources >= ?"]
    params: list[Any] = [f.min_sources]
    if f.date_from:
        where.append("COALESCE(last_day, first_day) >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("first_day <= ?")
        params.append(f.date_to)
    if f.teryt:
        where.append("(" + " OR ".join("teryt LIKE ?" for _ in f.teryt) + ")")
        params.extend(code.strip() + "%" for code in f.teryt)
    _any_of("status", f.status, where, params)
    _any_of("event_type", f.event_type, where, params)
    _any_of("id", f.ids, where, params)
    if f.source:
        marks = ", ".join("?" for _ in f.source)
        where.append(f"id IN (SELECT event_id FROM event_members WHERE source_id IN ({marks}))")
        params.extend(f.source)
    sql = (f"SELECT doc FROM events WHERE {' AND '.join(where)} "
           f"ORDER BY first_day IS NULL, first_day, id" + (f" LIMIT {int(limit)}" if limit else ""))
    events = [json.loads(row[0]) for row in store.select(sql, params)]
    if explain:
        for event in events:
            why = member_decisions(store, event["id"])
            for m in event["members"]:
                m["why"] = why.get(f"{m['record']}-{m['event']}")
    return events
