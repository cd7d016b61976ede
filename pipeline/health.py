"""Per-source crawl health from the store's `runs` table, with flags for sources that need a look.

Spiders break quietly when a site is redesigned: requests still succeed, but no article is
found any more. So a source is flagged
- `silent` when its last SILENT_RUNS runs stored no pages and no announcements;
- `errors rising` when the error rate of its last run jumps well above the average of its
  earlier runs (see `errors_rising`);
- `unreachable` when its last run sent requests and got no successful (2xx/3xx) answer;
- `pages failing` when a stage of our own (the article parser, the extractor, ...) failed on
  some page of its last run: unlike a site's errors, each of those is ours to fix.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from pipeline.store import Store

SILENT_RUNS = 3          # runs in a row without a page or an announcement
HISTORY_RUNS = 10        # earlier runs the error-rate average is taken over
RISE_FACTOR = 2.0        # last rate must be at least this many times the earlier average ...
RISE_MARGIN = 0.2        # ... and this much above it (absolute), ...
RISE_FLOOR = 0.1         # ... and at least this high, to count as a jump

FLAG_SILENT = "silent"
FLAG_ERRORS_RISING = "errors rising"
FLAG_UNREACHABLE = "unreachable"
FLAG_PAGES_FAILING = "pages failing"


def error_rate(run: dict[str, Any]) -> float:
    """Failed requests per request: transport errors plus 4xx and 5xx answers (capped at 1)."""
    failed = int(run.get("errors") or 0) + int(run.get("status_4xx") or 0) + int(run.get("status_5xx") or 0)
    requests = int(run.get("requests") or 0)
    if requests <= 0:
        return 1.0 if failed else 0.0
    return min(1.0, failed / requests)


def is_silent(runs: list[dict[str, Any]]) -> bool:
    """No page and no announcement in each of the last SILENT_RUNS runs (newest first)."""
    recent = runs[:SILENT_RUNS]
    return len(recent) == SILENT_RUNS and all(
        int(r.get("pages") or 0) == 0 and int(r.get("announcements") or 0) == 0 for r in recent)


def errors_rising(runs: list[dict[str, Any]]) -> bool:
    """The last run's error rate jumped: ≥ RISE_FACTOR × and ≥ RISE_MARGIN above the earlier average."""
    if len(runs) < 2:
        return False
    last = error_rate(runs[0])
    earlier = [error_rate(r) for r in runs[1:1 + HISTORY_RUNS]]
    average = sum(earlier) / len(earlier)
    return last >= RISE_FLOOR and last >= RISE_FACTOR * average and last - average >= RISE_MARGIN


def is_unreachable(run: dict[str, Any]) -> bool:
    return int(run.get("requests") or 0) > 0 and int(run.get("status_2xx") or 0) + int(run.get("status_3xx") or 0) == 0


@dataclass
class SourceHealth:
    source_id: str
    runs: int                       # runs recorded for this source
    last_run_id: str
    last_started_at: str
    requests: int
    status_2xx: int
    status_3xx: int
    status_4xx: int
    status_5xx: int
    pages: int
    announcements: int
    errors: int
    duration: float
    error_rate: float
    earlier_error_rate: float | None   # average over earlier runs, None if this is the first
    failed_pages: int = 0              # pages a stage of ours failed on in the last run
    flags: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def health_from_runs(source_id: str, runs: list[dict[str, Any]]) -> SourceHealth:
    """Health of one source from its runs, newest first."""
    last = runs[0]
    earlier = [error_rate(r) for r in runs[1:1 + HISTORY_RUNS]]
    flags = []
    if is_silent(runs):
        flags.append(FLAG_SILENT)
    if errors_rising(runs):
        flags.append(FLAG_ERRORS_RISING)
    if is_unreachable(last):
        flags.append(FLAG_UNREACHABLE)
    failed_pages = int(last.get("failed_pages") or 0)
    if failed_pages:
        flags.append(FLAG_PAGES_FAILING)
    return SourceHealth(
        source_id=source_id, runs=len(runs), last_run_id=last["run_id"], last_started_at=last["started_at"],
        requests=int(last["requests"]), status_2xx=int(last["status_2xx"]), status_3xx=int(last["status_3xx"]),
        status_4xx=int(last["status_4xx"]), status_5xx=int(last["status_5xx"]), pages=int(last["pages"]),
        announcements=int(last["announcements"]), errors=int(last["errors"]), duration=float(last["duration"]),
        error_rate=round(error_rate(last), 4),
        earlier_error_rate=round(sum(earlier) / len(earlier), 4) if earlier else None,
        failed_pages=failed_pages, flags=flags)


def health_report(rows: Iterable[dict[str, Any]]) -> list[SourceHealth]:
    """One entry per source from run rows (any order); flagged sources first, then by id."""
    by_source: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_source.setdefault(row["source_id"], []).append(row)
    report = []
    for source_id, runs in by_source.items():
        runs.sort(key=lambda r: (r["started_at"], r["run_id"]), reverse=True)
        report.append(health_from_runs(source_id, runs))
    report.sort(key=lambda h: (not h.flags, h.source_id))
    return report


def source_health(store: Store, source_id: str) -> SourceHealth | None:
    """Health of one source from the store, or None if it has no recorded run."""
    runs = store.runs(source_id)
    if not runs:
        return None
    runs.sort(key=lambda r: (r["started_at"], r["run_id"]), reverse=True)
    return health_from_runs(source_id, runs)


def store_health(store: Store, source_ids: Iterable[str] | None = None) -> list[SourceHealth]:
    """Health of every source (or of the given ones) that has runs in the store."""
    wanted = set(source_ids or ())
    rows = store.runs()
    if wanted:
        rows = [r for r in rows if r["source_id"] in wanted]
    return health_report(rows)
