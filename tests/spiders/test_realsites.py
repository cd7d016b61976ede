"""Crawling saved copies of real sites, served as their servers served them, from the start page
with the default spider and no per-site settings; the records are checked against people's
labels (tests/fixtures/realsites/). Needs ../shared/realsites (skipped without it).

The whole sites take minutes (bench/realsite_crawl.py measures them); here each crawl gets a
page budget, which the walk must spend on the announcement-like parts of the site first: the
labelled announcement pages are found within it, and the records it makes are the labelled
announcements, with the document's title, its stated publication date, no navigation in
their text and no byline or document date among their events.
"""
from __future__ import annotations

import re
import subprocess
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

import pytest

from pipeline.store import Store
from spiders import realsites
from spiders.mirror import serve_mirrors
from spiders.registry import write_served_registry

pytestmark = pytest.mark.skipif(not realsites.available(),
                                reason=f"saved real sites not found at {realsites.realsites_dir()}")

# Pages each crawl may fetch: the announcement sections of each site fit, the rest of it does not.
BUDGET = {"lomianki-bip": 300, "ibby": 420}
# Menu entries of the BIP that every page repeats: none may reach a record's text.
BIP_MENU = ("Wykaz skrótów", "Prawo Lokalne", "Oświadczenia majątkowe", "Biuro Obsługi Mieszkańca",
            "Obsługa Biuletynu", "Zamówienia publiczne")


@dataclass
class Crawled:
    site: Any
    labels: dict[str, dict[str, Any]]
    records: dict[str, dict[str, Any]]      # saved path -> record
    pages: dict[str, dict[str, Any]]        # saved path -> stored page
    requests: list[Any]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Crawled]:
    root = tmp_path_factory.mktemp("realsites")
    sites = realsites.site_configs(BUDGET)
    out: dict[str, Crawled] = {}
    with serve_mirrors(sites) as served:
        runs = {}
        for site in sites:   # one crawl per site, side by side, each with its budget
            registry = root / f"{site.key}.csv"
            write_served_registry(registry, served, [site.entry])
            # The saved copies hold no attachments (every PDF link answers 404): not asking for
            # them changes no record and saves a third of the requests.
            # One request at a time: a budget is then spent in the walk's own order, not in the
            # order concurrent answers happen to arrive on a busy machine.
            command = realsites.crawl_command(root / f"{site.key}.db", registry, "--max-pages",
                                              str(BUDGET[site.key]), "--set", "CIVIC_MAX_ATTACHMENTS=0",
                                              "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
            runs[site.key] = subprocess.Popen(command, cwd=realsites.REPO, stdout=subprocess.PIPE,
                                              stderr=subprocess.PIPE, text=True)
        for key, run in runs.items():
            _stdout, stderr = run.communicate(timeout=600)
            assert run.returncode == 0, stderr[-3000:]
        for site in sites:
            with Store(root / f"{site.key}.db", readonly=True) as store:
                records, pages = list(store.iter_records()), list(store.iter_pages())
            out[site.key] = Crawled(
                site=site, labels=realsites.load_labels(site.key),
                records={realsites.saved_path(site, r["url"]): r for r in records},
                pages={realsites.saved_path(site, p["url"]): p for p in pages},
                requests=served.requests(site.key))
    return out


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_the_mirror_serves_saved_sites_as_their_servers_did() -> None:
    bip, ibby = realsites.site_configs(["lomianki-bip", "ibby"])
    with serve_mirrors([bip, ibby]) as served:
        # HTTrack keeps the query after the saved file's name: the file before `?` is served,
        # byte for byte, with the charset the page declares
        status, headers, body = _get(served["lomianki-bip"] + "/index8513.html?sc=102&m=1")
        assert status == 200 and headers["Content-Type"] == "text/html; charset=windows-1250"
        assert body == (bip.root / "index8513.html").read_bytes()
        assert _get(served["lomianki-bip"] + "/nic-takiego.pdf?fn=media/x.pdf")[0] == 404
        # a folder without its slash is redirected; a folder named after a query is that address
        status, headers, _body = _get(served["ibby"] + "/wydarzenia")
        assert status == 301 and headers["Location"] == "/wydarzenia/"
        status, headers, body = _get(served["ibby"] + "/?p=102/")
        assert status == 200 and body == (ibby.root / "?p=102" / "index.html").read_bytes()
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert _get(served["ibby"] + "/index.xml")[1]["Content-Type"] == "application/rss+xml"


@pytest.mark.parametrize("key", sorted(BUDGET))
def test_announcement_pages_are_found_and_only_they_become_records(crawled: dict[str, Crawled], key: str) -> None:
    site = crawled[key]
    assert site.labels, f"no labels for {key}"
    score = realsites.score_site(site.site, [r["url"] for r in site.records.values()], site.labels)
    assert len(site.requests) <= 3 * BUDGET[key]     # the budget bounds the walk (404s of dead links included)
    assert score.recall >= 0.90, (score.recall, score.missed)
    assert score.precision >= 0.90, (score.precision, score.spurious)


@pytest.mark.parametrize("key", sorted(BUDGET))
def test_records_carry_the_documents_title_and_stated_date(crawled: dict[str, Crawled], key: str) -> None:
    site = crawled[key]
    labelled = {path: record for path, record in site.records.items()
                if site.labels.get(path, {}).get("announcement")}
    assert labelled
    titles = sum(record["title"].split() == (site.labels[path]["title"] or "").split()
                 for path, record in labelled.items())
    assert titles >= 0.95 * len(labelled)
    assert not any(record["title"].strip().upper() in ("BIP", "") for record in labelled.values())
    stated = {path: site.labels[path]["published"] for path in labelled if site.labels[path]["published"]}
    right = sum(labelled[path]["published"] == date for path, date in stated.items())
    assert right >= 0.95 * len(stated), [(p, labelled[p]["published"], d) for p, d in stated.items()
                                         if labelled[p]["published"] != d][:10]


def test_bip_records_hold_no_navigation_or_metadata(crawled: dict[str, Crawled]) -> None:
    site = crawled["lomianki-bip"]
    for path, record in site.records.items():
        for entry in BIP_MENU:
            assert entry not in record["text"], (path, entry)
        assert "rada_sesje_rady" not in record["text"] and " > " not in record["text"][:200], path
        assert not re.search(r"(?i)osoba odpowiedzialna|data (?:wytworzenia|udostępnienia)", record["text"]), path


@pytest.mark.parametrize("key", sorted(BUDGET))
def test_no_publication_date_becomes_an_event(crawled: dict[str, Crawled], key: str) -> None:
    # A byline's or a metadata table's date is when the page went up, never the meeting's:
    # an event on the publication day is right only when the page sets the meeting that day.
    wrong, checked = [], 0
    for path, record in site_records(crawled[key]):
        label = crawled[key].labels[path]
        stated = label.get("published")          # the date the page itself prints as its publication
        if not stated:
            continue
        checked += 1
        gold_days = {event[:10] for event in label.get("events") or []}
        for event in record.get("events") or []:
            day = (event.get("start") or "")[:10]
            if day == stated and day not in gold_days:
                wrong.append((path, day, event.get("text")))
    assert not wrong, wrong[:5]
    if key == "lomianki-bip":
        assert checked >= 100   # every BIP page states its publication in its metadata table


def site_records(site: Crawled) -> list[tuple[str, dict[str, Any]]]:
    """Records on pages labelled as announcements."""
    return [(path, record) for path, record in site.records.items()
            if site.labels.get(path, {}).get("announcement")]
