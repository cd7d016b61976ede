"""What the crawl tests share: serving site folders on 127.0.0.1, writing a registry for
them, and running the real `civic crawl` command in a subprocess (Twisted's reactor runs once
per process, so every crawl gets its own)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit

from spiders.registry import write_served_registry

REPO = Path(__file__).resolve().parents[2]
FIXTURE_SITES = REPO / "tests" / "fixtures" / "sites"
SAMPLE_SITES = REPO / "spiders" / "sample_sites"

# Polite defaults make sense on the web, not against a local server: keep the tests fast.
FAST_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_START_DELAY": "0.01",
    "AUTOTHROTTLE_MAX_DELAY": "0.02",
    # Twice what a page of a busy test machine may take, half the fixture's slow page (8 s).
    "DOWNLOAD_TIMEOUT": "4",
    "RETRY_TIMES": "0",
    "DOWNLOAD_MAXSIZE": "300000",
    "DOWNLOAD_WARNSIZE": "200000",
    "CONCURRENT_REQUESTS": "32",
    "LOG_LEVEL": "WARNING",
}


def copy_sites(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def site_entries(sites_dir: Path) -> list[dict[str, Any]]:
    return json.loads((sites_dir / "sites.json").read_text(encoding="utf-8"))["sites"]


def manifest(sites_dir: Path) -> dict[str, dict[str, Any]]:
    return json.loads((sites_dir / "manifest.json").read_text(encoding="utf-8"))


def write_registry(path: Path, served: dict[str, str], sites_dirs: Iterable[Path]) -> list[str]:
    """A registry CSV naming each served site of these folders by homepage only."""
    return write_served_registry(path, served, [site for sites_dir in sites_dirs for site in site_entries(sites_dir)])


def civic(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the `civic` command as a user would, from the repository root."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


def crawl_args(db: Path, registry: Path, *extra: str, index: bool = False) -> list[str]:
    args = ["crawl", "--db", str(db), "--registry", str(registry), *([] if index else ["--no-index"]), *extra]
    for name, value in FAST_SETTINGS.items():
        args += ["--set", f"{name}={value}"]
    return args


def paths_by_site(requests: Iterable[Any]) -> dict[str, list[tuple[str, int, bool]]]:
    """The server log as {site: [(path, status, conditional), ...]}."""
    found: dict[str, list[tuple[str, int, bool]]] = {}
    for r in requests:
        found.setdefault(r.site, []).append((urlsplit(r.path).path, r.status, r.conditional))
    return found
