"""Crawl benchmark: the whole pipeline against Scrapy alone, on the same local site.

    .venv/bin/python bench/crawl_bench.py --site lomianki-bip   # the saved real BIP (7,471 pages)
    .venv/bin/python bench/crawl_bench.py                       # a generated site of 10,000 articles
    .venv/bin/python bench/crawl_bench.py --pages 1000          # a quick look

The site is served on 127.0.0.1 in the benchmark's own process: a saved real site through
the mirror server (spiders/mirror.py, from ../shared/realsites), or a synthetic municipal
site (spiders/sitegen.py: an `Aktualności` section, paginated listings, every other
article an announcement). Two crawls of it run in fresh processes, one after the other,
with the same download settings:

- baseline: a minimal Scrapy spider that walks the same site (on a real site: every
  internal link from the start page, with Scrapy's LinkExtractor; on the generated one: the
  listing and article links) and does nothing with the pages;
- pipeline: `pipeline.crawl.run_crawl` with the discovery spider and no per-site settings:
  the site walk, encoding detection, article parsing, raw pages into the SQLite store,
  relevance, NLP extraction and records.

Printed: pages fetched (HTML answered 200, from the server's log), wall seconds, pages per
second and CPU seconds per page of each crawler process (the server's work is not counted),
and the pipeline's CPU per page relative to Scrapy's. Politeness (download delay,
AutoThrottle, 2 requests per host) is switched off in both: it would measure the sleeps,
not the work.
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
    "CIVIC_MAX_PAGES": 10**9,
}


def _cpu() -> float:
    return time.process_time()


def _run_alone(spider: type, counts: dict) -> dict:
    """Run a minimal spider with the benchmark's download settings; its pages, wall and CPU seconds."""
    from scrapy.crawler import CrawlerProcess

    settings = {"ROBOTSTXT_OBEY": True, "USER_AGENT": "civic-bench", "TELNETCONSOLE_ENABLED": False,
                "REMOTE_CONTROL_ENABLED": False, **BENCH_SETTINGS}
    process = CrawlerProcess(settings)
    process.crawl(spider)
    wall, cpu = time.perf_counter(), _cpu()
    process.start()
    return {"pages": counts["pages"], "seconds": time.perf_counter() - wall, "cpu": _cpu() - cpu}


def worker_walk(start_url: str) -> dict:
    """Scrapy alone on a real site: every internal link from the start page, nothing else."""
    import scrapy
    from scrapy.linkextractors import LinkExtractor

    counts = {"pages": 0}
    site = start_url.split("/")[2]

    class Walk(scrapy.Spider):
        name = "walk"
        start_urls = [start_url]
        links = LinkExtractor()   # (allow_domains does not take an IP address)

        def parse(self, response):
            if not isinstance(response, scrapy.http.HtmlResponse):
                return
            counts["pages"] += 1
            for link in self.links.extract_links(response):
                if link.url.split("/")[2] == site:
                    yield scrapy.Request(link.url, callback=self.parse)

    return _run_alone(Walk, counts)


def worker_baseline(base_url: str) -> dict:
    """Scrapy alone: the same link following, no parsing beyond links, no storage."""
    import scrapy
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

    return _run_alone(Baseline, counts)


def worker_pipeline(base_url: str, db: str, homepage: str = "/", region: str = "0610033") -> dict:
    from pipeline.crawl import run_crawl
    from pipeline.store import Store
    from spiders.source import Source

    source = Source(id="bench", name="benchmark site", type="municipal", homepage=base_url + homepage,
                    region=region or None)
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
    parser.add_argument("--site", metavar="KEY", help="a saved real site of tests/fixtures/realsites/sites.json "
                                                      "(e.g. lomianki-bip) instead of the generated one")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, *rest = args.worker
        workers = {"baseline": worker_baseline, "walk": worker_walk, "pipeline": worker_pipeline}
        print(json.dumps(workers[kind](*rest)))
        return
    if args.site:
        real_site(args.site)
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

    _report(baseline, full)


def _report(baseline: dict, full: dict) -> None:
    rows = [("Scrapy alone (baseline)", baseline), ("whole pipeline", full)]
    print(f"\n{'crawler':<26}{'pages':>8}{'seconds':>10}{'pages/s':>10}{'CPU s/page':>12}")
    for name, figures in rows:
        pages = max(figures["pages"], 1)
        print(f"{name:<26}{figures['pages']:>8}{figures['seconds']:>10.1f}{figures['pages'] / figures['seconds']:>10.1f}"
              f"{figures['cpu'] / pages:>12.4f}")
    ratio = (full["cpu"] / max(full["pages"], 1)) / max(baseline["cpu"] / max(baseline["pages"], 1), 1e-9)
    print(f"\npipeline: {full.get('stored', full['pages'])} pages stored, {full['records']} announcement records, "
          f"{full['errors']} errors; CPU per page {ratio:.1f}x Scrapy alone")


def _html_pages(requests: list) -> int:
    """Pages answered with HTML (status 200) in a server log."""
    return sum(1 for r in requests if r.status == 200 and r.method == "GET"
               and not r.path.split("?")[0].endswith((".xml", ".txt")))


def real_site(key: str) -> None:
    """Both crawlers on a saved real site, served by the mirror server."""
    from spiders import realsites
    from spiders.mirror import serve_mirrors

    if not realsites.available():
        raise SystemExit(f"no saved sites at {realsites.realsites_dir()}")
    site = realsites.site_configs([key])[0]
    entry = site.entry
    with tempfile.TemporaryDirectory(prefix="civic-bench-") as tmp, serve_mirrors([site]) as served:
        start = served[key] + entry.get("homepage", "/")
        print(f"serving {key} ({sum(1 for _ in site.root.rglob('*.htm*'))} saved pages) at {start}")
        served.clear_log()
        baseline = _run_worker("walk", start)
        baseline["pages"] = _html_pages(served.requests())
        served.clear_log()
        full = _run_worker("pipeline", served[key], str(Path(tmp) / "bench.db"), entry.get("homepage", "/"),
                           entry.get("region") or "")
        full["stored"], full["pages"] = full["pages"], _html_pages(served.requests())
    _report(baseline, full)


if __name__ == "__main__":
    main()
