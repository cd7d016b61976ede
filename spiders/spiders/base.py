"""What every generic spider shares: sources in, page items out, failures counted per source.

A spider holds many sources at once (Scrapy keeps per-host politeness slots), so one slow
or broken site only occupies its own slot. Every request carries its source id and role
(`homepage`, `robots`, `feed`, `sitemap`, `listing`, `article`, `attachment`), which the
middlewares use for incremental fetching and health counters.

Requests are never dropped by Scrapy's duplicate filter (`dont_filter`): a crawl killed
with a persisted job directory would otherwise remember article URLs it had scheduled but
never fetched and skip them for good. Deduplication is per run, here; across runs it is
the store's job (conditional requests and known-page skipping in spiders/middlewares.py).
"""
from __future__ import annotations

import gzip
import hashlib
import logging
import re
from typing import Any, AsyncIterator, Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from pipeline.schema import canonical_url
from pipeline.store import now_iso
from spiders import links
from spiders.article import is_pdf, parse_article, pdf_text
from spiders.items import PageItem
from spiders.source import Source

log = logging.getLogger(__name__)

ROLE_PRIORITY = {"robots": 30, "homepage": 30, "feed": 25, "sitemap": 25, "listing": 10, "article": 20,
                 "attachment": 21}


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


def header_dict(response: Response) -> dict[str, str]:
    return {key.decode("latin-1"): b", ".join(values).decode("latin-1")
            for key, values in response.headers.items()}


class SourceSpider(scrapy.Spider):
    """Base of the generic spiders; subclasses choose where a source's crawl starts."""

    custom_settings: dict[str, Any] = {}

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
        self._sections: dict[str, set[str]] = {sid: set() for sid in self.sources}
        self._articles: dict[str, int] = {sid: 0 for sid in self.sources}
        self._complete_before: dict[str, bool] = {}

    # ---- settings shortcuts -----------------------------------------------------------
    def _setting(self, name: str, default: int) -> int:
        return self.crawler.settings.getint(name, default) if getattr(self, "crawler", None) else default

    def source_for(self, request_or_url: Any) -> Source | None:
        """The source a request belongs to (by its meta, else by its host)."""
        meta = getattr(request_or_url, "meta", None)
        if meta and meta.get("source_id") in self.sources:
            return self.sources[meta["source_id"]]
        url = getattr(request_or_url, "url", request_or_url)
        sid = self._hosts.get(urlsplit(str(url)).netloc.lower())
        return self.sources.get(sid) if sid else None

    def _count(self, source_id: str, counter: str, value: int = 1) -> None:
        self.crawler.stats.inc_value(health_key(source_id, counter), value)

    # ---- requests ---------------------------------------------------------------------
    def request(self, url: str, source: Source, role: str, callback: Any, *, meta: dict | None = None,
                once: bool = True) -> scrapy.Request | None:
        """A request for `url` on behalf of `source`, or None when this run already asked for it."""
        page_like = role in ("article", "listing")
        key = canonical_url(url) if page_like else f"{role}|{canonical_url(url)}"
        if once:
            if key in self._requested:
                return None
            self._requested.add(key)
        if role == "article":
            if self._articles[source.id] >= self._setting("CIVIC_MAX_ARTICLES", 2000):
                return None
            self._articles[source.id] += 1
        return scrapy.Request(url, callback=callback, errback=self.on_error, dont_filter=True,
                              priority=ROLE_PRIORITY.get(role, 0),
                              meta={"source_id": source.id, "role": role, **(meta or {})})

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
                yield self.request(url, source, "listing", self.parse_listing, meta={"page_no": 1})

    # ---- callbacks --------------------------------------------------------------------
    def parse_robots(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        if source is None or response.status != 200:
            return
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield self.request(url, source, "sitemap", self.parse_sitemap)

    def parse_homepage(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        tree = links.html_tree(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        if source is None or tree is None:
            return
        for url in links.feed_links(tree, response.url):
            yield self.request(url, source, "feed", self.parse_feed)
        sections = links.section_links(tree, response.url, limit=self._setting("CIVIC_MAX_SECTIONS", 8))
        for url, score, text in sections:
            self.logger.info("section of %s: %s (%r, %.2f)", source.id, url, text, score)
            self._sections[source.id].add(url)
            self._count(source.id, "sections")
        for url, _score, _text in sections:
            yield self.request(url, source, "listing", self.parse_listing, meta={"page_no": 1})
        if not sections and not source.start_urls:
            # No recognisable section: the homepage itself is the listing.
            yield from self._listing(tree, response, source, page_no=1)

    def parse_listing(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        tree = links.html_tree(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        if source is None or tree is None:
            return
        yield from self._listing(tree, response, source, page_no=response.meta.get("page_no", 1))

    def _listing(self, tree: Any, response: Response, source: Source, *, page_no: int) -> Iterator[Any]:
        patterns = tuple(re.compile(p) for p in source.article_patterns)
        exclude = set(self._sections[source.id]) | {source.homepage}
        articles = links.article_links(tree, response.url, exclude=exclude, patterns=patterns,
                                       css=source.css.get("article_links"))
        fresh = 0
        for url in articles:
            if any(re.search(p, url) for p in source.listing_patterns):
                yield self.request(url, source, "listing", self.parse_listing, meta={"page_no": 1})
                fresh += 1
            else:
                fresh += not self._known(url)
                yield self.request(url, source, "article", self.parse_article)
        if page_no >= self._setting("CIVIC_MAX_LISTING_PAGES", 30):
            return
        if (articles and not fresh and self._complete_before.get(source.id)
                and self.crawler.settings.getbool("CIVIC_STOP_AT_KNOWN_LISTING", True)):
            # Nothing new on this page and the last crawl went through: older pages hold
            # nothing new either (changed articles there are caught by feeds and sitemaps).
            self._count(source.id, "listings_stopped")
            return
        for url in links.next_pages(tree, response.url, css=source.css.get("next_page")):
            yield self.request(url, source, "listing", self.parse_listing, meta={"page_no": page_no + 1})

    def parse_feed(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        if source is None:
            return
        body = response.body.lstrip()
        if not body.startswith(b"<?xml") and b"<rss" not in body[:2000] and b"<feed" not in body[:2000]:
            tree = links.html_tree(response.body)
            if tree is not None:  # an HTML page announced as a feed: read it as a listing
                yield from self._listing(tree, response, source, page_no=1)
            return
        try:
            from lxml import etree

            root = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False,
                                                                 no_network=True))
        except Exception as exc:  # noqa: BLE001 - a broken feed is a source problem, not a crash
            self.logger.warning("unreadable feed %s: %s", response.url, exc)
            self._count(source.id, "errors")
            return
        if root is None:
            return
        urls = [u.strip() for u in root.xpath("//*[local-name()='item']/*[local-name()='link']/text()")]
        urls += [h.strip() for h in root.xpath("//*[local-name()='entry']/*[local-name()='link']"
                                               "[not(@rel) or @rel='alternate']/@href")]
        urls += [h.strip() for h in root.xpath("//*[local-name()='item']/@*[local-name()='about']")]
        for url in urls:
            if url.startswith(("http://", "https://")):
                yield self.request(url, source, "article", self.parse_article)
        for url in root.xpath("/*[local-name()='feed']/*[local-name()='link'][@rel='next']/@href"):
            yield self.request(url, source, "feed", self.parse_feed)

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        if source is None:
            return
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gzip.decompress(body)[: 50 * 1024 * 1024]
            except OSError:
                self._count(source.id, "errors")
                return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # noqa: BLE001
            self.logger.warning("unreadable sitemap %s: %s", response.url, exc)
            self._count(source.id, "errors")
            return
        skip = set(self._sections[source.id]) | {source.homepage}
        for entry in sitemap:
            url = entry.get("loc", "").strip()
            if not url.startswith(("http://", "https://")):
                continue
            if sitemap.type == "sitemapindex":
                yield self.request(url, source, "sitemap", self.parse_sitemap)
            elif url in skip or urlsplit(url).path in ("", "/") or links.is_attachment(url):
                continue
            elif links.section_score(links.Link(url, "", False, False, "")) >= 0.5:
                # `/aktualnosci/` in a sitemap is a section: read it as one
                self._sections[source.id].add(url)
                yield self.request(url, source, "listing", self.parse_listing, meta={"page_no": 1})
            else:
                yield self.request(url, source, "article", self.parse_article,
                                   meta={"lastmod": entry.get("lastmod")})

    def parse_article(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        if source is None:
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if not is_pdf(response.body, content_type) and "html" not in content_type.lower() \
                and not response.body.lstrip()[:1] == b"<":
            return  # images, archives and the like are not pages
        if not is_pdf(response.body, content_type):
            tree = links.html_tree(response.body, content_type)
            if tree is not None and links.looks_like_listing(tree, response.url):
                # A listing reached through a sitemap or feed: follow it instead of keeping it.
                self._sections[source.id].add(response.url)
                yield from self._listing(tree, response, source, page_no=1)
                return
        headers = header_dict(response)
        article = parse_article(response.body, response.url, headers=headers, css=source.css)
        item = PageItem(
            url=response.url, source_id=source.id, source_type=source.type, region_teryt=source.region,
            status=response.status, body=response.body, fetched_at=now_iso(), headers=headers,
            encoding=article.encoding, body_hash=hashlib.sha256(response.body).hexdigest(),
            etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"),
            title=article.title, text=article.text, published=article.published,
            attachments=article.attachments)
        pdfs = [u for u in article.attachments if urlsplit(u).path.lower().endswith(".pdf")]
        pdfs = pdfs[: self._setting("CIVIC_MAX_ATTACHMENTS", 3)]
        if pdfs:
            yield self._attachment_request(item, source, pdfs)
        else:
            yield item

    def _attachment_request(self, item: PageItem, source: Source, pending: list[str]) -> scrapy.Request:
        request = scrapy.Request(pending[0], callback=self.parse_attachment, errback=self.on_attachment_error,
                                 dont_filter=True, priority=ROLE_PRIORITY["attachment"],
                                 meta={"source_id": source.id, "role": "attachment", "item": item,
                                       "pending": pending[1:],
                                       "download_maxsize": self._setting("CIVIC_ATTACHMENT_MAXSIZE",
                                                                         5 * 1024 * 1024)})
        return request

    def parse_attachment(self, response: Response) -> Iterator[Any]:
        item: PageItem = response.meta["item"]
        if is_pdf(response.body, response.headers.get("Content-Type", b"").decode("latin-1")):
            title, text = pdf_text(response.body)
            if text:
                name = title or urlsplit(response.url).path.rsplit("/", 1)[-1]
                item.text = f"{item.text}\n\nZałącznik: {name}\n{text}".strip()
        yield from self._after_attachment(item, response.meta)

    def on_attachment_error(self, failure: Failure) -> Iterator[Any]:
        request = failure.request
        self.logger.info("attachment not read: %s (%s)", request.url, failure.value)
        yield from self._after_attachment(request.meta["item"], request.meta)

    def _after_attachment(self, item: PageItem, meta: dict) -> Iterator[Any]:
        pending = meta.get("pending") or []
        source = self.sources[item.source_id]
        if pending:
            yield self._attachment_request(item, source, pending)
        else:
            yield item

    # ---- failures ---------------------------------------------------------------------
    def on_error(self, failure: Failure) -> None:
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
        if role == "robots" and "HttpError" in kind:
            return  # a missing robots.txt is normal
        self._count(source.id, "errors")
        self.crawler.stats.inc_value(f"civic/errors/{kind}")
        self.logger.warning("%s: %s %s failed: %s", source.id, role, request.url, message)
