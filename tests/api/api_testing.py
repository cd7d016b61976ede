"""Helpers the API tests share: the fixture store, search paging, and a real server in a thread."""
from __future__ import annotations

import json
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from pipeline.indexing import sync_index
from pipeline.store import Store

UNREACHABLE_SOURCE = "gmina-unreachable"  # a source whose only crawl got nothing but 5xx answers
# Registry sources crawled in the fixture store, in lubelskie powiats the fixture records do not
# name: one working (its powiat is silent), one unreachable (its powiat stays blind).
SILENT_POWIAT_SOURCE = ("jst-0602", "0602")      # Starostwo Powiatowe w Biłgoraju
FAILING_POWIAT_SOURCE = ("jst-0603", "0603")     # Starostwo Powiatowe w Chełmie
RECORDS = Path(__file__).resolve().parents[1] / "fixtures" / "records" / "records.jsonl"


def load_records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_store(path: Path, records: list[dict[str, Any]]) -> Path:
    """Write records to a store file and bring its embedded index up to date, as `civic index` does."""
    from index.embedded import EmbeddedIndex

    store = Store(path)
    for record in records:
        store.upsert_record(record)
    store.save_run("run-1", records[0]["source_id"], "2026-01-05T06:00:00+00:00",
                   {"requests": 12, "status_2xx": 11, "status_4xx": 1, "pages": 11, "announcements": 2,
                    "errors": 1, "duration": 4.5}, finished_at="2026-01-05T06:00:05+00:00")
    store.save_run("run-1", UNREACHABLE_SOURCE, "2026-01-05T06:00:00+00:00",
                   {"requests": 5, "status_5xx": 5, "duration": 2.0}, finished_at="2026-01-05T06:00:02+00:00")
    store.save_run("run-1", SILENT_POWIAT_SOURCE[0], "2026-01-05T06:00:00+00:00",
                   {"requests": 30, "status_2xx": 30, "pages": 30, "duration": 6.0},
                   finished_at="2026-01-05T06:00:06+00:00")
    store.save_run("run-1", FAILING_POWIAT_SOURCE[0], "2026-01-05T06:00:00+00:00",
                   {"requests": 4, "status_5xx": 4, "duration": 1.0}, finished_at="2026-01-05T06:00:01+00:00")
    backend = EmbeddedIndex(store.index_dir)
    try:
        sync_index(store, backend)
    finally:
        backend.close()
        store.close()
    return path


def search_ids(client, **params) -> list[str]:
    """Every id a search returns, following the cursor."""
    params = {"size": 100, **params}
    response = client.get("/api/search", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    ids = [h["id"] for h in body["hits"]]
    while body["next_cursor"]:
        body = client.get("/api/search", params={**params, "cursor": body["next_cursor"]}).json()
        ids.extend(h["id"] for h in body["hits"])
    return ids


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running(app) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 until the block ends; yields the base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
