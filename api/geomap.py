"""Map shapes for the regional view: SVG paths of voivodeships and powiats, each with its TERYT code.

The boundaries are the simplified GeoJSON files in `api/geo/` (their provenance is beside
them). They carry names, not codes, and powiat names repeat between voivodeships, so each
powiat is joined to TERYT by its name within the voivodeship whose outline holds the
powiat's centre. Coordinates are projected once, on first use, equirectangularly with
longitudes shrunk by cos(52°) (Poland's middle latitude), so shapes keep their proportions;
the paths are cached for the life of the process. No map library, tile server or CDN.
"""
from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from api.regions import Area, areas_of_level

GEO_DIR = Path(__file__).resolve().parent / "geo"
POWIATS_FILE = GEO_DIR / "powiaty-min.geojson"
VOIVODESHIPS_FILE = GEO_DIR / "wojewodztwa-min.geojson"
RENAMES_FILE = GEO_DIR / "renamed_powiats.json"
X_SCALE = math.cos(math.radians(52.0))
MAP_WIDTH = 600.0      # SVG user units across a map; the height follows the shape
# Points closer than this (in user units) to the last one kept add nothing visible at the
# size a map is drawn; the country map is drawn smaller per unit of land.
VOIVODESHIP_STEP = 1.0
COUNTRY_STEP = 2.0

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Shape:
    teryt: str
    name: str
    path: str          # SVG path data in the map's user units


@dataclass(frozen=True)
class MapShapes:
    width: float
    height: float
    shapes: tuple[Shape, ...]


class GeoJoinError(RuntimeError):
    """A boundary feature that matches no TERYT unit, or several."""


def _polygons(geometry: dict[str, Any]) -> list[list[Ring]]:
    """A Polygon or MultiPolygon as a list of polygons, each a list of rings of (lon, lat)."""
    coordinates = geometry["coordinates"]
    polygons = [coordinates] if geometry["type"] == "Polygon" else coordinates
    return [[[(float(p[0]), float(p[1])) for p in ring] for ring in polygon] for polygon in polygons]


def _ring_area_centroid(ring: Ring) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if abs(area) < 1e-12:
        xs, ys = zip(*ring)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(area), cx / (6 * area), cy / (6 * area)


def centre(polygons: list[list[Ring]]) -> tuple[float, float]:
    """The centroid of the largest outer ring (the main body of a powiat)."""
    _, x, y = max((_ring_area_centroid(p[0]) for p in polygons), key=lambda t: t[0])
    return x, y


def _inside_ring(point: tuple[float, float], ring: Ring) -> bool:
    x, y = point
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def inside(point: tuple[float, float], polygons: list[list[Ring]]) -> bool:
    """Whether a point lies in a (multi)polygon: in an outer ring and in none of its holes."""
    return any(_inside_ring(point, p[0]) and not any(_inside_ring(point, hole) for hole in p[1:]) for p in polygons)


def _load(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


@functools.lru_cache(maxsize=1)
def voivodeship_features() -> dict[str, list[list[Ring]]]:
    """Voivodeship outlines by TERYT code (the file names them as TERYT does, in lower case)."""
    codes = {a.name: a.code for a in areas_of_level("voivodeship")}
    out = {}
    for feature in _load(VOIVODESHIPS_FILE):
        name = feature["properties"]["nazwa"].strip().lower()
        if name not in codes:
            raise GeoJoinError(f"voivodeship {name!r} of {VOIVODESHIPS_FILE.name} is not in TERYT")
        out[codes[name]] = _polygons(feature["geometry"])
    return out


def _renamed() -> dict[tuple[str, str], str]:
    data = json.loads(RENAMES_FILE.read_text(encoding="utf-8"))
    return {(r["voivodeship"], r["old"]): r["teryt_name"] for r in data["renamed"]}


@functools.lru_cache(maxsize=1)
def powiat_features() -> dict[str, list[list[Ring]]]:
    """Powiat outlines by TERYT code: each feature's name matched within its voivodeship."""
    outlines = voivodeship_features()
    powiats = areas_of_level("powiat")
    voivodeship_names = {a.code: a.name for a in areas_of_level("voivodeship")}
    renamed = _renamed()
    out: dict[str, list[list[Ring]]] = {}
    for feature in _load(POWIATS_FILE):
        label = feature["properties"]["nazwa"].strip()
        name = label[len("powiat "):] if label.startswith("powiat ") else label
        polygons = _polygons(feature["geometry"])
        point = centre(polygons)
        holders = [code for code, outline in outlines.items() if inside(point, outline)]
        if len(holders) != 1:  # on a border, by the simplification: the nearest voivodeship centre
            holders = [min(outlines, key=lambda c: math.dist(point, centre(outlines[c])))]
        voivodeship = holders[0]
        wanted = renamed.get((voivodeship_names[voivodeship], name), name)
        found = [a for a in powiats if a.code.startswith(voivodeship) and a.name == wanted]
        if len(found) != 1:
            raise GeoJoinError(f"{label!r} of {POWIATS_FILE.name} matches {len(found)} powiats of TERYT "
                               f"in voivodeship {voivodeship}")
        if found[0].code in out:
            raise GeoJoinError(f"two boundary features join to powiat {found[0].code}")
        out[found[0].code] = polygons
    return out


def _project(lon: float, lat: float) -> tuple[float, float]:
    return lon * X_SCALE, -lat


def _path(polygons: list[list[Ring]], to_map, min_step: float) -> str:
    parts = []
    for polygon in polygons:
        for ring in polygon:
            kept: list[tuple[float, float]] = []
            for lon, lat in ring:
                x, y = to_map(lon, lat)
                if not kept or math.dist(kept[-1], (x, y)) >= min_step:
                    kept.append((x, y))
            if len(kept) < 3:
                continue
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in kept) + "Z")
    return "".join(parts)


def _map(features: dict[str, list[list[Ring]]], units: Iterable[Area], min_step: float) -> MapShapes:
    units = [u for u in units if u.code in features]
    points = [_project(lon, lat) for u in units for polygon in features[u.code] for lon, lat in polygon[0]]
    if not points:
        return MapShapes(MAP_WIDTH, 0.0, ())
    xs, ys = zip(*points)
    left, top = min(xs), min(ys)
    scale = MAP_WIDTH / max(max(xs) - left, 1e-9)
    height = round((max(ys) - top) * scale, 1)

    def to_map(lon: float, lat: float) -> tuple[float, float]:
        x, y = _project(lon, lat)
        return (x - left) * scale, (y - top) * scale

    shapes = tuple(Shape(u.code, u.name, _path(features[u.code], to_map, min_step)) for u in units)
    return MapShapes(MAP_WIDTH, height, shapes)


@functools.lru_cache(maxsize=1)
def country_map() -> MapShapes:
    """Poland by voivodeship."""
    return _map(voivodeship_features(), areas_of_level("voivodeship"), COUNTRY_STEP)


@functools.lru_cache(maxsize=32)
def voivodeship_map(code: str) -> MapShapes:
    """One voivodeship by powiat (cities with powiat rights included)."""
    return _map(powiat_features(), [a for a in areas_of_level("powiat") if a.code.startswith(code)], VOIVODESHIP_STEP)
