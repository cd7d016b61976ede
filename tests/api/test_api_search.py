"""GET /api/search: query language, every filter, facets, sorting, paging and errors."""
from __future__ import annotations

from collections import Counter

import pytest

from index.base import FACET_FIELDS, MAX_PAGE_SIZE
from api_testing import search_ids


def expected_ids(records, predicate) -> set[str]:
    return {r["id"] for r in records if predicate(r)}


def overlaps(record, start: str, end: str) -> bool:
    for event in record["events"]:
        first = event["start"][:10]
        last = (event.get("end") or event["start"])[:10]
        if first <= end and last >= start:
            return True
    return False


def test_response_has_the_search_json_shape_and_paging_fields(client):
    body = client.get("/api/search", params={"q": "spotkanie", "size": 5}).json()
    assert set(body) >= {"total", "hits", "facets", "page", "size", "next_cursor"}
    assert body["page"] == 1 and body["size"] == 5 and len(body["hits"]) <= 5
    hit = body["hits"][0]
    assert set(hit) >= {"id", "title", "url", "published", "events", "region", "snippet", "organisers", "funders"}
    assert set(body["facets"]) == set(FACET_FIELDS)


def test_empty_query_matches_every_record(client, records):
    assert client.get("/api/search").json()["total"] == len(records)
    assert set(search_ids(client)) == {r["id"] for r in records}


def test_inflected_query_finds_other_forms(client, records_by_id):
    ids = search_ids(client, q="spotkaniu organizacjach")
    assert ids
    for rid in ids:
        text = records_by_id[rid]["text"].lower() + records_by_id[rid]["title"].lower()
        assert "spotka" in text and "organizac" in text


def test_snippets_highlight_the_matched_words(client):
    hits = client.get("/api/search", params={"q": "szkolenie"}).json()["hits"]
    assert hits and all("<mark>" in h["snippet"] for h in hits)


@pytest.mark.parametrize("field", ["voivodeship", "powiat", "gmina"])
def test_region_filters_by_name(client, records, field):
    value = Counter(r["region"][field] for r in records if r["region"][field]).most_common(1)[0][0]
    ids = set(search_ids(client, **{field: value}))
    assert ids == expected_ids(records, lambda r: r["region"][field] == value)


def test_region_filters_by_teryt_code(client, records):
    record = next(r for r in records if r["region"]["teryt"] and len(r["region"]["teryt"]) == 7)
    gmina, code = record["region"]["gmina"], record["region"]["teryt"]
    assert set(search_ids(client, gmina=code)) == set(search_ids(client, gmina=gmina))
    assert set(search_ids(client, powiat=code[:4])) >= set(search_ids(client, gmina=code))
    assert set(search_ids(client, voivodeship=code[:2])) == expected_ids(
        records, lambda r: (r["region"]["teryt"] or "").startswith(code[:2]))


@pytest.mark.parametrize("field,key", [("event_type", "event_type"), ("status", "status"),
                                       ("source", "source_id"), ("source_type", "source_type")])
def test_keyword_filters(client, records, field, key):
    value = Counter(r[key] for r in records).most_common(1)[0][0]
    assert set(search_ids(client, **{field: value})) == expected_ids(records, lambda r: r[key] == value)


def test_repeated_filter_means_any_of_them(client, records):
    assert set(search_ids(client, event_type=["szkolenie", "warsztaty"])) == expected_ids(
        records, lambda r: r["event_type"] in ("szkolenie", "warsztaty"))


def test_filters_are_anded(client, records):
    assert set(search_ids(client, voivodeship="lubelskie", event_type="spotkanie")) == expected_ids(
        records, lambda r: r["region"]["voivodeship"] == "lubelskie" and r["event_type"] == "spotkanie")


@pytest.mark.parametrize("field", ["organiser", "funder", "programme"])
def test_name_filters_agree_with_their_facet_counts(client, field):
    facet = client.get("/api/search").json()["facets"][field]
    assert facet, f"no {field} facet values"
    for value, count in list(facet.items())[:3]:
        body = client.get("/api/search", params={field: value, "size": 100}).json()
        assert body["total"] == count, (field, value)
        if field != "programme":
            assert all(value in hit[field + "s"] for hit in body["hits"])


def test_event_date_range(client, records):
    ids = set(search_ids(client, **{"from": "2024-01-01", "to": "2024-12-31"}))
    assert ids == expected_ids(records, lambda r: overlaps(r, "2024-01-01", "2024-12-31"))
    assert ids


def test_publication_date_range(client, records):
    ids = set(search_ids(client, published_from="2023-01-01", published_to="2023-12-31"))
    assert ids == expected_ids(records, lambda r: r["published"] and "2023-01-01" <= r["published"] <= "2023-12-31")
    assert ids


def test_every_facet_count_is_what_clicking_it_returns(client):
    facets = client.get("/api/search", params={"voivodeship": "lubelskie"}).json()["facets"]
    for field in ("powiat", "event_type", "status", "source_type"):
        for value, count in list(facets[field].items())[:3]:
            total = client.get("/api/search", params={"voivodeship": "lubelskie", field: value}).json()["total"]
            assert total == count, (field, value)


def test_sort_by_publication_date_is_newest_first(client):
    hits = client.get("/api/search", params={"sort": "published", "size": 100}).json()["hits"]
    dates = [h["published"] for h in hits if h["published"]]
    assert dates == sorted(dates, reverse=True)


def test_sort_by_event_date_is_newest_first(client):
    hits = client.get("/api/search", params={"sort": "event_date", "size": 100}).json()["hits"]
    firsts = [max(e["start"][:10] for e in h["events"]) for h in hits if h["events"]]
    assert firsts == sorted(firsts, reverse=True)


def test_pages_do_not_overlap_and_cover_everything(client, records):
    seen = []
    for page in (1, 2, 3, 4, 5, 6):
        seen += [h["id"] for h in client.get("/api/search", params={"page": page, "size": 10,
                                                                   "sort": "published"}).json()["hits"]]
    assert len(seen) == len(set(seen)) == len(records)


def test_cursor_pages_through_everything_once(client, records):
    ids = search_ids(client, size=7, sort="published")
    assert len(ids) == len(set(ids)) == len(records)


@pytest.mark.parametrize("params", [
    {"size": MAX_PAGE_SIZE + 1}, {"size": 0}, {"page": 0}, {"page": "x"},
    {"sort": "random"}, {"from": "2024-13-01"}, {"to": "yesterday"}, {"published_from": "2024-02-30"},
    {"q": '"unterminated'}, {"q": "(a OR b"}, {"q": "OR"}, {"q": "nieznane:pole"}, {"q": "x" * 1001},
    {"cursor": "not-a-cursor"},
])
def test_bad_parameters_are_422_with_a_message(client, params):
    response = client.get("/api/search", params=params)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail and "Traceback" not in detail


def test_query_syntax_error_carries_the_parsers_message(client):
    detail = client.get("/api/search", params={"q": "(szkolenie"}).json()["detail"]
    assert "not closed" in detail


@pytest.mark.parametrize("q", ["'; DROP TABLE records; --", "x\" OR 1=1 --", "title:* OR id:*",
                               "organiser:\"x\\\" OR *\"", "{\"match_all\": {}}", "a) OR (b"])
def test_query_text_cannot_reach_sql_or_engine_syntax(client, records, q):
    response = client.get("/api/search", params={"q": q})
    assert response.status_code in (200, 422)
    if response.status_code == 200:
        assert response.json()["total"] < len(records)
    assert client.get("/api/search").json()["total"] == len(records)


def test_facets_can_be_limited(client):
    body = client.get("/api/search", params={"facets": ["voivodeship", "event_type"]}).json()
    assert set(body["facets"]) == {"voivodeship", "event_type"}
    assert client.get("/api/search", params={"facets": "colour"}).status_code == 422
