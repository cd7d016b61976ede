"""The page item: one fetched article page, as the item pipeline stores it."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PageItem:
    """Mirrors the columns of the store's `pages` table that a crawl fills in."""

    url: str
    source_id: str
    source_type: str
    status: int
    body: bytes
    fetched_at: str
    region_teryt: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    body_hash: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    title: str = ""
    text: str = ""
    published: str | None = None
    attachments: list[str] = field(default_factory=list)
    error: str | None = None

    def __repr__(self) -> str:  # logs and errors show the page, never its raw body
        return f"PageItem({self.url!r}, status={self.status}, title={self.title!r}, {len(self.body)} bytes)"
