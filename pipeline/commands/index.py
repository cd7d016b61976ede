"""`civic index`: bring the search index up to date with the store."""
from __future__ import annotations

import argparse
import sys
import time
from typing import Any, Iterable, Iterator

from pipeline.errors import CivicError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from index.factory import add_backend_arguments

    parser = sub.add_parser(
        "index", parents=[common], help="update the search index from the store",
        description="Send records changed since the last run to the search index (or, with --rebuild, "
                    "build a fresh index from every record and switch to it once it is complete).")
    parser.add_argument("--rebuild", action="store_true",
                        help="rebuild the whole index from the store (the old one serves until it is done)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    add_backend_arguments(parser)
    parser.set_defaults(func=run)


class _Counting:
    """Passes records through to the backend while a progress bar counts them."""

    def __init__(self, backend: Any, bar: Any):
        self.backend, self.bar = backend, bar

    def _count(self, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            yield record
            self.bar.update(1)

    def upsert(self, records):
        return self.backend.upsert(self._count(records))

    def rebuild(self, records):
        return self.backend.rebuild(self._count(records))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.backend, name)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from index.factory import open_backend
    from pipeline.indexing import sync_index
    from pipeline.store import Store, resolve_db_path

    path = resolve_db_path(args.db)
    # A cluster is checked first, so a wrong URL or credentials are reported even without a store.
    cluster = open_backend(args, path) if getattr(args, "backend", "embedded") != "embedded" else None
    if not path.exists():
        if cluster is not None:
            cluster.close()
        raise CivicError(f"no store at {path}: run `civic demo` or `civic crawl` first")
    store = Store(path)
    backend = cluster or open_backend(args, store.index_dir)
    try:
        since = 0 if args.rebuild or backend.outdated() else backend.get_state()
        todo = store.count_records() if since == 0 else None
        started = time.monotonic()
        with tqdm(total=todo, unit=" records", desc="indexing", file=sys.stderr,
                  disable=args.no_progress or None) as bar:
            report = sync_index(store, _Counting(backend, bar), rebuild=args.rebuild)
        took = time.monotonic() - started
    finally:
        backend.close()
        store.close()
    action = "rebuilt" if report.rebuilt else "updated"
    print(f"index {action} ({backend.name}): {report.upserted} records written, {report.deleted} deleted, "
          f"{report.total} in the index, store sequence {report.seq}, {took:.1f} s")
    return 0
