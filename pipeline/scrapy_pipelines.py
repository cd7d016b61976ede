"""Scrapy item pipeline: every fetched page into the store, announcements into records.

Each page is committed on its own as it arrives, so killing a crawl loses at most the page
in flight. The raw page is stored first (always, whatever happens next); then
pipeline.process.process_page judges relevance, extracts and upserts the record. A page
whose processing did not finish keeps a NULL relevance, and the next crawl fetches it in
full again (spiders/middlewares.py), so nothing is lost between the two steps either.
"""
from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from itemadapter import ItemAdapter
from scrapy import Spider
from scrapy.crawler import Crawler

from pipeline.schema import canonical_url, record_id
from pipeline.store import RUN_COUNTERS, Store, now_iso
from spiders.spiders.base import health_key

log = logging.getLogger(__name__)


def load_extractor() -> Any | None:
    """The NLP extractor, or None (pages are then stored and judged, but no records built)."""
    try:
        from nlp import Extractor
    except ImportError as exc:
        log.warning("no extractor available (%s): pages are stored without announcement records", exc)
        return None
    try:
        return Extractor()
    except Exception:  # noqa: BLE001 - pages are still worth keeping; `civic process` extracts later
        log.exception("the extractor failed to start: pages are stored without announcement records")
        return None


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
        self._extractor_loaded = False
        self.started_at = now_iso()
        self._t0 = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "StorePipeline":
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        self.store = Store(self.db_path)
        self.started_at = now_iso()
        self._t0 = time.monotonic()

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        assert self.store is not None
        page = ItemAdapter(item).asdict()
        page["url"] = canonical_url(page["url"])
        source_id = page["source_id"]
        stats = self.crawler.stats
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
            try:
                is_announcement = self._process(page)
            except Exception:  # noqa: BLE001 - one bad page must not stop the crawl
                log.exception("processing %s failed; the page is stored and will be processed again",
                              page["url"])
                stats.inc_value(health_key(source_id, "errors"))
                return item
        if is_announcement:
            stats.inc_value(health_key(source_id, "announcements"))
        return item

    @property
    def extractor(self) -> Any | None:
        """Loaded on first need: a re-crawl that finds nothing new never pays for spaCy."""
        if not self._extractor_loaded:
            self._extractor = load_extractor()
            self._extractor_loaded = True
        return self._extractor

    def _already_done(self, page: dict[str, Any], before: dict[str, Any] | None) -> bool:
        if before is None or before.get("relevance") is None:
            return False
        if before.get("body_hash") != page.get("body_hash"):
            return False
        return not before.get("is_announcement") or self.store.get_record(record_id(page["url"])) is not None

    def _process(self, page: dict[str, Any]) -> bool:
        """Judge and extract one stored page; True when it is an announcement with a record."""
        assert self.store is not None
        if self.extractor is None:
            from pipeline.relevance import judge

            verdict = judge(page.get("title") or "", page.get("text") or "", page["url"], threshold=self.threshold)
            self.store.set_page_relevance(page["url"], verdict.score, verdict.reasons, verdict.is_announcement)
            return False
        from pipeline.process import process_page

        stored = {**page, "fetched_at": page.get("fetched_at") or now_iso()}
        return process_page(self.store, stored, self.extractor, threshold=self.threshold) is not None

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
