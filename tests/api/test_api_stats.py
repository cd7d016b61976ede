"""GET /api/stats: grouped counts under the same filters as search."""
from __future__ import annotations

from collections import Counter

import pytest

from index.base import GROUP_BY_FIELDS


def test_counts_by_voivodeship_match_the_records(client, records):
    body = client.get("/api/stats", params={"group_by": "voivodeship"}).json()
    assert body["group_by"] == "voivodeship" and body["total"] == len(records)
    assert body["counts"] == dict(Counter(r["region"]["voivodeship"] for r in records if r["region"]["voivodeship"]))
    counts = list(body["counts"].values())
    assert counts == sorted(counts, reverse=True)


def test_counts_under_a_filter(client, records):
    body = client.get("/api/stats", params={"group_by": "gmina", "voivodeship": "lubelskie"}).json()
    expected = Counter(r["region"]["gmina"] for r in records if r["region"]["voivodeship"] == "lubelskie")
    assert body["counts"] == dict(expected)
    assert body["total"] == sum(1 for r in records if r["region"]["voivodeship"] == "lubelskie")


def test_months_are_calendar_ordered(client):
    counts = client.get("/api/stats", params={"group_by": "month"}).json()["counts"]
    assert counts and list(counts) == sorted(counts)
    assert all(len(k) == 7 and k[4] == "-" for k in counts)


@pytest.mark.parametrize("group_by", GROUP_BY_FIELDS)
def test_every_grouping_answers(client, group_by):
    body = client.get("/api/stats", params={"group_by": group_by}).json()
    assert body["counts"] and all(isinstance(n, int) and n > 0 for n in body["counts"].values())


@pytest.mark.parametrize("params", [{}, {"group_by": "colour"}, {"group_by": "month", "from": "2024-99-01"},
                                    {"group_by": "month", "q": "("}])
def test_bad_stats_requests_are_422(client, params):
    response = client.get("/api/stats", params=params)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str)
