"""Bulk writes survive 429s and dropped connections without losing or doubling a record.

The client's own transport talks real HTTP to a proxy on 127.0.0.1 that injects the
failures, in front of the osmem-server emulator that stores the documents.
"""
from __future__ import annotations

import pytest

from index.elastic.bulk import BulkConnectionLost, writer_for
from index.elastic.client import ClusterSettings, create_client

INDEX = "bulk-test"
MAPPING = {"mappings": {"dynamic": "strict", "properties": {"n": {"type": "integer"}, "title": {"type": "text"}}}}


def make_client(url: str, flavour: str, es_node_class, max_retries: int = 3):
    settings = ClusterSettings(url=url, flavour=flavour, max_retries=max_retries, request_timeout=10)
    return create_client(settings, node_class=es_node_class if flavour == "elasticsearch" else None)


def actions(ids, version: int = 1):
    return [{"_op_type": "index", "_index": INDEX, "_id": f"{i:016x}", "_source": {"n": i, "title": f"v{version}"}}
            for i in ids]


def stored(direct_client) -> dict[str, dict]:
    direct_client.indices.refresh(index=INDEX)
    found = direct_client.search(index=INDEX, body={"size": 10000, "query": {"match_all": {}}})
    return {hit["_id"]: hit["_source"] for hit in found["hits"]["hits"]}


@pytest.fixture(params=["elasticsearch", "opensearch"])
def flavour(request):
    if request.param == "opensearch":
        pytest.importorskip("opensearchpy")
    return request.param


@pytest.fixture
def direct(osmem_fresh_url, faulty_proxy, es_node_class, flavour):
    client = make_client(osmem_fresh_url, flavour, es_node_class)
    client.indices.create(index=INDEX, body=MAPPING)
    return client


def writer(proxy, flavour, es_node_class, **options):
    client = make_client(proxy.url, flavour, es_node_class, max_retries=options.pop("transport_retries", 3))
    options.setdefault("initial_backoff", 0.01)
    options.setdefault("max_backoff", 0.05)
    options.setdefault("chunk_size", 100)
    return writer_for(client, flavour, **options)


def test_whole_request_429s_are_retried(direct, faulty_proxy, flavour, es_node_class):
    faulty_proxy.plan.steps = ["429", "429", "ok", "429"]
    report = writer(faulty_proxy, flavour, es_node_class).write(actions(range(350)))
    assert report.written == 350 and not report.errors
    docs = stored(direct)
    assert sorted(docs) == [f"{i:016x}" for i in range(350)]
    assert faulty_proxy.plan.seen[:4] == ["429", "429", "ok", "429"]


def test_unavailable_answers_are_retried(direct, faulty_proxy, flavour, es_node_class):
    faulty_proxy.plan.steps = ["503", "503", "503", "ok", "503", "503"]
    report = writer(faulty_proxy, flavour, es_node_class, transport_retries=1).write(actions(range(200)))
    assert report.written == 200 and not report.errors
    assert len(stored(direct)) == 200


def test_documents_rejected_one_by_one_are_resent(direct, faulty_proxy, flavour, es_node_class):
    faulty_proxy.plan.steps = ["items-429", "items-429", "items-429"]
    report = writer(faulty_proxy, flavour, es_node_class).write(actions(range(250)))
    assert report.written == 250 and not report.errors
    docs = stored(direct)
    assert len(docs) == 250 and all(docs[f"{i:016x}"]["n"] == i for i in range(250))


@pytest.mark.parametrize("drop", ["drop-before", "drop-after"])
def test_dropped_connections_lose_and_double_nothing(direct, faulty_proxy, flavour, es_node_class, drop):
    # Enough drops in a row to exhaust the transport's own retries, so the writer's rounds resend.
    faulty_proxy.plan.steps = ["ok", drop, drop, drop, "ok", drop]
    report = writer(faulty_proxy, flavour, es_node_class, transport_retries=1).write(actions(range(400)))
    assert report.written == 400 and not report.errors
    docs = stored(direct)
    assert len(docs) == 400
    assert set(docs) == {f"{i:016x}" for i in range(400)}
    if drop == "drop-after":  # the lost answers mean some chunks really were applied twice
        assert faulty_proxy.plan.bulk_documents_forwarded > 400


def test_reindexing_replaces_instead_of_duplicating(direct, faulty_proxy, flavour, es_node_class):
    bulk = writer(faulty_proxy, flavour, es_node_class)
    bulk.write(actions(range(120), version=1))
    faulty_proxy.plan.steps = ["drop-after", "items-429"]
    report = bulk.write(actions(range(120), version=2))
    assert report.written == 120
    docs = stored(direct)
    assert len(docs) == 120 and {d["title"] for d in docs.values()} == {"v2"}


def test_refused_documents_are_reported_and_the_rest_written(direct, faulty_proxy, flavour, es_node_class):
    batch = actions(range(30))
    batch[7]["_source"] = {"n": "not a number", "title": "x"}
    batch[19]["_source"] = {"n": 19, "unknown_field": "x"}
    report = writer(faulty_proxy, flavour, es_node_class).write(batch)
    assert report.written == 28
    assert sorted(e.id for e in report.errors) == [f"{7:016x}", f"{19:016x}"]
    assert all(e.status == 400 and e.reason for e in report.errors)
    assert len(stored(direct)) == 28


def test_a_cluster_that_stays_away_is_reported_with_what_got_in(direct, faulty_proxy, flavour, es_node_class):
    faulty_proxy.plan.steps = ["ok"] + ["drop-before"] * 200
    bulk = writer(faulty_proxy, flavour, es_node_class, max_retries=2, transport_retries=0)
    with pytest.raises(BulkConnectionLost) as lost:
        bulk.write(actions(range(300)))
    assert lost.value.report.written == 100
    assert len(stored(direct)) == 100


def test_deletes_of_absent_documents_count_as_done(direct, faulty_proxy, flavour, es_node_class):
    bulk = writer(faulty_proxy, flavour, es_node_class)
    bulk.write(actions(range(10)))
    faulty_proxy.plan.steps = ["429"]
    deletes = [{"_op_type": "delete", "_index": INDEX, "_id": f"{i:016x}"} for i in (1, 2, 99)]
    report = bulk.write(deletes)
    assert report.deleted == 3 and not report.errors
    assert sorted(stored(direct)) == sorted(f"{i:016x}" for i in range(10) if i not in (1, 2))
