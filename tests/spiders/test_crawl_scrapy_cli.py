"""The project works the way Scrapy users expect, from the repository root."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from crawlkit import FAST_SETTINGS, FIXTURE_SITES, REPO
from pipeline.store import Store
from spiders.sample_server import serve_sites


def _scrapy(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def test_scrapy_list_names_the_generic_spiders() -> None:
    result = _scrapy("list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["discovery", "feed", "listing", "sitemap"]


def test_scrapy_crawl_of_an_ad_hoc_site_stores_pages_and_exports_a_feed(tmp_path: Path) -> None:
    db, out = tmp_path / "civic.db", tmp_path / "pages.jsonl"
    with serve_sites(FIXTURE_SITES) as served:
        settings = [arg for name, value in FAST_SETTINGS.items() for arg in ("-s", f"{name}={value}")]
        result = _scrapy("crawl", "discovery", "-a", f"homepage={served['ngo-rss']}/", "-s", f"CIVIC_DB={db}",
                         "-O", str(out), *settings)
    assert result.returncode == 0, result.stderr[-3000:]
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # the walk keeps every document of the site (the posts, and the pages about the organisation)
    assert sorted(item["url"].rsplit("/", 1)[-1] for item in exported) == [
        "forum-inicjatyw-wiejskich-2026.html", "o-nas.html", "sprawozdanie-z-dzialalnosci-2025.html",
        "webinar-sprawozdania-finansowe.html", "wesprzyj.html"]
    assert all("body" not in item and item["text"] for item in exported)
    with Store(db, readonly=True) as store:
        assert store.count_pages() == 5
        assert sorted(r["url"].rsplit("/", 1)[-1] for r in store.iter_records()) == [
            "forum-inicjatyw-wiejskich-2026.html", "webinar-sprawozdania-finansowe.html"]
