"""Latency of the regional view (/region) on a large store, beside the search page's own.

Reuses the synthetic store of bench/api_bench.py (built once under bench/out/, then reused),
starts `civic serve` on a free 127.0.0.1 port and requests, from one loopback client, the
regional view of several voivodeships and powiats and of the whole country, and in the
same run, interleaved, the search page (`/`) with the filters people use on it and
`/api/stats` by powiat (the view's figures as JSON).

    .venv/bin/python bench/region_bench.py --records 100000 --requests 400
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.api_bench import ROUNDS, Measured, build_store, http_sender, load, start_server  # noqa: E402

REGION_VIEWS: list[tuple[str, dict[str, object]]] = [
    ("/region", {"voivodeship": "lubelskie"}),
    ("/region", {"voivodeship": "mazowieckie"}),
    ("/region", {"voivodeship": "śląskie", "from": "2024-01-01", "to": "2024-12-31"}),
    ("/region", {"voivodeship": "małopolskie", "powiat": "1261"}),
    ("/region", {"voivodeship": "lubelskie", "powiat": "0610", "event_type": "szkolenie"}),
    ("/region", {}),
]
SEARCH_PAGES: list[tuple[str, dict[str, object]]] = [
    ("/", {"q": "spotkanie"}),
    ("/", {"q": "szkolenie", "voivodeship": "lubelskie"}),
    ("/", {"voivodeship": "mazowieckie", "event_type": "warsztaty"}),
    ("/", {"q": "konsultacje społeczne", "sort": "event_date"}),
    ("/", {"from": "2024-01-01", "to": "2024-12-31", "voivodeship": "śląskie"}),
    ("/", {}),
]
STATS: list[tuple[str, dict[str, object]]] = [
    ("/api/stats", {"group_by": "powiat", "voivodeship": "lubelskie"}),
    ("/api/stats", {"group_by": "gmina", "voivodeship": "mazowieckie", "from": "2024-01-01", "to": "2024-12-31"}),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000, help="synthetic records in the store (default 100000)")
    parser.add_argument("--requests", type=int, default=400, help="requests per measurement (default 400)")
    parser.add_argument("--time-limit", type=float, default=300, help="seconds at most per measurement (default 300)")
    args = parser.parse_args(argv)

    path = build_store(args.records)
    process, base = start_server(path)
    plans = [("GET /region (map, coverage, trends)", http_sender(base, REGION_VIEWS)),
             ("baseline: GET / (the search page)", http_sender(base, SEARCH_PAGES)),
             ("GET /api/stats by powiat or gmina, with coverage", http_sender(base, STATS))]
    try:
        with httpx.Client(base_url=base, timeout=60) as client:  # warm caches, check every page answers
            for page, params in (REGION_VIEWS + SEARCH_PAGES + STATS) * 2:
                client.get(page, params=params).raise_for_status()
            total = client.get("/healthz").json()["indexed"]
        print(f"store: {total:,} records indexed; {len(REGION_VIEWS)} regional views, {len(SEARCH_PAGES)} search "
              f"pages, {len(STATS)} stats requests; {args.requests} requests each, 1 client, 127.0.0.1\n")
        results = {name: Measured() for name, _ in plans}
        for round_ in range(ROUNDS):  # interleaved, so a neighbour's load falls on every line alike
            for name, send in plans[round_ % len(plans):] + plans[:round_ % len(plans)]:
                results[name].add(load(send, args.requests // ROUNDS, 1, args.time_limit / ROUNDS))
    finally:
        process.terminate()
        process.wait(timeout=30)
    print(f"{'measurement':50} {'done':>6} {'err':>4} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, _ in plans:
        row = results[name].row()
        print(f"{name:50} {row['done']:>6} {row['errors']:>4} {row['rps']:>8.1f} {row['p50']:>8.1f} "
              f"{row['p95']:>8.1f} {row['p99']:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
