"""Polish text analysis for search, done once in our code and shared by every backend.

A text becomes two streams aligned token for token: the folded surface forms
(lower-case, no diacritics: `Łęcznej` -> `lecznej`) and the folded lemmas
(`Łęcznej` -> `leczna`). Indexing both lets an inflected or diacritic-free query meet
the text on the lemma, while exact phrases can still be matched on the surface. A query
goes through the same functions, so a word means the same on every backend.

Hyphenated words are split into their parts (`NIW-CRSO` -> `niw`, `crso`), so each part
can be found on its own; a query word with a hyphen becomes a phrase of its parts.
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from index.query import Node, Term
from nlp.morph import WORD_RE, analyse, fold, geo_lemmas, lemma, words

STOPWORDS_PATH = Path(__file__).with_name("stopwords_pl.txt")
TERYT_GMINAS = Path(__file__).resolve().parent.parent / "nlp" / "data" / "teryt" / "gminas.csv"
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Token:
    """One indexed token: where it is in the text, its folded surface form and folded lemma."""
    start: int
    end: int
    surface: str
    lemma: str


@functools.cache
def stopwords() -> frozenset[str]:
    """Folded stop words from the data file."""
    found = set()
    for line in STOPWORDS_PATH.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            found.add(fold(line))
    return frozenset(found)


def is_stopword(surface_key: str) -> bool:
    return surface_key in stopwords()


@functools.cache
def _place_names() -> frozenset[str]:
    """Lower-cased gmina names (every town and city), to prefer `Kraków` over the surname `Krak`."""
    if not TERYT_GMINAS.exists():
        return frozenset()
    with TERYT_GMINAS.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["name"].lower() for row in csv.DictReader(fh))


def _clean(key: str) -> str:
    """Tokens are joined with spaces, so a token must never contain whitespace."""
    return _WHITESPACE.sub("_", key.strip()) or "_"


@functools.lru_cache(maxsize=500_000)
def surface_key(part: str) -> str:
    """The folded surface form of one word part (`Łęcznej` -> `lecznej`)."""
    return _clean(fold(part))


@functools.lru_cache(maxsize=500_000)
def lemma_key(part: str) -> str:
    """The folded lemma of one word part (`Łęcznej` -> `leczna`, `Krakowie` -> `krakow`).

    Numbers keep their form. When a form may name a place and the best lemma is not a
    town, the town wins (`Kraków` is not the plural of the surname `Krak`, `Zamościu` is
    `Zamość`), so every case of a place name meets on one lemma.
    """
    if any(c.isdigit() for c in part):
        return surface_key(part)
    best = lemma(part)
    places = _place_names()
    if best not in places:
        for name in geo_lemmas(part):
            if name.lower() in places:
                best = name.lower()
                break
    return _clean(fold(best))


def _split(form: str) -> list[tuple[int, int, str]]:
    """Parts of a word split at hyphens, with offsets relative to the word."""
    if "-" not in form:
        return [(0, len(form), form)]
    parts, at = [], 0
    for piece in form.split("-"):
        if piece:
            parts.append((at, at + len(piece), piece))
        at += len(piece) + 1
    return parts


@functools.lru_cache(maxsize=500_000)
def word_tokens(form: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, surface, lemma) of each part of one word, offsets relative to the word."""
    return tuple((s, e, surface_key(p), lemma_key(p)) for s, e, p in _split(form))


@functools.lru_cache(maxsize=500_000)
def _word_streams(form: str) -> tuple[str, str]:
    toks = word_tokens(form)
    if len(toks) == 1:
        return toks[0][2], toks[0][3]
    return " ".join(t[2] for t in toks), " ".join(t[3] for t in toks)


def tokens(text: str) -> list[Token]:
    """Every token of a text with its character span, in order (used for highlighting)."""
    out: list[Token] = []
    for m in WORD_RE.finditer(text or ""):
        base = m.start()
        for s, e, surf, lem in word_tokens(m.group()):
            out.append(Token(base + s, base + e, surf, lem))
    return out


def streams(text: str) -> tuple[str, str]:
    """The surface and lemma streams of a text, space-separated and aligned token for token.

    Indexed with a whitespace tokenizer, position i of one stream is the same word as
    position i of the other.
    """
    pairs = [_word_streams(m.group()) for m in WORD_RE.finditer(text or "")]
    return " ".join(p[0] for p in pairs), " ".join(p[1] for p in pairs)


@dataclass(frozen=True, slots=True)
class QueryWord:
    """One word of a query, analysed as the text was: its parts' surface forms and lemmas."""
    surfaces: tuple[str, ...]
    lemmas: tuple[str, ...]
    known: bool = True  # every part is in the dictionary (or a number): its lemma is certain

    @property
    def is_stopword(self) -> bool:
        return len(self.surfaces) == 1 and is_stopword(self.surfaces[0])


def query_word(word: str) -> QueryWord:
    """Analyse one query word exactly as the indexed text (hyphenated words give several parts)."""
    forms = [part for m in WORD_RE.finditer(word) for _, _, part in _split(m.group())]
    toks = [t for m in WORD_RE.finditer(word) for t in word_tokens(m.group())]
    known = all(f.isdigit() or analyse(f) for f in forms)
    return QueryWord(tuple(t[2] for t in toks), tuple(t[3] for t in toks), known)


def query_words(text: str) -> list[QueryWord]:
    return [query_word(w) for _, _, w in words(text)]


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """A key that every inflected form of a name shares: its folded lemmas.

    `Gminnego Ośrodka Pomocy Społecznej` and `Gminny Ośrodek Pomocy Społecznej` both give
    `gminny osrodek pomoc spoleczny`, so filters and facets treat them as one organiser.
    """
    _, lemmas = streams(name)
    return lemmas


@functools.lru_cache(maxsize=200_000)
def name_keys(name: str) -> tuple[str, ...]:
    """Every key a name is indexed and looked up under: its folded lemmas and its folded
    words, so inflected (`Łęcznej`) and diacritic-free (`Lodzkie`) spellings both find it.
    A value matches a name when they share any key."""
    surface, lemmas = streams(name)
    return (lemmas,) if surface == lemmas else (lemmas, surface)


def is_stop_term(node: Node) -> bool:
    """A bare query word that is a stop word: it neither narrows nor ranks a search."""
    return isinstance(node, Term) and node.field is None and query_word(node.text).is_stopword
