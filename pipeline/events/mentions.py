"""A mention: one dated event of one record, reduced to what matching compares.

Mentions are small and JSON-serialisable, so the store keeps them beside the event
memberships and an incremental update compares new pages against stored mentions without
reading their records again.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from pipeline.events.keys import city_key, organiser_keys, title_keys, venue_keys
from pipeline.events.roles import page_role

GMINA_DIGITS = 6   # a gmina's TERYT code without its type digit: town and rural parts are one gmina


@dataclass(slots=True)
class Mention:
    record_id: str
    index: int                    # position in the record's `events`; 0 for a record with no dated event
    first: int | None             # proleptic ordinal of the first day (None: undated, never matched)
    last: int | None
    minutes: int | None           # start time of day, when the page gives one
    code: str                     # TERYT code: 2 (voivodeship), 4 (powiat) or 6 (gmina) digits, or ""
    venue_proper: frozenset[str] = frozenset()
    venue_other: frozenset[str] = frozenset()
    city: str = ""
    organisers: tuple[frozenset[str], ...] = ()
    acronyms: frozenset[str] = frozenset()
    title: frozenset[str] = frozenset()
    event_type: str = "inne"
    role: str = "announcement"
    published: str = ""
    source_id: str = ""
    source_type: str = "other"
    display: dict[str, Any] = field(default_factory=dict)   # what the event's canonical fields are chosen from

    @property
    def key(self) -> tuple[str, int]:
        return self.record_id, self.index

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        for name in ("venue_proper", "venue_other", "acronyms", "title"):
            out[name] = sorted(out[name])
        out["organisers"] = [sorted(o) for o in self.organisers]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Mention":
        data = dict(data)
        for name in ("venue_proper", "venue_other", "acronyms", "title"):
            data[name] = frozenset(data.get(name) or ())
        data["organisers"] = tuple(frozenset(o) for o in data.get("organisers") or ())
        return cls(**data)


def _ordinal(value: str | None) -> int | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _minutes(value: str | None) -> int | None:
    if not value or len(value) < 16 or value[10] != "T":
        return None
    try:
        return int(value[11:13]) * 60 + int(value[14:16])
    except ValueError:
        return None


def region_code(region: dict[str, Any] | None) -> str:
    code = ((region or {}).get("teryt") or "").strip()
    if not code.isdigit():
        return ""
    return code[:GMINA_DIGITS] if len(code) >= GMINA_DIGITS else code[:4] if len(code) >= 4 else code[:2]


def record_mentions(record: dict[str, Any]) -> list[Mention]:
    """One mention per dated event of the record; one undated mention when it has none."""
    organisers = [organiser_keys(o.get("name") or "") for o in record.get("organisers") or []]
    common = {
        "organisers": tuple(k for k, _ in organisers if k),
        "acronyms": frozenset(a for _, a in organisers if len(a) >= 2),
        "title": title_keys(record.get("title") or ""),
        "event_type": record.get("event_type") or "inne",
        "published": record.get("published") or "",
        "source_id": record.get("source_id") or "",
        "source_type": record.get("source_type") or "other",
    }
    venues = record.get("venues") or []
    dated = [(i, e) for i, e in enumerate(record.get("events") or []) if _ordinal(e.get("start"))]
    out: list[Mention] = []
    for index, event in dated:
        first = _ordinal(event["start"])
        last = max(first, _ordinal(event.get("end")) or first)
        venue_index = event.get("venue")
        if venue_index is None and len(venues) == 1:
            venue_index = 0
        venue = venues[venue_index] if isinstance(venue_index, int) and 0 <= venue_index < len(venues) else {}
        proper, other = venue_keys(venue.get("name"))
        region = event.get("region") or record.get("region")
        out.append(Mention(
            record.get("id") or "", index, first, last, _minutes(event["start"]), region_code(region),
            proper, other, city_key(venue.get("city")), role=page_role(record, event["start"][:10]),
            display=_display(record, event, venue, region), **common))
    if not out:
        out.append(Mention(record.get("id") or "", 0, None, None, None, region_code(record.get("region")),
                           role=page_role(record, None), display=_display(record, {}, {}, record.get("region")),
                           **common))
    return out


def _display(record: dict[str, Any], event: dict[str, Any], venue: dict[str, Any],
             region: dict[str, Any] | None) -> dict[str, Any]:
    return {"title": record.get("title") or "", "start": event.get("start"), "end": event.get("end"),
            "when_evidence": event.get("text"), "venue": venue.get("name"), "city": venue.get("city"),
            "address": venue.get("address"), "organisers": [o.get("name") for o in record.get("organisers") or []],
            "region": dict(region or {}), "url": record.get("url") or "", "status": record.get("status")}
