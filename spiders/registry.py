"""The source registry: CSV files under spiders/sources/, validated on load.

Sources are configuration, not code: one row per site. Every row is checked when it is
read, and a bad row is reported with its file, line and field, so a typo in a registry
file is found by `civic sources check` (or the first crawl) instead of silently dropping
a site. Layout of the files: spiders/sources/README.md.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable
from urllib.parse import urlsplit

from pipeline.errors import CivicError
from spiders.source import CONFIDENCE_LEVELS, SOURCE_TYPES, Source

SOURCES_DIR = Path(__file__).resolve().parent / "sources"
TERYT_DIR = Path(__file__).resolve().parent.parent / "nlp" / "data" / "teryt"

COLUMNS = ("id", "type", "name", "region", "homepage", "enabled", "confidence", "start_urls", "feeds",
           "sitemaps", "listing_patterns", "article_patterns", "css", "note")
REQUIRED_COLUMNS = ("id", "type", "name", "homepage")
CSS_KEYS = ("title", "content", "date", "article_links", "next_page")
REGION_REQUIRED = ("municipal", "rops")

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TRUE = {"true", "1", "yes", "tak"}
_FALSE = {"false", "0", "no", "nie"}


class RegistryError(CivicError):
    """One or more registry rows are invalid; the message names file, line and field of each."""

    def __init__(self, problems: list["Problem"]):
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:20])
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"invalid source registry ({len(problems)} problem(s)):\n{shown}{more}")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}"
        return f"{where}: field '{self.field}': {self.message}" if self.field else f"{where}: {self.message}"


@dataclass(frozen=True)
class TerytUnit:
    code: str
    name: str
    level: str           # voivodeship, powiat, gmina, dzielnica, delegatura, ...
    voivodeship: str     # lower-case voivodeship name


@lru_cache(maxsize=1)
def teryt_units() -> dict[str, TerytUnit]:
    """TERYT codes a region may carry (TERC 2025): 2-digit voivodeships, 4-digit powiats, 7-digit units."""
    units: dict[str, TerytUnit] = {}
    with open(TERYT_DIR / "voivodeships.csv", encoding="utf-8", newline="") as fh:
        voivodeships = {r["woj_code"]: r["name_lower"] for r in csv.DictReader(fh)}
    for code, name in voivodeships.items():
        units[code] = TerytUnit(code, name, "voivodeship", name)
    with open(TERYT_DIR / "powiats.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            units[r["powiat_code"]] = TerytUnit(r["powiat_code"], r["name"], "powiat", r["voivodeship"])
    with open(TERYT_DIR / "gminas.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            units[r["teryt7"]] = TerytUnit(r["teryt7"], r["name"], "gmina", r["voivodeship"])
    with open(TERYT_DIR / "terc_subunits.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["RODZ"] in ("8", "9"):   # dzielnice of Warsaw, delegatury of the big cities
                units[r["teryt7"]] = TerytUnit(r["teryt7"], r["name"], r["NAZWA_DOD"], r["voivodeship"])
    return units


def voivodeship_of(region: str | None) -> str | None:
    """The voivodeship code (2 digits) a TERYT code lies in."""
    return region[:2] if region else None


def default_paths() -> list[Path]:
    """Every registry file: the CSV files directly under spiders/sources/."""
    return sorted(SOURCES_DIR.glob("*.csv"))


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _check_url(value: str) -> str | None:
    if not value or any(c.isspace() for c in value):
        return f"{value!r} is not a URL"
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https"):
        return f"{value!r} must start with http:// or https://"
    host = parts.hostname or ""
    if not host or ("." not in host and host != "localhost"):
        return f"{value!r} has no valid host"
    if not re.fullmatch(r"[A-Za-z0-9.-]+", host) or host.startswith((".", "-")) or host.endswith((".", "-")):
        return f"{value!r} has an invalid host {host!r}"
    tld = host.rsplit(".", 1)[-1]
    if "." in host and not re.fullmatch(r"[A-Za-z]{2,}|\d+", tld):
        return f"{value!r} has an invalid top-level domain {tld!r}"
    return None


def _split(value: str) -> tuple[str, ...]:
    """Multi-valued cells hold whitespace-separated values (URLs and regexes carry no spaces)."""
    return tuple(value.split())


def _parse_css(value: str) -> tuple[dict[str, str], str | None]:
    """`key=selector; key=selector` -> dict, or an error message."""
    from cssselect import GenericTranslator, SelectorError

    css: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in value.split(";"))):
        key, sep, selector = part.partition("=")
        key, selector = key.strip(), selector.strip()
        if not sep or not selector:
            return {}, f"{part!r} is not key=selector"
        if key not in CSS_KEYS:
            return {}, f"unknown key {key!r} (known: {', '.join(CSS_KEYS)})"
        try:
            GenericTranslator().css_to_xpath(selector)
        except SelectorError as exc:
            return {}, f"{key}: invalid CSS selector {selector!r} ({exc})"
        css[key] = selector
    return css, None


def parse_row(row: dict[str, str], path: str, line: int) -> tuple[Source | None, list[Problem]]:
    """One CSV row -> a Source, or the problems that stop it from being one."""
    problems: list[Problem] = []

    def bad(field: str, message: str) -> None:
        problems.append(Problem(path, line, field, message))

    cell = {k: (row.get(k) or "").strip() for k in COLUMNS}
    if not _ID.match(cell["id"]):
        bad("id", f"{cell['id']!r} must be lower-case letters, digits and single hyphens")
    if not cell["name"]:
        bad("name", "must not be empty")
    if cell["type"] not in SOURCE_TYPES:
        bad("type", f"{cell['type']!r} is not one of {', '.join(SOURCE_TYPES)}")
    if (err := _check_url(cell["homepage"])) is not None:
        bad("homepage", err)
    region = cell["region"] or None
    if region is None:
        if cell["type"] in REGION_REQUIRED:
            bad("region", f"a {cell['type']} source needs a TERYT code")
    elif region not in teryt_units():
        bad("region", f"{region!r} is not a TERYT code in TERC 2025 (2, 4 or 7 digits)")
    enabled_raw = cell["enabled"].lower()
    if enabled_raw and enabled_raw not in _TRUE | _FALSE:
        bad("enabled", f"{cell['enabled']!r} is not true/false")
    confidence = cell["confidence"] or "high"
    if confidence not in CONFIDENCE_LEVELS:
        bad("confidence", f"{confidence!r} is not one of {', '.join(CONFIDENCE_LEVELS)}")
    for field in ("start_urls", "feeds", "sitemaps"):
        for url in _split(cell[field]):
            if (err := _check_url(url)) is not None:
                bad(field, err)
    for field in ("listing_patterns", "article_patterns"):
        for pattern in _split(cell[field]):
            try:
                re.compile(pattern)
            except re.error as exc:
                bad(field, f"invalid regular expression {pattern!r} ({exc})")
    css, css_error = _parse_css(cell["css"])
    if css_error:
        bad("css", css_error)
    if problems:
        return None, problems
    return Source(id=cell["id"], name=cell["name"], type=cell["type"], homepage=cell["homepage"], region=region,
                  start_urls=_split(cell["start_urls"]), feeds=_split(cell["feeds"]),
                  sitemaps=_split(cell["sitemaps"]), listing_patterns=_split(cell["listing_patterns"]),
                  article_patterns=_split(cell["article_patterns"]), css=css,
                  enabled=enabled_raw not in _FALSE, confidence=confidence, note=cell["note"]), []


def read_file(path: str | os.PathLike[str]) -> tuple[list[tuple[Source, int]], list[Problem]]:
    """All sources of one registry file with their line numbers, and every problem found."""
    path = Path(path)
    shown = _display(path)
    sources: list[tuple[Source, int]] = []
    problems: list[Problem] = []
    try:
        fh = open(path, encoding="utf-8", newline="")
    except OSError as exc:
        return [], [Problem(shown, 0, "", f"cannot read registry file: {exc.strerror}")]
    with fh:
        try:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            unknown = [c for c in header if c not in COLUMNS]
            missing = [c for c in REQUIRED_COLUMNS if c not in header]
            if unknown:
                problems.append(Problem(shown, 1, unknown[0], f"unknown column (known: {', '.join(COLUMNS)})"))
            if missing:
                problems.append(Problem(shown, 1, missing[0], "required column is missing"))
            if problems:
                return [], problems
            line = 1
            for row in reader:
                start, line = line + 1, reader.line_num
                if None in row:
                    problems.append(Problem(shown, start, "", f"{len(header) + len(row[None])} cells in a row of "
                                                             f"{len(header)} columns"))
                    continue
                if not any((v or "").strip() for v in row.values()):
                    continue
                source, row_problems = parse_row(row, shown, start)
                problems += row_problems
                if source is not None:
                    sources.append((source, start))
        except UnicodeDecodeError as exc:
            problems.append(Problem(shown, 0, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})"))
        except csv.Error as exc:
            problems.append(Problem(shown, reader.line_num, "", f"malformed CSV: {exc}"))
    return sources, problems


def validate(paths: Iterable[str | os.PathLike[str]] | None = None) -> tuple[list[Source], list[Problem]]:
    """Read every registry file; returns the valid sources and all problems (bad rows, duplicate ids)."""
    all_sources: list[Source] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in (default_paths() if paths is None else [Path(p) for p in paths]):
        sources, file_problems = read_file(path)
        problems += file_problems
        for source, line in sources:
            where = f"{_display(Path(path))}:{line}"
            if source.id in seen:
                problems.append(Problem(_display(Path(path)), line, "id",
                                        f"duplicate id {source.id!r} (first defined at {seen[source.id]})"))
                continue
            seen[source.id] = where
            all_sources.append(source)
    return all_sources, problems


def load_registry(paths: Iterable[str | os.PathLike[str]] | None = None) -> list[Source]:
    """Every source of the registry files (all of spiders/sources/*.csv by default).

    Raises RegistryError naming file, line and field of every bad row: a registry with
    errors is never half-loaded.
    """
    sources, problems = validate(paths)
    if problems:
        raise RegistryError(problems)
    return sources


def find_sources(ids: Iterable[str], paths: Iterable[str | os.PathLike[str]] | None = None) -> list[Source]:
    """The sources with these ids, in the order given; unknown ids are an error."""
    ids = list(ids)
    by_id = {s.id: s for s in load_registry(paths)}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise CivicError(f"unknown source id(s): {', '.join(missing)} (see `civic sources list`)")
    return [by_id[i] for i in ids]


def write_served_registry(path: str | os.PathLike[str], served: dict[str, str],
                          sites: Iterable[dict]) -> list[str]:
    """A registry naming each served site by its start page only (no per-site configuration):
    the crawl of a local copy of a site as a user's crawl of it. `sites` are site descriptions
    (`key`, `source_id`, `type`, `name`, `region`, `homepage` path); those not in `served`
    ({key: base URL}) are left out. Returns the source ids written."""
    ids = []
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for site in sites:
            if site["key"] not in served:
                continue
            writer.writerow({"id": site["source_id"], "type": site["type"], "name": site["name"],
                             "region": site.get("region") or "", "enabled": "true", "confidence": "high",
                             "homepage": served[site["key"]] + site.get("homepage", "/")})
            ids.append(site["source_id"])
    return ids
