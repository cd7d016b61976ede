"""Choosing and opening an index backend from command-line options or the environment."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from index.base import IndexBackend

BACKENDS = ("embedded", "elasticsearch", "opensearch")


def add_backend_arguments(parser: argparse.ArgumentParser) -> None:
    """Options every command that touches an index shares (`index`, `search`, `export`, `serve`)."""
    group = parser.add_argument_group("index backend")
    group.add_argument("--backend", choices=BACKENDS, default=os.environ.get("CIVIC_BACKEND", "embedded"),
                       help="embedded tantivy index beside the store (default), or a cluster "
                            "(env CIVIC_BACKEND)")
    group.add_argument("--es-url", default=os.environ.get("CIVIC_ES_URL"),
                       help="cluster URL, e.g. https://localhost:9200 (env CIVIC_ES_URL)")
    group.add_argument("--es-index", default=os.environ.get("CIVIC_ES_INDEX", "civic"),
                       help="index alias on the cluster (env CIVIC_ES_INDEX, default civic)")
    group.add_argument("--api-key", default=os.environ.get("CIVIC_ES_API_KEY"),
                       help="API key (env CIVIC_ES_API_KEY)")
    group.add_argument("--user", default=os.environ.get("CIVIC_ES_USER"), help="user (env CIVIC_ES_USER)")
    group.add_argument("--password", default=os.environ.get("CIVIC_ES_PASSWORD"),
                       help="password (env CIVIC_ES_PASSWORD)")
    group.add_argument("--ca-certs", default=os.environ.get("CIVIC_ES_CA_CERTS"),
                       help="CA bundle for TLS (env CIVIC_ES_CA_CERTS)")


def open_backend(args: argparse.Namespace, index_dir: Path) -> IndexBackend:
    """The backend the options name; the embedded one lives in `index_dir`."""
    backend = getattr(args, "backend", "embedded")
    if backend == "embedded":
        from index.embedded import EmbeddedIndex

        return EmbeddedIndex(index_dir)
    from index.elastic import open_cluster_backend

    return open_cluster_backend(args)
