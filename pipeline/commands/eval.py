"""`civic eval`: precision, recall and F1 of the extractor on annotated sets.

Scores by the matching rules of the annotation guide (nlp/evaluate.py), so the figure a
user gets here is the one the tests and the benchmark report. Given a folder (by default
the real-text set beside the project, `../shared/eval/realtext`), every part in it is scored
(`dev.jsonl`, then `test.jsonl`), with the announcement verdict the crawl makes measured
on its announcements against its non-announcements.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.errors import CivicError

#: The real-text set, beside the project's folder (as in the source tree and in CI).
DEFAULT_SET = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "realtext"
PART_ORDER = ("dev.jsonl", "test.jsonl")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "eval", parents=[common],
        help="score the extractor on annotated sets (precision, recall, F1 per field)",
        description="Run the extractor over every announcement of a gold JSONL file, or of every part of a "
                    "folder (dev.jsonl, test.jsonl), and print precision, recall and F1 per field, time and "
                    "type accuracy, texts that failed, and the announcement verdict's precision and recall "
                    "against the set's non-announcements. With no path: the real-text set in "
                    "../shared/eval/realtext.")
    parser.add_argument("paths", nargs="*", metavar="GOLD.jsonl|FOLDER", help="annotated set(s)")
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


def _parts(paths: list[str]) -> list[Path]:
    """The files to score: each file given, and the parts of each folder given."""
    if not paths:
        if not DEFAULT_SET.is_dir():
            raise CivicError(f"no set given and the real-text set is not at {DEFAULT_SET}")
        paths = [str(DEFAULT_SET)]
    parts: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(path.glob("*.jsonl"), key=lambda p: (PART_ORDER.index(p.name)
                                                                if p.name in PART_ORDER else len(PART_ORDER), p.name))
            if not found:
                raise CivicError(f"{path}: no .jsonl parts in this folder")
            parts.extend(found)
        else:
            parts.append(path)
    return parts


def _format_part(report, *, show_errors: bool) -> str:
    from nlp.evaluate import format_report

    lines = [f"== {report.name}: {report.score.records} announcements, {report.negatives} not announcements ==",
             format_report(report.score, show_errors=show_errors)]
    if report.verdict is not None:
        v = report.verdict
        lines.append(f"announcement verdict: precision {v.precision:.3f} recall {v.recall:.3f} "
                     f"(kept {v.tp} of {v.tp + v.fn} announcements, {v.fp} of {v.fp + v.tn} others)")
        if show_errors:
            lines.extend(f"  {rid:<8} verdict            {message}" for rid, message in v.wrong)
    lines.append(f"texts that failed: {len(report.failures)}")
    lines.extend(f"  {rid}: {error}" for rid, error in report.failures)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from nlp.eval_sets import PartReport, evaluate_part
    from nlp.evaluate import GoldFormatError, load_gold, score_all
    from pipeline.relevance import judged

    parts = _parts(args.paths)
    reports: list[PartReport] = []
    try:
        if args.predictions:
            if len(parts) != 1:
                raise CivicError("--predictions scores one gold file, not several")
            items = load_gold(parts[0])
            predictions = _read_predictions(args.predictions)
            if len(predictions) != len(items):
                raise CivicError(f"{args.predictions}: {len(predictions)} predictions for {len(items)} gold records")
            reports.append(PartReport(parts[0].name, score_all(items, predictions), None, 0, []))
        else:
            try:
                from nlp import Extractor

                extractor = Extractor()
            except ImportError as exc:
                raise CivicError(f"the extractor is not available: {exc}") from exc
            for part in parts:
                report = evaluate_part(part, extractor, judged)
                if not report.score.records and not report.negatives:
                    raise CivicError(f"{part}: no gold records")
                reports.append(report)
    except GoldFormatError as exc:
        raise CivicError(str(exc)) from exc
    if args.json:
        dicts = {}
        for report in reports:
            d = report.as_dict()
            if args.show_errors:
                d["errors"] = [{"id": rid, "field": name, "error": message} for rid, name, message in report.score.errors]
            dicts[report.name] = d
        json.dump(next(iter(dicts.values())) if len(dicts) == 1 else {"parts": dicts}, sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print("\n\n".join(_format_part(report, show_errors=args.show_errors) for report in reports))
    return 1 if any(report.failures for report in reports) else 0
