"""Counting events (meetings) instead of records: /api/stats?unit=events and the regional view."""
from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest

from api_testing import build_store
from pipeline.store import Store

LABELLED = Path(__file__).resolve().parents[1] / "fixtures" / "events" / "records.jsonl"


@pytest.fixture(scope="module")
def events_client(tmp_path_factory):
    records = [{k: v for k, v in json.loads(line).items() if k != "gold_events"}
               for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    path = build_store(tmp_path_factory.mktemp("events-api") / "civic.db", records)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from api.app import create_app

    with TestClient(create_app(path), raise_server_exceptions=False) as client:
        client.store_path = path
        yield client


def _events_by_voivodeship(path: Path) -> tuple[int, dict[str, int]]:
    with Store(path, readonly=True) as store:
        rows = store.select("SELECT e.id, json_extract(r.doc, '$.region.voivodeship') FROM events e "
                            "JOIN event_members m ON m.event_id = e.id JOIN records r ON r.id = m.record_id")
        total = store.select("SELECT COUNT(*) FROM events")[0][0]
    by: dict[str, set[str]] = {}
    for event_id, voivodeship in rows:
        by.setdefault(voivodeship, set()).add(event_id)
    return total, {k: len(v) for k, v in by.items() if k}


def test_stats_count_events_once_and_say_so(events_client):
    records = events_client.get("/api/stats", params={"group_by": "voivodeship"}).json()
    events = events_client.get("/api/stats", params={"group_by": "voivodeship", "unit": "events"}).json()
    total, by_voivodeship = _events_by_voivodeship(events_client.store_path)
    assert events["unit"] == "events" and records["unit"] == "records"
    assert events["total"] == total < records["total"]
    assert events["counts"] == by_voivodeship
    assert all(events["counts"][k] <= records["counts"][k] for k in events["counts"])
    by_type = events_client.get("/api/stats", params={"group_by": "event_type", "unit": "events"}).json()
    assert by_type["total"] == total


def test_regional_view_counts_events_when_asked(events_client):
    period = {"from": "2024-01-01", "to": "2024-12-31"}
    html = events_client.get("/region", params={"voivodeship": "lubelskie", "unit": "events", **period}).text
    api = events_client.get("/api/stats", params={"group_by": "powiat", "voivodeship": "lubelskie",
                                                  "unit": "events", **period}).json()
    assert 'data-unit="events"' in html and "liczone są wydarzenia" in html
    shown = int(re.search(r'id="region-total">(\d+)<', html).group(1))
    records_html = events_client.get("/region", params={"voivodeship": "lubelskie", **period}).text
    assert 0 < shown < int(re.search(r'id="region-total">(\d+)<', records_html).group(1))
    assert api["total"] == shown and api["unit"] == "events"


def test_record_page_shows_its_events_other_sources(events_client):
    with Store(events_client.store_path, readonly=True) as store:
        event_id, record_id, others = next(
            (r[0], r[1], [o[0] for o in store.select("SELECT record_id FROM event_members WHERE event_id = ? "
                                                     "AND record_id != ?", (r[0], r[1]))])
            for r in store.select("SELECT event_id, record_id FROM event_members WHERE role = 'repost'"))
    html = events_client.get(f"/ogloszenia/{record_id}").text
    assert f'data-event="{event_id}"' in html
    assert others and all(f'href="/ogloszenia/{other}"' in html for other in others)
    assert "zapowiedź" in html


def test_exports_give_one_row_and_one_calendar_entry_per_event(events_client):
    from icalendar import Calendar

    total, _ = _events_by_voivodeship(events_client.store_path)
    rows = events_client.get("/api/export", params={"format": "csv", "unit": "events"}).text.splitlines()
    assert rows[0].startswith("event_id,status,start") and len(rows) == total + 1
    lines = events_client.get("/api/export", params={"format": "jsonl", "unit": "events"}).text.splitlines()
    events = [json.loads(line) for line in lines]
    assert len({e["id"] for e in events}) == total
    several = next(e for e in events if len(e["sources"]) >= 3)
    calendar = Calendar.from_ical(events_client.get("/api/export", params={"format": "ics", "unit": "events"}).content)
    entries = calendar.walk("VEVENT")
    assert len(entries) == sum(1 for e in events if e["start"]["value"])
    mine = next(v for v in entries if str(v["uid"]) == f"{several['id']}@civic-event")
    assert all(m["url"] in str(mine["description"]) for m in several["members"])
    filtered = events_client.get("/api/export", params={"format": "jsonl", "unit": "events",
                                                        "voivodeship": "śląskie"})
    assert 0 < len(filtered.text.splitlines()) < total


def test_cli_export_one_row_per_event(events_client, capsys):
    from pipeline.cli import main

    assert main(["export", "--db", str(events_client.store_path), "--format", "csv", "--unit", "events"]) == 0
    total, _ = _events_by_voivodeship(events_client.store_path)
    assert len(capsys.readouterr().out.splitlines()) == total + 1


def test_search_page_folds_the_pages_of_one_event(events_client):
    html = events_client.get("/", params={"q": "Ekonomia społeczna w regionie", "size": "50"}).text
    assert "wydarzenie podane przez" in html
    folded = re.findall(r'<p class="also">Także: (.*?)</p>', html)
    assert folded and all('href="/ogloszenia/' in f for f in folded)
