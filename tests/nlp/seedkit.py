"""The five seed announcements and their reference annotations, for the extractor tests."""
from __future__ import annotations

import json
from pathlib import Path

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"


def load_seed(prefix: str) -> tuple[str, dict]:
    """(text, gold) of seed `prefix` ("000" … "004")."""
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == prefix:
            return text, item["gold"]
    raise KeyError(prefix)
