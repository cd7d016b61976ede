"""`civic extract`: extraction over local files, one JSON object per file, in order.

A stable contract for scripts: each line holds the record fields (published, events,
deadlines, venues, organisers, funding, contacts, event_type, status, region), every value
with its evidence `text` and `span` into the object's `text`, and the page's announcement
verdict (`announcement`: is, score, reasons), the decision a crawl makes on the same page.

A file that cannot be parsed or extracted gets `{"file": ..., "error": "..."}` in its place,
its error goes to stderr in one line, every other file is extracted, and the exit status is 1.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator

from pipeline.errors import CivicError, one_line

BATCH = 64   # files read and extracted together (the extractor works in batches)

_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<(?:div|p|article|main)[\s>]",
                         re.IGNORECASE)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "extract", parents=[common], help="extract dates, venues, organisers, funding from files",
        description="Read each file (plain text, or HTML when it looks like HTML) and print one JSON "
                    "object per file, in order, with the extracted record fields and their evidence.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="text or HTML files ('-' for standard input)")
    parser.add_argument("--format", choices=("jsonl", "json"), default="jsonl",
                        help="jsonl: one object per line (default); json: one pretty-printed array")
    parser.add_argument("--published", metavar="YYYY-MM-DD", help="publication date, when the files don't state it")
    parser.add_argument("--region", metavar="TERYT", help="TERYT code of the source, the region fallback")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="reference date for upcoming/past (default: today)")
    parser.set_defaults(func=run)


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_SNIFF.search(data[:4096]))


def decode_text(data: bytes) -> str:
    """Plain-text files come in UTF-8, windows-1250 or ISO-8859-2; pick the one that reads as Polish."""
    from spiders.encoding import decode

    return decode(data)[0]


def read_bytes(path: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise CivicError(f"cannot read {path}: {exc.strerror or exc}") from exc


def read_document(path: str, data: bytes | None = None) -> dict:
    """Title, text, publication date and URL of one input file (an `error` when unparsable)."""
    if data is None:
        data = read_bytes(path)
    url = "stdin:" if path == "-" else Path(path).resolve().as_uri()
    try:
        if looks_like_html(data):
            from spiders.article import parse_article

            article = parse_article(data, url)
            return {"file": path, "url": url, "title": article.title, "text": article.text,
                    "published": article.published}
        return {"file": path, "url": url, "title": None, "text": decode_text(data), "published": None}
    except Exception as exc:  # noqa: BLE001 - this file's failure, reported in its place
        return {"file": path, "error": f"article parser failed: {one_line(exc)}"}


def _date_arg(value: str | None, name: str):
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CivicError(f"--{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def _verdict(doc: dict, published: Any) -> dict[str, Any]:
    """The announcement decision of the crawl (pipeline.process.page_verdict) for this file."""
    from pipeline.process import page_verdict

    verdict = page_verdict({"title": doc["title"], "text": doc["text"], "url": doc["url"],
                            "published": doc["published"] or published})
    return {"is": verdict.is_announcement, "score": verdict.score, "reasons": list(verdict.reasons)}


def extract_documents(documents: list[dict], extractor: Any, published: Any, region: str | None) -> Iterator[dict]:
    """One output object per document, in order; a failure in its document's place."""
    from pipeline.extraction import ExtractionFailure, extract_isolated

    judged: list[dict] = []
    for doc in documents:
        if "error" not in doc:
            try:
                doc = {**doc, "announcement": _verdict(doc, published)}
            except Exception as exc:  # noqa: BLE001
                doc = {"file": doc["file"], "error": f"relevance judge failed: {one_line(exc)}"}
        judged.append(doc)
    readable = [doc for doc in judged if "error" not in doc]
    items = [(doc["text"], {"published": doc["published"] or published, "source_region": region,
                            "title": doc["title"]}) for doc in readable]
    extractions = iter(extract_isolated(extractor, items))
    for doc in judged:
        if "error" in doc:
            yield doc
            continue
        extraction = next(extractions)
        if isinstance(extraction, ExtractionFailure):
            yield {"file": doc["file"], "error": f"extractor failed: {extraction.error}"}
        else:
            yield {"file": doc["file"], "title": doc["title"], "announcement": doc["announcement"],
                   **extraction, "text": doc["text"]}


def run(args: argparse.Namespace) -> int:
    published = _date_arg(args.published, "published")
    today = _date_arg(args.today, "today")
    contents = [(path, read_bytes(path)) for path in args.files]   # unreadable input stops here
    from pipeline.extraction import start_extractor

    extractor = start_extractor(today=today)
    results, failed = [], 0
    for start in range(0, len(contents), BATCH):
        documents = [read_document(path, data) for path, data in contents[start:start + BATCH]]
        for result in extract_documents(documents, extractor, published, args.region):
            if "error" in result:
                failed += 1
                print(f"civic: {result['file']}: {result['error']}", file=sys.stderr, flush=True)
            elif result.get("errors"):   # (some fields left empty, the others given)
                failed += 1
                print(f"civic: {result['file']}: extraction incomplete: {'; '.join(result['errors'])}",
                      file=sys.stderr, flush=True)
            if args.format == "jsonl":
                print(json.dumps(result, ensure_ascii=False), flush=True)
            else:
                results.append(result)
    if args.format == "json":
        print(json.dumps(results, ensure_ascii=False, indent=2))
    if failed:
        print(f"civic: error: {failed} of {len(contents)} files failed", file=sys.stderr)
        return 1
    return 0
