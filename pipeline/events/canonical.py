"""An event described from its members: roles, status, history and canonical fields with evidence.

The first announcement (earliest published, then the organiser's own kind of source) is
the announcement; later announcements of the same meeting are reposts. A cancellation
cancels the event; a postponement moves it and the earlier date stays in its history. Each
canonical field names the member record it was taken from.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from pipeline.events.mentions import Mention
from pipeline.events.roles import ANNOUNCEMENT, CANCELLATION, POSTPONEMENT, REPORT, REPOST

# Who usually publishes a meeting first, when two pages of one day announce it.
_SOURCE_RANK = {"rops": 0, "municipal": 1, "ngo": 2, "other": 3}


def _day(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal else None


def _order(m: Mention) -> tuple:
    return (m.published or "9999", _SOURCE_RANK.get(m.source_type, 9), m.record_id, m.index)


def assign_roles(members: list[Mention]) -> dict[tuple[str, int], str]:
    """Each member's role; among announcements, all but the first are reposts."""
    roles: dict[tuple[str, int], str] = {}
    first_announcement = None
    for m in sorted(members, key=_order):
        role = m.role
        if role == ANNOUNCEMENT:
            if first_announcement is None or first_announcement == m.record_id:
                first_announcement = m.record_id
            else:
                role = REPOST
        roles[m.key] = role
    return roles


def describe(event_id: str, members: list[Mention]) -> dict[str, Any]:
    """The event's canonical fields (each with the record it came from), status and history."""
    roles = assign_roles(members)
    ordered = sorted(members, key=_order)
    by_role = {role: [m for m in ordered if roles[m.key] == role] for role in set(roles.values())}
    postponements = by_role.get(POSTPONEMENT, [])
    cancellations = by_role.get(CANCELLATION, [])
    announcements = by_role.get(ANNOUNCEMENT, []) + by_role.get(REPOST, [])
    reports = by_role.get(REPORT, [])
    dated = [m for m in ordered if m.first is not None]
    # The event's date: a postponement's latest date, else the announcement's, else any member's.
    history: list[dict[str, Any]] = []
    when = None
    if postponements:
        moved = max((m for m in members if m.record_id in {p.record_id for p in postponements} and m.first),
                    key=lambda m: m.first, default=None)
        earlier = sorted({m.first for m in dated if moved and m.first < moved.first})
        history = [{"date": _day(d), "change": "postponed", "by": postponements[-1].record_id} for d in earlier]
        when = moved
    when = when or next((m for m in announcements + reports + dated if m.first is not None), None)
    if cancellations:
        status = "cancelled"
    elif postponements and when is not None:
        status = "postponed"
    elif reports:
        status = "held"
    else:
        status = "announced"
    if cancellations:
        last = cancellations[-1]
        history.append({"date": _day(last.first), "change": "cancelled", "by": last.record_id})
    source = (announcements or reports or ordered)[0]
    venue = _most_common(ordered, "venue")
    types = Counter(m.event_type for m in ordered if m.event_type != "inne")
    region = max((m.display.get("region") or {} for m in ordered),
                 key=lambda r: len((r or {}).get("teryt") or ""), default={})
    return {
        "id": event_id,
        "status": status,
        "title": {"value": source.display.get("title"), "record": source.record_id},
        "start": {"value": (when.display.get("start") if when else None), "record": when.record_id if when else None},
        "end": {"value": (when.display.get("end") if when else None), "record": when.record_id if when else None},
        "first_day": _day(when.first) if when else None,
        "last_day": _day(when.last) if when else None,
        "venue": venue,
        "organisers": _organisers(ordered),
        "event_type": types.most_common(1)[0][0] if types else "inne",
        "region": region,
        "history": history,
        "members": [{"record": m.record_id, "event": m.index, "role": roles[m.key], "source": m.source_id,
                     "url": m.display.get("url"), "published": m.published or None} for m in ordered],
        "sources": sorted({m.source_id for m in ordered}),
    }


def _most_common(members: list[Mention], name: str) -> dict[str, Any]:
    values = Counter(m.display.get(name) for m in members if m.display.get(name))
    if not values:
        return {"value": None, "record": None}
    best = values.most_common(1)[0][0]
    record = next(m.record_id for m in members if m.display.get(name) == best)
    return {"value": best, "record": record}


def _organisers(members: list[Mention]) -> list[dict[str, Any]]:
    seen: dict[str, str] = {}
    for m in members:
        for name in m.display.get("organisers") or []:
            if name and name not in seen:
                seen[name] = m.record_id
    return [{"value": k, "record": v} for k, v in seen.items()]
