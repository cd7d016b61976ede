"""GET /api/feed: a search as an Atom feed of the newest matching announcements."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from api.context import AppContext, get_context
from api.models import Problem
from api.params import FilterParams, PageParams, filter_params, to_request
from api.routes.export import record_page_url
from pipeline.formats import atom_feed

router = APIRouter(tags=["feed"])


@router.get("/api/feed", summary="Atom feed of the newest matching announcements",
            responses={200: {"content": {"application/atom+xml": {}}, "description": "Atom 1.0"},
                       422: {"model": Problem}},
            response_class=Response)
def feed(request: Request,
         filters: Annotated[FilterParams, Depends(filter_params)],
         ctx: Annotated[AppContext, Depends(get_context)],
         size: Annotated[int, Query(ge=1, le=100, description="entries")] = 50) -> Response:
    """Subscribe to any search (e.g. all trainings in one powiat) in a feed reader."""
    search_request = to_request(filters, PageParams(sort="published", size=size), facets=(), highlight=False)
    result = ctx.backend.search(search_request)
    records = ctx.store.get_records(h.id for h in result.hits)
    base = str(request.base_url).rstrip("/")
    query = urlencode(filters.query_items())
    body = atom_feed(records, title=f"Ogłoszenia o spotkaniach: {filters.describe()}",
                     self_url=str(request.url), html_url=f"{base}/?{query}" if query else f"{base}/",
                     page_url_for=record_page_url(request))
    return Response(body, media_type="application/atom+xml; charset=utf-8")
