"""The spider for sources whose RSS/Atom feeds are known (`feeds` in the registry)."""
from __future__ import annotations

from typing import Iterator

import scrapy

from spiders.source import Source
from spiders.spiders.base import SourceSpider


class FeedSpider(SourceSpider):
    """Reads only the configured feeds: the cheapest way to follow a site that has them."""

    name = "feed"

    def start_points(self, source: Source) -> Iterator[scrapy.Request | None]:
        if not source.feeds:
            self.logger.warning("%s has no feeds configured; use the discovery spider", source.id)
        yield from self.configured_start(source, sitemaps=False, listings=False)
