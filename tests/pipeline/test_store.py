"""The store of record: idempotent upserts, crash safety, incremental change tracking."""
from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import time

import pytest

from pipeline.schema import canonical_url, record_id
from pipeline.store import Store


def make_record(url: str, title: str = "Spotkanie", **extra) -> dict:
    return {"id": record_id(url), "url": url, "source_id": "s1", "content_hash": "h" + title,
            "extractor_version": "t1", "title": title, **extra}


def test_store_file_is_plain_sqlite_in_wal_mode(tmp_path):
    db = tmp_path / "civic.db"
    with Store(db) as store:
        store.upsert_record(make_record("http://a.pl/1"))
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 1


def test_record_upsert_updates_in_place_and_never_duplicates(tmp_path):
    with Store(tmp_path / "civic.db") as store:
        assert store.upsert_record(make_record("http://a.pl/1", "A"))
        assert not store.upsert_record(make_record("http://a.pl/1", "A")), "same record again is no change"
        assert store.upsert_record(make_record("http://a.pl/1", "B"))
        assert store.count_records() == 1
        assert store.get_record(record_id("http://a.pl/1"))["title"] == "B"


def test_an_unchanged_record_read_again_says_which_extractor_read_it(tmp_path):
    """A store whose version column fell behind its documents (an older writer, a hand edit)
    is brought level by the next extraction that reads the record the same."""
    db = tmp_path / "civic.db"
    with Store(db) as store:
        store.upsert_record(make_record("http://a.pl/1", "A"))
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE records SET extractor_version = 'old'")
    with Store(db) as store:
        assert not store.upsert_record(make_record("http://a.pl/1", "A")), "the document is unchanged"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT extractor_version FROM records").fetchone()[0] == "t1"


def test_sequence_tracks_changes_and_deletions_for_incremental_indexing(tmp_path):
    with Store(tmp_path / "civic.db") as store:
        store.upsert_record(make_record("http://a.pl/1"))
        store.upsert_record(make_record("http://a.pl/2"))
        seq = store.current_seq()
        assert list(store.iter_records(since_seq=seq)) == []
        store.upsert_record(make_record("http://a.pl/2", "changed"))
        store.delete_record(record_id("http://a.pl/1"))
        changed = list(store.iter_records(since_seq=seq))
        assert [r["title"] for r in changed] == ["changed"]
        assert store.deleted_since(seq) == [record_id("http://a.pl/1")]
        store.upsert_record(make_record("http://a.pl/1", "back"))
        assert store.deleted_since(seq) == [], "a re-added record is no longer deleted"


def test_pages_keep_raw_body_compressed_and_round_trip(tmp_path):
    body = "<html><body>Zapraszamy na spotkanie w Łęcznej</body></html>".encode("utf-8") * 50
    with Store(tmp_path / "civic.db") as store:
        changed = store.upsert_page({"url": "HTTP://Leczna.PL:80/a?utm_source=x#top", "source_id": "s",
                                     "status": 200, "body": body, "body_hash": "1",
                                     "headers": {"Content-Type": "text/html"}, "title": "T", "text": "x"})
        assert changed
        page = store.get_page("http://leczna.pl/a")
        assert page["body"] == body
        assert page["headers"] == {"Content-Type": "text/html"}
        raw = store._query("SELECT length(body) AS n FROM pages")[0]["n"]
        assert raw < len(body) / 5, "bodies are stored compressed"
        assert not store.upsert_page({**page, "body_hash": "1"}), "same body hash is no change"
        assert store.count_pages() == 1


def test_canonical_url_gives_one_id_per_page():
    assert canonical_url("HTTPS://Example.PL:443/a/?b=2&a=1&utm_medium=x#frag") == "https://example.pl/a/?a=1&b=2"
    assert record_id("http://x.pl/a?b=1&a=2") == record_id("http://X.pl/a?a=2&b=1#z")
    assert record_id("http://x.pl/a") != record_id("http://x.pl/b")


def test_env_variable_chooses_the_store(tmp_path, monkeypatch):
    monkeypatch.setenv("CIVIC_DB", str(tmp_path / "env.db"))
    with Store() as store:
        assert store.path == tmp_path / "env.db"
        assert store.index_dir == tmp_path / "env.index"


def test_readonly_store_refuses_missing_file_with_a_clear_message(tmp_path):
    with pytest.raises(FileNotFoundError, match="no store at"):
        Store(tmp_path / "missing.db", readonly=True)


def _write_forever(db: str, ready) -> None:
    store = Store(db)
    i = 0
    while True:
        store.upsert_record(make_record(f"http://a.pl/{i}"))
        i += 1
        if i == 50:
            ready.set()


def test_a_killed_writer_loses_nothing_committed(tmp_path):
    db = str(tmp_path / "civic.db")
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    proc = ctx.Process(target=_write_forever, args=(db, ready))
    proc.start()
    assert ready.wait(60)
    time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    with Store(db) as store:
        n = store.count_records()
        assert n >= 50
        assert store.current_seq() == n, "every committed record has its own sequence number"
        ids = store.record_ids()
        assert ids == {record_id(f"http://a.pl/{i}") for i in range(n)}


def test_run_health_rows_are_saved_and_overwritten_per_run(tmp_path):
    with Store(tmp_path / "civic.db") as store:
        store.save_run("r1", "src", "2026-01-01T00:00:00", {"requests": 3, "pages": 2})
        store.save_run("r1", "src", "2026-01-01T00:00:00", {"requests": 5, "pages": 4, "errors": 1},
                       finished_at="2026-01-01T00:01:00")
        store.save_run("r2", "src", "2026-01-02T00:00:00", {"requests": 1})
        runs = store.runs("src")
        assert [r["run_id"] for r in runs] == ["r2", "r1"]
        assert runs[1]["requests"] == 5 and runs[1]["errors"] == 1


def test_a_store_made_before_failed_pages_were_counted_gains_the_column(tmp_path):
    path = tmp_path / "civic.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE runs (run_id TEXT NOT NULL, source_id TEXT NOT NULL, started_at TEXT NOT NULL, "
                     "finished_at TEXT, requests INTEGER NOT NULL DEFAULT 0, status_2xx INTEGER NOT NULL DEFAULT 0, "
                     "status_3xx INTEGER NOT NULL DEFAULT 0, status_4xx INTEGER NOT NULL DEFAULT 0, "
                     "status_5xx INTEGER NOT NULL DEFAULT 0, pages INTEGER NOT NULL DEFAULT 0, "
                     "announcements INTEGER NOT NULL DEFAULT 0, errors INTEGER NOT NULL DEFAULT 0, "
                     "duration REAL NOT NULL DEFAULT 0, PRIMARY KEY (run_id, source_id))")
        conn.execute("INSERT INTO runs(run_id, source_id, started_at, pages) VALUES ('old', 'jst-01', '2026-01-01', 4)")
    with Store(path) as store:
        store.save_run("new", "jst-01", "2026-02-01", {"pages": 2, "failed_pages": 1})
        runs = {r["run_id"]: r for r in store.runs("jst-01")}
    assert (runs["old"]["pages"], runs["old"]["failed_pages"]) == (4, 0)
    assert (runs["new"]["pages"], runs["new"]["failed_pages"]) == (2, 1)
