"""Search filters as command-line options, shared by `civic search` and `civic export`."""
from __future__ import annotations

import argparse

from pipeline.errors import CivicError

FILTER_OPTIONS = ("voivodeship", "powiat", "gmina", "organiser", "funder", "programme", "type", "status",
                  "source", "source-type")


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters (repeat an option for any of several values)")
    for name in FILTER_OPTIONS:
        group.add_argument(f"--{name}", action="append", metavar="VALUE",
                           help=f"only this {name.replace('-', ' ')}"
                           + (" (name or TERYT code)" if name in ("voivodeship", "powiat", "gmina") else ""))
    group.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="events on or after")
    group.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="events on or before")
    group.add_argument("--published-from", metavar="YYYY-MM-DD", help="published on or after")
    group.add_argument("--published-to", metavar="YYYY-MM-DD", help="published on or before")


def request_from_args(args: argparse.Namespace, query: str = "", **paging):
    """A validated SearchRequest from the filter options; bad values become one-line errors."""
    from index.request import build_request

    try:
        return build_request(
            query, voivodeship=args.voivodeship, powiat=args.powiat, gmina=args.gmina,
            date_from=args.date_from, date_to=args.date_to, published_from=args.published_from,
            published_to=args.published_to, organiser=args.organiser, funder=args.funder,
            programme=args.programme, event_type=args.type, status=args.status, source=args.source,
            source_type=args.source_type, **paging)
    except ValueError as exc:
        raise CivicError(str(exc)) from None
