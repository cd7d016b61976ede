"""Crawl benchmark: the whole pipeline against Scrapy alone, on the same generated local site.

    .venv/bin/python bench/crawl_bench.py                 # 10,000 article pages
    .venv/bin/python bench/crawl_bench.py --pages 1000    # a quick look

A synthetic municipal site (spiders/sitegen.py: an `Aktualności` section, paginated
listings, every other article an announcement) is served on 127.0.0.1. Two crawls of it
run in fresh processes, one after the other, with the same download settings:

- baseline: a minimal Scrapy spider that follows the same listing and article links and
  does nothing with the pages;
- pipeline: `pipeline.crawl.run_crawl` with the discovery spider: encoding detection,
  article parsing, raw pages into the SQLite store, relevance, NLP extraction and records.

Printed: pages, wall seconds, pages per second and CPU seconds per page of each crawler
process (the server's work is not counted), and the pipeline's cost relative to Scrapy.
Politeness (download delay, AutoThrottle, 2 requests per host) is switched off in both:
it would measure the sleeps, not the work.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

BENCH_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "RETRY_TIMES": 0,
    "LOG_LEVEL": "ERROR",
    "CIVIC_MAX_LISTING_PAGES": 100000,
    "CIVIC_MAX_ARTICLES": 10**9,
}


def _cpu() -> float:
    return time.process_time()


def worker_baseline(base_url: str) -> dict:
    """Scrapy alone: the same link following, no parsing beyond links, no storage."""
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.linkextractors import LinkExtractor

    counts = {"pages": 0}

    class Baseline(scrapy.Spider):
        name = "baseline"
        start_urls = [base_url + "/"]
        links = LinkExtractor(allow=r"/aktualnosci/")

        def parse(self, response):
            if "/aktualnosci/" in response.url and "/page/" not in response.url \
                    and response.url.rstrip("/") != base_url + "/aktualnosci":
                counts["pages"] += 1
                return
            for link in self.links.extract_links(response):
                yield scrapy.Request(link.url, callback=self.parse)

    settings = {"ROBOTSTXT_OBEY": True, "USER_AGENT": "civic-bench", "TELNETCONSOLE_ENABLED": False,
                "REMOTE_CONTROL_ENABLED": False, **BENCH_SETTINGS}
    process = CrawlerProcess(settings)
    process.crawl(Baseline)
    wall, cpu = time.perf_counter(), _cpu()
    process.start()
    return {"pages": counts["pages"], "seconds": time.perf_counter() - wall, "cpu": _cpu() - cpu}


def worker_pipeline(base_url: str, db: str) -> dict:
    from pipeline.crawl import run_crawl
    from pipeline.store import Store
    from spiders.source import Source

    source = Source(id="bench", name="benchmark site", type="municipal", homepage=base_url + "/", region="0610033")
    wall, cpu = time.perf_counter(), _cpu()
    summary = run_crawl([source], db_path=db, settings_overrides=BENCH_SETTINGS)
    seconds, used = time.perf_counter() - wall, _cpu() - cpu
    with Store(db, readonly=True) as store:
        records = store.count_records()
    return {"pages": summary.pages, "seconds": seconds, "cpu": used, "records": records,
            "announcements": summary.announcements, "errors": summary.errors}


def _run_worker(*args: str) -> dict:
    result = subprocess.run([sys.executable, __file__, "--worker", *args], cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"worker {args[0]} failed:\n{result.stderr[-4000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10000, help="article pages of the generated site (default 10000)")
    parser.add_argument("--per-page", type=int, default=50, help="articles per listing page (default 50)")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, *rest = args.worker
        result = worker_baseline(*rest) if kind == "baseline" else worker_pipeline(*rest)
        print(json.dumps(result))
        return

    from spiders.sample_server import serve_sites
    from spiders.sitegen import generate_site

    with tempfile.TemporaryDirectory(prefix="civic-bench-") as tmp:
        sites = Path(tmp) / "sites"
        started = time.perf_counter()
        generate_site(sites, key="bench", articles=args.pages, per_page=args.per_page)
        print(f"generated a site of {args.pages} articles ({args.per_page} per listing page) "
              f"in {time.perf_counter() - started:.1f} s")
        with serve_sites(sites) as served:
            base = served["bench"]
            baseline = _run_worker("baseline", base)
            full = _run_worker("pipeline", base, str(Path(tmp) / "bench.db"))

    rows = [("Scrapy alone (baseline)", baseline), ("whole pipeline", full)]
    print(f"\n{'crawler':<26}{'pages':>8}{'seconds':>10}{'pages/s':>10}{'CPU s/page':>12}")
    for name, figures in rows:
        pages = max(figures["pages"], 1)
        print(f"{name:<26}{figures['pages']:>8}{figures['seconds']:>10.1f}{figures['pages'] / figures['seconds']:>10.1f}"
              f"{figures['cpu'] / pages:>12.4f}")
    ratio = (full["cpu"] / max(full["pages"], 1)) / max(baseline["cpu"] / max(baseline["pages"], 1), 1e-9)
    print(f"\npipeline: {full['records']} announcement records, {full['errors']} errors; "
          f"CPU per page {ratio:.1f}x Scrapy alone")


if __name__ == "__main__":
    main()
