"""GET /api/stats: counts grouped by region, month, type, funder, organiser or source."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from api.context import AppContext, get_context
from api.models import Problem, StatsResponse
from api.params import FilterParams, PageParams, filter_params, to_request
from index.base import GROUP_BY_FIELDS

router = APIRouter(tags=["stats"])

GroupBy = Literal[GROUP_BY_FIELDS]  # type: ignore[valid-type]


def grouped_counts(ctx: AppContext, group_by: str, filters: FilterParams) -> tuple[int, dict[str, int]]:
    """(matching total, counts per group): months in calendar order, anything else largest first."""
    request = to_request(filters, PageParams(size=1), facets=(), highlight=False)
    counts = ctx.backend.stats(group_by, request)
    if group_by == "month":
        ordered = dict(sorted(counts.items()))
    else:
        ordered = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    total = ctx.backend.search(request).total
    return total, ordered


@router.get("/api/stats", response_model=StatsResponse, responses={422: {"model": Problem}},
            summary="Counts grouped by one field")
def stats(group_by: Annotated[GroupBy, Query(description="what to count by (months as YYYY-MM)")],
          filters: Annotated[FilterParams, Depends(filter_params)],
          ctx: Annotated[AppContext, Depends(get_context)]) -> dict:
    """How many matching announcements fall in each group, under the same filters as search."""
    total, counts = grouped_counts(ctx, group_by, filters)
    return {"group_by": group_by, "total": total, "counts": counts}
