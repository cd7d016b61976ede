"""`civic eval`: precision, recall and F1 of the extractor on an annotated set.

Scores by the matching rules of the annotation guide (nlp/evaluate.py), so the figure a
user gets here is the one the tests and the benchmark report.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.errors import CivicError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "eval", parents=[common],
        help="score the extractor on an annotated set (precision, recall, F1 per field)",
        description="Run the extractor over every announcement of a gold JSONL file (each line "
                    "with a 'file' relative to the gold file, or an inline 'text') and print "
                    "precision, recall and F1 per field, and time accuracy.")
    parser.add_argument("gold", metavar="GOLD.jsonl", help="annotated set")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--show-errors", action="store_true", help="list every miss and spurious value")
    parser.add_argument("--predictions", metavar="PRED.jsonl",
                        help="score these predictions (one JSON object per gold line, in order, "
                             "e.g. `civic extract --format jsonl` output) instead of running the extractor")
    parser.set_defaults(func=run)


def _read_predictions(path: str) -> list[dict]:
    predictions = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CivicError(f"cannot read {path}: {exc.strerror or exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CivicError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(value, dict):
            raise CivicError(f"{path}:{number}: expected a JSON object")
        predictions.append(value)
    return predictions


def run(args: argparse.Namespace) -> int:
    from nlp.evaluate import GoldFormatError, extract_all, format_report, load_gold, score_all

    try:
        items = load_gold(args.gold)
    except GoldFormatError as exc:
        raise CivicError(str(exc)) from exc
    if not items:
        raise CivicError(f"{args.gold}: no gold records")
    if args.predictions:
        predictions = _read_predictions(args.predictions)
        if len(predictions) != len(items):
            raise CivicError(f"{args.predictions}: {len(predictions)} predictions for {len(items)} gold records")
    else:
        try:
            from nlp import Extractor
        except ImportError as exc:
            raise CivicError(f"the extractor is not available: {exc}") from exc
        predictions = extract_all(items, Extractor())
    score = score_all(items, predictions)
    if args.json:
        report = score.as_dict()
        if args.show_errors:
            report["errors"] = [{"id": rid, "field": name, "error": message} for rid, name, message in score.errors]
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_report(score, show_errors=args.show_errors))
    return 0
