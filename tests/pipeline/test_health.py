"""Crawl health per source, read from a real store file: the figures and the flags a user acts on."""
from __future__ import annotations

import json

import pytest

from pipeline.cli import main
from pipeline.health import source_health, store_health
from pipeline.store import Store


def figures(requests=20, ok=None, s4=0, s5=0, pages=5, announcements=1, errors=0, duration=3.5):
    return {"requests": requests, "status_2xx": requests - s4 - s5 if ok is None else ok, "status_3xx": 0,
            "status_4xx": s4, "status_5xx": s5, "pages": pages, "announcements": announcements,
            "errors": errors, "duration": duration}


def save(store: Store, source_id: str, day: int, **kwargs) -> None:
    started = f"2026-11-{day:02d}T06:00:00+00:00"
    store.save_run(f"run-{day:02d}", source_id, started, figures(**kwargs), finished_at=started.replace("06:", "07:"))


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "civic.db"
    with Store(path) as store:
        for day in (1, 2, 3, 4):                     # healthy all along
            save(store, "jst-0610033", day, pages=4 + day, announcements=1)
        for day in (1, 2):                           # was fine, then found nothing three times in a row
            save(store, "jst-0223012", day, pages=3)
        for day in (3, 4, 5):
            save(store, "jst-0223012", day, pages=0, announcements=0)
        for day in (1, 2, 3):                        # a few 404s, then the site starts failing
            save(store, "rops-06", day, requests=40, s4=1)
        save(store, "rops-06", 4, requests=40, s5=18, errors=4, pages=2)
        for day in (1, 2, 3, 4):                     # always a high but steady error rate
            save(store, "ngo-opus", day, requests=10, s4=3)
        save(store, "jst-1862011", 5, requests=6, ok=0, s5=0, errors=6, pages=0, announcements=0)
    return path


def test_last_run_figures_per_source(db):
    with Store(db, readonly=True) as store:
        report = {h.source_id: h for h in store_health(store)}
    leczna = report["jst-0610033"]
    assert (leczna.runs, leczna.last_run_id, leczna.pages, leczna.requests, leczna.status_2xx) == (4, "run-04", 8, 20, 20)
    assert leczna.duration == 3.5 and leczna.flags == []
    rops = report["rops-06"]
    assert (rops.status_5xx, rops.errors, rops.pages) == (18, 4, 2)
    assert rops.error_rate == pytest.approx(22 / 40)
    assert rops.earlier_error_rate == pytest.approx(1 / 40)


def test_flags(db):
    with Store(db, readonly=True) as store:
        report = {h.source_id: h.flags for h in store_health(store)}
    assert report["jst-0223012"] == ["silent"]
    assert report["rops-06"] == ["errors rising"]
    assert report["ngo-opus"] == []                  # 30 % errors, but no jump
    assert report["jst-0610033"] == []
    assert "unreachable" in report["jst-1862011"]
    assert "silent" not in report["jst-1862011"]     # one run is not three


def test_two_empty_runs_are_not_yet_silent(tmp_path):
    with Store(tmp_path / "civic.db") as store:
        save(store, "jst-02", 1, pages=2)
        save(store, "jst-02", 2, pages=0, announcements=0)
        save(store, "jst-02", 3, pages=0, announcements=0)
        assert source_health(store, "jst-02").flags == []
        save(store, "jst-02", 4, pages=0, announcements=0)
        assert source_health(store, "jst-02").flags == ["silent"]
        save(store, "jst-02", 5, pages=1, announcements=0)
        assert source_health(store, "jst-02").flags == []
        assert source_health(store, "never-crawled") is None


def test_health_command_table_and_json(db, capsys):
    assert main(["sources", "health", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["source", "last"]
    flagged_first = [line.split()[0] for line in lines[1:4]]
    assert set(flagged_first) == {"jst-0223012", "rops-06", "jst-1862011"}
    assert "errors rising" in out and "silent" in out
    assert "5 source(s), 3 flagged" in out

    assert main(["sources", "health", "--db", str(db), "--json", "--flagged"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["source_id"] for r in rows} == {"jst-0223012", "rops-06", "jst-1862011"}
    assert all(set(r) >= {"requests", "status_2xx", "status_5xx", "pages", "announcements", "errors",
                          "duration", "flags"} for r in rows)

    assert main(["sources", "health", "--db", str(db), "--source", "ngo-opus", "--json"]) == 0
    [opus] = json.loads(capsys.readouterr().out)
    assert opus["status_4xx"] == 3 and opus["flags"] == []


def test_health_command_on_a_missing_store_is_a_clear_error(tmp_path, capsys):
    assert main(["sources", "health", "--db", str(tmp_path / "none.db")]) == 2
    assert "no store" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_pages_a_stage_failed_on_are_counted_and_flagged(tmp_path):
    with Store(tmp_path / "civic.db") as store:
        store.save_run("run-01", "jst-03", "2026-11-01T06:00:00+00:00", {**figures(), "failed_pages": 3})
        health = source_health(store, "jst-03")
        assert health.failed_pages == 3 and health.flags == ["pages failing"]
        assert health.error_rate == 0.0                  # our failures are not the site's errors
        store.save_run("run-02", "jst-03", "2026-11-02T06:00:00+00:00", figures())
        assert source_health(store, "jst-03").flags == []
