"""Cluster backend benchmark: indexing rate and search latency on a cluster, beside the
embedded index on the same records and queries in the same run.

The cluster is the one CIVIC_ES_URL names (with CIVIC_ES_API_KEY / CIVIC_ES_USER /
CIVIC_ES_PASSWORD / CIVIC_ES_CA_CERTS, and CIVIC_BACKEND=opensearch for OpenSearch), or
else an osmem-server emulator started on 127.0.0.1. Figures from the emulator show what
the client side costs (analysis, bulk requests, JSON); they say nothing about how fast
Elasticsearch itself is.

    .venv/bin/python bench/cluster_bench.py --records 5000
    CIVIC_ES_URL=https://localhost:9200 CIVIC_ES_API_KEY=… .venv/bin/python bench/cluster_bench.py
"""
from __future__ import annotations

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.synthetic import generate_records  # noqa: E402
from index.base import Filters, SearchRequest  # noqa: E402
from index.document import index_document  # noqa: E402
from index.elastic.backend import ClusterIndex  # noqa: E402
from index.elastic.client import ClusterSettings  # noqa: E402
from index.embedded import EmbeddedIndex  # noqa: E402

QUERIES = [
    SearchRequest(query="spotkanie"),
    SearchRequest(query="organizacji pozarządowych"),
    SearchRequest(query='"Fundusz Inicjatyw Obywatelskich"'),
    SearchRequest(query="konsult*", sort="event_date"),
    SearchRequest(query="szkolenie", filters=Filters(voivodeship=["lubelskie"])),
    SearchRequest(filters=Filters(voivodeship=["mazowieckie"], date_from=datetime.date(2024, 1, 1))),
]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def _latencies(backend, rounds: int) -> list[float]:
    for request in QUERIES:  # warm caches and connections
        backend.search(request)
    found = []
    for _ in range(rounds):
        for request in QUERIES:
            started = time.perf_counter()
            backend.search(request)
            found.append((time.perf_counter() - started) * 1000)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=20, help="passes over the query set")
    args = parser.parse_args(argv)

    records = list(generate_records(args.records))
    started = time.perf_counter()
    for record in records:
        index_document(record)   # analyse once, so both builds below start from warm caches
    analysis = time.perf_counter() - started

    server = None
    url = os.environ.get("CIVIC_ES_URL")
    if url:
        flavour = "opensearch" if os.environ.get("CIVIC_BACKEND") == "opensearch" else "elasticsearch"
        settings = ClusterSettings(url=url, flavour=flavour, alias=f"civic-bench-{int(time.time())}",
                                   api_key=os.environ.get("CIVIC_ES_API_KEY"),
                                   user=os.environ.get("CIVIC_ES_USER"),
                                   password=os.environ.get("CIVIC_ES_PASSWORD"),
                                   ca_certs=os.environ.get("CIVIC_ES_CA_CERTS"))
        label = f"{flavour} at {settings.display_url}"
    else:
        from osmem_server import OsmemServer

        server = OsmemServer.start(japanese=False)
        settings = ClusterSettings(url=server.url, flavour="opensearch", alias="civic-bench")
        label = "osmem-server emulator (opensearch-py)"

    with tempfile.TemporaryDirectory() as tmp:
        embedded = EmbeddedIndex(tmp)
        started = time.perf_counter()
        embedded.rebuild(records)
        embedded_build = time.perf_counter() - started
        cluster = ClusterIndex.connect(settings)
        try:
            started = time.perf_counter()
            cluster.rebuild(records)
            cluster_build = time.perf_counter() - started
            embedded_lat = _latencies(embedded, args.rounds)
            cluster_lat = _latencies(cluster, args.rounds)
        finally:
            if url:
                for name in cluster.physical_indexes():
                    cluster.client.indices.delete(index=name)
            cluster.close()
            embedded.close()
            if server is not None:
                server.close()

    n = len(records)
    print(f"{n} synthetic records; Polish analysis {n / analysis:,.0f} records/s (first pass, not counted below)")
    print(f"{'backend':<44} {'build rec/s':>12} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8}")
    for name, build, lat in (("embedded (tantivy), baseline", embedded_build, embedded_lat),
                             (label, cluster_build, cluster_lat)):
        print(f"{name:<44} {n / build:>12,.0f} {_percentile(lat, 0.5):>8.1f} {_percentile(lat, 0.95):>8.1f} "
              f"{statistics.fmean(lat):>8.1f}")
    print("searches: 6 mixed queries (words, phrase, prefix, filters, dates), top 20 with all facets and snippets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
