"""Evaluation sets of real pages: announcements with gold, and pages that are no announcement.

A real-text set (`../shared/eval/realtext/dev.jsonl`, `test.jsonl`) mixes annotated
announcements (lines with `gold`) and pages of the same sites that announce no meeting
(lines with `kind`). Both are needed: the first scores extraction field by field, the second
the announcement verdict the crawl makes (does it keep a tender out, and let a council
session in). A text on which the extractor fails is counted, reported and scored as an empty
prediction, and the rest of the set is still scored.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.evaluate import GoldFormatError, GoldItem, Score, load_gold, score_all

#: Decides whether a page is an announcement: (title, text, url) -> (is, score, reasons).
Verdict = Callable[[str, str, str], tuple[bool, float, list[str]]]


@dataclass(frozen=True, slots=True)
class Negative:
    """A real page that announces no meeting, with the kind of page it is."""
    id: str
    text: str
    url: str
    kind: str


@dataclass(slots=True)
class VerdictCounts:
    """The announcement verdict on announcements (positives) against non-announcements."""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    wrong: list[tuple[str, str]] = field(default_factory=list)   # (id, "missed"/"kept kind")

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4)}


@dataclass(slots=True)
class PartReport:
    """One part of a set (a file), scored."""
    name: str
    score: Score
    verdict: VerdictCounts | None
    negatives: int
    failures: list[tuple[str, str]]   # (id, error in one line)

    def as_dict(self) -> dict[str, Any]:
        out = self.score.as_dict()
        out["not_announcements"] = self.negatives
        out["verdict"] = self.verdict.as_dict() if self.verdict else None
        out["failed"] = [{"id": rid, "error": error} for rid, error in self.failures]
        return out


def load_eval_set(path: str | Path) -> tuple[list[GoldItem], list[Negative]]:
    """Announcements (with gold) and non-announcements (with `kind`) of one JSONL file."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldFormatError(f"cannot read {path}: {exc.strerror or exc}") from exc
    negatives: list[Negative] = []
    gold_lines: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if isinstance(record, dict) and "gold" not in record and isinstance(record.get("kind"), str) \
                and isinstance(record.get("text"), str):
            negatives.append(Negative(str(record.get("id", number)), record["text"], str(record.get("url", "")),
                                      record["kind"]))
        else:
            gold_lines.append((number, line))
    items = load_gold(path, lines=gold_lines) if gold_lines else []
    return items, negatives


def extract_isolated(items: Sequence[GoldItem], extractor: Any) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The extractor's output for each item; a failing item gives `{}` and a one-line error. An
    item on which some component failed keeps the other fields and counts as failed too."""
    predictions: list[dict[str, Any]] = []
    failures: list[tuple[str, str]] = []
    for item in items:
        try:
            output = extractor.extract(item.text, **_context_args(item))
        except Exception as exc:  # noqa: BLE001  (one bad text must not stop the set)
            predictions.append({})
            failures.append((item.id, f"{type(exc).__name__}: {exc}".splitlines()[0]))
            continue
        predictions.append(output)
        if output.get("errors"):
            failures.append((item.id, "; ".join(output["errors"])))
    return predictions, failures


def _context_args(item: GoldItem) -> dict[str, Any]:
    context = item.extraction_context()
    return {key: context[key] for key in ("published", "source_region", "title", "url") if context.get(key)}


def score_verdict(items: Sequence[GoldItem], negatives: Sequence[Negative], verdict: Verdict) -> VerdictCounts:
    counts = VerdictCounts()
    for item in items:
        if verdict("", item.text, item.url)[0]:
            counts.tp += 1
        else:
            counts.fn += 1
            counts.wrong.append((item.id, "announcement judged not one"))
    for negative in negatives:
        if verdict("", negative.text, negative.url)[0]:
            counts.fp += 1
            counts.wrong.append((negative.id, f"{negative.kind} judged an announcement"))
        else:
            counts.tn += 1
    return counts


def evaluate_part(path: str | Path, extractor: Any, verdict: Verdict | None = None) -> PartReport:
    """Extraction scores (and, given a verdict, its precision and recall) for one file."""
    items, negatives = load_eval_set(path)
    predictions, failures = extract_isolated(items, extractor)
    score = score_all(items, predictions)
    counts = score_verdict(items, negatives, verdict) if verdict is not None and (items or negatives) else None
    return PartReport(Path(path).name, score, counts, len(negatives), failures)
