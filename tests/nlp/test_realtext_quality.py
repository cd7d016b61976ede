"""Extraction quality on real announcements does not fall below what it has reached.

`../shared/eval/realtext/` holds real pages annotated by the annotation guide: a dev part the
rules were studied on and a test part that is only measured. The floors sit a little under
the figures of the current extractor (README, "Extraction, and how well it works"), so a
change that loses real-text quality in any field fails here, not in a user's export. The texts
are read from `../shared` and never copied here; the tests skip when it is absent.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nlp.eval_sets import PartReport, evaluate_part

REALTEXT = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "realtext"

pytestmark = pytest.mark.skipif(not REALTEXT.is_dir(), reason=f"the real announcements are not at {REALTEXT}")

# field -> lowest F1 (dates, venues, organisers, funding, deadlines) or accuracy (time, type)
FLOORS = {
    "dev": {"events": 0.95, "venues": 0.91, "organisers": 0.90, "funding": 0.97, "deadlines": 0.95,
            "event time": 0.90, "event type": 0.95, "published": 0.95},
    "test": {"events": 0.89, "venues": 0.83, "organisers": 0.74, "funding": 0.85, "deadlines": 0.85,
             "event time": 0.90, "event type": 0.82, "published": 0.93},
}
VERDICT_FLOOR = 0.93   # precision and recall of the announcement verdict, both parts


@pytest.fixture(scope="module")
def reports() -> dict[str, PartReport]:
    from nlp import Extractor
    from pipeline.relevance import judged

    extractor = Extractor(today=dt.date(2026, 1, 1))
    return {part: evaluate_part(REALTEXT / f"{part}.jsonl", extractor, judged) for part in FLOORS}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_no_real_announcement_makes_the_extractor_fail(reports: dict[str, PartReport], part: str) -> None:
    assert reports[part].failures == []


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_every_field_holds_its_quality_on_real_announcements(reports: dict[str, PartReport], part: str) -> None:
    score = reports[part].score
    reached = {name: (score.counts[name].f1 if name in score.counts else score.accuracy[name].value)
               for name in FLOORS[part]}
    below = {name: round(value, 3) for name, value in reached.items() if value < FLOORS[part][name]}
    assert not below, f"{part}: below the floor {below} (floors {FLOORS[part]})"


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_announcements_are_told_from_other_real_pages(reports: dict[str, PartReport], part: str) -> None:
    counts = reports[part].verdict
    assert counts is not None and counts.tn + counts.fp > 0   # each part holds pages that announce nothing
    assert counts.precision >= VERDICT_FLOOR and counts.recall >= VERDICT_FLOOR, counts.wrong
