"""The web page: search and a record with its evidence highlighted (the regional view: routes/region.py)."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from api.context import AppContext, get_context
from api.params import FilterParams, PageParams, filter_params, page_params, to_request
from api.routes.announcements import RecordId
from api.web import extracted_values, highlighted_text, templates, url_with
from index.query import QuerySyntaxError
from index.request import MAX_RESULT_WINDOW

router = APIRouter(include_in_schema=False)

PAGE_FACETS = ("voivodeship", "powiat", "gmina", "event_type", "status", "organiser", "funder", "programme",
               "source_type", "source")


def _facet_groups(filters: FilterParams, facets: dict[str, dict[str, int]]) -> list[dict[str, Any]]:
    """Each facet's values with counts and the link that adds (or, when active, removes) it."""
    items = filters.query_items()
    groups = []
    for name in PAGE_FACETS:
        active = set(filters.values.get(name, []))
        counts = dict(facets.get(name) or {})
        for value in active - set(counts):
            counts[value] = 0
        if not counts:
            continue
        entries = []
        for value, count in sorted(counts.items(), key=lambda kv: (kv[0] not in active, -kv[1], kv[0])):
            toggled = ([i for i in items if i != (name, value)] if value in active else items + [(name, value)])
            entries.append({"value": value, "count": count, "active": value in active,
                            "url": url_with("/", toggled)})
        groups.append({"name": name, "entries": entries})
    return groups


def _active_chips(filters: FilterParams, sort: str) -> list[dict[str, str]]:
    items = filters.query_items()
    chips = []
    for item in items:
        if item[0] == "q":
            continue
        rest = [i for i in items if i != item] + ([("sort", sort)] if sort != "relevance" else [])
        chips.append({"field": item[0], "value": item[1], "url": url_with("/", rest)})
    return chips


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request,
                filters: Annotated[FilterParams, Depends(filter_params)],
                paging: Annotated[PageParams, Depends(page_params)],
                ctx: Annotated[AppContext, Depends(get_context)]) -> HTMLResponse:
    error = None
    result = None
    records: dict[str, dict[str, Any]] = {}
    try:
        result = ctx.backend.search(to_request(filters, paging))
        records = {r["id"]: r for r in ctx.store.get_records(h.id for h in result.hits)}
    except HTTPException as exc:
        error = str(exc.detail)
    except QuerySyntaxError as exc:
        error = str(exc)
    grouped_hits = group_by_event(ctx.store, result.hits if result else [])
    items = filters.query_items()
    keep = items + ([("sort", paging.sort)] if paging.sort != "relevance" else [])
    pages = {}
    if result is not None:
        if paging.page > 1:
            pages["prev"] = url_with("/", keep + [("page", str(paging.page - 1))])
        if paging.page * paging.size < min(result.total, MAX_RESULT_WINDOW):
            pages["next"] = url_with("/", keep + [("page", str(paging.page + 1))])
    context = {
        "filters": filters, "paging": paging, "result": result, "records": records, "error": error,
        "grouped": grouped_hits,
        "facets": _facet_groups(filters, result.facets if result else {}),
        "chips": _active_chips(filters, paging.sort), "pages": pages,
        "hidden": [i for i in items if i[0] not in ("q", "from", "to")],
        "exports": {name: url_with(path, items) for name, path in
                    (("CSV", "/api/export?format=csv"), ("JSON Lines", "/api/export?format=jsonl"),
                     ("Kalendarz (ICS)", "/api/export?format=ics"), ("Kanał Atom", "/api/feed"))},
    }
    return templates.TemplateResponse(request, "search.html", context, status_code=422 if error else 200)


def group_by_event(store, hits: list) -> dict[str, dict[str, Any]]:
    """Hits of one page grouped by their first event: the first hit of an event carries the
    others (`also`) and how many sources published it; the others are folded under it."""
    from pipeline.events.tables import event_sources

    sources = event_sources(store, [h.event_ids[0] for h in hits if h.event_ids])
    first: dict[str, str] = {}
    out: dict[str, dict[str, Any]] = {}
    for hit in hits:
        event_id = hit.event_ids[0] if hit.event_ids else None
        if event_id and event_id in first:
            out[first[event_id]]["also"].append(hit)
            out[hit.id] = {"folded": True}
            continue
        if event_id:
            first[event_id] = hit.id
        out[hit.id] = {"folded": False, "also": [], "event": event_id, "sources": sources.get(event_id or "", 1)}
    return out


ROLE_LABELS = {"announcement": "zapowiedź", "repost": "przedruk zapowiedzi", "report": "relacja",
               "cancellation": "odwołanie", "postponement": "zmiana terminu"}
EVENT_STATUS_LABELS = {"announced": "zapowiedziane", "held": "odbyło się", "postponed": "przełożone",
                       "cancelled": "odwołane"}


@router.get("/ogloszenia/{rid}", response_class=HTMLResponse)
def record_page(request: Request, rid: RecordId,
                ctx: Annotated[AppContext, Depends(get_context)]) -> HTMLResponse:
    record = ctx.store.get_record(rid)
    if record is None:
        return templates.TemplateResponse(request, "error.html", {"message": "Nie ma takiego ogłoszenia."},
                                          status_code=404)
    values = extracted_values(record)
    from pipeline.events.tables import events_of_record

    return templates.TemplateResponse(request, "record.html", {
        "record": record, "values": values, "text": highlighted_text(record.get("text") or "", values),
        "events": events_of_record(ctx.store, rid), "role_labels": ROLE_LABELS,
        "event_status_labels": EVENT_STATUS_LABELS})
