"""Index backends for the tests: the embedded index always, `osmem-server` (an in-memory
OpenSearch emulator run as a real HTTP server on 127.0.0.1) when its binary is present,
and a real Elasticsearch cluster when CIVIC_ES_URL names one."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterator

import pytest

from cluster_support import EMULATOR, NO_CLUSTER, FaultPlan, FaultyProxy, plain_json_node_class

RECORDS = Path(__file__).resolve().parents[1] / "fixtures" / "records" / "records.jsonl"


def pytest_report_header(config) -> list[str]:
    cluster = os.environ.get("CIVIC_ES_URL")
    return [f"index backends: embedded; {EMULATOR}; " +
            (f"Elasticsearch cluster at {cluster}" if cluster else NO_CLUSTER)]


@pytest.fixture(scope="session")
def fixture_records() -> list[dict[str, Any]]:
    with RECORDS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def osmem():
    """One emulator process for the session; tests take clones of its (empty) base."""
    osmem_server = pytest.importorskip("osmem_server", reason="osmem-server is not installed")
    try:
        server = osmem_server.OsmemServer.start(japanese=False)
    except osmem_server.OsmemError as exc:
        pytest.skip(f"osmem-server did not start: {exc}")
    yield server
    server.close()


@pytest.fixture
def osmem_fresh_url(osmem) -> Iterator[str]:
    """An empty emulated cluster of its own on a free 127.0.0.1 port (a copy-on-write clone)."""
    clone = osmem.clone()
    yield clone.url
    clone.close()


@pytest.fixture(scope="session")
def es_node_class():
    return plain_json_node_class()


@pytest.fixture
def faulty_proxy(osmem_fresh_url) -> Iterator[FaultyProxy]:
    with FaultyProxy(osmem_fresh_url, FaultPlan()) as proxy:
        yield proxy
