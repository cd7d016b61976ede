"""`civic eval` on a folder of parts: announcements with gold, non-announcements, the verdict,
and texts on which the extractor fails (counted, reported, the rest still scored)."""
from __future__ import annotations

import json
import re

import pytest

from nlp.eval_sets import evaluate_part, load_eval_set


def _gold(**fields):
    base = {"published": None, "events": [], "deadlines": [], "venues": [], "organisers": [],
            "funding": [], "event_type": "spotkanie"}
    base.update(fields)
    return base


def _write_set(folder):
    folder.mkdir()
    dev = [
        {"id": "a1", "url": "https://gmina.example/a1",
         "text": "Wójt Gminy Sawin zaprasza na zebranie wiejskie 12 marca 2026 r. o godz. 18:00 w świetlicy "
                 "wiejskiej w Sawinie.",
         "gold": _gold(events=[{"start": "2026-03-12T18:00", "end": None}],
                       organisers=["Wójt Gminy Sawin"],
                       venues=[{"name": "świetlicy wiejskiej w Sawinie", "address": None, "city": "Sawin"}])},
        {"id": "n1", "url": "https://gmina.example/n1", "kind": "tender", "why": "a call for offers",
         "text": "Gmina Sawin ogłasza przetarg nieograniczony na dostawę opału. Oferty należy składać do "
                 "20 marca 2026 r. w sekretariacie urzędu."},
    ]
    (folder / "dev.jsonl").write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in dev) + "\n",
                                      encoding="utf-8")
    (folder / "test.jsonl").write_text(json.dumps(dev[0], ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def test_a_part_splits_into_announcements_and_non_announcements(tmp_path):
    folder = _write_set(tmp_path / "set")
    items, negatives = load_eval_set(folder / "dev.jsonl")
    assert [i.id for i in items] == ["a1"] and items[0].url == "https://gmina.example/a1"
    assert [(n.id, n.kind) for n in negatives] == [("n1", "tender")]


def test_the_verdict_is_counted_on_both_kinds_of_page(tmp_path):
    from nlp import Extractor

    folder = _write_set(tmp_path / "set")
    report = evaluate_part(folder / "dev.jsonl", Extractor(),
                           lambda title, text, url: ("zebranie" in text, 1.0, []))
    assert (report.verdict.tp, report.verdict.fn, report.verdict.fp, report.verdict.tn) == (1, 0, 0, 1)
    report = evaluate_part(folder / "dev.jsonl", Extractor(), lambda title, text, url: (True, 1.0, []))
    assert (report.verdict.precision, report.verdict.recall) == (0.5, 1.0)
    assert report.verdict.wrong == [("n1", "tender judged an announcement")]


def test_the_extractor_is_given_the_pages_address_as_a_crawl_gives_it(tmp_path):
    from nlp import Extractor

    folder = tmp_path / "set"
    folder.mkdir()
    item = {"id": "u1", "url": "http://www.lipno.example/2010/02/26/zebrania/",
            "text": "Zapraszamy na zebranie wiejskie, które odbędzie się 3 marca o godz. 17:00 w świetlicy.",
            "gold": _gold(events=[{"start": "2010-03-03T17:00", "end": None}])}
    (folder / "dev.jsonl").write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    report = evaluate_part(folder / "dev.jsonl", Extractor(), lambda title, text, url: (True, 1.0, []))
    assert report.score.counts["events"].tp == 1


def test_civic_eval_scores_every_part_of_a_folder_in_order(tmp_path, capsys):
    from pipeline.cli import main

    folder = _write_set(tmp_path / "set")
    assert main(["eval", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.index("== dev.jsonl: 1 announcements, 1 not announcements ==") < out.index("== test.jsonl")
    assert re.search(r"^announcement verdict: precision \d\.\d{3} recall \d\.\d{3}", out, re.M)
    assert re.search(r"^organisers\s+1\s+1\s+1\s+0\s+0\s+1\.000\s+1\.000\s+1\.000$", out, re.M)
    assert out.count("texts that failed: 0") == 2
    assert main(["eval", str(folder), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["parts"]) == {"dev.jsonl", "test.jsonl"}
    assert report["parts"]["dev.jsonl"]["verdict"]["tn"] + report["parts"]["dev.jsonl"]["verdict"]["fp"] == 1


def test_a_text_that_makes_the_extractor_fail_is_reported_and_the_rest_scored(tmp_path, capsys, monkeypatch):
    from nlp.pipeline import Extractor
    from pipeline.cli import main

    folder = _write_set(tmp_path / "set")
    original = Extractor.extract

    def failing(self, text, **context):
        if "Sawin" in text and "zebranie" in text:
            raise AttributeError("'NoneType' object has no attribute 'group'")
        return original(self, text, **context)

    monkeypatch.setattr(Extractor, "extract", failing)
    assert main(["eval", str(folder / "dev.jsonl")]) == 1
    out = capsys.readouterr().out
    assert "texts that failed: 1" in out and "a1: AttributeError" in out
    assert re.search(r"^events\s+1\s+0\s+0\s+0\s+1\s", out, re.M)   # scored as an empty prediction


def test_the_real_text_set_is_the_default(tmp_path, capsys, monkeypatch):
    from pipeline.commands import eval as eval_command
    from pipeline.cli import main

    monkeypatch.setattr(eval_command, "DEFAULT_SET", tmp_path / "nowhere")
    assert main(["eval"]) == 2
    assert "the real-text set is not at" in capsys.readouterr().err
    monkeypatch.setattr(eval_command, "DEFAULT_SET", _write_set(tmp_path / "set"))
    assert main(["eval"]) == 0
    assert "== dev.jsonl" in capsys.readouterr().out


@pytest.mark.parametrize("paths", [[], ["a.jsonl", "b.jsonl"]])
def test_predictions_score_exactly_one_file(tmp_path, capsys, paths):
    from pipeline.cli import main

    folder = _write_set(tmp_path / "set")
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text("{}\n", encoding="utf-8")
    args = ["eval", *([str(folder)] if not paths else [str(folder / "dev.jsonl"), str(folder / "test.jsonl")])]
    assert main([*args, "--predictions", str(predictions)]) == 2
    assert "--predictions scores one gold file" in capsys.readouterr().err
