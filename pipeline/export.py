"""Streaming the records that match a search, in its order, in constant memory.

Ids come from the index and whole records from the store (the record of truth) in
batches; shared by `civic export` and the HTTP API's export and feed.
"""
from __future__ import annotations

from typing import Any, Iterator

from index.base import IndexBackend, SearchRequest
from pipeline.store import Store

BATCH = 500


def iter_matching_records(store: Store, backend: IndexBackend, request: SearchRequest,
                          batch: int | None = None) -> Iterator[dict[str, Any]]:
    batch = batch or BATCH
    chunk: list[str] = []
    for rid in backend.iter_ids(request):
        chunk.append(rid)
        if len(chunk) >= batch:
            yield from store.get_records(chunk)
            chunk = []
    if chunk:
        yield from store.get_records(chunk)
