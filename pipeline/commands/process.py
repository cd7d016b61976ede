"""`civic process`: re-run relevance and extraction over stored pages, without re-crawling.

A page a stage fails on is named on stderr with its error, in one line, and keeps its
earlier verdict and record; every other page is processed, and the exit status is 1.
"""
from __future__ import annotations

import argparse
import sys
import time

from index.factory import add_backend_arguments


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "process", parents=[common],
        help="re-extract announcements from stored pages (after the extractor improves)",
        description="Re-run relevance and extraction over pages already in the store. By default only "
                    "pages never processed or processed by an older extractor version; --all redoes every page.")
    parser.add_argument("--all", action="store_true", help="process every stored page")
    parser.add_argument("--reparse", action="store_true",
                        help="also re-parse the stored raw HTML (title, main text, dates) before extracting")
    parser.add_argument("--source", action="append", default=[], metavar="ID", help="only pages of this source")
    parser.add_argument("--threshold", type=float, default=None, help="relevance threshold (default from settings)")
    parser.add_argument("--no-index", action="store_true", help="do not update the search index afterwards")
    add_backend_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from nlp import EXTRACTOR_VERSION
    from pipeline.errors import one_line
    from pipeline.extraction import start_extractor
    from pipeline.process import PageFailure, process_pages
    from pipeline.schema import record_id
    from pipeline.store import Store

    started = time.perf_counter()
    with Store(args.db) as store:
        versions = store.record_versions()

        def wanted(page: dict) -> bool:
            if args.all or args.reparse:
                return True
            if page.get("relevance") is None:
                return True
            return bool(page.get("is_announcement")) and versions.get(record_id(page["url"])) != EXTRACTOR_VERSION

        failures: list[PageFailure] = []

        def report_failure(failure: PageFailure) -> None:
            failures.append(failure)
            print(f"civic: {failure.url}: {failure.stage} failed: {failure.error}", file=sys.stderr, flush=True)

        def pages():
            for page in store.iter_pages(source_ids=args.source or None):
                if not wanted(page):
                    continue
                if args.reparse and page.get("body"):
                    try:
                        page = _reparse(store, page)
                    except Exception as exc:  # noqa: BLE001 - this page is left as it was; the rest go on
                        report_failure(PageFailure(page["url"], "article parser", one_line(exc)))
                        continue
                yield page

        extractor = start_extractor()
        report = process_pages(store, pages(), extractor, threshold=args.threshold, on_failure=report_failure)
        print(f"processed {report.pages} pages: {report.announcements} announcements "
              f"({report.changed} changed, {report.removed} removed, {len(failures)} failed, "
              f"{len(report.incomplete)} incomplete) "
              f"with extractor {EXTRACTOR_VERSION} in {time.perf_counter() - started:.1f} s")
        if not args.no_index:
            from pipeline.indexing import update_index

            update_index(store, args)
    if report.incomplete:
        print(f"civic: {len(report.incomplete)} record(s) kept with fields a rule failed to read (see the warnings "
              f"above); `civic process --all` reads them again", file=sys.stderr)
    if failures:
        print(f"civic: error: {len(failures)} page(s) failed; each keeps its earlier state, and the next "
              f"`civic process` retries those never processed", file=sys.stderr)
        return 1
    return 0


def _reparse(store, page: dict) -> dict:
    """Parse the stored raw body again with the current article parser and save the result."""
    from spiders.article import parse_article

    article = parse_article(page["body"], page["url"], headers=page.get("headers") or {})
    page = {**page, "title": article.title, "text": article.text, "published": article.published,
            "attachments": list(article.attachments)}
    store.upsert_page(page)
    return page
