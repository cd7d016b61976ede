"""GET /healthz: is the store readable and how far the index has caught up."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from api.context import AppContext, get_context
from api.models import Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, responses={503: {"model": Health}},
            summary="Liveness and index freshness")
def healthz(ctx: Annotated[AppContext, Depends(get_context)]) -> JSONResponse:
    """`ok`; `behind` while the index catches up with a crawl (still serving); 503 `no index`
    when the store has records but no index was ever built (`civic index` builds it)."""
    store_seq = ctx.store.current_seq()
    index_seq = ctx.backend.get_state()
    status = "ok" if index_seq >= store_seq else ("no index" if index_seq == 0 else "behind")
    body = {"status": status, "records": ctx.store.count_records(), "indexed": ctx.backend.count(),
            "index_seq": index_seq, "store_seq": store_seq, "backend": ctx.backend.name}
    return JSONResponse(body, status_code=503 if status == "no index" else 200)
