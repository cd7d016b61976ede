"""Coverage: can we see an area at all? Sources known there, their last crawl, and a state.

A powiat with no records may be quiet, or we may simply not be looking: no source there,
or every source there failing. Monitoring that cannot tell the two apart misleads, so each
area gets one of three states:

- `active`: records in the period;
- `silent`: no records, though a source there was crawled successfully in its last run;
- `blind`: no records and no source there that works: none known, none crawled yet, or all
  failing.

A source is *in* an area when its registry region (a TERYT code) lies inside it: a gmina
office or a town's NGO centre in its gmina and powiat, a starostwo in its powiat. Sources of
a whole voivodeship (a ROPS, the marshal's office) count for the voivodeship only, since
they do not watch every powiat. Known sources are the registry's, plus the bundled sample
sites when the store holds their crawls (the demo).
"""
from __future__ import annotations

import json
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable

from api.regions import Area, gmina_code_of
from pipeline.health import FLAG_SILENT, FLAG_UNREACHABLE, store_health
from pipeline.store import Store

ACTIVE, SILENT, BLIND = "active", "silent", "blind"
STATES = (ACTIVE, SILENT, BLIND)
STATE_LABELS = {ACTIVE: "aktywny", SILENT: "cisza", BLIND: "niewidoczny"}
STATE_HELP = {
    ACTIVE: "są ogłoszenia w wybranym okresie",
    SILENT: "brak ogłoszeń, choć źródło z tego obszaru działało przy ostatnim przeglądzie",
    BLIND: "brak ogłoszeń i brak działającego źródła: żadnego nie znamy, nie było przeglądane albo zawodzi",
}
HEALTHY, FAILING, NOT_CRAWLED = "healthy", "failing", "not crawled"
SOURCE_STATUS_LABELS = {HEALTHY: "działa", FAILING: "zawodzi", NOT_CRAWLED: "nie przeglądane"}
# The last run's flags that mean we saw nothing there (`errors rising` and `pages failing`
# still leave pages seen).
FAILING_FLAGS = (FLAG_UNREACHABLE, FLAG_SILENT)
UNIT = "records"   # what counts are counts of; `events` once records are matched into events
SAMPLE_SITES = Path(__file__).resolve().parent.parent / "spiders" / "sample_sites" / "sites.json"
HEALTH_TTL = 30.0  # seconds the sources' health is reused (a crawl adds runs meanwhile)


@dataclass(frozen=True)
class SourceState:
    id: str
    name: str
    type: str | None
    region: str
    status: str              # healthy | failing | not crawled
    flags: tuple[str, ...]
    last_run: str | None     # when its last crawl started


@dataclass
class Coverage:
    state: str
    records: int
    sources: int             # known in the area
    healthy: int             # crawled successfully in their last run
    failing: int             # last run unreachable, or silent run after run
    not_crawled: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def coverage_state(records: int, healthy: int) -> str:
    if records > 0:
        return ACTIVE
    return SILENT if healthy > 0 else BLIND


def _sample_sites_seen(seen: set[str]) -> list[dict[str, Any]]:
    """The bundled sample sites' rows, for those the store has crawls of."""
    try:
        sites = json.loads(SAMPLE_SITES.read_text(encoding="utf-8"))["sites"]
    except (OSError, ValueError, KeyError):
        return []
    return [{"id": s["source_id"], "name": s.get("name") or s["source_id"], "type": s.get("type"),
             "region": s.get("region") or ""} for s in sites if s.get("source_id") in seen]


def source_status(health: dict[str, Any] | None) -> str:
    if health is None:
        return NOT_CRAWLED
    return FAILING if any(flag in FAILING_FLAGS for flag in health["flags"]) else HEALTHY


class SourceDirectory:
    """Every known source with a region, its last crawl's status, grouped by area (cached)."""

    def __init__(self, sources: Iterable[SourceState]):
        self.sources = {s.id: s for s in sources}
        self._by_prefix: dict[str, list[SourceState]] = {}
        for source in self.sources.values():
            code = source.region
            keys = {code} if len(code) == 2 else {code[:2], code[:4]}
            if len(code) >= 7 and (gmina := gmina_code_of(code)):
                keys.add(gmina)
            for key in keys:
                self._by_prefix.setdefault(key, []).append(source)

    def in_area(self, area: Area) -> list[SourceState]:
        """Sources inside the area, working ones first, then by id."""
        return sorted(self._by_prefix.get(area.code, []), key=lambda s: (s.status != HEALTHY, s.id))

    def regional(self, voivodeship: Area) -> list[SourceState]:
        """Sources of the voivodeship as a whole (no finer region)."""
        return [s for s in self.in_area(voivodeship) if len(s.region) == 2]

    def coverage(self, area: Area, records: int) -> Coverage:
        sources = self.in_area(area)
        healthy = sum(1 for s in sources if s.status == HEALTHY)
        failing = sum(1 for s in sources if s.status == FAILING)
        return Coverage(state=coverage_state(records, healthy), records=records, sources=len(sources),
                        healthy=healthy, failing=failing, not_crawled=len(sources) - healthy - failing)


_cache: dict[str, tuple[float, int, SourceDirectory]] = {}
_lock = threading.Lock()


def source_directory(store: Store) -> SourceDirectory:
    """The known sources with their crawl status, rebuilt when older than HEALTH_TTL or when
    the registry was reloaded."""
    from api.routes.sources import registry_rows

    rows, _ = registry_rows()
    key = str(store.path)
    now = time.monotonic()
    with _lock:
        cached = _cache.get(key)
        if cached and now - cached[0] < HEALTH_TTL and cached[1] == id(rows):
            return cached[2]
    health = {h.source_id: h.as_dict() for h in store_health(store)}
    known = {row["id"] for row in rows}
    extra = [row for row in _sample_sites_seen(set(health)) if row["id"] not in known]
    states = []
    for row in list(rows) + extra:
        region = (row.get("region") or "").strip()
        if not region.isdigit():
            continue  # national sources watch no one area
        found = health.get(row["id"])
        states.append(SourceState(id=row["id"], name=row.get("name") or row["id"], type=row.get("type"),
                                  region=region, status=source_status(found),
                                  flags=tuple(found["flags"]) if found else (),
                                  last_run=found["last_started_at"] if found else None))
    directory = SourceDirectory(states)
    with _lock:
        _cache[key] = (now, id(rows), directory)
    return directory
