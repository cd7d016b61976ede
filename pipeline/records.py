"""Assemble an announcement record from a stored page and its extraction."""
from __future__ import annotations

from typing import Any

from pipeline.schema import content_hash, empty_region, record_id

EXTRACTED_FIELDS = ("events", "deadlines", "venues", "organisers", "funding")


def make_record(page: dict[str, Any], extraction: dict[str, Any]) -> dict[str, Any]:
    """The record for a page judged to be an announcement.

    `page` carries the pages-table fields (url, source_id, source_type, title, text,
    published, fetched_at, attachments, relevance, relevance_reasons); `extraction` is what
    `nlp.Extractor.extract` returned for the page's text. The page's own publication date
    (from its metadata) wins over one found in the text.
    """
    text = page.get("text") or ""
    record: dict[str, Any] = {
        "id": record_id(page["url"]),
        "url": page["url"],
        "source_id": page["source_id"],
        "source_type": page.get("source_type") or "other",
        "title": page.get("title") or "",
        "text": text,
        "published": page.get("published") or extraction.get("published"),
        "fetched_at": page["fetched_at"],
        "content_hash": content_hash(text),
        "lang": "pl",
        "region": extraction.get("region") or empty_region(),
        "contacts": extraction.get("contacts") or {"emails": [], "phones": [], "urls": []},
        "event_type": extraction.get("event_type") or "inne",
        "status": extraction.get("status") or "unknown",
        "extractor_version": extraction["extractor_version"],
        "relevance": {"score": page.get("relevance") or 0.0, "reasons": list(page.get("relevance_reasons") or [])},
        "attachments": list(page.get("attachments") or []),
    }
    for name in EXTRACTED_FIELDS:
        record[name] = list(extraction.get(name) or [])
    return record
