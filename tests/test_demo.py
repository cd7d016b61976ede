"""The main job end to end: `civic demo` on the bundled sample sites, then export and search.

This is what a researcher sees after `make run`: the five announcements written after the
seed announcements come out with the event dates of their reference annotation, ordinary news
does not come out at all, a second run changes nothing, and inflected Polish queries find them.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITES = ROOT / "spiders" / "sample_sites"

pytestmark = pytest.mark.slow


def civic(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=900, cwd=ROOT)


def manifest_entries() -> dict[tuple[str, str], dict]:
    """(source_id, path) -> manifest entry of every article page of the sample sites."""
    sites = {s["key"]: s for s in json.loads((SITES / "sites.json").read_text(encoding="utf-8"))["sites"]}
    manifest = json.loads((SITES / "manifest.json").read_text(encoding="utf-8"))
    return {(sites[key]["source_id"], path): entry for key, pages in manifest.items() for path, entry in pages.items()}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "civic.db"
    first = civic(db, "demo", "--no-serve")
    assert first.returncode == 0, first.stderr[-3000:]
    exported = civic(db, "export", "--format", "jsonl")
    assert exported.returncode == 0, exported.stderr[-3000:]
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    return {"db": db, "output": first.stdout, "records": records, "events": listed_events(db)}


def listed_events(db: Path) -> list[dict]:
    listed = civic(db, "events", "--json")
    assert listed.returncode == 0, listed.stderr[-3000:]
    return json.loads(listed.stdout)["events"]


def membership(events: list[dict]) -> dict[tuple[str, int], str]:
    return {(m["record"], m["event"]): e["id"] for e in events for m in e["members"]}


def by_page(records: list[dict]) -> dict[tuple[str, str], dict]:
    return {(r["source_id"], urlsplit(r["url"]).path): r for r in records}


def test_demo_prints_its_summary(demo):
    out = demo["output"]
    for label in ("pages fetched", "announcements found", "by type", "by voivodeship", "seconds taken"):
        assert label in out
    assert f"announcements found:  {len(demo['records'])}" in out
    assert f"events (meetings):    {len(demo['events'])} from {len(demo['records'])} records" in out


def test_events_list_each_meeting_once_with_all_its_pages(demo):
    """The sample sites publish one forum on three sites (an announcement, two re-posts) with
    a report after it, and a meeting with its cancellation: each is one event, with roles."""
    events = demo["events"]
    assert len({e["id"] for e in events}) == len(events)
    members = membership(events)
    assert {rid for rid, _ in members} == {r["id"] for r in demo["records"]}
    pages = by_page(demo["records"])
    labelled: dict[str, set[str]] = {}
    for key, entry in manifest_entries().items():
        if entry.get("event") and key in pages:
            labelled.setdefault(entry["event"], set()).add(pages[key]["id"])
    assert len(labelled) >= 2
    by_id = {e["id"]: e for e in events}
    for label, record_ids in labelled.items():
        found = {event_id for (rid, _), event_id in members.items() if rid in record_ids}
        assert len(found) == 1, f"{label}: the pages of one meeting fell into {len(found)} events"
        event = by_id[found.pop()]
        roles = {m["record"]: m["role"] for m in event["members"]}
        assert set(roles) == record_ids, label
    forum = next(e for e in events if {m["role"] for m in e["members"]} >= {"announcement", "repost", "report"})
    assert len(forum["sources"]) == 3 and forum["status"] == "held"
    assert any(e["status"] == "cancelled" and {m["role"] for m in e["members"]} == {"announcement", "cancellation"}
               for e in events)


def test_export_holds_the_annotated_pages_with_their_reference_event_dates(demo):
    records = by_page(demo["records"])
    annotated = {key: entry for key, entry in manifest_entries().items() if entry.get("expected")}
    assert sorted(entry["modelled_on"] for entry in annotated.values()) == ["000", "001", "002", "003", "004"]
    for key, entry in annotated.items():
        assert key in records, f"{key[1]} missing from the export"
        got = sorted((e["start"], e["end"]) for e in records[key]["events"])
        want = sorted((e["start"], e["end"]) for e in entry["expected"]["events"])
        assert got == want, key[1]
        assert records[key]["event_type"] == entry["expected"]["event_type"], key[1]


def test_export_has_every_announcement_page_and_no_other_page(demo):
    records = by_page(demo["records"])
    entries = manifest_entries()
    wanted = {key for key, e in entries.items() if e["announcement"] and not e.get("robots_disallowed")}
    unwanted = {key for key, e in entries.items() if not e["announcement"] or e.get("robots_disallowed")}
    assert wanted - set(records) == set(), "announcement pages missing"
    assert set(records) & unwanted == set(), "news, static or robots-disallowed pages came out as announcements"
    assert len(wanted) >= 40


def test_records_follow_the_published_schema(demo):
    from pipeline.schema import validate

    for record in demo["records"]:
        validate(record)


def test_running_the_demo_again_changes_no_count(demo):
    again = civic(demo["db"], "demo", "--no-serve")
    assert again.returncode == 0, again.stderr[-3000:]
    exported = civic(demo["db"], "export", "--format", "jsonl")
    ids = [json.loads(line)["id"] for line in exported.stdout.splitlines()]
    assert len(ids) == len(set(ids)) == len(demo["records"])


def _search_ids(db: Path, query: str) -> set[str]:
    result = civic(db, "search", query, "--json", "--limit", "100")
    assert result.returncode == 0, result.stderr
    return {hit["id"] for hit in json.loads(result.stdout)["hits"]}


def _modelled_ids(records: list[dict], *seeds: str) -> dict[str, str]:
    """Seed id -> record id of the sample page written after that seed."""
    pages = by_page(records)
    return {entry["modelled_on"]: pages[key]["id"] for key, entry in manifest_entries().items()
            if entry.get("modelled_on") in seeds and key in pages}


@pytest.mark.parametrize("query", ["spotkanie organizacji pozarządowych", "spotkaniu organizacjach"])
def test_inflected_queries_find_the_ngo_meetings_of_lodz_and_leczna(demo, query):
    found = _modelled_ids(demo["records"], "000", "001")
    assert len(found) == 2 and set(found.values()) <= _search_ids(demo["db"], query)


def test_a_query_without_diacritics_finds_the_leczna_meeting(demo):
    found = _modelled_ids(demo["records"], "001")
    assert found["001"] in _search_ids(demo["db"], "Leczna")


def test_process_re_extracts_the_store_without_crawling_and_records_the_version(demo):
    """After the extractor changes, `civic process` redoes only outdated records; `--all` redoes all.

    The sample sites are no longer served here, so any page that needed a fetch would fail.
    """
    import sqlite3

    from nlp import EXTRACTOR_VERSION

    db = demo["db"]
    stale = demo["records"][0]["id"]
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE records SET extractor_version = 'old' WHERE id = ?", (stale,))
    result = civic(db, "process", "--no-index")
    assert result.returncode == 0, result.stderr
    assert "processed 1 pages: 1 announcements" in result.stdout
    everything = civic(db, "process", "--all")
    assert everything.returncode == 0, everything.stderr
    assert f"{len(demo['records'])} announcements" in everything.stdout
    with sqlite3.connect(db) as conn:
        versions = {row[0] for row in conn.execute("SELECT extractor_version FROM records")}
        count = conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]
    assert versions == {EXTRACTOR_VERSION}
    assert count == len(demo["records"])


def test_event_ids_stay_the_same_after_the_demo_and_process_run_again(demo):
    """The demo was run twice and `civic process --all` re-extracted every page above: every
    page still belongs to the event (by id) it had after the first run."""
    assert membership(listed_events(demo["db"])) == membership(demo["events"])
    rebuilt = civic(demo["db"], "events", "--rebuild", "--json")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert membership(json.loads(rebuilt.stdout)["events"]) == membership(demo["events"])


@pytest.fixture(scope="module")
def served(demo):
    """`civic serve` on the demo store, as a user starts it, on a free 127.0.0.1 port."""
    import socket
    import time

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "--db", str(demo["db"]), "serve",
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            pytest.fail("civic serve did not come up: " + proc.stderr.read1().decode(errors="replace"))
        with httpx.Client(base_url=base, timeout=30) as client:
            yield client
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_every_endpoint_answers_on_the_demo_store(served, demo):
    records = demo["records"]
    search = served.get("/api/search", params={"q": "spotkanie", "voivodeship": "lubelskie"}).json()
    assert search["total"] > 0 and search["facets"]["voivodeship"] == {"lubelskie": search["total"]}
    record = served.get(f"/api/announcements/{records[0]['id']}").json()
    assert record["id"] == records[0]["id"] and record["url"] == records[0]["url"]
    stats = served.get("/api/stats", params={"group_by": "voivodeship"}).json()
    assert stats["total"] == len(records)
    events = served.get("/api/stats", params={"group_by": "voivodeship", "unit": "events"}).json()
    assert events["unit"] == "events" and events["total"] == len(demo["events"]) < sum(len(r["events"]) or 1
                                                                                       for r in records)
    region = served.get("/region", params={"voivodeship": "lubelskie", "unit": "events", "from": "2010-01-01",
                                           "to": "2030-12-31"}).text
    assert 'data-unit="events"' in region
    assert stats["counts"]["lubelskie"] >= search["total"]
    assert served.get("/api/export", params={"format": "csv"}).text.count("\n") == len(records) + 1
    assert served.get("/api/feed").text.startswith("<?xml")
    assert served.get("/api/sources").status_code == 200
    assert served.get("/openapi.json").json()["paths"]
    assert served.get("/").status_code == 200


def test_the_calendar_export_has_one_event_per_event_date(served, demo):
    from icalendar import Calendar

    calendar = Calendar.from_ical(served.get("/api/export", params={"format": "ics"}).content)
    assert len(calendar.walk("VEVENT")) == sum(len(r["events"]) for r in demo["records"]) > 40


def civic_with_fault(db: Path, fault: str, faulty_page: str = "") -> subprocess.CompletedProcess:
    """`civic demo --no-serve` with one stage broken on purpose (tests/pipeline/faults.py)."""
    driver = "import sys; sys.path.insert(0, 'tests/pipeline'); import faults; faults.main()"
    return subprocess.run([sys.executable, "-c", driver, fault, "--db", str(db), "demo", "--no-serve"],
                          capture_output=True, text=True, timeout=900, cwd=ROOT,
                          env={**os.environ, "FAULTY_PAGE": faulty_page})


def test_demo_with_a_parser_failing_on_every_page_fails_in_one_line(tmp_path):
    result = civic_with_fault(tmp_path / "civic.db", "parser-every-page")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("civic: error:")]
    assert line.startswith("civic: error: the article parser failed on every page it was given")
    assert "RuntimeError: article parser fault injected by the test" in line


def test_demo_fails_when_it_misses_an_announcement_its_sample_sites_hold(tmp_path):
    entries = manifest_entries()
    wanted = [key for key, e in entries.items() if e["announcement"] and not e.get("robots_disallowed")]
    source_id, path = wanted[0]
    result = civic_with_fault(tmp_path / "civic.db", "verdict-misses-one", faulty_page=path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("civic: error:")]
    assert f"the demo found {len(wanted) - 1} of the {len(wanted)} announcements its sample sites hold" in line
    assert line.endswith(path)
