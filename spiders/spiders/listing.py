"""The spider for sources whose listing pages are known (`start_urls` in the registry)."""
from __future__ import annotations

from typing import Iterator

import scrapy

from spiders.source import Source
from spiders.spiders.base import SourceSpider


class ListingSpider(SourceSpider):
    """Follows the configured listing pages and their pagination, with the source's patterns
    and CSS overrides when it has them; falls back to the homepage as a listing."""

    name = "listing"

    def start_points(self, source: Source) -> Iterator[scrapy.Request | None]:
        if source.start_urls:
            yield from self.configured_start(source, feeds=False, sitemaps=False)
        else:
            yield self.request(source.homepage, source, "listing", self.parse_listing, meta={"page_no": 1})
