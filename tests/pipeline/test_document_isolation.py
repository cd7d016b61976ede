"""One document the extractor fails on costs that document only.

`civic extract` and `civic process` run in this process, with the real extractor wrapped so
that it raises inside its batch on any text carrying a marker word: the failure does not
depend on any particular extractor bug, and it hits the batch path real failures take.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

import pytest

import nlp.pipeline
from pipeline.cli import main
from pipeline.relevance import judge
from pipeline.store import Store

MARKER = "ZEPSUTE-NA-PROBE"

ANNOUNCEMENT = ("Zaproszenie na spotkanie konsultacyjne\n"
                "Wójt Gminy Brzozowa Wólka zaprasza mieszkańców na spotkanie konsultacyjne w sprawie "
                "programu współpracy z organizacjami pozarządowymi, które odbędzie się 14 marca 2026 r. "
                "o godz. 17:00 w sali narad Urzędu Gminy, ul. Lipowa 3.\n")
NEWS = ("Remont drogi gminnej w Jaworzu Małym\n"
        "Trwa remont drogi gminnej. Prosimy kierowców o ostrożność i korzystanie z objazdu.\n")
ANNOUNCEMENT_HTML = ("<!doctype html><html lang='pl'><head><meta charset='utf-8'><title>Warsztaty dla NGO</title>"
                     "</head><body><article><h1>Warsztaty dla organizacji pozarządowych</h1>"
                     "<p>Centrum Organizacji Pozarządowych w Sosnowym Dole zaprasza na bezpłatne warsztaty "
                     "z pisania wniosków grantowych. Warsztaty odbędą się 21 kwietnia 2026 r. w godz. "
                     "10:00-14:00 w sali konferencyjnej przy ul. Kasztanowej 12.</p></article></body></html>")


class FailsOnMarker(nlp.pipeline.Extractor):
    """The real extractor, raising in the middle of a batch on a text with the marker."""

    def extract_many(self, items: Iterable[tuple[str, dict]], batch_size: int = 64):
        def checked():
            for text, context in items:
                if MARKER in text:
                    raise ValueError("extraction fault injected by the test")
                yield text, context

        return super().extract_many(checked(), batch_size)


@pytest.fixture()
def failing_extractor(monkeypatch):
    monkeypatch.setattr(nlp.pipeline, "Extractor", FailsOnMarker)


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_extract_reports_the_failing_file_and_extracts_every_other(tmp_path, failing_extractor, capsys):
    files = [write(tmp_path / "a.txt", ANNOUNCEMENT), write(tmp_path / "b.txt", NEWS + MARKER),
             write(tmp_path / "c.html", ANNOUNCEMENT_HTML), write(tmp_path / "d.txt", NEWS)]
    status = main(["extract", *files])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [line["file"] for line in lines] == files
    assert lines[1] == {"file": files[1], "error": "extractor failed: ValueError: extraction fault injected by the test"}
    for line in (lines[0], lines[2], lines[3]):
        assert "error" not in line and "events" in line and "text" in line
    assert "2026-03-14T17:00" in [e["start"] for e in lines[0]["events"]]
    failure_lines = [line for line in err.splitlines() if files[1] in line]
    assert failure_lines == [f"civic: {files[1]}: extractor failed: ValueError: extraction fault injected by the test"]
    assert "Traceback" not in err


def test_extract_json_array_holds_the_error_object_in_its_place(tmp_path, failing_extractor, capsys):
    files = [write(tmp_path / "a.txt", ANNOUNCEMENT + MARKER), write(tmp_path / "b.txt", NEWS)]
    status = main(["extract", "--format", "json", *files])
    out, _err = capsys.readouterr()
    array = json.loads(out)
    assert status == 1
    assert array[0] == {"file": files[0], "error": "extractor failed: ValueError: extraction fault injected by the test"}
    assert array[1]["file"] == files[1] and "events" in array[1]


def test_extract_gives_the_announcement_verdict_the_crawl_gives(tmp_path, capsys):
    files = [write(tmp_path / "a.txt", ANNOUNCEMENT), write(tmp_path / "b.txt", NEWS),
             write(tmp_path / "c.html", ANNOUNCEMENT_HTML)]
    assert main(["extract", *files]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for path, line in zip(files, lines):
        url = Path(path).resolve().as_uri()
        verdict = judge(line["title"] or "", line["text"], url)
        assert line["announcement"] == {"is": verdict.is_announcement, "score": verdict.score,
                                        "reasons": list(verdict.reasons)}
    assert lines[0]["announcement"]["is"] is True
    assert lines[1]["announcement"]["is"] is False
    assert lines[2]["announcement"]["is"] is True


def _page(url: str, title: str, text: str) -> dict[str, Any]:
    return {"url": url, "source_id": "gmina-brzozowa", "source_type": "municipal", "region_teryt": None,
            "fetched_at": "2026-03-01T08:00:00+00:00", "status": 200, "headers": {}, "body": text.encode("utf-8"),
            "body_hash": str(hash(text)), "title": title, "text": text}


def test_process_reports_the_failing_page_and_processes_every_other(tmp_path, monkeypatch, capsys):
    db = tmp_path / "civic.db"
    urls = [f"http://gmina.example/aktualnosci/{n}/" for n in range(3)]
    with Store(db) as store:
        store.upsert_page(_page(urls[0], "Spotkanie konsultacyjne", ANNOUNCEMENT))
        store.upsert_page(_page(urls[1], "Spotkanie konsultacyjne", ANNOUNCEMENT + MARKER))
        store.upsert_page(_page(urls[2], "Remont drogi", NEWS))

    monkeypatch.setattr(nlp.pipeline, "Extractor", FailsOnMarker)
    status = main(["--db", str(db), "process", "--no-index"])
    out, err = capsys.readouterr()
    assert status == 1
    assert "1 failed" in out
    assert f"civic: {urls[1]}: extractor failed: ValueError: extraction fault injected by the test" in err.splitlines()
    assert "Traceback" not in err
    with Store(db, readonly=True) as store:
        assert {r["url"] for r in store.iter_records()} == {urls[0]}
        pages = {p["url"]: p for p in store.iter_pages()}
    assert pages[urls[1]]["relevance"] is None          # not judged: the next run retries it
    assert pages[urls[2]]["relevance"] is not None and not pages[urls[2]]["is_announcement"]

    monkeypatch.undo()                                    # the extractor fixed: the page is retried
    assert main(["--db", str(db), "process", "--no-index"]) == 0
    assert "processed 1 pages: 1 announcements" in capsys.readouterr().out
    with Store(db, readonly=True) as store:
        assert {r["url"] for r in store.iter_records()} == {urls[0], urls[1]}


@pytest.fixture()
def failing_organisers(monkeypatch):
    """The organiser rules raising on every text (read when the extractor's pipeline is built)."""
    import nlp.organisers

    def broken(text):
        raise RuntimeError("organiser rules fault injected by the test")

    monkeypatch.setattr(nlp.organisers, "find_organisers", broken)


def test_extract_gives_the_fields_read_when_one_component_fails(tmp_path, failing_organisers, capsys):
    files = [write(tmp_path / "a.txt", ANNOUNCEMENT)]
    status = main(["extract", *files])
    out, err = capsys.readouterr()
    line = json.loads(out)
    assert status == 1
    assert line["organisers"] == []
    assert line["errors"] == ["civic_organisers: RuntimeError: organiser rules fault injected by the test"]
    assert "2026-03-14T17:00" in [e["start"] for e in line["events"]]
    assert f"civic: {files[0]}: extraction incomplete: civic_organisers: RuntimeError: organiser rules fault " \
           "injected by the test" in err.splitlines()
    assert "Traceback" not in err


def test_process_keeps_the_record_with_the_fields_read_and_says_it_is_incomplete(tmp_path, failing_organisers,
                                                                                  capsys):
    db = tmp_path / "civic.db"
    url = "http://gmina.example/aktualnosci/1/"
    with Store(db) as store:
        store.upsert_page(_page(url, "Spotkanie konsultacyjne", ANNOUNCEMENT))
    status = main(["--db", str(db), "process", "--no-index"])
    out, err = capsys.readouterr()
    assert status == 0
    assert "0 failed, 1 incomplete" in out
    assert "1 record(s) kept with fields a rule failed to read" in err
    with Store(db, readonly=True) as store:
        records = list(store.iter_records())
    assert [r["url"] for r in records] == [url]
    assert records[0]["organisers"] == []
    assert "2026-03-14T17:00" in [e["start"] for e in records[0]["events"]]
