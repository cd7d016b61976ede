"""Morfeusz 2 (SGJP dictionary) behind a per-word-form cache.

One place for Polish morphology, shared by extraction (lemmas, proper-name classes) and by
the search analysis of both index backends, so a query means the same everywhere.
Analysing a word form is ~15x slower than a cache hit, and announcement vocabulary is
small, so every answer is cached per form.
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata
from dataclasses import dataclass

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Interpretation:
    lemma: str          # without Morfeusz's homonym marker (`wójt:Sm1` -> `wójt`)
    tag: str            # e.g. `subst:sg:gen:f`
    qualifiers: tuple[str, ...]  # proper-name classes: `nazwa_geograficzna`, `imię`, `nazwisko`, ...

    @property
    def pos(self) -> str:
        return self.tag.split(":", 1)[0]


_local = threading.local()


def _morfeusz():
    instance = getattr(_local, "morfeusz", None)
    if instance is None:
        import morfeusz2

        instance = _local.morfeusz = morfeusz2.Morfeusz(separate_numbering=True)
    return instance


@functools.lru_cache(maxsize=500_000)
def analyse(form: str) -> tuple[Interpretation, ...]:
    """All interpretations of one word form ("ign" ones mean: not in the dictionary)."""
    seen: dict[tuple[str, str], Interpretation] = {}
    for _start, _end, (_orth, lemma, tag, names, _labels) in _morfeusz().analyse(form):
        if tag == "ign":
            continue
        interp = Interpretation(lemma.split(":", 1)[0], tag, tuple(names))
        seen.setdefault((interp.lemma, interp.tag), interp)
    return tuple(seen.values())


_POS_PREFERENCE = {"subst": 0, "adj": 1, "ger": 2, "fin": 3, "praet": 3, "inf": 3, "ppas": 4, "pact": 4}


@functools.lru_cache(maxsize=500_000)
def lemma(form: str) -> str:
    """The most likely lemma of a word form, lower-cased; the form itself when unknown.

    Nouns win over gerunds (`spotkaniu` -> `spotkanie`, not `spotkać`), so inflected
    queries and texts meet on the same lemma.
    """
    interps = analyse(form)
    if not interps:
        return form.lower()
    # Group readings by lower-cased lemma; the best part of speech wins, then the lemma
    # with most readings (`Łodzi`: Łódź/łódź x8 beats the rare Łodzia x3).
    groups: dict[str, list[Interpretation]] = {}
    for interp in interps:
        groups.setdefault(interp.lemma.lower(), []).append(interp)
    best = min(groups.items(), key=lambda kv: (min(_POS_PREFERENCE.get(i.pos, 5) for i in kv[1]),
                                               -len(kv[1]), kv[0]))
    return best[0]


@functools.lru_cache(maxsize=500_000)
def lemmas(form: str) -> frozenset[str]:
    """Every lemma a word form may have, lower-cased (the form itself when unknown)."""
    found = {i.lemma.lower() for i in analyse(form)}
    return frozenset(found or {form.lower()})


@functools.lru_cache(maxsize=200_000)
def name_classes(form: str) -> frozenset[str]:
    """Proper-name classes SGJP gives a form: `nazwa_geograficzna`, `imię`, `nazwisko`, ..."""
    return frozenset(q for i in analyse(form) for q in i.qualifiers)


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so `Lodz` matches `Łódź`."""
    text = text.lower().replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of a text as (start, end, form)."""
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
