"""Score extractions against gold annotations by the matching rules of the annotation guide.

Why a module of its own: the `civic eval` command, the quality tests and the benchmark must
all count the same way, or their figures would not be comparable. The rules (ANNOTATION.md):

- events and deadlines match by date (`YYYY-MM-DD`); a gold year `XXXX` matches any year;
  one prediction to one gold entry. Time accuracy is the share of gold starts with a time
  whose matched prediction has the same `HH:MM`.
- venues (name, address and city joined), organisers and funders match when the token F1 on
  5-character token prefixes is at least 0.5, one prediction to one gold entry.
- a prediction that matches no gold entry but matches an `acceptable` answer is neither a
  true nor a false positive.
- counts are summed over the whole set (micro-averaged).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.eval_matching import (
    CONTACT_NORMALISERS, MATCH_THRESHOLD, date_of, date_similarity, dates_match, event_similarity, funder_text,
    fuzzy, one_to_one, organiser_text, programme_text, time_of, token_f1, venue_text)

#: Fields scored by precision, recall and F1, in report order.
PRF_FIELDS = ("events", "deadlines", "venues", "organisers", "funding", "emails", "phones", "urls")
#: Fields scored by accuracy, in report order.
ACCURACY_FIELDS = ("event time", "published", "event type", "funding programme")


class GoldFormatError(ValueError):
    """A gold file line that cannot be read; the message names the line."""


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    text: str
    gold: dict[str, Any]
    context: dict[str, Any] = field(default_factory=dict)
    url: str = ""

    def extraction_context(self) -> dict[str, Any]:
        """What a crawl would know of the page besides its text: its address, and any context the
        set records."""
        return {"url": self.url, **self.context}


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        # nothing predicted: perfect only if there was nothing to find
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        # nothing to find: perfect only if nothing was predicted
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass(slots=True)
class Score:
    """Counts for one record or, summed, for a whole set; `errors` explain the misses."""

    counts: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in PRF_FIELDS})
    accuracy: dict[str, Accuracy] = field(default_factory=lambda: {f: Accuracy() for f in ACCURACY_FIELDS})
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (record id, field, message)
    records: int = 0

    def add(self, other: Score) -> None:
        for name, counts in other.counts.items():
            self.counts[name].add(counts)
        for name, acc in other.accuracy.items():
            self.accuracy[name].add(acc)
        self.errors.extend(other.errors)
        self.records += other.records

    def as_dict(self) -> dict[str, Any]:
        return {"records": self.records,
                "fields": {name: c.as_dict() for name, c in self.counts.items()},
                "accuracy": {name: a.as_dict() for name, a in self.accuracy.items()}}


# --------------------------------------------------------------------------- reading gold

def load_gold(path: str | Path, *, lines: Sequence[tuple[int, str]] | None = None) -> list[GoldItem]:
    """Gold records of a JSONL file; each line's `file` is relative to the gold file's folder.
    `lines` (numbered) reads those lines of the file only."""
    path = Path(path)
    if lines is None:
        try:
            lines = list(enumerate(path.read_text(encoding="utf-8").splitlines(), 1))
        except OSError as exc:
            raise GoldFormatError(f"cannot read {path}: {exc.strerror or exc}") from exc
    items: list[GoldItem] = []
    for number, line in lines:
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{where}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("gold"), dict):
            raise GoldFormatError(f"{where}: expected an object with a 'gold' object")
        if isinstance(record.get("text"), str):
            text = record["text"]
        elif isinstance(record.get("file"), str):
            text_path = path.parent / record["file"]
            try:
                text = text_path.read_text(encoding="utf-8")
            except OSError as exc:
                raise GoldFormatError(f"{where}: cannot read {text_path}: {exc.strerror or exc}") from exc
        else:
            raise GoldFormatError(f"{where}: needs a 'text' or a 'file'")
        context = record.get("context") if isinstance(record.get("context"), dict) else {}
        items.append(GoldItem(str(record.get("id", number)), text, record["gold"], context, str(record.get("url") or "")))
    return items


def _score_list(name: str, rid: str, gold: Sequence[Any], predicted: Sequence[Any],
                acceptable: Sequence[Any], similarity: Callable[[Any, Any], float],
                describe: Callable[[Any], str], score: Score) -> dict[int, int]:
    matched = one_to_one(gold, predicted, similarity)
    used = set(matched.values())
    counts = score.counts[name]
    counts.tp += len(matched)
    for gi, g in enumerate(gold):
        if gi not in matched:
            counts.fn += 1
            score.errors.append((rid, name, f"missed {describe(g)}"))
    for pi, p in enumerate(predicted):
        if pi in used:
            continue
        if any(similarity(a, p) > 0 for a in acceptable):
            continue
        counts.fp += 1
        score.errors.append((rid, name, f"spurious {describe(p)}"))
    return matched


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []


def _describe_event(value: Any) -> str:
    if isinstance(value, dict):
        end = value.get("end")
        return f"{value.get('start')}" + (f"..{end}" if end else "")
    return str(value)


def score_record(rid: str, gold: dict[str, Any], predicted: dict[str, Any]) -> Score:
    """Score one prediction (the extractor's dict or a `civic extract` line) against its gold."""
    score = Score(records=1)
    acceptable = gold.get("acceptable") or {}

    gold_events = _as_list(gold.get("events"))
    pred_events = _as_list(predicted.get("events"))
    matched = _score_list("events", rid, gold_events, pred_events, _as_list(acceptable.get("events")),
                          event_similarity, _describe_event, score)
    times = score.accuracy["event time"]
    for gi, g in enumerate(gold_events):
        gold_time = time_of(g)
        if gold_time is None:
            continue
        times.total += 1
        predicted_time = time_of(pred_events[matched[gi]]) if gi in matched else None
        if predicted_time == gold_time:
            times.correct += 1
        else:
            score.errors.append((rid, "event time", f"{g.get('start')} predicted at {predicted_time or 'no time'}"
                                 if gi in matched else f"{g.get('start')} not found"))

    _score_list("deadlines", rid, _as_list(gold.get("deadlines")), _as_list(predicted.get("deadlines")),
                _as_list(acceptable.get("deadlines")), date_similarity, lambda v: str(date_of(v)), score)
    _score_list("venues", rid, _as_list(gold.get("venues")), _as_list(predicted.get("venues")),
                _as_list(acceptable.get("venues")), fuzzy(venue_text), venue_text, score)
    _score_list("organisers", rid, _as_list(gold.get("organisers")), _as_list(predicted.get("organisers")),
                _as_list(acceptable.get("organisers")), fuzzy(organiser_text), organiser_text, score)

    gold_funding = _as_list(gold.get("funding"))
    pred_funding = _as_list(predicted.get("funding"))
    matched = _score_list("funding", rid, gold_funding, pred_funding, _as_list(acceptable.get("funding")),
                          fuzzy(funder_text), funder_text, score)
    programme = score.accuracy["funding programme"]
    for gi, pi in matched.items():
        programme.total += 1
        g, p = programme_text(gold_funding[gi]), programme_text(pred_funding[pi])
        if (not g and not p) or token_f1(g, p) >= MATCH_THRESHOLD:
            programme.correct += 1
        else:
            score.errors.append((rid, "funding programme", f"{g or None!r} predicted as {p or None!r}"))

    gold_contacts = gold.get("contacts") or {}
    pred_contacts = predicted.get("contacts") or {}
    for kind, normalise in CONTACT_NORMALISERS.items() if "contacts" in gold else ():   # (a set may not annotate them)
        def same(g: Any, p: Any, normalise: Callable[[str], str] = normalise) -> float:
            return 1.0 if isinstance(g, str) and isinstance(p, str) and normalise(g) == normalise(p) else 0.0
        _score_list(kind, rid, _as_list(gold_contacts.get(kind)), _as_list(pred_contacts.get(kind)),
                    _as_list(acceptable.get(kind)), same, str, score)

    published = score.accuracy["published"]
    published.total += 1
    gold_published, pred_published = date_of(gold.get("published")), date_of(predicted.get("published"))
    if gold_published == pred_published or (gold_published and dates_match(gold_published, pred_published)):
        published.correct += 1
    else:
        score.errors.append((rid, "published", f"{gold_published} predicted as {pred_published}"))

    gold_type, pred_type = gold.get("event_type"), predicted.get("event_type")
    if pred_type != gold_type and pred_type in _as_list(acceptable.get("event_type")):
        pass  # a defensible type: neither right nor wrong
    else:
        event_type = score.accuracy["event type"]
        event_type.total += 1
        if pred_type == gold_type:
            event_type.correct += 1
        else:
            score.errors.append((rid, "event type", f"{gold_type} predicted as {pred_type}"))
    return score


def score_all(items: Iterable[GoldItem], predictions: Iterable[dict[str, Any]]) -> Score:
    """Micro-averaged score of predictions given in the same order as the gold items."""
    total = Score()
    items, predictions = list(items), list(predictions)
    if len(items) != len(predictions):
        raise ValueError(f"{len(items)} gold records but {len(predictions)} predictions")
    for item, predicted in zip(items, predictions):
        total.add(score_record(item.id, item.gold, predicted if isinstance(predicted, dict) else {}))
    return total


# --------------------------------------------------------------------------- reporting

def format_report(score: Score, *, show_errors: bool = False) -> str:
    lines = [f"{score.records} announcements",
             f"{'field':<18}{'gold':>6}{'pred':>6}{'TP':>6}{'FP':>6}{'FN':>6}{'precision':>11}{'recall':>8}{'F1':>8}"]
    for name, c in score.counts.items():
        lines.append(f"{name:<18}{c.tp + c.fn:>6}{c.tp + c.fp:>6}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
                     f"{c.precision:>11.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    lines.append(f"{'accuracy':<18}{'correct':>9}{'total':>7}{'accuracy':>10}")
    for name, a in score.accuracy.items():
        lines.append(f"{name:<18}{a.correct:>9}{a.total:>7}{a.value:>10.3f}")
    if show_errors and score.errors:
        lines.append("")
        lines.append("errors:")
        lines.extend(f"  {rid:<8} {name:<18} {message}" for rid, name, message in score.errors)
    return "\n".join(lines)


def extract_all(items: Sequence[GoldItem], extractor: Any = None) -> list[dict[str, Any]]:
    """Run the project's extractor over gold items (in one batch, as a user's run would)."""
    if extractor is None:
        from nlp import Extractor

        extractor = Extractor()
    batch = ((item.text, item.extraction_context()) for item in items)
    return list(extractor.extract_many(batch))
