"""Running a crawl from Python: sources in, pages and records in the store, a summary out.

Scrapy's CrawlerProcess runs in this process, and Twisted's reactor can run only once per
process: a second crawl needs a new process (the `civic crawl` command is one).

A page a stage fails on is counted (in the summary, per stage, and in each source's health)
and the crawl goes on; `CrawlSummary.failure()` says when a stage failed on every page it
was given or could not start, which the commands report as an error.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit

from pipeline import stages
from pipeline.errors import StageUnavailable, one_line
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
    failed_pages: int = 0


@dataclass
class CrawlSummary:
    run_id: str
    pages: int = 0              # article pages fetched and stored in this run
    announcements: int = 0      # of them, pages that became announcement records
    requests: int = 0
    errors: int = 0
    failed_pages: int = 0       # pages a stage (parser, extractor, ...) failed on
    seconds: float = 0.0
    not_modified: int = 0       # article pages the server confirmed unchanged (304)
    skipped_known: int = 0      # known pages not asked for at all
    sources: dict[str, SourceFigures] = field(default_factory=dict)
    stage_failures: dict[str, stages.StageFigures] = field(default_factory=dict)   # stages that failed
    unavailable: str | None = None    # why the crawl was stopped: a stage could not start
    finish_reason: str | None = None

    def lines(self) -> list[str]:
        """A short human-readable report."""
        out = [f"crawled {len(self.sources)} source(s) in {self.seconds:.1f} s: {self.requests} requests, "
               f"{self.pages} pages stored, {self.announcements} announcements, {self.errors} errors, "
               f"{self.failed_pages} failed pages, {self.not_modified} unchanged (304), "
               f"{self.skipped_known} known pages skipped"]
        for figures in sorted(self.stage_failures.values(), key=lambda f: f.stage):
            out.append(f"  {figures.describe()}")
        for figures in sorted(self.sources.values(), key=lambda f: f.source_id):
            out.append(f"  {figures.source_id}: {figures.requests} requests, {figures.pages} pages, "
                       f"{figures.announcements} announcements, {figures.errors} errors, "
                       f"{figures.failed_pages} failed pages")
        return out

    def failure(self) -> str | None:
        """Why this crawl found nothing it could use: a stage that could not start, or one that
        failed on every page it was given. None when every stage worked on some page."""
        if self.unavailable:
            return self.unavailable
        for figures in sorted(self.stage_failures.values(), key=lambda f: f.stage):
            if figures.failed_everywhere:
                first = figures.first_failure or ""
                url, _, error = first.partition(": ")
                return (f"the {figures.stage} failed on every page it was given "
                        f"({figures.failed} of {figures.attempted}): {error or first} (first at {url})")
        return None


# A small page in the shape of a municipal news article, for the parser's start-up check.
_PARSER_CHECK_PAGE = ("<!doctype html><html lang='pl'><head><meta charset='utf-8'><title>Spotkanie</title>"
                      "</head><body><article><h1>Spotkanie informacyjne</h1><p>Zapraszamy mieszkańców na "
                      "spotkanie w świetlicy wiejskiej 5 maja o godz. 17:00.</p></article></body></html>")


def check_stages() -> None:
    """StageUnavailable when the article parser or the relevance judge cannot read a page at
    all (a dependency missing or broken): better said before the crawl than after every page.

    Both also load what they need once (the parser's libraries, Morfeusz's dictionary) here,
    before any download: loading it mid-crawl would stall the downloads in flight.
    """
    from spiders.article import parse_article

    url = "http://127.0.0.1/aktualnosci/spotkanie/"
    try:
        article = parse_article(_PARSER_CHECK_PAGE.encode("utf-8"), url,
                                headers={"Content-Type": "text/html; charset=utf-8"})
    except Exception as exc:  # noqa: BLE001 - whatever it is, no page could be read
        logging.getLogger(__name__).debug("the article parser failed its start-up check", exc_info=True)
        raise StageUnavailable(f"the article parser cannot start: {one_line(exc)}") from exc
    from pipeline.process import page_verdict

    try:
        page_verdict({"title": article.title, "text": article.text, "url": url})
    except Exception as exc:  # noqa: BLE001
        logging.getLogger(__name__).debug("the relevance judge failed its start-up check", exc_info=True)
        raise StageUnavailable(f"the relevance judge cannot start: {one_line(exc)}") from exc


class _SpiderErrorFilter(logging.Filter):
    """Drops Scrapy's traceback for a callback error: the crawl counts it per stage and
    reports it in one line (`-v` shows both)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Spider error processing")


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
    check_stages()
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
    scraper_log = logging.getLogger("scrapy.core.scraper")
    error_filter = _SpiderErrorFilter()
    if not isinstance(level, int) or level > logging.INFO:
        scraper_log.addFilter(error_filter)
    try:
        process.crawl(crawler, sources=sources)
        process.start()
    finally:
        scraper_log.removeFilter(error_filter)
    summary.seconds = round(time.monotonic() - started, 3)
    stats = crawler.stats.get_stats() if crawler.stats else {}
    summary.finish_reason = stats.get("finish_reason")
    summary.stage_failures = stages.from_stats(stats)
    summary.unavailable = stats.get(stages.FATAL_KEY)
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
        summary.failed_pages += figures.failed_pages
    for key, value in stats.items():
        if key.startswith("civic/source/") and key.endswith("/not_modified"):
            summary.not_modified += int(value)
        elif key.startswith("civic/source/") and key.endswith("/skipped_known"):
            summary.skipped_known += int(value)
    return summary
