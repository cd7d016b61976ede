"""`civic demo`: the whole job on the bundled sample sites, then the web page.

Serves the sample sites from a local HTTP server on 127.0.0.1, crawls them with the
project's real Scrapy spiders, extracts, stores and indexes, prints a summary, and serves
the search API and web page until interrupted.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from index.factory import add_backend_arguments


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
    from spiders.sample_server import sample_sources, serve_sites

    started = time.perf_counter()
    store = Store(args.db)
    with serve_sites() as base_urls:
        sources = sample_sources(base_urls)
        crawl = run_crawl(sources, db_path=store.path)
    report = update_index(store, args, quiet=True)
    source_ids = {s.id for s in sources}
    records = [r for r in store.iter_records() if r["source_id"] in source_ids]
    print(summary(crawl.pages, records, report.total, time.perf_counter() - started, store.path))
    store.close()
    if args.no_serve:
        return 0
    from pipeline.commands.serve import serve

    serve(args.db, args, args.host, args.port)
    return 0


def summary(pages: int, records: list[dict], indexed: int, seconds: float, db_path) -> str:
    """The figures a user checks after a run: what was fetched, found, and where."""
    by_type = Counter(r.get("event_type") or "inne" for r in records)
    by_voivodeship = Counter((r.get("region") or {}).get("voivodeship") or "(unknown)" for r in records)
    lines = [
        f"pages fetched:        {pages}",
        f"announcements found:  {len(records)}",
        "  by type:            " + ", ".join(f"{k} {v}" for k, v in by_type.most_common()),
        "  by voivodeship:     " + ", ".join(f"{k} {v}" for k, v in by_voivodeship.most_common()),
        f"records in index:     {indexed}",
        f"seconds taken:        {seconds:.1f}",
        f"store:                {db_path}",
    ]
    return "\n".join(lines)
