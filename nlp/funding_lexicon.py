"""The funder and programme lexicons, and matching their names on Morfeusz lemmas.

Shared by `nlp.funding_names` (funders) and `nlp.funding_programmes` (programmes): a name is
a sequence of lemmas (`europejski fundusz społeczny` matches `Europejskiego Funduszu
Społecznego` and every other case form) or an abbreviation as written, one or more tokens
(`EFS`, `PO WER`, `Senior+`).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple

from nlp.morph import fold, lemmas
from nlp.org_words import TOKEN_RE
from nlp.vocabulary import lexicon


class Token(NamedTuple):
    """A word or punctuation mark with its span (a tuple: a statement makes dozens at a time)."""
    start: int
    end: int
    text: str


_new_token = Token._make


@dataclass(frozen=True, slots=True)
class Name:
    """A funder or programme found in the text: its span, normalised name and lexicon rank."""
    start: int
    end: int
    name: str
    rank: int
    implied: str | None = None   # for a programme: the funder it implies when none is named
    funds: tuple[str, ...] = ()  # for a programme: the funds that may finance it


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return [_new_token((m.start(), m.end(), m.group()))
            for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end)]


def token_texts(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in TOKEN_RE.finditer(text))


@functools.cache
def funders() -> tuple[list[tuple[tuple[str, ...], str, int]], dict[tuple[str, ...], tuple[str, int]]]:
    """(lemma sequences longest first, abbreviations) of the funder lexicon, with name and rank."""
    seqs, abbrs = [], {}
    for entry in lexicon("funders.json")["funders"]:
        for seq in entry["lemmas"]:
            seqs.append((tuple(fold(w) for w in seq), entry["name"], entry["rank"]))
        for abbr in entry["abbr"]:
            abbrs[token_texts(abbr)] = (entry["name"], entry["rank"])
    seqs.sort(key=lambda s: -len(s[0]))
    return seqs, abbrs


@functools.cache
def seat_funders() -> frozenset[str]:
    """Funders whose name runs on over the town of their seat (`WFOŚiGW w Kielcach`)."""
    return frozenset(e["name"] for e in lexicon("funders.json")["funders"] if e.get("seat"))


@functools.cache
def programmes() -> list[dict]:
    """Programme entries, longest lemma sequence first, abbreviations tokenised."""
    entries = [dict(e, lemmas=[fold(w) for w in e["lemmas"]], abbr_tokens=[token_texts(a) for a in e["abbr"]])
               for e in lexicon("programmes.json")["programmes"]]
    return sorted(entries, key=lambda e: -len(e["lemmas"]))


@functools.lru_cache(maxsize=50_000)
def programme_candidates(word: str) -> tuple[dict, ...]:
    """The programme entries that may open at this word (first lemma or abbreviation token),
    in lexicon order, so a token is checked against a few entries, not all."""
    lemmas_ = word_lemmas(word)
    return tuple(e for e in programmes() if e["lemmas"][0] in lemmas_ or e["lemmas"][0].endswith("*")
                 or any(a and a[0] == word for a in e["abbr_tokens"]))


@functools.lru_cache(maxsize=50_000)
def funder_candidates(word: str) -> tuple[tuple[tuple[str, ...], str, int], ...]:
    """The funder lemma sequences that may open at this word, longest first."""
    lemmas_ = word_lemmas(word)
    return tuple(entry for entry in funders()[0] if entry[0][0] in lemmas_ or entry[0][0].endswith("*"))


@functools.cache
def _first_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Lemmas that open some funder or programme name, compound stems (`polsko-amerykańsk*`),
    and the first three letters of both, so most words are turned away before Morfeusz."""
    firsts = [seq[0] for seq, _, _ in funders()[0]] + [e["lemmas"][0] for e in programmes()]
    return (frozenset(f for f in firsts if not f.endswith("*")),
            tuple(f[:-1] for f in firsts if f.endswith("*")),
            frozenset(f[:3] for f in firsts))


@functools.cache
def abbreviation_starts() -> frozenset[str]:
    """First tokens of every funder and programme abbreviation (`PO` of `PO WER`)."""
    starts = {abbr[0] for abbr in funders()[1]}
    starts |= {abbr[0] for e in programmes() for abbr in e["abbr_tokens"] if abbr}
    return frozenset(starts)


@functools.lru_cache(maxsize=200_000)
def may_open(word: str) -> bool:
    """Whether a lexicon name can start at this word: most words are skipped at once."""
    words, stems, prefixes = _first_words()
    folded = fold(word[:4])
    if folded[:3] not in prefixes:
        return False
    folded = fold(word)
    return bool(word_lemmas(word) & words) or (bool(stems) and (folded.startswith(stems) or folded in _stem_heads()))


@functools.cache
def _stem_heads() -> frozenset[str]:
    """The first parts of compound stems (`polsko` of `polsko-amerykańsk*`), written apart by a dash."""
    return frozenset(stem.split("-")[0] for stem in _first_words()[1] if "-" in stem)


@functools.lru_cache(maxsize=200_000)
def word_lemmas(word: str) -> frozenset[str]:
    return frozenset({fold(x) for x in lemmas(word)} | {fold(word)})


def abbr_at(tokens: list[Token], i: int, abbr: tuple[str, ...]) -> int | None:
    """Index after the abbreviation's tokens when they start at tokens[i]."""
    if i + len(abbr) > len(tokens) or any(tokens[i + k].text != a for k, a in enumerate(abbr)):
        return None
    return i + len(abbr)


def seq_at(tokens: list[Token], i: int, seq: tuple[str, ...]) -> int | None:
    """Index after the lemma sequence when it starts at tokens[i] (punctuation skipped)."""
    j = i
    for want in seq:
        while j < len(tokens) and tokens[j].text in ("-", "–", ",") and want not in ("-",):
            j += 1
        if j >= len(tokens):
            return None
        if want.endswith("*"):
            # a compound adjective SGJP splits (`Polsko-Amerykańskiej`): match its written stem,
            # also when the dash is set apart (`Polsko – Amerykańskiej`)
            if j + 2 < len(tokens) and tokens[j + 1].text in ("-", "–") \
                    and fold(f"{tokens[j].text}-{tokens[j + 2].text}").startswith(want[:-1]):
                j += 2
            elif not fold(tokens[j].text).startswith(want[:-1]):
                return None
        elif want not in word_lemmas(tokens[j].text):
            return None
        j += 1
    return j
