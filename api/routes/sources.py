"""GET /api/sources: every source in the registry, with its crawl health and record count."""
from __future__ import annotations

import logging
import threading
import time
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from api.context import AppContext, get_context
from index.base import SearchRequest
from pipeline.health import store_health

router = APIRouter(tags=["sources"])
log = logging.getLogger(__name__)

REGISTRY_TTL = 300.0  # seconds a loaded registry is reused (its files change with deployments)
_cache: dict[str, Any] = {"at": 0.0, "rows": [], "error": None}
_lock = threading.Lock()


def registry_rows() -> tuple[list[dict[str, Any]], str | None]:
    """The registry as plain rows, and the reason when it could not be loaded."""
    with _lock:
        if time.monotonic() - _cache["at"] > REGISTRY_TTL or not _cache["at"]:
            try:
                from spiders.registry import load_registry

                sources = load_registry()
                _cache.update(rows=[{"id": s.id, "name": s.name, "type": s.type, "homepage": s.homepage,
                                     "region": s.region, "enabled": s.enabled,
                                     "confidence": getattr(s, "confidence", None)} for s in sources],
                              error=None)
            except Exception as exc:  # a broken registry file must not take the API down
                log.warning("source registry unavailable: %s", exc)
                _cache.update(rows=[], error=str(exc))
            _cache["at"] = time.monotonic()
        return _cache["rows"], _cache["error"]


@router.get("/api/sources", summary="Sources with their crawl health")
def sources(ctx: Annotated[AppContext, Depends(get_context)],
            type: Annotated[Literal["municipal", "rops", "ngo", "other"] | None,
                            Query(description="only sources of this kind")] = None,
            region: Annotated[str | None, Query(max_length=7, pattern=r"^\d{2,7}$",
                                                description="only sources in this TERYT unit (prefix)")] = None,
            flagged: Annotated[bool, Query(description="only sources whose health needs a look")] = False,
            ) -> dict[str, Any]:
    """Each registry source with `records` (its announcements in the index) and `health` (the
    latest crawl run's figures: requests, answers by status class, pages, announcements,
    error rate, and flags such as `silent`, `errors rising`, `unreachable`; null if never crawled)."""
    rows, error = registry_rows()
    rows = [dict(row) for row in rows]
    counts = ctx.backend.stats("source", SearchRequest(size=1, facets=(), highlight=False))
    health = {h.source_id: h.as_dict() for h in store_health(ctx.store)}
    known = {row["id"] for row in rows}
    # Sources seen in the store but not (or no longer) in the registry still get a row.
    for source_id in sorted((set(health) | set(counts)) - known):
        rows.append({"id": source_id, "name": None, "type": None, "homepage": None, "region": None,
                     "enabled": None, "confidence": None})
    out = []
    for row in rows:
        row["records"] = counts.get(row["id"], 0)
        row["health"] = health.get(row["id"])
        if type and row["type"] != type:
            continue
        if region and not (row["region"] or "").startswith(region):
            continue
        if flagged and not (row["health"] and row["health"]["flags"]):
            continue
        out.append(row)
    body: dict[str, Any] = {"total": len(out), "sources": out}
    if error:
        body["registry_error"] = error
    return body
