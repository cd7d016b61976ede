"""Search index benchmark: the embedded tantivy index beside SQLite FTS5, same records, same
queries, same run.

1. Generates N deterministic synthetic records (bench/synthetic.py) and analyses each one
   (Morfeusz lemmas, folding: `index.embedded.prepare`), timed, into a file of prepared
   documents.
2. Builds the tantivy index from the prepared documents (timed: records/s from analysed
   records; with the analysis time added: records/s including the Polish analysis).
3. Builds SQLite FTS5 from the same prepared documents (same lemma and surface streams, so
   both answer the same queries), with side tables for filters and facets.
4. Runs the same mixed queries on both: term, AND, phrase, filtered (region + dates) and
   browse (filters only); every query returns the top 20 with snippets and counts for all
   ten facet fields, as the API asks. Prints p50/p95 per kind and overall, and index sizes.

    .venv/bin/python bench/index_bench.py --records 20000          # a quick run
    .venv/bin/python bench/index_bench.py                          # 1,000,000 records
    .venv/bin/python bench/index_bench.py --workdir W --reuse --busy-cores 1
                                        # the same queries again, one core kept busy
    .venv/bin/python bench/index_bench.py --workdir W --reuse --updates 2000 --skip-fts
                                        # and on a copy updated in place (several segments)
"""
from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.synthetic import AUDIENCES, TOPICS, _gminas, generate_records  # noqa: E402
from index.analysis import query_word  # noqa: E402
from index.base import FACET_FIELDS, Filters, IndexUnavailable, SearchRequest  # noqa: E402
from index.document import index_document  # noqa: E402
from index.embedded import EmbeddedIndex, engine_json  # noqa: E402
from index.highlight import matcher, snippet  # noqa: E402
from index.query import And, Node, Phrase, Term, parse  # noqa: E402

KINDS = ("term", "and", "phrase", "filtered", "browse")
UPDATES_SEED, UPDATES_BATCH = 2027, 500  # other records than the built ones, in a crawl's batches
VOIVODESHIPS = sorted({g[4] for g in _gminas()})


# ---- the query set ------------------------------------------------------------------------

def query_set(per_kind: int, seed: int = 7) -> list[tuple[str, str, dict[str, Any]]]:
    """(kind, query, filters) in a fixed order: the same questions for both engines."""
    rng = random.Random(seed)
    words = sorted({w for t in TOPICS for form in t for w in form.split() if len(w) > 3}
                   | {a.split()[-1] for a in AUDIENCES}
                   | {"spotkaniu", "szkolenia", "konsultacjach", "warsztatów", "konferencji", "debacie",
                      "Fundusz", "PFRON", "wolontariuszy", "seniorów", "gminie"})
    places = sorted({g[2] for g in _gminas()})
    phrases = sorted({form for t in TOPICS for form in t if 2 <= len(form.split()) <= 4}
                     | {"Fundusz Inicjatyw Obywatelskich", "organizacji pozarządowych", "Europejskiego Funduszu Społecznego",
                        "pomocy społecznej", "budżetu państwa"})
    out: list[tuple[str, str, dict[str, Any]]] = []
    for i in range(per_kind):
        out.append(("term", rng.choice(words if i % 3 else places), {}))
        out.append(("and", f"{rng.choice(words)} {rng.choice(words if i % 2 else places)}", {}))
        out.append(("phrase", f'"{rng.choice(phrases)}"', {}))
        year = rng.randint(2011, 2026)
        out.append(("filtered", rng.choice(words),
                    {"voivodeship": [rng.choice(VOIVODESHIPS)], "date_from": f"{year}-01-01",
                     "date_to": f"{year}-12-31"}))
        out.append(("browse", "", {"voivodeship": [rng.choice(VOIVODESHIPS)],
                                   "event_type": [rng.choice(["spotkanie", "szkolenie", "konsultacje", "warsztaty"])]}))
    return out


def to_filters(filters: dict[str, Any]) -> Filters:
    from datetime import date

    values = dict(filters)
    for key in ("date_from", "date_to"):
        if key in values:
            values[key] = date.fromisoformat(values[key])
    return Filters(**values)


# ---- SQLite FTS5 baseline ------------------------------------------------------------------

FTS_SINGLE = ("voivodeship", "powiat", "gmina", "event_type", "status", "source", "source_type")
FTS_MULTI = ("organiser", "funder", "programme")


def build_fts(path: Path, prepared: Path) -> float:
    """FTS5 over the same streams, plus tables for filters and facets; returns seconds."""
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.executescript("""
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-400000;
        CREATE TABLE docs(rowid INTEGER PRIMARY KEY, id TEXT, voivodeship TEXT, powiat TEXT, gmina TEXT,
                          event_type TEXT, status TEXT, source TEXT, source_type TEXT, published_day INT,
                          event_first INT, doc TEXT);
        CREATE TABLE multi(rowid INT, field TEXT, value TEXT);
        CREATE TABLE days(rowid INT, day INT);
        CREATE VIRTUAL TABLE fts USING fts5(surface, lemmas, content='', tokenize="unicode61 remove_diacritics 0");
    """)
    batch_docs, batch_fts, batch_multi, batch_days = [], [], [], []

    def flush() -> None:
        db.executemany("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", batch_docs)
        db.executemany("INSERT INTO fts(rowid, surface, lemmas) VALUES (?,?,?)", batch_fts)
        db.executemany("INSERT INTO multi VALUES (?,?,?)", batch_multi)
        db.executemany("INSERT INTO days VALUES (?,?)", batch_days)
        for b in (batch_docs, batch_fts, batch_multi, batch_days):
            b.clear()

    db.execute("BEGIN")
    with prepared.open(encoding="utf-8") as fh:
        for rowid, line in enumerate(fh, start=1):
            d = json.loads(line)
            batch_docs.append((rowid, d["id"], d.get("voivodeship"), d.get("powiat"), d.get("gmina"),
                               d["event_type"], d["status"], d["source"], d["source_type"], d.get("published_day"),
                               d["sort_event"], d["doc"]))
            batch_fts.append((rowid, d.get("surface", ""), d.get("lemmas", "")))  # title and text, as tantivy
            for field in FTS_MULTI:
                batch_multi.extend((rowid, field, v) for v in d.get(field, []))
            batch_days.extend((rowid, day) for day in d.get("event_days", []))
            if len(batch_docs) >= 5000:
                flush()
    flush()
    db.execute("COMMIT")
    db.executescript("""
        CREATE INDEX docs_voiv ON docs(voivodeship, event_type);
        CREATE INDEX multi_rowid ON multi(rowid, field, value);
        CREATE INDEX days_day ON days(day, rowid);
        INSERT INTO fts(fts) VALUES('optimize');
    """)
    db.close()
    return time.perf_counter() - started


class FtsSearch:
    """The same search on FTS5: top 20 by bm25 with snippets, total, and ten facets."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA cache_size=-400000")
        self.db.execute("PRAGMA temp_store=MEMORY")

    @staticmethod
    def _quote(token: str) -> str:
        return '"' + token.replace('"', '""') + '"'

    def _match(self, node: Node) -> str:
        if isinstance(node, Term):
            qw = query_word(node.text)
            s, lem = " ".join(qw.surfaces), " ".join(qw.lemmas)
            return f"(surface: {self._quote(s)} OR lemmas: {self._quote(lem)})"
        if isinstance(node, Phrase):
            parts = [query_word(w) for w in node.words]
            s = " ".join(x for p in parts for x in p.surfaces)
            lem = " ".join(x for p in parts for x in p.lemmas)
            return f"(surface: {self._quote(s)} OR lemmas: {self._quote(lem)})"
        if isinstance(node, And):
            return "(" + " AND ".join(self._match(c) for c in node.children) + ")"
        raise ValueError(f"not in the benchmark's query set: {node!r}")

    def search(self, query: str, filters: dict[str, Any]) -> tuple[int, list[str], dict[str, dict[str, int]]]:
        db = self.db
        node = parse(query)
        where, params = [], []
        if filters.get("voivodeship"):
            where.append("d.voivodeship = ?")
            params.append(filters["voivodeship"][0])
        if filters.get("event_type"):
            where.append("d.event_type = ?")
            params.append(filters["event_type"][0])
        if filters.get("date_from"):
            low = int(filters["date_from"].replace("-", ""))
            high = int(filters["date_to"].replace("-", ""))
            where.append("d.rowid IN (SELECT rowid FROM days WHERE day BETWEEN ? AND ?)")
            params += [low, high]
        db.execute("DROP TABLE IF EXISTS temp.m")
        if query:
            match = self._match(node)
            cond = (" AND " + " AND ".join(where)) if where else ""
            db.execute(f"CREATE TEMP TABLE m AS SELECT fts.rowid AS rowid FROM fts JOIN docs d ON d.rowid = fts.rowid "
                       f"WHERE fts MATCH ?{cond}", [match, *params])
            top = db.execute(f"SELECT d.doc FROM fts JOIN docs d ON d.rowid = fts.rowid WHERE fts MATCH ?{cond} "
                             f"ORDER BY rank LIMIT 20", [match, *params]).fetchall()
        else:
            cond = " AND ".join(where) or "1"
            db.execute(f"CREATE TEMP TABLE m AS SELECT rowid FROM docs d WHERE {cond}", params)
            top = db.execute(f"SELECT d.doc FROM docs d WHERE {cond} ORDER BY d.published_day DESC LIMIT 20",
                             params).fetchall()
        total = db.execute("SELECT count(*) FROM m").fetchone()[0]
        facets: dict[str, dict[str, int]] = {}
        for field in FTS_SINGLE:
            rows = db.execute(f"SELECT {field}, count(*) c FROM docs WHERE rowid IN (SELECT rowid FROM m) "
                              f"AND {field} IS NOT NULL GROUP BY {field} ORDER BY c DESC LIMIT 20").fetchall()
            facets[field] = dict(rows)
        for field in FTS_MULTI:
            rows = db.execute("SELECT value, count(DISTINCT rowid) c FROM multi WHERE rowid IN (SELECT rowid FROM m) "
                              "AND field = ? GROUP BY value ORDER BY c DESC LIMIT 20", (field,)).fetchall()
            facets[field] = dict(rows)
        match_terms = matcher(node)
        snippets = [snippet(json.loads(doc)["text"], match_terms) for (doc,) in top]
        return total, snippets, facets


# ---- running ------------------------------------------------------------------------------

def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def timed_queries(run: Callable[[str, dict[str, Any]], Any], queries, repeats: int) -> dict[str, list[float]]:
    """Milliseconds per query; each query runs `repeats` times and its fastest run counts,
    so that other work on a shared machine does not decide the figure."""
    for kind, query, filters in queries[:10]:  # warm caches and code paths
        run(query, filters)
    times: dict[str, list[float]] = {k: [] for k in KINDS}
    for kind, query, filters in queries:
        best = float("inf")
        for _ in range(repeats):
            started = time.perf_counter()
            run(query, filters)
            best = min(best, time.perf_counter() - started)
        times[kind].append(best * 1000)
    return times


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def prepared_lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        yield from fh


def spin() -> None:
    while True:
        pass


@contextlib.contextmanager
def busy_cores(count: int) -> Iterator[None]:
    """`count` processes that keep a core busy each: the queries then run as on a machine
    shared with other work, where a second core is not free to count facets."""
    procs = [multiprocessing.Process(target=spin, daemon=True) for _ in range(count)]
    for proc in procs:
        proc.start()
    try:
        yield
    finally:
        for proc in procs:
            proc.terminate()
            proc.join()


def build(work: Path, n: int, with_fts: bool) -> EmbeddedIndex:
    """Generate, analyse and build both engines from the same prepared documents, timed."""
    prepared = work / "prepared.jsonl"
    analysis = 0.0
    generated = time.perf_counter()
    with prepared.open("w", encoding="utf-8") as out:
        for record in generate_records(n):
            started = time.perf_counter()
            line = engine_json(index_document(record))
            analysis += time.perf_counter() - started
            out.write(line)
            out.write("\n")
    print(f"generated and analysed in {time.perf_counter() - generated:.0f} s "
          f"(analysis alone {analysis:.1f} s, {n / analysis:,.0f} records/s)")

    index = EmbeddedIndex(work / "tantivy")
    started = time.perf_counter()
    index.rebuild(prepared_lines(prepared), prepared=True)
    took = time.perf_counter() - started
    print(f"tantivy build: {took:.1f} s = {n / took:,.0f} records/s from analysed records; "
          f"{n / (took + analysis):,.0f} records/s including the Polish analysis; "
          f"index {dir_size(work / 'tantivy') / 2**20:,.0f} MiB in {index._searcher().num_segments} segment(s)")
    if with_fts:
        took = build_fts(work / "fts.db", prepared)
        print(f"FTS5 build:    {took:.1f} s = {n / took:,.0f} records/s from analysed records; "
              f"{n / (took + analysis):,.0f} records/s including the analysis; "
              f"database {(work / 'fts.db').stat().st_size / 2**20:,.0f} MiB")
    prepared.unlink()
    return index


def reused(work: Path, n: int, with_fts: bool) -> EmbeddedIndex | None:
    """The indexes an earlier run left in `work`, when they hold the same `n` records."""
    if not (work / "tantivy").is_dir() or (with_fts and not (work / "fts.db").is_file()):
        return None
    index = EmbeddedIndex(work / "tantivy")
    try:
        same = index.count() == n
    except IndexUnavailable:  # built by another version of the index
        same = False
    if not same:
        index.close()
        return None
    print(f"reusing the indexes in {work} (built by an earlier run: no build figures in this one)")
    return index


def updated_copy(work: Path, count: int) -> EmbeddedIndex:
    """A copy of the built index with `count` new records added in committed batches, as
    crawls add them between rebuilds (each commit a new segment until tantivy merges them)."""
    copy = work / "tantivy-updated"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(work / "tantivy", copy)
    index = EmbeddedIndex(copy)
    records = list(generate_records(count, seed=UPDATES_SEED))
    for start in range(0, count, UPDATES_BATCH):
        index.upsert(records[start:start + UPDATES_BATCH])
    print(f"updated copy: {count:,} new records in commits of {UPDATES_BATCH}; {index.count():,} records in "
          f"{index._searcher().num_segments} segments")
    return index


def report(results: dict[str, dict[str, list[float]]], repeats: int) -> None:
    print()
    print(f"latency in ms (fastest of {repeats} runs of each query), top 20 with snippets + 10 facets "
          f"and the total per query")
    print(f"{'kind':<10}" + "".join(f"{name + ' p50':>14}{name + ' p95':>14}" for name in results))
    for kind in (*KINDS, "mixed"):
        row = f"{kind:<10}"
        for times in results.values():
            values = [t for ts in times.values() for t in ts] if kind == "mixed" else times[kind]
            row += f"{statistics.median(values):>14.1f}{percentile(values, 0.95):>14.1f}"
        print(row)
    if "FTS5" in results:
        ours = percentile([t for ts in results["tantivy"].values() for t in ts], 0.95)
        theirs = percentile([t for ts in results["FTS5"].values() for t in ts], 0.95)
        print(f"\nmixed p95: tantivy {ours:.1f} ms vs FTS5 {theirs:.1f} ms = {theirs / ours:.1f}x faster")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=100, help="queries of each of the five kinds (default 100)")
    parser.add_argument("--workdir", help="where to build (default: a temporary directory, removed afterwards)")
    parser.add_argument("--reuse", action="store_true",
                        help="query the indexes an earlier run built in --workdir (same --records) instead of "
                             "building them again")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each query; the fastest counts (default 3)")
    parser.add_argument("--busy-cores", type=int, default=0,
                        help="keep this many cores busy with other processes while the queries run")
    parser.add_argument("--updates", type=int, default=0,
                        help="also query a copy of the index with this many new records added in place")
    parser.add_argument("--skip-fts", action="store_true", help="no FTS5 baseline (development only)")
    args = parser.parse_args(argv)
    if args.reuse and not args.workdir:
        parser.error("--reuse needs --workdir")
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="civic-index-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    n = args.records
    with_fts = not args.skip_fts
    print(f"records: {n:,}   queries: {args.queries} of each kind {KINDS}   machine: {os.cpu_count()} cores"
          + (f", {args.busy_cores} kept busy during the queries" if args.busy_cores else ""))
    try:
        index = (reused(work, n, with_fts) if args.reuse else None) or build(work, n, with_fts)
        updated = updated_copy(work, args.updates) if args.updates else None
        queries = query_set(args.queries)

        def searching(engine: EmbeddedIndex) -> Callable[[str, dict[str, Any]], Any]:
            return lambda query, filters: engine.search(SearchRequest(query=query, filters=to_filters(filters),
                                                                      size=20, facets=FACET_FIELDS))

        with busy_cores(args.busy_cores):
            results = {"tantivy": timed_queries(searching(index), queries, args.repeats)}
            if updated is not None:
                results["updated"] = timed_queries(searching(updated), queries, args.repeats)
            if with_fts:
                results["FTS5"] = timed_queries(FtsSearch(work / "fts.db").search, queries, args.repeats)
        report(results, args.repeats)
        index.close()
        if updated is not None:
            updated.close()
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
