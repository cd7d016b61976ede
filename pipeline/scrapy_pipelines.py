"""Scrapy item pipeline: every fetched page into the store, announcements into records.

Each page is committed on its own as it arrives, so killing a crawl loses at most the page
in flight. The raw page is stored first (always, whatever happens next); then
pipeline.process.process_page judges relevance, extracts and upserts the record. A page
whose processing did not finish keeps a NULL relevance, and the next crawl fetches it in
full again (spiders/middlewares.py), so nothing is lost between the two steps either.

A page a stage fails on (the spider's article parser, the relevance judge, the extractor)
is counted per source (`failed_pages`, saved with the run's health) and per stage
(pipeline/stages.py), so a stage failing on every page is reported, not passed over. An
extractor that cannot start stops the crawl at once.
"""
from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

from pipeline import stages
from pipeline.errors import StageUnavailable, one_line
from pipeline.extraction import start_extractor
from pipeline.process import PageProcessingError, ProcessReport, page_verdict, process_page
from pipeline.schema import canonical_url, record_id
from pipeline.store import RUN_COUNTERS, Store, now_iso
from spiders.spiders.base import health_key

log = logging.getLogger(__name__)

FINISH_STAGE_UNAVAILABLE = "stage_unavailable"


def _start_stages() -> Any:
    """The extractor, started, with the relevance judge's morphology loaded beside it."""
    extractor = start_extractor()
    try:
        page_verdict({"title": "Spotkanie", "text": "Zapraszamy na spotkanie.", "url": ""})
    except Exception:  # noqa: BLE001 - a broken judge fails on each page, where it is counted
        log.debug("the relevance judge failed its warm-up", exc_info=True)
    return extractor


def new_run_id() -> str:
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + uuid.uuid4().hex[:6]


class StorePipeline:
    """Store raw pages, then turn relevant ones into announcement records; save run health."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.db_path = settings.get("CIVIC_DB")
        threshold = settings.get("CIVIC_RELEVANCE_THRESHOLD")
        self.threshold = float(threshold) if threshold not in (None, "") else None
        self.run_id = settings.get("CIVIC_RUN_ID") or new_run_id()
        self.store: Store | None = None
        self._extractor: Any | None = None
        self._starting: Deferred | None = None
        self._waiters: list[Deferred] = []
        self._unavailable: str | None = None     # why the extractor cannot start
        self._stopping = False
        self.started_at = now_iso()
        self._t0 = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "StorePipeline":
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline._on_response, signal=signals.response_received)
        crawler.signals.connect(pipeline._on_spider_error, signal=signals.spider_error)
        return pipeline

    # ---- what the spider's callbacks were given, and where they failed ----------------
    # The article parser was given every page that became an item or failed in it (an
    # article-role response may also turn out to be a listing, which it never sees); the link
    # discovery was given every listing, feed, sitemap and homepage answered.
    def _on_response(self, response: Response, request: Request, spider: Spider | None = None) -> None:
        stage = stages.stage_of_role(request.meta.get("role"))
        if stage == stages.STAGE_DISCOVERY and 200 <= response.status < 300:
            stages.attempted(self.crawler.stats, stage)

    def _on_spider_error(self, failure: Failure, response: Response, spider: Spider | None = None) -> None:
        request = getattr(response, "request", None)
        meta = request.meta if request is not None else {}
        stage = stages.stage_of_role(meta.get("role")) or stages.STAGE_PARSER
        if stage == stages.STAGE_PARSER:
            stages.attempted(self.crawler.stats, stage)
        self._page_failed(meta.get("source_id"), response.url, stage, one_line(failure.value))

    def open_spider(self, spider: Spider | None = None) -> None:
        self.store = Store(self.db_path)
        self.started_at = now_iso()
        self._t0 = time.monotonic()

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        assert self.store is not None
        page = ItemAdapter(item).asdict()
        page["url"] = canonical_url(page["url"])
        source_id = page["source_id"]
        stats = self.crawler.stats
        stages.attempted(stats, stages.STAGE_PARSER)
        before = self.store.page_validators(page["url"])
        done = self._already_done(page, before)
        if done:
            # Same bytes as last time, already judged and extracted: keep the verdict, redo nothing.
            page["relevance"] = before["relevance"]
            page["is_announcement"] = bool(before["is_announcement"])
        self.store.upsert_page(page)
        stats.inc_value(health_key(source_id, "pages"))
        if done:
            is_announcement = bool(before["is_announcement"])
        else:
            if self._extractor is None and self._unavailable is None:
                await self._start_extractor()
            if self._unavailable is not None:
                self._stop()
                return item
            report = ProcessReport()
            report.attempt(stages.STAGE_STORE)
            try:
                is_announcement = self._process(page, self._extractor, report)
            except PageProcessingError as exc:
                self._page_failed(source_id, page["url"], exc.failure.stage, exc.failure.error)
                return item
            except Exception as exc:  # noqa: BLE001 - one bad page must not stop the crawl
                log.debug("processing %s failed", page["url"], exc_info=True)
                self._page_failed(source_id, page["url"], stages.STAGE_STORE, one_line(exc))
                return item
            finally:
                for stage, pages in report.attempted.items():
                    stages.attempted(stats, stage, pages)
        if is_announcement:
            stats.inc_value(health_key(source_id, "announcements"))
        return item

    def _page_failed(self, source_id: str | None, url: str, stage: str, error: str) -> None:
        """Count a page a stage failed on; the page is fetched and processed again next time."""
        log.info("%s: %s failed on %s: %s", source_id or "?", stage, url, error)
        stages.failed(self.crawler.stats, stage, url, error)
        if source_id:
            self.crawler.stats.inc_value(health_key(source_id, "failed_pages"))

    def _stop(self) -> None:
        """Close the crawl: a stage every page needs cannot start."""
        if self._stopping:
            return
        self._stopping = True
        self.crawler.stats.set_value(stages.FATAL_KEY, self._unavailable)
        log.info("stopping the crawl: %s", self._unavailable)
        from twisted.internet import reactor

        engine = self.crawler.engine
        if hasattr(engine, "close_spider_async"):
            from scrapy.utils.defer import deferred_from_coro

            reactor.callLater(0, lambda: deferred_from_coro(
                engine.close_spider_async(reason=FINISH_STAGE_UNAVAILABLE)))
        else:   # Scrapy before 2.13
            reactor.callLater(0, engine.close_spider, self.crawler.spider, FINISH_STAGE_UNAVAILABLE)

    async def _start_extractor(self) -> None:
        """Start the extractor on first need (a re-crawl that finds nothing new never pays
        for spaCy), in a thread: its seconds of start-up must not stall the downloads in
        flight, which would time out. Pages arriving meanwhile wait here, in order."""
        if self._starting is None:
            from twisted.internet import threads

            self._starting = threads.deferToThread(_start_stages)
            self._starting.addCallbacks(self._started, self._failed_to_start)
        waiter: Deferred = Deferred()
        self._waiters.append(waiter)
        if self._extractor is not None or self._unavailable is not None:
            self._release()
        await maybe_deferred_to_future(waiter)

    def _started(self, extractor: Any) -> None:
        self._extractor = extractor
        self._release()

    def _failed_to_start(self, failure: Failure) -> None:
        error = failure.value
        self._unavailable = str(error) if isinstance(error, StageUnavailable) else \
            f"the extractor cannot start: {one_line(error)}"
        self._release()

    def _release(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            waiter.callback(None)

    def _already_done(self, page: dict[str, Any], before: dict[str, Any] | None) -> bool:
        if before is None or before.get("relevance") is None:
            return False
        if before.get("body_hash") != page.get("body_hash"):
            return False
        return not before.get("is_announcement") or self.store.get_record(record_id(page["url"])) is not None

    def _process(self, page: dict[str, Any], extractor: Any, report: ProcessReport) -> bool:
        """Judge and extract one stored page; True when it is an announcement with a record."""
        assert self.store is not None
        stored = {**page, "fetched_at": page.get("fetched_at") or now_iso()}
        return process_page(self.store, stored, extractor, threshold=self.threshold, report=report) is not None

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.store is None:
            return
        spider = spider or self.crawler.spider
        finished_at = now_iso()
        duration = round(time.monotonic() - self._t0, 3)
        stats = self.crawler.stats
        for source_id in getattr(spider, "sources", {}):
            counters = {name: stats.get_value(health_key(source_id, name), 0) for name in RUN_COUNTERS}
            first = stats.get_value(health_key(source_id, "first_request_at"))
            last = stats.get_value(health_key(source_id, "last_response_at"))
            # the source's own span of activity; the whole run when it never got an answer
            counters["duration"] = round(last - first, 3) if first and last and last >= first else duration
            self.store.save_run(self.run_id, source_id, self.started_at, counters, finished_at)
        self.store.close()
        self.store = None
