"""The embedded search index: tantivy in a directory beside the store, no server needed.

Layout of `index_dir`:

    CURRENT          name of the generation in use, replaced atomically
    gen-<stamp>/     one complete tantivy index, plus `civic-state.json` (the store
                     sequence number it has caught up to and the schema version)

Incremental updates commit into the current generation; readers in other processes
reload after each commit. A rebuild writes a fresh generation and only then points
CURRENT at it, so a crash in the middle leaves the last committed index in use.
tantivy allows one writer per index: a second writer waits for the first, then gives up
with a clear message.

Text is analysed by index.analysis (Morfeusz lemmas, folded diacritics) before it reaches
tantivy, which only splits the prepared streams at spaces. Queries are parsed by
index.query and compiled here into tantivy query objects; tantivy's own query syntax is
never used, so nothing a user types can reach it.

A search counts its facets (and with them its total) on a worker thread while the calling
thread ranks and loads the page: tantivy releases the GIL while it works, so on a machine
with a free core the two halves of a broad query overlap.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator

import tantivy
from tantivy import FieldType, Occur, Order, Query

from index.analysis import is_stop_term, is_stopword, name_keys, query_word
from index.base import (FACET_FIELDS, GROUP_BY_FIELDS, SORTS, Filters, IndexBackend, IndexUnavailable,
                        SearchHit, SearchRequest, SearchResult)
from index.breakdown import REGION_CODE_FIELDS, Breakdown, Grouping, aggregations, read_aggregations
from index.document import index_document
from index.highlight import matcher, snippet
from index.query import (And, MatchAll, Node, Not, Or, Phrase, Prefix, QuerySyntaxError, Term,
                         has_ranking_words, parse)
from index.request import MAX_RESULT_WINDOW, InvalidParameter, decode_cursor, encode_cursor
from nlp.morph import fold

log = logging.getLogger(__name__)

SCHEMA_VERSION = 8
TOKENIZER = "civic_ws"
STORED_ONLY = "civic_stored"
STATE_FILE = "civic-state.json"
TOTAL_AGG = "_total"
CURRENT_FILE = "CURRENT"
MAX_TOKEN_BYTES = 255  # longer tokens (not words) are left out of the index
MIN_PREFIX_CHARS = 2
STATS_SIZE = 10_000
EVERY_VALUE = 2**32 - 1  # a terms aggregation's segment_size that keeps every value of a segment
# A rebuild's memory budget: tantivy's ceiling for one indexing thread is just under 4 GB.
REBUILD_HEAP = 3_500_000_000
_EPOCH = date(1900, 1, 1).toordinal()
_ID_BITS = 47  # the low bits of a sort key: the top of the record id, a unique tie-breaker

# Exact values looked up by term (filters, deletes).
SEARCHED_FIELDS = ("id", "voivodeship_key", "powiat_key", "gmina_key", "organiser_key", "funder_key", "programme_key",
                   "event_type_key")
# Exact values counted for facets and stats (columns only, never searched).
COUNTED_FIELDS = ("voivodeship", "powiat", "gmina", "organiser", "funder", "programme", "months")
# Both (region codes are counted by index.breakdown).
SEARCHED_AND_COUNTED = ("event_type", "status", "source", "source_type", "event_id") + REGION_CODE_FIELDS
# Exactly one value in every record: the sum of such a field's counts is the number of matches.
ONE_VALUE_FIELDS = ("event_type", "status", "source_type")
KEYWORD_FIELDS = SEARCHED_FIELDS + COUNTED_FIELDS + SEARCHED_AND_COUNTED
# Stands for "no value" in counted columns: a column every document fills is several
# times faster to count than one with gaps. Never shown.
MISSING = "\u2205"
TITLE_BREAK = "\u00b6"
# Analysed streams (space-separated tokens prepared by index.analysis).
TEXT_FIELDS = ("title_surface", "title_lemmas", "surface", "lemmas",
               "organiser_words", "funder_words", "programme_words")
# Adjacent lemma pairs (`organizacja_pozarzadowy`), with positions: a phrase becomes a
# phrase of a few rare pairs (pair i stands at the position of lemma i) instead of a walk
# over the positions of common words such as `w` or `i`.
PAIRS_FIELD = "lemma_pairs"
FACET_SOURCE = {f: f for f in FACET_FIELDS}
GROUP_SOURCE = {**FACET_SOURCE, "month": "months"}
NAMED_FIELDS = ("organiser", "funder", "programme")
REGION_FIELDS = ("voivodeship", "powiat", "gmina")
SORT_FIELDS = {"event_date": "sort_event", "published": "sort_published"}
_REGEX_META = set("\\.+*?()|[]{}^$#&-~")


def build_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    for name in SEARCHED_FIELDS:
        sb.add_text_field(name, tokenizer_name="raw", index_option="basic")
    for name in COUNTED_FIELDS:  # the stored-only analyzer indexes nothing; the column keeps the value
        sb.add_text_field(name, tokenizer_name=STORED_ONLY, fast=True, index_option="basic")
    for name in SEARCHED_AND_COUNTED:
        sb.add_text_field(name, tokenizer_name="raw", fast=True, index_option="basic")
    for name in TEXT_FIELDS:
        sb.add_text_field(name, tokenizer_name=TOKENIZER, index_option="position")
    sb.add_text_field(PAIRS_FIELD, tokenizer_name=TOKENIZER, index_option="position")
    # Ranges and sorts run on columns.
    sb.add_integer_field("event_days", fast=True)
    sb.add_integer_field("published_day", fast=True)
    for name in ("sort_event", "sort_published", "id_num"):
        sb.add_unsigned_field(name, fast=True)
    sb.add_text_field("doc", stored=True, tokenizer_name=STORED_ONLY, index_option="basic")
    return sb.build()


def _register_tokenizers(index: tantivy.Index) -> None:
    index.register_tokenizer(TOKENIZER, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace())
                             .filter(tantivy.Filter.remove_long(MAX_TOKEN_BYTES)).build())
    # Stored or counted, never searched: the raw token is dropped, so nothing is indexed,
    # while the column (fast field) keeps the value as it is.
    index.register_tokenizer(STORED_ONLY, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.raw())
                             .filter(tantivy.Filter.remove_long(1)).build())
    index.register_fast_field_tokenizer(STORED_ONLY, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.raw()).build())


def _sort_key(day: int | None, id_num: int) -> int:
    """A unique u64 that orders by day, then by id: one fast field serves sort and cursor."""
    days = 0
    if day:
        days = max(0, date(day // 10000, day // 100 % 100, day % 100).toordinal() - _EPOCH + 1)
    return (min(days, (1 << 17) - 1) << _ID_BITS) | (id_num >> (64 - _ID_BITS))


def engine_json(doc: dict[str, Any]) -> str:
    """An index document (index.document.index_document) as the JSON tantivy ingests.

    One JSON string per document is the fastest way into tantivy from Python: the engine
    parses it natively instead of receiving dozens of separate calls.
    """
    id_num = int(doc["id"], 16)
    out: dict[str, Any] = {name: doc[name] for name in KEYWORD_FIELDS if doc.get(name) not in (None, [])}
    for name in COUNTED_FIELDS + REGION_CODE_FIELDS:
        out.setdefault(name, MISSING)
    for name in ("title_surface", "title_lemmas"):
        if doc[name]:
            out[name] = doc[name]
    # The title is searched with the text: one field per stream keeps queries to two
    # clauses a word. A token no query can produce keeps phrases from spanning the two.
    for name, title in (("surface", "title_surface"), ("lemmas", "title_lemmas")):
        joined = " ".join(v for v in (doc[title], TITLE_BREAK if doc[title] and doc[name] else "", doc[name]) if v)
        if joined:
            out[name] = joined
    if "lemmas" in out:
        out[PAIRS_FIELD] = " ".join(lemma_pairs(out["lemmas"].split()))
    for name in NAMED_FIELDS:
        if doc[f"{name}_key"]:
            out[f"{name}_words"] = doc[f"{name}_key"]
    if doc["event_days"]:
        out["event_days"] = doc["event_days"]
    if doc["published_day"]:
        out["published_day"] = doc["published_day"]
    out["sort_event"] = _sort_key(doc["event_first"], id_num)
    out["sort_published"] = _sort_key(doc["published_day"], id_num)
    out["id_num"] = id_num
    out["doc"] = json.dumps({"id": doc["id"], "text": doc["text"], **doc["hit"]}, ensure_ascii=False,
                            separators=(",", ":"))
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def lemma_pairs(lemmas: list[str]) -> list[str]:
    return [f"{a}_{b}" for a, b in zip(lemmas, lemmas[1:])]


def prepare(record: dict[str, Any]) -> str:
    """A record analysed and ready for the engine (what a rebuild with `prepared=True` takes)."""
    return engine_json(index_document(record))


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class _Compiler:
    """The query tree and filters as tantivy query objects."""

    def __init__(self, schema: tantivy.Schema):
        self.schema = schema

    # -- leaves ---------------------------------------------------------------------------
    def term(self, field: str, value: str) -> Query:
        return Query.term_query(self.schema, field, value)

    def any_of(self, queries: list[Query]) -> Query:
        queries = [q for q in queries if q is not None]
        if not queries:
            return Query.empty_query()
        if len(queries) == 1:
            return queries[0]
        return Query.boolean_query([(Occur.Should, q) for q in queries])

    def phrase(self, field: str, words: tuple[str, ...]) -> Query:
        if len(words) == 1:
            return self.term(field, words[0])
        return Query.phrase_query(self.schema, field, list(words))

    def regex_prefix(self, field: str, prefix: str) -> Query:
        escaped = "".join("\\" + c if c in _REGEX_META else c for c in prefix)
        return Query.regex_query(self.schema, field, escaped + ".*")

    @staticmethod
    def boost(query: Query, factor: float) -> Query:
        return Query.boost_query(query, factor)

    # -- text -----------------------------------------------------------------------------
    def text_words(self, surfaces: tuple[str, ...], lemmas: tuple[str, ...], title_only: bool = False,
                   known: bool = False) -> Query:
        """Words in this order, matched by lemma or by folded form, in the title and text
        (or the title alone). The exact form scores higher than another form of the word.

        When every word is in the dictionary, its lemma finds every form the folded form
        would, so the lemmas alone decide: a two-word phrase is one lookup of their pair, a
        longer one its pairs at consecutive positions, which is the same as its lemmas at
        consecutive positions but reads the positions of rare terms only.
        """
        stop = len(surfaces) == 1 and is_stopword(surfaces[0])
        surface, lemma = ("title_surface", "title_lemmas") if title_only else ("surface", "lemmas")
        exact = self.boost(self.phrase(surface, surfaces), 1.5)
        if stop:
            return exact
        if known and len(surfaces) > 1:
            if title_only:
                return self.phrase(lemma, lemmas)
            return self.phrase(PAIRS_FIELD, tuple(lemma_pairs(list(lemmas))))
        return self.any_of([exact, self.phrase(lemma, lemmas)])

    def phrase_words(self, node_words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
        parts = [query_word(w) for w in node_words]
        return (tuple(s for p in parts for s in p.surfaces), tuple(lem for p in parts for lem in p.lemmas),
                all(p.known for p in parts))

    def prefix(self, node: Prefix) -> Query:
        key = fold(node.text).split()
        if not key or len(key[-1]) < MIN_PREFIX_CHARS and len(key) == 1:
            raise QuerySyntaxError(f"'{node.text}*': a prefix needs at least {MIN_PREFIX_CHARS} letters before *")
        field = node.field
        if field in (None, "title"):
            fields = ("title_surface", "title_lemmas") if field == "title" else ("surface", "lemmas")
            if len(key) > 1:
                return self.any_of([Query.phrase_prefix_query(self.schema, f, key)
                                    for f in fields if f.endswith("surface")])
            return self.any_of([self.regex_prefix(f, key[0]) for f in fields])
        if field in NAMED_FIELDS:
            return self.regex_prefix(f"{field}_words", " ".join(key)) if len(key) == 1 else \
                Query.phrase_prefix_query(self.schema, f"{field}_words", key)
        if field in REGION_FIELDS:
            return self.regex_prefix(f"{field}_key", " ".join(key))
        if field == "event_type":
            return self.any_of([self.regex_prefix("event_type", " ".join(key)),
                                self.regex_prefix("event_type_key", " ".join(key))])
        return self.regex_prefix(field, node.text.lower())

    def field_words(self, field: str, words: tuple[str, ...]) -> Query:
        """`organiser:…`, `gmina:…`, `type:…` and the like, as typed in a query."""
        if field == "title":
            surfaces, lemmas, known = self.phrase_words(words)
            return self.text_words(surfaces, lemmas, title_only=True, known=known)
        if field in NAMED_FIELDS:
            _, lemmas, _ = self.phrase_words(words)
            return self.phrase(f"{field}_words", lemmas)
        value = " ".join(words)
        if field in REGION_FIELDS:
            return self.region(field, value)
        if field == "event_type":
            return self.keys("event_type_key", [value])
        return self.term(field, value.lower())

    def keys(self, field: str, values: list[str]) -> Query:
        """Records whose name field shares a key with any of the values (see analysis.name_keys)."""
        return Query.term_set_query(self.schema, field, sorted({k for v in values for k in name_keys(v)}))

    def region(self, field: str, value: str) -> Query:
        value = value.strip()
        if value.isdigit():
            if field == "gmina" and len(value) == 6:
                return self.regex_prefix("gmina_code", value)
            return self.term(f"{field}_code", value)
        return self.keys(f"{field}_key", [value])

    # -- the tree -------------------------------------------------------------------------
    def node(self, node: Node) -> Query:
        if isinstance(node, MatchAll):
            return Query.all_query()
        if isinstance(node, Term):
            if node.field is not None:
                return self.field_words(node.field, (node.text,))
            qw = query_word(node.text)
            if not qw.surfaces:
                return Query.all_query()
            return self.text_words(qw.surfaces, qw.lemmas, known=qw.known)
        if isinstance(node, Phrase):
            if node.field is not None:
                return self.field_words(node.field, node.words)
            surfaces, lemmas, known = self.phrase_words(node.words)
            if not surfaces:
                return Query.all_query()
            return self.text_words(surfaces, lemmas, known=known)
        if isinstance(node, Prefix):
            return self.prefix(node)
        if isinstance(node, Not):
            return Query.boolean_query([(Occur.Must, Query.all_query()), (Occur.MustNot, self.node(node.child))])
        if isinstance(node, Or):
            return Query.boolean_query([(Occur.Should, self.node(c)) for c in node.children])
        if isinstance(node, And):
            children = list(node.children)
            # Stop words add nothing to a conjunction with other words ("spotkanie w Łęcznej").
            content = [c for c in children if not is_stop_term(c)]
            if any(not isinstance(c, Not) for c in content):
                children = content
            clauses = [(Occur.MustNot, self.node(c.child)) if isinstance(c, Not) else (Occur.Must, self.node(c))
                       for c in children]
            if all(occur == Occur.MustNot for occur, _ in clauses):
                clauses.insert(0, (Occur.Must, Query.all_query()))
            return Query.boolean_query(clauses)
        raise QuerySyntaxError(f"unsupported query part: {node!r}")

    # -- filters --------------------------------------------------------------------------
    def filters(self, filters: Filters) -> list[Query]:
        out: list[Query] = []
        for field in REGION_FIELDS:
            values = getattr(filters, field)
            if values:
                out.append(self.any_of([self.region(field, v) for v in values]))
        for field in NAMED_FIELDS:
            values = getattr(filters, field)
            if values:
                out.append(self.keys(f"{field}_key", values))
        if filters.event_type:
            out.append(self.keys("event_type_key", filters.event_type))
        for field in ("status", "source", "source_type"):
            values = getattr(filters, field)
            if values:
                out.append(Query.term_set_query(self.schema, field, [v.strip().lower() if field != "source" else
                                                                     v.strip() for v in values]))
        if filters.date_from or filters.date_to:
            out.append(self.day_range("event_days", filters.date_from, filters.date_to))
        if filters.published_from or filters.published_to:
            out.append(self.day_range("published_day", filters.published_from, filters.published_to))
        return out

    def day_range(self, field: str, low: date | None, high: date | None) -> Query:
        as_int = (lambda d: d.year * 10000 + d.month * 100 + d.day)
        return Query.range_query(self.schema, field, FieldType.Integer,
                                 as_int(low) if low else None, as_int(high) if high else None)

    def request(self, node: Node, filters: Filters) -> Query:
        main = self.node(node)
        extra = self.filters(filters)
        if not extra:
            return main
        clauses = [(Occur.Must, main)] + [(Occur.Must, Query.const_score_query(q, 0.0)) for q in extra]
        return Query.boolean_query(clauses)


class EmbeddedIndex(IndexBackend):
    """tantivy index in `index_dir` (see the module docstring for the layout)."""

    name = "embedded"

    def __init__(self, index_dir: str | os.PathLike[str], *, writer_heap: int = 64_000_000,
                 writer_threads: int = 1, writer_timeout: float = 30.0, min_rebuild_records: int = 1000):
        self.index_dir = Path(index_dir)
        self.min_rebuild_records = min_rebuild_records  # smaller indexes are quick however split
        self.writer_heap = writer_heap
        self.writer_threads = writer_threads
        self.writer_timeout = writer_timeout
        self.schema = build_schema()
        self._compiler = _Compiler(self.schema)
        self._gen: str | None = None
        self._index: tantivy.Index | None = None
        self._writer: tantivy.IndexWriter | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    # ---- generations ------------------------------------------------------------------
    def _current_name(self) -> str | None:
        try:
            name = (self.index_dir / CURRENT_FILE).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return name or None

    def _open_generation(self, name: str) -> tantivy.Index:
        path = self.index_dir / name
        state = self._read_state(path)
        if state.get("version") != SCHEMA_VERSION:
            raise IndexUnavailable(f"the search index at {self.index_dir} was built by another version: "
                                   "run `civic index --rebuild`")
        try:
            index = tantivy.Index.open(str(path))
        except ValueError as exc:
            raise IndexUnavailable(f"cannot open the search index at {path}: {exc}") from None
        _register_tokenizers(index)
        index.config_reader(reload_policy="OnCommit")
        return index

    def _index_for_read(self) -> tantivy.Index:
        """The current generation, reopened when a rebuild has switched to a new one."""
        for attempt in range(3):
            name = self._current_name()
            if name is None:
                raise IndexUnavailable(f"no search index at {self.index_dir}: run `civic index` first")
            if name == self._gen and self._index is not None:
                return self._index
            try:
                index = self._open_generation(name)
            except IndexUnavailable:
                if attempt == 2 or self._current_name() == name:
                    raise
                continue  # switched while opening: try the new one
            self._drop_writer()
            self._gen, self._index = name, index
            return index
        raise IndexUnavailable(f"the search index at {self.index_dir} keeps changing; try again")

    def _searcher(self) -> tantivy.Searcher:
        return self._index_for_read().searcher()

    def _new_generation(self) -> tuple[str, tantivy.Index]:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        name = f"gen-{time.time_ns():x}-{os.getpid()}"
        path = self.index_dir / name
        path.mkdir()
        index = tantivy.Index(self.schema, path=str(path), reuse=False)
        _register_tokenizers(index)
        self._write_state(path, 0, 0)
        return name, index

    def _index_for_write(self) -> tantivy.Index:
        if self._current_name() is None:
            with self._build_lock():
                if self._current_name() is None:
                    name, _ = self._new_generation()
                    _atomic_write(self.index_dir / CURRENT_FILE, name + "\n")
        return self._index_for_read()

    @contextlib.contextmanager
    def _build_lock(self) -> Iterator[None]:
        """Serialises creating and rebuilding generations between processes."""
        self.index_dir.mkdir(parents=True, exist_ok=True)
        with open(self.index_dir / ".build.lock", "w") as fh:
            deadline = time.monotonic() + self.writer_timeout
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise IndexUnavailable(f"another process is rebuilding the index at {self.index_dir}; "
                                               "try again when it finishes") from None
                    time.sleep(0.2)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _writer_for(self, index: tantivy.Index, heap: int, threads: int) -> tantivy.IndexWriter:
        deadline = time.monotonic() + self.writer_timeout
        while True:
            try:
                return index.writer(heap_size=heap, num_threads=threads)
            except ValueError as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise IndexUnavailable(f"the search index at {self.index_dir} is being written by another "
                                           f"process; try again when it finishes ({exc})") from None
                time.sleep(0.2)

    def _get_writer(self) -> tantivy.IndexWriter:
        index = self._index_for_write()
        if self._writer is None:
            self._writer = self._writer_for(index, self.writer_heap, self.writer_threads)
        return self._writer

    def _drop_writer(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.wait_merging_threads()

    def _commit(self) -> None:
        assert self._writer is not None
        self._writer.commit()
        if self._index is not None:
            self._index.reload()

    # ---- state ------------------------------------------------------------------------
    @staticmethod
    def _read_state(path: Path) -> dict[str, Any]:
        try:
            return json.loads((path / STATE_FILE).read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}

    @staticmethod
    def _write_state(path: Path, seq: int, built: int) -> None:
        """`built`: the records the generation was built with in one piece (0 if none)."""
        _atomic_write(path / STATE_FILE,
                      json.dumps({"version": SCHEMA_VERSION, "seq": int(seq), "built": int(built)}) + "\n")

    def _current_state(self) -> dict[str, Any] | None:
        """The current generation's state, or None when there is no index yet."""
        name = self._current_name()
        return None if name is None else self._read_state(self.index_dir / name)

    def get_state(self) -> int:
        state = self._current_state()
        return int(state.get("seq") or 0) if state is not None else 0

    def outdated(self) -> bool:
        state = self._current_state()
        return state is not None and state.get("version") != SCHEMA_VERSION

    def set_state(self, seq: int) -> None:
        self._index_for_write()
        assert self._gen is not None
        path = self.index_dir / self._gen
        self._write_state(path, seq, int(self._read_state(path).get("built") or 0))

    def fragmented(self) -> bool:
        """At least doubled by updates in place since the last rebuild.

        Updates add segments, and with several segments every segment must report every
        facet value (see `_terms`); segments of comparable size, which only growth in place
        makes, cost the most. A rebuild at each doubling keeps that bounded and costs, over
        the life of an index, about two rebuilds of its final size.
        """
        state = self._current_state()
        if state is None:
            return False
        searcher = self._searcher()
        return (searcher.num_docs >= max(self.min_rebuild_records, 2 * int(state.get("built") or 0))
                and searcher.num_segments > 1)

    # ---- writing ----------------------------------------------------------------------
    def upsert(self, records: Iterable[dict[str, Any]]) -> int:
        writer = self._get_writer()
        written = 0
        for record in records:
            line = prepare(record)
            writer.delete_documents_by_term("id", record["id"])
            writer.add_json(line)
            written += 1
        if written:
            self._commit()
        return written

    def add_documents(self, docs: Iterable[dict[str, Any]]) -> int:
        """Upsert already analysed documents (index.document.index_document output)."""
        writer = self._get_writer()
        written = 0
        for doc in docs:
            writer.delete_documents_by_term("id", doc["id"])
            writer.add_json(engine_json(doc))
            written += 1
        if written:
            self._commit()
        return written

    def delete(self, ids: Iterable[str]) -> int:
        ids = list(ids)
        if not ids or self._current_name() is None:
            return 0
        writer = self._get_writer()
        present = self._searcher().search(Query.term_set_query(self.schema, "id", ids), 1, count=True).count
        for rid in ids:
            writer.delete_documents_by_term("id", rid)
        self._commit()
        return present

    def rebuild(self, records: Iterable[dict[str, Any]] | Iterable[str], *, prepared: bool = False,
                heap: int = REBUILD_HEAP, threads: int = 1) -> int:
        """Build a new generation from every record, then switch to it atomically.

        With `prepared`, the items are already analysed (`prepare(record)` strings, as a
        benchmark keeps them). Readers keep the old generation until the switch; a crash
        before it leaves the old one current.

        One indexing thread with a large memory budget writes the whole index as a single
        segment while it fits (a 1,000,000-record rebuild peaked at 1.3 GB, so up to some
        2.5 million records): facet counts on one segment are exact at the price of its own
        top values, while several segments must each report every value (see `_terms`). The
        budget is a ceiling, not an allocation: a small store uses little memory.
        """
        with self._build_lock():
            self._drop_writer()
            name, index = self._new_generation()
            writer = self._writer_for(index, heap, threads)
            written = 0
            try:
                add = writer.add_json
                for item in records:
                    add(item if prepared else prepare(item))
                    written += 1
                writer.commit()
                writer.wait_merging_threads()
            except BaseException:
                with contextlib.suppress(Exception):
                    writer.rollback()
                del writer
                shutil.rmtree(self.index_dir / name, ignore_errors=True)
                raise
            self._write_state(self.index_dir / name, 0, written)
            old = self._current_name()
            _atomic_write(self.index_dir / CURRENT_FILE, name + "\n")
            self._remove_generations(keep=name)
            log.info("switched the search index from %s to %s (%d records)", old, name, written)
        self._gen, self._index = None, None
        return written

    def _remove_generations(self, keep: str) -> None:
        """Old and abandoned generations (readers still holding one keep its open files)."""
        for path in self.index_dir.glob("gen-*"):
            if path.name != keep and path.is_dir():
                shutil.rmtree(path, ignore_errors=True)

    def close(self) -> None:
        self._drop_writer()
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
        self._index = None
        self._gen = None

    # ---- reading ----------------------------------------------------------------------
    def count(self) -> int:
        if self._current_name() is None:
            return 0
        return self._searcher().num_docs

    def _query(self, request: SearchRequest) -> tuple[Node, Query, str]:
        node = parse(request.query)
        query = self._compiler.request(node, request.filters)
        sort = request.sort
        if sort not in SORTS:
            raise InvalidParameter("sort", f"unknown sort '{sort}'; one of: {', '.join(SORTS)}")
        if sort == "relevance" and not has_ranking_words(node):
            sort = "published"  # nothing to rank by: newest first
        return node, query, sort

    def search(self, request: SearchRequest) -> SearchResult:
        node, query, sort = self._query(request)
        searcher = self._searcher()
        size = max(1, min(request.size, MAX_RESULT_WINDOW))
        position = decode_cursor(request)
        if position is None and (max(1, request.page) - 1) * size + size > MAX_RESULT_WINDOW:
            raise InvalidParameter("page", f"pages end at result {MAX_RESULT_WINDOW}; follow next_cursor to go deeper")
        # The facets are counted on a worker thread meanwhile, and bring the total with them.
        counting = None
        if request.facets:
            fields = self._facet_fields(request)
            counting = self._workers().submit(self._terms, searcher, query, fields, max(1, request.facet_size),
                                              with_total=True)
        try:
            if sort == "relevance":
                total, page, next_pos = self._page_by_score(searcher, query, request, size, position,
                                                            counted=counting is not None)
            else:
                total, page, next_pos = self._page_by_key(searcher, query, request, SORT_FIELDS[sort], size,
                                                          position, counted=counting is not None)
            hits = self._hits(searcher, page, node, request.highlight)
        except BaseException:
            if counting is not None:
                counting.cancel()
            raise
        facets, facet_total = counting.result() if counting is not None else ({}, None)
        next_cursor = encode_cursor(request, next_pos) if next_pos is not None else None
        return SearchResult(total=facet_total if total is None else total, hits=hits, facets=facets,
                            next_cursor=next_cursor)

    def _workers(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 2, thread_name_prefix="civic-facets")
            return self._pool

    def _page_by_key(self, searcher: tantivy.Searcher, query: Query, request: SearchRequest, field: str,
                     size: int, position: dict[str, Any] | None, counted: bool):
        """A page in the order of a sort key; the total too, unless the facets bring it (`counted`)."""
        total = None
        if position is not None:
            last = position.get("k")
            if not isinstance(last, int) or last < 0 or position.get("s") != field:
                raise InvalidParameter("cursor", "malformed cursor; use the next_cursor value of a previous result")
            if not counted:
                total = searcher.search(query, 1, count=True).count
            if last == 0:
                return total, [], None
            after = Query.range_query(self.schema, field, FieldType.Unsigned, None, last, include_upper=False)
            result = searcher.search(Query.boolean_query([(Occur.Must, query), (Occur.Must, after)]),
                                     size + 1, count=False, order_by_field=field, order=Order.Desc)
        else:
            offset = (max(1, request.page) - 1) * size
            result = searcher.search(query, size + 1, count=not counted, order_by_field=field,
                                     order=Order.Desc, offset=offset)
            total = None if counted else result.count
        hits = [(None, addr) for _, addr in result.hits]
        keys = [key for key, _ in result.hits]
        more = len(hits) > size
        next_pos = {"s": field, "k": int(keys[size - 1])} if more else None
        return total, hits[:size], next_pos

    def _page_by_score(self, searcher: tantivy.Searcher, query: Query, request: SearchRequest, size: int,
                       position: dict[str, Any] | None, counted: bool):
        """Score order; a cursor remembers the last hit, so later pages neither repeat nor skip
        when records are added or removed in between. The total too, unless the facets bring it."""
        if position is not None:
            offset, last_id, last_score = position.get("o"), position.get("i"), position.get("sc")
            if not (isinstance(offset, int) and offset >= 0 and isinstance(last_id, int)
                    and isinstance(last_score, (int, float))):
                raise InvalidParameter("cursor", "malformed cursor; use the next_cursor value of a previous result")
        else:
            offset, last_id, last_score = (max(1, request.page) - 1) * size, None, None
        window = size if position is not None else 0
        # Without the count (the facets have it) tantivy can skip blocks that cannot make the top.
        result = searcher.search(query, offset + size + 1 + window, count=not counted)
        scored = result.hits
        start = offset
        if position is not None:
            lo = max(0, offset - size - 1)
            nearby = scored[lo:offset + size + 1]
            ids = searcher.fast_field_values("id_num", [addr for _, addr in nearby]) if nearby else []
            found = next((lo + k for k, n in enumerate(ids) if n == last_id), None)
            if found is not None:
                start = found + 1
            else:  # the last hit is gone: continue after its score
                start = next((k for k, (score, _) in enumerate(scored) if score < last_score), len(scored))
                start = max(start, min(offset, len(scored)))
        page = scored[start:start + size]
        more = len(scored) > start + size
        next_pos = None
        if more and page:
            last_num = searcher.fast_field_values("id_num", [page[-1][1]])[0]
            next_pos = {"s": "score", "o": start + size, "i": int(last_num), "sc": float(page[-1][0])}
        return (None if counted else result.count), [(score, addr) for score, addr in page], next_pos

    def _hits(self, searcher: tantivy.Searcher, page: list, node: Node, highlight: bool) -> list[SearchHit]:
        match = matcher(node) if highlight else None
        hits = []
        for score, addr in page:
            stored = json.loads(searcher.doc(addr).get_first("doc"))
            text = stored.pop("text", "")
            hits.append(SearchHit(
                id=stored["id"], score=float(score) if score is not None else 0.0, title=stored["title"],
                url=stored["url"], published=stored["published"], events=stored["events"],
                region=stored["region"], event_type=stored["event_type"], status=stored["status"],
                organisers=stored["organisers"], funders=stored["funders"],
                snippet=snippet(text, match) if match is not None else "", event_ids=stored.get("event_ids") or []))
        return hits

    def _terms(self, searcher: tantivy.Searcher, query: Query, fields: dict[str, str], size: int,
               with_total: bool = False) -> tuple[dict[str, dict[str, int]], int | None]:
        """Counts of the top values of each field among the matching records, exact.

        A segment that reported only its own top values could leave out a value whose count
        is split between segments, and so miss it or undercount it; with several segments
        (an index updated in place since its last rebuild, or one too big for a single
        segment) each one reports every value it holds, which costs more per query. A single
        segment's own top values are the answer, so it reports only those: a rebuild writes
        one segment where it can, and `civic index --rebuild` restores that after many updates.
        """
        segment_size = size + 1 if searcher.num_segments <= 1 else EVERY_VALUE
        aggs: dict[str, Any] = {name: {"terms": {"field": source, "size": size + 1, "segment_size": segment_size}}
                                for name, source in fields.items()}
        # The number of matches, in the same pass over them: the sum of a one-value field's
        # counts when one is counted anyway, else a count of its own.
        summed = next((name for name, source in fields.items() if source in ONE_VALUE_FIELDS), None)
        if with_total and summed is None:
            aggs[TOTAL_AGG] = {"value_count": {"field": "id_num"}}
        result = searcher.aggregate(query, aggs)
        out = {}
        for name in fields:
            buckets = (result.get(name) or {}).get("buckets") or []
            ordered = sorted(((str(b["key"]), int(b["doc_count"])) for b in buckets if b["key"] != MISSING),
                             key=lambda kv: (-kv[1], kv[0]))
            out[name] = dict(ordered[:size])
        if not with_total:
            return out, None
        if summed is None:
            return out, int((result.get(TOTAL_AGG) or {}).get("value") or 0)
        counted = result.get(summed) or {}
        return out, sum(int(b["doc_count"]) for b in counted.get("buckets") or []) + \
            int(counted.get("sum_other_doc_count") or 0)

    @staticmethod
    def _facet_fields(request: SearchRequest) -> dict[str, str]:
        unknown = [f for f in request.facets if f not in FACET_SOURCE]
        if unknown:
            raise InvalidParameter("facets", f"unknown facet '{unknown[0]}'; one of: {', '.join(FACET_FIELDS)}")
        return {f: FACET_SOURCE[f] for f in request.facets}

    def stats(self, group_by: str, request: SearchRequest) -> dict[str, int]:
        if group_by not in GROUP_BY_FIELDS:
            raise InvalidParameter("group_by", f"unknown grouping '{group_by}'; one of: {', '.join(GROUP_BY_FIELDS)}")
        _, query, _ = self._query(request)
        counts = self._terms(self._searcher(), query, {group_by: GROUP_SOURCE[group_by]}, STATS_SIZE)[0][group_by]
        if group_by == "month":
            return dict(sorted(counts.items()))
        return counts

    def breakdown(self, request: SearchRequest, groupings: dict[str, Grouping]) -> Breakdown:
        _, query, _ = self._query(request)
        searcher = self._searcher()
        aggs = aggregations(groupings, engine="tantivy", single_segment=searcher.num_segments <= 1)
        aggs[TOTAL_AGG] = {"value_count": {"field": "id_num"}}
        result = searcher.aggregate(query, aggs)
        return Breakdown(total=int((result.get(TOTAL_AGG) or {}).get("value") or 0),
                         groups=read_aggregations(result, groupings, missing=MISSING))

    def iter_ids(self, request: SearchRequest, batch: int = 1000) -> Iterator[str]:
        _, query, sort = self._query(request)
        searcher = self._searcher()
        if sort == "relevance":
            total = searcher.search(query, 1, count=True).count
            if not total:
                return
            hits = searcher.search(query, total, count=False).hits
            for start in range(0, len(hits), batch):
                chunk = [addr for _, addr in hits[start:start + batch]]
                for num in searcher.fast_field_values("id_num", chunk):
                    yield f"{num:016x}"
            return
        field = SORT_FIELDS[sort]
        last: int | None = None
        while True:
            q = query if last is None else Query.boolean_query([
                (Occur.Must, query),
                (Occur.Must, Query.range_query(self.schema, field, FieldType.Unsigned, None, last, include_upper=False))])
            result = searcher.search(q, batch, count=False, order_by_field=field, order=Order.Desc)
            if not result.hits:
                return
            for num in searcher.fast_field_values("id_num", [addr for _, addr in result.hits]):
                yield f"{num:016x}"
            if len(result.hits) < batch:
                return
            last = int(result.hits[-1][0])
            if last == 0:
                return
