"""The regional view for ROPS staff: a map shaded by records, coverage, trends, subscriptions;
and each source's crawl health, which the coverage links to."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from api.charts import area_class, bars, change_label, legend, month_comparison, shade_bins, sparkline
from api.context import AppContext, get_context
from api.coverage import (STATE_HELP, STATE_LABELS, SOURCE_STATUS_LABELS, STATES, UNIT, SourceDirectory,
                          source_directory)
from api.geomap import country_map, voivodeship_map
from api.models import UNIT_HELP, Unit
from api.params import FilterParams, filter_params, to_request
from api.regional import (AreaFigures, Period, Trend, area_figures, code_grouping, grouped, in_period, level_below,
                          period_of, trends, upcoming)
from api.regions import Area, all_areas, area, areas_of_level, gmina_code_of, resolve, within
from api.web import templates, url_with
from index.breakdown import Grouping

router = APIRouter(include_in_schema=False)
TOP = 10


def _chosen(filters: FilterParams) -> tuple[Area | None, Area | None]:
    """The voivodeship and powiat asked for (by name or TERYT code); a powiat implies its voivodeship."""
    voivodeship = powiat = None
    for value in filters.values.get("voivodeship", [])[:1]:
        found = resolve("voivodeship", value)
        voivodeship = found[0] if len(found) == 1 else None
        if voivodeship is None:
            raise LookupError("Nie ma takiego województwa.")
    for value in filters.values.get("powiat", [])[:1]:
        found = resolve("powiat", value, voivodeship.code if voivodeship else None)
        if len(found) != 1:
            raise LookupError("Nie ma takiego powiatu." if not found else
                              "Ta nazwa powiatu występuje w kilku województwach: wybierz województwo.")
        powiat = found[0]
        voivodeship = area(powiat.code[:2])
    return voivodeship, powiat


def _scoped(filters: FilterParams, voivodeship: Area | None, powiat: Area | None) -> FilterParams:
    """The filters with the region given unambiguously (voivodeship names are unique, powiat
    names are not: a powiat goes by its code) and no other region filter."""
    values = {k: v for k, v in filters.values.items() if k not in ("voivodeship", "powiat")}
    if voivodeship:
        values["voivodeship"] = [voivodeship.name]
    if powiat:
        values["powiat"] = [powiat.code]
    return replace(filters, values=values)


def _period_items(period: Period) -> list[tuple[str, str]]:
    return [] if period.default else [("from", period.start.isoformat()), ("to", period.end.isoformat())]


def _view_items(filters: FilterParams, period: Period) -> list[tuple[str, str]]:
    """Query items of a /region link: the filters (dates left to the period) and the period."""
    return [i for i in replace(filters, date_from=None, date_to=None).query_items()] + _period_items(period)


def _area_rows(figures: AreaFigures, directory: SourceDirectory, link_for, with_sources: bool) -> list[dict[str, Any]]:
    rows = []
    for figure in figures.areas:
        sources = directory.in_area(figure.area) if with_sources else []
        rows.append({"area": figure.area, "count": figure.count, "coverage": figure.coverage,
                     "url": link_for(figure.area), "sources": sources})
    return rows


def _map_context(figures: AreaFigures, shapes, link_for, chosen: Area | None) -> dict[str, Any]:
    by_code = {f.area.code: f for f in figures.areas}
    bins = shade_bins(max((f.count for f in figures.areas), default=0))
    areas = []
    for shape in shapes.shapes:
        figure = by_code.get(shape.teryt)
        if figure is None:
            continue
        state = figure.coverage.state
        areas.append({"teryt": shape.teryt, "path": shape.path, "label": figure.area.label, "count": figure.count,
                      "state": state, "state_label": STATE_LABELS[state], "url": link_for(figure.area),
                      "css": area_class(figure.count, state, bins),
                      "chosen": chosen is not None and chosen.code == shape.teryt})
    return {"width": shapes.width, "height": shapes.height, "areas": areas, "legend": legend(bins)}


def _trend_rows(rows: list[Trend]) -> list[dict[str, Any]]:
    return [{"key": t.key, "label": t.key, "total": t.total, "earlier": t.total_earlier,
             "change": change_label(t.change), "spark": sparkline(t.current, t.earlier)} for t in rows]


@router.get("/region", response_class=HTMLResponse)
def region_page(request: Request, ctx: Annotated[AppContext, Depends(get_context)],
                filters: Annotated[FilterParams, Depends(filter_params)],
                unit: Annotated[Unit, Query(description=UNIT_HELP)] = UNIT) -> HTMLResponse:
    to_request(filters)  # a malformed date or query answers 422 before anything is counted
    try:
        voivodeship, powiat = _chosen(filters)
    except LookupError as exc:
        return templates.TemplateResponse(request, "error.html", {"message": str(exc)}, status_code=404)
    today = date.today()
    period = period_of(filters, today)
    focus = _scoped(filters, voivodeship, powiat)           # what the page is about
    whole = _scoped(filters, voivodeship, None)             # what the map shows
    directory = source_directory(ctx.store)
    map_level = level_below(voivodeship)
    # One pass counts the map's areas and, unless a powiat narrows the rest, everything else too.
    detail = {"organiser": Grouping("organiser"), "funder": Grouping("funder"),
              "event_type": Grouping("event_type"), "month": Grouping("month")}
    if voivodeship:
        detail["gmina"] = code_grouping("gmina")
    map_groups = {"areas": code_grouping(map_level)}
    counted = grouped(ctx, in_period(whole, period), {**map_groups, **({} if powiat else detail)}, unit)
    narrowed = grouped(ctx, in_period(focus, period), detail, unit) if powiat else counted
    base_items = _view_items(replace(focus, values={k: v for k, v in focus.values.items()
                                                   if k not in ("voivodeship", "powiat")}), period)
    if unit != UNIT:
        base_items.append(("unit", unit))

    search_items = in_period(focus, period).query_items()

    def link_for(unit: Area) -> str:
        """A voivodeship or powiat opens its own view; a gmina, its records in the period."""
        if unit.level == "gmina":
            return url_with("/", search_items + [("gmina", unit.code)])
        extra = [("voivodeship", all_areas()[unit.code[:2]].name)] + \
            ([("powiat", unit.code)] if unit.level == "powiat" else [])
        return url_with("/region", extra + base_items)

    parent = voivodeship.code if voivodeship else None
    map_figures = area_figures(map_level, counted.groups["areas"], counted.total, whole, directory, parent)
    shapes = voivodeship_map(voivodeship.code) if voivodeship else country_map()
    gmina_figures = None
    if voivodeship:
        gmina_figures = area_figures("gmina", narrowed.groups["gmina"], narrowed.total, focus, directory,
                                     (powiat or voivodeship).code)
    # Trends end with this month, or with the last month of records when they go further.
    this_month = f"{today.year:04d}-{today.month:02d}"
    found_trends = trends(ctx, focus, period, latest=max([this_month, *narrowed.groups["month"]]), unit=unit)
    region_items = [i for i in focus.query_items() if i[0] in ("voivodeship", "powiat")]
    focus_items = search_items
    context: dict[str, Any] = {
        "voivodeship": voivodeship, "powiat": powiat, "period": period, "unit": unit, "filters": focus,
        "voivodeships": areas_of_level("voivodeship"),
        "powiats": within(voivodeship.code, "powiat") if voivodeship else [],
        "map_counts": {f.area.code: f.count for f in map_figures.areas},
        "total": narrowed.total,
        "unit_urls": {u: url_with("/region", [i for i in region_items + base_items if i[0] != "unit"]
                                  + ([] if u == UNIT else [("unit", u)])) for u in ("records", "events")},
        "map": _map_context(map_figures, shapes, link_for, powiat),
        "map_level": map_level,
        "areas": _area_rows(map_figures, directory, link_for, with_sources=voivodeship is not None),
        "unplaced": map_figures.unplaced,
        "gminas": _area_rows(gmina_figures, directory, link_for, with_sources=powiat is not None)
        if gmina_figures else [],
        "regional_sources": directory.regional(voivodeship) if voivodeship else [],
        "states": [(s, STATE_LABELS[s], STATE_HELP[s]) for s in STATES],
        "state_labels": STATE_LABELS, "state_help": STATE_HELP, "source_status_labels": SOURCE_STATUS_LABELS,
        "chart": month_comparison(found_trends["months"], found_trends["total"].current,
                                  found_trends["total"].earlier) if found_trends["total"] else None,
        "months": found_trends["months"],
        "type_trends": _trend_rows(found_trends["event_type"]),
        "funder_trends": _trend_rows(found_trends["funder"]),
        "organisers": bars(narrowed.groups["organiser"], TOP),
        "funders": bars(narrowed.groups["funder"], TOP),
        "upcoming": upcoming(ctx, replace(focus, date_from=None, date_to=None), today),
        "search_url": url_with("/", focus_items),
        "clear_powiat": url_with("/region", ([("voivodeship", voivodeship.name)] if voivodeship else [])
                                 + base_items),
        "period_presets": _presets(today, [i for i in focus.query_items() if i[0] not in ("from", "to")]),
        "links": {name: url_with(path, region_items) for name, path in
                  (("Kanał Atom", "/api/feed"), ("Kalendarz (ICS)", "/api/export?format=ics"))},
        "exports": {name: url_with(path, focus_items) for name, path in
                    (("CSV", "/api/export?format=csv"), ("JSON Lines", "/api/export?format=jsonl"))},
        "stats_url": url_with("/api/stats?group_by=" + map_level, focus_items),
    }
    return templates.TemplateResponse(request, "region.html", context)


def _presets(today: date, items: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Quick choices of period: the last 12 months (the default), this year, the two years before."""
    presets = [{"label": "ostatnie 12 miesięcy", "url": url_with("/region", items)}]
    for year in (today.year, today.year - 1, today.year - 2):
        presets.append({"label": str(year), "url": url_with("/region", items + [("from", f"{year}-01-01"),
                                                                                ("to", f"{year}-12-31")])})
    return presets


@router.get("/zrodla/{source_id}", response_class=HTMLResponse)
def source_page(request: Request, source_id: str, ctx: Annotated[AppContext, Depends(get_context)]) -> HTMLResponse:
    """A source's crawl health: what its last runs fetched and found, and its flags."""
    from pipeline.health import source_health

    directory = source_directory(ctx.store)
    source = directory.sources.get(source_id)
    health = source_health(ctx.store, source_id)
    if source is None and health is None:
        return templates.TemplateResponse(request, "error.html", {"message": "Nie znamy takiego źródła."},
                                          status_code=404)
    runs = ctx.store.runs(source_id, limit=10)
    return templates.TemplateResponse(request, "source.html", {
        "source_id": source_id, "source": source, "health": health, "runs": runs,
        "region": _source_area(source.region) if source else None,
        "status_label": SOURCE_STATUS_LABELS.get(source.status, "") if source else "",
        "search_url": url_with("/", [("source", source_id)]),
        "region_url": _source_region_url(source.region) if source else None,
    })


def _source_area(code: str) -> Area | None:
    return area(gmina_code_of(code)) if len(code) >= 7 else area(code)


def _source_region_url(code: str) -> str | None:
    """The regional view of the powiat (or voivodeship) a source lies in."""
    voivodeship = area(code[:2])
    if voivodeship is None:
        return None
    powiat = [("powiat", code[:4])] if len(code) >= 4 and area(code[:4]) else []
    return url_with("/region", [("voivodeship", voivodeship.name)] + powiat)
