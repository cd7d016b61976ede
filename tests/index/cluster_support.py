"""Helpers for the index backend tests: the emulator's client node, a faulty HTTP proxy, and
the settings of a real cluster from the environment."""
from __future__ import annotations

import http.client
import json
import os
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

NO_CLUSTER = "no Elasticsearch cluster: set CIVIC_ES_URL to run the cluster suite"
EMULATOR = ("osmem-server emulator: proves requests, bulk handling and alias logic over real HTTP, "
            "not Elasticsearch's scoring or analysis")


def plain_json_node_class():
    """An HTTP node for the `elasticsearch` client that sends plain `application/json`.

    The 9.x client asks for `application/vnd.elasticsearch+json; compatible-with=9`, which
    the emulator answers with 406; a real cluster needs no such node.
    """
    from elastic_transport import Urllib3HttpNode

    class PlainJsonNode(Urllib3HttpNode):
        def perform_request(self, method, target, body=None, headers=None, **kwargs):
            if headers:
                headers = headers.copy()
                for name in ("accept", "content-type"):
                    if name in headers:
                        headers[name] = headers[name].replace("vnd.elasticsearch+", "").split(";")[0].strip()
            return super().perform_request(method, target, body=body, headers=headers, **kwargs)

    return PlainJsonNode


# --- A faulty proxy in front of the emulator, for bulk failure handling -------------------

@dataclass
class FaultPlan:
    """What the proxy does to successive `_bulk` requests; once the list is used up, it forwards.

    ok           forward as is
    429, 503     answer that status without forwarding (the whole request was rejected)
    drop-before  close the connection without forwarding (the request was lost)
    drop-after   forward, then close the connection without answering (the answer was lost)
    items-429    forward only every other document; answer 429 for the rest
    """
    steps: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    bulk_documents_forwarded: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_step(self) -> str:
        with self.lock:
            step = self.steps.pop(0) if self.steps else "ok"
            self.seen.append(step)
            return step


def _split_bulk(body: bytes) -> list[list[bytes]]:
    """NDJSON bulk body -> operations, each [action line] or [action line, source line]."""
    lines = [line for line in body.split(b"\n") if line.strip()]
    ops, i = [], 0
    while i < len(lines):
        action = json.loads(lines[i])
        if next(iter(action)) == "delete":
            ops.append([lines[i]])
            i += 1
        else:
            ops.append([lines[i], lines[i + 1]])
            i += 2
    return ops


class FaultyProxy:
    def __init__(self, upstream: str, plan: FaultPlan):
        self.upstream = upstream.removeprefix("http://")
        self.plan = plan
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _handle(self):
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                step = proxy.plan.next_step() if self.path.split("?")[0].endswith("/_bulk") else "ok"
                if step.isdigit():
                    return self._answer(int(step), {"error": {"type": "es_rejected_execution_exception",
                                                              "reason": "rejected (simulated)"},
                                                    "status": int(step)})
                if step == "drop-before":
                    self.close_connection = True
                    return
                if step == "items-429":
                    return self._partial(body)
                status, headers, payload = proxy.forward(self.command, self.path, body, self.headers)
                if self.path.split("?")[0].endswith("/_bulk"):
                    with proxy.plan.lock:
                        proxy.plan.bulk_documents_forwarded += len(_split_bulk(body))
                if step == "drop-after":
                    self.close_connection = True
                    return
                self._send(status, headers.get("Content-Type", "application/json"), payload)

            def _partial(self, body: bytes):
                ops = _split_bulk(body)
                kept = [op for n, op in enumerate(ops) if n % 2 == 0]
                forwarded = b"".join(b"\n".join(op) + b"\n" for op in kept)
                status, headers, payload = proxy.forward("POST", self.path, forwarded,
                                                         {"content-type": "application/json"})
                with proxy.plan.lock:
                    proxy.plan.bulk_documents_forwarded += len(kept)
                answered = iter(json.loads(payload)["items"])
                items = []
                for n, op in enumerate(ops):
                    if n % 2 == 0:
                        items.append(next(answered))
                        continue
                    kind, meta = next(iter(json.loads(op[0]).items()))
                    items.append({kind: {"_index": meta.get("_index"), "_id": meta.get("_id"), "status": 429,
                                         "error": {"type": "es_rejected_execution_exception",
                                                   "reason": "rejected execution (simulated)"}}})
                self._answer(200, {"took": 1, "errors": True, "items": items})

            def _answer(self, status: int, obj: Any):
                self._send(status, "application/json", json.dumps(obj).encode())

            def _send(self, status: int, content_type: str, payload: bytes):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def forward(self, method: str, path: str, body: bytes, headers) -> tuple[int, dict[str, str], bytes]:
        connection = http.client.HTTPConnection(self.upstream, timeout=30)
        try:
            connection.request(method, path, body=body or None,
                               headers={"Content-Type": "application/json", "Accept": "application/json"})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def __enter__(self) -> "FaultyProxy":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def cluster_settings_from_env() -> dict[str, str | None] | None:
    url = os.environ.get("CIVIC_ES_URL")
    if not url:
        return None
    return {"url": url, "api_key": os.environ.get("CIVIC_ES_API_KEY"), "user": os.environ.get("CIVIC_ES_USER"),
            "password": os.environ.get("CIVIC_ES_PASSWORD"), "ca_certs": os.environ.get("CIVIC_ES_CA_CERTS"),
            "flavour": os.environ.get("CIVIC_BACKEND") if os.environ.get("CIVIC_BACKEND") == "opensearch"
            else "elasticsearch"}
