"""The embedded index as the store's projection: writes, state, atomic rebuilds, and two
processes at once (the API reading while a crawl writes; a kill while indexing)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from collections import Counter

from index.base import FACET_FIELDS, Filters, IndexUnavailable, SearchRequest
from index.document import index_document
from index.embedded import CURRENT_FILE, STATE_FILE, EmbeddedIndex
from pipeline.indexing import sync_index
from pipeline.schema import record_id
from pipeline.store import Store

ROOT = Path(__file__).resolve().parents[2]


def variants(records, n, tag="copy"):
    """n distinct records made from the fixtures (new URL, so a new id)."""
    out = []
    for i in range(n):
        base = records[i % len(records)]
        url = f"{base['url']}?{tag}={i}"
        out.append(dict(base, url=url, id=record_id(url)))
    return out


def run_python(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def read_line(proc: subprocess.Popen, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    line = proc.stdout.readline()
    assert line or time.monotonic() < deadline, proc.stderr.read()
    return line.strip()


def total(index: EmbeddedIndex, query: str = "") -> int:
    return index.search(SearchRequest(query=query, size=1, facets=())).total


def test_missing_index_is_reported_not_created(tmp_path):
    index = EmbeddedIndex(tmp_path / "none.index")
    with pytest.raises(IndexUnavailable, match="run `civic index`"):
        index.search(SearchRequest(query="spotkanie"))
    assert index.count() == 0 and index.get_state() == 0
    assert not (tmp_path / "none.index").exists()


def test_upsert_replaces_and_delete_removes(tmp_path, fixture_records):
    index = EmbeddedIndex(tmp_path / "ix")
    assert index.upsert(fixture_records) == len(fixture_records)
    assert index.upsert(fixture_records[:5]) == 5  # again: replaced, not doubled
    assert index.count() == len(fixture_records)
    changed = dict(fixture_records[0], title="Zupełnie nowy tytuł o hulajnogach")
    index.upsert([changed])
    hits = index.search(SearchRequest(query="hulajnogach", facets=())).hits
    assert [h.id for h in hits] == [changed["id"]]
    assert index.delete([changed["id"], "0000000000000000"]) == 1
    assert total(index, "hulajnogach") == 0 and index.count() == len(fixture_records) - 1
    index.close()


def facet_values(doc: dict, facet: str) -> list[str]:
    """The values a record shows under a facet, each once (names as the index displays them)."""
    value = doc[facet]
    return [v for v in dict.fromkeys(value if isinstance(value, list) else [value]) if v]


def test_facet_counts_are_exact_on_an_index_of_many_segments(tmp_path, fixture_records):
    """An index grown by separate commits has a segment per commit; each value's count, split
    between them, must still add up exactly, and the biggest ones must be listed."""
    records = variants(fixture_records, 4 * len(fixture_records), tag="seg")
    index = EmbeddedIndex(tmp_path / "ix")
    batches = 6
    for b in range(batches):  # round-robin: every frequent value is spread over the segments
        assert index.upsert(records[b::batches]) == len(records[b::batches])
    assert index._searcher().num_segments > 1
    docs = {r["id"]: (r, index_document(r)) for r in records}
    cases = [
        (SearchRequest(), lambda r: True),
        (SearchRequest(filters=Filters(voivodeship=["lubelskie"])), lambda r: r["region"]["voivodeship"] == "lubelskie"),
        (SearchRequest(filters=Filters(event_type=["spotkanie", "szkolenie", "konsultacje"])),
         lambda r: r["event_type"] in ("spotkanie", "szkolenie", "konsultacje")),
    ]
    for request, matches in cases:
        chosen = [doc for r, doc in docs.values() if matches(r)]
        assert chosen
        for facet_size in (1, 2, 3, 5):
            result = index.search(SearchRequest(query=request.query, filters=request.filters, facets=FACET_FIELDS,
                                                facet_size=facet_size, size=1))
            assert result.total == len(chosen)
            for facet in FACET_FIELDS:
                truth = Counter(v for doc in chosen for v in facet_values(doc, facet))
                got = result.facets[facet]
                assert len(got) == min(facet_size, len(truth)), facet
                assert all(truth[value] == count for value, count in got.items()), facet
                assert sorted(got.values(), reverse=True) == sorted(truth.values(), reverse=True)[:facet_size], facet
    by_month = Counter(m for _, doc in docs.values() for m in doc["months"])
    assert index.stats("month", SearchRequest()) == dict(sorted(by_month.items()))
    index.close()


def test_state_is_kept_per_generation_and_written_atomically(tmp_path, fixture_records):
    index = EmbeddedIndex(tmp_path / "ix")
    index.upsert(fixture_records)
    index.set_state(42)
    assert EmbeddedIndex(tmp_path / "ix").get_state() == 42
    gen = (tmp_path / "ix" / CURRENT_FILE).read_text().strip()
    assert json.loads((tmp_path / "ix" / gen / STATE_FILE).read_text())["seq"] == 42
    assert not list((tmp_path / "ix").rglob("*.tmp"))
    index.rebuild(fixture_records)
    assert index.get_state() == 0  # a rebuilt index starts over; sync_index then records the seq
    index.close()


def test_rebuild_switches_only_when_complete(tmp_path, fixture_records):
    index = EmbeddedIndex(tmp_path / "ix")
    index.rebuild(fixture_records[:10])
    old_gen = (tmp_path / "ix" / CURRENT_FILE).read_text().strip()

    def failing():
        yield from fixture_records
        raise RuntimeError("the store went away")

    with pytest.raises(RuntimeError):
        index.rebuild(failing())
    assert (tmp_path / "ix" / CURRENT_FILE).read_text().strip() == old_gen
    assert index.count() == 10 and total(index) == 10
    index.rebuild(fixture_records)
    assert index.count() == len(fixture_records)
    assert [p.name for p in (tmp_path / "ix").glob("gen-*")] == [
        (tmp_path / "ix" / CURRENT_FILE).read_text().strip()]
    index.close()


def test_outdated_index_asks_for_a_rebuild(tmp_path, fixture_records):
    index = EmbeddedIndex(tmp_path / "ix")
    index.upsert(fixture_records[:3])
    index.close()
    gen = (tmp_path / "ix" / CURRENT_FILE).read_text().strip()
    (tmp_path / "ix" / gen / STATE_FILE).write_text(json.dumps({"version": 0, "seq": 3}))
    with pytest.raises(IndexUnavailable, match="--rebuild"):
        EmbeddedIndex(tmp_path / "ix").search(SearchRequest(query="a"))


def test_an_index_grown_in_pieces_is_rebuilt_in_one_when_it_doubles(tmp_path, fixture_records):
    """Updates add segments, and facets over several segments cost more: once updates have
    doubled the index since its last build, the sync rebuilds it as one segment."""
    store = _store_with(tmp_path, fixture_records)
    index = EmbeddedIndex(store.index_dir, min_rebuild_records=10)
    assert sync_index(store, index).rebuilt
    built = len(fixture_records)

    def add(records):
        with store.transaction():
            for record in records:
                store.upsert_record(record)
        return sync_index(store, index, batch=10)

    report = add(variants(fixture_records, built - 5, "grow"))
    assert not report.rebuilt and index._searcher().num_segments > 1  # below double: updated in place
    report = add([dict(r, title=r["title"] + " (zmiana)") for r in fixture_records])  # changes, no growth
    assert not report.rebuilt
    report = add(variants(fixture_records, 5, "more"))
    assert report.rebuilt and report.total == index.count() == 2 * built
    assert index._searcher().num_segments == 1 and index.get_state() == store.current_seq()
    assert total(index, "zmiana") == built
    assert not sync_index(store, index).rebuilt  # and incremental again from there
    index.close()
    store.close()


def test_sync_rebuilds_an_index_built_by_another_version(tmp_path, fixture_records):
    """After an upgrade that changes the index schema, `civic index` (or a crawl) rebuilds
    from the store instead of failing on every write."""
    store = _store_with(tmp_path, fixture_records)
    index = EmbeddedIndex(store.index_dir)
    sync_index(store, index)
    gen = (store.index_dir / CURRENT_FILE).read_text().strip()
    (store.index_dir / gen / STATE_FILE).write_text(json.dumps({"version": 0, "seq": store.current_seq()}))
    index.close()
    index = EmbeddedIndex(store.index_dir)
    assert index.outdated()
    report = sync_index(store, index)
    assert report.rebuilt and report.upserted == report.total == len(fixture_records)
    assert not index.outdated() and index.get_state() == store.current_seq()
    assert total(index, "spotkanie") > 0
    assert sync_index(store, index).upserted == 0  # and incremental again from there
    index.close()
    store.close()


def test_second_writer_waits_then_gives_a_clear_error(tmp_path, fixture_records):
    first = EmbeddedIndex(tmp_path / "ix")
    first.upsert(fixture_records[:2])  # keeps its writer open
    second = EmbeddedIndex(tmp_path / "ix", writer_timeout=0.5)
    with pytest.raises(IndexUnavailable, match="being written by another process"):
        second.upsert(fixture_records[2:4])
    first.close()
    assert second.upsert(fixture_records[2:4]) == 2
    second.close()


def test_sync_index_is_incremental_and_follows_deletions(tmp_path, fixture_records):
    store = Store(tmp_path / "civic.db")
    for record in fixture_records:
        store.upsert_record(record)
    index = EmbeddedIndex(store.index_dir)
    report = sync_index(store, index, batch=10)
    assert (report.upserted, report.total, index.get_state()) == (len(fixture_records), len(fixture_records),
                                                                  store.current_seq())
    # The first build is written in one piece, as a rebuild: one segment, whatever the batch size.
    assert report.rebuilt and index._searcher().num_segments == 1
    assert sync_index(store, index).upserted == 0
    store.delete_record(fixture_records[0]["id"])
    store.upsert_record(dict(fixture_records[1], title="Spotkanie o hulajnogach"))
    report = sync_index(store, index)
    assert (report.upserted, report.deleted) == (1, 1)
    assert total(index, "hulajnogach") == 1 and index.count() == len(fixture_records) - 1
    index.close()
    store.close()


WRITER = """
import json, sys
from index.embedded import EmbeddedIndex
from pipeline.schema import record_id
records = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
index = EmbeddedIndex(sys.argv[1])
written = 0
for batch in range(int(sys.argv[3])):
    chunk = []
    for i in range(10):
        base = records[(batch * 10 + i) % len(records)]
        url = base["url"] + "?crawl=%d" % (batch * 10 + i)
        chunk.append(dict(base, url=url, id=record_id(url)))
    written += index.upsert(chunk)
    print(written, flush=True)
index.close()
print("done", flush=True)
"""


def test_a_reader_process_sees_each_commit_of_a_writer_process(tmp_path, fixture_records):
    records_file = tmp_path / "records.jsonl"
    records_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in fixture_records))
    reader = EmbeddedIndex(tmp_path / "ix")
    reader.upsert(fixture_records)
    reader.close()  # from here on this process only reads
    base = len(fixture_records)
    writer = run_python(WRITER, str(tmp_path / "ix"), str(records_file), "30")
    seen, committed = [], 0
    try:
        while True:
            line = read_line(writer)
            n = total(reader)  # searching while the other process writes
            assert n >= (seen[-1] if seen else base)
            seen.append(n)
            if line == "done" or not line:
                break
            committed = int(line)
    finally:
        writer.wait(timeout=60)
    assert writer.returncode == 0, writer.stderr.read()
    assert committed == 300
    deadline = time.monotonic() + 10
    while total(reader) != base + 300 and time.monotonic() < deadline:
        time.sleep(0.1)  # readers reload shortly after a commit
    assert total(reader) == reader.count() == base + 300
    assert total(reader, "spotkaniu organizacjach") > total(reader, "spotkaniu organizacjach Łęcznej")


SYNC = """
import sys
from index.embedded import EmbeddedIndex
from pipeline.indexing import sync_index
from pipeline.store import Store

class Reporting(EmbeddedIndex):
    def upsert(self, records):
        n = super().upsert(records)
        print("committed", n, flush=True)
        return n

    def rebuild(self, records):
        def slow():
            for i, record in enumerate(records):
                if i == 50:
                    print("building", flush=True)
                yield record
        return super().rebuild(slow())

store = Store(sys.argv[1])
sync_index(store, Reporting(store.index_dir), rebuild=sys.argv[2] == "rebuild", batch=100)
print("finished", flush=True)
"""


def _store_with(tmp_path, records) -> Store:
    store = Store(tmp_path / "civic.db")
    with store.transaction():
        for record in records:
            store.upsert_record(record)
    return store


def test_kill_during_indexing_loses_nothing_committed(tmp_path, fixture_records):
    store = _store_with(tmp_path, fixture_records)
    first = EmbeddedIndex(store.index_dir)
    sync_index(store, first)  # the first build; from here on, updates go in committed batches
    first.close()
    indexed_seq = store.current_seq()
    records = variants(fixture_records, 3000)
    with store.transaction():
        for record in records:
            store.upsert_record(record)
    proc = run_python(SYNC, str(store.path), "sync")
    committed = 0
    while committed < 300:
        line = read_line(proc)
        assert line.startswith("committed"), line + proc.stderr.read()
        committed += int(line.split()[1])
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    index = EmbeddedIndex(store.index_dir)
    assert index.count() >= len(fixture_records) + committed  # every committed batch survived the kill
    assert index.get_state() == indexed_seq  # the run did not finish: the next one sends its records again
    assert total(index, "spotkanie") > 0
    report = sync_index(store, index)
    assert index.count() == report.total == len(fixture_records) + len(records)  # nothing lost or doubled
    assert index.get_state() == store.current_seq()
    index.close()
    store.close()


def test_kill_during_rebuild_leaves_the_old_index_serving(tmp_path, fixture_records):
    store = _store_with(tmp_path, fixture_records)
    index = EmbeddedIndex(store.index_dir)
    sync_index(store, index)
    index.close()
    with store.transaction():
        for record in variants(fixture_records, 2000, "more"):
            store.upsert_record(record)
    proc = run_python(SYNC, str(store.path), "rebuild")
    assert read_line(proc) == "building", proc.stderr.read()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    reader = EmbeddedIndex(store.index_dir)
    assert reader.count() == total(reader) == len(fixture_records)
    report = sync_index(store, reader, rebuild=True)  # `civic index --rebuild` restores it
    assert reader.count() == report.total == len(fixture_records) + 2000
    assert len(list(store.index_dir.glob("gen-*"))) == 1  # the abandoned build was cleared
    reader.close()
    store.close()


def test_a_reader_follows_a_rebuild_made_by_another_process(tmp_path, fixture_records):
    store = _store_with(tmp_path, fixture_records[:10])
    reader = EmbeddedIndex(store.index_dir)
    sync_index(store, reader)
    reader.close()
    assert total(reader) == 10
    with store.transaction():
        for record in fixture_records[10:]:
            store.upsert_record(record)
    proc = run_python(SYNC, str(store.path), "rebuild")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert total(reader) == len(fixture_records)
    store.close()
