"""A crawl whose article parser or extractor is broken says so in one line and fails.

Each test runs the real `civic crawl` (spiders, pipeline, store) in a subprocess against a
site served on 127.0.0.1, with one stage broken by tests/pipeline/faults.py.
"""
from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from faults import EXTRACTOR_ERROR, PARSER_ERROR
from spiders.sample_server import serve_sites
from spiders.sitegen import generate_site

REPO = Path(__file__).resolve().parents[2]
ARTICLES = 6
DRIVER = "import sys; sys.path.insert(0, 'tests/pipeline'); import faults; faults.main()"
FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_START_DELAY": "0.01", "AUTOTHROTTLE_MAX_DELAY": "0.02",
        "RETRY_TIMES": "0", "LOG_LEVEL": "WARNING"}

pytestmark = pytest.mark.slow


def civic_with_fault(fault: str, *args: str, faulty_page: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "FAULTY_PAGE": faulty_page}
    return subprocess.run([sys.executable, "-c", DRIVER, fault, *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def civic(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture()
def site(tmp_path):
    """A small municipal site served on 127.0.0.1, and the crawl arguments for it."""
    sites = tmp_path / "sites"
    manifest = generate_site(sites, key="gmina", articles=ARTICLES, per_page=10)
    db = tmp_path / "civic.db"
    with serve_sites(sites) as served:
        registry = tmp_path / "registry.csv"
        with open(registry, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "type", "name", "region", "homepage", "enabled", "confidence"])
            writer.writerow(["gen-gmina", "municipal", "Gmina", "0610033", served["gmina"] + "/", "true", "high"])
        args = ["crawl", "--db", str(db), "--registry", str(registry), "--no-index"]
        for name, value in FAST.items():
            args += ["--set", f"{name}={value}"]
        yield {"args": args, "db": db, "manifest": manifest, "served": served}


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("civic: error:")]


def health(db: Path) -> dict:
    result = civic("--db", str(db), "sources", "health", "--json")
    assert result.returncode == 0, result.stderr
    return {h["source_id"]: h for h in json.loads(result.stdout)}["gen-gmina"]


def test_a_parser_failing_on_every_page_fails_the_crawl_in_one_line(site):
    result = civic_with_fault("parser-every-page", *site["args"])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = error_lines(result.stderr)
    found = re.match(rf"civic: error: the article parser failed on every page it was given \((\d+) of \1\): "
                     rf"RuntimeError: {PARSER_ERROR} \(first at http://127\.0\.0\.1:\d+/.*\)$", line)
    assert found, line
    failed = int(found.group(1))
    assert failed >= ARTICLES                 # every article, and any other page the spider read as one
    assert f"{failed} failed pages" in result.stdout
    figures = health(site["db"])
    assert figures["failed_pages"] == failed and "pages failing" in figures["flags"]


def test_a_page_the_parser_fails_on_is_counted_and_the_crawl_goes_on(site):
    faulty = next(path for path, entry in site["manifest"].items() if entry["announcement"])
    result = civic_with_fault("parser-one-page", *site["args"], faulty_page=faulty)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert "1 failed pages" in result.stdout
    [stage_line] = [line for line in result.stdout.splitlines() if "article parser failed on" in line]
    assert stage_line.strip().startswith("article parser failed on 1 of ")
    assert stage_line.endswith(f"(first: {site['served']['gmina']}{faulty}: RuntimeError: {PARSER_ERROR})")
    figures = health(site["db"])
    assert figures["failed_pages"] == 1 and "pages failing" in figures["flags"]
    assert figures["announcements"] == sum(e["announcement"] for e in site["manifest"].values()) - 1


def test_a_parser_that_cannot_start_stops_the_crawl_before_it_begins(site):
    result = civic_with_fault("parser-cannot-start", *site["args"])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert error_lines(result.stderr) == [f"civic: error: the article parser cannot start: RuntimeError: {PARSER_ERROR}"]
    assert site["served"].requests() == []


def test_an_extractor_that_cannot_start_stops_the_crawl(site):
    result = civic_with_fault("extractor-cannot-start", *site["args"])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert error_lines(result.stderr) == [f"civic: error: the extractor cannot start: ImportError: {EXTRACTOR_ERROR}"]
