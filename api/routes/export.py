"""GET /api/export: every matching record as CSV, JSON Lines or iCalendar, streamed.

Ids come from the index a page at a time and records from the store in batches, so
exporting the whole store runs in constant memory.
"""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from api.context import AppContext, get_context
from api.models import UNIT_HELP, Problem, Unit
from api.params import FilterParams, PageParams, filter_params, to_request
from index.base import MAX_PAGE_SIZE
from pipeline.export import iter_matching_records
from pipeline.formats import csv_chunks, ics_chunks, jsonl_chunks

router = APIRouter(tags=["export"])

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
               "ics": "text/calendar; charset=utf-8"}
def record_page_url(request: Request):
    base = str(request.base_url).rstrip("/")
    return lambda rid: f"{base}/ogloszenia/{rid}"


@router.get("/api/export", summary="Export matching announcements (CSV, JSON Lines, iCalendar)",
            responses={200: {"content": {t.split(";")[0]: {} for t in MEDIA_TYPES.values()},
                             "description": "the export, streamed"},
                       422: {"model": Problem}},
            response_class=StreamingResponse)
def export(request: Request,
           filters: Annotated[FilterParams, Depends(filter_params)],
           ctx: Annotated[AppContext, Depends(get_context)],
           format: Annotated[Literal["csv", "jsonl", "ics"], Query(description="csv, jsonl or ics")] = "csv",
           sort: Annotated[Literal["relevance", "event_date", "published"], Query()] = "published",
           unit: Annotated[Unit, Query(description=UNIT_HELP)] = "records",
           ) -> StreamingResponse:
    """The same filters as search. `ics` has one VEVENT per event date (Europe/Warsaw time),
    with the venue and a link to the source: subscribe to the URL in any calendar. With
    `unit=events`, one row (or VEVENT) per event, the meeting, with all its sources."""
    search_request = to_request(filters, PageParams(sort=sort, size=MAX_PAGE_SIZE), facets=(), highlight=False)
    records = iter_matching_records(ctx.store, ctx.backend, search_request)
    if unit == "events":
        from pipeline.events.export import event_csv_chunks, event_ics_chunks, events_of

        events = events_of(ctx.store, records)
        if format == "csv":
            body = event_csv_chunks(events)
        elif format == "jsonl":
            body = jsonl_chunks(events)
        else:
            body = event_ics_chunks(events, record_page_url(request), "Wydarzenia: " + filters.describe())
    elif format == "csv":
        body = csv_chunks(records)
    elif format == "jsonl":
        body = jsonl_chunks(records)
    else:
        body = ics_chunks(records, record_page_url(request), "Spotkania: " + filters.describe())
    filename = f"civic-{date.today():%Y%m%d}.{format}"
    disposition = "inline" if format == "ics" else "attachment"
    return StreamingResponse(body, media_type=MEDIA_TYPES[format],
                             headers={"Content-Disposition": f'{disposition}; filename="{filename}"'})
