"""`civic demo`: the whole job on the bundled sample sites, then the web page.

Serves the sample sites from a local HTTP server on 127.0.0.1, crawls them with the
project's real Scrapy spiders, extracts, stores and indexes, prints a summary, and serves
the search API and web page until interrupted.

The sample sites say which of their pages are announcements (`manifest.json`), so the demo
checks that it found every one of them and fails, saying which are missing, when it did not:
a broken install or a broken stage must not look like a quiet week.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Iterable

import spiders
from index.factory import add_backend_arguments
from pipeline.errors import CivicError

SAMPLE_SITES_DIR = Path(spiders.__file__).parent / "sample_sites"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "demo", parents=[common], help="crawl the bundled sample sites, index them, and serve the web page",
        description="Run the whole pipeline on the bundled sample sites (served on 127.0.0.1), print a "
                    "summary, then serve the search API and web page until interrupted.")
    parser.add_argument("--no-serve", action="store_true", help="exit after indexing instead of serving")
    parser.add_argument("--host", default="127.0.0.1", help="address to serve on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to serve on (default 8000)")
    add_backend_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.crawl import run_crawl
    from pipeline.indexing import update_index
    from pipeline.store import Store
    from spiders.sample_server import serve_sites

    started = time.perf_counter()
    store = Store(args.db)
    try:
        with serve_sites(SAMPLE_SITES_DIR, fixed_ports=True) as served:
            sources = sample_sources(served)
            served_sites = dict(served.items())
            crawl = run_crawl(sources, db_path=store.path)
    except OSError as exc:
        raise CivicError(f"{exc} (is another `civic demo` crawling right now?)") from None
    failure = crawl.failure()
    if failure:
        store.close()
        raise CivicError(failure)
    report = update_index(store, args, quiet=True)
    source_ids = {s.id for s in sources}
    records = [r for r in store.iter_records() if r["source_id"] in source_ids]
    events = events_of(store, records)
    print(summary(crawl.pages, store.count_pages(), records, report.total, time.perf_counter() - started,
                  store.path, failures=[f.describe() for f in crawl.stage_failures.values()], events=events))
    store.close()
    expected = expected_announcements(served_sites)
    missing = sorted(expected - {r["url"] for r in records})
    if missing:
        raise CivicError(f"the demo found {len(expected) - len(missing)} of the {len(expected)} announcements "
                         f"its sample sites hold; missing: {_some(missing)}")
    if args.no_serve:
        return 0
    from pipeline.commands.serve import serve

    serve(args.db, args, args.host, args.port)
    return 0


def sample_sources(served) -> list:
    """One registry Source per served sample site: a homepage and nothing else, so the
    spiders must discover each site's announcement sections by themselves."""
    from spiders.source import Source

    sources = []
    for key, base_url in served.items():
        entry = served.configs[key].entry
        sources.append(Source(id=entry["source_id"], name=entry["name"], type=entry["type"],
                              region=entry.get("region"), homepage=base_url + entry.get("homepage", "/")))
    return sources


def expected_announcements(served_sites: dict[str, str]) -> set[str]:
    """Canonical URLs of the announcement pages the served sample sites hold, from their
    manifest (pages robots.txt forbids are not to be fetched, so not expected)."""
    from pipeline.schema import canonical_url

    manifest = json.loads((SAMPLE_SITES_DIR / "manifest.json").read_text(encoding="utf-8"))
    return {canonical_url(base_url + path)
            for key, base_url in served_sites.items()
            for path, entry in manifest.get(key, {}).items()
            if entry.get("announcement") and not entry.get("robots_disallowed")}


def events_of(store, records: list[dict]) -> dict[str, int]:
    """The events (meetings) the records belong to: event id -> number of sources publishing it."""
    from pipeline.events.tables import event_ids_by_record

    sources: dict[str, set[str]] = {}
    by_id = {r["id"]: r["source_id"] for r in records}
    for rid, event_ids in event_ids_by_record(store, by_id).items():
        for event_id in event_ids:
            sources.setdefault(event_id, set()).add(by_id[rid])
    return {event_id: len(s) for event_id, s in sources.items()}


def _some(urls: Iterable[str], shown: int = 5) -> str:
    urls = list(urls)
    more = f" and {len(urls) - shown} more" if len(urls) > shown else ""
    return ", ".join(urls[:shown]) + more


def summary(pages: int, stored_pages: int, records: list[dict], indexed: int, seconds: float, db_path,
            failures: list[str] | None = None, events: dict[str, int] | None = None) -> str:
    """The figures a user checks after a run: what was fetched, found, and where, the events
    (meetings) those records announce or report, and which stages failed on some page."""
    by_type = Counter(r.get("event_type") or "inne" for r in records)
    by_voivodeship = Counter((r.get("region") or {}).get("voivodeship") or "(unknown)" for r in records)
    lines = [
        f"pages fetched:        {pages} new or changed ({stored_pages} pages in the store)",
        f"announcements found:  {len(records)}",
        "  by type:            " + ", ".join(f"{k} {v}" for k, v in by_type.most_common()),
        "  by voivodeship:     " + ", ".join(f"{k} {v}" for k, v in by_voivodeship.most_common()),
        *([f"events (meetings):    {len(events)} from {len(records)} records; "
           f"{sum(1 for n in events.values() if n > 1)} published by several sources"] if events is not None else []),
        *[f"stage failures:       {line}" for line in failures or []],
        f"records in index:     {indexed}",
        f"seconds taken:        {seconds:.1f}",
        f"store:                {db_path}",
    ]
    return "\n".join(lines)
