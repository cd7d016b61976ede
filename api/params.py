"""Query parameters shared by search, stats, exports and the feed, turned into one SearchRequest.

The parameters are declared here (so the OpenAPI description documents them) and handed as
plain strings to index.request, the same validator the `civic` command uses; whatever it
rejects becomes a 422 with its message.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from fastapi import HTTPException, Query

from index.base import FACET_FIELDS, MAX_PAGE_SIZE, SearchRequest
from index.query import MAX_QUERY_LENGTH
from index.request import MAX_RESULT_WINDOW, build_request
from pipeline.schema import EVENT_TYPES, SOURCE_TYPES, STATUSES

Sort = Literal["relevance", "event_date", "published"]

_REGION_HELP = "name (e.g. {}) or TERYT code ({}); repeat for any of several"


@dataclass
class FilterParams:
    """The query and filters of a request, as the user sent them."""
    q: str = ""
    values: dict[str, list[str]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    published_from: str | None = None
    published_to: str | None = None

    def query_items(self) -> list[tuple[str, str]]:
        """The filters as URL query items (for links that keep the current search)."""
        items: list[tuple[str, str]] = [("q", self.q)] if self.q else []
        for name in FACET_FIELDS:
            items.extend((name, v) for v in self.values.get(name, []))
        for name, value in (("from", self.date_from), ("to", self.date_to),
                            ("published_from", self.published_from), ("published_to", self.published_to)):
            if value:
                items.append((name, value))
        return items

    def describe(self) -> str:
        """A short human label for the search (feed and calendar titles)."""
        return ", ".join(f"{k}={v}" for k, v in self.query_items()) or "wszystkie"


def _date_query(description: str, alias: str | None = None) -> Any:
    """A YYYY-MM-DD parameter (index.request checks it is a real day)."""
    return Query(alias=alias, description=f"{description} (YYYY-MM-DD)", max_length=10,
                 json_schema_extra={"format": "date"})


def _choice_query(description: str, choices: tuple[str, ...]) -> Any:
    return Query(description=f"{description}: {', '.join(choices)}; repeatable",
                 json_schema_extra={"items": {"type": "string", "enum": list(choices)}})


def filter_params(
    q: Annotated[str, Query(max_length=MAX_QUERY_LENGTH,
                            description='Query: words, "phrases", AND/OR/NOT, -word, prefix*, '
                                        '(groups), field:value (organiser:, funder:, gmina:, type:)')] = "",
    voivodeship: Annotated[list[str], Query(description=_REGION_HELP.format("lubelskie", "06"))] = [],
    powiat: Annotated[list[str], Query(description=_REGION_HELP.format("łęczyński", "0610"))] = [],
    gmina: Annotated[list[str], Query(description=_REGION_HELP.format("Łęczna", "0610033"))] = [],
    organiser: Annotated[list[str], Query(description="organiser name; repeatable")] = [],
    funder: Annotated[list[str], Query(description="funder name; repeatable")] = [],
    programme: Annotated[list[str], Query(description="funding programme; repeatable")] = [],
    event_type: Annotated[list[str], _choice_query("type of event", EVENT_TYPES)] = [],
    status: Annotated[list[str], _choice_query("whether it is still to come", STATUSES)] = [],
    source: Annotated[list[str], Query(description="source id from /api/sources; repeatable")] = [],
    source_type: Annotated[list[str], _choice_query("kind of publisher", SOURCE_TYPES)] = [],
    date_from: Annotated[str | None, _date_query("events on or after", alias="from")] = None,
    date_to: Annotated[str | None, _date_query("events on or before", alias="to")] = None,
    published_from: Annotated[str | None, _date_query("published on or after")] = None,
    published_to: Annotated[str | None, _date_query("published on or before")] = None,
) -> FilterParams:
    values = {"voivodeship": voivodeship, "powiat": powiat, "gmina": gmina, "organiser": organiser,
              "funder": funder, "programme": programme, "event_type": event_type, "status": status,
              "source": source, "source_type": source_type}
    return FilterParams(q, {k: v for k, v in values.items() if v}, date_from or None, date_to or None,
                        published_from or None, published_to or None)


@dataclass
class PageParams:
    sort: str = "relevance"
    page: int = 1
    size: int = 20
    cursor: str | None = None


def page_params(
    sort: Annotated[Sort, Query(description="relevance, or newest first by event or publication date")] = "relevance",
    page: Annotated[int, Query(ge=1, description=f"1-based page number; pages reach result "
                                                 f"{MAX_RESULT_WINDOW}, the cursor goes deeper")] = 1,
    size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"hits per page (at most {MAX_PAGE_SIZE})")] = 20,
    cursor: Annotated[str | None, Query(max_length=500, description="next_cursor of the previous page, "
                                                                     "for deep paging (overrides page)")] = None,
) -> PageParams:
    return PageParams(sort, page, size, cursor or None)


def to_request(filters: FilterParams, paging: PageParams | None = None, **extra: Any) -> SearchRequest:
    """Validate the parameters into a SearchRequest, or answer 422 with the reason."""
    paging = paging or PageParams()
    try:
        return build_request(
            filters.q, **filters.values, date_from=filters.date_from, date_to=filters.date_to,
            published_from=filters.published_from, published_to=filters.published_to,
            sort=paging.sort, page=paging.page, size=paging.size, cursor=paging.cursor, **extra)
    except ValueError as exc:  # InvalidParameter and QuerySyntaxError, with a message for the user
        raise HTTPException(status_code=422, detail=str(exc)) from None
