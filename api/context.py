"""What every route needs: the store (record of truth) and the search index projected from it."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from index.base import IndexBackend
from pipeline.store import Store


@dataclass
class AppContext:
    store: Store
    backend: IndexBackend


def get_context(request: Request) -> AppContext:
    """The app's store and index (FastAPI dependency)."""
    return request.app.state.civic
