"""The `civic` command: each sub-command lives in pipeline/commands/<name>.py."""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from index.base import IndexUnavailable
from index.query import QuerySyntaxError
from pipeline.errors import CivicError

COMMANDS = ("demo", "crawl", "process", "extract", "eval", "index", "events", "search", "export", "serve",
            "sources")


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="store file (default: $CIVIC_DB or data/civic.db)")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="log progress and details to stderr")
    parser = argparse.ArgumentParser(
        prog="civic", parents=[common],
        description="Crawl, extract and search civic meeting announcements from Polish web pages.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"pipeline.commands.{name}").register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    args.verbose = getattr(args, "verbose", False)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return int(args.func(args) or 0)
    except (CivicError, IndexUnavailable, QuerySyntaxError) as exc:
        print(f"civic: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("civic: interrupted; everything committed so far is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
