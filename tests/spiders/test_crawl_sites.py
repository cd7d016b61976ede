"""Crawling the fixture sites and the bundled sample sites for real, over 127.0.0.1.

One module-scoped world: the sites are copied to a temporary folder and served; the
`civic crawl` command crawls them twice into one store: a first crawl, then a second one
after a single article was edited. The tests then check what the store holds and what the
servers were asked for.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from crawlkit import (FIXTURE_SITES, SAMPLE_SITES, civic, copy_sites, crawl_args, manifest, paths_by_site,
                      site_entries, write_registry)
from pipeline.store import Store
from spiders.sample_server import serve_sites

POLISH_SENTENCE = ("Zapraszamy też młodzież, całą społeczność i mieszkańców Łąkowej i Źródlanej oraz gości "
                   "z Żółkiewki - przyjdź, każdy głos się liczy.")
EDITED = ("gmina-wp", "/aktualnosci/spotkanie-rady-seniorow/")


@dataclass
class World:
    root: Path
    db: Path
    sites: dict[str, Path]                     # site key -> the folder its sites.json lives in
    source_of: dict[str, str]                  # site key -> source id
    manifest: dict[str, dict[str, Any]]        # site key -> {path: entry}
    runs: list[Any] = field(default_factory=list)           # CompletedProcess of each crawl
    logs: list[dict[str, list]] = field(default_factory=list)  # server log of each crawl, by site
    pages: dict[tuple[str, str], dict] = field(default_factory=dict)     # after the first crawl
    records: list[list[dict]] = field(default_factory=list)             # records after each crawl
    runs_health: list[dict] = field(default_factory=list)               # store.runs() after the first crawl
    user_agents: set[str] = field(default_factory=set)

    def key_of(self, source_id: str) -> str:
        return {v: k for k, v in self.source_of.items()}[source_id]

    def article_paths(self, key: str, *, announcements: bool | None = None) -> set[str]:
        return {path for path, entry in self.manifest[key].items()
                if not entry["robots_disallowed"] and entry.get("kind", "announcement") in ("announcement", "news")
                and (announcements is None or entry["announcement"] == announcements)}


def _snapshot_records(db: Path) -> list[dict]:
    with Store(db, readonly=True) as store:
        return list(store.iter_records())


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("crawl-world")
    fixtures = copy_sites(FIXTURE_SITES, root / "fixtures")
    samples = copy_sites(SAMPLE_SITES, root / "samples")
    w = World(root=root, db=root / "civic.db", sites={}, source_of={}, manifest={})
    for folder in (fixtures, samples):
        for site in site_entries(folder):
            w.sites[site["key"]] = folder
            w.source_of[site["key"]] = site["source_id"]
        w.manifest.update(manifest(folder))
    with serve_sites(fixtures) as fx, serve_sites(samples) as sm:
        served = {**fx, **sm}
        registry = root / "registry.csv"
        write_registry(registry, served, [fixtures, samples])

        def crawl(index: bool = False) -> None:
            fx.clear_log()
            sm.clear_log()
            result = civic(*crawl_args(w.db, registry, index=index))
            assert result.returncode == 0, result.stderr[-3000:]
            w.runs.append(result)
            w.logs.append(paths_by_site(fx.requests() + sm.requests()))
            w.user_agents.update(r.user_agent for r in fx.requests() + sm.requests())
            w.records.append(_snapshot_records(w.db))

        crawl(index=True)
        with Store(w.db, readonly=True) as store:
            for page in store.iter_pages():
                w.pages[(w.key_of(page["source_id"]), urlsplit(page["url"]).path)] = page
            w.runs_health = store.runs()
        edited = w.sites[EDITED[0]] / EDITED[0] / EDITED[1].lstrip("/") / "index.html"
        edited.write_text(edited.read_text(encoding="utf-8").replace("o godz. 12:00", "o godz. 13:30"), encoding="utf-8")
        os.utime(edited, (time.time() + 5, time.time() + 5))
        crawl()
    return w


# ---- 1. discovery and relevance --------------------------------------------------------

EXPECTED_ROUTES = {  # how each fixture site can only be read: sections, pagination, feed, sitemaps
    "gmina-wp": ["/aktualnosci/", "/aktualnosci/page/2/"],
    "bip-iso": ["/ogloszenia/", "/komunikaty/"],
    "stara-cp1250": ["/komunikaty.html"],
    "centrum-ngo": ["/dla-organizacji-pozarzadowych/", "/dla-organizacji-pozarzadowych/strona-2/"],
    "miasto-robots": ["/wydarzenia/"],
    "kalendarz-awarie": ["/kalendarz/"],
    "ngo-rss": ["/feed.xml"],
    "rops-sitemap": ["/sitemap_index.xml", "/post-sitemap.xml"],
}


def test_discovery_finds_sections_feeds_and_sitemaps_without_configuration(world: World) -> None:
    first = world.logs[0]
    for key, routes in EXPECTED_ROUTES.items():
        fetched = {path for path, status, _c in first[key] if status == 200}
        assert set(routes) <= fetched, (key, sorted(fetched))


def test_every_article_of_every_site_is_fetched_and_kept(world: World) -> None:
    for key in world.manifest:
        stored = {path for (site, path) in world.pages if site == key}
        missing = world.article_paths(key) - stored
        assert not missing, (key, missing)


def test_crawl_yields_every_announcement_and_no_ordinary_news(world: World) -> None:
    by_site: dict[str, set[str]] = {}
    for record in world.records[0]:
        by_site.setdefault(world.key_of(record["source_id"]), set()).add(urlsplit(record["url"]).path)
    for key in world.manifest:
        expected = world.article_paths(key, announcements=True)
        assert by_site.get(key, set()) == expected, key
    for (key, path), page in world.pages.items():
        entry = world.manifest.get(key, {}).get(path)
        if entry is not None:
            assert page["is_announcement"] == entry["announcement"], (key, path, page["relevance_reasons"])


def test_records_carry_the_page_title_date_and_source(world: World) -> None:
    records = {(world.key_of(r["source_id"]), urlsplit(r["url"]).path): r for r in world.records[0]}
    for (key, path), record in records.items():
        entry = world.manifest[key][path]
        assert record["title"] == entry["title"], (key, path)
        if entry["published"]:   # the date the page shows; without one, the text may still give one
            assert record["published"] == entry["published"], (key, path)
        assert world.pages[(key, path)]["published"] == entry["published"], (key, path)
        assert record["text"] and record["source_type"] in ("municipal", "rops", "ngo", "other")


# ---- 3. encodings --------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/art/101.html", "/art/102.html"])
def test_windows_1250_declared_wrongly_comes_out_as_polish(world: World, path: str) -> None:
    # served as `charset=utf-8` (101) and `charset=iso-8859-2` with no <meta> (102)
    page = world.pages[("stara-cp1250", path)]
    assert POLISH_SENTENCE in page["text"]
    assert page["title"] == world.manifest["stara-cp1250"][path]["title"]
    assert page["encoding"] == "cp1250"


def test_iso_8859_2_comes_out_as_polish(world: World) -> None:
    page = world.pages[("bip-iso", "/ogloszenia/zebranie-wiejskie-zrodla.html")]
    assert POLISH_SENTENCE in page["text"]
    assert page["title"] == "Zawiadomienie o zebraniu wiejskim sołectwa Źródła"
    for letter in "ąćęłńóśźż":
        assert letter in page["text"]


def test_sample_sites_in_single_byte_encodings_keep_their_titles(world: World) -> None:
    for key in ("sroda", "bip-niepolomice"):
        for path in world.article_paths(key):
            assert world.pages[(key, path)]["title"] == world.manifest[key][path]["title"], (key, path)


# ---- 4. politeness and failures ---------------------------------------------------------

def test_robots_txt_disallowed_pages_are_never_requested(world: World) -> None:
    forbidden = {key: {p for p, e in entries.items() if e["robots_disallowed"]}
                 for key, entries in world.manifest.items()}
    assert forbidden["miasto-robots"] and forbidden["przemysl"]
    for log in world.logs:
        for key, paths in forbidden.items():
            assert not paths & {path for path, _s, _c in log.get(key, [])}, key


def test_requests_name_the_crawler_and_its_contact(world: World) -> None:
    from spiders import settings

    assert world.user_agents == {settings.USER_AGENT}
    assert settings.CIVIC_CONTACT_URL in settings.USER_AGENT


def test_failing_pages_are_errors_in_health_and_never_stop_the_crawl(world: World) -> None:
    health = {run["source_id"]: run for run in world.runs_health}
    broken = health["fx-kalendarz-awarie"]
    # a 500, a timeout, a redirect loop and a page over the size limit
    assert broken["errors"] == 4
    assert broken["status_5xx"] >= 1 and broken["status_3xx"] >= 5
    assert broken["pages"] == 2 and broken["announcements"] == 2
    for source_id, run in health.items():
        if source_id != "fx-kalendarz-awarie":
            assert run["errors"] == 0, (source_id, run)
            assert run["pages"] > 0 and run["requests"] >= run["pages"]
            assert run["finished_at"] and run["duration"] > 0


def test_an_announcement_published_only_as_a_pdf_is_read(world: World) -> None:
    page = world.pages[("bip-iso", "/ogloszenia/zaproszenie-konsultacje-strategii.pdf")]
    assert page["is_announcement"] and "o godz. 17:00" in page["text"]
    # other PDFs of the listing (forms, ordinances) are not fetched as articles
    assert "/ogloszenia/formularz-uwag.pdf" not in {path for path, _s, _c in world.logs[0]["bip-iso"]}


def test_pdf_attachment_text_joins_the_announcement(world: World) -> None:
    page = world.pages[("gmina-wp", "/aktualnosci/szkolenie-dla-kol-gospodyn-wiejskich/")]
    assert any(url.endswith("/wp-content/uploads/2026/11/program-szkolenia.pdf") for url in page["attachments"])
    assert "Rejestracja uczestnikow do 5 grudnia 2026" in page["text"]


# ---- 2. incremental crawling ------------------------------------------------------------

def test_second_crawl_of_unchanged_sites_fetches_only_listings_and_feeds(world: World) -> None:
    second = world.logs[1]
    for key in world.manifest:
        articles = world.article_paths(key) - {EDITED[1] if key == EDITED[0] else ""}
        bodies = [(path, status) for path, status, _c in second.get(key, []) if path in articles and status == 200]
        assert not bodies, (key, bodies)
        for path, status, conditional in second.get(key, []):
            if path in articles:
                assert status == 304 and conditional, (key, path)
    # listings and feeds are read again, in full, to find what is new
    assert ("/aktualnosci/", 200, False) in second["gmina-wp"]
    assert ("/feed.xml", 200, False) in second["ngo-rss"]
    # ... but a first listing page with nothing new ends the walk through older pages
    assert ("/aktualnosci/page/2/", 200, False) in world.logs[0]["gmina-wp"]
    assert "/aktualnosci/page/2/" not in {path for path, _s, _c in second["gmina-wp"]}
    # a server without validators: known articles are not asked for at all
    requested = {path for path, _s, _c in second["centrum-ngo"]}
    assert "/dla-organizacji-pozarzadowych/" in requested
    assert not requested & world.article_paths("centrum-ngo")
    # sitemap lastmod older than the stored copy: not asked for either
    assert not {path for path, _s, _c in second["rops-sitemap"]} & world.article_paths("rops-sitemap")


def test_the_first_crawl_brings_the_search_index_up_to_date(world: World) -> None:
    # A first build is written in one piece, as a rebuild writes it.
    assert f"index rebuilt (embedded): {len(world.records[0])} records written" in world.runs[0].stdout
    assert (world.db.parent / "civic.index").is_dir()


def test_recrawls_keep_every_record_once(world: World) -> None:
    for records in world.records:
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids))
        assert {r["id"] for r in records} == {r["id"] for r in world.records[0]}


def test_an_edited_article_is_fetched_again_and_its_record_updated(world: World) -> None:
    key, path = EDITED
    assert (path, 200, True) in world.logs[1][key]   # asked conditionally; the server had a new version
    before = next(r for r in world.records[0] if urlsplit(r["url"]).path == path)
    after = next(r for r in world.records[1] if urlsplit(r["url"]).path == path)
    assert "13:30" in after["text"] and "13:30" not in before["text"]
    assert after["content_hash"] != before["content_hash"]
    unchanged = {r["id"]: r for r in world.records[0] if r["id"] != before["id"]}
    assert all(unchanged[r["id"]] == r for r in world.records[1] if r["id"] in unchanged)
