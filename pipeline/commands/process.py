"""`civic process`: re-run relevance and extraction over stored pages, without re-crawling."""
from __future__ import annotations

import argparse
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
    from nlp import EXTRACTOR_VERSION, Extractor
    from pipeline.process import process_pages
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

        def pages():
            for page in store.iter_pages(source_ids=args.source or None):
                if not wanted(page):
                    continue
                if args.reparse and page.get("body"):
                    page = _reparse(store, page)
                yield page

        report = process_pages(store, pages(), Extractor(), threshold=args.threshold)
        print(f"processed {report.pages} pages: {report.announcements} announcements "
              f"({report.changed} changed, {report.removed} removed) with extractor {EXTRACTOR_VERSION} "
              f"in {time.perf_counter() - started:.1f} s")
        if not args.no_index:
            from pipeline.indexing import update_index

            update_index(store, args)
    return 0


def _reparse(store, page: dict) -> dict:
    """Parse the stored raw body again with the current article parser and save the result."""
    from spiders.article import parse_article

    article = parse_article(page["body"], page["url"], headers=page.get("headers") or {})
    page = {**page, "title": article.title, "text": article.text, "published": article.published,
            "attachments": list(article.attachments)}
    store.upsert_page(page)
    return page
