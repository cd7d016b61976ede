"""The cluster backend's index lifecycle over real HTTP (osmem-server emulator): the alias,
zero-downtime rebuilds, the stored sequence number, idempotent re-indexing, refused
documents and the one-line errors a user sees."""
from __future__ import annotations

import copy
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from index.base import IndexUnavailable, SearchRequest
from index.elastic.backend import ClusterIndex, IndexWriteRefused
from index.elastic.client import ClusterSettings
from index.elastic.mapping import MAPPING_VERSION, index_pattern
from pipeline.indexing import sync_index
from pipeline.store import Store


@pytest.fixture(params=["opensearch", "elasticsearch"])
def flavour(request):
    if request.param == "opensearch":
        pytest.importorskip("opensearchpy")
    return request.param


def connect(url, flavour, es_node_class, alias="civic", **options) -> ClusterIndex:
    node = es_node_class if flavour == "elasticsearch" else None
    return ClusterIndex.connect(ClusterSettings(url=url, flavour=flavour, alias=alias, request_timeout=10),
                                node_class=node, **options)


@pytest.fixture
def cluster(osmem_fresh_url, flavour, es_node_class):
    backend = connect(osmem_fresh_url, flavour, es_node_class)
    yield backend
    backend.close()


def ids_of(backend, query="", size=100):
    return {h.id for h in backend.search(SearchRequest(query=query, size=size)).hits}


def test_first_write_creates_a_versioned_index_behind_the_alias_and_its_template(cluster, fixture_records):
    assert cluster.physical_indexes() == []
    assert cluster.count() == 0 and cluster.get_state() == 0
    cluster.upsert(fixture_records[:5])
    (physical,) = cluster.physical_indexes()
    assert physical.startswith(f"civic-v{MAPPING_VERSION}-")
    template = cluster.client.indices.get_index_template(name=f"civic-v{MAPPING_VERSION}")
    template = getattr(template, "body", template)["index_templates"][0]["index_template"]
    assert template["index_patterns"] == [index_pattern("civic")]
    mapping = cluster.client.indices.get_mapping(index=physical)
    mapping = getattr(mapping, "body", mapping)[physical]["mappings"]
    assert mapping["dynamic"] == "strict"
    assert mapping["properties"]["lemmas"]["analyzer"] == "civic_stream"
    assert mapping["properties"]["published"]["type"] == "date"
    assert mapping["properties"]["organiser"]["type"] == "keyword"
    # The emulator has no analysis-stempel: the optional stemmed fields are left out, and said so.
    assert cluster.has_polish() is False
    assert mapping["_meta"]["civic"]["polish"] is False and mapping["properties"]["text"]["index"] is False
    assert cluster.count() == 5


def test_rebuild_swaps_the_alias_atomically_and_drops_the_old_index(cluster, fixture_records):
    cluster.rebuild(fixture_records[:10])
    (first,) = cluster.physical_indexes()
    assert cluster.count() == 10
    cluster.rebuild(fixture_records)
    (second,) = cluster.physical_indexes()
    assert second != first
    assert cluster.count() == len(fixture_records)
    exists = cluster.client.indices.exists(index=first)
    assert not getattr(exists, "body", exists)
    assert ids_of(cluster) >= {r["id"] for r in fixture_records[10:]}


def test_the_old_index_serves_while_the_new_one_is_built(osmem_fresh_url, flavour, es_node_class,
                                                          fixture_records):
    writer = connect(osmem_fresh_url, flavour, es_node_class,
                     bulk_options={"chunk_size": 5, "window": 5})
    reader = connect(osmem_fresh_url, flavour, es_node_class)
    writer.rebuild(fixture_records[:8])
    (old,) = reader.physical_indexes()
    before = reader.search(SearchRequest(query="spotkanie", size=100))
    seen_during_build = []

    def records():
        for n, record in enumerate(fixture_records):
            if n == 30:  # several chunks are in the new index by now
                seen_during_build.append((reader.physical_indexes(), reader.count(),
                                          reader.search(SearchRequest(query="spotkanie", size=100))))
            yield record

    writer.rebuild(records())
    (aliases, count, during), = seen_during_build
    assert aliases == [old] and count == 8
    assert during.total == before.total and [h.id for h in during.hits] == [h.id for h in before.hits]
    assert reader.count() == len(fixture_records)


def test_a_failed_rebuild_leaves_the_old_index_in_place(cluster, fixture_records):
    cluster.rebuild(fixture_records[:10])
    (old,) = cluster.physical_indexes()

    def records():
        yield from fixture_records[10:20]
        raise RuntimeError("the store went away")

    with pytest.raises(RuntimeError):
        cluster.rebuild(records())
    assert cluster.physical_indexes() == [old]
    assert cluster.count() == 10
    listed = cluster.client.indices.get(index=index_pattern("civic"))
    assert set(getattr(listed, "body", listed)) == {old}


def test_a_document_the_cluster_refuses_stops_the_swap_and_is_named(cluster, fixture_records):
    cluster.rebuild(fixture_records[:10])
    (old,) = cluster.physical_indexes()
    bad = copy.deepcopy(fixture_records[20])
    bad["published"] = "2024-13-45"            # not a date: the `date` field refuses it
    with pytest.raises(IndexWriteRefused) as refused:
        cluster.rebuild(fixture_records[10:20] + [bad])
    assert bad["id"] in str(refused.value)
    assert [e.id for e in refused.value.report.errors] == [bad["id"]]
    assert cluster.physical_indexes() == [old] and cluster.count() == 10


def test_an_incremental_write_keeps_the_good_documents_and_reports_the_bad(cluster, fixture_records):
    bad = copy.deepcopy(fixture_records[3])
    bad["published"] = "yesterday"
    with pytest.raises(IndexWriteRefused, match=bad["id"]):
        cluster.upsert(fixture_records[:3] + [bad] + fixture_records[4:6])
    assert cluster.count() == 5
    assert bad["id"] not in ids_of(cluster)


def test_state_lives_in_the_cluster_with_the_index(osmem_fresh_url, flavour, es_node_class, fixture_records):
    first = connect(osmem_fresh_url, flavour, es_node_class)
    first.upsert(fixture_records[:3])
    first.set_state(42)
    again = connect(osmem_fresh_url, flavour, es_node_class)
    assert again.get_state() == 42
    again.rebuild(fixture_records[:3])           # a fresh index has caught up to nothing yet
    assert again.get_state() == 0
    other_alias = connect(osmem_fresh_url, flavour, es_node_class, alias="other")
    assert other_alias.get_state() == 0


def test_sync_is_incremental_idempotent_and_follows_deletions(cluster, tmp_path, fixture_records):
    with Store(tmp_path / "civic.db") as store:
        for record in fixture_records[:20]:
            store.upsert_record(record)
        first = sync_index(store, cluster)
        assert (first.upserted, first.total) == (20, 20)
        again = sync_index(store, cluster)
        assert (again.upserted, again.total) == (0, 20)
        for record in fixture_records[20:25]:
            store.upsert_record(record)
        changed = copy.deepcopy(fixture_records[0])
        changed["title"] = "Zmieniony tytuł spotkania konsultacyjnego"
        store.upsert_record(changed)
        store.delete_record(fixture_records[1]["id"])
        step = sync_index(store, cluster)
        assert (step.upserted, step.deleted, step.total) == (6, 1, 24)
        assert cluster.get_state() == store.current_seq()
        assert fixture_records[1]["id"] not in ids_of(cluster)
        hit = cluster.search(SearchRequest(query="zmieniony", size=5)).hits
        assert [h.id for h in hit] == [changed["id"]] and hit[0].title == changed["title"]
        # Sending everything again changes nothing: ids are record ids.
        cluster.upsert(store.iter_records())
        assert cluster.count() == 24


def test_an_index_with_an_older_mapping_asks_for_a_rebuild(cluster, fixture_records):
    cluster.upsert(fixture_records[:2])
    (physical,) = cluster.physical_indexes()
    cluster.client.indices.put_mapping(index=physical, body={"_meta": {"civic": {"mapping_version": 0,
                                                                                  "seq": 9}}})
    assert cluster.get_state() == 0
    with pytest.raises(IndexUnavailable, match="--rebuild"):
        cluster.upsert(fixture_records[2:4])
    cluster.rebuild(fixture_records[:4])
    assert cluster.count() == 4


def test_sync_rebuilds_an_index_with_an_older_mapping(cluster, tmp_path, fixture_records):
    """`civic index` after an upgrade: the store is the record, so the index is rebuilt from it."""
    with Store(tmp_path / "civic.db") as store:
        for record in fixture_records[:6]:
            store.upsert_record(record)
        sync_index(store, cluster)
        (physical,) = cluster.physical_indexes()
        cluster.client.indices.put_mapping(index=physical, body={"_meta": {"civic": {"mapping_version": 0,
                                                                                      "seq": 9}}})
        assert cluster.outdated()
        report = sync_index(store, cluster)
        assert report.rebuilt and report.upserted == report.total == 6
        assert not cluster.outdated() and cluster.physical_indexes() != [physical]
        assert cluster.get_state() == store.current_seq()


def test_a_plain_index_where_the_alias_should_be_is_a_clear_error(cluster):
    cluster.client.indices.create(index="civic")
    with pytest.raises(IndexUnavailable, match="plain index, not an alias"):
        cluster.upsert([])


def test_searching_before_anything_was_indexed_says_how_to_build_it(cluster):
    with pytest.raises(IndexUnavailable) as missing:
        cluster.search(SearchRequest(query="spotkanie"))
    message = str(missing.value)
    assert "no index 'civic'" in message and cluster.settings.url in message and "civic index" in message
    assert len(message.splitlines()) == 1


# ---- servers that are not a usable cluster -----------------------------------------------------

class _Canned(BaseHTTPRequestHandler):
    status, body, headers = 200, b"{}", {}

    def do_GET(self):
        self.send_response(self.status)
        for name, value in {"Content-Type": "application/json", **self.headers_out}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_HEAD = do_POST = do_PUT = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def canned_server():
    servers = []

    def start(status: int, body: dict | str, headers: dict | None = None) -> str:
        payload = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        handler = type("Handler", (_Canned,), {"status": status, "body": payload, "headers_out": headers or {}})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("status, expected", [(401, "rejected the credentials"), (403, "refused the request")])
def test_bad_credentials_are_one_line_naming_the_url(canned_server, flavour, status, expected):
    url = canned_server(status, {"error": {"type": "security_exception", "reason": "unable to authenticate"},
                                 "status": status}, {"X-Elastic-Product": "Elasticsearch"})
    with pytest.raises(IndexUnavailable) as failed:
        ClusterIndex.connect(ClusterSettings(url=url, flavour=flavour, user="civic", password="secret-pw"))
    message = str(failed.value)
    assert expected in message and url in message and "secret-pw" not in message
    assert len(message.splitlines()) == 1


def test_a_server_that_is_not_a_cluster_is_named(canned_server, flavour):
    url = canned_server(200, "<html>welcome</html>", {"Content-Type": "text/html"})
    with pytest.raises(IndexUnavailable) as failed:
        ClusterIndex.connect(ClusterSettings(url=url, flavour=flavour))
    assert url in str(failed.value) and len(str(failed.value).splitlines()) == 1


@pytest.mark.parametrize("url, expected", [
    ("http://127.0.0.1:9", "connection refused"),
    ("localhost:9200", "invalid cluster URL"),
    ("ftp://127.0.0.1:9200", "invalid cluster URL"),
    ("http://127.0.0.1:notaport", "invalid cluster URL"),
])
def test_unusable_urls_are_one_line_naming_the_url(flavour, url, expected):
    with pytest.raises(IndexUnavailable) as failed:
        ClusterIndex.connect(ClusterSettings(url=url, flavour=flavour, max_retries=0))
    assert expected in str(failed.value) and url in str(failed.value)


def test_credentials_in_the_url_are_not_repeated_in_errors(flavour):
    with pytest.raises(IndexUnavailable) as failed:
        ClusterIndex.connect(ClusterSettings(url="http://civic:hunter2@127.0.0.1:9", flavour=flavour,
                                             max_retries=0))
    assert "hunter2" not in str(failed.value) and "http://127.0.0.1:9" in str(failed.value)


def test_several_node_urls_fail_over_to_a_live_node(osmem_fresh_url, flavour, es_node_class, fixture_records):
    backend = connect(f"http://127.0.0.1:9,{osmem_fresh_url}", flavour, es_node_class)
    for _ in range(3):  # whichever node the pool picks first, every call gets through
        backend.upsert(fixture_records[:3])
        assert backend.count() == 3
