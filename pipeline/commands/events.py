"""`civic events`: the meetings behind the records, each listed once with its member records."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pipeline.errors import CivicError

STATUSES = ("announced", "held", "postponed", "cancelled")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "events", parents=[common], help="list events (meetings), each with the records that announce or report it",
        description="List the events matched across sources: one real-world meeting per line with its member "
                    "records and their roles (announcement, repost, report, cancellation, postponement). "
                    "--rebuild matches every record again (event ids are kept).")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the events from the records first")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="events on or after")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="events on or before")
    parser.add_argument("--teryt", action="append", metavar="CODE", help="only events in this TERYT unit (prefix)")
    parser.add_argument("--status", action="append", choices=STATUSES, help="only events in this state")
    parser.add_argument("--type", action="append", metavar="TYPE", help="only events of this type")
    parser.add_argument("--source", action="append", metavar="ID", help="only events this source published")
    parser.add_argument("--min-sources", type=int, default=1, metavar="N", help="only events published by N+ sources")
    parser.add_argument("--id", action="append", metavar="EVENT_ID", help="only these events")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="at most N events")
    parser.add_argument("--explain", action="store_true", help="with each member, why it was matched")
    parser.add_argument("--json", action="store_true", help="one JSON object: {total, events}")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.events.listing import EventFilters, list_events
    from pipeline.events.tables import update_events
    from pipeline.store import Store, resolve_db_path

    path = resolve_db_path(args.db)
    if not path.exists():
        raise CivicError(f"no store at {path}: run `civic demo` or `civic crawl` first")
    for value in (args.date_from, args.date_to):
        if value and not _is_date(value):
            raise CivicError(f"not a date (YYYY-MM-DD): {value!r}")
    with Store(path) as store:
        report = update_events(store, rebuild=args.rebuild)
        if args.rebuild:
            print(f"events rebuilt: {report.total} events from {report.records} records", file=sys.stderr)
        filters = EventFilters(date_from=args.date_from, date_to=args.date_to, teryt=args.teryt or [],
                               status=args.status or [], event_type=args.type or [], source=args.source or [],
                               min_sources=args.min_sources, ids=args.id or [])
        events = list_events(store, filters, limit=args.limit, explain=args.explain)
    if args.json:
        json.dump({"total": len(events), "events": events}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    print(f"{len(events)} event{'s' if len(events) != 1 else ''}")
    for event in events:
        _print_event(event)
    return 0


def _is_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _print_event(event: dict[str, Any]) -> None:
    when = (event.get("start") or {}).get("value") or "(no date)"
    region = event.get("region") or {}
    place = ", ".join(v for v in ((event.get("venue") or {}).get("value"), region.get("gmina"),
                                  region.get("voivodeship")) if v)
    print(f"\n{event['id']}  {when.replace('T', ' ')}  [{event['status']}]  {(event.get('title') or {}).get('value')}")
    if place:
        print(f"   where: {place}")
    print(f"   {len(event['members'])} record(s) from {len(event['sources'])} source(s):")
    for m in event["members"]:
        why = m.get("why")
        reason = f"  (matched on {', '.join(why['agreed'])})" if why and why.get("agreed") else ""
        print(f"     {m['role']:<13} {m['record']}  {m.get('source') or ''}  {m.get('url') or ''}{reason}")
    for change in event.get("history") or []:
        print(f"   history: {change['change']} {change.get('date') or ''} (by {change['by']})")
