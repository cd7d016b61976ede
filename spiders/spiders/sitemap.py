"""The spider for sources read through their sitemaps (configured, or from robots.txt)."""
from __future__ import annotations

from typing import Iterator
from urllib.parse import urljoin

import scrapy

from spiders.source import Source
from spiders.spiders.base import SourceSpider


class SitemapSpider(SourceSpider):
    """Reads the configured sitemaps and those robots.txt names; `lastmod` lets re-crawls skip."""

    name = "sitemap"

    def start_points(self, source: Source) -> Iterator[scrapy.Request | None]:
        yield self.request(urljoin(source.homepage, "/robots.txt"), source, "robots", self.parse_robots)
        yield from self.configured_start(source, feeds=False, listings=False)
