"""Run the real `civic` command with one stage broken on purpose, for the failure tests.

    python -c "import sys; sys.path.insert(0, 'tests/pipeline'); import faults; faults.main()" FAULT ARGS...

from the repository root. The faults break the stage where the running code looks it up,
so the crawl, its spiders and its pipeline run unchanged around it:
- `parser-every-page`: every article page the spiders read makes the article parser raise
  (its start-up check, which calls it directly, still passes);
- `parser-one-page`: only pages whose URL holds FAULTY_PAGE make it raise;
- `parser-cannot-start`: the article parser raises on anything, its start-up check included;
- `extractor-cannot-start`: building the extractor raises ImportError, like a missing package;
- `verdict-misses-one`: the relevance decision says "not an announcement" for URLs holding FAULTY_PAGE.
"""
from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from typing import Any

PARSER_ERROR = "article parser fault injected by the test"
EXTRACTOR_ERROR = "extractor fault injected by the test"


def _break_parser(*, everywhere: bool, only: str | None = None) -> None:
    import spiders.article as article
    import spiders.spiders

    original = article.parse_article

    def broken(body: bytes, url: str, *args: Any, **kwargs: Any) -> Any:
        if only is None or only in url:
            raise RuntimeError(PARSER_ERROR)
        return original(body, url, *args, **kwargs)

    for info in pkgutil.iter_modules(spiders.spiders.__path__, "spiders.spiders."):
        importlib.import_module(info.name)
    for name, module in list(sys.modules.items()):
        if not name.startswith("spiders.") or (module is article and not everywhere):
            continue
        if getattr(module, "parse_article", None) is original:
            setattr(module, "parse_article", broken)


def _break_extractor() -> None:
    import nlp.pipeline

    def broken(self: Any, *args: Any, **kwargs: Any) -> None:
        raise ImportError(EXTRACTOR_ERROR)

    nlp.pipeline.Extractor.__init__ = broken


def _miss_one_verdict(only: str) -> None:
    import pipeline.process as process
    from pipeline.relevance import Relevance

    original = process.page_verdict

    def verdict(page: dict, threshold: float | None = None) -> Relevance:
        if only in (page.get("url") or ""):
            return Relevance(score=0.0, reasons=["fault injected by the test"], is_announcement=False)
        return original(page, threshold)

    process.page_verdict = verdict


def main() -> None:
    fault, argv = sys.argv[1], sys.argv[2:]
    faulty_page = os.environ.get("FAULTY_PAGE", "")
    if fault == "parser-every-page":
        _break_parser(everywhere=False)
    elif fault == "parser-one-page":
        _break_parser(everywhere=False, only=faulty_page)
    elif fault == "parser-cannot-start":
        _break_parser(everywhere=True)
    elif fault == "extractor-cannot-start":
        _break_extractor()
    elif fault == "verdict-misses-one":
        _miss_one_verdict(faulty_page)
    else:
        raise SystemExit(f"unknown fault {fault!r}")
    from pipeline.cli import main as civic

    sys.exit(civic(argv))
