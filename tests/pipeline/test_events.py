"""Events across sources: matching, roles, the store's tables, stable ids, and `civic events`."""
from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.events.decision import decide
from pipeline.events.mentions import record_mentions
from pipeline.events.tables import event_ids_by_record, get_event, update_events
from pipeline.store import Store

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "fixtures" / "events" / "records.jsonl"


def _scorer():
    spec = importlib.util.spec_from_file_location("events_score", ROOT / "bench" / "events_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def labelled() -> list[dict]:
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]


def _clean(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "gold_events"}


def test_labelled_set_is_matched_precisely_and_completely(labelled):
    score = _scorer()
    assert len(labelled) >= 200
    result = score.scores(score.gold_of(labelled), score.predict(labelled))
    assert result["bcubed_f1"] >= 0.90
    assert result["pairwise_precision"] >= 0.95
    # Matching must do better than grouping whatever shares a day and a gmina.
    baseline = score.scores(score.gold_of(labelled), score.block_baseline(labelled))
    assert result["pairwise_precision"] > baseline["pairwise_precision"]


def _record(rid: str, title: str, start: str, venue: str | None, city: str | None, teryt: str,
            organiser: str | None = "Urząd Gminy Borowina", published: str = "2024-05-01", status: str = "upcoming",
            source: str = "ug-borowina", text: str = "") -> dict:
    venues = [{"name": venue, "address": None, "city": city, "text": venue, "span": [0, 1]}] if venue or city else []
    return {
        "id": rid, "url": f"https://{source}.example.pl/{rid}", "source_id": source, "source_type": "municipal",
        "title": title, "text": text or title, "published": published, "fetched_at": "2024-05-01T00:00:00+00:00",
        "content_hash": rid, "lang": "pl", "region": {"teryt": teryt, "voivodeship": "lubelskie", "powiat": None,
                                                      "gmina": None},
        "events": [{"start": start, "end": None, "text": start, "span": [0, 1], "venue": 0 if venues else None,
                    "region": {"teryt": teryt, "voivodeship": "lubelskie", "powiat": None, "gmina": None}}],
        "deadlines": [], "venues": venues,
        "organisers": [{"name": organiser, "text": organiser, "span": [0, 1]}] if organiser else [],
        "funding": [], "contacts": {"emails": [], "phones": [], "urls": []}, "event_type": "spotkanie",
        "status": status, "extractor_version": "test", "relevance": {"score": 1.0, "reasons": []}, "attachments": []}


def test_a_repost_in_other_words_matches_and_says_why():
    original = _record("a" * 16, "Spotkanie w sprawie budżetu obywatelskiego", "2024-05-20T17:00",
                       "Sala Narad Urzędu Gminy", "Borowina", "0612042")
    repost = _record("b" * 16, "Zaproszenie na spotkanie dotyczące budżetu obywatelskiego", "2024-05-20",
                     "sali narad Urzędu Gminy", "Borowina", "0612042", organiser="Urzędu Gminy Borowina",
                     source="ngo-razem")
    decision = decide(record_mentions(original)[0], record_mentions(repost)[0])
    assert decision.same
    assert {"venue", "gmina", "organiser", "title"} <= set(decision.agreed)


def test_near_misses_stay_apart():
    zalesie = _record("c" * 16, "Zebranie wiejskie", "2024-05-20", "świetlica wiejska w Zalesiu", "Zalesie", "0612042")
    borek = _record("d" * 16, "Zebranie wiejskie", "2024-05-20", "świetlica wiejska w Borku", "Borek", "0612042")
    assert not decide(record_mentions(zalesie)[0], record_mentions(borek)[0]).same
    next_week = _record("e" * 16, "Zebranie wiejskie", "2024-05-27", "świetlica wiejska w Zalesiu", "Zalesie",
                        "0612042")
    assert not decide(record_mentions(zalesie)[0], record_mentions(next_week)[0]).same
    morning = _record("f" * 16, "Sesja Rady Gminy", "2024-05-20T10:00", "Sala Narad Urzędu Gminy", None, "0612042")
    evening = _record("0" * 16, "Sesja Rady Gminy", "2024-05-20T16:00", "Sala Narad Urzędu Gminy", None, "0612042")
    assert decide(record_mentions(morning)[0], record_mentions(evening)[0]).ruled_out == "time"
    elsewhere = _record("1" * 16, "Spotkanie w sprawie budżetu obywatelskiego", "2024-05-20T17:00",
                        "Sala Narad Urzędu Gminy", None, "0614022")
    here = _record("2" * 16, "Spotkanie w sprawie budżetu obywatelskiego", "2024-05-20T17:00",
                   "Sala Narad Urzędu Gminy", None, "0612042")
    assert not decide(record_mentions(here)[0], record_mentions(elsewhere)[0]).same


@pytest.fixture
def store(tmp_path, labelled):
    s = Store(tmp_path / "civic.db")
    for record in labelled:
        s.upsert_record(_clean(record))
    yield s
    s.close()


def _membership(store: Store) -> dict[tuple[str, int], str]:
    return {(r[0], r[1]): r[2] for r in store.select("SELECT record_id, mention, event_id FROM event_members")}


def test_events_are_kept_with_roles_status_and_history(store, labelled):
    update_events(store)
    gold = {(r["id"], i): g for r in labelled for i, g in enumerate(r["gold_events"])}
    by_event: dict[str, set[str]] = {}
    for key, event_id in _membership(store).items():
        by_event.setdefault(event_id, set()).add(gold[key])
    # A conference announced by the ROPS, re-posted and reported, is one event with every role.
    conference = max(by_event, key=lambda e: len(get_event(store, e)["members"]))
    event = get_event(store, conference)
    roles = {m["role"] for m in event["members"]}
    assert {"announcement", "repost"} <= roles and len(event["sources"]) >= 3
    statuses = {get_event(store, e)["status"] for e in by_event}
    assert {"cancelled", "postponed", "held", "announced"} <= statuses
    postponed = next(get_event(store, e) for e in by_event if get_event(store, e)["status"] == "postponed")
    assert postponed["history"][0]["change"] == "postponed"
    assert postponed["history"][0]["date"] < postponed["first_day"]
    for event_id in by_event:   # each stored event holds members of one real meeting (precision)
        assert len(by_event[event_id]) == 1


def test_ids_stay_stable_through_reextraction_and_rebuild(store, labelled):
    update_events(store)
    before = _membership(store)
    # Every record re-extracted (a changed document), in another order: same events, same ids.
    for record in reversed(labelled):
        changed = _clean(copy.deepcopy(record))
        changed["extractor_version"] = "test-2"
        store.upsert_record(changed)
    report = update_events(store)
    assert not report.rebuilt and report.records == len(labelled)
    assert _membership(store) == before
    update_events(store, rebuild=True)
    assert _membership(store) == before


def test_a_new_record_joins_and_a_deleted_founder_leaves_its_id(store, labelled):
    update_events(store)
    membership = _membership(store)
    founder = next(key for key, event_id in membership.items()
                   if event_id == f"{key[0]}-{key[1]}" and list(membership.values()).count(event_id) > 2)
    event_id = membership[founder]
    store.delete_record(founder[0])
    update_events(store)
    event = get_event(store, event_id)
    assert event is not None and founder[0] not in {m["record"] for m in event["members"]}
    assert event_ids_by_record(store, [founder[0]]) == {}


def test_civic_events_lists_every_event_once_with_its_records(store, labelled, capsys):
    path = str(store.path)
    assert main(["events", "--db", path, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    ids = [e["id"] for e in listed["events"]]
    assert len(ids) == len(set(ids)) == listed["total"]
    members = {m["record"] for e in listed["events"] for m in e["members"]}
    assert members == {r["id"] for r in labelled}
    assert main(["events", "--db", path, "--json", "--min-sources", "3", "--status", "held"]) == 0
    several = json.loads(capsys.readouterr().out)["events"]
    assert several and all(len(e["sources"]) >= 3 and e["status"] == "held" for e in several)
    assert main(["events", "--db", path, "--explain", "--limit", "3"]) == 0
    assert "record(s) from" in capsys.readouterr().out
    assert main(["events", "--db", path, "--from", "not-a-date"]) == 2
