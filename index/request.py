"""Building a validated SearchRequest from plain string parameters.

`civic search` and the HTTP API both receive strings; both turn them into a request here,
so a bad date, sort, size, region code or query gets the same clear message everywhere
(a ValueError subclass the API answers with 422 and the command with one error line).
Also the opaque paging cursor both backends hand out.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import asdict
from datetime import date
from typing import Any, Iterable

from index.base import FACET_FIELDS, MAX_PAGE_SIZE, SORTS, Filters, SearchRequest
from index.query import parse
from pipeline.schema import EVENT_TYPES, SOURCE_TYPES, STATUSES

# How deep plain page numbers go (as on a cluster); deeper pages use the cursor.
MAX_RESULT_WINDOW = 10_000
REGION_CODE_DIGITS = {"voivodeship": (2,), "powiat": (4,), "gmina": (6, 7)}
SORT_ALIASES = {"date": "event_date", "event-date": "event_date", "score": "relevance"}


class InvalidParameter(ValueError):
    """One request parameter is wrong; `parameter` names it for the user."""

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        super().__init__(f"{parameter}: {message}")


class InvalidCursor(InvalidParameter):
    """A cursor that is malformed, or was issued for another search."""

    def __init__(self, message: str = "not a cursor this search issued; start again from the first page"):
        super().__init__("cursor", message)


Values = str | Iterable[str] | None


def _values(value: Values) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [v.strip() for v in items if v is not None and v.strip()]


def parse_date(name: str, value: str | None) -> date | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidParameter(name, f"'{value}' is not a date in the form YYYY-MM-DD") from None


def parse_int(name: str, value: str | int | None, default: int, low: int, high: int | None = None) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise InvalidParameter(name, f"'{value}' is not a whole number") from None
    if number < low or (high is not None and number > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise InvalidParameter(name, f"must be {bound} (got {number})")
    return number


def _regions(name: str, value: Values) -> list[str]:
    out = []
    for v in _values(value):
        if v.isdigit() and len(v) not in REGION_CODE_DIGITS[name]:
            digits = " or ".join(str(n) for n in REGION_CODE_DIGITS[name])
            raise InvalidParameter(name, f"a {name} TERYT code has {digits} digits (got '{v}')")
        out.append(v)
    return out


def _choices(name: str, value: Values, allowed: Iterable[str]) -> list[str]:
    allowed = tuple(allowed)
    out = []
    for v in _values(value):
        if v.lower() not in allowed:
            raise InvalidParameter(name, f"unknown value '{v}'; one of: {', '.join(allowed)}")
        out.append(v.lower())
    return out


def build_request(query: str | None = None, *, voivodeship: Values = None, powiat: Values = None,
                  gmina: Values = None, date_from: str | None = None, date_to: str | None = None,
                  published_from: str | None = None, published_to: str | None = None,
                  organiser: Values = None, funder: Values = None, programme: Values = None,
                  event_type: Values = None, status: Values = None, source: Values = None,
                  source_type: Values = None, sort: str | None = None, size: str | int | None = None,
                  page: str | int | None = None, cursor: str | None = None,
                  facets: Values = None, highlight: bool = True) -> SearchRequest:
    """A validated request; raises InvalidParameter or QuerySyntaxError (both ValueErrors)."""
    query = (query or "").strip()
    parse(query)  # a malformed query fails here, with the parser's message
    filters = Filters(
        voivodeship=_regions("voivodeship", voivodeship), powiat=_regions("powiat", powiat),
        gmina=_regions("gmina", gmina),
        organiser=_values(organiser), funder=_values(funder), programme=_values(programme),
        event_type=_choices("event_type", event_type, EVENT_TYPES),
        status=_choices("status", status, STATUSES),
        source=_values(source), source_type=_choices("source_type", source_type, SOURCE_TYPES),
        date_from=parse_date("from", date_from), date_to=parse_date("to", date_to),
        published_from=parse_date("published_from", published_from),
        published_to=parse_date("published_to", published_to))
    for low, high, name in ((filters.date_from, filters.date_to, "from"),
                            (filters.published_from, filters.published_to, "published_from")):
        if low and high and low > high:
            raise InvalidParameter(name, f"{low} is after the end of the range ({high})")
    sort_name = (sort or "relevance").strip().lower()
    sort_name = SORT_ALIASES.get(sort_name, sort_name)
    if sort_name not in SORTS:
        raise InvalidParameter("sort", f"unknown sort '{sort}'; one of: {', '.join(SORTS)}")
    size_n = parse_int("size", size, 20, 1, MAX_PAGE_SIZE)
    page_n = parse_int("page", page, 1, 1)
    if (page_n - 1) * size_n + size_n > MAX_RESULT_WINDOW:
        raise InvalidParameter("page", f"pages end at result {MAX_RESULT_WINDOW}; "
                                       "follow next_cursor to go deeper")
    facet_names = _values(facets)
    if facets is not None:
        unknown = [f for f in facet_names if f not in FACET_FIELDS]
        if unknown:
            raise InvalidParameter("facets", f"unknown facet '{unknown[0]}'; one of: {', '.join(FACET_FIELDS)}")
    request = SearchRequest(query=query, filters=filters, sort=sort_name, size=size_n, page=page_n,
                            cursor=(cursor or "").strip() or None,
                            facets=tuple(facet_names) if facets is not None else FACET_FIELDS,
                            highlight=highlight)
    if request.cursor:
        decode_cursor(request)  # a foreign or broken cursor fails now, not half-way
    return request


# ---- cursors ----------------------------------------------------------------------------

def fingerprint(request: SearchRequest) -> str:
    """What a cursor is bound to: the query, the filters and the sort (not the page)."""
    filters = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(request.filters).items()}
    raw = json.dumps([request.query.strip(), filters, request.sort], sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def encode_cursor(request: SearchRequest, position: dict[str, Any]) -> str:
    """An opaque, URL-safe token for the page after `position` (backend-specific content)."""
    payload = {"v": 1, "f": fingerprint(request), "p": position}
    raw = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(request: SearchRequest) -> dict[str, Any] | None:
    """The position a request's cursor points after, or None without a cursor."""
    token = request.cursor
    if not token:
        return None
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InvalidCursor("malformed cursor; use the next_cursor value of a previous result") from None
    if not isinstance(payload, dict) or payload.get("v") != 1 or not isinstance(payload.get("p"), dict):
        raise InvalidCursor("malformed cursor; use the next_cursor value of a previous result")
    if payload.get("f") != fingerprint(request):
        raise InvalidCursor("this cursor belongs to a different query, filters or sort")
    return payload["p"]
