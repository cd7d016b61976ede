"""GET /api/announcements/{id}: one whole record, with every value's evidence and span."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path

from api.context import AppContext, get_context
from api.models import Problem

router = APIRouter(tags=["announcements"])

RecordId = Annotated[str, Path(description="16 hex digits, as in search hits", max_length=64)]


def load_record(ctx: AppContext, rid: str) -> dict[str, Any]:
    """The stored record, or a 404 the client can read."""
    record = ctx.store.get_record(rid)
    if record is None:
        raise HTTPException(status_code=404, detail=f"no announcement with id '{rid}'")
    return record


@router.get("/api/announcements/{rid}", responses={404: {"model": Problem}},
            summary="One announcement with its evidence")
def announcement(rid: RecordId, ctx: Annotated[AppContext, Depends(get_context)]) -> dict[str, Any]:
    """The record as stored (see the announcement JSON Schema): each extracted value carries
    `text` (the evidence) and `span` ([start, end) in `text`); `url` is the source page."""
    return load_record(ctx, rid)
