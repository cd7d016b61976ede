"""The cluster backend (Elasticsearch 8/9 through `elasticsearch`, OpenSearch through `opensearch-py`)."""
from __future__ import annotations

import argparse

from index.base import IndexBackend
from index.elastic.client import ClusterSettings


def open_cluster_backend(args: argparse.Namespace) -> IndexBackend:
    """Connect to the cluster the options name; raises IndexUnavailable with one line naming the URL."""
    from index.elastic.backend import ClusterIndex

    return ClusterIndex.connect(ClusterSettings.from_args(args))


__all__ = ["open_cluster_backend", "ClusterSettings"]
