"""A record as both backends index it: one flat document with analysed text and filter keys.

The store keeps the record; the index keeps this projection of it. Both the embedded and
the cluster backend index exactly this document, so a query matches the same records on
either. Values users see (facet labels, region names) keep their display form (names in
the nominative); the `*_key` twins (folded lemmas, and folded words) are what filters and
field queries compare against, so `Gminnego Ośrodka Pomocy Społecznej` and `Gminny Ośrodek
Pomocy Społecznej` are one organiser, and `Lodzkie` finds `łódzkie`.
"""
from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import Any

from index.analysis import name_keys, streams
from nlp.morph import analyse, geo_lemmas, nominative, words

DOCUMENT_VERSION = 2
# An event longer than this is indexed by its first days only (no announcement runs longer).
MAX_EVENT_DAYS = 400


def _starts_nominative(name: str) -> bool:
    """Whether the first word may already be a singular nominative (`Wójt`, `Miasto`, `PFRON`)."""
    found = words(name)
    if not found:
        return True
    readings = analyse(found[0][2])
    if not readings:
        return True  # unknown words (acronyms, foreign names) are left as written
    for r in readings:
        parts = r.tag.split(":")
        if r.pos in ("subst", "adj", "depr") and len(parts) > 2 and "sg" in parts[1].split(".") \
                and "nom" in parts[2].split("."):
            return True
    return False


@functools.lru_cache(maxsize=100_000)
def display_name(name: str) -> str:
    """The nominative of an extracted name (`Wójta Gminy Cyców` -> `Wójt Gminy Cyców`).

    Names that already start in the singular nominative are kept as written.
    """
    name = " ".join((name or "").split())
    if not name or _starts_nominative(name):
        return name
    try:
        result = nominative(name)
    except Exception:  # an odd name must never stop indexing; keep it as written
        return name
    before, after = name.split(), result.split()
    if len(before) == len(after):
        # Place names after the head stay as written (`Burmistrza Łęcznej` -> `Burmistrz
        # Łęcznej`, not `Burmistrz Łęczny`): they are complements, not adjectives.
        for i in range(1, len(before)):
            word = before[i].strip(",.;:()„”\"'")
            if after[i] != before[i] and word[:1].isupper() and geo_lemmas(word):
                after[i] = before[i]
        result = " ".join(after)
    return result


def day_number(value: str | None) -> int | None:
    """`2024-03-21` or `2024-03-21T09:00` -> 20240321 (sortable, compact, readable)."""
    if not value or len(value) < 10:
        return None
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return d.year * 10000 + d.month * 100 + d.day


def _event_days(start: str, end: str | None) -> list[int]:
    """Every day an event covers, so "any event overlaps [from, to]" is one range test."""
    try:
        first = date.fromisoformat(start[:10])
        last = date.fromisoformat(end[:10]) if end else first
    except ValueError:
        return []
    if last < first:
        last = first
    span = min((last - first).days, MAX_EVENT_DAYS - 1)
    return [int((first + timedelta(days=i)).strftime("%Y%m%d")) for i in range(span + 1)]


def region_codes(teryt: str | None) -> tuple[str | None, str | None, str | None]:
    """(voivodeship, powiat, gmina) TERYT codes from the most specific code a record has."""
    code = (teryt or "").strip()
    if not code.isdigit():
        return None, None, None
    return (code[:2] if len(code) >= 2 else None,
            code[:4] if len(code) >= 4 else None,
            code[:7] if len(code) >= 7 else None)


def _unique(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v and v not in seen:
            seen[v] = None
    return list(seen)


def _named(values: list[str]) -> tuple[list[str], list[str]]:
    """Display forms and filter keys of names, each listed once."""
    display = _unique([display_name(v) for v in values])
    return display, _unique([k for v in display for k in name_keys(v)])


def event_ids(record: dict[str, Any]) -> list[str]:
    """The events (pipeline/events) a record belongs to, as the store attached them under
    `event_ids`; a record not matched yet stands for events of its own, with the ids they
    would get (`<record id>-<event index>`), so counting events never counts less than one."""
    attached = record.get("event_ids")
    if attached:
        return list(attached)
    rid = record["id"]
    dated = [f"{rid}-{i}" for i, e in enumerate(record.get("events") or []) if day_number(e.get("start"))]
    return dated or [f"{rid}-0"]


def index_document(record: dict[str, Any]) -> dict[str, Any]:
    """The flat document for one record (see the module docstring for what each field is for)."""
    title = record.get("title") or ""
    text = record.get("text") or ""
    title_surface, title_lemmas = streams(title)
    surface, lemmas = streams(text)
    region = record.get("region") or {}
    voiv_code, powiat_code, gmina_code = region_codes(region.get("teryt"))
    events = [e for e in record.get("events") or [] if e.get("start")]
    days = sorted({d for e in events for d in _event_days(e["start"], e.get("end"))})
    starts = sorted(n for n in (day_number(e["start"]) for e in events) if n)
    published = record.get("published")
    months = _unique([f"{d // 10000:04d}-{d // 100 % 100:02d}" for d in days])
    if not months and day_number(published):
        months = [published[:7]]
    organisers, organiser_keys = _named([o.get("name", "") for o in record.get("organisers") or []])
    funding = record.get("funding") or []
    funders, funder_keys = _named([f.get("funder") or "" for f in funding])
    programmes, programme_keys = _named([f.get("programme") or "" for f in funding])
    names = {
        "voivodeship": region.get("voivodeship"),
        "powiat": region.get("powiat"),
        "gmina": region.get("gmina"),
    }
    return {
        "id": record["id"],
        "url": record.get("url") or "",
        "title": title,
        "text": text,
        "title_surface": title_surface,
        "title_lemmas": title_lemmas,
        "surface": surface,
        "lemmas": lemmas,
        **{k: v or None for k, v in names.items()},
        **{f"{k}_key": list(name_keys(v)) if v else [] for k, v in names.items()},
        "voivodeship_code": voiv_code,
        "powiat_code": powiat_code,
        "gmina_code": gmina_code,
        "event_days": days,
        "event_first": starts[0] if starts else None,
        "months": months,
        "published": published,
        "published_day": day_number(published),
        "organiser": organisers,
        "organiser_key": organiser_keys,
        "funder": funders,
        "funder_key": funder_keys,
        "programme": programmes,
        "programme_key": programme_keys,
        "event_type": record.get("event_type") or "inne",
        "event_type_key": list(name_keys(record.get("event_type") or "inne")),
        "status": record.get("status") or "unknown",
        "source": record.get("source_id") or "",
        "source_type": record.get("source_type") or "other",
        "event_id": event_ids(record),
        "hit": hit_fields(record, organisers, funders),
    }


def hit_fields(record: dict[str, Any], organisers: list[str], funders: list[str]) -> dict[str, Any]:
    """What a search result shows of a record, kept in the index so results need no store."""
    return {
        "title": record.get("title") or "",
        "url": record.get("url") or "",
        "published": record.get("published"),
        "events": [{"start": e.get("start"), "end": e.get("end")} for e in record.get("events") or []],
        "region": dict(record.get("region") or {}),
        "event_type": record.get("event_type"),
        "status": record.get("status"),
        "organisers": organisers,
        "funders": funders,
        "event_ids": event_ids(record),
    }
