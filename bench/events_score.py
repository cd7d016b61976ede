"""Score event matching against a labelled set: pairwise precision/recall and B-cubed F1.

    .venv/bin/python bench/events_score.py [tests/fixtures/events/records.jsonl] [--show-errors]

Each line of the set is a record whose `gold_events` label each of its `events` with the
real meeting it is. The records are matched the way `civic events --rebuild` matches them
(published order), and the predicted events are compared with the labels. A baseline from
the same run groups mentions by day and gmina alone (what blocking gives without a decision).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.events.matcher import EventMatcher  # noqa: E402
from pipeline.events.mentions import record_mentions  # noqa: E402

DEFAULT_SET = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "events" / "records.jsonl"
Key = tuple[str, int]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_of(records: list[dict]) -> dict[Key, str]:
    return {(r["id"], i): label for r in records for i, label in enumerate(r.get("gold_events") or [])}


def predict(records: list[dict]) -> dict[Key, str]:
    matcher = EventMatcher()
    for record in sorted(records, key=lambda r: (r.get("published") or "9999", r["id"])):
        matcher.add_record(record_mentions(record))
    return dict(matcher.event_of)


def block_baseline(records: list[dict]) -> dict[Key, str]:
    out = {}
    for record in records:
        for m in record_mentions(record):
            out[m.key] = f"{m.first}/{m.code}"
    return out


def scores(gold: dict[Key, str], predicted: dict[Key, str]) -> dict[str, float]:
    keys = [k for k in gold if k in predicted]
    gold_groups: dict[str, set[Key]] = defaultdict(set)
    pred_groups: dict[str, set[Key]] = defaultdict(set)
    for k in keys:
        gold_groups[gold[k]].add(k)
        pred_groups[predicted[k]].add(k)
    gold_pairs = {frozenset(p) for g in gold_groups.values() for p in combinations(sorted(g), 2)}
    pred_pairs = {frozenset(p) for g in pred_groups.values() for p in combinations(sorted(g), 2)}
    tp = len(gold_pairs & pred_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(gold_pairs) if gold_pairs else 1.0
    shared = {k: len(pred_groups[predicted[k]] & gold_groups[gold[k]]) for k in keys}
    b_p = sum(shared[k] / len(pred_groups[predicted[k]]) for k in keys) / len(keys)
    b_r = sum(shared[k] / len(gold_groups[gold[k]]) for k in keys) / len(keys)
    return {"mentions": len(keys), "gold_events": len(gold_groups), "predicted_events": len(pred_groups),
            "pairwise_precision": precision, "pairwise_recall": recall,
            "pairwise_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "bcubed_precision": b_p, "bcubed_recall": b_r,
            "bcubed_f1": 2 * b_p * b_r / (b_p + b_r) if b_p + b_r else 0.0}


def errors(records: list[dict], gold: dict[Key, str], predicted: dict[Key, str]) -> list[str]:
    titles = {r["id"]: r["title"] for r in records}
    by_pred: dict[str, list[Key]] = defaultdict(list)
    by_gold: dict[str, list[Key]] = defaultdict(list)
    for k in gold:
        by_pred[predicted[k]].append(k)
        by_gold[gold[k]].append(k)
    out = []
    for event, keys in by_pred.items():
        labels = {gold[k] for k in keys}
        if len(labels) > 1:
            out.append(f"merged {sorted(labels)} as {event}: " + " | ".join(titles[k[0]] for k in keys))
    for label, keys in by_gold.items():
        events = {predicted[k] for k in keys}
        if len(events) > 1:
            shown = " | ".join(f"{predicted[k]}: {titles[k[0]]}" for k in keys)
            out.append(f"split {label} into {len(events)}: {shown}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args(argv)
    records = load(args.path)
    gold = gold_of(records)
    predicted = predict(records)
    print(f"{len(records)} records, {args.path}")
    for name, result in (("block by day and gmina (baseline)", scores(gold, block_baseline(records))),
                         ("events matcher", scores(gold, predicted))):
        print(f"{name}: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items()))
    if args.show_errors:
        for line in errors(records, gold, predicted):
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
