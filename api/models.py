"""Response shapes, so the OpenAPI description documents what each endpoint returns."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from index.base import SearchHit

Unit = Literal["records", "events"]
UNIT_HELP = ("what is counted: `records`, announcement pages (one meeting announced on two sites "
             "counts twice), or `events`, the meetings those pages announce or report, each counted once "
             "(in every group where one of its pages falls)")


class SearchResponse(BaseModel):
    total: int
    page: int
    size: int
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last one")
    hits: list[SearchHit] = Field(description="each hit's `snippet` is HTML-escaped text with "
                                              "<mark>…</mark> around the matches")
    facets: dict[str, dict[str, int]]


class AreaCoverage(BaseModel):
    state: Literal["active", "silent", "blind"] = Field(
        description="`active`: records in the period; `silent`: none, though a source in the area was crawled "
                    "successfully in its last run; `blind`: none, and no working source there (none known, "
                    "none crawled yet, or all failing)")
    sources: int = Field(description="sources known in the area (registry regions inside it)")
    healthy: int = Field(description="of those, crawled successfully in their last run")
    failing: int = Field(description="of those, whose last run got no answer, or runs find nothing any more")
    not_crawled: int = Field(description="of those, never crawled")


class AreaGroup(BaseModel):
    teryt: str = Field(description="TERYT code: 2 digits (voivodeship), 4 (powiat), 7 (gmina)")
    name: str
    label: str = Field(description="the name as a Polish reader expects it (`powiat łęczyński`)")
    level: Literal["voivodeship", "powiat", "gmina"]
    voivodeship: str
    count: int = Field(description="matching records in the area")
    coverage: AreaCoverage


class StatsResponse(BaseModel):
    group_by: str
    unit: Unit = Field(description=UNIT_HELP)
    total: int = Field(description="matching announcements")
    counts: dict[str, int]
    areas: list[AreaGroup] | None = Field(
        None, description="for group_by voivodeship, powiat or gmina: every unit inside the region filters "
                          "(or all of Poland), by TERYT code, those without records included, with coverage")
    unplaced: int | None = Field(None, description="for region groupings: matching records that name no unit "
                                                   "of this level (e.g. only a voivodeship)")


class Problem(BaseModel):
    detail: str


class Health(BaseModel):
    status: str
    records: int
    indexed: int
    index_seq: int
    store_seq: int
    backend: str
