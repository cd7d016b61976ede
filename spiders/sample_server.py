"""Serving static sites on 127.0.0.1 as real web servers would, for the demo, tests and benchmarks.

Each site gets its own threaded HTTP server on an ephemeral port, so the crawler sees
distinct hosts with their own robots.txt, politeness slots and failures. Sites are
described by a `sites.json` (layout and keys in spiders/sample_sites/README.md); beyond
that schema a site entry may carry:

- `"validators": false`: send no ETag/Last-Modified and ignore conditional headers, like
  the many CMSs that do (the crawler must then skip known articles by URL);
- `"content_types": {"/path": "text/html; charset=utf-8"}`: a per-page Content-Type,
  e.g. a wrong charset declaration;
- `"behaviours": {"/path": {...}}`: failures on purpose: `{"status": 500}`,
  `{"delay": 2.5}` (answer late), `{"redirect": "/other"}`, `{"size": 3000000}` (a page of
  that many bytes), `{"pdf": "text"}` (a generated PDF holding that text), and
  `{"delay_all": 0.05}` under the key `"*"` to slow every answer of the site down;
- `"root": "some/folder"`: the site's files are there (relative to the sites folder), not
  in a folder named after its key;
- `"mirror": true`: the folder is a saved copy of a real site (spiders/mirror.py): a URL
  with a query serves the file saved under `name?query` when there is one (wget, static
  exports of old WordPress addresses), else the file before the `?` (HTTrack); a folder
  asked for without its trailing slash is redirected to it; placeholders are not replaced;
- `"http_charset": "meta"`: send the charset each page declares in its own `<meta>`, so the
  header says what the bytes are.

Every request is logged (site, method, path, status, whether it was conditional), which
is how tests tell what a crawl actually fetched.
"""
from __future__ import annotations

import email.utils
import hashlib
import json
import os
import re
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote, urlsplit

PLACEHOLDER = b"{{BASE_URL}}"
_REWRITTEN = (".html", ".htm", ".xml", ".txt")
_TYPES = {".html": "text/html", ".htm": "text/html", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
          ".pdf": "application/pdf", ".doc": "application/msword", ".json": "application/json",
          ".css": "text/css", ".js": "text/javascript"}


@dataclass(frozen=True)
class LoggedRequest:
    site: str
    method: str
    path: str
    status: int
    conditional: bool
    user_agent: str


@dataclass
class SiteConfig:
    key: str
    root: Path
    http_charset: str | None = "utf-8"
    validators: bool = True
    content_types: dict[str, str] = field(default_factory=dict)
    behaviours: dict[str, dict[str, Any]] = field(default_factory=dict)
    entry: dict[str, Any] = field(default_factory=dict)
    mirror: bool = False


class ServedSites(dict):
    """{site_key: base_url} of the running servers, plus the log of every request they answered."""

    def __init__(self) -> None:
        super().__init__()
        self.configs: dict[str, SiteConfig] = {}
        self._log: list[LoggedRequest] = []
        self._lock = threading.Lock()

    def record(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._log.append(entry)

    def requests(self, site: str | None = None) -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self._log if site is None or r.site == site]

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()


def load_sites(sites_dir: str | os.PathLike[str]) -> list[SiteConfig]:
    """The site entries of `sites_dir/sites.json`, with their file roots."""
    sites_dir = Path(sites_dir)
    config_path = sites_dir / "sites.json"
    data = json.loads(config_path.read_text(encoding="utf-8"))
    sites = []
    for entry in data["sites"]:
        root = sites_dir / entry.get("root", entry["key"])
        if not root.is_dir():
            raise FileNotFoundError(f"{config_path}: site {entry['key']!r} has no directory {root}")
        sites.append(SiteConfig(key=entry["key"], root=root, http_charset=entry.get("http_charset", "utf-8"),
                                validators=entry.get("validators", True),
                                content_types=dict(entry.get("content_types", {})),
                                behaviours=dict(entry.get("behaviours", {})), entry=entry,
                                mirror=bool(entry.get("mirror", False))))
    return sites


def minimal_pdf(text: str) -> bytes:
    """A small valid PDF whose one page shows `text` (ASCII lines), readable by PDF text extractors."""
    lines = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in text.splitlines()]
    stream = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


class _SiteServer(ThreadingHTTPServer):
    """A threaded server that does not print a traceback when a crawler drops a connection."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


def _resolve(root: Path, path: str) -> Path | None:
    """URL path -> file under root (`/a/` -> `a/index.html`), never escaping the root."""
    relative = unquote(path).lstrip("/")
    candidate = (root / relative).resolve()
    if candidate.is_dir() or path.endswith("/"):
        candidate = candidate / "index.html"
    if root.resolve() not in candidate.parents and candidate != root.resolve():
        return None
    return candidate if candidate.is_file() else None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([a-z0-9_-]+)""", re.I)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]")


def _saved_query_file(root: Path, path: str, query: str) -> Path | None:
    """The file a saved copy keeps for `path?query`: a file or folder named with the query."""
    if not query:
        return None
    relative = unquote(path).lstrip("/") + "?" + unquote(query)
    candidate = (root / relative).resolve()
    if candidate.is_dir() or relative.endswith("/"):
        candidate = candidate / "index.html"
    if root.resolve() not in candidate.parents:
        return None
    return candidate if candidate.is_file() else None


def _declared_charset(body: bytes) -> str | None:
    """The charset a page declares in its own <meta> (the first declaration wins, as in browsers)."""
    found = _META_CHARSET.search(body[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def _content_type(site: SiteConfig, file: Path, body: bytes) -> str:
    suffix = file.suffix.lower()
    content_type = _TYPES.get(suffix, "application/octet-stream")
    if content_type == "text/html":
        charset = _declared_charset(body) if site.http_charset == "meta" else site.http_charset
        if charset:
            content_type += f"; charset={charset}"
    if file.name == "feed.xml":
        content_type = "application/rss+xml"
    elif site.mirror and suffix == ".xml" and (m := _FEED_ROOT.search(body[:2048])):
        content_type = {b"rss": "application/rss+xml", b"feed": "application/atom+xml"}.get(
            m.group(1), "application/rdf+xml")
    return content_type


def _handler(site: SiteConfig, served: ServedSites, base_url_ref: list[str]) -> type[BaseHTTPRequestHandler]:
    class SiteHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "civic-sample/1.0"

        def log_message(self, format: str, *args: Any) -> None:  # quiet: the log lives in `served`
            pass

        def do_HEAD(self) -> None:
            self._answer(head=True)

        def do_GET(self) -> None:
            self._answer(head=False)

        def _send(self, status: int, body: bytes, headers: dict[str, str], head: bool) -> None:
            conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
            served.record(LoggedRequest(site.key, self.command, self.path, status, conditional,
                                        self.headers.get("User-Agent", "")))
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if not head and status != 304:
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _answer(self, head: bool) -> None:
            path = urlsplit(self.path).path or "/"
            behaviour = site.behaviours.get(path, {})
            delay = behaviour.get("delay", site.behaviours.get("*", {}).get("delay_all", 0))
            if delay:
                time.sleep(float(delay))
            if "status" in behaviour:
                status = int(behaviour["status"])
                self._send(status, f"<html><body>Błąd {status}</body></html>".encode(),
                           {"Content-Type": "text/html; charset=utf-8"}, head)
                return
            if "redirect" in behaviour:
                self._send(302, b"", {"Location": behaviour["redirect"]}, head)
                return
            if "size" in behaviour:
                filler = b"<p>" + b"Lorem ipsum dolor sit amet. " * 40 + b"</p>\n"
                body = b"<html><body>" + filler * (int(behaviour["size"]) // len(filler) + 1) + b"</body></html>"
                self._send(200, body, {"Content-Type": "text/html; charset=utf-8"}, head)
                return
            if "pdf" in behaviour:
                body = minimal_pdf(str(behaviour["pdf"]))
                mtime = 1_700_000_000.0
                content_type = "application/pdf"
            else:
                query = urlsplit(self.path).query
                file = _saved_query_file(site.root, path, query) if site.mirror else None
                if file is None and site.mirror and not path.endswith("/") and (site.root / unquote(path).lstrip("/")).is_dir():
                    # a folder without its slash: real static servers redirect
                    self._send(301, b"", {"Location": path + "/" + (f"?{query}" if query else "")}, head)
                    return
                file = file or _resolve(site.root, path)
                if file is None:
                    self._send(404, b"<html><body>Nie znaleziono</body></html>",
                               {"Content-Type": "text/html; charset=utf-8"}, head)
                    return
                body = file.read_bytes()
                mtime = file.stat().st_mtime
                if file.suffix.lower() in _REWRITTEN and not site.mirror:
                    body = body.replace(PLACEHOLDER, base_url_ref[0].encode("ascii"))
                content_type = site.content_types.get(path, _content_type(site, file, body))
            headers = {"Content-Type": content_type}
            if site.validators:
                etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
                last_modified = email.utils.formatdate(int(mtime), usegmt=True)
                headers.update({"ETag": etag, "Last-Modified": last_modified})
                if self._not_modified(etag, int(mtime)):
                    self._send(304, b"", {"ETag": etag, "Last-Modified": last_modified}, head)
                    return
            self._send(200, body, headers, head)

        def _not_modified(self, etag: str, mtime: int) -> bool:
            if_none_match = self.headers.get("If-None-Match")
            if if_none_match is not None:
                return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
            if_modified_since = self.headers.get("If-Modified-Since")
            if if_modified_since:
                try:
                    since = email.utils.parsedate_to_datetime(if_modified_since).timestamp()
                except (TypeError, ValueError):
                    return False
                return mtime <= since
            return False

    return SiteHandler


@contextmanager
def serve_sites(sites_dir: str | os.PathLike[str], host: str = "127.0.0.1", *,
                fixed_ports: bool = False) -> Iterator[ServedSites]:
    """Serve every site of `sites_dir/sites.json`, each on its own port; yields {site_key: base_url}.

    Ports are ephemeral unless `fixed_ports`: then each site gets the `port` of its entry,
    so its URLs (and so the ids of the records crawled from it) are the same on every run.
    """
    with serve_configs(load_sites(sites_dir), host, fixed_ports=fixed_ports) as served:
        yield served


@contextmanager
def serve_configs(sites: list[SiteConfig], host: str = "127.0.0.1", *,
                  fixed_ports: bool = False) -> Iterator[ServedSites]:
    """Serve the given sites, each on its own port (its entry's `port` when `fixed_ports`)."""
    served = ServedSites()
    servers: list[ThreadingHTTPServer] = []
    try:
        for site in sites:
            base_ref = [""]
            port = int(site.entry.get("port", 0)) if fixed_ports else 0
            try:
                server = _SiteServer((host, port), _handler(site, served, base_ref))
            except OSError as exc:
                raise OSError(f"cannot serve site {site.key!r} on {host}:{port}: {exc.strerror}") from exc
            base_ref[0] = f"http://{host}:{server.server_address[1]}"
            servers.append(server)
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                             name=f"site-{site.key}", daemon=True).start()
            served[site.key] = base_ref[0]
            served.configs[site.key] = site
        yield served
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
