"""Writing documents to a cluster through the client's bulk helper, losing none.

`helpers.streaming_bulk` sends chunks and retries documents the cluster rejects with 429
(backing off exponentially). What it does not cover is a chunk whose connection drops, or
a cluster that keeps failing: those documents are sent again here, in rounds with backoff.
Sending a document again is harmless because its `_id` is the record id (an index
operation replaces, never duplicates). Documents the cluster refuses for good (a mapping
error) are reported one by one, and the caller decides what that means.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

log = logging.getLogger(__name__)

TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class DocumentError:
    id: str
    op: str
    status: int | str
    reason: str


@dataclass
class BulkReport:
    """What a bulk write did: documents written or deleted, resent, and refused."""
    written: int = 0
    deleted: int = 0
    resent: int = 0
    errors: list[DocumentError] = field(default_factory=list)

    def merge(self, other: "BulkReport") -> None:
        self.written += other.written
        self.deleted += other.deleted
        self.resent += other.resent
        self.errors.extend(other.errors)

    def summary(self, limit: int = 5) -> str:
        shown = "; ".join(f"{e.id}: {e.status} {e.reason}" for e in self.errors[:limit])
        more = f" (and {len(self.errors) - limit} more)" if len(self.errors) > limit else ""
        return f"{len(self.errors)} document(s) refused by the cluster: {shown}{more}"


class BulkConnectionLost(Exception):
    """The cluster stayed unreachable through every retry; `report` says what got in."""

    def __init__(self, cause: BaseException, report: BulkReport):
        super().__init__(str(cause))
        self.cause = cause
        self.report = report


@dataclass
class BulkWriter:
    """Bulk writes for one client (Elasticsearch or OpenSearch: their helpers take the same calls)."""
    client: Any
    streaming_bulk: Callable[..., Iterator[tuple[bool, dict[str, Any]]]]
    connection_errors: tuple[type[BaseException], ...]
    chunk_size: int = 500
    max_chunk_bytes: int = 20 * 1024 * 1024
    max_retries: int = 5
    initial_backoff: float = 0.5
    max_backoff: float = 30.0
    window: int = 5000                      # documents held for a possible resend
    sleep: Callable[[float], None] = time.sleep

    def write(self, actions: Iterable[dict[str, Any]],
              progress: Callable[[int], None] | None = None) -> BulkReport:
        """Send index/delete actions (each with `_op_type`, `_index`, `_id`); returns the report."""
        report = BulkReport()
        iterator = iter(actions)
        while batch := list(islice(iterator, self.window)):
            try:
                report.merge(self._write_window(batch, progress))
            except BulkConnectionLost as lost:
                report.merge(lost.report)
                raise BulkConnectionLost(lost.cause, report) from lost.cause
        return report

    def _backoff(self, attempt: int) -> float:
        return min(self.max_backoff, self.initial_backoff * 2 ** (attempt - 1))

    def _write_window(self, batch: list[dict[str, Any]],
                      progress: Callable[[int], None] | None) -> BulkReport:
        report = BulkReport()
        pending: dict[tuple[str, str], dict[str, Any]] = {(a.get("_op_type", "index"), a["_id"]): a for a in batch}
        attempt = 0
        while pending:
            if attempt:
                delay = self._backoff(attempt)
                log.warning("bulk: resending %d document(s) in %.2fs (attempt %d of %d)",
                            len(pending), delay, attempt, self.max_retries)
                self.sleep(delay)
                report.resent += len(pending)
            transient: dict[tuple[str, str], tuple[int | str, str]] = {}
            try:
                for ok, item in self.streaming_bulk(
                        self.client, list(pending.values()), chunk_size=self.chunk_size,
                        max_chunk_bytes=self.max_chunk_bytes, raise_on_error=False,
                        raise_on_exception=False, max_retries=self.max_retries,
                        initial_backoff=self.initial_backoff, max_backoff=self.max_backoff):
                    op, info = next(iter(item.items()))
                    key = (op, str(info.get("_id")))
                    if key not in pending:
                        continue
                    status = info.get("status", "N/A")
                    if ok or (op == "delete" and status == 404):
                        del pending[key]
                        transient.pop(key, None)
                        if op == "delete":
                            report.deleted += 1
                        else:
                            report.written += 1
                        if progress is not None:
                            progress(1)
                    elif status in TRANSIENT_STATUSES or not isinstance(status, int):
                        transient[key] = (status, _reason(info))
                    else:
                        del pending[key]
                        report.errors.append(DocumentError(key[1], op, status, _reason(info)))
                        if progress is not None:
                            progress(1)
            except self.connection_errors as exc:
                if attempt >= self.max_retries:
                    raise BulkConnectionLost(exc, report) from exc
                log.warning("bulk: connection failed (%s); %d document(s) not confirmed", exc, len(pending))
                attempt += 1
                continue
            if not pending:
                break
            if attempt >= self.max_retries:
                unanswered = [transient.get(key, ("N/A", ""))[1] for key in pending
                              if not isinstance(transient.get(key, ("N/A", ""))[0], int)]
                if len(unanswered) == len(pending):  # a client that reports dropped connections per document
                    raise BulkConnectionLost(ConnectionError(unanswered[0] or "no answer from the cluster"), report)
                for key, action in pending.items():
                    status, reason = transient.get(key, ("N/A", "no answer from the cluster"))
                    report.errors.append(DocumentError(key[1], key[0], status,
                                                       f"still failing after {self.max_retries} retries: {reason}"))
                break
            attempt += 1
        return report


def _reason(info: dict[str, Any]) -> str:
    error = info.get("error")
    if isinstance(error, dict):
        kind = error.get("type", "error")
        reason = error.get("reason", "")
        return f"{kind}: {reason}"[:300]
    return str(error or "unknown error").splitlines()[0][:300]


def writer_for(client: Any, flavour: str, **options: Any) -> BulkWriter:
    """A BulkWriter using the bulk helper and connection errors of the client's own package."""
    if flavour == "opensearch":
        from opensearchpy import helpers
        from opensearchpy.exceptions import ConnectionError as OpenSearchConnectionError

        return BulkWriter(client, helpers.streaming_bulk, (OpenSearchConnectionError,), **options)
    from elastic_transport import TransportError
    from elasticsearch import helpers

    return BulkWriter(client, helpers.streaming_bulk, (TransportError,), **options)
