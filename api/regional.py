"""The figures of a region: counts per area with coverage, and trends against a year earlier.

Everything is counted in the index (index.breakdown), a few passes per view whatever the
store's size; Python only arranges the counts. `/api/stats` and the regional view share
this module, so both give the same numbers.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from api.context import AppContext
from api.coverage import Coverage, SourceDirectory, source_directory
from api.params import FilterParams, PageParams, to_request
from api.regions import LEVELS, Area, all_areas, gmina_code_of, in_filters, within
from index.breakdown import Breakdown, Grouping, counting_events, events_breakdown

TREND_MONTHS_MAX = 24    # the trend charts show at most this many months of the period
PERIOD_MONTHS = 12       # the default period: this many whole months up to the current one


@dataclass
class AreaFigure:
    area: Area
    count: int
    coverage: Coverage

    def as_dict(self) -> dict[str, Any]:
        return {"teryt": self.area.code, "name": self.area.name, "label": self.area.label,
                "level": self.area.level, "voivodeship": self.area.voivodeship, "count": self.count,
                "coverage": {k: v for k, v in self.coverage.as_dict().items() if k != "records"}}


@dataclass
class AreaFigures:
    level: str
    areas: list[AreaFigure]
    unplaced: int            # matching records with no unit of this level (e.g. only a voivodeship)


def region_filters(filters: FilterParams) -> dict[str, list[str]]:
    return {level: list(filters.values.get(level, [])) for level in LEVELS if filters.values.get(level)}


def code_grouping(level: str) -> Grouping:
    return Grouping(f"{level}_code")


def counts_by_area(level: str, counts: dict[str, int]) -> dict[str, int]:
    """Counts by a level's codes; finer gmina codes (town parts, city districts) folded into their gmina."""
    if level != "gmina":
        return dict(counts)
    out: dict[str, int] = {}
    for code, n in counts.items():
        gmina = gmina_code_of(code)
        if gmina:
            out[gmina] = out.get(gmina, 0) + n
    return out


def area_figures(level: str, counts: dict[str, int], total: int, filters: FilterParams,
                 directory: SourceDirectory, parent: str | None = None) -> AreaFigures:
    """Every unit of `level` inside the region filters (and `parent`), with its count and coverage."""
    by_code = counts_by_area(level, counts)
    wanted = region_filters(filters)
    units = [a for a in within(parent, level) if in_filters(a, wanted)]
    listed = {a.code for a in units}
    # A record may name a unit the filters do not (a filter by name matches it in any form).
    units += [a for code in by_code if code not in listed and (a := all_areas().get(code)) is not None
              and (parent is None or code.startswith(parent))]
    figures = [AreaFigure(a, by_code.get(a.code, 0), directory.coverage(a, by_code.get(a.code, 0))) for a in units]
    placed = sum(n for code, n in by_code.items() if code in {f.area.code for f in figures})
    return AreaFigures(level, figures, max(0, total - placed))


def grouped(ctx: AppContext, filters: FilterParams, groupings: dict[str, Grouping],
            unit: str = "records") -> Breakdown:
    """Counts of records, or with `unit="events"` of the events (meetings) they belong to."""
    request = to_request(filters, PageParams(size=1), facets=(), highlight=False)
    if unit == "events":
        return events_breakdown(ctx.backend.breakdown(request, counting_events(groupings)))
    return ctx.backend.breakdown(request, groupings)


def stats_areas(ctx: AppContext, level: str, filters: FilterParams, breakdown: Breakdown) -> AreaFigures:
    """`/api/stats` for a region grouping: the breakdown must hold `codes` (code_grouping(level))."""
    return area_figures(level, breakdown.groups["codes"], breakdown.total, filters, source_directory(ctx.store))


# ---- the period and the trends -----------------------------------------------------------

def month_start(day: date, back: int = 0) -> date:
    """The first day of the month `back` months before the month of `day`."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return month_start(day, -1) - timedelta(days=1)


@dataclass
class Period:
    start: date
    end: date
    default: bool = False

    def months(self, latest: str | None = None) -> list[str]:
        """The period's months (YYYY-MM), the last TREND_MONTHS_MAX of them up to `latest`
        when it comes first (so a period reaching far ahead does not end in empty months)."""
        end = self.end
        if latest and latest < f"{end.year:04d}-{end.month:02d}":
            end = max(self.start, date.fromisoformat(latest + "-01"))
        keys, day = [], month_start(end)
        while day >= month_start(self.start) and len(keys) < TREND_MONTHS_MAX:
            keys.append(f"{day.year:04d}-{day.month:02d}")
            day = month_start(day, 1)
        return list(reversed(keys))


def period_of(filters: FilterParams, today: date) -> Period:
    """The period asked for (`from`/`to`), or the last PERIOD_MONTHS whole months to this one's end."""
    if filters.date_from or filters.date_to:
        start = date.fromisoformat(filters.date_from) if filters.date_from else date(1990, 1, 1)
        end = date.fromisoformat(filters.date_to) if filters.date_to else month_end(today)
        return Period(start, max(start, end))
    return Period(month_start(today, PERIOD_MONTHS - 1), month_end(today), default=True)


def in_period(filters: FilterParams, period: Period) -> FilterParams:
    return replace(filters, date_from=period.start.isoformat(), date_to=period.end.isoformat())


def year_before(month: str) -> str:
    return f"{int(month[:4]) - 1:04d}{month[4:]}"


@dataclass
class Trend:
    key: str
    current: list[int]           # per month of the period
    earlier: list[int]           # the same months a year earlier
    total: int = field(init=False)
    total_earlier: int = field(init=False)

    def __post_init__(self) -> None:
        self.total, self.total_earlier = sum(self.current), sum(self.earlier)

    @property
    def change(self) -> float | None:
        """Relative change against a year earlier (None when there was nothing then)."""
        return None if not self.total_earlier else (self.total - self.total_earlier) / self.total_earlier


def trends(ctx: AppContext, filters: FilterParams, period: Period, latest: str | None = None,
           limit: int = 8, unit: str = "records") -> dict[str, Any]:
    """Per month of the period (up to `latest`), in all and by type and by funder, beside the
    same months a year earlier."""
    months = period.months(latest)
    if not months:
        return {"months": [], "total": None, "event_type": [], "funder": []}
    window = replace(filters, date_from=month_start(date.fromisoformat(months[0] + "-01"), 12).isoformat(),
                     date_to=month_end(date.fromisoformat(months[-1] + "-01")).isoformat())
    found = grouped(ctx, window, {"event_type": Grouping("month", within="event_type"),
                                  "funder": Grouping("month", within="funder")}, unit)

    def series(by_month: dict[str, dict[str, int]], key: str | None) -> Trend:
        def value(month: str) -> int:
            inner = by_month.get(month) or {}
            return sum(inner.values()) if key is None else inner.get(key, 0)
        return Trend(key or "", [value(m) for m in months], [value(year_before(m)) for m in months])

    out: dict[str, Any] = {"months": months, "total": series(found.groups["event_type"], None)}
    for name in ("event_type", "funder"):
        by_month = found.groups[name]
        keys = {k for m in months for k in (by_month.get(m) or {})} | \
               {k for m in months for k in (by_month.get(year_before(m)) or {})}
        rows = [series(by_month, k) for k in keys]
        rows.sort(key=lambda t: (-t.total, -t.total_earlier, t.key))
        out[name] = rows[:limit]
    return out


def upcoming(ctx: AppContext, filters: FilterParams, today: date, limit: int = 15) -> list[dict[str, Any]]:
    """The next events in the region, soonest first.

    The index sorts event dates newest first, so the window shrinks from a year until
    everything in it fits on one page, which then holds the soonest events.
    """
    days = 365
    while True:
        window = replace(filters, date_from=today.isoformat(), date_to=(today + timedelta(days=days)).isoformat())
        result = ctx.backend.search(to_request(window, PageParams(sort="event_date", size=100), facets=(),
                                               highlight=False))
        if result.total <= 100 or days <= 1:
            break
        days //= 2
    found = []
    for hit in result.hits:
        starts = sorted(e["start"] for e in hit.events if (e.get("end") or e["start"])[:10] >= today.isoformat())
        if starts:
            found.append({"hit": hit, "start": starts[0]})
    found.sort(key=lambda u: u["start"])
    return found[:limit]


def level_below(area: Area | None) -> str:
    """The level a map or table of `area` is drawn in: Poland by voivodeship, a voivodeship by powiat."""
    if area is None:
        return "voivodeship"
    return LEVELS[min(LEVELS.index(area.level) + 1, len(LEVELS) - 1)]

