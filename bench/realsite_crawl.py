"""Crawl each saved real site from its start page and score the records against the labels.

    .venv/bin/python bench/realsite_crawl.py                  # every saved site, whole crawl
    .venv/bin/python bench/realsite_crawl.py --site ibby      # one site
    .venv/bin/python bench/realsite_crawl.py --show-errors    # list missed and spurious pages

Each site of `tests/fixtures/realsites/sites.json` is served by the mirror server
(spiders/mirror.py) on 127.0.0.1 and crawled by `civic crawl` with a registry row naming only
its start page: the default spider, default settings (the politeness delays that
`run_crawl` drops for local sites aside), no per-site configuration. Printed per site:
requests, pages stored, records, and against `<key>.labels.jsonl` announcement-page recall
(labelled announcement pages that became records) and precision (records on pages labelled
as announcements), leaving out the pages the labeller flagged `unsure`, and beside them the
strict figures that count those too. Needs the saved sites (`../shared/realsites` or
CIVIC_REALSITES_DIR).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.store import Store  # noqa: E402
from spiders import realsites  # noqa: E402
from spiders.mirror import serve_mirrors  # noqa: E402
from spiders.registry import write_served_registry  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", action="append", help="only this site key (repeatable)")
    parser.add_argument("--show-errors", action="store_true", help="list missed and spurious pages")
    parser.add_argument("--keep", metavar="DIR", help="keep the store in DIR (default: a temporary folder)")
    parser.add_argument("--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="a crawl setting (for experiments; the figures are measured without)")
    args = parser.parse_args()
    if not realsites.available():
        print(f"no saved sites at {realsites.realsites_dir()}: nothing to measure", file=sys.stderr)
        return 1
    sites = realsites.site_configs(args.site)
    with tempfile.TemporaryDirectory(prefix="civic-realsites-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"{'site':<14}{'seconds':>9}{'requests':>10}{'pages':>7}{'records':>9}{'labelled':>10}"
              f"{'recall':>8}{'precision':>11}{'strict R':>10}{'strict P':>10}")
        for site in sites:
            db = work / f"{site.key}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            with serve_mirrors([site]) as served:
                registry = work / f"{site.key}.csv"
                write_served_registry(registry, served, [site.entry])
                started = time.perf_counter()
                extra = [a for pair in args.settings for a in ("--set", pair)]
                result = realsites.civic_crawl(db, registry, *extra)
                seconds = time.perf_counter() - started
                requests = len(served.requests())
            if result.returncode != 0:
                print(f"{site.key}: crawl failed\n{result.stderr[-3000:]}", file=sys.stderr)
                return 1
            with Store(db, readonly=True) as store:
                urls = [r["url"] for r in store.iter_records()]
                pages = sum(1 for _ in store.iter_pages())
            labels = realsites.load_labels(site.key)
            score = realsites.score_site(site, urls, labels)
            strict = realsites.score_site(site, urls, labels, strict=True)
            figures = (f"{score.labelled:>10}{score.recall:>8.3f}{score.precision:>11.3f}"
                       f"{strict.recall:>10.3f}{strict.precision:>10.3f}" if labels
                       else f"{'-':>10}{'-':>8}{'-':>11}{'-':>10}{'-':>10}")
            print(f"{site.key:<14}{seconds:>9.1f}{requests:>10}{pages:>7}{len(urls):>9}{figures}", flush=True)
            if args.show_errors and labels:
                for path in score.missed:
                    print(f"  missed   {path}  {labels[path].get('title', '')[:90]}")
                for path in score.spurious:
                    print(f"  spurious {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
