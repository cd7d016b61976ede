"""Crash check of the whole extractor on every real text the project may read: the KPWr TIMEX3
documents, the annotated real announcements (both parts, negatives included) and every page
of the saved real sites, read by the project's own article parser as a crawl reads them.

Why a script beside the test: the saved sites hold ~8,400 pages and reading them takes minutes
(the article parser costs ~45 ms a page), so `tests/nlp/test_real_corpora.py` checks a fixed
sample of them and this script checks them all. It prints, per corpus, the texts extracted,
the failures with the module each one was raised in, and the extractor's time.

    .venv/bin/python bench/real_corpora_bench.py                 # everything
    .venv/bin/python bench/real_corpora_bench.py --every 8        # every 8th page of the sites
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

Item = tuple[str, str, dict]   # (id, text, context)


def timex_items() -> Iterator[Item]:
    for line in (SHARED / "eval" / "timex" / "dates.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        yield doc["id"], doc["text"], {"published": doc.get("dct")}


def realtext_items() -> Iterator[Item]:
    for part in ("dev", "test"):
        for line in (SHARED / "eval" / "realtext" / f"{part}.jsonl").open(encoding="utf-8"):
            doc = json.loads(line)
            yield f"{part}:{doc['id']}", doc["text"], {}


def realsite_pages(every: int = 1) -> list[Path]:
    pages = sorted(p for p in (SHARED / "realsites").glob("*/site/**/*")
                   if p.suffix.lower() in (".html", ".htm") and p.is_file())
    return pages[::every]


def realsite_items(pages: Iterable[Path]) -> Iterator[Item]:
    """Each page read as the crawl reads it: decoded and cut to its article by spiders/article.py."""
    from spiders.article import parse_article

    base = SHARED / "realsites"
    for path in pages:
        rel = path.relative_to(base).as_posix()
        article = parse_article(path.read_bytes(), f"http://127.0.0.1/{rel}")
        if article.text:
            yield rel, article.text, {"published": article.published, "title": article.title}


def where(exc: BaseException) -> str:
    """The project module (and line) an exception was raised in."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if str(ROOT) in f.filename
              and "/.venv/" not in f.filename]
    if not frames:
        return type(exc).__name__
    last = frames[-1]
    return f"{Path(last.filename).relative_to(ROOT)}:{last.lineno}"


def check(extractor, items: Iterable[Item], batch: int = 64) -> tuple[int, list[tuple[str, str, str]], float]:
    """Extract every item; a failing batch is redone one item at a time to name the culprit."""
    count, failures, seconds = 0, [], 0.0
    chunk: list[Item] = []

    def run(chunk: list[Item]) -> None:
        nonlocal count, seconds
        started = time.perf_counter()
        try:
            for _ in extractor.extract_many([(text, ctx) for _, text, ctx in chunk]):
                count += 1
        except Exception:  # noqa: BLE001 - redone one by one below
            for item_id, text, ctx in chunk:
                try:
                    list(extractor.extract_many([(text, ctx)]))
                    count += 1
                except Exception as exc:  # noqa: BLE001 - what this script reports
                    failures.append((item_id, where(exc), f"{type(exc).__name__}: {exc}"))
        seconds += time.perf_counter() - started

    for item in items:
        chunk.append(item)
        if len(chunk) == batch:
            run(chunk)
            chunk = []
    if chunk:
        run(chunk)
    return count, failures, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=1, help="check every Nth page of the saved sites")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no shared corpora at {SHARED}: nothing to check")
        return 0
    from nlp import EXTRACTOR_VERSION, Extractor

    extractor = Extractor(today=dt.date(2026, 1, 1))
    pages = realsite_pages(args.every)
    corpora = [("KPWr TIMEX3 documents", timex_items()), ("real announcements, dev and test", realtext_items()),
               (f"saved real sites, {len(pages)} pages", realsite_items(pages))]
    print(f"crash check of the whole extractor ({EXTRACTOR_VERSION}) on real texts")
    total_failures = 0
    for name, items in corpora:
        started = time.perf_counter()
        count, failures, seconds = check(extractor, items)
        total_failures += len(failures)
        print(f"  {name:<40} {count:>6} texts, {len(failures):>3} failed, extractor {seconds:6.1f} s, "
              f"all {time.perf_counter() - started:6.1f} s")
        for module, n in Counter(f[1] for f in failures).most_common():
            print(f"      {n:>4} x {module}")
        for item_id, module, message in failures[:20]:
            print(f"      {item_id}: {module}: {message[:160]}")
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
