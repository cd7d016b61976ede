"""GET /healthz and GET /api/sources."""
from __future__ import annotations

from api_testing import UNREACHABLE_SOURCE


def test_healthz_reports_the_index_caught_up(client, records):
    body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert body["records"] == body["indexed"] == len(records)
    assert body["index_seq"] == body["store_seq"]


def test_sources_list_record_counts_and_crawl_health(client, records):
    body = client.get("/api/sources").json()
    rows = {row["id"]: row for row in body["sources"]}
    for source_id in {r["source_id"] for r in records}:
        assert rows[source_id]["records"] == sum(1 for r in records if r["source_id"] == source_id)
    crawled = rows[records[0]["source_id"]]["health"]
    assert crawled["requests"] == 12 and crawled["status_4xx"] == 1 and crawled["runs"] == 1
    assert crawled["error_rate"] == round(2 / 12, 4)


def test_sources_come_from_the_registry(client):
    from spiders.registry import load_registry

    registry = load_registry()
    body = client.get("/api/sources").json()
    assert body["total"] >= len(registry) and "registry_error" not in body
    ngos = client.get("/api/sources", params={"type": "ngo"}).json()["sources"]
    assert ngos and all(row["type"] == "ngo" for row in ngos)
    lubelskie = client.get("/api/sources", params={"region": "06"}).json()["sources"]
    assert lubelskie and all(row["region"].startswith("06") for row in lubelskie)


def test_flagged_lists_only_sources_that_need_a_look(client):
    flagged = client.get("/api/sources", params={"flagged": "true"}).json()["sources"]
    assert all(row["health"] and row["health"]["flags"] for row in flagged)
    assert {row["id"]: row["health"]["flags"] for row in flagged}[UNREACHABLE_SOURCE] == ["unreachable"]
    assert client.get("/api/sources", params={"region": "x"}).status_code == 422
