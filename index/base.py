"""The interface every index backend implements, and the request/result shapes they share.

The API, the `civic` command and the parity tests speak only this interface, so the
embedded (tantivy) and cluster (Elasticsearch/OpenSearch) backends answer the same
queries with the same ids and counts.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field, asdict
from datetime import date
from typing import TYPE_CHECKING, Any, Iterable, Iterator

if TYPE_CHECKING:
    from index.breakdown import Breakdown, Grouping

# Filter fields, each also a facet with counts (names are the public API's).
FACET_FIELDS = ("voivodeship", "powiat", "gmina", "organiser", "funder", "programme",
                "event_type", "status", "source", "source_type")
# What `stats` can group by.
GROUP_BY_FIELDS = ("voivodeship", "powiat", "gmina", "month", "event_type", "funder",
                   "organiser", "programme", "source", "source_type", "status")
SORTS = ("relevance", "event_date", "published")
MAX_PAGE_SIZE = 100


@dataclass
class Filters:
    """Structured filters; each list means "any of these" and the fields are ANDed.

    Region filters take names (`lubelskie`, `łęczyński`, `Łęczna`) or TERYT codes
    (`06`, `0610`, `0610033`). `date_from`/`date_to` bound event dates (a record matches
    when any of its events overlaps the range); `published_*` bound the publication date.
    """
    voivodeship: list[str] = field(default_factory=list)
    powiat: list[str] = field(default_factory=list)
    gmina: list[str] = field(default_factory=list)
    organiser: list[str] = field(default_factory=list)
    funder: list[str] = field(default_factory=list)
    programme: list[str] = field(default_factory=list)
    event_type: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    source_type: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    published_from: date | None = None
    published_to: date | None = None

    def is_empty(self) -> bool:
        return not any(asdict(self).values())


@dataclass
class SearchRequest:
    query: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"          # relevance | event_date | published (dates newest first)
    size: int = 20
    page: int = 1                    # 1-based; ignored when `cursor` is given
    cursor: str | None = None        # opaque, from SearchResult.next_cursor, for deep paging
    facets: tuple[str, ...] = FACET_FIELDS
    facet_size: int = 20
    highlight: bool = True


@dataclass
class SearchHit:
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
    snippet: str                     # HTML-escaped text with <mark>…</mark> around matches
    event_ids: list[str] = field(default_factory=list)   # the events (meetings) the record announces or reports

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResult:
    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]]
    next_cursor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "hits": [h.to_dict() for h in self.hits],
                "facets": self.facets, "next_cursor": self.next_cursor}


class IndexUnavailable(RuntimeError):
    """An index that cannot be used (missing, unreachable, corrupt): the message says why."""


class IndexBackend(ABC):
    """A search index that is a projection of the store."""

    name: str = "abstract"

    @abstractmethod
    def upsert(self, records: Iterable[dict[str, Any]]) -> int:
        """Add or replace records (by id); returns how many were written. Commits."""

    @abstractmethod
    def delete(self, ids: Iterable[str]) -> int:
        """Remove records by id; commits."""

    @abstractmethod
    def search(self, request: SearchRequest) -> SearchResult:
        """Run a query (raises index.query.QuerySyntaxError for malformed queries)."""

    @abstractmethod
    def stats(self, group_by: str, request: SearchRequest) -> dict[str, int]:
        """Counts of matching records grouped by one of GROUP_BY_FIELDS (months as YYYY-MM)."""

    def breakdown(self, request: SearchRequest, groupings: dict[str, "Grouping"]) -> "Breakdown":
        """Several groupings of the matching records counted in one pass (index.breakdown),
        with the number of matches."""
        raise NotImplementedError(f"the {self.name} index cannot count groupings together")

    @abstractmethod
    def iter_ids(self, request: SearchRequest) -> Iterator[str]:
        """Every matching id in the request's sort order, streamed (for exports)."""

    @abstractmethod
    def count(self) -> int:
        """Number of records in the index."""

    @abstractmethod
    def get_state(self) -> int:
        """The store sequence number the index has caught up to."""

    @abstractmethod
    def set_state(self, seq: int) -> None:
        """Remember the store sequence number the index has caught up to."""

    @abstractmethod
    def rebuild(self, records: Iterable[dict[str, Any]]) -> int:
        """Build a fresh index from all records and switch to it only once it is complete."""

    def outdated(self) -> bool:
        """Whether the index was built by another version of its schema, so that only a
        rebuild can bring it up to date."""
        return False

    def fragmented(self) -> bool:
        """Whether the index has grown in pieces so much since it was last built that
        rebuilding it from the store would make searches markedly faster."""
        return False

    def close(self) -> None:
        """Release files and connections."""
