"""Several counts of the matching records in one pass: the figures a dashboard shows at once.

`stats` counts one grouping per request; a regional view needs a dozen (records per powiat,
per gmina, per organiser, per month and type, per month and funder, ...). Asking for them
together lets each engine walk the matching records once. A grouping is one field, or a
field and a second one counted within each of its values (months x event types).

Both backends take the same aggregation JSON (tantivy reads Elasticsearch's `terms`
aggregation): this module builds it and reads the answer, so the embedded index and the
cluster give the same counts. Only the per-engine knobs differ (`segment_size` against
`shard_size`) and the embedded index's stand-in for "no value", which is never reported.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from index.base import GROUP_BY_FIELDS
from index.request import InvalidParameter

# Region codes (TERYT) group as well as the names: names repeat between voivodeships,
# codes never do.
REGION_CODE_FIELDS = ("voivodeship_code", "powiat_code", "gmina_code")
# The events (meetings) a record belongs to: counting its distinct values counts meetings, not pages.
EVENT_FIELD = "event_id"
BREAKDOWN_FIELDS = GROUP_BY_FIELDS + REGION_CODE_FIELDS + (EVENT_FIELD,)
# The index field each grouping counts (months are the months any event of a record covers).
BREAKDOWN_SOURCE = {**{f: f for f in BREAKDOWN_FIELDS}, "month": "months"}
BREAKDOWN_SIZE = 10_000  # every value: there are ~2,500 gminas and far fewer of anything else counted
INNER = "within"
DISTINCT = "distinct"


@dataclass(frozen=True)
class Grouping:
    """Counts per value of `field`; with `within`, counts per value of `within` inside each.
    With `distinct`, each count is of the distinct values of that field (events) among the
    matching records, not of the records."""
    field: str
    within: str | None = None
    distinct: str | None = None

    def check(self) -> None:
        for name in (self.field, self.within, self.distinct):
            if name is not None and name not in BREAKDOWN_FIELDS:
                raise InvalidParameter("group_by", f"unknown grouping '{name}'; one of: {', '.join(BREAKDOWN_FIELDS)}")


# Flat counts ({value: n}) for one field, nested ({value: {inner value: n}}) for two.
Counts = dict[str, Any]


@dataclass
class Breakdown:
    total: int                       # matching records
    groups: dict[str, Counts]        # one entry per requested grouping, by the caller's name


def aggregations(groupings: dict[str, Grouping], *, engine: str, single_segment: bool = True) -> dict[str, Any]:
    """The aggregation JSON for the groupings (`engine`: "tantivy" or "elasticsearch")."""

    def terms(field: str) -> dict[str, Any]:
        body: dict[str, Any] = {"field": BREAKDOWN_SOURCE[field], "size": BREAKDOWN_SIZE}
        if engine == "tantivy":
            # A single segment's values are the answer; several must each report all of theirs.
            body["segment_size"] = BREAKDOWN_SIZE if single_segment else 2**32 - 1
        else:
            body["shard_size"] = BREAKDOWN_SIZE
        return {"terms": body}

    def leaf(field: str, distinct: str | None) -> dict[str, Any]:
        agg = terms(field)
        if distinct:
            agg["aggs"] = {DISTINCT: terms(distinct)}
        return agg

    aggs: dict[str, Any] = {}
    for name, grouping in groupings.items():
        grouping.check()
        if grouping.within:
            agg = terms(grouping.field)
            agg["aggs"] = {INNER: leaf(grouping.within, grouping.distinct)}
        else:
            agg = leaf(grouping.field, grouping.distinct)
        aggs[name] = agg
    return aggs


def _ordered(counts: dict[str, Any], field: str) -> dict[str, Any]:
    """Months in calendar order; anything else largest first, ties by value."""
    if field == "month":
        return dict(sorted(counts.items()))

    def size(item: tuple[str, Any]) -> int:
        value = item[1]
        return sum(value.values()) if isinstance(value, dict) else value

    return dict(sorted(counts.items(), key=lambda kv: (-size(kv), kv[0])))


def _buckets(result: dict[str, Any] | None, skip: str | None) -> list[dict[str, Any]]:
    return [b for b in (result or {}).get("buckets") or [] if skip is None or b.get("key") != skip]


def read_aggregations(result: dict[str, Any], groupings: dict[str, Grouping], *,
                      missing: str | None = None) -> dict[str, Counts]:
    """The counts out of an aggregation answer (`missing`: a stand-in value to leave out)."""
    out: dict[str, Counts] = {}
    for name, grouping in groupings.items():
        def count(bucket: dict[str, Any]) -> int:
            if grouping.distinct:
                return len(_buckets(bucket.get(DISTINCT), missing))
            return int(bucket["doc_count"])

        counts: dict[str, Any] = {}
        for bucket in _buckets(result.get(name), missing):
            key = str(bucket["key"])
            if grouping.within:
                inner = {str(b["key"]): n for b in _buckets(bucket.get(INNER), missing) if (n := count(b))}
                if inner:
                    counts[key] = _ordered(inner, grouping.within)
            elif n := count(bucket):
                counts[key] = n
        out[name] = _ordered(counts, grouping.field)
    return out


def counting_events(groupings: dict[str, Grouping]) -> dict[str, Grouping]:
    """The same groupings counting events instead of records, plus the events in all (`EVENT_FIELD`)."""
    from dataclasses import replace

    return {**{name: replace(g, distinct=EVENT_FIELD) for name, g in groupings.items()}, EVENT_FIELD: Grouping(EVENT_FIELD)}


def events_breakdown(found: Breakdown) -> Breakdown:
    """A breakdown asked for with `counting_events`, its total now the number of events."""
    groups = dict(found.groups)
    every = groups.pop(EVENT_FIELD, {})
    return Breakdown(total=len(every), groups=groups)
