"""Keeping an index in step with the store: incremental catch-up or a full rebuild."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from index.base import IndexBackend
from pipeline.events.tables import event_ids_by_record, update_events
from pipeline.store import Store

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    upserted: int
    deleted: int
    rebuilt: bool
    seq: int
    total: int


def sync_index(store: Store, backend: IndexBackend, *, rebuild: bool = False, batch: int = 2000) -> SyncReport:
    """Bring `backend` up to the store's current sequence number.

    Incremental by default: only records changed (and ids deleted) since the index's last
    recorded sequence number are sent, in committed batches; the sequence number is saved
    only once all of them are in, so a killed run sends them again (upserts by id are
    idempotent) and loses nothing that was committed. `rebuild` builds a fresh index from
    every record and switches to it only when it is complete. So does a first build (in one
    piece, which searches fastest), an index built by another version of its schema, and one
    that has grown so much in pieces that the backend asks for it (`fragmented`).

    Events are brought up to date first, so every record goes in with the ids of its events.
    """
    update_events(store)
    target = store.current_seq()
    if not rebuild and backend.outdated():
        log.warning("the index was built by another version of its schema; rebuilding it from the store")
        rebuild = True
    since = 0 if rebuild else backend.get_state()
    if not rebuild and since == 0 and backend.count() == 0:
        rebuild = True
    if since > target:  # the store was replaced under the index: start again
        log.warning("index is ahead of the store (%s > %s); rebuilding", since, target)
        rebuild = True
    if not rebuild:
        report = _send_changes(store, backend, since, target, batch)
        if not backend.fragmented():
            return report
        log.info("the index has grown in pieces to %d records; rebuilding it in one from the store", report.total)
    written = backend.rebuild(with_event_ids(store, store.iter_records()))
    backend.set_state(target)
    return SyncReport(written, 0, True, target, backend.count())


def _send_changes(store: Store, backend: IndexBackend, since: int, target: int, batch: int) -> SyncReport:
    """The records changed and deleted since `since`, in committed batches; then the state."""
    deleted = backend.delete(store.deleted_since(since)) if since else 0
    upserted = 0
    chunk: list[dict] = []
    for record in with_event_ids(store, store.iter_records(since_seq=since)):
        chunk.append(record)
        if len(chunk) >= batch:
            upserted += backend.upsert(chunk)
            chunk = []
    if chunk:
        upserted += backend.upsert(chunk)
    backend.set_state(target)
    return SyncReport(upserted, deleted, False, target, backend.count())


def with_event_ids(store: Store, records: Iterable[dict[str, Any]], batch: int = 500) -> Iterator[dict[str, Any]]:
    """Records with the ids of their events attached (`event_ids`), as the index keeps them."""
    chunk: list[dict[str, Any]] = []

    def flush() -> Iterator[dict[str, Any]]:
        found = event_ids_by_record(store, [r["id"] for r in chunk])
        for record in chunk:
            if record["id"] in found:
                record["event_ids"] = found[record["id"]]
            yield record

    for record in records:
        chunk.append(record)
        if len(chunk) >= batch:
            yield from flush()
            chunk = []
    yield from flush()


def update_index(store: Store, args, *, rebuild: bool = False, quiet: bool = False) -> SyncReport:
    """Open the backend the command-line options name and bring it up to date with the store.

    What `civic crawl`, `civic process` and `civic demo` do after changing records.
    """
    from index.factory import open_backend

    backend = open_backend(args, store.index_dir)
    try:
        report = sync_index(store, backend, rebuild=rebuild)
    finally:
        backend.close()
    if not quiet:
        action = "rebuilt" if report.rebuilt else "updated"
        print(f"index {action} ({getattr(args, 'backend', 'embedded')}): {report.upserted} records written, "
              f"{report.deleted} removed, {report.total} in the index")
    return report
