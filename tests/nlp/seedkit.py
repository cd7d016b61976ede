"""The five seed announcements and their reference annotations, for the extractor tests.

They are real pages, so they stay outside the repository, in `../shared/seeds/` (beside the
repository root); every test that reads them skips with one clear message when it is absent.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
SEED_IDS = ("000", "001", "002", "003", "004")
MISSING = f"the seed announcements are not at {SEEDS} (they are kept outside the repository)"

requires_seeds = pytest.mark.skipif(not (SEEDS / "gold.jsonl").is_file(), reason=MISSING)


def seed_records() -> list[dict]:
    """Every line of the seeds' gold.jsonl ({"id", "file", "gold"}); skips the test without them."""
    if not (SEEDS / "gold.jsonl").is_file():
        pytest.skip(MISSING)
    return [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def seed_text(record: dict) -> str:
    return (SEEDS / record["file"]).read_text(encoding="utf-8")


def seed_params() -> list:
    """One pytest.param per seed record (id = seed id), or one skipped param without them, so a
    test parametrised at collection reports the skip instead of vanishing."""
    if not (SEEDS / "gold.jsonl").is_file():
        return [pytest.param(None, id="no-seeds", marks=pytest.mark.skip(reason=MISSING))]
    return [pytest.param(record, id=record["id"]) for record in seed_records()]


def load_seed(prefix: str) -> tuple[str, dict]:
    """(text, gold) of seed `prefix` ("000" … "004")."""
    for record in seed_records():
        if record["id"] == prefix:
            return seed_text(record), record["gold"]
    raise KeyError(prefix)
