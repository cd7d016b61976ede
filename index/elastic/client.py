"""Connecting to an Elasticsearch or OpenSearch cluster through its official Python client.

Every way a cluster can be unusable (a malformed URL, a refused connection, a TLS or
credentials failure, something else listening on the port) becomes one `IndexUnavailable`
line naming the URL, because the `civic` command prints that line and exits 2 instead of
a traceback. Secrets never appear in those lines.
"""
from __future__ import annotations

import argparse
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator
from urllib.parse import urlsplit, urlunsplit

from index.base import IndexUnavailable

FLAVOURS = ("elasticsearch", "opensearch")
# Statuses the transport retries at once; 429 is left to the bulk writer, which backs off.
TRANSPORT_RETRY_STATUSES = (502, 503, 504)


@dataclass(frozen=True)
class ClusterSettings:
    """Where the cluster is and how to authenticate (from options or CIVIC_ES_* variables)."""
    url: str
    flavour: str = "elasticsearch"
    alias: str = "civic"
    api_key: str | None = None
    user: str | None = None
    password: str | None = None
    ca_certs: str | None = None
    request_timeout: float = 30.0
    max_retries: int = 3

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> "ClusterSettings":
        url = getattr(args, "es_url", None) or os.environ.get("CIVIC_ES_URL")
        if not url:
            raise IndexUnavailable("no cluster URL: pass --es-url or set CIVIC_ES_URL "
                                   "(e.g. https://localhost:9200)")
        flavour = getattr(args, "backend", "elasticsearch")
        if flavour not in FLAVOURS:
            raise IndexUnavailable(f"unknown cluster backend {flavour!r}; expected one of {', '.join(FLAVOURS)}")
        return cls(url=url.strip(), flavour=flavour,
                   alias=getattr(args, "es_index", None) or os.environ.get("CIVIC_ES_INDEX") or "civic",
                   api_key=getattr(args, "api_key", None), user=getattr(args, "user", None),
                   password=getattr(args, "password", None), ca_certs=getattr(args, "ca_certs", None))

    @property
    def urls(self) -> list[str]:
        """The node URLs (`--es-url` takes several, comma-separated, for a cluster without a balancer)."""
        return [u.strip() for u in self.url.split(",") if u.strip()]

    @property
    def display_url(self) -> str:
        """The URL(s) without any user:password part, for messages."""
        return ",".join(redact(u) for u in self.urls) or redact(self.url)


def redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        parts = parts._replace(netloc=host)
    return urlunsplit(parts)


def validate_url(url: str) -> None:
    """Reject what no client could connect to, before any network traffic."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise IndexUnavailable(f"invalid cluster URL {redact(url)!r}: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IndexUnavailable(f"invalid cluster URL {redact(url)!r}: expected http(s)://host:port")
    if port == 0:
        raise IndexUnavailable(f"invalid cluster URL {redact(url)!r}: port 0")


# Loggers of the clients' transports: they warn (with tracebacks) about each failed attempt,
# which this backend retries and then reports in one line of its own.
TRANSPORT_LOGGERS = ("elastic_transport", "opensearch")


def quiet_transport_logs() -> None:
    """Leave per-attempt warnings to verbose runs (`civic -v`), where the root logs INFO."""
    if logging.getLogger().getEffectiveLevel() > logging.INFO:
        for name in TRANSPORT_LOGGERS:
            logging.getLogger(name).setLevel(logging.ERROR)


def create_client(settings: ClusterSettings, *, node_class: Any = None) -> Any:
    """An `Elasticsearch` or `OpenSearch` client for the settings (no request is sent yet).

    `node_class` swaps the client's HTTP node, the transport's own extension point.
    """
    urls = settings.urls
    if not urls:
        raise IndexUnavailable("no cluster URL: pass --es-url or set CIVIC_ES_URL (e.g. https://localhost:9200)")
    for url in urls:
        validate_url(url)
    quiet_transport_logs()
    https = any(urlsplit(url).scheme == "https" for url in urls)
    if settings.flavour == "opensearch":
        try:
            from opensearchpy import OpenSearch
        except ImportError:
            raise IndexUnavailable("the opensearch backend needs the opensearch-py package: "
                                   "pip install opensearch-py") from None
        kwargs: dict[str, Any] = dict(timeout=settings.request_timeout, max_retries=settings.max_retries,
                                      retry_on_timeout=True, retry_on_status=TRANSPORT_RETRY_STATUSES)
        if settings.user:
            kwargs["http_auth"] = (settings.user, settings.password or "")
        if settings.api_key:
            kwargs["headers"] = {"authorization": f"ApiKey {settings.api_key}"}
        if https:
            kwargs["verify_certs"] = True
            if settings.ca_certs:
                kwargs["ca_certs"] = settings.ca_certs
        if node_class is not None:
            kwargs["connection_class"] = node_class
        return OpenSearch(hosts=urls, **kwargs)

    from elasticsearch import Elasticsearch

    kwargs = dict(request_timeout=settings.request_timeout, max_retries=settings.max_retries,
                  retry_on_timeout=True, retry_on_status=TRANSPORT_RETRY_STATUSES)
    if settings.api_key:
        kwargs["api_key"] = settings.api_key
    elif settings.user:
        kwargs["basic_auth"] = (settings.user, settings.password or "")
    if https and settings.ca_certs:
        kwargs["ca_certs"] = settings.ca_certs
    if node_class is not None:
        kwargs["node_class"] = node_class
    try:
        return Elasticsearch(urls, **kwargs)
    except ValueError as exc:  # e.g. a URL the client cannot parse
        raise IndexUnavailable(f"invalid cluster URL {settings.display_url!r}: {exc}") from None


def _status(exc: BaseException) -> int | None:
    meta = getattr(exc, "meta", None)
    status = getattr(meta, "status", None)
    if status is None:
        status = getattr(exc, "status_code", None)
    return status if isinstance(status, int) else None


def _is_connection_error(exc: BaseException) -> bool:
    names = {cls.__name__ for cls in type(exc).__mro__}
    return bool(names & {"ConnectionError", "ConnectionTimeout", "SSLError", "TlsError"}) and _status(exc) is None


def _chain_text(exc: BaseException) -> str:
    """The messages of an exception and of everything that caused it (transports wrap deeply)."""
    seen: list[str] = []
    pending: list[BaseException | None] = [exc]
    visited: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in visited:
            continue
        visited.add(id(current))
        seen.append(f"{type(current).__name__}: {current}")
        pending += [current.__cause__, current.__context__]
        pending += [e for e in getattr(current, "errors", ()) or () if isinstance(e, BaseException)]
        info = getattr(current, "info", None)
        if isinstance(info, BaseException):
            pending.append(info)
    return " | ".join(seen)


def describe(exc: BaseException, settings: ClusterSettings, *, alias: str | None = None) -> str:
    """One line saying what went wrong with the cluster at the URL, and what to do about it."""
    url = settings.display_url
    product = "OpenSearch" if settings.flavour == "opensearch" else "Elasticsearch"
    text = _chain_text(exc)
    if type(exc).__name__ == "UnsupportedProductError":
        return f"the server at {url} is not {product} (it did not identify itself as such)"
    if _is_connection_error(exc):
        if "CERTIFICATE_VERIFY_FAILED" in text or "SSL" in text or "TLS" in text:
            return (f"TLS connection to {product} at {url} failed (certificate not trusted?): "
                    f"pass --ca-certs or set CIVIC_ES_CA_CERTS")
        if "timed out" in text.lower() or "Timeout" in text:
            return f"cannot reach {product} at {url}: the connection timed out"
        if "refused" in text.lower():
            return f"cannot reach {product} at {url}: connection refused"
        if "Name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
            return f"cannot reach {product} at {url}: unknown host"
        return f"cannot reach {product} at {url}: connection failed"
    status = _status(exc)
    if status == 401:
        return (f"{product} at {url} rejected the credentials (401): check --api-key or "
                f"--user/--password (CIVIC_ES_API_KEY, CIVIC_ES_USER, CIVIC_ES_PASSWORD)")
    if status == 403:
        return f"{product} at {url} refused the request (403): the user or API key lacks the privilege"
    if status == 400 and ("media_type_header_exception" in text or "compatible-with" in text):
        return (f"{product} at {url} speaks an older REST API than this client: install the client "
                f"of the cluster's major version (e.g. pip install 'elasticsearch>=8,<9' for 8.x)")
    if status == 406:
        return (f"the server at {url} refused the {product} client's media type (406): it is not "
                f"{product} 8 or 9" + (" (for OpenSearch use --backend opensearch)"
                                       if settings.flavour == "elasticsearch" else ""))
    if status == 404 and alias is not None:
        return (f"no index '{alias}' at {url}: build it first with "
                f"`civic index --backend {settings.flavour} --es-url {url}`")
    if status == 404:
        return f"the server at {url} does not answer like {product} (404)"
    reason = getattr(exc, "message", None) or getattr(exc, "error", None) or str(exc)
    return f"{product} at {url} failed ({status or 'error'}): {str(reason).splitlines()[0][:300]}"


def cluster_errors() -> tuple[type[BaseException], ...]:
    """The base exception classes of whichever clients are installed."""
    found: list[type[BaseException]] = []
    try:
        from elastic_transport import TransportError as ElasticTransportError
        from elasticsearch import ApiError

        found += [ApiError, ElasticTransportError]
    except ImportError:
        pass
    try:
        from opensearchpy.exceptions import OpenSearchException

        found.append(OpenSearchException)
    except ImportError:
        pass
    return tuple(found)


@contextmanager
def translate_errors(settings: ClusterSettings, *, alias: str | None = None) -> Iterator[None]:
    """Turn client exceptions into one-line `IndexUnavailable` errors naming the URL.

    Only failures of the cluster itself are translated; a 400 from a request this project
    built is a bug and keeps its traceback.
    """
    try:
        yield
    except cluster_errors() as exc:
        status = _status(exc)
        version_mismatch = status == 406 or (status == 400 and "media_type_header_exception" in str(exc))
        if (status is not None and status < 500 and status not in (401, 403, 404) and not version_mismatch
                and type(exc).__name__ != "UnsupportedProductError"):
            raise
        raise IndexUnavailable(describe(exc, settings, alias=alias)) from None


def server_info(client: Any, settings: ClusterSettings) -> dict[str, Any]:
    """`GET /`: proves the URL, the credentials and the product before anything else is sent."""
    with translate_errors(settings):
        info = client.info()
    body = getattr(info, "body", info)
    if not isinstance(body, dict) or "version" not in body:
        raise IndexUnavailable(f"the server at {settings.display_url} does not answer like a search cluster")
    return body
