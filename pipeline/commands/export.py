"""`civic export`: every matching record to stdout, streamed, as JSON Lines or CSV."""
from __future__ import annotations

import argparse
import sys

from index.factory import add_backend_arguments
from pipeline.filter_options import add_filter_arguments


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "export", parents=[common], help="write matching records to stdout (jsonl or csv)",
        description="Write every record matching the query and filters to standard output, streamed in "
                    "constant memory: JSON Lines (the whole record, with evidence and spans) or CSV.")
    parser.add_argument("query", nargs="?", default="", help="optional query in the search language")
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--unit", choices=("records", "events"), default="records",
                        help="one row per record (default) or per event (meeting), with all its sources")
    add_filter_arguments(parser)
    add_backend_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from index.factory import open_backend
    from pipeline.export import iter_matching_records
    from pipeline.filter_options import request_from_args
    from pipeline.formats import csv_chunks, jsonl_chunks
    from pipeline.store import Store

    request = request_from_args(args, args.query, sort="published", facets=(), highlight=False)
    with ExitStack() as stack:
        store = stack.enter_context(Store(args.db, readonly=True))
        if not request.query and request.filters.is_empty():
            records = store.iter_records()
        else:
            backend = open_backend(args, store.index_dir)
            stack.callback(backend.close)
            records = iter_matching_records(store, backend, request)
        if args.unit == "events":
            from pipeline.events.export import event_csv_chunks, events_of

            events = events_of(store, records)
            chunks = jsonl_chunks(events) if args.format == "jsonl" else event_csv_chunks(events)
        else:
            chunks = jsonl_chunks(records) if args.format == "jsonl" else csv_chunks(records)
        out = sys.stdout
        for chunk in chunks:
            out.write(chunk)
        out.flush()
    return 0
