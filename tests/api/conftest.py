"""A real store (SQLite file) and a real embedded index built from the fixture records, served by the app."""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, Iterator

import pytest

from api_testing import build_store, load_records


@pytest.fixture(scope="session")
def records() -> list[dict[str, Any]]:
    return load_records()


@pytest.fixture(scope="session")
def records_by_id(records) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records}


@pytest.fixture(scope="session")
def store_path(tmp_path_factory, records) -> Path:
    return build_store(tmp_path_factory.mktemp("api-store") / "civic.db", records)


@pytest.fixture(scope="session")
def app(store_path):
    from api.app import create_app

    return create_app(store_path)


@pytest.fixture(scope="session")
def client(app) -> Iterator[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
