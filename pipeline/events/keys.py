"""Comparable keys of names and titles: folded lemmas, so inflected forms of a name meet.

`sali narad Starostwa Powiatowego` and `Sala Narad Starostwa Powiatowego` give the same
keys; proper names (capitalised words inside a name) are kept apart from the generic words,
because two village halls differ only by the village.
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

from nlp.morph import fold, lemma

VOCABULARY_PATH = Path(__file__).with_name("vocabulary.json")
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


@functools.cache
def vocabulary() -> dict[str, Any]:
    return json.loads(VOCABULARY_PATH.read_text(encoding="utf-8"))


@functools.cache
def _generic(kind: str) -> frozenset[str]:
    return frozenset(vocabulary()[kind])


@functools.lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The folded lemma of one word form (`Starostwa` -> `starostwo`)."""
    return fold(lemma(word)) if len(word) > 2 else fold(word)


def title_keys(title: str) -> frozenset[str]:
    """What a title says about its meeting: lemmas of its words minus invitations, dates and
    page kinds (`Zaproszenie na konferencję o ekonomii społecznej` -> konferencja, ekonomia, społeczny)."""
    generic = _generic("generic_title_words")
    return frozenset(k for w in _WORD_RE.findall(title or "") if (k := word_key(w)) not in generic and len(k) > 1)


def venue_keys(name: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(proper-name keys, other keys) of a venue name; the first word's capital does not make it proper."""
    if not name:
        return frozenset(), frozenset()
    generic = _generic("generic_venue_words")
    proper: set[str] = set()
    other: set[str] = set()
    for i, word in enumerate(_WORD_RE.findall(name)):
        key = word_key(word)
        if key in generic or len(key) < 2:
            continue
        (proper if i > 0 and word[0].isupper() else other).add(key)
    return frozenset(proper), frozenset(other)


def city_key(city: str | None) -> str:
    return " ".join(word_key(w) for w in _WORD_RE.findall(city or ""))


def organiser_keys(name: str) -> tuple[frozenset[str], str]:
    """(word keys, acronym) of an organiser: `Regionalny Ośrodek Polityki Społecznej w Lublinie`
    gives its lemmas and `rops`; a name written as an acronym (`ROPS`) is its own acronym."""
    found = _WORD_RE.findall(name or "")
    keys = frozenset(word_key(w) for w in found if len(w) > 1 and w.lower() not in ("w", "we", "na", "i", "z"))
    if len(found) == 1 and found[0].isupper():
        return keys, found[0].lower()
    initials = "".join(w[0] for w in found if w[0].isupper() and len(w) > 2)
    return keys, fold(initials)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared share of the smaller set (a report's short title inside the announcement's long one)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
