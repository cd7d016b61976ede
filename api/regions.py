"""The units of Poland's administrative division (TERYT) as the regional view names them.

The API reads the gazetteer's TERYT tables (`nlp/data/teryt/`) once: voivodeships, powiats
and gminas with their parents, so the view can list every unit of a region, including the
ones no record mentions, and say which gmina a record's finer code (a town part, a city
district) belongs to.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from index.analysis import name_keys

TERYT_DIR = Path(__file__).resolve().parent.parent / "nlp" / "data" / "teryt"
LEVELS = ("voivodeship", "powiat", "gmina")
CODE_LENGTH = {"voivodeship": 2, "powiat": 4, "gmina": 7}
CITY_POWIAT = "city_with_powiat_rights"


@dataclass(frozen=True)
class Area:
    code: str          # TERYT: 2 digits (voivodeship), 4 (powiat), 7 (gmina)
    name: str          # as TERYT writes it: `lubelskie`, `łęczyński`, `Lublin`, `Łęczna`
    level: str         # voivodeship | powiat | gmina
    kind: str          # powiat: `powiat` or `miasto na prawach powiatu`; gmina: `gmina miejska`, ...
    voivodeship: str   # the voivodeship's name

    @property
    def label(self) -> str:
        """How a person names it in Polish: `powiat łęczyński`, `Lublin (miasto na prawach powiatu)`."""
        if self.level == "voivodeship":
            return f"województwo {self.name}"
        if self.level == "powiat":
            return f"powiat {self.name}" if self.kind == "powiat" else f"{self.name} (miasto na prawach powiatu)"
        return f"{self.name} ({self.kind})"

    @property
    def parent_code(self) -> str | None:
        return {"voivodeship": None, "powiat": self.code[:2], "gmina": self.code[:4]}[self.level]


def _rows(name: str) -> list[dict[str, str]]:
    with open(TERYT_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.lru_cache(maxsize=1)
def all_areas() -> dict[str, Area]:
    """Every voivodeship, powiat and gmina by its code."""
    areas: dict[str, Area] = {}
    for r in _rows("voivodeships.csv"):
        areas[r["woj_code"]] = Area(r["woj_code"], r["name_lower"], "voivodeship", "województwo", r["name_lower"])
    for r in _rows("powiats.csv"):
        kind = "miasto na prawach powiatu" if r["kind"] == CITY_POWIAT else "powiat"
        areas[r["powiat_code"]] = Area(r["powiat_code"], r["name"], "powiat", kind, r["voivodeship"])
    for r in _rows("gminas.csv"):
        kind = r["NAZWA_DOD"] or f"gmina {r['gmina_type']}"
        areas[r["teryt7"]] = Area(r["teryt7"], r["name"], "gmina", kind, r["voivodeship"])
    return areas


def area(code: str | None) -> Area | None:
    return all_areas().get(code or "")


@functools.lru_cache(maxsize=None)
def areas_of_level(level: str) -> tuple[Area, ...]:
    return tuple(sorted((a for a in all_areas().values() if a.level == level), key=lambda a: a.code))


def within(parent: str | None, level: str) -> list[Area]:
    """Units of `level` inside the unit coded `parent` (all of Poland when None)."""
    return [a for a in areas_of_level(level) if parent is None or a.code.startswith(parent)]


@functools.lru_cache(maxsize=None)
def _gminas_by_prefix() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for gmina in areas_of_level("gmina"):
        out.setdefault(gmina.code[:6], []).append(gmina.code)
        out.setdefault(gmina.code[:4], []).append(gmina.code)
    return out


def gmina_code_of(code: str | None) -> str | None:
    """The gmina a 7-digit TERYT code lies in: itself, the urban-rural gmina of a town or rural
    part (kinds 4 and 5), the city of a district or delegation (kinds 8 and 9)."""
    if not code or len(code) < 7:
        return None
    code = code[:7]
    if code in all_areas():
        return code
    same = _gminas_by_prefix().get(code[:6], [])
    if len(same) == 1:
        return same[0]
    in_powiat = _gminas_by_prefix().get(code[:4], [])
    cities = [c for c in in_powiat if c.endswith("1")]  # a city with districts: the powiat's urban gmina
    return cities[0] if len(cities) == 1 else None


def matches(unit: Area, value: str) -> bool:
    """Whether a filter value (name in any form, or TERYT code) names this unit."""
    value = value.strip()
    if value.isdigit():
        return unit.code.startswith(value) if unit.level == "gmina" and len(value) == 6 else unit.code == value
    return bool(set(name_keys(value)) & set(name_keys(unit.name)))


def resolve(level: str, value: str, parent: str | None = None) -> list[Area]:
    """The units of `level` a filter value names (a name may name several), inside `parent`."""
    return [a for a in within(parent, level) if matches(a, value)]


def in_filters(unit: Area, region_filters: dict[str, list[str]]) -> bool:
    """Whether a unit lies inside the region filters (each level's values: any of them)."""
    for level in LEVELS:
        values = region_filters.get(level) or []
        if not values:
            continue
        length = CODE_LENGTH[level]
        if len(unit.code) < length:
            # A coarser unit is inside when some finer unit the filter names lies in it.
            if not any(a.code.startswith(unit.code) for v in values for a in resolve(level, v, unit.code)):
                return False
            continue
        ancestor = area(unit.code[:length])
        if ancestor is None or not any(matches(ancestor, v) for v in values):
            return False
    return True
