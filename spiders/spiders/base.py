"""What every generic spider shares: sources in, page items out, failures counted per source.

A spider holds many sources at once (Scrapy keeps per-host politeness slots), so one slow
or broken site only occupies its own slot. Every request carries its source id and role
(`homepage`, `robots`, `feed`, `sitemap`, `listing`, `article`, `attachment`), which the
middlewares use for incremental fetching, the page budget and health counters. Listings,
documents and the site walk are in spiders/spiders/pages.py, feeds and sitemaps in
spiders/spiders/documents.py.

Requests are never dropped by Scrapy's duplicate filter (`dont_filter`): a crawl killed
with a persisted job directory would otherwise remember article URLs it had scheduled but
never fetched and skip them for good. Deduplication is per run, here; across runs it is
the store's job (conditional requests and known-page skipping in spiders/middlewares.py).
"""
from __future__ import annotations

import logging
import re
from typing import Any, AsyncIterator, Iterator
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.python.failure import Failure

from spiders import links, walk
from spiders.walk import canonical
from spiders.source import Source
from spiders.spiders.documents import DocumentsMixin
from spiders.spiders.pages import PagesMixin, header_dict

log = logging.getLogger(__name__)

__all__ = ["ROLE_PRIORITY", "SkippedRequest", "SourceSpider", "header_dict", "health_key", "load_sources"]

# Scrapy sends higher priorities first: a site's entry points, then pages in the order the
# walk scores them (1..~110), attachments of a page in hand before anything new.
ROLE_PRIORITY = {"robots": 1000, "homepage": 1000, "feed": 900, "sitemap": 900, "attachment": 950,
                 "listing": 80, "article": 20}
_REPRIORITISE = 10   # a later, better way to a queued page asks for it again with this much more


class SkippedRequest(IgnoreRequest):
    """A request deliberately not sent or not read (known page, 304): not an error."""


def health_key(source_id: str, counter: str) -> str:
    return f"civic/source/{source_id}/{counter}"


def load_sources(sources: Any = None, homepage: str | None = None, registry: str | None = None) -> list[Source]:
    """Sources given to a spider: Source objects, registry ids (`a,b`) or an ad-hoc homepage URL."""
    found: list[Source] = []
    if isinstance(sources, Source):
        sources = [sources]
    if isinstance(sources, str):
        ids = [s.strip() for s in sources.split(",") if s.strip()]
        if ids:
            from spiders.registry import find_sources

            found += find_sources(ids, [p for p in registry.split(",") if p] if registry else None)
    elif sources:
        found += [s for s in sources if isinstance(s, Source)]
    if homepage:
        host = urlsplit(homepage).netloc
        found.append(Source(id=f"site-{re.sub(r'[^a-z0-9]+', '-', host.lower()).strip('-')}", name=host,
                            type="other", homepage=homepage))
    return found


class SourceSpider(PagesMixin, DocumentsMixin, scrapy.Spider):
    """Base of the generic spiders; subclasses choose where a source's crawl starts."""

    custom_settings: dict[str, Any] = {}
    walks_site = False   # the discovery spider walks whole sites; the others read only lists

    def __init__(self, sources: Any = None, homepage: str | None = None, registry: str | None = None,
                 **kwargs: Any):
        super().__init__(**kwargs)
        self.sources: dict[str, Source] = {s.id: s for s in load_sources(sources, homepage, registry)}
        if not self.sources:
            raise ValueError(f"spider {self.name!r} needs sources: -a sources=ID,... or -a homepage=URL")
        self._hosts = {}
        for source in self.sources.values():
            for url in (source.homepage, *source.start_urls, *source.feeds, *source.sitemaps):
                self._hosts.setdefault(urlsplit(url).netloc.lower(), source.id)
        self._requested: set[str] = set()
        self._priorities: dict[str, tuple[int, str]] = {}
        self._sections: dict[str, set[str]] = {sid: set() for sid in self.sources}
        self._articles: dict[str, int] = {sid: 0 for sid in self.sources}
        self._complete_before: dict[str, bool] = {}
        self._site_titles: dict[str, str] = {}
        self._templates: dict[str, walk.TemplateLinks] = {}
        # What links and feeds call a page, by canonical URL, however it was first reached:
        # pages that state no title of their own (old posts exported as files) are named so.
        self._names: dict[str, str] = {}
        self._feed_dates: dict[str, str] = {}

    # ---- settings shortcuts -----------------------------------------------------------
    def _setting(self, name: str, default: int) -> int:
        return self.crawler.settings.getint(name, default) if getattr(self, "crawler", None) else default

    def _flag(self, name: str, default: bool) -> bool:
        return self.crawler.settings.getbool(name, default) if getattr(self, "crawler", None) else default

    def _text_setting(self, name: str) -> str | None:
        return self.crawler.settings.get(name) if getattr(self, "crawler", None) else None

    def source_for(self, request_or_url: Any) -> Source | None:
        """The source a request belongs to (by its meta, else by its host)."""
        meta = getattr(request_or_url, "meta", None)
        if meta and meta.get("source_id") in self.sources:
            return self.sources[meta["source_id"]]
        url = getattr(request_or_url, "url", request_or_url)
        sid = self._hosts.get(urlsplit(str(url)).netloc.lower())
        return self.sources.get(sid) if sid else None

    def _count(self, source_id: str, counter: str, value: int = 1) -> None:
        if getattr(self, "crawler", None) is not None:   # a spider used outside a crawl counts nothing
            self.crawler.stats.inc_value(health_key(source_id, counter), value)

    # ---- requests ---------------------------------------------------------------------
    def request(self, url: str, source: Source, role: str, callback: Any, *, meta: dict | None = None,
                once: bool = True, priority: int | None = None) -> scrapy.Request | None:
        """A request for `url` on behalf of `source`, or None when this run already asked for it.

        A page found again by a much more promising way (a section link to a page first seen
        in a footer) is asked for again with the higher priority; the downloader sends it once.
        """
        page_like = role in ("article", "listing")
        key = canonical(url) if page_like else f"{role}|{canonical(url)}"
        priority = ROLE_PRIORITY.get(role, 0) if priority is None else priority
        if page_like and meta:
            self._remember_name(key, meta)
        if once:
            earlier = self._priorities.get(key)
            if key in self._requested and (not page_like or earlier is None or earlier[1] != role
                                           or priority < earlier[0] + _REPRIORITISE):
                return None
            self._requested.add(key)
            if page_like:
                self._priorities[key] = (priority, role)
        if page_like:
            # The page budget is kept by the downloader (spiders/middlewares.py); this only
            # bounds the queue on sites far larger than the budget.
            if self._articles[source.id] >= 3 * self._setting("CIVIC_MAX_PAGES", 12000):
                return None
            self._articles[source.id] += 1
        return scrapy.Request(url, callback=callback, errback=self.on_error, dont_filter=True, priority=priority,
                              meta={"source_id": source.id, "role": role, **(meta or {})})

    def _remember_name(self, key: str, meta: dict) -> None:
        if meta.get("title_hint"):
            self._names[key] = meta["title_hint"]   # a feed's title beats a link's text
        elif meta.get("anchor") and len(meta["anchor"]) > len(self._names.get(key, "")) and \
                key not in self._feed_dates:
            self._names[key] = meta["anchor"]
        if meta.get("published_hint"):
            self._feed_dates[key] = meta["published_hint"]

    def names_for(self, url: str) -> tuple[str | None, str | None]:
        """(title, date) that links and feeds gave the page at `url`."""
        key = canonical(url)
        return self._names.get(key), self._feed_dates.get(key)

    def start_points(self, source: Source) -> Iterator[scrapy.Request | None]:
        """Where a source's crawl begins; each spider class decides."""
        raise NotImplementedError

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "SourceSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._on_idle, signal=scrapy.signals.spider_idle)
        return spider

    def _on_idle(self) -> None:
        # The crawl is complete: a later `--resume` run of the same job starts afresh.
        self._requested.clear()

    # ---- what earlier crawls left in the store ----------------------------------------
    @property
    def store(self) -> Any:
        if getattr(self, "_store", None) is None:
            from pipeline.store import Store

            self._store = Store(self.crawler.settings.get("CIVIC_DB"))
        return self._store

    def _known(self, url: str) -> bool:
        """Stored and judged by an earlier crawl (the incremental middleware decides the rest)."""
        if getattr(self, "crawler", None) is None:
            return False   # a spider used outside a crawl has no store
        known = self.store.page_validators(url)
        return bool(known) and known.get("relevance") is not None

    def _mark_open(self) -> None:
        """Remember, per source, whether its previous crawl ended normally.

        Only then may a listing page with nothing new end the walk through its pagination:
        after a killed or interrupted crawl, older pages may still hold articles never fetched.
        """
        self._complete_before = {}
        for source_id in self.sources:
            key = f"crawl-open:{source_id}"
            self._complete_before[source_id] = not self.store.get_meta(key)
            self.store.set_meta(key, "1")

    def closed(self, reason: str) -> None:
        if reason == "finished" and getattr(self, "_complete_before", None) is not None:
            for source_id in self.sources:
                self.store.set_meta(f"crawl-open:{source_id}", "")
        if getattr(self, "_store", None) is not None:
            self._store.close()
            self._store = None

    async def start(self) -> AsyncIterator[Any]:
        state = getattr(self, "state", None)   # set by Scrapy when the crawl has a JOBDIR
        if state is not None:
            # Resuming a stopped job: what it already asked for is done or still queued.
            self._requested |= state.get("requested", set())
            state["requested"] = self._requested
        self._mark_open()
        for source in self.sources.values():
            if not source.enabled:
                continue
            for request in self.start_points(source):
                if request is not None:
                    yield request

    def configured_start(self, source: Source, *, feeds: bool = True, sitemaps: bool = True,
                         listings: bool = True) -> Iterator[scrapy.Request | None]:
        if feeds:
            for url in source.feeds:
                yield self.request(url, source, "feed", self.parse_feed)
        if sitemaps:
            for url in source.sitemaps:
                yield self.request(url, source, "sitemap", self.parse_sitemap)
        if listings:
            for url in source.start_urls:
                self._sections[source.id].add(url)
                start = walk.cues().scores["start"]
                yield self.request(url, source, "listing", self.parse_listing, priority=walk.priority(start),
                                   meta={"page_no": 1, "walk_score": start})

    def probes(self, source: Source, *, sitemaps: bool = True, feeds: bool = True) -> Iterator[scrapy.Request | None]:
        """Sitemaps and feeds at the addresses CMSs give them, for a site that names none
        (no `Sitemap:` in robots.txt, no `<link rel="alternate">` on its homepage)."""
        for path in walk.cues().probe_sitemaps if sitemaps else ():
            yield self.request(urljoin(source.homepage, path), source, "sitemap", self.parse_sitemap,
                               meta={"probe": True})
        for path in walk.cues().probe_feeds if feeds else ():
            yield self.request(urljoin(source.homepage, path), source, "feed", self.parse_feed, meta={"probe": True})

    # ---- callbacks --------------------------------------------------------------------
    def parse_robots(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        if source is None or response.status != 200:
            return
        named = list(sitemap_urls_from_robots(response.body, base_url=response.url))
        for url in named:
            yield self.request(url, source, "sitemap", self.parse_sitemap)
        if not named and self._walking():
            yield from self.probes(source, feeds=False)

    def parse_homepage(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        tree = links.html_tree(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        if source is None or tree is None:
            return
        titles = tree.xpath("//title/text()")
        if titles and titles[0].strip():
            self._site_titles[source.id] = " ".join(titles[0].split())
        feeds = links.feed_links(tree, response.url)
        for url in feeds:
            yield self.request(url, source, "feed", self.parse_feed)
        if not feeds and self._walking():
            yield from self.probes(source, sitemaps=False)
        sections = links.section_links(tree, response.url, limit=self._setting("CIVIC_MAX_SECTIONS", 8))
        section_score = walk.cues().scores["section"]
        for url, score, text in sections:
            self.logger.info("section of %s: %s (%r, %.2f)", source.id, url, text, score)
            self._sections[source.id].add(url)
            self._count(source.id, "sections")
        for url, score, _text in sections:
            value = section_score * (0.5 + score / 2) + 20
            yield self.request(url, source, "listing", self.parse_listing, priority=walk.priority(value),
                               meta={"page_no": 1, "walk_score": value})
        if not sections and not source.start_urls:
            # No recognisable section: the homepage itself is the listing.
            yield from self._listing(tree, response, source, page_no=1)
        elif self._walking():
            yield from self._walk(tree, response, source, walk.cues().scores["other"])

    # ---- failures ---------------------------------------------------------------------
    def on_error(self, failure: Failure) -> Iterator[Any]:
        """A request that finally failed: count it against its source and carry on."""
        request = failure.request
        source = self.source_for(request)
        if failure.check(SkippedRequest):
            return
        message = str(failure.value) or failure.type.__name__
        if failure.check(IgnoreRequest) and "robots.txt" in message.lower():
            if source:
                self._count(source.id, "robots_forbidden")
            return
        if source is None:
            return
        role = request.meta.get("role", "")
        kind = failure.type.__name__
        if role == "robots" and self._walking():
            yield from self.probes(source, feeds=False)   # no robots.txt to name the sitemaps
        if (role == "robots" or request.meta.get("probe")) and "HttpError" in kind:
            return  # a missing robots.txt, or no sitemap or feed at an address tried by guess, is normal
        response = getattr(failure.value, "response", None)
        if role in ("article", "listing") and response is not None and response.status in (404, 410):
            self._count(source.id, "dead_links")
            return  # a dead link is the site's, not a failure to read it
        self._count(source.id, "errors")
        self.crawler.stats.inc_value(f"civic/errors/{kind}")
        self.logger.warning("%s: %s %s failed: %s", source.id, role, request.url, message)
