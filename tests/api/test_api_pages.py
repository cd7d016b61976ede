"""The web page: search with facets, a record with its evidence highlighted, the regional view."""
from __future__ import annotations

import csv
import io
import re
from html import unescape


def test_search_page_lists_hits_and_clickable_facets(client):
    response = client.get("/", params={"q": "szkolenie"})
    assert response.status_code == 200 and 'lang="pl"' in response.text
    html = response.text
    total = int(re.search(r'<strong id="total">(\d+)</strong>', html).group(1))
    assert total == client.get("/api/search", params={"q": "szkolenie"}).json()["total"]
    assert html.count('class="hit"') == min(total, 20)
    assert "<mark>" in html
    link = re.search(r'data-facet="voivodeship">.*?<a href="([^"]+)"', html, re.S).group(1)
    assert "voivodeship=" in unescape(link) and "q=szkolenie" in unescape(link)


def test_search_page_shows_a_bad_query_as_a_message(client):
    response = client.get("/", params={"q": "(szkolenie"})
    assert response.status_code == 422
    assert 'role="alert"' in response.text and "Traceback" not in response.text


def test_record_page_highlights_every_spanned_value(client, records):
    record = max(records, key=lambda r: len(r["events"]) + len(r["venues"]) + len(r["organisers"]) + len(r["funding"]))
    html = client.get(f"/ogloszenia/{record['id']}").text
    body = html[html.index('id="record-text"'):]
    body = body[:body.index("</div>")]
    marked = "".join(unescape(m) for m in re.findall(r'<mark class="ev[^"]*"[^>]*>(.*?)</mark>', body, re.S))
    for key in ("events", "venues", "organisers", "funding"):
        for value in record[key]:
            assert value["text"] in marked or all(part in marked for part in value["text"].split())
    assert re.sub(r"<[^>]+>", "", body.split(">", 1)[1]).strip().startswith(unescape(
        str(record["text"][:20])).strip()[:10])


def test_missing_record_page_is_404(client):
    assert client.get("/ogloszenia/ffffffffffffffff").status_code == 404


def test_region_view_shows_months_gminas_organisers_funders_and_upcoming(client, records):
    everything = {"from": "2000-01-01", "to": "2030-12-31"}
    html = client.get("/region", params={"voivodeship": "lubelskie", **everything}).text
    total = int(re.search(r'<strong id="region-total">(\d+)</strong>', html).group(1))
    assert total == sum(1 for r in records if r["region"]["voivodeship"] == "lubelskie" and r["events"])
    assert '<svg class="chart" id="month-chart"' in html and "<rect" in html
    for table in ("coverage", "gmina", "organiser", "funder"):
        assert f'data-table="{table}"' in html
    assert "Najbliższe wydarzenia" in html
    powiat = client.get("/region", params={"voivodeship": "lubelskie", "powiat": "łęczyński", **everything}).text
    assert int(re.search(r'<strong id="region-total">(\d+)</strong>', powiat).group(1)) < total


def test_pages_and_assets_need_nothing_from_outside(client):
    for path in ("/", "/region?voivodeship=lubelskie", "/docs"):
        html = client.get(path).text
        for src in re.findall(r'(?:src|href)="([^"]+)"', html):
            if src.endswith((".js", ".css")):
                assert src.startswith("/"), src
                assert client.get(src).status_code == 200, src


def test_page_errors_are_pages_and_api_errors_are_json(client):
    page = client.get("/", params={"page": "zero"})
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert client.get("/nie-ma-takiej").headers["content-type"].startswith("text/html")
    api = client.get("/api/search", params={"page": "zero"})
    assert api.status_code == 422 and api.headers["content-type"].startswith("application/json")


def test_page_text_from_crawled_sites_cannot_inject_markup(tmp_path):
    import copy

    from fastapi.testclient import TestClient

    from api.app import create_app
    from api_testing import build_store, load_records

    record = copy.deepcopy(load_records()[0])
    record["title"] = '<script>alert("t")</script> Spotkanie'
    record["contacts"]["urls"] = ["javascript:alert(1)"]
    record["attachments"] = ["javascript:alert(2)"]
    with TestClient(create_app(build_store(tmp_path / "evil.db", [record]))) as evil:
        for html in (evil.get(f"/ogloszenia/{record['id']}").text, evil.get("/", params={"q": "spotkanie"}).text):
            assert "<script>alert" not in html
            assert 'href="javascript:' not in html


def test_export_and_feed_links_keep_the_search(client):
    html = client.get("/", params={"q": "szkolenie", "voivodeship": "lubelskie"}).text
    links = [unescape(link) for link in re.findall(r'<span class="exports">(.*?)</span>', html, re.S)[0]
             .split("<a href=\"")[1:]]
    links = [link.split('"', 1)[0] for link in links]
    assert len(links) == 4
    expected = client.get("/api/search", params={"q": "szkolenie", "voivodeship": "lubelskie"}).json()["total"]
    for link in links:
        assert "q=szkolenie" in link and "voivodeship=lubelskie" in link
        response = client.get(link)
        assert response.status_code == 200, link
    csv_link = next(link for link in links if "format=csv" in link)
    assert len(list(csv.DictReader(io.StringIO(client.get(csv_link).text)))) == expected


def test_region_view_links_keep_the_region(client):
    html = client.get("/region", params={"voivodeship": "lubelskie"}).text
    block = re.findall(r'<span class="exports">(.*?)</span>', html, re.S)[0]
    for link in re.findall(r'href="([^"]+)"', block):
        link = unescape(link)
        assert "voivodeship=lubelskie" in link and client.get(link).status_code == 200, link
