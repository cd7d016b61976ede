"""What the cluster backend sends: the versioned mapping and, for each feature of the query
language, the query DSL it becomes. (That these bodies select the same records as the
embedded index is the parity suite's job.)"""
from __future__ import annotations

import json
from datetime import date

import pytest

from index.base import FACET_FIELDS, Filters, SearchRequest
from index.document import DOCUMENT_VERSION, index_document
from index.elastic import dsl
from index.elastic.mapping import (MAPPING_VERSION, POLISH_FILE, TEMPLATE_FILE, index_body, index_pattern,
                                   index_template)
from index.query import QuerySyntaxError, parse
from index.request import InvalidParameter, encode_cursor


def query_of(text: str) -> dict:
    return dsl.compile_node(parse(text))


def walk(obj):
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield key, value
            yield from walk(value)
    elif isinstance(obj, list):
        for item in obj:
            yield from walk(item)


# ---- mapping and template ----------------------------------------------------------------------

def test_every_field_of_the_index_document_is_mapped(fixture_records):
    properties = index_template("civic")["template"]["mappings"]["properties"]
    for record in fixture_records:
        assert set(index_document(record)) <= set(properties)


def test_mapping_types_for_filters_facets_dates_and_streams():
    template = index_template("civic")
    mappings = template["template"]["mappings"]
    properties = mappings["properties"]
    assert mappings["dynamic"] == "strict"
    for name in FACET_FIELDS:
        assert properties[name]["type"] == "keyword"
    for name in ("organiser_key", "funder_key", "programme_key", "gmina_key", "months", "gmina_code", "id"):
        assert properties[name]["type"] == "keyword"
    assert properties["organiser_key"]["fields"]["words"]["analyzer"] == "civic_stream"
    assert properties["published"] == {"type": "date", "format": "yyyy-MM-dd"}
    assert properties["event_days"]["type"] == properties["published_day"]["type"] == "integer"
    for name in ("surface", "lemmas", "title_surface", "title_lemmas"):
        assert properties[name] == {"type": "text", "analyzer": "civic_stream"}
    analyzer = template["template"]["settings"]["index"]["analysis"]["analyzer"]["civic_stream"]
    assert analyzer == {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]}
    assert properties["hit"] == {"type": "object", "enabled": False}
    assert properties["text"]["index"] is False


def test_template_is_versioned_and_bound_to_the_alias():
    template = index_template("civic-test")
    assert template["index_patterns"] == [index_pattern("civic-test")] == [f"civic-test-v{MAPPING_VERSION}-*"]
    assert template["version"] == MAPPING_VERSION
    meta = template["template"]["mappings"]["_meta"]["civic"]
    assert (meta["mapping_version"], meta["document_version"]) == (MAPPING_VERSION, DOCUMENT_VERSION)
    assert TEMPLATE_FILE.name == f"civic-v{MAPPING_VERSION}.json"
    json.loads(TEMPLATE_FILE.read_text(encoding="utf-8"))


def test_the_polish_extra_adds_stemmed_fields_only_when_asked():
    plain = index_template("civic")["template"]["mappings"]
    polish = index_template("civic", polish=True)["template"]["mappings"]
    assert not any(v == "polish" for _, v in walk(plain))
    assert polish["properties"]["text"] == {"type": "text", "analyzer": "polish"}
    assert polish["properties"]["title"] == {"type": "text", "analyzer": "polish"}
    assert polish["_meta"]["civic"]["polish"] is True
    extra = json.loads(POLISH_FILE.read_text(encoding="utf-8"))
    assert set(extra["properties"]) == {"title", "text"}


def test_a_fresh_build_does_not_refresh_until_done():
    assert index_body("civic", building=True)["settings"]["index"]["refresh_interval"] == "-1"
    assert "refresh_interval" not in index_body("civic")["settings"]["index"]


# ---- the query tree ---------------------------------------------------------------------------------

def test_a_word_matches_lemma_or_folded_form_in_text_and_title():
    assert query_of("Spotkaniu") == {"bool": {"minimum_should_match": 1, "should": [
        {"term": {"title_surface": {"value": "spotkaniu", "boost": 2.0}}},
        {"term": {"title_lemmas": {"value": "spotkanie", "boost": 2.0}}},
        {"term": {"surface": {"value": "spotkaniu"}}},
        {"term": {"lemmas": {"value": "spotkanie"}}}]}}


def test_diacritics_are_folded_in_queries():
    clauses = query_of("Łęcznej")["bool"]["should"]
    assert {"term": {"lemmas": {"value": "leczna"}}} in clauses
    assert {"term": {"surface": {"value": "lecznej"}}} in clauses


def test_a_phrase_matches_in_order_on_both_streams():
    should = query_of('"Fundusz Inicjatyw Obywatelskich"')["bool"]["should"]
    assert {"match_phrase": {"surface": {"query": "fundusz inicjatyw obywatelskich", "slop": 0}}} in should
    assert {"match_phrase": {"lemmas": {"query": "fundusz inicjatywa obywatelski", "slop": 0}}} in should
    assert {"match_phrase": {"title_surface": {"query": "fundusz inicjatyw obywatelskich", "slop": 0,
                                               "boost": 2.0}}} in should


def test_a_hyphenated_word_is_a_phrase_of_its_parts():
    should = query_of("NIW-CRSO")["bool"]["should"]
    assert {"match_phrase": {"surface": {"query": "niw crso", "slop": 0}}} in should


def test_and_or_not_and_minus():
    both = query_of("szkolenie warsztaty")
    assert len(both["bool"]["must"]) == 2 and "must_not" not in both["bool"]
    either = query_of("szkolenie OR warsztaty")
    assert either["bool"]["minimum_should_match"] == 1 and len(either["bool"]["should"]) == 2
    minus = query_of("szkolenie -warsztaty")
    assert len(minus["bool"]["must"]) == 1 and len(minus["bool"]["must_not"]) == 1
    assert query_of("NOT warsztaty")["bool"]["must"] == [{"match_all": {}}]
    grouped = query_of("(szkolenie OR warsztaty) Lublin")
    assert grouped["bool"]["must"][0]["bool"]["minimum_should_match"] == 1


def test_stop_words_drop_out_of_a_conjunction_but_not_alone():
    assert query_of("spotkanie w Łęcznej") == query_of("spotkanie Łęcznej")
    alone = query_of("w")["bool"]["should"]
    assert {c_field for c in alone for c_field in c["term"]} == {"title_surface", "surface"}


def test_prefixes():
    single = query_of("Konsult*")["bool"]["should"]
    assert single == [{"prefix": {"surface": {"value": "konsult"}}}, {"prefix": {"lemmas": {"value": "konsult"}}},
                      {"prefix": {"title_surface": {"value": "konsult"}}}]
    multi = query_of("organizacji/poza*")
    assert multi["bool"]["should"][0] == {"match_phrase_prefix": {"surface": {"query": "organizacji poza"}}}
    with pytest.raises(QuerySyntaxError, match="at least 2 letters"):
        query_of("k*")


def test_field_queries():
    assert query_of("organiser:GOPS") == {"term": {"organiser_key.words": {"value": "gops"}}}
    assert query_of('organiser:"Ośrodka Pomocy"') == {
        "match_phrase": {"organiser_key.words": {"query": "osrodek pomoc", "slop": 0}}}
    # Every key of the value (lemmas and folded words), as the embedded index looks it up.
    assert query_of("gmina:Łęcznej") == {"terms": {"gmina_key": ["leczna", "lecznej"]}}
    assert query_of("gmina:Leczna") == {"terms": {"gmina_key": ["leczna"]}}
    assert query_of("gmina:0610033") == {"term": {"gmina_code": {"value": "0610033"}}}
    assert query_of("gmina:061003") == {"prefix": {"gmina_code": {"value": "061003"}}}
    assert query_of("type:Konsultacje") == {"terms": {"event_type_key": ["konsultacja", "konsultacje"]}}
    assert query_of("status:Upcoming") == {"term": {"status": {"value": "upcoming"}}}
    title = query_of("title:forum")["bool"]["should"]
    assert {f for c in title for f in c["term"]} == {"title_surface", "title_lemmas"}
    assert query_of("funder:EFS*") == {"prefix": {"funder_key.words": {"value": "efs"}}}


def test_user_text_never_becomes_engine_query_syntax():
    for text in ['title:* OR _exists_:text', '{"script": {"source": "1"}}', 'a\\" OR b', "lemmas:x^100"]:
        try:
            body = dsl.compile_search(SearchRequest(query=text)).body
        except QuerySyntaxError:
            continue
        keys = {k for k, _ in walk(body)}
        assert not keys & {"query_string", "simple_query_string", "script", "script_score", "regexp", "wildcard"}


# ---- filters, sorts, facets, paging -------------------------------------------------------------------

def test_filters_are_non_scoring_clauses():
    filters = Filters(voivodeship=["łódzkie", "06"], gmina=["061003"],
                      organiser=["Gminnego Ośrodka Pomocy Społecznej"], event_type=["Debata"],
                      status=["Past"], source=["Leczna-UM"], source_type=["NGO"],
                      date_from=date(2024, 1, 1), date_to=date(2024, 12, 31), published_from=date(2023, 5, 1))
    body = dsl.compile_query(parse("szkolenie"), filters)
    assert body["bool"]["must"] == [query_of("szkolenie")]
    clauses = body["bool"]["filter"]
    assert {"bool": {"should": [{"terms": {"voivodeship_key": ["lodzki", "lodzkie"]}},
                                {"term": {"voivodeship_code": {"value": "06"}}}], "minimum_should_match": 1}} in clauses
    assert {"prefix": {"gmina_code": {"value": "061003"}}} in clauses
    assert {"terms": {"organiser_key": ["gminnego osrodka pomocy spolecznej", "gminny osrodek pomoc spoleczny"]}} \
        in clauses
    assert {"terms": {"event_type_key": ["debata"]}} in clauses
    assert {"terms": {"status": ["past"]}} in clauses
    assert {"terms": {"source": ["Leczna-UM"]}} in clauses
    assert {"terms": {"source_type": ["ngo"]}} in clauses
    assert {"range": {"event_days": {"gte": 20240101, "lte": 20241231}}} in clauses
    assert {"range": {"published_day": {"gte": 20230501}}} in clauses


def test_sorts_break_ties_by_id_and_wordless_relevance_means_newest():
    assert dsl.compile_search(SearchRequest(query="szkolenie")).body["sort"] == [
        {"_score": {"order": "desc"}}, {"id": "desc"}]
    assert dsl.compile_search(SearchRequest(query="szkolenie", sort="event_date")).body["sort"] == [
        {"event_first": {"order": "desc", "missing": "_last"}}, {"id": "desc"}]
    filtered_only = dsl.compile_search(SearchRequest(query="gmina:Łęczna"))
    assert filtered_only.sort == "published"
    assert filtered_only.body["sort"][0] == {"published_day": {"order": "desc", "missing": "_last"}}
    with pytest.raises(InvalidParameter):
        dsl.compile_search(SearchRequest(sort="alphabetical"))


def test_facets_are_terms_aggregations_with_exact_totals():
    body = dsl.compile_search(SearchRequest(facets=("voivodeship", "funder"), facet_size=5)).body
    assert body["track_total_hits"] is True
    assert body["aggs"] == {name: {"terms": {"field": name, "size": 5, "shard_size": 100,
                                             "order": [{"_count": "desc"}, {"_key": "asc"}]}}
                            for name in ("voivodeship", "funder")}
    assert "aggs" not in dsl.compile_search(SearchRequest(facets=())).body


def test_pages_and_cursors():
    page3 = dsl.compile_search(SearchRequest(query="szkolenie", size=10, page=3)).body
    assert (page3["from"], page3["size"]) == (20, 10) and "search_after" not in page3
    last = dsl.compile_search(SearchRequest(query="szkolenie", size=100, page=100)).body
    assert last["from"] + last["size"] <= 10_000   # the deepest numbered page fits the result window
    request = SearchRequest(query="szkolenie", sort="published", size=10)
    request.cursor = encode_cursor(request, {"s": "published", "a": [20240301, "0123456789abcdef"]})
    after = dsl.compile_search(request).body
    assert after["search_after"] == [20240301, "0123456789abcdef"] and "from" not in after
    assert after["size"] == 11   # one more than shown: is there a next page?
    other = SearchRequest(query="szkolenie", sort="published", size=10)
    other.cursor = encode_cursor(other, {"s": "relevance", "a": [1.5, "0123456789abcdef"]})
    with pytest.raises(InvalidParameter):
        dsl.compile_search(other)


def test_stats_group_by_month_and_fields():
    assert dsl.compile_stats("month", SearchRequest())["aggs"]["month"]["terms"]["field"] == "months"
    assert dsl.compile_stats("funder", SearchRequest())["aggs"]["funder"]["terms"]["size"] == dsl.STATS_SIZE
    assert dsl.compile_stats("month", SearchRequest())["size"] == 0
    with pytest.raises(InvalidParameter):
        dsl.compile_stats("colour", SearchRequest())
    answer = {"aggregations": {"month": {"buckets": [{"key": "2024-03", "doc_count": 1},
                                                     {"key": "2023-10", "doc_count": 4}]}}}
    assert list(dsl.read_stats(answer, "month")) == ["2023-10", "2024-03"]


def test_the_stemmed_extra_only_adds_to_the_score():
    plain = dsl.compile_query(parse("spotkaniu -debata"), Filters())
    boosted = dsl.compile_query(parse("spotkaniu -debata"), Filters(), polish=True)
    assert boosted["bool"]["must"] == [plain]
    assert boosted["bool"]["should"][0] == {"match": {"text": {"query": "spotkaniu"}}}


def test_reading_an_answer(fixture_records):
    record = fixture_records[0]
    doc = index_document(record)
    request = SearchRequest(query="Łęcznej", sort="published", size=1, facets=("status",))
    compiled = dsl.compile_search(request)
    answer = {"hits": {"total": {"value": 2, "relation": "eq"}, "hits": [
        {"_id": doc["id"], "_score": None, "sort": [20231010, doc["id"]],
         "_source": {"id": doc["id"], "text": doc["text"], "hit": doc["hit"]}},
        {"_id": "f" * 16, "_score": None, "sort": [20200101, "f" * 16], "_source": {}}]},
        "aggregations": {"status": {"buckets": [{"key": "past", "doc_count": 2}]}}}
    result = dsl.read_search(answer, request, compiled)
    assert result.total == 2 and [h.id for h in result.hits] == [doc["id"]]
    assert result.hits[0].title == record["title"] and result.hits[0].score == 0.0
    assert "<mark>Łęcznej</mark>" in result.hits[0].snippet
    assert result.facets == {"status": {"past": 2}}
    assert result.next_cursor is not None
