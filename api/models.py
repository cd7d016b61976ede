"""Response shapes, so the OpenAPI description documents what each endpoint returns."""
from __future__ import annotations

from pydantic import BaseModel, Field

from index.base import SearchHit


class SearchResponse(BaseModel):
    total: int
    page: int
    size: int
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last one")
    hits: list[SearchHit] = Field(description="each hit's `snippet` is HTML-escaped text with "
                                              "<mark>…</mark> around the matches")
    facets: dict[str, dict[str, int]]


class StatsResponse(BaseModel):
    group_by: str
    total: int = Field(description="matching announcements")
    counts: dict[str, int]


class Problem(BaseModel):
    detail: str


class Health(BaseModel):
    status: str
    records: int
    indexed: int
    index_seq: int
    store_seq: int
    backend: str
