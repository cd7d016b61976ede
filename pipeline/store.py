"""The store of record: one SQLite file with raw pages, announcement records and run health.

Everything else (search indexes, exports, the API) is derived from this file and can be
rebuilt from it. Writes are transactional and idempotent: pages are keyed by canonical
URL and records by their stable id, so re-running any step updates rows in place.
Every record change bumps a sequence number, which is how indexes catch up incrementally.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import zlib
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from pipeline.schema import canonical_url, record_id
from pipeline.store_schema import ADDED_COLUMNS, SCHEMA

DEFAULT_DB = Path("data") / "civic.db"

_PAGE_COLUMNS = ("url", "id", "source_id", "source_type", "region_teryt", "fetched_at", "status",
                 "headers", "body", "encoding", "body_hash", "etag", "last_modified", "title", "text",
                 "published", "attachments", "relevance", "relevance_reasons", "is_announcement", "error")
_JSON_PAGE_COLUMNS = ("headers", "attachments", "relevance_reasons")
RUN_COUNTERS = ("requests", "status_2xx", "status_3xx", "status_4xx", "status_5xx",
                "pages", "announcements", "errors", "duration", "failed_pages")


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def resolve_db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """`--db` wins, then the CIVIC_DB environment variable, then data/civic.db."""
    return Path(path or os.environ.get("CIVIC_DB") or DEFAULT_DB)


def index_dir_for(db_path: Path) -> Path:
    """Where the embedded search index of a store file lives: beside it."""
    return db_path.with_name(db_path.stem + ".index")


class Store:
    """One SQLite file in WAL mode; safe to share between threads of one process."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, readonly: bool = False):
        self.path = resolve_db_path(path)
        self.readonly = readonly
        if readonly:
            if not self.path.exists():
                raise FileNotFoundError(f"no store at {self.path}: run `civic demo` or `civic crawl` first")
            uri = f"file:{self.path.resolve()}?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(SCHEMA)
            for table, column, kind in ADDED_COLUMNS:
                if column not in {row[1] for row in self._conn.execute(f"PRAGMA table_info({table})")}:
                    try:
                        self._conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
                    except sqlite3.OperationalError as exc:   # another process added it just now
                        if "duplicate column" not in str(exc):
                            raise
        self._conn.execute("PRAGMA busy_timeout=30000")
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0

    @property
    def index_dir(self) -> Path:
        return index_dir_for(self.path)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; nested calls join the outer one."""
        with self._lock:
            if self._depth == 0:
                self._conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self._conn
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self._conn.execute("ROLLBACK")
                raise
            else:
                self._depth -= 1
                if self._depth == 0:
                    self._conn.execute("COMMIT")

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    def select(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """Rows of a read query (for modules that keep their own tables here, such as events)."""
        return self._query(sql, params)

    # ---- meta -------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0]["value"] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def _next_seq(self, conn: sqlite3.Connection) -> int:
        row = conn.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()
        seq = int(row[0]) + 1 if row else 1
        conn.execute("INSERT INTO meta(key, value) VALUES ('seq', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(seq),))
        return seq

    def current_seq(self) -> int:
        return int(self.get_meta("seq", "0") or 0)

    # ---- pages ------------------------------------------------------------------------
    def upsert_page(self, page: dict[str, Any]) -> bool:
        """Store a fetched page (raw body compressed). Returns True if its content changed.

        `page` holds the columns of the pages table; `body` is raw bytes. A page with the
        same canonical URL is replaced.
        """
        row = dict(page)
        row["url"] = canonical_url(row["url"])
        row["id"] = record_id(row["url"])
        row.setdefault("fetched_at", now_iso())
        body = row.get("body")
        if isinstance(body, str):
            body = body.encode("utf-8")
        if body is not None:
            row["body"] = zlib.compress(body, 6)
        for key in _JSON_PAGE_COLUMNS:
            if key in row and not isinstance(row[key], str):
                row[key] = json.dumps(row[key], ensure_ascii=False)
        row["is_announcement"] = int(bool(row.get("is_announcement")))
        columns = [c for c in _PAGE_COLUMNS if c in row]
        placeholders = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "url")
        with self.transaction() as conn:
            old = conn.execute("SELECT body_hash FROM pages WHERE url = ?", (row["url"],)).fetchone()
            conn.execute(f"INSERT INTO pages({', '.join(columns)}) VALUES ({placeholders}) "
                         f"ON CONFLICT(url) DO UPDATE SET {updates}", [row[c] for c in columns])
        return old is None or old["body_hash"] != row.get("body_hash")

    def touch_page(self, url: str, *, fetched_at: str | None = None, status: int | None = None) -> None:
        """Record that an unchanged page was seen again (e.g. a 304 answer)."""
        with self.transaction() as conn:
            conn.execute("UPDATE pages SET fetched_at = ? WHERE url = ?",
                         (fetched_at or now_iso(), canonical_url(url)))

    def set_page_relevance(self, url: str, score: float, reasons: list[str], is_announcement: bool) -> None:
        """Record the relevance decision for a stored page (with its reasons, for review)."""
        with self.transaction() as conn:
            conn.execute("UPDATE pages SET relevance = ?, relevance_reasons = ?, is_announcement = ? WHERE url = ?",
                         (score, json.dumps(reasons, ensure_ascii=False), int(is_announcement), canonical_url(url)))

    def get_page(self, url: str) -> dict[str, Any] | None:
        rows = self._query("SELECT * FROM pages WHERE url = ?", (canonical_url(url),))
        return _page_from_row(rows[0]) if rows else None

    def page_validators(self, url: str) -> dict[str, str | None] | None:
        """What a conditional request needs to know about a page already fetched (and whether
        it was processed: `relevance` is NULL until it was judged)."""
        rows = self._query("SELECT etag, last_modified, body_hash, status, fetched_at, relevance, is_announcement "
                           "FROM pages WHERE url = ?",
                           (canonical_url(url),))
        return dict(rows[0]) if rows else None

    def known_urls(self, source_id: str | None = None) -> set[str]:
        if source_id is None:
            rows = self._query("SELECT url FROM pages")
        else:
            rows = self._query("SELECT url FROM pages WHERE source_id = ?", (source_id,))
        return {r["url"] for r in rows}

    def iter_pages(self, *, announcements_only: bool = False, source_ids: Iterable[str] | None = None,
                   batch: int = 500) -> Iterator[dict[str, Any]]:
        """Stream stored pages in URL order, in batches, so a whole store fits in constant memory."""
        where, params = [], []
        if announcements_only:
            where.append("is_announcement = 1")
        if source_ids:
            ids = list(source_ids)
            where.append(f"source_id IN ({', '.join('?' for _ in ids)})")
            params.extend(ids)
        last = ""
        while True:
            clause = " AND ".join(where + ["url > ?"])
            rows = self._query(f"SELECT * FROM pages WHERE {clause} ORDER BY url LIMIT ?", [*params, last, batch])
            if not rows:
                return
            for row in rows:
                yield _page_from_row(row)
            last = rows[-1]["url"]

    def count_pages(self, *, announcements_only: bool = False) -> int:
        sql = "SELECT COUNT(*) FROM pages" + (" WHERE is_announcement = 1" if announcements_only else "")
        return self._query(sql)[0][0]

    # ---- records ----------------------------------------------------------------------
    def upsert_record(self, record: dict[str, Any]) -> bool:
        """Insert or update a record by id. Returns True if anything changed (a record the new
        extractor reads the same keeps its document, and its version column says who read it)."""
        doc = json.dumps(record, ensure_ascii=False, sort_keys=True)
        with self.transaction() as conn:
            old = conn.execute("SELECT doc, extractor_version FROM records WHERE id = ?", (record["id"],)).fetchone()
            if old is not None and old["doc"] == doc:
                if old["extractor_version"] != record["extractor_version"]:
                    conn.execute("UPDATE records SET extractor_version = ? WHERE id = ?",
                                 (record["extractor_version"], record["id"]))
                return False
            seq = self._next_seq(conn)
            conn.execute(
                "INSERT INTO records(id, url, source_id, content_hash, extractor_version, updated_at, seq, doc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET url = excluded.url, "
                "source_id = excluded.source_id, content_hash = excluded.content_hash, "
                "extractor_version = excluded.extractor_version, updated_at = excluded.updated_at, "
                "seq = excluded.seq, doc = excluded.doc",
                (record["id"], record["url"], record["source_id"], record["content_hash"],
                 record["extractor_version"], now_iso(), seq, doc))
            conn.execute("DELETE FROM deletions WHERE id = ?", (record["id"],))
        return True

    def touch_records(self, ids: Iterable[str]) -> int:
        """Give records a new sequence number without changing them, so indexes send them
        again (their event ids changed)."""
        count = 0
        with self.transaction() as conn:
            for rid in ids:
                count += conn.execute("UPDATE records SET seq = ? WHERE id = ?", (self._next_seq(conn), rid)).rowcount
        return count

    def delete_record(self, rid: str) -> bool:
        with self.transaction() as conn:
            cur = conn.execute("DELETE FROM records WHERE id = ?", (rid,))
            if cur.rowcount == 0:
                return False
            seq = self._next_seq(conn)
            conn.execute("INSERT INTO deletions(id, seq) VALUES (?, ?) "
                         "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq", (rid, seq))
        return True

    def get_record(self, rid: str) -> dict[str, Any] | None:
        rows = self._query("SELECT doc FROM records WHERE id = ?", (rid,))
        return json.loads(rows[0]["doc"]) if rows else None

    def get_records(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        """Records for the given ids, in the order given (missing ids are skipped)."""
        ids = list(ids)
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self._query(f"SELECT id, doc FROM records WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
            found.update((r["id"], json.loads(r["doc"])) for r in rows)
        return [found[i] for i in ids if i in found]

    def iter_records(self, *, since_seq: int = 0, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """Stream records changed after `since_seq` (all of them by default), in seq order."""
        last = since_seq
        while True:
            rows = self._query("SELECT seq, doc FROM records WHERE seq > ? ORDER BY seq LIMIT ?", (last, batch))
            if not rows:
                return
            for row in rows:
                yield json.loads(row["doc"])
            last = rows[-1]["seq"]

    def deleted_since(self, since_seq: int = 0) -> list[str]:
        return [r["id"] for r in self._query("SELECT id FROM deletions WHERE seq > ?", (since_seq,))]

    def record_versions(self) -> dict[str, str]:
        """Which extractor version produced each record (for `civic process`)."""
        return {r["id"]: r["extractor_version"] for r in self._query("SELECT id, extractor_version FROM records")}

    def record_ids(self) -> set[str]:
        return {r["id"] for r in self._query("SELECT id FROM records")}

    def count_records(self) -> int:
        return self._query("SELECT COUNT(*) FROM records")[0][0]

    # ---- run health -------------------------------------------------------------------
    def save_run(self, run_id: str, source_id: str, started_at: str, counters: dict[str, float],
                 finished_at: str | None = None) -> None:
        """Write (or overwrite) one source's figures for one run."""
        values = [counters.get(name, 0) for name in RUN_COUNTERS]
        with self.transaction() as conn:
            conn.execute(
                f"INSERT INTO runs(run_id, source_id, started_at, finished_at, {', '.join(RUN_COUNTERS)}) "
                f"VALUES (?, ?, ?, ?, {', '.join('?' for _ in RUN_COUNTERS)}) "
                f"ON CONFLICT(run_id, source_id) DO UPDATE SET finished_at = excluded.finished_at, "
                + ", ".join(f"{c} = excluded.{c}" for c in RUN_COUNTERS),
                [run_id, source_id, started_at, finished_at, *values])

    def runs(self, source_id: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Run figures, newest first."""
        sql = "SELECT * FROM runs" + (" WHERE source_id = ?" if source_id else "") + " ORDER BY started_at DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [dict(r) for r in self._query(sql, (source_id,) if source_id else ())]


def _page_from_row(row: sqlite3.Row) -> dict[str, Any]:
    page = dict(row)
    if page.get("body") is not None:
        page["body"] = zlib.decompress(page["body"])
    for key in _JSON_PAGE_COLUMNS:
        page[key] = json.loads(page[key]) if page.get(key) else ([] if key != "headers" else {})
    page["is_announcement"] = bool(page["is_announcement"])
    return page
