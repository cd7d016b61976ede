"""Load benchmark of the HTTP API: requests/s and p50/p95 latency of /api/search with filters and facets.

Builds (once, then reuses) a store of synthetic records with its embedded index under
bench/out/, starts `civic serve` on a free 127.0.0.1 port, and sends a fixed number of
requests from a few concurrent loopback clients (it stops by itself, also at a time limit).
Printed beside it, measured in the same run: the same queries answered in-process by the
index (no HTTP: the engine's share) and /healthz over HTTP (the server's floor).

    .venv/bin/python bench/api_bench.py --records 100000 --requests 2000 --concurrency 4
"""
from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from dataclasses import dataclass, field
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from index.base import IndexUnavailable  # noqa: E402
from index.request import build_request  # noqa: E402
from pipeline.indexing import sync_index  # noqa: E402
from pipeline.store import Store  # noqa: E402

OUT = ROOT / "bench" / "out"
ROUNDS = 4  # each measurement is split into this many interleaved rounds

# A mixed set of searches as the web page and API clients send them: words, phrases,
# filters, date ranges, sorts and deeper pages; every one asks for all facets.
QUERIES: list[dict[str, object]] = [
    {"q": "spotkanie"},
    {"q": "szkolenie", "voivodeship": "lubelskie"},
    {"q": "konsultacje społeczne", "sort": "event_date"},
    {"q": "organizacji pozarządowych", "voivodeship": "mazowieckie", "from": "2024-01-01", "to": "2024-12-31"},
    {"voivodeship": "małopolskie", "event_type": "warsztaty"},
    {"q": '"Fundusz Inicjatyw Obywatelskich"'},
    {"q": "warsztaty OR szkolenie", "status": "upcoming", "sort": "event_date"},
    {"q": "senior*", "source_type": "ngo"},
    {"from": "2025-01-01", "to": "2025-06-30", "sort": "published"},
    {"q": "pomocy społecznej", "page": "3"},
    {"voivodeship": "śląskie", "event_type": ["konferencja", "forum"], "published_from": "2022-01-01"},
    {"q": "rada -gminy"},
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build_store(records: int) -> Path:
    """A store of `records` synthetic records with an up-to-date embedded index (reused when present)."""
    from bench.synthetic import generate_records
    from index.embedded import EmbeddedIndex

    path = OUT / f"api-{records}.db"
    OUT.mkdir(parents=True, exist_ok=True)
    store = Store(path)
    try:
        if store.count_records() < records:
            started = time.perf_counter()
            with store.transaction():
                for record in generate_records(records):
                    store.upsert_record(record)
            print(f"store: {records:,} synthetic records written in {time.perf_counter() - started:.0f} s")
        backend = EmbeddedIndex(store.index_dir)
        try:
            try:
                backend.count()
                stale = backend.get_state() < store.current_seq()
                rebuild = False
            except IndexUnavailable:  # missing, or built by another version of the index
                stale = rebuild = True
            if stale:
                started = time.perf_counter()
                report = sync_index(store, backend, rebuild=rebuild)
                print(f"index: {report.total:,} records indexed in {time.perf_counter() - started:.0f} s")
        finally:
            backend.close()
    finally:
        store.close()
    return path


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


@dataclass
class Measured:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    wall: float = 0.0

    def add(self, other: "Measured") -> None:
        self.latencies += other.latencies
        self.errors += other.errors
        self.wall += other.wall

    def row(self) -> dict[str, float]:
        done = len(self.latencies)
        return {"done": done, "errors": self.errors, "rps": done / self.wall if self.wall else 0.0,
                "p50": percentile(self.latencies, 0.50) * 1000, "p95": percentile(self.latencies, 0.95) * 1000,
                "p99": percentile(self.latencies, 0.99) * 1000}


def load(send: Callable[[int], None], requests: int, concurrency: int, time_limit: float) -> Measured:
    """Run `send(i)` for i in 0..requests-1 on `concurrency` threads; stops at `time_limit` seconds."""
    measured = Measured()
    counter = iter(range(requests))
    lock = threading.Lock()
    deadline = time.perf_counter() + time_limit

    def worker() -> None:
        while time.perf_counter() < deadline:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            started = time.perf_counter()
            try:
                send(i)
            except Exception:
                with lock:
                    measured.errors += 1
                continue
            elapsed = time.perf_counter() - started
            with lock:
                measured.latencies.append(elapsed)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    measured.wall = time.perf_counter() - started
    return measured


def http_sender(base: str, paths: list[tuple[str, dict]]) -> Callable[[int], None]:
    local = threading.local()

    def send(i: int) -> None:
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(base_url=base, timeout=30)
        path, params = paths[i % len(paths)]
        response = client.get(path, params=params)
        if response.status_code != 200:
            raise RuntimeError(f"{response.status_code} for {path} {params}")
        response.read()

    return send


def in_process_sender(path: Path) -> tuple[Callable[[int], None], Callable[[], None]]:
    """The same searches straight on the index, in this process (no HTTP, no JSON)."""
    from index.embedded import EmbeddedIndex

    store = Store(path, readonly=True)
    backend = EmbeddedIndex(store.index_dir)
    requests = []
    for params in QUERIES:
        p = {k: v for k, v in params.items()}
        requests.append(build_request(p.pop("q", ""), date_from=p.pop("from", None), date_to=p.pop("to", None),
                                      **p))

    def send(i: int) -> None:
        backend.search(requests[i % len(requests)])

    def close() -> None:
        backend.close()
        store.close()

    return send, close


def start_server(path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    log = OUT / "api-server.log"  # a file, not a pipe: a full pipe would stall the server
    with log.open("w") as handle:
        process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "--db", str(path), "serve",
                                    "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=handle)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return process, base
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"civic serve did not start: {log.read_text()}")
        time.sleep(0.3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000, help="synthetic records in the store (default 100000)")
    parser.add_argument("--requests", type=int, default=2000, help="requests per measurement (default 2000)")
    parser.add_argument("--concurrency", type=int, default=4, help="concurrent loopback clients (default 4)")
    parser.add_argument("--time-limit", type=float, default=120, help="seconds at most per measurement (default 120)")
    args = parser.parse_args(argv)

    path = build_store(args.records)
    searches = [("/api/search", params) for params in QUERIES]
    process, base = start_server(path)
    try:
        with httpx.Client(base_url=base, timeout=30) as client:  # warm caches, check every query answers
            for path_, params in searches * 2:
                response = client.get(path_, params=params)
                response.raise_for_status()
            total = client.get("/healthz").json()["indexed"]
        print(f"store: {total:,} records indexed; {len(QUERIES)} searches with filters and all "
              f"{len(response.json()['facets'])} facets; {args.requests} requests, {args.concurrency} clients, 127.0.0.1\n")
        send_local, close_local = in_process_sender(path)
        plans = [  # name, sender, requests, clients
            (f"GET /api/search (filters + facets), {args.concurrency} clients", http_sender(base, searches),
             args.requests, args.concurrency),
            ("GET /api/search (filters + facets), 1 client", http_sender(base, searches), args.requests // 2, 1),
            (f"baseline: GET /healthz, {args.concurrency} clients", http_sender(base, [("/healthz", {})]),
             args.requests, args.concurrency),
            ("baseline: same searches in-process, no HTTP", send_local, args.requests // 2, 1)]
        # Interleaved rounds, so a neighbour's load on a shared machine falls on every line alike.
        results = {name: Measured() for name, *_ in plans}
        try:
            for round_ in range(ROUNDS):
                for name, send, requests, clients in plans[round_ % len(plans):] + plans[:round_ % len(plans)]:
                    results[name].add(load(send, requests // ROUNDS, clients, args.time_limit / ROUNDS))
        finally:
            close_local()
        rows = [(name, results[name].row()) for name, *_ in plans]
    finally:
        process.terminate()
        process.wait(timeout=30)
    print(f"{'measurement':50} {'done':>6} {'err':>4} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, row in rows:
        print(f"{name:50} {row['done']:>6} {row['errors']:>4} {row['rps']:>8.1f} {row['p50']:>8.1f} "
              f"{row['p95']:>8.1f} {row['p99']:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
