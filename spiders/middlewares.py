"""Downloader middlewares: incremental fetching from the store, and per-source health counters.

Incremental: an article page already in the store is asked for conditionally
(If-None-Match / If-Modified-Since from the validators its server sent last time), so an
unchanged page costs a 304 and no body. When the server sent no validators, a known page
is not asked for at all (unless a sitemap says it changed since). A page stored but not
yet processed (a crawl killed in between, or stored before the extractor existed) is
fetched in full again, so a resumed crawl ends with every record. A page is sent at most
once per run however many ways lead to it, and at most CIVIC_MAX_PAGES pages (listings and
articles) per source per run: the page budget, spent in the order the walk chose.

Health: every HTTP exchange (including retries and redirect hops) is counted against the
source it was made for, by status class, in Scrapy's stats under `civic/source/<id>/...`.
"""
from __future__ import annotations

import email.utils
import logging
import time
from datetime import datetime, timezone
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

from pipeline.schema import canonical_url
from pipeline.store import Store
from spiders.spiders.base import SkippedRequest, health_key

log = logging.getLogger(__name__)


def _source_id(spider: Spider, request: Request) -> str | None:
    finder = getattr(spider, "source_for", None)
    source = finder(request) if finder else None
    return source.id if source is not None else None


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    try:
        if value[:4].isdigit() and "-" in value[:8]:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


class IncrementalMiddleware:
    """Conditional requests and known-page skipping for article pages."""

    def __init__(self, crawler: Crawler, store: Store, skip_known: bool):
        self.crawler = crawler
        self.store = store
        self.skip_known = skip_known
        # Page URLs sent in this run. A job resumed after a kill replays requests left in its
        # on-disk queue beside the ones discovery finds again, and the walk may ask for a page
        # again by a better way: one download is enough.
        self._sent: set[str] = set()
        self.budget = crawler.settings.getint("CIVIC_MAX_PAGES", 12000)
        self._spent: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "IncrementalMiddleware":
        return cls(crawler, Store(crawler.settings.get("CIVIC_DB")), crawler.settings.getbool("CIVIC_SKIP_KNOWN", True))

    def _processed(self, url: str, known: dict[str, Any]) -> bool:
        if known.get("relevance") is None or (known.get("status") or 0) >= 400:
            return False
        if known.get("is_announcement"):
            from pipeline.schema import record_id

            return self.store.get_record(record_id(url)) is not None
        return True

    def _spend(self, spider: Spider, request: Request) -> None:
        """Count a page against its source's budget; refuse it when the budget is spent."""
        source_id = _source_id(spider, request) or "unknown"
        if self._spent.get(source_id, 0) >= self.budget:
            spider.crawler.stats.inc_value(health_key(source_id, "over_budget"))
            raise SkippedRequest(f"page budget of {self.budget} spent")
        self._spent[source_id] = self._spent.get(source_id, 0) + 1

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        role = request.meta.get("role")
        if role not in ("article", "listing") or request.meta.get("civic_conditional") is not None:
            return None
        key = canonical_url(request.url)
        if key in self._sent and not request.meta.get("retry_times"):
            raise SkippedRequest("already fetched in this run")
        if role == "listing":
            self._spend(spider, request)
            self._sent.add(key)
            request.meta["civic_conditional"] = False
            return None
        known = self.store.page_validators(request.url)
        if not known or not self._processed(request.url, known):
            self._spend(spider, request)
            self._sent.add(key)
            request.meta["civic_conditional"] = False
            return None
        source_id = _source_id(spider, request) or "unknown"
        lastmod = _parse_time(request.meta.get("lastmod"))
        fetched = _parse_time(known.get("fetched_at"))
        if lastmod and fetched and lastmod <= fetched:
            self._sent.add(key)
            spider.crawler.stats.inc_value(health_key(source_id, "skipped_known"))
            raise SkippedRequest(f"unchanged since {known.get('fetched_at')} (sitemap lastmod)")
        if known.get("etag") or known.get("last_modified"):
            self._spend(spider, request)
            self._sent.add(key)
            if known.get("etag"):
                request.headers.setdefault(b"If-None-Match", known["etag"].encode("latin-1"))
            if known.get("last_modified"):
                request.headers.setdefault(b"If-Modified-Since", known["last_modified"].encode("latin-1"))
            request.meta["civic_conditional"] = True
            return None
        if self.skip_known and not lastmod:
            self._sent.add(key)
            spider.crawler.stats.inc_value(health_key(source_id, "skipped_known"))
            raise SkippedRequest("known page; its server sends no validators")
        self._spend(spider, request)
        self._sent.add(key)
        request.meta["civic_conditional"] = False
        return None

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        spider = spider or self.crawler.spider
        if response.status == 304 and request.meta.get("civic_conditional"):
            source_id = _source_id(spider, request) or "unknown"
            spider.crawler.stats.inc_value(health_key(source_id, "not_modified"))
            self.store.touch_page(request.url)
            raise SkippedRequest("not modified")
        return response


class SourceHealthMiddleware:
    """Counts requests and responses per source; sits next to the downloader so it sees every
    retry and redirect hop, and never sees requests robots.txt forbade."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "SourceHealthMiddleware":
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        source_id = _source_id(spider, request)
        if source_id:
            stats = spider.crawler.stats
            stats.inc_value(health_key(source_id, "requests"))
            stats.min_value(health_key(source_id, "first_request_at"), time.monotonic())
        return None

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        spider = spider or self.crawler.spider
        source_id = _source_id(spider, request)
        if source_id:
            status_class = min(max(response.status // 100, 1), 5)
            if 2 <= status_class <= 5:
                spider.crawler.stats.inc_value(health_key(source_id, f"status_{status_class}xx"))
            spider.crawler.stats.inc_value(health_key(source_id, "bytes"), len(response.body))
            spider.crawler.stats.max_value(health_key(source_id, "last_response_at"), time.monotonic())
        return response

    def process_exception(self, request: Request, exception: BaseException, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        source_id = _source_id(spider, request)
        if source_id:
            spider.crawler.stats.inc_value(health_key(source_id, "exceptions"))
            spider.crawler.stats.max_value(health_key(source_id, "last_response_at"), time.monotonic())
        return None
