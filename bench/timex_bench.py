"""Dates on KPWr's TIMEX3 documents: our date grammar beside `dateparser` in the same run.

Why: the project's own evaluation set was written with the extractor in view; KPWr (Polish
news, blogs and announcements, hand-annotated with normalised TIMEX3 values by CLARIN-PL) was
not, so it shows how the grammar holds on running text it has never seen. Both systems are
scored by the corpus's own scorer (`../shared/eval/timex/score_dates.py`, run once per system),
so the figures are exactly the ones that script prints:

- recognised: share of day-specific gold dates and times (`YYYY-MM-DD[THH:MM]`) that some
  predicted mention overlaps;
- normalised: share whose overlapping mention starts or ends on the gold day (and, for a
  gold time, at the same HH:MM);
- precision: share of predicted mentions that overlap any gold DATE or TIME expression.

Every mention `nlp.dates.find_dates` returns counts (any kind), with the document date as
`published`. Develop on `train,tune`; report `test`.

    .venv/bin/python bench/timex_bench.py                  # the test split
    .venv/bin/python bench/timex_bench.py --splits train,tune
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "timex" / "score_dates.py"


def score(system: str, splits: str) -> tuple[dict, float]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(SCORER), "--system", system, "--splits", splits],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[0]), time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splits", default="test", help="comma-separated splits: train, tune, test")
    args = parser.parse_args(argv)
    if not SCORER.is_file():
        print(f"the KPWr scorer is not at {SCORER}: nothing to measure")
        return 0
    rows = [("ours, nlp.dates.find_dates", *score("civic", args.splits)),
            ("dateparser.search_dates(pl)", *score("dateparser", args.splits))]
    first = rows[0][1]
    print(f"KPWr TIMEX3, split {args.splits}: {first['docs']} documents, "
          f"{first['gold_day_timexes']} day-specific dates and times")
    print(f"  {'':<30}{'recognised':>11}{'normalised':>11}{'precision':>10}{'predicted':>10}{'crashes':>8}"
          f"{'seconds':>9}")
    for name, result, seconds in rows:
        precision = "-" if result["precision"] is None else f"{result['precision']:.3f}"
        print(f"  {name:<30}{result['recognised']:>11.3f}{result['normalised']:>11.3f}{precision:>10}"
              f"{result['predicted']:>10}{result['crashes']:>8}{seconds:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
