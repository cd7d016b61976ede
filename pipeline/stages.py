"""How often each stage of a crawl was given a page and failed on it, kept in Scrapy's stats.

A broken dependency or a bug makes a stage fail on every page it is given, and a crawl
that swallowed each failure would report nothing found and succeed. Counting what each
stage was given beside what it failed on lets the crawl tell that case apart from a few
odd pages, and say which stage failed and why.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

STAGE_PARSER = "article parser"      # the spider's callbacks on article pages and their PDFs
STAGE_DISCOVERY = "link discovery"   # the spider's callbacks on homepages, listings, feeds, sitemaps
STAGE_STORE = "page store"           # anything else that failed while a page was processed
# The stages of processing a stored page are named in pipeline/process.py (relevance judge,
# extractor, record builder).

FATAL_KEY = "civic/fatal"            # why the crawl was stopped, when a stage could not start
_PREFIX = "civic/stage/"
_ROLE_STAGES = {"article": STAGE_PARSER, "attachment": STAGE_PARSER, "homepage": STAGE_DISCOVERY,
                "listing": STAGE_DISCOVERY, "feed": STAGE_DISCOVERY, "sitemap": STAGE_DISCOVERY,
                "robots": STAGE_DISCOVERY}


@dataclass
class StageFigures:
    stage: str
    attempted: int = 0
    failed: int = 0
    first_failure: str | None = None    # "<url>: <error>"

    @property
    def failed_everywhere(self) -> bool:
        return self.failed > 0 and self.failed >= self.attempted

    def describe(self) -> str:
        return f"{self.stage} failed on {self.failed} of {self.attempted} pages (first: {self.first_failure})"


def stage_of_role(role: str | None) -> str | None:
    """The stage of the spider's callback for a request of this role."""
    return _ROLE_STAGES.get(role or "")


def attempted(stats: Any, stage: str, pages: int = 1) -> None:
    stats.inc_value(f"{_PREFIX}{stage}/attempted", pages)


def failed(stats: Any, stage: str, url: str, error: str) -> None:
    stats.inc_value(f"{_PREFIX}{stage}/failed")
    if stats.get_value(f"{_PREFIX}{stage}/first_failure") is None:
        stats.set_value(f"{_PREFIX}{stage}/first_failure", f"{url}: {error}")


def from_stats(stats: dict[str, Any]) -> dict[str, StageFigures]:
    """The figures of every stage that failed at least once."""
    figures: dict[str, StageFigures] = {}
    for key, value in stats.items():
        if not key.startswith(_PREFIX):
            continue
        stage, _, name = key[len(_PREFIX):].rpartition("/")
        entry = figures.setdefault(stage, StageFigures(stage))
        if name in ("attempted", "failed"):
            setattr(entry, name, int(value))
        elif name == "first_failure":
            entry.first_failure = str(value)
    return {stage: entry for stage, entry in figures.items() if entry.failed}
