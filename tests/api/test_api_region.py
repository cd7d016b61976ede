"""The regional view and /api/stats by area: counts per powiat and gmina, coverage, trends."""
from __future__ import annotations

import re
from html import unescape

import pytest

from api.charts import shade_bins, shade_of
from api.coverage import BLIND, FAILING, HEALTHY, NOT_CRAWLED, SILENT, SourceDirectory, SourceState, coverage_state
from api.regions import area, areas_of_level
from api_testing import FAILING_POWIAT_SOURCE, SILENT_POWIAT_SOURCE

EVERYTHING = {"from": "2000-01-01", "to": "2030-12-31"}  # a period holding every fixture event
LUBELSKIE_POWIATS = sorted(a.code for a in areas_of_level("powiat") if a.code.startswith("06"))


def _in(records, prefix: str) -> list[dict]:
    return [r for r in records if (r["region"].get("teryt") or "").startswith(prefix) and r.get("events")]


def _map_areas(html: str) -> dict[str, dict[str, str]]:
    """Each map shape's attributes by its TERYT code."""
    found = {}
    for attrs in re.findall(r"<path ([^>]*data-teryt[^>]*)>", html):
        values = dict(re.findall(r'([\w-]+)="([^"]*)"', attrs))
        found[values["data-teryt"]] = values
    return found


def _coverage_rows(html: str, table: str = "coverage") -> dict[str, str]:
    section = html.split(f'data-table="{table}"', 1)[1].split("</section>", 1)[0]
    return dict(re.findall(r'<tr data-teryt="(\d+)" data-state="(\w+)"', section))


@pytest.fixture(scope="module")
def lubelskie(client) -> str:
    response = client.get("/region", params={"voivodeship": "lubelskie", **EVERYTHING})
    assert response.status_code == 200
    return response.text


def test_map_has_every_powiat_of_the_voivodeship_shaded_by_its_records(lubelskie, records):
    shapes = _map_areas(lubelskie)
    assert sorted(shapes) == LUBELSKIE_POWIATS
    for code, attrs in shapes.items():
        assert int(attrs["data-count"]) == len(_in(records, code)), code
        assert attrs["d"].startswith("M")
    busiest = max(shapes, key=lambda c: int(shapes[c]["data-count"]))
    assert shapes[busiest]["class"] == "shade-5"
    quiet = [c for c, a in shapes.items() if a["data-count"] == "0"]
    assert quiet and all(shapes[c]["class"] in ("state-silent", "state-blind") for c in quiet)
    assert "Legenda mapy" in lubelskie


def test_map_areas_are_links_that_keyboards_reach_and_screen_readers_name(lubelskie):
    links = re.findall(r'<a href="([^"]+)" class="area[^"]*" tabindex="0"\s+aria-label="([^"]+)">\s*<title>([^<]+)</title>',
                       lubelskie)
    assert len(links) == 24
    for href, label, title in links:
        assert "powiat=" in href and "voivodeship=lubelskie" in unescape(href)
        assert "ogłosze" in label and title.split(":")[0] == label.split(":")[0]


def test_coverage_tells_active_silent_and_blind_powiats_apart(lubelskie, records):
    states = _coverage_rows(lubelskie)
    assert sorted(states) == LUBELSKIE_POWIATS
    for code, state in states.items():
        if _in(records, code):
            assert state == "active", code
    assert states[SILENT_POWIAT_SOURCE[1]] == "silent"      # its one crawled source works; no records
    assert states[FAILING_POWIAT_SOURCE[1]] == "blind"      # its crawled source fails
    assert "blind" in {states[c] for c in LUBELSKIE_POWIATS if c not in (SILENT_POWIAT_SOURCE[1],)}
    row = lubelskie.split(f'<tr data-teryt="{FAILING_POWIAT_SOURCE[1]}"', 1)[1].split("</tr>", 1)[0]
    assert f'href="/zrodla/{FAILING_POWIAT_SOURCE[0]}"' in row and "zawodzi" in row


def test_country_view_maps_the_voivodeships(client, records):
    html = client.get("/region", params=EVERYTHING).text
    shapes = _map_areas(html)
    assert sorted(shapes) == [a.code for a in areas_of_level("voivodeship")]
    assert int(shapes["06"]["data-count"]) == len(_in(records, "06"))
    assert 'href="/region?voivodeship=lubelskie' in html
    assert sorted(_coverage_rows(html)) == sorted(shapes)


def test_choosing_a_powiat_filters_the_page_to_it(client, records):
    html = client.get("/region", params={"voivodeship": "lubelskie", "powiat": "0610", **EVERYTHING}).text
    total = int(re.search(r'<strong id="region-total">(\d+)</strong>', html).group(1))
    assert total == len(_in(records, "0610"))
    assert re.search(r'<a href="[^"]+" class="area chosen"[^>]*>\s*<title>powiat łęczyński', html)
    gminas = _coverage_rows(html, "gmina")
    assert sorted(gminas) == sorted(a.code for a in areas_of_level("gmina") if a.code.startswith("0610"))
    assert gminas["0610033"] == "active"  # Łęczna
    by_name = client.get("/region", params={"voivodeship": "lubelskie", "powiat": "łęczyński", **EVERYTHING}).text
    assert re.search(r'id="region-total">(\d+)<', by_name).group(1) == str(total)
    links = re.findall(r'<p class="subscribe">(.*?)</p>', html, re.S)[0]
    feed = unescape(re.search(r'href="(/api/feed[^"]+)"', links).group(1))
    assert "powiat=0610" in feed and client.get(feed).status_code == 200


def test_trends_compare_the_period_with_a_year_earlier(client, records):
    html = client.get("/region", params={"voivodeship": "lubelskie", "from": "2023-01-01", "to": "2023-12-31"}).text
    bars = re.findall(r"<title>(\w+ \d{4}): (\d+) \(rok wcześniej: (\d+)\)</title>", html)
    assert [b[0] for b in bars][:2] == ["sty 2023", "lut 2023"] and len(bars) == 12

    def in_year(year: str) -> int:
        return sum(1 for r in _in(records, "06") if any(e["start"].startswith(year) for e in r["events"]))
    assert sum(int(b[1]) for b in bars) >= in_year("2023") > 0
    assert sum(int(b[2]) for b in bars) >= in_year("2022")
    assert 'data-trend="event_type"' in html and 'data-trend="funder"' in html
    assert "Najbliższe wydarzenia" in html and 'data-table="organiser"' in html


def test_malformed_period_is_a_422_page(client):
    response = client.get("/region", params={"voivodeship": "lubelskie", "from": "2024-13-01"})
    assert response.status_code == 422 and "<html" in response.text


def test_unknown_region_is_a_404_page(client):
    assert client.get("/region", params={"voivodeship": "atlantyda"}).status_code == 404
    assert client.get("/region", params={"powiat": "brzeski"}).status_code == 404  # in two voivodeships


def test_source_health_page(client):
    html = client.get(f"/zrodla/{FAILING_POWIAT_SOURCE[0]}").text
    assert "Starostwo Powiatowe w Chełmie" in html and 'id="source-status">zawodzi<' in html
    assert "unreachable" in html
    assert 'id="source-status">działa<' in client.get(f"/zrodla/{SILENT_POWIAT_SOURCE[0]}").text
    assert client.get("/zrodla/no-such-source").status_code == 404


def test_stats_by_powiat_lists_every_powiat_with_coverage(client, records):
    body = client.get("/api/stats", params={"group_by": "powiat", "voivodeship": "lubelskie", **EVERYTHING}).json()
    assert body["unit"] == "records"
    areas = {a["teryt"]: a for a in body["areas"]}
    assert sorted(areas) == LUBELSKIE_POWIATS
    for code, entry in areas.items():
        assert entry["count"] == len(_in(records, code))
        assert entry["name"] == area(code).name and entry["level"] == "powiat"
    assert areas[SILENT_POWIAT_SOURCE[1]]["coverage"]["state"] == "silent"
    failing = areas[FAILING_POWIAT_SOURCE[1]]["coverage"]
    assert failing["state"] == "blind" and failing["failing"] == 1 and failing["sources"] > 1
    assert sum(a["count"] for a in body["areas"]) + body["unplaced"] == body["total"]
    assert body["counts"]["łęczyński"] == areas["0610"]["count"]


def test_stats_by_gmina_in_one_powiat(client, records):
    body = client.get("/api/stats", params={"group_by": "gmina", "powiat": "0610"}).json()
    areas = {a["teryt"]: a for a in body["areas"]}
    assert all(code.startswith("0610") for code in areas) and len(areas) == 6
    assert areas["0610033"]["count"] == sum(1 for r in records if r["region"].get("teryt") == "0610033")
    assert areas["0610033"]["coverage"]["state"] == "active"


def test_stats_without_region_grouping_has_no_areas(client):
    body = client.get("/api/stats", params={"group_by": "event_type"}).json()
    assert body["unit"] == "records" and "areas" not in body
    assert client.get("/api/stats", params={"group_by": "powiat", "unit": "meetings"}).status_code == 422


def test_openapi_documents_the_coverage_states(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert schemas["AreaCoverage"]["properties"]["state"]["enum"] == ["active", "silent", "blind"]
    assert "areas" in schemas["StatsResponse"]["properties"]


def test_coverage_states_follow_records_and_working_sources():
    assert coverage_state(records=3, healthy=0) == "active"
    assert coverage_state(records=0, healthy=1) == SILENT
    assert coverage_state(records=0, healthy=0) == BLIND
    directory = SourceDirectory([
        SourceState("a", "A", "municipal", "0610033", HEALTHY, (), "2026-01-01"),
        SourceState("b", "B", "municipal", "0610", FAILING, ("unreachable",), "2026-01-01"),
        SourceState("c", "C", "rops", "06", NOT_CRAWLED, (), None),
        SourceState("d", "D", "ngo", "1465028", HEALTHY, (), "2026-01-01"),   # a Warsaw district
    ])
    assert [s.id for s in directory.in_area(area("0610"))] == ["a", "b"]       # the ROPS watches no powiat
    assert [s.id for s in directory.in_area(area("0610033"))] == ["a"]         # the starostwo no gmina
    assert [s.id for s in directory.regional(area("06"))] == ["c"]
    assert [s.id for s in directory.in_area(area("1465011"))] == ["d"]
    cover = directory.coverage(area("0610"), 0)
    assert (cover.state, cover.sources, cover.healthy, cover.failing) == ("silent", 2, 1, 1)


def test_map_shades_grow_with_counts():
    bins = shade_bins(100)
    assert len(bins) == 5 and bins[0][0] == 1 and bins[-1][1] == 100
    shades = [shade_of(n, bins) for n in (1, 5, 20, 60, 100)]
    assert shades == sorted(shades) and shades[0] == 1 and shades[-1] == 5
