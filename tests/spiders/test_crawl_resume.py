"""A crawl stopped midway (SIGKILL with no chance to clean up, or Ctrl-C) and run again
ends with every record, none twice, and does not download again what it had stored.

A page with a relevance verdict has finished processing: its verdict is committed with its
record (pipeline/process.py), so those are the pages a resumed crawl must not fetch again.
Ctrl-C lets the crawl finish the pages it has downloaded, so that crawl is stopped while it
is still downloading; SIGKILL stops it at once, once some pages are done."""
from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawlkit import REPO, civic, crawl_args, paths_by_site, write_registry
from pipeline.store import Store
from spiders.sample_server import serve_sites
from spiders.sitegen import generate_site

ARTICLES = 30
# each page answered this late (two at a time), so that stopping the crawl after 8 pages comes
# seconds before the 30th, even when a loaded machine runs this test's polling late
PAGE_DELAY = 0.3


def _processed_paths(db: Path) -> set[str]:
    """Pages committed with their relevance verdict (so with their record, for announcements),
    read while the crawl writes."""
    if not db.exists():
        return set()
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            rows = conn.execute("SELECT url FROM pages WHERE relevance IS NOT NULL").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return set()
    return {urlsplit(url).path for (url,) in rows}


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT], ids=["killed", "interrupted"])
def test_stopped_crawl_resumes_with_every_record_once(tmp_path: Path, stop: signal.Signals) -> None:
    sites = tmp_path / "sites"
    site = generate_site(sites, key="gmina", articles=ARTICLES, per_page=10, delay=PAGE_DELAY)
    announcements = {path for path, entry in site.items() if entry["announcement"]}
    db = tmp_path / "civic.db"
    with serve_sites(sites) as served:
        registry = tmp_path / "registry.csv"
        write_registry(registry, served, [sites])
        # (the server answers two pages at a time, so the last of the queued requests waits for the
        # others: on a loaded machine longer than the fast settings' 4 s; none may time out)
        args = [*crawl_args(db, registry, "--resume"), "--set", "DOWNLOAD_TIMEOUT=60"]
        process = subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args], cwd=REPO,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        def progress() -> int:
            if stop == signal.SIGKILL:
                return len(_processed_paths(db) & set(site))
            return len({urlsplit(r.path).path for r in served.requests() if r.status == 200} & set(site))

        try:
            deadline = time.monotonic() + 60
            while progress() < 8 and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            process.send_signal(stop)
            returncode = process.wait(timeout=60)
        assert returncode == (-signal.SIGKILL if stop == signal.SIGKILL else 130)
        before_restart = _processed_paths(db) & set(site)
        assert 8 <= len(before_restart) < ARTICLES, "the crawl must be stopped midway"

        # requests the stopped crawler sent may still be answered: let the server settle
        settled = -1
        while settled != len(served.requests()):
            settled = len(served.requests())
            time.sleep(0.3)
        served.clear_log()
        result = civic(*args)
        assert result.returncode == 0, result.stderr[-3000:]
        second = paths_by_site(served.requests())["gmina"]

    with Store(db, readonly=True) as store:
        records = list(store.iter_records())
        pages = list(store.iter_pages())
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert {urlsplit(r["url"]).path for r in records} == announcements
    assert {urlsplit(p["url"]).path for p in pages} >= set(site)
    # what was committed before the stop is not downloaded again, nor anything twice
    downloaded = [path for path, status, _c in second if status == 200 and path in site]
    assert not set(downloaded) & before_restart
    assert len(downloaded) == len(set(downloaded))
