"""The one announcement record every stage shares, and its published JSON Schema."""
from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SCHEMA_PATH = Path(__file__).with_name("announcement.schema.json")

SOURCE_TYPES = ("municipal", "rops", "ngo", "other")
EVENT_TYPES = ("spotkanie", "konferencja", "szkolenie", "warsztaty", "konsultacje", "debata", "forum", "inne")
STATUSES = ("upcoming", "past", "cancelled", "unknown")

# Query parameters that only track a visit and never change the page.
_TRACKING_PARAMS = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
                    "fbclid", "gclid", "phpsessid", "sid", "sessionid", "jsessionid"}


def canonical_url(url: str) -> str:
    """Normalise a URL so that the same page always gets the same id.

    Lower-cases scheme and host, drops default ports, fragments and tracking
    parameters, and sorts the remaining query parameters.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if k.lower() not in _TRACKING_PARAMS)
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def record_id(url: str) -> str:
    """Stable id of the record for a page: re-crawling the page updates the record."""
    return hashlib.sha1(canonical_url(url).encode("utf-8")).hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def empty_region() -> dict[str, str | None]:
    return {"teryt": None, "voivodeship": None, "powiat": None, "gmina": None}


@functools.cache
def json_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(record: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when the record breaks the published schema."""
    import jsonschema

    jsonschema.validate(record, json_schema(), format_checker=jsonschema.FormatChecker())
