"""GET /api/feed: a search as a valid Atom feed of the newest matching announcements."""
from __future__ import annotations

import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def parse(client, **params) -> ET.Element:
    response = client.get("/api/feed", params=params)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_feed_is_atom_with_the_required_elements(client):
    feed = parse(client)
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):
        assert feed.find(f"{ATOM}{name}") is not None
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        for name in ("id", "title", "updated", "summary"):
            assert (entry.findtext(f"{ATOM}{name}") or "").strip()
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http")


def test_feed_is_newest_first_and_bounded(client):
    entries = parse(client, size=5).findall(f"{ATOM}entry")
    assert len(entries) == 5
    published = [e.findtext(f"{ATOM}published") for e in entries if e.find(f"{ATOM}published") is not None]
    assert published and published == sorted(published, reverse=True)


def test_feed_follows_the_filters(client, records_by_id):
    entries = parse(client, powiat="łęczyński", event_type="szkolenie").findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        rid = entry.findtext(f"{ATOM}id").rsplit("/", 1)[-1]
        record = records_by_id[rid]
        assert record["region"]["powiat"] == "łęczyński" and record["event_type"] == "szkolenie"


def test_bad_feed_request_is_422(client):
    assert client.get("/api/feed", params={"size": 1000}).status_code == 422
    assert client.get("/api/feed", params={"q": "-"}).status_code in (200, 422)
