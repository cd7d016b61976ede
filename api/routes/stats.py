"""GET /api/stats: counts grouped by region, month, type, funder, organiser or source.

Region groupings also list every unit of the region by TERYT code with its coverage (is
anyone looking there?), as the regional view shows them.
"""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from api.context import AppContext, get_context
from api.models import UNIT_HELP, Problem, StatsResponse, Unit
from api.params import FilterParams, filter_params
from api.regional import code_grouping, grouped, stats_areas
from api.regions import LEVELS
from index.base import GROUP_BY_FIELDS
from index.breakdown import Grouping

router = APIRouter(tags=["stats"])

GroupBy = Literal[GROUP_BY_FIELDS]  # type: ignore[valid-type]


@router.get("/api/stats", response_model=StatsResponse, response_model_exclude_none=True,
            responses={422: {"model": Problem}}, summary="Counts grouped by one field")
def stats(group_by: Annotated[GroupBy, Query(description="what to count by (months as YYYY-MM)")],
          filters: Annotated[FilterParams, Depends(filter_params)],
          ctx: Annotated[AppContext, Depends(get_context)],
          unit: Annotated[Unit, Query(description=UNIT_HELP)] = "records") -> dict:
    """How many matching announcements fall in each group, under the same filters as search.

    For `voivodeship`, `powiat` and `gmina`, `areas` lists every unit inside the region
    filters by TERYT code, with its count and coverage state (`active`, `silent`, `blind`),
    so a unit with no records is told apart from one nobody watches."""
    groupings = {group_by: Grouping(group_by)}
    if group_by in LEVELS:
        groupings["codes"] = code_grouping(group_by)
    found = grouped(ctx, filters, groupings, unit)
    body: dict = {"group_by": group_by, "unit": unit, "total": found.total, "counts": found.groups[group_by]}
    if group_by in LEVELS:
        figures = stats_areas(ctx, group_by, filters, found)
        body["areas"] = [f.as_dict() for f in figures.areas]
        body["unplaced"] = figures.unplaced
    return body
