"""Find runs of words the repository shares with the third-party texts kept in ../shared.

Real texts (the seed announcements, the annotated real pages, KPWr TIMEX3, the saved real
sites) are read from ../shared and must never be copied into the project. This lists every
run of at least `--words` consecutive words (8 by default; case, punctuation and markup
ignored) that a file of the working tree has in common with one of those texts, so a copy
is caught wherever it hides: code, tests, fixtures, docs, sample sites.

For the held-out part of the real texts (`eval/realtext/test.jsonl`) only the repository
file and the number of shared runs are printed, never the text.

    .venv/bin/python scripts/shared_text_overlap.py                 # every corpus
    .venv/bin/python scripts/shared_text_overlap.py --corpus seeds  # exit 1 if any run is found
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SKIPPED_DIRS = {".git", ".venv", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "node_modules",
                "civic.egg-info", ".hypothesis"}
MARKUP_SUFFIXES = {".html", ".htm", ".xml"}
HIDDEN_CORPORA = {"realtext-test"}      # held out: report where, never what

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_CHARSET = re.compile(rb"charset=[\"']?([\w-]+)", re.I)


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8, else the charset the page declares, else windows-1250."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _CHARSET.search(data[:4000])
    for charset in ((match.group(1).decode("ascii"),) if match else ()) + ("cp1250",):
        try:
            return data.decode(charset, errors="replace")
        except LookupError:
            continue
    return data.decode("cp1250", errors="replace")


def plain_text(path: Path, data: bytes) -> str:
    """The words a reader sees: markup stripped, entities and JSON escapes resolved."""
    text = decode(data)
    if path.suffix.lower() in MARKUP_SUFFIXES:
        text = html.unescape(_TAG.sub(" ", text))
    if path.suffix.lower() in {".json", ".jsonl"}:
        text = _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def ngrams(tokens: list[str], n: int) -> Iterator[tuple[int, int]]:
    """(position, hash) of every run of n words."""
    for i in range(len(tokens) - n + 1):
        yield i, hash(" ".join(tokens[i:i + n]))


def repository_files() -> Iterator[Path]:
    for path in sorted(ROOT.rglob("*")):
        if path.is_file() and not SKIPPED_DIRS.intersection(path.relative_to(ROOT).parts):
            yield path


def index_repository(n: int) -> tuple[dict[int, set[int]], list[str]]:
    """Hash of every n-word run -> the repository files (by number) that hold it."""
    index: dict[int, set[int]] = defaultdict(set)
    names: list[str] = []
    for path in repository_files():
        data = path.read_bytes()
        if b"\x00" in data[:8000]:
            continue                      # binary
        names.append(str(path.relative_to(ROOT)))
        for _, key in ngrams(words(plain_text(path, data)), n):
            index[key].add(len(names) - 1)
    return index, names


# ---- the shared texts ------------------------------------------------------------------------
def _jsonl_texts(path: Path) -> Iterator[tuple[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            if item.get("text"):
                yield str(item.get("id", "?")), item["text"]


def shared_texts(corpus: str) -> Iterator[tuple[str, str]]:
    """(document name, text) of one corpus of ../shared."""
    if corpus == "seeds":
        for path in sorted((SHARED / "seeds").glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8")
    elif corpus in ("realtext-dev", "realtext-test"):
        yield from _jsonl_texts(SHARED / "eval" / "realtext" / f"{corpus.split('-')[1]}.jsonl")
    elif corpus == "timex":
        seen: set[str] = set()
        for name in ("timexes_all.jsonl", "dates.jsonl"):
            for doc_id, text in _jsonl_texts(SHARED / "eval" / "timex" / name):
                if doc_id not in seen:
                    seen.add(doc_id)
                    yield doc_id, text
    elif corpus == "realsites":
        for path in sorted((SHARED / "realsites").rglob("*")):
            if path.is_file() and path.suffix.lower() in MARKUP_SUFFIXES | {".txt", ".md"}:
                yield str(path.relative_to(SHARED / "realsites")), plain_text(path, path.read_bytes())
    else:
        raise ValueError(corpus)


CORPORA = ("seeds", "realtext-dev", "realtext-test", "timex", "realsites")


@dataclass
class Overlap:
    """Shared runs between one repository file and one corpus."""
    runs: int = 0
    longest: int = 0
    examples: list[tuple[int, str, str]] = field(default_factory=list)   # (words, document, text)


def _runs(starts: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each stretch of consecutive positions."""
    first = prev = starts[0]
    for i in starts[1:]:
        if i != prev + 1:
            yield first, prev
            first = i
        prev = i
    yield first, prev


def find_overlaps(corpus: str, index: dict[int, set[int]], names: list[str], n: int) -> dict[str, Overlap]:
    """Maximal runs of shared words in each document of `corpus`, by repository file."""
    found: dict[str, Overlap] = defaultdict(Overlap)
    for doc, text in shared_texts(corpus):
        tokens = words(text)
        positions: dict[int, list[int]] = defaultdict(list)
        for i, key in ngrams(tokens, n):
            for f in index.get(key, ()):
                positions[f].append(i)
        for f, starts in positions.items():
            for first, last in _runs(starts):
                entry = found[names[f]]
                entry.runs += 1
                entry.longest = max(entry.longest, last - first + n)
                entry.examples.append((last - first + n, doc, " ".join(tokens[first:last + n])))
    return found


def report(corpus: str, found: dict[str, Overlap], shown: int) -> None:
    print(f"== {corpus}: {len(found)} repository files share runs of words with it")
    for name, entry in sorted(found.items(), key=lambda kv: -kv[1].longest):
        print(f"  {name}: {entry.runs} runs, longest {entry.longest} words")
        if corpus in HIDDEN_CORPORA:
            continue
        for length, doc, excerpt in sorted(entry.examples, reverse=True)[:shown]:
            print(f"      [{length} words, {doc}] {excerpt[:160]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=CORPORA, help="corpus to check (default: all)")
    parser.add_argument("--words", type=int, default=8, help="shortest run reported (default 8)")
    parser.add_argument("--examples", type=int, default=3, help="runs shown per file (default 3)")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"the shared texts are not at {SHARED}; nothing to compare with")
        return 0
    index, names = index_repository(args.words)
    total = 0
    for corpus in args.corpus or CORPORA:
        found = find_overlaps(corpus, index, names, args.words)
        report(corpus, found, args.examples)
        total += len(found)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
