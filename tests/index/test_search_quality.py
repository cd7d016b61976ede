"""Search quality on the fixture records: Polish inflection, diacritics, phrases, every
operator, filter, facet and sort, paging, snippets and malformed queries."""
from __future__ import annotations

import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.base import FACET_FIELDS, Filters, SearchRequest
from index.document import index_document
from index.embedded import EmbeddedIndex
from index.query import QuerySyntaxError
from index.request import InvalidCursor, build_request
from pipeline.schema import record_id


@pytest.fixture(scope="module")
def index(tmp_path_factory, fixture_records):
    backend = EmbeddedIndex(tmp_path_factory.mktemp("quality") / "civic.index")
    backend.rebuild(fixture_records)
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def by_id(fixture_records):
    return {r["id"]: r for r in fixture_records}


def ids(index, query="", size=100, **filters):
    result = index.search(SearchRequest(query=query, filters=Filters(**filters), size=size, facets=()))
    assert result.total == len(result.hits) or size < result.total
    return [h.id for h in result.hits]


def having(records, pattern, field="text"):
    """Ids of records whose field matches a regular expression (case-insensitive)."""
    return {r["id"] for r in records if re.search(pattern, r[field] + " " + r["title"] if field == "text" else
                                                  r[field], re.IGNORECASE)}


# ---- Polish words -------------------------------------------------------------------------

def test_inflected_query_finds_other_forms(index, fixture_records, by_id):
    found = set(ids(index, "spotkaniu organizacjach"))
    leczna = next(r["id"] for r in fixture_records if r["title"].startswith("Społeczność lokalna"))
    assert leczna in found  # its text says "spotkanie organizacji pozarządowych"
    assert "spotkaniu organizacjach" not in by_id[leczna]["text"]
    for rid in found:  # every hit has both words in some form
        text = (by_id[rid]["title"] + " " + by_id[rid]["text"]).lower()
        assert re.search(r"spotka", text) and re.search(r"organizac", text)


@pytest.mark.parametrize("variants", [
    ("Łęczna", "Łęcznej", "Leczna", "lecznej", "ŁĘCZNA"),
    ("Łódź", "Łodzi", "Lodz", "lodzi"),
    ("Kraków", "Krakowie", "Krakow", "Krakowa"),
    ("konsultacje", "konsultacji", "konsultacjach", "konsultacja"),
])
def test_every_form_and_diacritic_free_spelling_finds_the_same(index, variants):
    results = [set(ids(index, v)) for v in variants]
    assert results[0], variants[0]
    assert all(r == results[0] for r in results), dict(zip(variants, results))


def test_diacritic_free_query_finds_the_place(index, fixture_records):
    assert having(fixture_records, r"Łęczn") <= set(ids(index, "Leczna"))
    assert having(fixture_records, r"\b(Łódź|Łodzi)\b") <= set(ids(index, "Lodz"))


def test_stop_words_do_not_narrow_a_query(index):
    assert set(ids(index, "spotkanie w Łęcznej")) == set(ids(index, "spotkanie Łęcznej"))


# ---- phrases and operators ------------------------------------------------------------------

def test_exact_phrase(index, fixture_records):
    found = ids(index, '"Fundusz Inicjatyw Obywatelskich"')
    exact = having(fixture_records, r"Fundusz Inicjatyw Obywatelskich")
    inflected = having(fixture_records, r"Fundusz\w* Inicjatyw Obywatelskich")
    assert exact and exact < inflected
    assert set(found) == inflected  # the words in this order, in any form
    assert set(ids(index, '"Funduszu Inicjatyw Obywatelskich"')) == inflected
    # Diacritic-free words the dictionary does not know still match the same forms.
    plain = set(ids(index, '"organizacji pozarzadowych"'))
    assert plain == having(fixture_records, r"organizacji pozarządowych")
    assert plain < set(ids(index, '"organizacji pozarządowych"'))  # which also finds other cases


def test_phrase_needs_order_and_adjacency(index, fixture_records):
    assert ids(index, '"Obywatelskich Inicjatyw Fundusz"') == []
    words = set(ids(index, "spotkanie organizacji"))
    phrase = set(ids(index, '"spotkanie organizacji"'))
    assert phrase and phrase < words  # "spotkanie z organizacjami" has both words, not the phrase
    assert ids(index, '"pozarządowych organizacji"') == []


def test_long_phrase_needs_its_words_in_a_row(tmp_path, fixture_records):
    """A phrase of dictionary words is looked up by its adjacent word pairs; a record holding
    every pair, but not in one run, or split between title and text, is not a match."""
    texts = {
        "inflected": ("Szkolenie", "Zapraszamy na szkolenie o przeciwdziałaniu przemocy w rodzinie."),
        "pairs apart": ("Szkolenie", "Przemoc w rodzinie to problem, a przeciwdziałanie przemocy wymaga pracy."),
        "other place": ("Szkolenie", "Przeciwdziałanie przemocy w szkole i w rodzinie."),
        "title and text": ("Przeciwdziałanie przemocy", "W rodzinie bywa różnie."),
    }
    records = {}
    for n, (name, (title, text)) in enumerate(texts.items()):
        url = f"{fixture_records[0]['url']}?phrase={n}"
        records[name] = dict(fixture_records[0], url=url, id=record_id(url), title=title, text=text)
    backend = EmbeddedIndex(tmp_path / "ix")
    backend.upsert(records.values())
    found = lambda query: {name for name, r in records.items() if r["id"] in ids(backend, query)}  # noqa: E731
    assert found('"przeciwdziałanie przemocy w rodzinie"') == {"inflected"}
    assert found('"przemocy w rodzinie"') == {"inflected", "pairs apart"}
    assert found('"przeciwdziałanie przemocy"') == {"inflected", "pairs apart", "other place", "title and text"}
    assert found('"w rodzinie"') == {"inflected", "pairs apart", "other place", "title and text"}
    assert found("przeciwdziałanie przemocy w rodzinie") == set(texts)
    backend.close()


def test_or_and_not(index, fixture_records):
    szkol = set(ids(index, "szkolenie"))
    warsz = set(ids(index, "warsztaty"))
    assert set(ids(index, "szkolenie OR warsztaty")) == szkol | warsz
    assert set(ids(index, "szkolenie AND warsztaty")) == szkol & warsz
    assert set(ids(index, "szkolenie warsztaty")) == szkol & warsz
    assert set(ids(index, "szkolenie -warsztaty")) == szkol - warsz
    assert set(ids(index, "szkolenie NOT warsztaty")) == szkol - warsz
    everything = {r["id"] for r in fixture_records}
    assert set(ids(index, "-szkolenie")) == everything - szkol
    assert set(ids(index, "NOT NOT szkolenie")) == szkol


def test_parentheses_group(index):
    lodz = set(ids(index, "Łódź"))
    assert set(ids(index, "(szkolenie OR konferencja) Łódź")) == \
        (set(ids(index, "szkolenie")) | set(ids(index, "konferencja"))) & lodz


def test_prefix(index, fixture_records):
    found = set(ids(index, "konsult*"))
    assert found == having(fixture_records, r"\bkonsult")
    assert set(ids(index, "Konsult*")) == found
    with pytest.raises(QuerySyntaxError, match="at least 2 letters"):
        index.search(SearchRequest(query="k*"))


def test_field_queries(index, fixture_records, by_id):
    gops = set(ids(index, 'organiser:"Gminnego Ośrodka Pomocy Społecznej"'))
    assert gops == {r["id"] for r in fixture_records
                    if any("Gminn" in o["name"] and "Ośrod" in o["name"] for o in r["organisers"])}
    assert set(ids(index, "funder:PFRON")) == {r["id"] for r in fixture_records
                                               if any(f["funder"] == "PFRON" for f in r["funding"])}
    assert set(ids(index, "programme:NOWEFIO")) == {r["id"] for r in fixture_records
                                                    if any(f["programme"] == "NOWEFIO" for f in r["funding"])}
    leczna = {r["id"] for r in fixture_records if r["region"]["gmina"] == "Łęczna"}
    assert set(ids(index, "gmina:Łęczna")) == leczna
    assert set(ids(index, "gmina:Łęcznej")) == leczna
    assert set(ids(index, "gmina:0610033")) == leczna
    assert set(ids(index, "type:szkolenie")) == {r["id"] for r in fixture_records if r["event_type"] == "szkolenie"}
    assert set(ids(index, "type:szkolenia")) == set(ids(index, "type:szkolenie"))
    assert set(ids(index, "status:cancelled")) == {r["id"] for r in fixture_records if r["status"] == "cancelled"}
    assert set(ids(index, "title:Łęcznej")) == {r["id"] for r in fixture_records if "Łęczn" in r["title"]}
    assert set(ids(index, "voivodeship:łódzkie")) == {r["id"] for r in fixture_records
                                                      if r["region"]["voivodeship"] == "łódzkie"}
    assert set(ids(index, "szkolenie -type:szkolenie")) == \
        set(ids(index, "szkolenie")) - set(ids(index, "type:szkolenie"))


# ---- filters ------------------------------------------------------------------------------

def _expect(records, predicate):
    return {r["id"] for r in records if predicate(r)}


@pytest.mark.parametrize("filters, predicate", [
    ({"voivodeship": ["lubelskie"]}, lambda r: r["region"]["voivodeship"] == "lubelskie"),
    ({"voivodeship": ["06"]}, lambda r: r["region"]["voivodeship"] == "lubelskie"),
    ({"voivodeship": ["Lodzkie", "pomorskie"]}, lambda r: r["region"]["voivodeship"] in ("łódzkie", "pomorskie")),
    ({"powiat": ["łęczyński"]}, lambda r: r["region"]["powiat"] == "łęczyński"),
    ({"powiat": ["0610"]}, lambda r: r["region"]["powiat"] == "łęczyński"),
    ({"gmina": ["Łęczna"]}, lambda r: r["region"]["gmina"] == "Łęczna"),
    ({"gmina": ["0610033"]}, lambda r: r["region"]["gmina"] == "Łęczna"),
    ({"gmina": ["061003"]}, lambda r: r["region"]["gmina"] == "Łęczna"),
    ({"gmina": ["Leczna", "Łodzi"]}, lambda r: r["region"]["gmina"] in ("Łęczna", "Łódź")),
    ({"organiser": ["Gminnego Ośrodka Pomocy Społecznej w Łęcznej"]},
     lambda r: any(o["name"].endswith("Pomocy Społecznej w Łęcznej") for o in r["organisers"])),
    ({"funder": ["Europejski Fundusz Społeczny Plus"]},
     lambda r: any(f["funder"] == "Europejski Fundusz Społeczny Plus" for f in r["funding"])),
    ({"funder": ["PFRON", "budżet państwa"]}, lambda r: any(f["funder"] in ("PFRON", "budżet państwa")
                                                           for f in r["funding"])),
    ({"programme": ["Fundusz Inicjatyw Obywatelskich"]},
     lambda r: any(f["programme"] == "Fundusz Inicjatyw Obywatelskich" for f in r["funding"])),
    ({"event_type": ["konsultacje"]}, lambda r: r["event_type"] == "konsultacje"),
    ({"status": ["upcoming"]}, lambda r: r["status"] == "upcoming"),
    ({"source": ["rops-lublin"]}, lambda r: r["source_id"] == "rops-lublin"),
    ({"source_type": ["ngo", "rops"]}, lambda r: r["source_type"] in ("ngo", "rops")),
    ({"date_from": date(2021, 11, 24), "date_to": date(2021, 11, 30)},  # overlaps a 23-24 Nov event
     lambda r: any("2021-11-24" <= e["start"][:10] <= "2021-11-30" or
                   (e["start"][:10] < "2021-11-24" <= (e["end"] or e["start"])[:10]) for e in r["events"])),
    ({"date_from": date(2026, 1, 1)}, lambda r: any(e["start"][:10] >= "2026-01-01" for e in r["events"])),
    ({"date_to": date(2015, 12, 31)}, lambda r: any(e["start"][:10] <= "2015-12-31" for e in r["events"])),
    ({"published_from": date(2024, 1, 1), "published_to": date(2024, 12, 31)},
     lambda r: r["published"] is not None and "2024-01-01" <= r["published"] <= "2024-12-31"),
    ({"voivodeship": ["lubelskie"], "event_type": ["szkolenie"]},
     lambda r: r["region"]["voivodeship"] == "lubelskie" and r["event_type"] == "szkolenie"),
])
def test_filters(index, fixture_records, filters, predicate):
    expected = _expect(fixture_records, predicate)
    assert expected, "the fixture must contain matching records"
    assert set(ids(index, **filters)) == expected


def test_filters_combine_with_a_query(index, fixture_records):
    found = set(ids(index, "spotkanie", voivodeship=["lubelskie"]))
    assert found == set(ids(index, "spotkanie")) & _expect(fixture_records,
                                                           lambda r: r["region"]["voivodeship"] == "lubelskie")


# ---- facets and stats ---------------------------------------------------------------------

def test_every_facet_counts_the_matching_records(index, fixture_records):
    result = index.search(SearchRequest(query="", filters=Filters(voivodeship=["lubelskie"]), size=1))
    assert set(result.facets) == set(FACET_FIELDS)
    docs = [index_document(r) for r in fixture_records if r["region"]["voivodeship"] == "lubelskie"]
    for field in FACET_FIELDS:
        expected = Counter()
        for doc in docs:
            values = doc[field] if isinstance(doc[field], list) else [doc[field]]
            expected.update({v for v in values if v})
        assert result.facets[field] == dict(expected), field
    # Inflected spellings of one organiser are counted together, under the nominative.
    assert result.facets["organiser"]["Gminny Ośrodek Pomocy Społecznej w Łęcznej"] == 2


@pytest.mark.parametrize("query", ["", "spotkanie", "Łódź", "szkolenie OR warsztaty -online",
                                   '"Fundusz Inicjatyw Obywatelskich"', "zzzz"])
def test_total_does_not_depend_on_the_facets_asked_for(index, query):
    """The total comes with the facet counts when there are any; it must be the same number
    whichever facets (and how many values of each) are asked for."""
    expected = len(list(index.iter_ids(SearchRequest(query=query))))
    for facets in [(), FACET_FIELDS, ("voivodeship", "organiser"), ("status",), ("funder",)]:
        for facet_size in (1, 20):
            result = index.search(SearchRequest(query=query, size=1, facets=facets, facet_size=facet_size))
            assert result.total == expected, (facets, facet_size)


def test_concurrent_searches_agree_with_one_at_a_time(index):
    """The API searches one index from many threads at once, each counting facets beside
    its ranking: every answer must be the one a lone search gives."""
    requests = [SearchRequest(query=q, facets=FACET_FIELDS, size=5)
                for q in ("spotkanie", "Łódź", "", "szkolenie OR warsztaty", '"organizacji pozarządowych"')]
    expected = [index.search(r).to_dict() for r in requests]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda r: index.search(r).to_dict(), requests * 20))
    assert got == expected * 20


def test_facet_counts_follow_the_query(index, by_id):
    result = index.search(SearchRequest(query="Łódź", size=100))
    assert result.facets["voivodeship"] == dict(Counter(by_id[h.id]["region"]["voivodeship"] for h in result.hits))
    assert sum(result.facets["event_type"].values()) == result.total


def test_stats(index, fixture_records):
    by_voiv = index.stats("voivodeship", SearchRequest())
    assert by_voiv == dict(Counter(r["region"]["voivodeship"] for r in fixture_records))
    months = index.stats("month", SearchRequest(query="szkolenie"))
    assert list(months) == sorted(months)
    assert all(re.fullmatch(r"\d{4}-\d{2}", m) for m in months)
    assert index.stats("event_type", SearchRequest(filters=Filters(status=["cancelled"]))) == dict(
        Counter(r["event_type"] for r in fixture_records if r["status"] == "cancelled"))


# ---- sorts, paging, cursors ---------------------------------------------------------------

def test_sort_by_event_date_and_published(index, by_id):
    request = SearchRequest(query="", sort="event_date", size=100, facets=())
    hits = index.search(request).hits
    firsts = [min((e["start"][:10] for e in by_id[h.id]["events"]), default="") for h in hits]
    assert firsts == sorted(firsts, reverse=True)
    hits = index.search(SearchRequest(query="spotkanie", sort="published", size=100, facets=())).hits
    published = [by_id[h.id]["published"] or "" for h in hits]
    assert published == sorted(published, reverse=True)


def test_relevance_order_and_title_words(index, by_id):
    hits = index.search(SearchRequest(query="warsztaty", size=100, facets=())).hits
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    # A word only in the title is found, and the title does not run into the text as a phrase.
    gops = [r for r in by_id.values() if "GOPS" in r["title"] and "GOPS" not in r["text"]]
    assert gops and {r["id"] for r in gops} <= set(ids(index, "GOPS"))
    title_end, text_start = gops[0]["title"].split()[-1], gops[0]["text"].split()[0]
    assert gops[0]["id"] not in ids(index, f'"{title_end} {text_start}"')
    assert set(ids(index, "title:warsztaty")) == {r["id"] for r in by_id.values() if "Warsztat" in r["title"]}


@pytest.mark.parametrize("sort", ["relevance", "event_date", "published"])
@pytest.mark.parametrize("query", ["", "spotkanie OR szkolenie OR konferencja"])
def test_pages_and_cursor_cover_every_hit_once(index, sort, query):
    everything = index.search(SearchRequest(query=query, sort=sort, size=100, facets=()))
    all_ids = [h.id for h in everything.hits]
    assert len(all_ids) == everything.total > 7
    pages = []
    for page in range(1, 100):
        result = index.search(SearchRequest(query=query, sort=sort, size=7, page=page, facets=()))
        if not result.hits:
            break
        pages.extend(h.id for h in result.hits)
    assert pages == all_ids
    followed, cursor = [], None
    while True:
        result = index.search(SearchRequest(query=query, sort=sort, size=7, cursor=cursor, facets=()))
        followed.extend(h.id for h in result.hits)
        assert result.total == everything.total
        cursor = result.next_cursor
        if cursor is None:
            break
    assert followed == all_ids
    assert list(index.iter_ids(SearchRequest(query=query, sort=sort))) == all_ids


def test_cursor_is_bound_to_its_search(index):
    first = index.search(SearchRequest(query="spotkanie", size=2, facets=()))
    assert first.next_cursor
    with pytest.raises(InvalidCursor, match="different query"):
        index.search(SearchRequest(query="szkolenie", size=2, cursor=first.next_cursor))
    with pytest.raises(InvalidCursor, match="malformed"):
        index.search(SearchRequest(query="spotkanie", size=2, cursor="not-a-cursor"))


# ---- snippets -----------------------------------------------------------------------------

def test_snippets_mark_the_original_words(index):
    hit = index.search(SearchRequest(query="Leczna", size=1)).hits[0]
    assert "<mark>Łęcznej</mark>" in hit.snippet or "<mark>Łęczna</mark>" in hit.snippet
    hit = index.search(SearchRequest(query='"Fundusz Inicjatyw Obywatelskich"', size=1)).hits[0]
    assert "<mark>Fundusz Inicjatyw Obywatelskich</mark>" in hit.snippet
    hit = index.search(SearchRequest(query="spotkaniu organizacjach", size=1)).hits[0]
    marked = re.findall(r"<mark>(.*?)</mark>", hit.snippet)
    assert marked and all(re.match(r"(?i)(spotka|organizac)", m) for m in marked)


def test_snippets_are_html_escaped(tmp_path, fixture_records):
    record = dict(fixture_records[0], text='Spotkanie <script>alert("x")</script> & więcej')
    backend = EmbeddedIndex(tmp_path / "ix")
    backend.upsert([record])
    hit = backend.search(SearchRequest(query="spotkanie", size=1)).hits[0]
    backend.close()
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet and "&amp;" in hit.snippet


# ---- malformed queries --------------------------------------------------------------------

@pytest.mark.parametrize("query", ['"Fundusz', "a OR", "(a", "kolor:zielony", "k*", "a)", "AND"])
def test_malformed_queries_raise_query_syntax_errors(index, query):
    with pytest.raises(QuerySyntaxError):
        index.search(SearchRequest(query=query))


@pytest.mark.parametrize("query", ['title:x OR text:y', 'lemmas:spotkanie', '+a +b', 'a^2', 'a~1', '[a TO b]',
                                   'id:*', '\\"', 'a && b', '/reg.*ex/', 'a:', "spotkanie' OR 1=1 --"])
def test_engine_syntax_is_never_interpreted(index, query):
    """tantivy's own query syntax (fields, boosts, ranges, regexes) means nothing here."""
    try:
        result = index.search(SearchRequest(query=query, size=5, facets=()))
    except QuerySyntaxError:
        return
    assert result.total <= len(set(ids(index, "")))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(list('ab Łł"()*-:+^~[]/\\') + [" OR ", " AND ", " NOT ", "organiser:", "type:"]),
                max_size=20).map("".join))
def test_any_input_gives_results_or_a_syntax_error(index, query):
    try:
        index.search(SearchRequest(query=query, size=3))
    except QuerySyntaxError:
        pass


def test_request_builder_messages():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        build_request("a", date_from="21.11.2024")
    with pytest.raises(ValueError, match="TERYT code has 4 digits"):
        build_request("a", powiat="06100")
    with pytest.raises(ValueError, match="between 1 and 100"):
        build_request("a", size="1000")
