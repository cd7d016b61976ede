"""`civic sources list|check|health`: the source registry and the health of its crawls."""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter

from pipeline.errors import CivicError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "sources", parents=[common], help="list and check the source registry; show crawl health",
        description="The source registry (spiders/sources/*.csv) and per-source crawl health.")
    actions = parser.add_subparsers(dest="sources_command", required=True, metavar="ACTION")

    registry_opt = argparse.ArgumentParser(add_help=False)
    registry_opt.add_argument("--registry", metavar="FILE", action="append",
                              help="read this registry file instead of spiders/sources/*.csv (repeatable)")

    lister = actions.add_parser("list", parents=[common, registry_opt], help="print one source per line",
                                description="Print the registry, one source per line (tab-separated: id, type, "
                                            "region, voivodeship, homepage, name, flags).")
    lister.add_argument("--type", choices=("municipal", "rops", "ngo", "other"), help="only sources of this type")
    lister.add_argument("--voivodeship", metavar="NAME|CODE",
                        help="only sources in this voivodeship (e.g. lubelskie, 06)")
    state = lister.add_mutually_exclusive_group()
    state.add_argument("--enabled", dest="include_disabled", action="store_false", default=False,
                       help="only enabled sources (default)")
    state.add_argument("--all", dest="include_disabled", action="store_true", help="disabled sources too")
    lister.add_argument("--json", action="store_true", help="print a JSON array instead")
    lister.set_defaults(func=run_list)

    checker = actions.add_parser("check", parents=[common, registry_opt],
                                 help="validate every registry file and print a summary",
                                 description="Validate every registry file; print counts by type and "
                                             "voivodeship; exit 1 when any row is invalid.")
    checker.set_defaults(func=run_check)

    health = actions.add_parser("health", parents=[common], help="per-source figures of the last crawl, with flags",
                                description="Per source: the last run's requests, responses by status class, "
                                            "pages, announcements, errors and duration; flags 'silent' (nothing "
                                            "stored in the last 3 runs), 'errors rising' and 'unreachable'.")
    health.add_argument("--json", action="store_true", help="print a JSON array instead of a table")
    health.add_argument("--flagged", action="store_true", help="only sources with a flag")
    health.add_argument("--source", metavar="ID", action="append", help="only this source (repeatable)")
    health.set_defaults(func=run_health)
    parser.set_defaults(func=lambda args: parser.error("choose an action: list, check or health"))


def _fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower().strip()


def voivodeship_code(value: str) -> str:
    """'lubelskie', 'Lubelskie', 'lodzkie', '06' or '6' -> '06'."""
    from spiders.registry import teryt_units

    voivodeships = {code: unit.name for code, unit in teryt_units().items() if len(code) == 2}
    value = value.strip()
    if value.isdigit() and value.zfill(2) in voivodeships:
        return value.zfill(2)
    wanted = _fold(value.removeprefix("województwo ").removeprefix("woj. "))
    for code, name in voivodeships.items():
        if _fold(name) == wanted:
            return code
    names = ", ".join(f"{c} {n}" for c, n in sorted(voivodeships.items()))
    raise CivicError(f"unknown voivodeship {value!r}; use a name or code: {names}")


def _load(args: argparse.Namespace):
    from spiders.registry import load_registry

    return load_registry(args.registry)


def flags_of(source) -> list[str]:
    flags = []
    if not source.enabled:
        flags.append("disabled")
    if source.confidence != "high":
        flags.append(f"{source.confidence} confidence")
    return flags


def run_list(args: argparse.Namespace) -> int:
    from spiders.registry import teryt_units, voivodeship_of

    sources = _load(args)
    if args.type:
        sources = [s for s in sources if s.type == args.type]
    if args.voivodeship:
        code = voivodeship_code(args.voivodeship)
        sources = [s for s in sources if voivodeship_of(s.region) == code]
    if not args.include_disabled:
        sources = [s for s in sources if s.enabled]
    units = teryt_units()
    if args.json:
        out = []
        for s in sources:
            woj = voivodeship_of(s.region)
            out.append({"id": s.id, "name": s.name, "type": s.type, "homepage": s.homepage, "region": s.region,
                        "region_name": units[s.region].name if s.region else None,
                        "voivodeship": units[woj].name if woj else None, "enabled": s.enabled,
                        "confidence": s.confidence, "start_urls": list(s.start_urls), "feeds": list(s.feeds),
                        "sitemaps": list(s.sitemaps), "listing_patterns": list(s.listing_patterns),
                        "article_patterns": list(s.article_patterns), "css": s.css, "note": s.note})
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for s in sources:
        woj = voivodeship_of(s.region)
        cells = [s.id, s.type, s.region or "-", units[woj].name if woj else "-", s.homepage, s.name]
        flags = flags_of(s)
        if flags:
            cells.append("[" + ", ".join(flags) + "]")
        sys.stdout.write("\t".join(cells) + "\n")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from spiders.registry import Problem, default_paths, teryt_units, validate, voivodeship_of

    paths = args.registry or default_paths()
    sources, problems = validate(paths)
    units = teryt_units()
    voivodeships = sorted(code for code in units if len(code) == 2)
    if not args.registry:
        have_rops = {s.region for s in sources if s.type == "rops" and s.region and len(s.region) == 2}
        for code in voivodeships:
            if code not in have_rops:
                problems.append(Problem("spiders/sources", 0, "region", f"no ROPS source for voivodeship {code} "
                                                                        f"{units[code].name}"))
    by_type = Counter(s.type for s in sources)
    print(f"{len(paths)} file(s), {len(sources)} valid source(s): "
          + ", ".join(f"{t} {by_type[t]}" for t in ("municipal", "rops", "ngo", "other")))
    print(f"enabled {sum(s.enabled for s in sources)}, disabled {sum(not s.enabled for s in sources)}; "
          f"confidence medium {sum(s.confidence == 'medium' for s in sources)}, "
          f"low {sum(s.confidence == 'low' for s in sources)}")
    table = Counter((voivodeship_of(s.region) or "--", s.type) for s in sources)
    print(f"\n{'voivodeship':<24}{'municipal':>10}{'rops':>6}{'ngo':>6}{'other':>7}")
    for code in voivodeships + ["--"]:
        name = f"{code} {units[code].name}" if code != "--" else "-- national / none"
        counts = [table[(code, t)] for t in ("municipal", "rops", "ngo", "other")]
        if code == "--" and not any(counts):
            continue
        print(f"{name:<24}{counts[0]:>10}{counts[1]:>6}{counts[2]:>6}{counts[3]:>7}")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print("\nregistry OK")
    return 0


def run_health(args: argparse.Namespace) -> int:
    from pipeline.health import store_health
    from pipeline.store import Store, resolve_db_path

    path = resolve_db_path(args.db)
    if not path.exists():
        raise CivicError(f"no store at {path}: run `civic demo` or `civic crawl` first")
    with Store(path, readonly=True) as store:
        report = store_health(store, args.source)
    if args.flagged:
        report = [h for h in report if h.flags]
    if args.json:
        json.dump([h.as_dict() for h in report], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    if not report:
        print("no crawl runs recorded" + (" for these sources" if args.source else ""))
        return 0
    width = max(len("source"), *(len(h.source_id) for h in report))
    print(f"{'source':<{width}}  {'last run (UTC)':<25} {'req':>5} {'2xx':>5} {'3xx':>4} {'4xx':>4} {'5xx':>4} "
          f"{'pages':>5} {'ann':>4} {'err':>4} {'err%':>5} {'secs':>7}  flags")
    for h in report:
        print(f"{h.source_id:<{width}}  {h.last_started_at:<25} {h.requests:>5} {h.status_2xx:>5} {h.status_3xx:>4} "
              f"{h.status_4xx:>4} {h.status_5xx:>4} {h.pages:>5} {h.announcements:>4} {h.errors:>4} "
              f"{100 * h.error_rate:>5.0f} {h.duration:>7.1f}  {', '.join(h.flags) or '-'}")
    flagged = sum(1 for h in report if h.flags)
    print(f"\n{len(report)} source(s), {flagged} flagged")
    return 0
