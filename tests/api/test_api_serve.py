"""`civic serve` as a user runs it, and an index reader that sees commits made after the app started."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx

from pipeline.indexing import sync_index
from pipeline.store import Store
from api_testing import build_store, free_port, load_records


def test_civic_serve_answers_on_loopback(store_path):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "--db", str(store_path), "serve",
                                "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read().decode()
                assert time.monotonic() < deadline, "civic serve did not start"
                time.sleep(0.2)
        assert response.json()["status"] == "ok"
        assert httpx.get(f"http://127.0.0.1:{port}/api/search", params={"q": "szkolenie"}).json()["total"] > 0
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_civic_serve_without_a_store_is_a_one_line_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "--db", str(tmp_path / "none.db"), "serve",
                             "--port", str(free_port())], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("civic: error:") and "Traceback" not in result.stderr


def test_new_commits_are_visible_without_a_restart(tmp_path):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from index.embedded import EmbeddedIndex

    records = load_records()
    path = build_store(tmp_path / "live.db", records[:10])
    with TestClient(create_app(path)) as live:
        assert live.get("/api/search").json()["total"] == 10
        writer = Store(path)
        backend = EmbeddedIndex(writer.index_dir)
        try:
            for record in records[10:15]:
                writer.upsert_record(record)
            sync_index(writer, backend)
        finally:
            backend.close()
            writer.close()
        deadline = time.monotonic() + 10  # readers reload when they notice the commit
        while live.get("/api/search").json()["total"] != 15 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert live.get("/api/search").json()["total"] == 15
        assert live.get(f"/api/announcements/{records[12]['id']}").status_code == 200


def test_a_store_without_an_index_answers_503_with_the_reason(tmp_path):
    from fastapi.testclient import TestClient

    from api.app import create_app

    path = tmp_path / "unindexed.db"
    store = Store(path)
    store.upsert_record(load_records()[0])
    store.close()
    with TestClient(create_app(path)) as fresh:
        response = fresh.get("/api/search")
        assert response.status_code == 503 and "civic index" in response.json()["detail"]
        page = fresh.get("/")
        assert page.status_code == 503 and "civic index" in page.text
        assert fresh.get("/healthz").status_code == 503
