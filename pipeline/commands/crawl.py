"""`civic crawl`: crawl registry sources into the store, extract announcements, update the index."""
from __future__ import annotations

import argparse
import hashlib
import sys

from pipeline.errors import CivicError

SPIDERS = ("discovery", "feed", "sitemap", "listing")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from index.factory import add_backend_arguments

    parser = sub.add_parser(
        "crawl", parents=[common], help="crawl registry sources, store pages, extract announcements",
        description="Crawl sources of the registry (real sites): every fetched page is stored, pages that "
                    "announce or report a meeting, conference, training, workshop or consultation become "
                    "announcement records, and the search index is brought up to date. Re-running is "
                    "incremental: unchanged articles are not downloaded again.")
    parser.add_argument("source_ids", nargs="*", metavar="SOURCE_ID", help="sources to crawl (default: all enabled)")
    parser.add_argument("--type", choices=("municipal", "rops", "ngo", "other"), help="only sources of this type")
    parser.add_argument("--voivodeship", metavar="NAME|CODE", help="only sources in this voivodeship (e.g. lubelskie, 06)")
    parser.add_argument("--limit", type=int, metavar="N", help="at most N sources (after filtering)")
    parser.add_argument("--resume", action="store_true",
                        help="keep Scrapy's job state beside the store, so an interrupted crawl of the same "
                             "sources continues where it stopped")
    parser.add_argument("--registry", metavar="FILE", action="append",
                        help="read this registry file instead of spiders/sources/*.csv (repeatable)")
    parser.add_argument("--spider", choices=SPIDERS, default="discovery",
                        help="discovery (default: finds feeds, sitemaps and sections itself), or only the "
                             "configured feeds / sitemaps / listing pages")
    parser.add_argument("--set", dest="settings", metavar="NAME=VALUE", action="append", default=[],
                        help="override a Scrapy setting, e.g. --set DOWNLOAD_DELAY=2 (repeatable)")
    add_walk_arguments(parser)
    parser.add_argument("--no-index", action="store_true", help="do not update the search index afterwards")
    add_backend_arguments(parser)
    parser.set_defaults(func=run)


def add_walk_arguments(parser: argparse.ArgumentParser) -> None:
    """How much of each site to walk: the page budget, the whole archive, or only recent pages."""
    parser.add_argument("--max-pages", type=int, metavar="N",
                        help="page budget per source and run (default 12000, enough for a whole municipal BIP); "
                             "the most announcement-like pages are fetched first")
    parser.add_argument("--since", metavar="YYYY-MM-DD",
                        help="only pages published on or after this date: older archives and listing pages are "
                             "not walked, older documents not kept (--since 2010-01-01 asks for the archive since 2010)")
    parser.add_argument("--backfill", action="store_true",
                        help="walk the whole archive again, also older listing pages that a later crawl would "
                             "skip once it meets a page with nothing new")


def walk_overrides(args: argparse.Namespace) -> dict[str, str]:
    """The spider settings the walk arguments stand for."""
    from datetime import date

    overrides: dict[str, str] = {}
    if getattr(args, "max_pages", None) is not None:
        if args.max_pages < 1:
            raise CivicError("--max-pages must be at least 1")
        overrides["CIVIC_MAX_PAGES"] = str(args.max_pages)
    if getattr(args, "since", None):
        try:
            overrides["CIVIC_SINCE"] = date.fromisoformat(args.since).isoformat()
        except ValueError:
            raise CivicError(f"--since must be a date as YYYY-MM-DD, not {args.since!r}") from None
    if getattr(args, "backfill", False):
        overrides["CIVIC_BACKFILL"] = "True"
    return overrides


def select_sources(args: argparse.Namespace) -> list:
    """The registry sources the arguments name, in registry order (or the order given)."""
    from spiders.registry import find_sources, load_registry

    paths = args.registry or None
    if args.source_ids:
        sources = find_sources(args.source_ids, paths)
    else:
        sources = [s for s in load_registry(paths) if s.enabled]
    if args.type:
        sources = [s for s in sources if s.type == args.type]
    if args.voivodeship:
        from pipeline.commands.sources import voivodeship_code

        code = voivodeship_code(args.voivodeship)
        sources = [s for s in sources if (s.region or "")[:2] == code]
    if args.limit is not None:
        if args.limit < 1:
            raise CivicError("--limit must be at least 1")
        sources = sources[: args.limit]
    if not sources:
        raise CivicError("no source matches (see `civic sources list`)")
    return sources


def _overrides(pairs: list[str]) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not name.strip().isupper():
            raise CivicError(f"--set expects NAME=VALUE with an upper-case Scrapy setting name, got {pair!r}")
        overrides[name.strip()] = value
    return overrides


def run(args: argparse.Namespace) -> int:
    from pipeline.crawl import run_crawl
    from pipeline.store import Store

    sources = select_sources(args)
    overrides = {"LOG_LEVEL": "INFO" if args.verbose else "WARNING", **walk_overrides(args),
                 **_overrides(args.settings)}
    store = Store(args.db)
    job_dir = None
    if args.resume:
        key = hashlib.sha1(("|".join(sorted(s.id for s in sources)) + "|" + args.spider).encode()).hexdigest()[:12]
        job_dir = store.path.with_name(store.path.stem + ".jobs") / key
    print(f"crawling {len(sources)} source(s) into {store.path}" + (f" (job state in {job_dir})" if job_dir else ""),
          file=sys.stderr)
    store.close()
    summary = run_crawl(sources, db_path=store.path, job_dir=job_dir, settings_overrides=overrides,
                        spider=args.spider)
    for line in summary.lines():
        print(line)
    failure = summary.failure()
    if failure:
        raise CivicError(failure)
    if summary.finish_reason == "shutdown":
        print("civic: crawl interrupted; everything fetched so far is stored"
              + ("; run the same command again to continue" if args.resume else
                 "; use --resume to keep the job state next time"), file=sys.stderr)
        return 130
    if args.no_index:
        return 0
    from index.base import IndexUnavailable
    from pipeline.indexing import update_index

    with Store(store.path) as store:
        try:
            update_index(store, args)
        except IndexUnavailable as exc:
            print(f"civic: search index not updated ({exc}); the records are stored, run `civic index` later",
                  file=sys.stderr)
            return 1
    return 0
