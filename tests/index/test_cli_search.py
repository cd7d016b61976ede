"""`civic index` and `civic search` on a store built from the fixture records."""
from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory, fixture_records):
    path = tmp_path_factory.mktemp("cli") / "civic.db"
    store = Store(path)
    for record in fixture_records:
        store.upsert_record(record)
    store.close()
    assert main(["index", "--db", str(path), "--no-progress"]) == 0
    return path


def search_json(capsys, db, *args):
    capsys.readouterr()
    assert main(["search", "--db", str(db), "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_index_prints_a_summary_and_is_incremental(db, capsys, fixture_records):
    assert main(["index", "--db", str(db), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "0 records written" in out and f"{len(fixture_records)} in the index" in out
    assert main(["index", "--db", str(db), "--rebuild", "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert "index rebuilt" in out and f"{len(fixture_records)} records written" in out


def test_search_json_shape(db, capsys):
    body = search_json(capsys, db, "spotkaniu organizacjach")
    assert set(body) == {"total", "hits", "facets", "next_cursor"}
    assert body["total"] == len(body["hits"]) > 0
    hit = body["hits"][0]
    for key in ("id", "title", "url", "published", "events", "region", "snippet", "organisers", "funders"):
        assert key in hit
    assert "<mark>" in hit["snippet"]
    assert set(body["facets"]) >= {"voivodeship", "powiat", "gmina", "organiser", "funder", "event_type"}


def test_acceptance_queries_find_other_forms(db, capsys, fixture_records):
    body = search_json(capsys, db, "spotkaniu organizacjach")
    texts = {h["id"]: h["snippet"] for h in body["hits"]}
    assert any("spotkanie" in s.lower() and "organizacji" in s.lower() for s in texts.values())
    body = search_json(capsys, db, "Leczna")
    assert {h["id"] for h in body["hits"]} >= {r["id"] for r in fixture_records
                                               if "Łęcznej" in r["text"] or "Łęczna" in r["text"]}


def test_search_filters_sort_and_paging(db, capsys, fixture_records):
    body = search_json(capsys, db, "", "--gmina", "0610033", "--sort", "event_date", "--limit", "2")
    leczna = [r for r in fixture_records if r["region"]["teryt"] == "0610033"]
    assert body["total"] == len(leczna) and len(body["hits"]) == 2 and body["next_cursor"]
    rest = search_json(capsys, db, "", "--gmina", "0610033", "--sort", "event_date", "--limit", "2",
                       "--cursor", body["next_cursor"])
    assert not {h["id"] for h in rest["hits"]} & {h["id"] for h in body["hits"]}
    body = search_json(capsys, db, "szkolenie", "--voivodeship", "lubelskie", "--from", "2024-01-01",
                       "--type", "szkolenie", "--funder", "Europejski Fundusz Społeczny Plus")
    assert [h["title"] for h in body["hits"]] == ["Szkolenie dla opiekunów osób niesamodzielnych w Łęcznej"]


def test_readable_output(db, capsys):
    capsys.readouterr()
    assert main(["search", "--db", str(db), "Lodz", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith("(showing 1–3)")
    assert "[Łodzi]" in out or "[Łódź]" in out
    assert "voivodeship: łódzkie" in out


@pytest.mark.parametrize("args, message", [
    (["a OR"], "OR needs a term on both sides"),
    (["a", "--from", "1.1.2024"], "YYYY-MM-DD"),
    (["a", "--limit", "1000"], "between 1 and 100"),
    (["a", "--powiat", "061"], "4 digits"),
    (["a", "--cursor", "zzz"], "cursor"),
])
def test_bad_input_is_one_line_and_exit_2(db, capsys, args, message):
    capsys.readouterr()
    assert main(["search", "--db", str(db), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_search_without_an_index_says_what_to_do(tmp_path, capsys):
    assert main(["search", "--db", str(tmp_path / "empty.db"), "spotkanie"]) == 2
    assert "run `civic index`" in capsys.readouterr().err
    assert main(["index", "--db", str(tmp_path / "empty.db")]) == 2
    assert "no store" in capsys.readouterr().err
