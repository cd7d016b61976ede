"""Turning stored pages into announcement records: relevance, extraction, upsert.

The crawl's item pipeline calls `process_page` for each page as it arrives;
`civic process` calls `process_pages` over the store after the extractor improves,
without re-crawling, because raw pages are kept.

A page's verdict is committed together with its outcome (the record upserted, or the
record removed), in one transaction: a page with a verdict has finished processing. A page
that failed, or whose run was killed midway, keeps its earlier verdict (NULL for a new
page), so the next crawl fetches it again and the next `civic process` retries it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from pipeline.errors import one_line
from pipeline.extraction import ExtractionFailure, extract_isolated
from pipeline.records import make_record
from pipeline.relevance import Relevance
from pipeline.schema import record_id
from pipeline.store import Store

log = logging.getLogger(__name__)

# The stages a stored page goes through, as failures name them.
STAGE_RELEVANCE = "relevance judge"
STAGE_EXTRACTOR = "extractor"
STAGE_RECORD = "record builder"


@dataclass(frozen=True)
class PageFailure:
    url: str
    stage: str
    error: str        # one line


class PageProcessingError(Exception):
    """Raised by `process_page` when its page failed; the page keeps its earlier state."""

    def __init__(self, failure: PageFailure):
        super().__init__(f"{failure.stage} failed: {failure.error}")
        self.failure = failure


@dataclass
class ProcessReport:
    pages: int = 0
    announcements: int = 0
    changed: int = 0
    removed: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    failures: list[PageFailure] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)   # pages recorded with some fields not read
    attempted: dict[str, int] = field(default_factory=dict)   # pages each stage was given

    def attempt(self, stage: str, pages: int = 1) -> None:
        self.attempted[stage] = self.attempted.get(stage, 0) + pages


OnFailure = Callable[[PageFailure], None]


def page_verdict(page: dict[str, Any], threshold: float | None = None) -> Relevance:
    """Is this page an announcement? The decision the crawl, `civic process` and
    `civic extract` all make: no text or an error status is never one."""
    if not page.get("text") or (page.get("status") or 200) >= 400:
        return Relevance(score=0.0, reasons=["no text"], is_announcement=False)
    from pipeline.relevance import judge

    return judge(page.get("title") or "", page.get("text") or "", page.get("url") or "",
                 published=page.get("published"), threshold=threshold)


def _extraction_context(page: dict[str, Any]) -> dict[str, Any]:
    return {"published": page.get("published"), "source_region": page.get("region_teryt"),
            "title": page.get("title"), "url": page.get("url")}


def process_page(store: Store, page: dict[str, Any], extractor: Any, *,
                 threshold: float | None = None, report: ProcessReport | None = None) -> dict[str, Any] | None:
    """Judge one stored page; if it is an announcement, extract and upsert its record.

    Returns the record, or None when the page is not an announcement (any record it had
    before is removed, so a page edited into ordinary news leaves the index). Raises
    PageProcessingError when a stage failed on it. `report`, when given, adds up what
    each stage was given.
    """
    report = report if report is not None else ProcessReport()
    failures_before = len(report.failures)
    records = list(_apply(store, [page], extractor, threshold, report, None))
    if len(report.failures) > failures_before:
        raise PageProcessingError(report.failures[-1])
    return records[0] if records else None


def process_pages(store: Store, pages: Iterable[dict[str, Any]], extractor: Any, *,
                  threshold: float | None = None, batch: int = 64,
                  on_failure: OnFailure | None = None) -> ProcessReport:
    """Process many pages, extracting in batches through the spaCy pipeline.

    A page that fails is reported to `on_failure` and in the report; the others go on.
    """
    report = ProcessReport()
    chunk: list[dict[str, Any]] = []
    for page in pages:
        chunk.append(page)
        if len(chunk) >= batch:
            for _ in _apply(store, chunk, extractor, threshold, report, on_failure):
                pass
            chunk = []
    for _ in _apply(store, chunk, extractor, threshold, report, on_failure):
        pass
    return report


def _fail(report: ProcessReport, on_failure: OnFailure | None, url: str, stage: str, error: str) -> None:
    failure = PageFailure(url, stage, error)
    report.failures.append(failure)
    log.debug("%s: %s failed: %s", url, stage, error)
    if on_failure is not None:
        on_failure(failure)


def _with_verdict(page: dict[str, Any], verdict: Relevance) -> dict[str, Any]:
    return {**page, "relevance": verdict.score, "relevance_reasons": list(verdict.reasons),
            "is_announcement": verdict.is_announcement}


def _apply(store: Store, pages: list[dict[str, Any]], extractor: Any, threshold: float | None,
           report: ProcessReport, on_failure: OnFailure | None) -> Iterator[dict[str, Any]]:
    relevant: list[tuple[dict[str, Any], Relevance]] = []
    for page in pages:
        report.pages += 1
        report.attempt(STAGE_RELEVANCE)
        try:
            verdict = page_verdict(page, threshold)
        except Exception as exc:  # noqa: BLE001 - one page's failure, reported; the others go on
            _fail(report, on_failure, page["url"], STAGE_RELEVANCE, one_line(exc))
            continue
        if verdict.is_announcement:
            relevant.append((_with_verdict(page, verdict), verdict))
            continue
        with store.transaction():
            store.set_page_relevance(page["url"], verdict.score, list(verdict.reasons), False)
            if store.delete_record(record_id(page["url"])):
                report.removed += 1
    if not relevant:
        return
    report.attempt(STAGE_EXTRACTOR, len(relevant))
    extractions = extract_isolated(extractor, [(p["text"], _extraction_context(p)) for p, _v in relevant])
    for (page, verdict), extraction in zip(relevant, extractions):
        if isinstance(extraction, ExtractionFailure):
            _fail(report, on_failure, page["url"], STAGE_EXTRACTOR, extraction.error)
            continue
        if extraction.get("errors"):   # the record keeps the fields read; the failed ones stay empty
            log.warning("%s: extraction incomplete: %s", page["url"], "; ".join(extraction["errors"]))
            report.incomplete.append(page["url"])
        report.attempt(STAGE_RECORD)
        try:
            record = make_record(page, extraction)
        except Exception as exc:  # noqa: BLE001
            _fail(report, on_failure, page["url"], STAGE_RECORD, one_line(exc))
            continue
        with store.transaction():
            store.set_page_relevance(page["url"], verdict.score, list(verdict.reasons), True)
            changed = store.upsert_record(record)
        report.changed += changed
        report.announcements += 1
        report.by_type[record["event_type"]] = report.by_type.get(record["event_type"], 0) + 1
        yield record
