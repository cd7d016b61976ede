"""Feeds and sitemaps: the machine-readable lists of a site's pages.

Both may name pages by relative addresses (static-site generators write `<loc>/?p=102/</loc>`),
which are resolved against the document's own URL. A feed item's title and date travel with
the request for its page: a page that states neither (old posts exported to static files)
still gets the title and date its feed gave it.
"""
from __future__ import annotations

import gzip
from typing import Any, Iterator
from urllib.parse import urljoin, urlsplit

from scrapy.http import Response
from scrapy.utils.sitemap import Sitemap

from spiders import links, walk
from spiders.published import parse_date

_FEED_DATE_FORMATS = ("%a, %d %b %Y %H:%M:%S %z", "%a, %d %b %Y %H:%M:%S %Z", "%a, %d %b %Y %H:%M %z")


def _feed_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    found = parse_date(value[:10])
    if found:
        return found
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _absolute(url: str, base: str) -> str | None:
    url = (url or "").strip()
    if not url:
        return None
    url = urljoin(base, url)
    return url if url.startswith(("http://", "https://")) else None


class DocumentsMixin:
    """parse_feed and parse_sitemap of the generic spiders (see spiders/spiders/base.py)."""

    def _feed_entries(self, root: Any, base: str) -> list[tuple[str, str, str | None]]:
        """(url, title, date) of each item of an RSS 2.0, RSS 1.0 or Atom document."""
        found: list[tuple[str, str, str | None]] = []

        def first(node: Any, names: tuple[str, ...], attr: str | None = None) -> str:
            for name in names:
                for child in node.xpath(f"./*[local-name()='{name}']"):
                    value = child.get(attr) if attr else child.text
                    if value and value.strip():
                        return value.strip()
            return ""

        for item in root.xpath("//*[local-name()='item']"):
            url = first(item, ("link",)) or item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about") or ""
            found.append((url, first(item, ("title",)), _feed_date(first(item, ("pubDate", "date", "published")))))
        for entry in root.xpath("//*[local-name()='entry']"):
            url = ""
            for link in entry.xpath("./*[local-name()='link']"):
                if link.get("rel") in (None, "alternate") and link.get("href"):
                    url = link.get("href")
                    break
            found.append((url, first(entry, ("title",)), _feed_date(first(entry, ("published", "updated")))))
        out = []
        for url, title, when in found:
            absolute = _absolute(url, base)
            if absolute:
                out.append((absolute, title, when))
        return out

    def parse_feed(self, response: Response) -> Iterator[Any]:
        source = self.source_for(response.request)
        if source is None:
            return
        body = response.body.lstrip()
        if not body.startswith(b"<?xml") and b"<rss" not in body[:2000] and b"<feed" not in body[:2000] \
                and b"<rdf:RDF" not in body[:2000]:
            if response.meta.get("probe"):
                return   # a guessed address that answers with an ordinary page
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
        for url, title, when in self._feed_entries(root, response.url):
            score = walk.score(links.Link(url, title, False, False, ""), context=walk.cues().scores["feed_item"],
                               template=False, pagination=False, section=0.0)
            yield self.request(url, source, "article", self.parse_article, priority=walk.priority(score),
                               meta={"title_hint": title or None, "published_hint": when, "walk_score": score})
        for url in root.xpath("/*[local-name()='feed']/*[local-name()='link'][@rel='next']/@href"):
            if absolute := _absolute(url, response.url):
                yield self.request(absolute, source, "feed", self.parse_feed)

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
        if response.meta.get("probe") and b"<urlset" not in body[:4096] and b"<sitemapindex" not in body[:4096]:
            return   # a guessed address that answers with something else
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # noqa: BLE001
            self.logger.warning("unreadable sitemap %s: %s", response.url, exc)
            self._count(source.id, "errors")
            return
        skip = set(self._sections[source.id]) | {source.homepage}
        for entry in sitemap:
            url = _absolute(entry.get("loc", ""), response.url)
            if url is None:
                continue
            if sitemap.type == "sitemapindex":
                yield self.request(url, source, "sitemap", self.parse_sitemap)
            elif url in skip or urlsplit(url).path in ("", "/") and not urlsplit(url).query \
                    or links.is_attachment(url):
                continue
            elif links.section_score(links.Link(url, "", False, False, "")) >= 0.5:
                # `/aktualnosci/` in a sitemap is a section: read it as one
                self._sections[source.id].add(url)
                yield self.request(url, source, "listing", self.parse_listing, meta={"page_no": 1},
                                   priority=walk.priority(walk.cues().scores["section"]))
            else:
                link = links.Link(url, "", False, False, "")
                if walk.skipped(link):
                    continue
                score = walk.score(link, context=walk.cues().scores["sitemap_entry"], template=False,
                                   pagination=False, section=0.0)
                yield self.request(url, source, "article", self.parse_article, priority=walk.priority(score),
                                   meta={"lastmod": entry.get("lastmod"), "walk_score": score})
