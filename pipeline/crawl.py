"""Running a crawl from Python: sources in, pages and records in the store, a summary out.

Scrapy's CrawlerProcess runs in this process, and Twisted's reactor can run only once per
process: a second crawl needs a new process (the `civic crawl` command is one).
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit

from pipeline.store import RUN_COUNTERS, Store
from spiders.source import Source


# For sites served from this machine (the demo's sample sites, tests, benchmarks): politeness
# towards a real host would only measure sleeps here.
# run_crawl applies them by itself when every source is on a loopback address.
LOCAL_SITE_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_START_DELAY": 0.01, "AUTOTHROTTLE_MAX_DELAY": 0.05}
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass
class SourceFigures:
    source_id: str
    requests: int = 0
    status_2xx: int = 0
    status_3xx: int = 0
    status_4xx: int = 0
    status_5xx: int = 0
    pages: int = 0
    announcements: int = 0
    errors: int = 0
    duration: float = 0.0


@dataclass
class CrawlSummary:
    run_id: str
    pages: int = 0              # article pages fetched and stored in this run
    announcements: int = 0      # of them, pages that became announcement records
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    not_modified: int = 0       # article pages the server confirmed unchanged (304)
    skipped_known: int = 0      # known pages not asked for at all
    sources: dict[str, SourceFigures] = field(default_factory=dict)
    finish_reason: str | None = None

    def lines(self) -> list[str]:
        """A short human-readable report."""
        out = [f"crawled {len(self.sources)} source(s) in {self.seconds:.1f} s: {self.requests} requests, "
               f"{self.pages} pages stored, {self.announcements} announcements, {self.errors} errors, "
               f"{self.not_modified} unchanged (304), {self.skipped_known} known pages skipped"]
        for figures in sorted(self.sources.values(), key=lambda f: f.source_id):
            out.append(f"  {figures.source_id}: {figures.requests} requests, {figures.pages} pages, "
                       f"{figures.announcements} announcements, {figures.errors} errors")
        return out


def crawl_settings(db_path: str | Path, *, job_dir: str | Path | None = None,
                   overrides: dict[str, Any] | None = None, run_id: str | None = None) -> Any:
    """The project's Scrapy settings for one run, with the store, job directory and overrides."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("spiders.settings", priority="project")
    settings.set("CIVIC_DB", str(db_path), priority="cmdline")
    if run_id:
        settings.set("CIVIC_RUN_ID", run_id, priority="cmdline")
    if job_dir:
        Path(job_dir).mkdir(parents=True, exist_ok=True)
        settings.set("JOBDIR", str(job_dir), priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_crawl(sources: Iterable[Source], *, db_path: str | Path, job_dir: str | Path | None = None,
              settings_overrides: dict[str, Any] | None = None, spider: str = "discovery") -> CrawlSummary:
    """Crawl `sources` into the store at `db_path`; per-source health is saved under one run id.

    A source that fails (unreachable, 500s, timeouts, broken markup) is counted in its
    health and never stops the others.
    """
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import SpiderLoader

    from pipeline.scrapy_pipelines import new_run_id

    sources = [s for s in sources if s.enabled]
    run_id = new_run_id()
    settings = crawl_settings(db_path, job_dir=job_dir, overrides=settings_overrides, run_id=run_id)
    # Library use: Scrapy's progress lines only when asked for (CIVIC_LOG_LEVEL or an override).
    if not os.environ.get("CIVIC_LOG_LEVEL"):
        settings.set("LOG_LEVEL", "WARNING", priority="spider")
    if sources and all(urlsplit(s.homepage).hostname in _LOOPBACK for s in sources):
        for name, value in LOCAL_SITE_SETTINGS.items():
            settings.set(name, value, priority="spider")   # explicit overrides still win
    summary = CrawlSummary(run_id=run_id)
    if not sources:
        return summary
    spider_cls = SpiderLoader.from_settings(settings).load(spider)
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="project")  # the caller owns logging
    quiet = not settings.getbool("LOG_INSTALL_ROOT_HANDLER")
    level = logging.getLevelName(str(settings.get("LOG_LEVEL") or "INFO").upper())
    if quiet and isinstance(level, int):
        # Scrapy sets its loggers to DEBUG and logs its banner at once; the caller's handlers
        # should see LOG_LEVEL and up only.
        logging.disable(level - 1)
    try:
        process = CrawlerProcess(settings)
    finally:
        if quiet:
            logging.disable(logging.NOTSET)
    if quiet and isinstance(level, int):
        for name in ("scrapy", "twisted", "py.warnings", "discovery", "feed", "sitemap", "listing"):
            logging.getLogger(name).setLevel(level)
    crawler = process.create_crawler(spider_cls)
    started = time.monotonic()
    process.crawl(crawler, sources=sources)
    process.start()
    summary.seconds = round(time.monotonic() - started, 3)
    stats = crawler.stats.get_stats() if crawler.stats else {}
    summary.finish_reason = stats.get("finish_reason")
    with Store(db_path) as store:
        for run in store.runs():
            if run["run_id"] != run_id:
                continue
            figures = SourceFigures(run["source_id"], **{name: run[name] for name in RUN_COUNTERS})
            summary.sources[figures.source_id] = figures
    for figures in summary.sources.values():
        summary.pages += figures.pages
        summary.announcements += figures.announcements
        summary.requests += figures.requests
        summary.errors += figures.errors
    for key, value in stats.items():
        if key.startswith("civic/source/") and key.endswith("/not_modified"):
            summary.not_modified += int(value)
        elif key.startswith("civic/source/") and key.endswith("/skipped_known"):
            summary.skipped_known += int(value)
    return summary
