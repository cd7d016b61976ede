"""Event matching at scale: time and peak memory at 100,000 and 1,000,000 synthetic records.

    .venv/bin/python bench/events_bench.py [--sizes 100000 1000000] [--seed 15]

Records are generated as the extractor leaves them (title, organisers, venue, dated event
with its region) over every gmina of the TERYT copy and the days 2010–2026; about one
meeting in three is planted on several sources (a re-post in other words, a report after,
a cancellation), so the matcher has real work in every block. Each size runs in its own
process, so its peak memory (max RSS) is its own. The baseline, measured in the same run,
is the per-record time at the smallest size: blocking keeps the cost near-linear when the
per-record time stays flat as the store grows (the acceptance asks for under twice).
Precision and recall against the planted duplicates are printed beside the time.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TOPICS = ["spotkanie konsultacyjne w sprawie programu współpracy", "konferencja o ekonomii społecznej",
          "szkolenie dla organizacji pozarządowych", "warsztaty dla seniorów", "debata o budżecie obywatelskim",
          "forum rodzin zastępczych", "spotkanie informacyjne o dotacjach", "szkolenie z zamówień publicznych",
          "konsultacje strategii rozwoju gminy", "warsztaty animacji lokalnej", "zebranie wiejskie sołectwa",
          "spotkanie w sprawie planu zagospodarowania", "konferencja o przeciwdziałaniu przemocy",
          "szkolenie z pierwszej pomocy", "forum aktywności lokalnej", "debata o transporcie publicznym"]
HALLS = ["Sala Konferencyjna Urzędu Gminy", "Gminny Ośrodek Kultury", "Biblioteka Publiczna", "Centrum Kultury",
         "świetlica wiejska", "Sala Narad Starostwa Powiatowego", "Dom Pomocy Społecznej", "Hala Sportowa"]
ORGANISERS = ["Urząd Gminy", "Gminny Ośrodek Pomocy Społecznej", "Stowarzyszenie Rozwoju Wsi", "Fundacja Razem",
              "Lokalna Grupa Działania", "Biblioteka Publiczna", "Rada Seniorów"]
FIRST = date(2010, 1, 1).toordinal()
DAYS = date(2026, 12, 31).toordinal() - FIRST


def _gminas() -> list[str]:
    from bench.synthetic import _gminas as teryt_gminas

    return [g[0] for g in teryt_gminas()]


def generate(n: int, seed: int) -> Iterator[tuple[dict[str, Any], int]]:
    """(record, planted meeting number) pairs: about a third of meetings appear 2–4 times."""
    rng = random.Random(seed)
    gminas = _gminas()
    made = meeting = 0
    while made < n:
        code = rng.choice(gminas)
        day = date.fromordinal(FIRST + rng.randrange(DAYS))
        topic, hall, organiser = rng.choice(TOPICS), rng.choice(HALLS), rng.choice(ORGANISERS)
        hour = rng.choice([None, 9, 10, 12, 16, 17, 18])
        copies = rng.choice([1, 1, 1, 1, 2, 2, 3, 4])
        for copy in range(min(copies, n - made)):
            title = topic.capitalize() if copy == 0 else rng.choice(
                [f"Zaproszenie: {topic}", f"Zapraszamy na {topic}", f"Relacja: {topic}", topic.upper().capitalize()])
            timed = hour is not None and (copy == 0 or rng.random() < 0.5)
            start = day.isoformat() + (f"T{hour:02d}:00" if timed else "")
            region = {"teryt": code, "voivodeship": None, "powiat": None, "gmina": None}
            record = {
                "id": f"{made:016x}", "url": f"https://s{copy}.example.pl/{made}", "title": title, "text": "",
                "source_id": f"source-{code}-{copy}", "source_type": ("municipal", "ngo", "other", "rops")[copy],
                "published": (day - timedelta(days=rng.randint(1, 20) - (10 if copy == 2 else 0))).isoformat(),
                "region": region, "status": "upcoming", "event_type": topic.split()[0],
                "organisers": [{"name": f"{organiser} {code}"}] if rng.random() < 0.8 else [],
                "venues": ([{"name": f"{hall} nr {code[-3:]}", "city": None, "address": None}]
                           if rng.random() < 0.7 else []),
                "events": [{"start": start, "end": None, "venue": None, "region": region}],
            }
            yield record, meeting
            made += 1
        meeting += 1


def run_one(n: int, seed: int) -> dict[str, Any]:
    from pipeline.events.matcher import EventMatcher
    from pipeline.events.mentions import record_mentions

    started = time.perf_counter()
    mentions, planted = [], {}
    for record, meeting in generate(n, seed):
        mentions.append(record_mentions(record))
        planted[(record["id"], 0)] = meeting
    mentions.sort(key=lambda ms: (ms[0].published, ms[0].record_id))
    prepared = time.perf_counter() - started
    started = time.perf_counter()
    matcher = EventMatcher()
    for ms in mentions:
        matcher.add_record(ms)
    matched = time.perf_counter() - started
    # Pairwise precision/recall against the planted meetings, counted per group.
    from collections import Counter

    pairs = lambda counts: sum(c * (c - 1) // 2 for c in counts.values())  # noqa: E731
    both = Counter((planted[k], e) for k, e in matcher.event_of.items())
    tp, predicted, gold = pairs(both), pairs(Counter(matcher.event_of.values())), pairs(Counter(planted.values()))
    return {"records": n, "prepare_s": round(prepared, 2), "match_s": round(matched, 2),
            "match_us_per_record": round(matched / n * 1e6, 2), "events": len(set(matcher.event_of.values())),
            "planted_meetings": len(set(planted.values())),
            "pairwise_precision": round(tp / predicted, 4) if predicted else 1.0,
            "pairwise_recall": round(tp / gold, 4) if gold else 1.0,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.seed)))
        return 0
    results = []
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)],
                             check=True, capture_output=True, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), flush=True)
    base = results[0]["match_us_per_record"]
    for r in results[1:]:
        print(f"growth of time per record, {results[0]['records']:,} -> {r['records']:,}: "
              f"{r['match_us_per_record'] / base:.2f}x (baseline {base} µs/record at {results[0]['records']:,})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
