"""The web page: search, a record with its evidence highlighted, and the regional view."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from api.context import AppContext, get_context
from api.params import FilterParams, PageParams, filter_params, page_params, to_request
from api.routes.announcements import RecordId
from api.routes.stats import grouped_counts
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
        "facets": _facet_groups(filters, result.facets if result else {}),
        "chips": _active_chips(filters, paging.sort), "pages": pages,
        "hidden": [i for i in items if i[0] not in ("q", "from", "to")],
        "exports": {name: url_with(path, items) for name, path in
                    (("CSV", "/api/export?format=csv"), ("JSON Lines", "/api/export?format=jsonl"),
                     ("Kalendarz (ICS)", "/api/export?format=ics"), ("Kanał Atom", "/api/feed"))},
    }
    return templates.TemplateResponse(request, "search.html", context, status_code=422 if error else 200)


@router.get("/ogloszenia/{rid}", response_class=HTMLResponse)
def record_page(request: Request, rid: RecordId,
                ctx: Annotated[AppContext, Depends(get_context)]) -> HTMLResponse:
    record = ctx.store.get_record(rid)
    if record is None:
        return templates.TemplateResponse(request, "error.html", {"message": "Nie ma takiego ogłoszenia."},
                                          status_code=404)
    values = extracted_values(record)
    return templates.TemplateResponse(request, "record.html", {
        "record": record, "values": values, "text": highlighted_text(record.get("text") or "", values)})


def _bars(counts: dict[str, int], limit: int) -> list[dict[str, Any]]:
    top = list(counts.items())[:limit]
    peak = max((n for _, n in top), default=0) or 1
    return [{"key": k, "count": n, "percent": round(100 * n / peak, 1)} for k, n in top]


def _month_series(counts: dict[str, int], months: int = 36) -> list[dict[str, Any]]:
    """The last `months` months up to the latest one with data, gaps filled with zeros."""
    keys = [k for k in counts if len(k) == 7 and k[4] == "-" and k[:4].isdigit() and k[5:].isdigit()]
    if not keys:
        return []
    year, month = map(int, max(keys).split("-"))
    series = []
    for _ in range(months):
        key = f"{year:04d}-{month:02d}"
        series.append({"key": key, "count": counts.get(key, 0)})
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    while series and series[-1]["count"] == 0:  # no leading empty months
        series.pop()
    return list(reversed(series))


def _month_chart(series: list[dict[str, Any]], width: int = 720, height: int = 220) -> dict[str, Any] | None:
    """Geometry of a bar chart drawn as inline SVG (no chart library, nothing loaded from outside)."""
    if not series:
        return None
    base, top, margin = height - 24, 16, 28  # room for month labels below and at both ends
    peak = max(m["count"] for m in series) or 1
    step = (width - 2 * margin) / len(series)
    every = len(series) // 8 + 1
    bars = []
    for i, month in enumerate(series):
        h = (base - top) * month["count"] / peak
        left = margin + i * step
        bars.append({**month, "x": round(left + step * 0.1, 1), "w": round(step * 0.8, 1),
                     "y": round(base - h, 1), "h": round(h, 1), "cx": round(left + step / 2, 1),
                     "labelled": i % every == 0})
    return {"width": width, "height": height, "base": base, "bars": bars}


def _upcoming(ctx: AppContext, filters: FilterParams, today: date, limit: int = 15) -> list[dict[str, Any]]:
    """The next events in the region, soonest first.

    The index sorts event dates newest first, so the window shrinks from a year until
    everything in it fits on one page, which then holds the soonest events.
    """
    days = 365
    while True:
        window = FilterParams(values=filters.values, date_from=today.isoformat(),
                              date_to=(today + timedelta(days=days)).isoformat())
        result = ctx.backend.search(to_request(window, PageParams(sort="event_date", size=100), facets=(),
                                               highlight=False))
        if result.total <= 100 or days <= 1:
            break
        days //= 2
    upcoming = []
    for hit in result.hits:
        starts = sorted(e["start"] for e in hit.events if (e.get("end") or e["start"])[:10] >= today.isoformat())
        if starts:
            upcoming.append({"hit": hit, "start": starts[0]})
    upcoming.sort(key=lambda u: u["start"])
    return upcoming[:limit]


@router.get("/region", response_class=HTMLResponse)
def region_page(request: Request, ctx: Annotated[AppContext, Depends(get_context)],
                voivodeship: Annotated[str, Query(max_length=100)] = "",
                powiat: Annotated[str, Query(max_length=100)] = "") -> HTMLResponse:
    everything = FilterParams()
    _, voivodeships = grouped_counts(ctx, "voivodeship", everything)
    context: dict[str, Any] = {"voivodeship": voivodeship, "powiat": powiat,
                               "voivodeships": sorted(voivodeships.items()), "powiats": [], "chosen": False}
    if voivodeship:
        chosen = FilterParams(values={"voivodeship": [voivodeship]})
        _, powiats = grouped_counts(ctx, "powiat", chosen)
        context["powiats"] = sorted(powiats.items())
        if powiat:
            chosen.values["powiat"] = [powiat]
        total, months = grouped_counts(ctx, "month", chosen)
        series = _month_series(months)
        items = chosen.query_items()
        context.update(
            chosen=True, total=total, chart=_month_chart(series),
            gminas=_bars(grouped_counts(ctx, "gmina", chosen)[1], 30),
            organisers=_bars(grouped_counts(ctx, "organiser", chosen)[1], 10),
            funders=_bars(grouped_counts(ctx, "funder", chosen)[1], 10),
            types=_bars(grouped_counts(ctx, "event_type", chosen)[1], 8),
            upcoming=_upcoming(ctx, chosen, date.today()),
            search_url=url_with("/", items),
            links={name: url_with(path, items) for name, path in
                   (("Kanał Atom", "/api/feed"), ("Kalendarz (ICS)", "/api/export?format=ics"),
                    ("CSV", "/api/export?format=csv"))})
    return templates.TemplateResponse(request, "region.html", context)
