"""`civic search`: query the search index from the command line."""
from __future__ import annotations

import argparse
import html
import json
import re
import sys

from pipeline.errors import CivicError
from pipeline.filter_options import add_filter_arguments, request_from_args


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from index.base import MAX_PAGE_SIZE, SORTS
    from index.factory import add_backend_arguments

    parser = sub.add_parser(
        "search", parents=[common], help="search the announcements",
        description='Search with words (any inflection, diacritics optional), "exact phrases", '
                    "AND/OR/NOT, -word, prefix*, (parentheses) and organiser:/funder:/gmina:/type: fields.")
    parser.add_argument("query", nargs="?", default="", help="the query (empty: everything)")
    add_filter_arguments(parser)
    parser.add_argument("--sort", choices=SORTS, default="relevance")
    parser.add_argument("--limit", default="10", metavar="N", help=f"results per page (at most {MAX_PAGE_SIZE})")
    parser.add_argument("--page", default="1", metavar="N")
    parser.add_argument("--cursor", metavar="C", help="continue after a previous page (its next_cursor)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_backend_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from index.factory import open_backend
    from pipeline.store import index_dir_for, resolve_db_path

    request = request_from_args(args, args.query, sort=args.sort, size=args.limit, page=args.page,
                                cursor=args.cursor)
    backend = open_backend(args, index_dir_for(resolve_db_path(args.db)))
    try:
        try:
            result = backend.search(request)
        except ValueError as exc:
            raise CivicError(str(exc)) from None
    finally:
        backend.close()
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_readable(result, request, sys.stdout.isatty())
    return 0


def _plain(snippet: str, tty: bool) -> str:
    on, off = ("\033[1m", "\033[0m") if tty else ("[", "]")
    return html.unescape(re.sub(r"</?mark>", lambda m: off if m.group().startswith("</") else on, snippet))


def _print_readable(result, request, tty: bool) -> None:
    first = (request.page - 1) * request.size + 1 if not request.cursor else None
    shown = len(result.hits)
    where = f" (showing {first}–{first + shown - 1})" if first and shown else ""
    print(f"{result.total} result{'s' if result.total != 1 else ''}{where}")
    for n, hit in enumerate(result.hits, start=first or 1):
        region = ", ".join(v for v in (hit.region.get("gmina"), hit.region.get("powiat"),
                                        hit.region.get("voivodeship")) if v)
        dates = ", ".join(e["start"].replace("T", " ") for e in hit.events[:3] if e.get("start"))
        print(f"\n{n}. {hit.title}")
        meta = " · ".join(v for v in (dates and f"when {dates}", region, hit.event_type,
                                      hit.published and f"published {hit.published}") if v)
        if meta:
            print(f"   {meta}")
        if hit.organisers:
            print(f"   organiser: {'; '.join(hit.organisers)}")
        if hit.snippet:
            print(f"   {_plain(hit.snippet, tty)}")
        print(f"   {hit.url}")
    facets = [(name, counts) for name, counts in result.facets.items() if counts]
    if facets:
        print()
        for name, counts in facets:
            top = ", ".join(f"{k} {v}" for k, v in list(counts.items())[:6])
            print(f"{name}: {top}")
    if result.next_cursor:
        print(f"\nmore: --cursor {result.next_cursor}")
