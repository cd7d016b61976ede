"""GET /api/search: the query language, filters, facets, snippets and paging."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from api.context import AppContext, get_context
from api.models import Problem, SearchResponse
from api.params import FilterParams, PageParams, filter_params, page_params, to_request
from index.base import FACET_FIELDS

router = APIRouter(tags=["search"])


@router.get("/api/search", response_model=SearchResponse, responses={422: {"model": Problem}},
            summary="Search announcements")
def search(filters: Annotated[FilterParams, Depends(filter_params)],
           paging: Annotated[PageParams, Depends(page_params)],
           ctx: Annotated[AppContext, Depends(get_context)],
           facets: Annotated[list[str] | None, Query(
               description="facets to count (repeatable; default: all of them). Fewer facets answer faster.",
               json_schema_extra={"items": {"type": "string", "enum": list(FACET_FIELDS)}})] = None,
           ) -> JSONResponse:
    """Full-text search (Polish inflection and diacritics aware) with filters and facet counts.

    The shape is that of `civic search --json` plus the paging fields. (Returned as JSON
    directly: the hits already have the documented shape, and re-validating every hit
    would cost more than the search.)
    """
    request = to_request(filters, paging, facets=facets)
    result = ctx.backend.search(request)
    body = result.to_dict()
    body.update(page=paging.page, size=paging.size)
    return JSONResponse(body)
