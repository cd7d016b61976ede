"""GET /api/announcements/{id}: the whole record, with evidence and spans, or a 404."""
from __future__ import annotations

from pipeline.schema import validate

EXTRACTED = ("events", "deadlines", "venues", "organisers", "funding")


def test_returns_the_whole_stored_record(client, records):
    for record in records[:10]:
        response = client.get(f"/api/announcements/{record['id']}")
        assert response.status_code == 200
        assert response.json() == record


def test_every_value_has_evidence_pointing_into_the_text(client, records):
    record = max(records, key=lambda r: sum(len(r[k]) for k in EXTRACTED))
    body = client.get(f"/api/announcements/{record['id']}").json()
    validate(body)
    assert body["url"].startswith("http")
    checked = 0
    for key in EXTRACTED:
        for value in body[key]:
            start, end = value["span"]
            assert body["text"][start:end] == value["text"]
            checked += 1
    assert checked >= 3


def test_missing_record_is_a_json_404(client):
    response = client.get("/api/announcements/0000000000000000")
    assert response.status_code == 404
    assert "0000000000000000" in response.json()["detail"]


def test_odd_ids_are_404_not_errors(client):
    for rid in ("x", "%27%20OR%201%3D1", "..", "ż" * 20):
        assert client.get(f"/api/announcements/{rid}").status_code in (404, 422)
