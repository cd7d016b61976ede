"""The whole extractor never fails on real text: every KPWr TIMEX3 document, every line of the
annotated real announcements (announcements and negatives, both parts), and pages of the saved
real sites read by the project's own article parser, as a crawl reads them.

A crash loses a page's every field, so this is checked on material the project did not write.
The texts are read from `../shared` and never copied here; the tests skip when it is absent.
The saved sites hold ~8,400 pages and the article parser takes ~45 ms a page, so a fixed
eighth of them is checked here (chosen by a hash of the page's path, so the sample is the
same on every run and spread over both sites); `bench/real_corpora_bench.py` checks them all.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import traceback
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
TIMEX = SHARED / "eval" / "timex" / "dates.jsonl"
REALTEXT = SHARED / "eval" / "realtext"
REALSITES = SHARED / "realsites"
SITE_SAMPLE = 8     # one page in eight

pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason=f"the shared real corpora are not at {SHARED}")


@pytest.fixture(scope="module")
def extractor():
    from nlp import Extractor

    return Extractor(today=dt.date(2026, 1, 1))


def _where(exc: BaseException) -> str:
    """The project file and line an exception was raised in: which component failed."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if f.filename.startswith(str(ROOT)) and "/.venv/" not in f.filename]
    last = frames[-1] if frames else None
    return f"{Path(last.filename).relative_to(ROOT)}:{last.lineno}" if last else "?"


def _failures(extractor, items: list[tuple[str, str, dict]]) -> list[str]:
    """Extract all items in batches as the pipeline does; a failing batch is redone one item
    at a time, so each failure names its text and the component that raised."""
    failures: list[str] = []
    for i in range(0, len(items), 64):
        chunk = items[i:i + 64]
        try:
            outputs = list(extractor.extract_many([(text, ctx) for _, text, ctx in chunk]))
            assert len(outputs) == len(chunk)
            continue
        except Exception:  # noqa: BLE001 - redone one by one to name the culprit
            pass
        for item_id, text, ctx in chunk:
            try:
                list(extractor.extract_many([(text, ctx)]))
            except Exception as exc:  # noqa: BLE001 - what the test reports
                failures.append(f"{item_id}: {_where(exc)}: {type(exc).__name__}: {exc}")
    return failures


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


@pytest.mark.skipif(not TIMEX.is_file(), reason=f"{TIMEX} is absent")
def test_every_kpwr_document_is_extracted_without_failure(extractor):
    docs = _jsonl(TIMEX)
    items = [(d["id"], d["text"], {"published": d.get("dct")}) for d in docs]
    assert len(items) == 252
    assert _failures(extractor, items) == []


@pytest.mark.skipif(not REALTEXT.is_dir(), reason=f"{REALTEXT} is absent")
def test_every_real_announcement_and_negative_is_extracted_without_failure(extractor):
    items = [(f"{part}:{d['id']}", d["text"], {}) for part in ("dev", "test")
             for d in _jsonl(REALTEXT / f"{part}.jsonl")]
    assert len(items) >= 200
    assert _failures(extractor, items) == []


def _sampled(path: Path) -> bool:
    rel = path.relative_to(REALSITES).as_posix()
    return int(hashlib.sha1(rel.encode("utf-8")).hexdigest(), 16) % SITE_SAMPLE == 0


@pytest.mark.slow
@pytest.mark.skipif(not REALSITES.is_dir(), reason=f"{REALSITES} is absent")
def test_sampled_pages_of_the_saved_real_sites_are_extracted_without_failure(extractor):
    from spiders.article import parse_article

    pages = sorted(p for p in REALSITES.glob("*/site/**/*")
                   if p.suffix.lower() in (".html", ".htm") and p.is_file() and _sampled(p))
    assert len(pages) > 500
    items, failures = [], []
    for path in pages:
        rel = path.relative_to(REALSITES).as_posix()
        try:
            article = parse_article(path.read_bytes(), f"http://127.0.0.1/{rel}")
        except Exception as exc:  # noqa: BLE001 - the article parser's own failure, reported
            failures.append(f"{rel}: {_where(exc)}: {type(exc).__name__}: {exc}")
            continue
        if article.text:
            items.append((rel, article.text, {"published": article.published, "title": article.title}))
    assert len(items) > 500
    assert failures + _failures(extractor, items) == []
