"""Turning stored pages into announcement records: relevance, extraction, upsert.

The crawl's item pipeline calls `process_page` for each page as it arrives;
`civic process` calls `process_pages` over the store after the extractor improves,
without re-crawling, because raw pages are kept.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from pipeline.records import make_record
from pipeline.schema import record_id
from pipeline.store import Store

log = logging.getLogger(__name__)


@dataclass
class ProcessReport:
    pages: int = 0
    announcements: int = 0
    changed: int = 0
    removed: int = 0
    by_type: dict[str, int] = field(default_factory=dict)


def _judge(page: dict[str, Any], threshold: float | None):
    from pipeline.relevance import judge

    return judge(page.get("title") or "", page.get("text") or "", page.get("url") or "", threshold=threshold)


def _extraction_context(page: dict[str, Any]) -> dict[str, Any]:
    return {"published": page.get("published"), "source_region": page.get("region_teryt"),
            "title": page.get("title")}


def process_page(store: Store, page: dict[str, Any], extractor: Any, *,
                 threshold: float | None = None) -> dict[str, Any] | None:
    """Judge one stored page; if it is an announcement, extract and upsert its record.

    Returns the record, or None when the page is not an announcement (any record it had
    before is removed, so a page edited into ordinary news leaves the index).
    """
    report = ProcessReport()
    records = list(_apply(store, [page], extractor, threshold, report))
    return records[0] if records else None


def process_pages(store: Store, pages: Iterable[dict[str, Any]], extractor: Any, *,
                  threshold: float | None = None, batch: int = 64) -> ProcessReport:
    """Process many pages, extracting in batches through the spaCy pipeline."""
    report = ProcessReport()
    chunk: list[dict[str, Any]] = []
    for page in pages:
        chunk.append(page)
        if len(chunk) >= batch:
            for _ in _apply(store, chunk, extractor, threshold, report):
                pass
            chunk = []
    for _ in _apply(store, chunk, extractor, threshold, report):
        pass
    return report


def _apply(store: Store, pages: list[dict[str, Any]], extractor: Any, threshold: float | None,
           report: ProcessReport) -> Iterator[dict[str, Any]]:
    relevant: list[dict[str, Any]] = []
    for page in pages:
        report.pages += 1
        if not page.get("text") or (page.get("status") or 200) >= 400:
            verdict_score, reasons, is_announcement = 0.0, ["no text"], False
        else:
            verdict = _judge(page, threshold)
            verdict_score, reasons, is_announcement = verdict.score, list(verdict.reasons), verdict.is_announcement
        store.set_page_relevance(page["url"], verdict_score, reasons, is_announcement)
        page = {**page, "relevance": verdict_score, "relevance_reasons": reasons, "is_announcement": is_announcement}
        if is_announcement:
            relevant.append(page)
        elif store.delete_record(record_id(page["url"])):
            report.removed += 1
    if not relevant:
        return
    extractions = extractor.extract_many((p["text"], _extraction_context(p)) for p in relevant)
    for page, extraction in zip(relevant, extractions):
        record = make_record(page, extraction)
        if store.upsert_record(record):
            report.changed += 1
        report.announcements += 1
        report.by_type[record["event_type"]] = report.by_type.get(record["event_type"], 0) + 1
        yield record
