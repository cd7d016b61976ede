"""One crawl source: a row of configuration that the generic spiders know how to read."""
from __future__ import annotations

from dataclasses import dataclass, field

SOURCE_TYPES = ("municipal", "rops", "ngo", "other")
CONFIDENCE_LEVELS = ("high", "medium", "low")


@dataclass(frozen=True)
class Source:
    id: str                                   # stable slug, e.g. `gmina-0223022` or `rops-lubelskie`
    name: str
    type: str                                 # one of SOURCE_TYPES
    homepage: str
    region: str | None = None                 # TERYT code: 2 (voivodeship), 4 (powiat) or 7 (gmina) digits
    start_urls: tuple[str, ...] = ()          # listing pages to start from instead of discovery
    feeds: tuple[str, ...] = ()               # RSS/Atom feed URLs
    sitemaps: tuple[str, ...] = ()            # sitemap URLs
    listing_patterns: tuple[str, ...] = ()    # regexes for listing-page URLs
    article_patterns: tuple[str, ...] = ()    # regexes for article URLs
    css: dict[str, str] = field(default_factory=dict)  # overrides: `title`, `content`, `date`, `article_links`, `next_page`
    enabled: bool = True
    confidence: str = "high"                  # how sure we are of the homepage: high, medium, low
    note: str = ""                            # why a row is flagged, disabled or was corrected
