"""Extraction that one document cannot stop.

The extractor reads documents in batches (spaCy's `nlp.pipe`), so one document that makes
it raise would take its whole batch down. Here a failed batch keeps the results it gave
before the failure and the rest is redone one document at a time: only the document that
fails is lost, and it is returned as an `ExtractionFailure` in its place.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Sequence

from pipeline.errors import StageUnavailable, one_line

log = logging.getLogger(__name__)

Item = tuple[str, dict[str, Any]]


@dataclass(frozen=True)
class ExtractionFailure:
    """The place of a document the extractor failed on: the error, on one line."""
    error: str


def start_extractor(**kwargs: Any) -> Any:
    """The NLP extractor, or StageUnavailable saying why it cannot start."""
    try:
        from nlp import Extractor

        return Extractor(**kwargs)
    except Exception as exc:  # noqa: BLE001 - any failure here means no page can be extracted
        log.debug("the extractor failed to start", exc_info=True)
        raise StageUnavailable(f"the extractor cannot start: {one_line(exc)}") from exc


def extract_isolated(extractor: Any, items: Sequence[Item]) -> list[dict[str, Any] | ExtractionFailure]:
    """One result per item, in order: the extraction, or the failure of that item alone."""
    results: list[dict[str, Any] | ExtractionFailure] = []
    try:
        for output in extractor.extract_many(items):
            results.append(output)
    except Exception:  # noqa: BLE001 - redone below, one document at a time
        log.debug("a batch of %d documents failed; extracting them one by one", len(items), exc_info=True)
    for item in items[len(results):]:
        results.append(_extract_one(extractor, item))
    return results


def _extract_one(extractor: Any, item: Item) -> dict[str, Any] | ExtractionFailure:
    try:
        outputs = list(extractor.extract_many([item]))
    except Exception as exc:  # noqa: BLE001 - this document's failure, reported in its place
        log.debug("extraction failed", exc_info=True)
        return ExtractionFailure(one_line(exc))
    if len(outputs) != 1:
        return ExtractionFailure(f"the extractor returned {len(outputs)} results for one document")
    return outputs[0]
