"""Crawling saved copies of real sites and scoring what the crawl kept against labels.

The saved sites live outside the repository (`../shared/realsites`, or
`CIVIC_REALSITES_DIR`); how each is served is described in
`tests/fixtures/realsites/sites.json`, and people's labels of its pages (one JSON line per
page: `path` relative to the saved folder, `announcement`, `title`, `published`, `events`)
in `<key>.labels.jsonl` beside it. A crawl starts from the start page with the default
spider and no per-site settings, exactly as for a live source; the records it ends with are
matched to labelled pages by the saved file each URL is served from.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import unquote, urlsplit

from spiders.sample_server import SiteConfig, _resolve, _saved_query_file

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "realsites"


def realsites_dir() -> Path:
    return Path(os.environ.get("CIVIC_REALSITES_DIR") or REPO.parent / "shared" / "realsites")


def available() -> bool:
    return (realsites_dir() / "README.md").is_file() or any(realsites_dir().glob("*/site"))


def site_configs(keys: Iterable[str] | None = None) -> list[SiteConfig]:
    """The saved sites to serve (all, or those named), as mirror configurations."""
    data = json.loads((FIXTURES / "sites.json").read_text(encoding="utf-8"))
    wanted = set(keys) if keys else None
    configs = []
    for entry in data["sites"]:
        if wanted is not None and entry["key"] not in wanted:
            continue
        root = realsites_dir() / entry["root"]
        configs.append(SiteConfig(key=entry["key"], root=root, http_charset=entry.get("http_charset", "meta"),
                                  mirror=bool(entry.get("mirror", True)), entry=entry))
    return configs


def saved_path(site: SiteConfig, url: str) -> str | None:
    """The saved file (relative to the site's folder) a URL of the mirror is answered with."""
    parts = urlsplit(url)
    path = parts.path or "/"
    file = _saved_query_file(site.root, path, parts.query) if site.mirror else None
    if file is None and not path.endswith("/") and (site.root / unquote(path).lstrip("/")).is_dir():
        path += "/"
    file = file or _resolve(site.root, path)
    if file is None:
        return None
    return file.resolve().relative_to(site.root.resolve()).as_posix()


def load_labels(key: str) -> dict[str, dict[str, Any]]:
    """{saved path: label} of a site, empty when nobody has labelled it yet."""
    path = FIXTURES / f"{key}.labels.jsonl"
    if not path.is_file():
        return {}
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            label = json.loads(line)
            labels[label["path"]] = label
    return labels


@dataclass
class SiteScore:
    key: str
    labelled: int = 0                 # labelled announcement pages
    records: int = 0                  # records the crawl made on judged pages
    found: int = 0                    # labelled announcement pages that became records
    correct: int = 0                  # records on pages labelled as announcements
    unsure: int = 0                   # records and labelled pages left out as judgement calls
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.records if self.records else 0.0


def score_site(site: SiteConfig, record_urls: Iterable[str], labels: dict[str, dict[str, Any]], *,
               strict: bool = False) -> SiteScore:
    """Announcement-page recall and precision of a crawl's records against a site's labels.

    Labels cover every page of a site, so a record on a page nobody labelled counts as a
    wrong one. Pages the labeller flagged `unsure` (judgement calls, listed in the labels'
    README) are neither right nor wrong unless `strict`, as `acceptable` answers are in the
    annotation guide.
    """
    score = SiteScore(site.key)
    judged = {path: label for path, label in labels.items() if strict or not label.get("unsure")}
    positives = {path for path, label in judged.items() if label.get("announcement")}
    score.labelled = len(positives)
    recorded = {p for p in (saved_path(site, url) for url in record_urls) if p}
    left_out = {path for path in recorded if path in labels and path not in judged}
    score.unsure = len(left_out) + sum(1 for label in labels.values() if label.get("unsure") and not strict)
    recorded -= left_out
    score.records = len(recorded)
    score.found = len(recorded & positives)
    score.missed = sorted(positives - recorded)
    score.correct = len(recorded & positives)
    score.spurious = sorted(recorded - positives)
    return score


def crawl_command(db: Path, registry: Path, *extra: str) -> list[str]:
    """`civic crawl` of a registry's sources, as a user runs it."""
    return [sys.executable, "-m", "pipeline.cli", "crawl", "--db", str(db), "--registry", str(registry),
            "--no-index", *extra]


def civic_crawl(db: Path, registry: Path, *extra: str, timeout: float | None = None) -> subprocess.CompletedProcess:
    """Run `civic crawl` in a process of its own (Twisted's reactor runs once per process)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(crawl_command(db, registry, *extra), cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=timeout)
