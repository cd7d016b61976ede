"""`civic index` and `civic search` with a cluster backend, run as a user runs them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipeline.store import Store

ROOT = Path(__file__).resolve().parents[2]


def civic(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CIVIC_")}
    environment["PYTHONPATH"] = str(ROOT)
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd, env=environment)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("civic: error: ")
    return lines[0]


@pytest.mark.parametrize("backend", ["elasticsearch", "opensearch"])
def test_a_refused_connection_is_one_line_naming_the_url(tmp_path, backend):
    line = one_line_error(civic("index", "--backend", backend, "--es-url", "http://127.0.0.1:9", cwd=tmp_path))
    assert "http://127.0.0.1:9" in line and "connection refused" in line


def test_cluster_settings_come_from_the_environment(tmp_path):
    line = one_line_error(civic("search", "spotkanie", cwd=tmp_path,
                                env={"CIVIC_BACKEND": "elasticsearch", "CIVIC_ES_URL": "http://127.0.0.1:9",
                                     "CIVIC_ES_PASSWORD": "s3cret-value", "CIVIC_ES_USER": "civic"}))
    assert "http://127.0.0.1:9" in line and "s3cret-value" not in line


def test_a_missing_url_says_how_to_give_one(tmp_path):
    line = one_line_error(civic("index", "--backend", "elasticsearch", cwd=tmp_path))
    assert "--es-url" in line and "CIVIC_ES_URL" in line


def test_rejected_credentials_are_one_line(tmp_path):
    class Unauthorised(BaseHTTPRequestHandler):
        def do_GET(self):
            body = b'{"error":{"type":"security_exception","reason":"missing authentication"},"status":401}'
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("WWW-Authenticate", 'Basic realm="security"')
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Unauthorised)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        line = one_line_error(civic("index", "--backend", "elasticsearch", "--es-url", url,
                                    "--api-key", "bm90LWEta2V5", cwd=tmp_path))
    finally:
        server.shutdown()
        server.server_close()
    assert url in line and "credentials" in line and "bm90LWEta2V5" not in line


def test_index_and_search_a_store_on_the_emulator(tmp_path, osmem_fresh_url, fixture_records):
    """osmem-server speaks OpenSearch, so the user-facing path here is `--backend opensearch`."""
    db = tmp_path / "civic.db"
    with Store(db) as store:
        for record in fixture_records:
            store.upsert_record(record)
    cluster = ["--backend", "opensearch", "--es-url", osmem_fresh_url, "--db", str(db)]

    missing = one_line_error(civic("search", "Leczna", *cluster, cwd=tmp_path))
    assert "no index 'civic'" in missing and osmem_fresh_url in missing

    built = civic("index", "--no-progress", *cluster, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert f"{len(fixture_records)} records written" in built.stdout
    again = civic("index", "--no-progress", *cluster, cwd=tmp_path)
    assert "0 records written" in again.stdout and f"{len(fixture_records)} in the index" in again.stdout
    rebuilt = civic("index", "--rebuild", "--no-progress", *cluster, cwd=tmp_path)
    assert rebuilt.returncode == 0 and "rebuilt" in rebuilt.stdout

    assert civic("index", "--no-progress", "--db", str(db), cwd=tmp_path).returncode == 0   # embedded
    query = ["search", "Leczna", "--json", "--sort", "published", "--limit", "50"]
    on_cluster = civic(*query, *cluster, cwd=tmp_path)
    embedded = civic(*query, "--db", str(db), cwd=tmp_path)
    assert on_cluster.returncode == 0 and embedded.returncode == 0, on_cluster.stderr + embedded.stderr
    got, want = json.loads(on_cluster.stdout), json.loads(embedded.stdout)
    assert got["total"] == want["total"] > 0
    assert [h["id"] for h in got["hits"]] == [h["id"] for h in want["hits"]]
    assert [h["snippet"] for h in got["hits"]] == [h["snippet"] for h in want["hits"]]
    assert got["facets"] == want["facets"]
