"""GET /api/export: CSV, JSON Lines and iCalendar, streamed, under the search filters."""
from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest
from icalendar import Calendar

from pipeline.formats import CSV_COLUMNS
from pipeline.schema import validate
from api_testing import search_ids


def test_csv_opens_with_csv_and_pandas(client, records):
    response = client.get("/api/export", params={"format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert {row["id"] for row in rows} == {r["id"] for r in records}
    frame = pd.read_csv(io.StringIO(response.text), dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(CSV_COLUMNS) and len(frame) == len(records)
    by_id = {r["id"]: r for r in records}
    for row in rows:
        record = by_id[row["id"]]
        assert row["title"] == record["title"] and row["url"] == record["url"]
        assert row["voivodeship"] == (record["region"]["voivodeship"] or "")
        assert row["first_event"] == (record["events"][0]["start"] if record["events"] else "")
        for organiser in record["organisers"]:
            assert organiser["name"] in row["organisers"]


def test_csv_follows_the_filters(client):
    text = client.get("/api/export", params={"format": "csv", "voivodeship": "lubelskie",
                                             "event_type": "szkolenie"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and {(r["voivodeship"], r["event_type"]) for r in rows} == {("lubelskie", "szkolenie")}
    assert {r["id"] for r in rows} == set(search_ids(client, voivodeship="lubelskie", event_type="szkolenie"))


def test_jsonl_lines_are_schema_valid_records(client):
    response = client.get("/api/export", params={"format": "jsonl", "q": "organizacji"})
    lines = response.text.splitlines()
    assert lines and len(lines) == len(search_ids(client, q="organizacji"))
    for line in lines:
        validate(json.loads(line))


def test_export_keeps_the_search_order_across_store_batches(client, monkeypatch):
    import pipeline.export as export

    monkeypatch.setattr(export, "BATCH", 7)  # many small batches
    lines = client.get("/api/export", params={"format": "jsonl", "sort": "published"}).text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == search_ids(client, sort="published")


def test_ics_has_one_vevent_per_event_date(client, records):
    response = client.get("/api/export", params={"format": "ics"})
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == sum(len(r["events"]) for r in records)
    assert len({str(e["UID"]) for e in events}) == len(events)
    by_id = {r["id"]: r for r in records}
    for event in events:
        record = by_id[str(event["UID"]).split("-")[0]]
        assert str(event["URL"]) == record["url"]
        assert str(event["SUMMARY"]) == record["title"]
        if record["venues"]:
            assert str(event["LOCATION"])
        start = event.decoded("DTSTART")
        assert any(start.isoformat()[:10] == e["start"][:10] for e in record["events"])


def test_ics_times_are_warsaw_local(client, records):
    record = next(r for r in records if r["events"] and "T" in r["events"][0]["start"])
    calendar = Calendar.from_ical(client.get("/api/export", params={"format": "ics"}).content)
    event = next(e for e in calendar.walk("VEVENT") if str(e["UID"]) == f"{record['id']}-0@civic")
    start = event.decoded("DTSTART")
    assert start.strftime("%Y-%m-%dT%H:%M") == record["events"][0]["start"]
    assert str(start.tzinfo) == "Europe/Warsaw"
    assert calendar.walk("VTIMEZONE")


def test_export_streams_in_chunks(client):
    with client.stream("GET", "/api/export", params={"format": "jsonl"}) as response:
        chunks = [chunk for chunk in response.iter_raw()]
    assert len(chunks) > 1


@pytest.mark.parametrize("params", [{"format": "xlsx"}, {"format": "csv", "from": "soon"}, {"format": "ics", "q": "a AND"}])
def test_bad_export_requests_are_422(client, params):
    response = client.get("/api/export", params=params)
    assert response.status_code == 422 and isinstance(response.json()["detail"], str)
