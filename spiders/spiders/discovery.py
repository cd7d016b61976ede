"""The default spider: from a homepage, find feeds, sitemaps and announcement sections, and walk the site."""
from __future__ import annotations

from typing import Iterator
from urllib.parse import urljoin

import scrapy

from spiders.source import Source
from spiders.spiders.base import SourceSpider


class DiscoverySpider(SourceSpider):
    """Reads a site with no per-site configuration.

    The homepage gives RSS/Atom feeds (`<link rel="alternate">`) and the announcement
    sections (by link text and URL); robots.txt gives sitemaps; a site that names neither is
    asked at the addresses CMSs give them (`/sitemap.xml`, `/feed/`, ...). From there the spider walks the site's pages, announcement-like ones first,
    within the page budget (CIVIC_MAX_PAGES). Configured feeds, sitemaps and listing pages
    of the source are read as well.
    """

    name = "discovery"
    walks_site = True

    def start_points(self, source: Source) -> Iterator[scrapy.Request | None]:
        yield self.request(urljoin(source.homepage, "/robots.txt"), source, "robots", self.parse_robots)
        yield self.request(source.homepage, source, "homepage", self.parse_homepage)
        yield from self.configured_start(source)
