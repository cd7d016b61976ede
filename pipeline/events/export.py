"""Exports with one row (or one calendar entry) per event, each with all its sources.

The matching records stream in from the index or the store; their events are collected in
the order first met and read from the store in batches, so an export of events runs in
memory proportional to the number of events, not of records.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Iterator

from pipeline.events.tables import event_ids_by_record, get_event
from pipeline.formats import _calendar_head, csv_chunks, parse_when
from pipeline.store import Store

EVENT_CSV_COLUMNS = ("event_id", "status", "start", "end", "title", "venue", "voivodeship", "powiat", "gmina",
                     "teryt", "event_type", "organisers", "records", "sources", "roles", "urls", "history")


def events_of(store: Store, records: Iterable[dict[str, Any]], batch: int = 500) -> Iterator[dict[str, Any]]:
    """Each event of the records once, in the order its first record came."""
    seen: set[str] = set()
    chunk: list[str] = []

    def flush() -> Iterator[dict[str, Any]]:
        found = event_ids_by_record(store, chunk)
        for rid in chunk:
            for event_id in found.get(rid, []):
                if event_id not in seen:
                    seen.add(event_id)
                    event = get_event(store, event_id)
                    if event:
                        yield event

    for record in records:
        chunk.append(record["id"])
        if len(chunk) >= batch:
            yield from flush()
            chunk = []
    yield from flush()


def event_csv_row(event: dict[str, Any]) -> list[str]:
    region = event.get("region") or {}
    members = event.get("members") or []
    return [
        event["id"], event.get("status") or "", (event.get("start") or {}).get("value") or "",
        (event.get("end") or {}).get("value") or "", (event.get("title") or {}).get("value") or "",
        (event.get("venue") or {}).get("value") or "", region.get("voivodeship") or "", region.get("powiat") or "",
        region.get("gmina") or "", region.get("teryt") or "", event.get("event_type") or "",
        "; ".join(o["value"] for o in event.get("organisers") or []),
        "; ".join(m["record"] for m in members), "; ".join(event.get("sources") or []),
        "; ".join(f"{m['record']}:{m['role']}" for m in members), "; ".join(m.get("url") or "" for m in members),
        "; ".join(f"{h['change']} {h.get('date') or ''}".strip() for h in event.get("history") or []),
    ]


def event_csv_chunks(events: Iterable[dict[str, Any]], batch: int = 200) -> Iterator[str]:
    return csv_chunks(events, batch, columns=EVENT_CSV_COLUMNS, row=event_csv_row)


def _stamp(event: dict[str, Any]) -> datetime:
    """The latest publication among the event's pages (a calendar's change stamp that stays put)."""
    published = max((m.get("published") or "" for m in event.get("members") or []), default="")
    try:
        return datetime.fromisoformat(published).replace(tzinfo=timezone.utc)
    except ValueError:
        return datetime(2000, 1, 1, tzinfo=timezone.utc)


def event_ics_chunks(events: Iterable[dict[str, Any]], page_url_for, name: str) -> Iterator[bytes]:
    """One VEVENT per event (not per page): its canonical date, place and every source."""
    from icalendar import Event

    yield _calendar_head(name)
    for event in events:
        start = parse_when((event.get("start") or {}).get("value"))
        if start is None:
            continue
        end = parse_when((event.get("end") or {}).get("value"))
        entry = Event()
        entry.add("uid", f"{event['id']}@civic-event")
        entry.add("dtstamp", _stamp(event))
        entry.add("summary", (event.get("title") or {}).get("value") or "Spotkanie")
        entry.add("dtstart", start)
        if end is not None and type(end) is type(start) and end >= start:
            entry.add("dtend", end + timedelta(days=1) if not isinstance(end, datetime) else end)
        elif not isinstance(start, datetime):
            entry.add("dtend", start + timedelta(days=1))
        venue = (event.get("venue") or {}).get("value")
        if venue:
            entry.add("location", venue)
        members = event.get("members") or []
        if members and members[0].get("url"):
            entry.add("url", members[0]["url"])
        entry.add("description", "\n".join(
            [f"Źródła ({len(event.get('sources') or [])}):"]
            + [f"{m['role']}: {m.get('url') or ''} ({page_url_for(m['record'])})" for m in members]))
        if event.get("status") == "cancelled":
            entry.add("status", "CANCELLED")
        yield entry.to_ical()
    yield b"END:VCALENDAR\r\n"
