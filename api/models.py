"""Response shapes, so the OpenAPI description documents what each endpoint returns."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Hit(BaseModel):
    id: str
    score: float
    title: str
    url: str
    published: str | None
    events: list[dict[str, Any]]
    region: dict[str, Any]
    event_type: str | None
    status: str | None
    organisers: list[str]
    funders: list[str]
    snippet: str = Field(description="HTML-escaped text with <mark>…</mark> around the matches")


class SearchResponse(BaseModel):
    total: int
    page: int
    size: int
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last one")
    hits: list[Hit]
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
