"""Rebuild the generated registry files from the upstream data kept in the repository.

    .venv/bin/python scripts/build_registry.py

Inputs (see spiders/sources/PROVENANCE.md):
  spiders/sources/upstream/jst_websites.csv                      every JST office with a website (2021 list)
  spiders/sources/upstream/rops_regional_social_policy_centres.csv  the 16 ROPS
  spiders/sources/edits/jst_overrides.csv                         reviewed corrections, keyed by source id
  spiders/sources/edits/rops_overrides.csv                        notes added to ROPS rows
Outputs:
  spiders/sources/jst.csv, spiders/sources/rops.csv

Region codes are the TERC 2025 codes: units whose gmina type changed since 2021 are matched
on the 6-digit code. The output is validated with the registry loader before it is written,
and re-running the script gives the same files.
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spiders.registry import COLUMNS, SOURCES_DIR, parse_row, teryt_units  # noqa: E402

UPSTREAM = SOURCES_DIR / "upstream"
EDITS = SOURCES_DIR / "edits"


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def region_2025(kod: str, teryt6: str, level: str) -> tuple[str, str]:
    """TERC 2025 code of a JST row, and a note when it differs from the 2021 code."""
    units = teryt_units()
    if level == "voivodeship":
        return kod[:2], ""
    if level == "powiat":
        return kod[:4], ""
    if kod in units:
        return kod, ""
    matches = [code for code in units if len(code) == 7 and code[:6] == teryt6 and code[6] in "123"]
    if len(matches) != 1:
        raise SystemExit(f"jst_websites.csv: TERYT {kod} has no unique TERC 2025 unit")
    return matches[0], f"TERYT {kod} (2021) is {matches[0]} in TERC 2025"


def build_jst() -> list[dict[str, str]]:
    overrides = {r["id"]: r for r in read_csv(EDITS / "jst_overrides.csv")}
    rows = []
    for r in read_csv(UPSTREAM / "jst_websites.csv"):
        region, code_note = region_2025(r["Kod_TERYT"], r["teryt6"], r["level"])
        notes = [n for n in (code_note,) if n]
        if r["level"] in ("gmina", "dzielnica") and r["terc2025_NAZWA"] and r["terc2025_NAZWA"].lower() != r["nazwa_samorządu"].lower():
            notes.append(f"unit named {r['terc2025_NAZWA']!r} in TERC 2025 (was {r['nazwa_samorządu']!r})")
        if r["level"] == "dzielnica":
            notes.append("district office (dzielnica) of the capital city of Warsaw")
        row = {c: "" for c in COLUMNS}
        row.update(id=f"jst-{region}", type="municipal", name=r["nazwa_urzędu_JST"], region=region,
                   homepage=r["url"], enabled="true", confidence="high")
        if "bip" in r["url"].lower():
            notes.append("homepage is a BIP (public-information bulletin), not the main site")
        edit = overrides.pop(row["id"], None)
        if edit:
            for field in ("homepage", "enabled", "confidence", "start_urls", "article_patterns"):
                if edit[field]:
                    row[field] = edit[field]
            notes.insert(0, edit["note"])
        elif r["url_needs_review"] == "1":
            raise SystemExit(f"jst_websites.csv: {r['Kod_TERYT']} needs review but has no entry in jst_overrides.csv")
        row["note"] = "; ".join(n for n in notes if n)
        rows.append(row)
    if overrides:
        raise SystemExit(f"jst_overrides.csv: unknown ids {', '.join(overrides)}")
    rows.sort(key=lambda row: (len(row["region"]) > 2, len(row["region"]) > 4, row["region"]))
    return rows


def build_rops() -> list[dict[str, str]]:
    extra_notes = {r["id"]: r["note"] for r in read_csv(EDITS / "rops_overrides.csv")}
    rows = []
    for r in read_csv(UPSTREAM / "rops_regional_social_policy_centres.csv"):
        row = {c: "" for c in COLUMNS}
        notes = [extra_notes.pop(f"rops-{r['woj_code']}", "")]
        if r["confidence"] != "high":
            notes.append(f"{r['confidence']} confidence: {r['notes']}")
        elif r["notes"]:
            notes.append(r["notes"])
        row.update(id=f"rops-{r['woj_code']}", type="rops", name=r["name"], region=r["woj_code"],
                   homepage=r["website_url"], enabled="true", confidence=r["confidence"],
                   note="; ".join(n for n in notes if n))
        rows.append(row)
    if extra_notes:
        raise SystemExit(f"rops_overrides.csv: unknown ids {', '.join(extra_notes)}")
    return rows


def render(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main() -> int:
    for name, rows in (("jst.csv", build_jst()), ("rops.csv", build_rops())):
        for line, row in enumerate(rows, start=2):
            _source, problems = parse_row(row, name, line)
            if problems:
                raise SystemExit("\n".join(str(p) for p in problems))
        (SOURCES_DIR / name).write_text(render(rows), encoding="utf-8")
        flagged = sum(1 for r in rows if r["confidence"] != "high" or r["enabled"] == "false")
        print(f"{name}: {len(rows)} sources, {flagged} flagged (confidence below high or disabled)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
