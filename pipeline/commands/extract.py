"""`civic extract`: extraction over local files, one JSON object per file, in order.

A stable contract for scripts: each line holds the record fields (published, events,
deadlines, venues, organisers, funding, contacts, event_type, status, region), every value
with its evidence `text` and `span` into the object's `text`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from pipeline.errors import CivicError

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


def read_document(path: str) -> dict:
    """Title, text and publication date of one input file."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise CivicError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if looks_like_html(data):
        from spiders.article import parse_article

        url = "stdin:" if path == "-" else Path(path).resolve().as_uri()
        article = parse_article(data, url)
        return {"file": path, "title": article.title, "text": article.text, "published": article.published}
    return {"file": path, "title": None, "text": decode_text(data), "published": None}


def _date_arg(value: str | None, name: str):
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CivicError(f"--{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def run(args: argparse.Namespace) -> int:
    published = _date_arg(args.published, "published")
    today = _date_arg(args.today, "today")
    documents = [read_document(path) for path in args.files]
    from nlp import Extractor

    extractor = Extractor(today=today)
    items = ((doc["text"], {"published": doc["published"] or published, "source_region": args.region,
                            "title": doc["title"]}) for doc in documents)
    results = []
    for doc, extraction in zip(documents, extractor.extract_many(items)):
        results.append({"file": doc["file"], "title": doc["title"], **extraction, "text": doc["text"]})
        if args.format == "jsonl":
            print(json.dumps(results.pop(), ensure_ascii=False), flush=True)
    if args.format == "json":
        print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0
