"""`scripts/shared_text_overlap.py` finds third-party text copied into the repository, through
markup and punctuation, and never prints the text of the held-out real announcements."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "shared_text_overlap.py"
REAL = ("Zarząd Osiedla Zielone Wzgórze zaprasza mieszkańców na zebranie w sprawie remontu boiska "
        "przy ulicy Klonowej.")


@pytest.fixture
def overlap(tmp_path, monkeypatch):
    """The script run on a made-up working tree (`repo/`) beside a made-up `shared/`."""
    spec = importlib.util.spec_from_file_location("shared_text_overlap", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)     # dataclasses look their module up
    spec.loader.exec_module(module)
    repo, shared = tmp_path / "repo", tmp_path / "shared"
    (shared / "seeds").mkdir(parents=True)
    (shared / "seeds" / "000_x.txt").write_text(REAL, encoding="utf-8")
    (shared / "eval" / "realtext").mkdir(parents=True)
    (shared / "eval" / "realtext" / "test.jsonl").write_text(json.dumps({"id": "t1", "text": REAL}) + "\n",
                                                             encoding="utf-8")
    (repo / "docs").mkdir(parents=True)
    (repo / "docs" / "own.md").write_text("Zebranie wiejskie w Lipnikach odbędzie się w piątek.", encoding="utf-8")
    monkeypatch.setattr(module, "ROOT", repo)
    monkeypatch.setattr(module, "SHARED", shared)
    return module, repo


def test_a_clean_tree_passes(overlap, capsys):
    module, _ = overlap
    assert module.main(["--corpus", "seeds"]) == 0
    assert "0 repository files" in capsys.readouterr().out


def test_a_copied_sentence_is_found_through_markup_and_entities(overlap, capsys):
    module, repo = overlap
    page = "<p>Zarząd Osiedla <b>Zielone Wzgórze</b> zaprasza mieszkańców na&nbsp;zebranie w sprawie remontu</p>"
    (repo / "site.html").write_text(page, encoding="utf-8")
    assert module.main(["--corpus", "seeds"]) == 1
    out = capsys.readouterr().out
    assert "site.html: 1 runs, longest 11 words" in out
    assert "own.md" not in out


def test_a_run_shorter_than_the_limit_is_not_reported(overlap):
    module, repo = overlap
    (repo / "note.txt").write_text("Zaprasza mieszkańców na zebranie w sprawie budżetu.", encoding="utf-8")
    assert module.main(["--corpus", "seeds"]) == 0


def test_held_out_texts_are_located_but_never_printed(overlap, capsys):
    module, repo = overlap
    (repo / "copy.txt").write_text(REAL, encoding="utf-8")
    assert module.main(["--corpus", "realtext-test"]) == 1
    out = capsys.readouterr().out
    assert "copy.txt" in out and "Klonowej".lower() not in out.lower()
