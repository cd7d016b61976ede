"""The query tree, filters, sorts, facets and paging as Elasticsearch query DSL.

Clause for clause the same query the embedded index builds (index/embedded.py), over the
same prepared fields (index/document.py): a word matches its lemma or its folded form in
the text or the title, phrases match in order on the same streams, filters compare the
same `*_key`s and codes. So both engines select the same records; only relevance scores
differ. User text only ever becomes term values, never query-string syntax.

Snippets are not the engine's highlights: those would mark tokens of the lemma streams,
which no reader should see. The shared highlighter (index/highlight.py) marks the original
words of the stored text, so a result looks the same on either backend.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from index.analysis import is_stop_term, name_keys, query_word
from index.base import FACET_FIELDS, GROUP_BY_FIELDS, SORTS, Filters, SearchHit, SearchRequest, SearchResult
from index.highlight import matcher, snippet
from index.query import (And, MatchAll, Node, Not, Or, Phrase, Prefix, QuerySyntaxError, Term,
                         has_ranking_words, parse)
from index.request import InvalidParameter, decode_cursor, encode_cursor
from nlp.morph import fold

MIN_PREFIX_CHARS = 2
STATS_SIZE = 10_000
TITLE_BOOST = 2.0
NAMED_FIELDS = ("organiser", "funder", "programme")
REGION_FIELDS = ("voivodeship", "powiat", "gmina")
FACET_SOURCE = {f: f for f in FACET_FIELDS}
GROUP_SOURCE = {**FACET_SOURCE, "month": "months"}
# Field sorts: newest first, records without the date last, ties broken by id (as the embedded index does).
SORT_CLAUSES = {
    "event_date": [{"event_first": {"order": "desc", "missing": "_last"}}, {"id": "desc"}],
    "published": [{"published_day": {"order": "desc", "missing": "_last"}}, {"id": "desc"}],
    "relevance": [{"_score": {"order": "desc"}}, {"id": "desc"}],
}
SOURCE_FIELDS = ["id", "text", "hit"]
MATCH_ALL: dict[str, Any] = {"match_all": {}}


def _any_of(clauses: list[dict[str, Any]]) -> dict[str, Any]:
    if not clauses:
        return {"match_none": {}}
    if len(clauses) == 1:
        return clauses[0]
    return {"bool": {"should": clauses, "minimum_should_match": 1}}


def _term(field: str, value: str) -> dict[str, Any]:
    return {"term": {field: {"value": value}}}


def _phrase(field: str, words: tuple[str, ...], boost: float | None = None) -> dict[str, Any]:
    """Tokens in this order. The streams hold prepared tokens, so a single one is a term."""
    if len(words) == 1:
        clause = {"term": {field: {"value": words[0]}}}
        if boost:
            clause["term"][field]["boost"] = boost
        return clause
    clause = {"match_phrase": {field: {"query": " ".join(words), "slop": 0}}}
    if boost:
        clause["match_phrase"][field]["boost"] = boost
    return clause


def _prefix(field: str, value: str) -> dict[str, Any]:
    return {"prefix": {field: {"value": value}}}


def _keys(field: str, values: list[str]) -> dict[str, Any]:
    """Records whose name field shares a key with any of the values: every key of every value
    (lemmas and folded words, index.analysis.name_keys), as the embedded index looks them up."""
    return {"terms": {field: sorted({k for v in values for k in name_keys(v)})}}


def _phrase_words(node_words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    parts = [query_word(w) for w in node_words]
    return tuple(s for p in parts for s in p.surfaces), tuple(lem for p in parts for lem in p.lemmas)


def text_words(surfaces: tuple[str, ...], lemmas: tuple[str, ...], title_only: bool = False) -> dict[str, Any]:
    """Words in this order, matched by lemma or by folded form, in the text or the title."""
    stop = len(surfaces) == 1 and query_word(surfaces[0]).is_stopword
    clauses = [_phrase("title_surface", surfaces, TITLE_BOOST)]
    if not stop:
        clauses.append(_phrase("title_lemmas", lemmas, TITLE_BOOST))
    if not title_only:
        clauses.append(_phrase("surface", surfaces))
        if not stop:
            clauses.append(_phrase("lemmas", lemmas))
    return _any_of(clauses)


def region(field: str, value: str) -> dict[str, Any]:
    """A region by TERYT code (a 6-digit gmina code covers its 7-digit kinds) or by name."""
    value = value.strip()
    if value.isdigit():
        if field == "gmina" and len(value) == 6:
            return _prefix("gmina_code", value)
        return _term(f"{field}_code", value)
    return _keys(f"{field}_key", [value])


def field_words(field: str, words: tuple[str, ...]) -> dict[str, Any]:
    """`organiser:…`, `gmina:…`, `type:…` and the like, as typed in a query."""
    if field == "title":
        surfaces, lemmas = _phrase_words(words)
        return text_words(surfaces, lemmas, title_only=True)
    if field in NAMED_FIELDS:
        _, lemmas = _phrase_words(words)
        return _phrase(f"{field}_key.words", lemmas)
    value = " ".join(words)
    if field in REGION_FIELDS:
        return region(field, value)
    if field == "event_type":
        return _keys("event_type_key", [value])
    return _term(field, value.lower())


def prefix(node: Prefix) -> dict[str, Any]:
    key = fold(node.text).split()
    if not key or len(key[-1]) < MIN_PREFIX_CHARS and len(key) == 1:
        raise QuerySyntaxError(f"'{node.text}*': a prefix needs at least {MIN_PREFIX_CHARS} letters before *")
    field = node.field
    if field in (None, "title"):
        fields = ("title_surface", "title_lemmas") if field == "title" else ("surface", "lemmas", "title_surface")
        if len(key) > 1:
            return _any_of([{"match_phrase_prefix": {f: {"query": " ".join(key)}}}
                            for f in fields if f.endswith("surface")])
        return _any_of([_prefix(f, key[0]) for f in fields])
    if field in NAMED_FIELDS:
        if len(key) == 1:
            return _prefix(f"{field}_key.words", key[0])
        return {"match_phrase_prefix": {f"{field}_key.words": {"query": " ".join(key)}}}
    if field in REGION_FIELDS:
        return _prefix(f"{field}_key", " ".join(key))
    if field == "event_type":
        return _any_of([_prefix("event_type", " ".join(key)), _prefix("event_type_key", " ".join(key))])
    return _prefix(field, node.text.lower())


def compile_node(node: Node) -> dict[str, Any]:
    """One node of the query tree as a DSL query."""
    if isinstance(node, MatchAll):
        return MATCH_ALL
    if isinstance(node, Term):
        if node.field is not None:
            return field_words(node.field, (node.text,))
        qw = query_word(node.text)
        if not qw.surfaces:
            return MATCH_ALL
        return text_words(qw.surfaces, qw.lemmas)
    if isinstance(node, Phrase):
        if node.field is not None:
            return field_words(node.field, node.words)
        surfaces, lemmas = _phrase_words(node.words)
        if not surfaces:
            return MATCH_ALL
        return text_words(surfaces, lemmas)
    if isinstance(node, Prefix):
        return prefix(node)
    if isinstance(node, Not):
        return {"bool": {"must": [MATCH_ALL], "must_not": [compile_node(node.child)]}}
    if isinstance(node, Or):
        return {"bool": {"should": [compile_node(c) for c in node.children], "minimum_should_match": 1}}
    if isinstance(node, And):
        children = list(node.children)
        # Stop words add nothing to a conjunction with other words ("spotkanie w Łęcznej").
        content = [c for c in children if not is_stop_term(c)]
        if any(not isinstance(c, Not) for c in content):
            children = content
        must = [compile_node(c) for c in children if not isinstance(c, Not)]
        must_not = [compile_node(c.child) for c in children if isinstance(c, Not)]
        clause: dict[str, Any] = {"must": must or [MATCH_ALL]}
        if must_not:
            clause["must_not"] = must_not
        return {"bool": clause}
    raise QuerySyntaxError(f"unsupported query part: {node!r}")


def _day(d: date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def _day_range(field: str, low: date | None, high: date | None) -> dict[str, Any]:
    bounds = {}
    if low:
        bounds["gte"] = _day(low)
    if high:
        bounds["lte"] = _day(high)
    return {"range": {field: bounds}}


def compile_filters(filters: Filters) -> list[dict[str, Any]]:
    """Structured filters as non-scoring clauses (each list means any of its values)."""
    out: list[dict[str, Any]] = []
    for field in REGION_FIELDS:
        values = getattr(filters, field)
        if values:
            out.append(_any_of([region(field, v) for v in values]))
    for field in NAMED_FIELDS:
        values = getattr(filters, field)
        if values:
            out.append(_keys(f"{field}_key", values))
    if filters.event_type:
        out.append(_keys("event_type_key", filters.event_type))
    for field in ("status", "source", "source_type"):
        values = getattr(filters, field)
        if values:
            out.append({"terms": {field: [v.strip() if field == "source" else v.strip().lower() for v in values]}})
    if filters.date_from or filters.date_to:
        out.append(_day_range("event_days", filters.date_from, filters.date_to))
    if filters.published_from or filters.published_to:
        out.append(_day_range("published_day", filters.published_from, filters.published_to))
    return out


def _positive_words(node: Node) -> list[str]:
    """Words of the query that count for the text (for the optional stemmed-field boost)."""
    if isinstance(node, Term) and node.field is None:
        return [node.text]
    if isinstance(node, Phrase) and node.field is None:
        return list(node.words)
    if isinstance(node, (And, Or)):
        return [w for c in node.children for w in _positive_words(c)]
    return []


def compile_query(node: Node, filters: Filters, *, polish: bool = False) -> dict[str, Any]:
    """The whole query: the tree must match, filters restrict without scoring.

    With the analysis-stempel extra, the stemmed original text adds to the score only
    (a `should` beside a `must`), so the set of matches never depends on the plugin.
    """
    main = compile_node(node)
    extra = compile_filters(filters)
    boost = []
    if polish and (words := _positive_words(node)):
        text = " ".join(words)
        boost = [{"match": {"text": {"query": text}}}, {"match": {"title": {"query": text, "boost": TITLE_BOOST}}}]
    if not extra and not boost:
        return main
    clause: dict[str, Any] = {"must": [main]}
    if extra:
        clause["filter"] = extra
    if boost:
        clause["should"] = boost
    return {"bool": clause}


def _facet_aggs(fields: dict[str, str], size: int) -> dict[str, Any]:
    return {name: {"terms": {"field": source, "size": size, "shard_size": max(size * 10, 100),
                             "order": [{"_count": "desc"}, {"_key": "asc"}]}}
            for name, source in fields.items()}


def effective_sort(node: Node, sort: str) -> str:
    if sort not in SORTS:
        raise InvalidParameter("sort", f"unknown sort '{sort}'; one of: {', '.join(SORTS)}")
    if sort == "relevance" and not has_ranking_words(node):
        return "published"  # nothing to rank by: newest first
    return sort


@dataclass(frozen=True)
class CompiledSearch:
    node: Node
    sort: str
    size: int
    offset: int | None               # where a numbered page starts; None when following a cursor
    body: dict[str, Any]


def compile_search(request: SearchRequest, *, polish: bool = False) -> CompiledSearch:
    """The `_search` body for a request.

    A numbered page asks for exactly its hits (the total says whether more follow), so the
    last page allowed still fits the index's result window; a cursor page asks for one
    more hit than it shows, to know whether there is a next.
    """
    node = parse(request.query)
    sort = effective_sort(node, request.sort)
    size = max(1, min(request.size, 10_000))
    body: dict[str, Any] = {
        "query": compile_query(node, request.filters, polish=polish),
        "size": size,
        "track_total_hits": True,
        "sort": SORT_CLAUSES[sort],
        "_source": SOURCE_FIELDS,
    }
    position = decode_cursor(request)
    offset = None
    if position is not None:
        after = position.get("a")
        if position.get("s") != sort or not isinstance(after, list) or len(after) != len(SORT_CLAUSES[sort]):
            raise InvalidParameter("cursor", "malformed cursor; use the next_cursor value of a previous result")
        body["search_after"] = after
        body["size"] = size + 1
    else:
        offset = (max(1, request.page) - 1) * size
        body["from"] = offset
    if request.facets:
        unknown = [f for f in request.facets if f not in FACET_SOURCE]
        if unknown:
            raise InvalidParameter("facets", f"unknown facet '{unknown[0]}'; one of: {', '.join(FACET_FIELDS)}")
        body["aggs"] = _facet_aggs({f: FACET_SOURCE[f] for f in request.facets}, max(1, request.facet_size))
    return CompiledSearch(node, sort, size, offset, body)


def _buckets(aggregations: dict[str, Any], name: str) -> dict[str, int]:
    buckets = (aggregations.get(name) or {}).get("buckets") or []
    ordered = sorted(((str(b["key"]), int(b["doc_count"])) for b in buckets), key=lambda kv: (-kv[1], kv[0]))
    return dict(ordered)


def read_search(response: dict[str, Any], request: SearchRequest, compiled: CompiledSearch) -> SearchResult:
    """A SearchResult from a `_search` answer, with snippets cut by the shared highlighter."""
    raw_hits = response["hits"]["hits"]
    total = response["hits"]["total"]
    total = int(total["value"] if isinstance(total, dict) else total)
    page = raw_hits[:compiled.size]
    if compiled.offset is None:
        more = len(raw_hits) > compiled.size
    else:
        more = compiled.offset + len(page) < total
    match = matcher(compiled.node) if request.highlight else None
    hits = []
    for raw in page:
        source = raw.get("_source") or {}
        shown = source.get("hit") or {}
        hits.append(SearchHit(
            id=source.get("id") or raw["_id"],
            score=float(raw["_score"]) if compiled.sort == "relevance" and raw.get("_score") is not None else 0.0,
            title=shown.get("title", ""), url=shown.get("url", ""), published=shown.get("published"),
            events=shown.get("events") or [], region=shown.get("region") or {},
            event_type=shown.get("event_type"), status=shown.get("status"),
            organisers=shown.get("organisers") or [], funders=shown.get("funders") or [],
            snippet=snippet(source.get("text") or "", match) if match is not None else "",
            event_ids=shown.get("event_ids") or []))
    next_cursor = None
    if more and page:
        next_cursor = encode_cursor(request, {"s": compiled.sort, "a": page[-1]["sort"]})
    aggregations = response.get("aggregations") or {}
    facets = {name: _buckets(aggregations, name) for name in request.facets} if request.facets else {}
    return SearchResult(total=total, hits=hits, facets=facets, next_cursor=next_cursor)


def compile_stats(group_by: str, request: SearchRequest) -> dict[str, Any]:
    """Counts of matching records per value of one grouping (months as YYYY-MM)."""
    if group_by not in GROUP_BY_FIELDS:
        raise InvalidParameter("group_by", f"unknown grouping '{group_by}'; one of: {', '.join(GROUP_BY_FIELDS)}")
    node = parse(request.query)
    effective_sort(node, request.sort)
    return {"query": compile_query(node, request.filters), "size": 0, "track_total_hits": True,
            "aggs": _facet_aggs({group_by: GROUP_SOURCE[group_by]}, STATS_SIZE)}


def compile_breakdown(request: SearchRequest, aggs: dict[str, Any]) -> dict[str, Any]:
    """The matching records counted by several groupings at once (index.breakdown builds `aggs`)."""
    node = parse(request.query)
    effective_sort(node, request.sort)
    return {"query": compile_query(node, request.filters), "size": 0, "track_total_hits": True, "aggs": aggs}


def read_total(response: dict[str, Any]) -> int:
    total = response["hits"]["total"]
    return int(total["value"] if isinstance(total, dict) else total)


def read_stats(response: dict[str, Any], group_by: str) -> dict[str, int]:
    counts = _buckets(response.get("aggregations") or {}, group_by)
    return dict(sorted(counts.items())) if group_by == "month" else counts


def compile_scan(request: SearchRequest, page_size: int) -> dict[str, Any]:
    """The first page of a full walk in the request's order (continued with `search_after`)."""
    node = parse(request.query)
    sort = effective_sort(node, request.sort)
    return {"query": compile_query(node, request.filters), "size": page_size, "sort": SORT_CLAUSES[sort],
            "_source": False, "track_total_hits": False}
