"""Pages of a site: listings (hubs) are followed, documents become page items, and every
page hands its links to the site walk (spiders/walk.py).

A page is a hub when it lists articles (links.looks_like_listing), when nothing of it is
left once its navigation is gone (a menu page), or when what is left is a heading over a
list of links (a BIP's list of years, a table of notices): hubs are never stored, so a later
crawl reads them again and finds what is new on them. Anything else is a document: stored,
judged, and when it is an announcement turned into a record.
"""
from __future__ import annotations

import copy
import hashlib
import re
from datetime import date
from typing import Any, Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from pipeline.store import now_iso
from spiders import links, walk
from spiders.article import is_pdf, parse_article, pdf_text
from spiders.encoding import decode
from spiders.items import PageItem
from spiders.published import DATE_VALUE, parse_date
from spiders.source import Source
from spiders.walk import canonical

_LISTED_DATE = re.compile(DATE_VALUE, re.I)
_HUB_MIN_TITLES = 3          # article links that make a page with little text of its own a listing
_HUB_WORDS_PER_TITLE = 10
_HUB_OWN_WORDS = 5           # words besides links that a page of links (a list of years) may have
_SHORT_TEXT = 300            # characters: a page this short may say it all in its attachment
_ATTACHMENT_MIN_SCORE = 0.2  # relevance a longer page needs for its PDFs to be read


def header_dict(response: Response) -> dict[str, str]:
    return {key.decode("latin-1"): b", ".join(values).decode("latin-1")
            for key, values in response.headers.items()}


def listed_dates(tree: Any) -> list[str]:
    """Dates written on a listing page outside its navigation (entries' dates)."""
    boiler = set()
    for container in links.boilerplate_containers(tree):
        boiler.update(container.iter())
    body = tree.find("body")
    texts = [node.text or "" for node in (body.iter() if body is not None else []) if node not in boiler]
    texts += [node.tail or "" for node in (body.iter() if body is not None else []) if node not in boiler]
    found = (parse_date(m.group(1)) for m in _LISTED_DATE.finditer(" ".join(texts)))
    return sorted(d for d in found if d)


class PagesMixin:
    """parse_listing, parse_article and the walk of the generic spiders."""

    # ---- what the run was asked for ----------------------------------------------------
    def _since(self) -> date | None:
        value = self._text_setting("CIVIC_SINCE")
        if not value:
            return None
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            return None

    def _walking(self) -> bool:
        """The spider walks the whole site (discovery) or only its lists (feed, sitemap, listing)."""
        return bool(getattr(self, "walks_site", False))

    # ---- hubs -------------------------------------------------------------------------
    def parse_listing(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        tree = links.html_tree(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        if source is None or tree is None:
            return
        yield from self._listing(tree, response, source, page_no=response.meta.get("page_no", 1))

    def _listing(self, tree: Any, response: Response, source: Source, *, page_no: int) -> Iterator[Any]:
        """Articles and further pages of a listing; with the walk, the listing's other links too."""
        context = float(response.meta.get("walk_score") or walk.cues().scores["section"])
        patterns = tuple(re.compile(p) for p in source.article_patterns)
        exclude = set(self._sections[source.id]) | {source.homepage}
        articles = links.article_links(tree, response.url, exclude=exclude, patterns=patterns,
                                       css=source.css.get("article_links"))
        anchors = links.anchor_texts(tree, response.url) if articles else {}
        fresh = 0
        for url in articles:
            if any(re.search(p, url) for p in source.listing_patterns):
                yield self.request(url, source, "listing", self.parse_listing, meta={"page_no": 1},
                                   priority=walk.priority(context))
            else:
                fresh += not self._known(url)
                anchor = anchors.get(url, "")
                value = walk.score(links.Link(url, anchor, False, False, ""), context=context, template=False,
                                   pagination=False, section=0.0)
                yield self.request(url, source, "article", self.parse_article, priority=walk.priority(value),
                                   meta={"walk_score": value, "anchor": anchor or None})
        further = links.next_pages(tree, response.url, css=source.css.get("next_page"))
        stop = page_no >= self._setting("CIVIC_MAX_LISTING_PAGES", 500)
        if not stop and articles and not fresh and self._complete_before.get(source.id) \
                and not self._flag("CIVIC_BACKFILL", False) and self._since() is None \
                and self._flag("CIVIC_STOP_AT_KNOWN_LISTING", True):
            # Nothing new on this page and the last crawl went through: older pages hold
            # nothing new either (changed articles there are caught by feeds and sitemaps).
            self._count(source.id, "listings_stopped")
            stop = True
        since = self._since()
        if not stop and since is not None:
            dates = listed_dates(tree)
            if dates and dates[-1] < since.isoformat():
                self._count(source.id, "listings_older_than_since")
                stop = True
        if not stop:
            pagination = max(context, walk.cues().scores["pagination"])
            for url in further:
                yield self.request(url, source, "listing", self.parse_listing, meta={"page_no": page_no + 1,
                                   "walk_score": pagination}, priority=walk.priority(pagination))
        if self._walking():
            yield from self._walk(tree, response, source, context, skip=set() if not stop else set(further),
                                  pagination=set(further))

    # ---- documents --------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        if source is None:
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        pdf = is_pdf(response.body, content_type)
        if not pdf and "html" not in content_type.lower() and not response.body.lstrip()[:1] == b"<":
            return  # images, archives and the like are not pages
        meta = response.meta
        article = None
        if not pdf:
            decoded = decode(response.body, content_type=content_type)
            tree = links.html_tree(response.body, decoded=decoded)
            if tree is None:
                return
            if links.looks_like_listing(tree, response.url):
                # A listing reached through a sitemap, a feed or the walk: follow it instead of keeping it.
                self._sections[source.id].add(response.url)
                yield from self._listing(tree, response, source, page_no=meta.get("page_no", 1))
                return
            headers = header_dict(response)
            name, feed_date = self.names_for(response.request.url)
            article = parse_article(response.body, response.url, headers=headers, css=source.css,
                                    title_hint=meta.get("title_hint") or name or meta.get("anchor"),
                                    published_hint=meta.get("published_hint") or feed_date,
                                    site_title=self._site_titles.get(source.id), decoded=decoded,
                                    tree=copy.deepcopy(tree))
            if self._is_hub(article):
                # Nothing but navigation and a list of titles: a hub (a list of years, a table of notices).
                yield from self._listing(tree, response, source, page_no=meta.get("page_no", 1))
                return
            if self._walking():
                context = float(meta.get("walk_score") or walk.cues().scores["other"])
                yield from self._walk(tree, response, source, context)
        else:
            headers = header_dict(response)
            article = parse_article(response.body, response.url, headers=headers, css=source.css)
        since = self._since()
        if since is not None and article.published and article.published < since.isoformat():
            self._count(source.id, "older_than_since")
            return
        item = PageItem(
            url=response.url, source_id=source.id, source_type=source.type, region_teryt=source.region,
            status=response.status, body=response.body, fetched_at=now_iso(), headers=headers,
            encoding=article.encoding, body_hash=hashlib.sha256(response.body).hexdigest(),
            etag=headers.get("ETag"), last_modified=headers.get("Last-Modified"),
            title=article.title, text=article.text, published=article.published,
            attachments=article.attachments)
        pdfs = [u for u in article.attachments if urlsplit(u).path.lower().endswith(".pdf")]
        pdfs = pdfs[: self._setting("CIVIC_MAX_ATTACHMENTS", 3)]
        if pdfs and not pdf and not self._attachments_worth_reading(article):
            self._count(source.id, "attachments_skipped")
            pdfs = []
        if pdfs:
            yield self._attachment_request(item, source, pdfs)
        else:
            yield item

    def _attachment_request(self, item: PageItem, source: Source, pending: list[str]) -> scrapy.Request:
        from spiders.spiders.base import ROLE_PRIORITY

        return scrapy.Request(pending[0], callback=self.parse_attachment, errback=self.on_attachment_error,
                              dont_filter=True, priority=ROLE_PRIORITY["attachment"],
                              meta={"source_id": source.id, "role": "attachment", "item": item,
                                    "pending": pending[1:],
                                    "download_maxsize": self._setting("CIVIC_ATTACHMENT_MAXSIZE", 5 * 1024 * 1024)})

    def parse_attachment(self, response: Response) -> Iterator[Any]:
        item: PageItem = response.meta["item"]
        if is_pdf(response.body, response.headers.get("Content-Type", b"").decode("latin-1")):
            title, text = pdf_text(response.body)
            if text:
                name = title or urlsplit(response.url).path.rsplit("/", 1)[-1]
                item.text = f"{item.text}\n\nZałącznik: {name}\n{text}".strip()
        yield from self._after_attachment(item, response.meta)

    def on_attachment_error(self, failure: Any) -> Iterator[Any]:
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

    @staticmethod
    def _attachments_worth_reading(article: Any) -> bool:
        """A page that may be an announcement, or that says little itself (its attachment is the
        document): its PDFs are read. A resolution or a tender does not cost its PDFs' download."""
        from pipeline.relevance import verdict

        if len(article.own_text) < _SHORT_TEXT:
            return True
        return verdict(article.title, article.text)["score"] >= _ATTACHMENT_MIN_SCORE

    @staticmethod
    def _is_hub(article: Any) -> bool:
        """A page with nothing of its own once navigation is gone, with a heading over a list of
        article links (a table of notices), or with a few words besides links to other pages
        (a list of years): it is read for its links, not kept. Decided on the page alone, so
        the same page is a hub or a document whatever order a crawl meets it in."""
        if not article.own_text:
            return True
        listed = article.listed_links
        if listed >= _HUB_MIN_TITLES and len(article.own_text.split()) <= _HUB_WORDS_PER_TITLE * listed:
            return True
        return article.unlinked_words <= _HUB_OWN_WORDS and listed > 0

    # ---- the walk ---------------------------------------------------------------------
    def _walk(self, tree: Any, response: Response, source: Source, context: float, *,
              skip: set[str] = frozenset(), pagination: set[str] = frozenset()) -> Iterator[Any]:
        """Every link of the page that may lead to announcements, most promising first."""
        found = [link for link in links.links(tree, response.url)
                 if links.related_site(link.url, source.homepage) and not links.is_attachment(link.url)]
        template = self._templates.setdefault(source.id, walk.TemplateLinks())
        template.add_page({link.url for link in found})
        since = self._since()
        page = canonical(response.url)
        home = canonical(source.homepage)
        best: dict[str, tuple[float, str]] = {}
        for link in found:
            key = canonical(link.url)
            if key in (page, home) or link.url in skip or walk.skipped(link):
                continue
            if since is not None and (year := walk.year_of(link)) is not None and year < since.year:
                continue
            value = walk.score(link, context=context, template=template.is_template(link.url),
                               pagination=link.url in pagination, section=links.section_score(link))
            if value > best.get(link.url, (0.0, ""))[0]:
                best[link.url] = (value, link.text)
        for url, (value, text) in best.items():
            yield self.request(url, source, "article", self.parse_article, priority=walk.priority(value),
                               meta={"walk_score": value, "anchor": text or None})
