"""Which words name an event, and of what kind: the nouns of `lexicons/event_types.json`
matched on their Morfeusz lemmas (every case form counts), with the neighbours that change
them (`spotkanie konsultacyjne` is a consultation, `sala narad` a room, `na forum` an idiom,
`Dzień Seniora` a celebration but `z okazji Dnia Seniora` a date). Also the reading of a page
into words and sentences that the kind's rules walk over.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from nlp.morph import lemmas

LEX = json.loads((Path(__file__).parent / "lexicons" / "event_types.json").read_text(encoding="utf-8"))

FALLBACK = LEX["fallback_kind"]
GENERIC_KIND = LEX["generic_kind"]
MEETING_VERBS = dict(LEX["meeting_verbs"])
MONTHS = tuple(LEX["month_stems"])
_GENERIC = frozenset(LEX["generic"])
_NOUN_KIND = {lemma: kind for kind, nouns in LEX["nouns"].items() for lemma in nouns} | {
    lemma: GENERIC_KIND for lemma in _GENERIC}
_REFINABLE = frozenset(LEX["refinable"])
_PART_OF_NEXT = frozenset(LEX["part_of_next"])
_MODIFIERS = tuple(LEX["modifiers"].items())
_PHRASES = {p["noun"]: (tuple(p["next_stems"]), p["kind"]) for p in LEX["phrases"]}
_DAY_NOUNS = frozenset(LEX["day_nouns"])
_DAY_NOT_BEFORE = frozenset(LEX["day_not_before"])
_NOT_BEFORE = frozenset(LEX["not_before"])
_NOT_BEFORE_BY_NOUN = {noun: frozenset(words) for noun, words in LEX["not_before_by_noun"].items()}
_NOT_AFTER = {noun: tuple(stems) for noun, stems in LEX["not_after_stems"].items()}
_IDIOM_BEFORE = {noun: frozenset(words) for noun, words in LEX["lowercase_idiom_before"].items()}
_ABBREVIATIONS = frozenset(LEX["abbreviations"])
# Morfeusz is asked only about words that begin like some lemma of the lexicon
_PREFIXES = frozenset(w[:3] for w in [*_NOUN_KIND, *_PHRASES, *_DAY_NOUNS, *MEETING_VERBS, *LEX["irregular_forms"]])
_PUNCT = ".,;:!?()[]{}„”\"'«»–—/…*•·|<>"
_OPENERS = "•-*–„\""
_CLOSERS = ")”\"'»"


@dataclass(slots=True)
class Word:
    text: str        # punctuation stripped, case kept
    low: str
    sentence: int
    raw: str


def read_words(text: str) -> list[Word]:
    """Words with the sentence each belongs to: a sentence ends at `.`, `!`, `?` before a
    capital (not after an abbreviation such as `godz.` or `r.`), or at a line break before a
    capital, a digit, a bullet or a blank line."""
    out: list[Word] = []
    sentence = 0
    pending_end = False   # the previous word closed a sentence if the next one opens with a capital
    blank = False
    for line in text.splitlines():
        raws = line.split()
        if not raws:
            blank = True
            continue
        for k, raw in enumerate(raws):
            first = raw[0]
            if out:
                if k == 0:
                    if blank or first.isupper() or first.isdigit() or first in _OPENERS:
                        sentence += 1
                elif pending_end and (first.isupper() or first in _OPENERS):
                    sentence += 1
            word = raw.strip(_PUNCT)
            low = word.lower()
            out.append(Word(word, low, sentence, raw))
            last = raw.rstrip(_CLOSERS)[-1:]
            pending_end = last in ".!?" and low not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha())
        blank = False
    return out


@functools.lru_cache(maxsize=100_000)
def lexicon_entry(low: str) -> tuple[str, str] | None:
    """(lemma, kind) of a word that names an event, whatever its case form."""
    if len(low) < 3 or low[:3] not in _PREFIXES:
        return None
    found = lemmas(low)
    for lemma in sorted(found):
        if lemma in _NOUN_KIND:
            return lemma, _NOUN_KIND[lemma]
    for lemma in sorted(found):
        if lemma in _PHRASES or lemma in _DAY_NOUNS or lemma in MEETING_VERBS:
            return lemma, ""
    return None


def _lemma_set(word: Word) -> frozenset[str]:
    return lemmas(word.low) if word.low else frozenset()


def _modifier_kind(word: Word) -> str | None:
    """`konsultacyjne` -> konsultacje; of `informacyjno-konsultacyjne` the specific part counts."""
    kinds = [kind for part in word.low.split("-") for stem, kind in _MODIFIERS if part.startswith(stem)]
    return next((k for k in kinds if k != GENERIC_KIND), kinds[0] if kinds else None)


def event_at(words: list[Word], i: int) -> tuple[str, bool] | None:
    """(kind, generic) when words[i] names an event here, with its modifiers applied."""
    word = words[i]
    entry = lexicon_entry(word.low)
    if entry is None:
        return None
    lemma, kind = entry
    before = words[i - 1] if i else None
    after = words[i + 1] if i + 1 < len(words) and words[i + 1].sentence == word.sentence else None
    before_lemmas = _lemma_set(before) if before else frozenset()
    if lemma in MEETING_VERBS:
        return None   # a verb, read as a construction of its own
    if lemma in _DAY_NOUNS:
        # `Dzień Seniora`, `Tydzień Bibliotek`: a capitalised name after a capitalised day
        if not (word.text[:1].isupper() and after and after.text[:1].isupper() and after.text[:1].isalpha()
                and not after.low.startswith(MONTHS)) or before_lemmas & _DAY_NOT_BEFORE:
            return None
        return FALLBACK, False
    if lemma in _PHRASES and not kind:
        stems, phrase_kind = _PHRASES[lemma]
        return (phrase_kind, False) if after and after.low.startswith(stems) else None
    if before_lemmas & _NOT_BEFORE or before_lemmas & _NOT_BEFORE_BY_NOUN.get(lemma, frozenset()):
        return None
    if after and after.low.startswith(_NOT_AFTER.get(lemma, ())):
        return None
    if word.text.islower() and before and before.low in _IDIOM_BEFORE.get(lemma, ()):
        return None   # `na forum` (in public) is no forum
    if lemma in _PART_OF_NEXT and after:
        inner = event_at(words, i + 1)
        if inner:
            return inner   # `Inauguracja konferencji`: the opening of another event
    if lemma in _REFINABLE:
        refined = _refined_kind(words, i)
        if refined:
            return refined, False
    return kind, lemma in _GENERIC


def _refined_kind(words: list[Word], i: int) -> str | None:
    """The kind a modifier gives a generic noun: `spotkanie konsultacyjne`, `otwartych
    spotkaniach konsultacyjnych`, `spotkanie w ramach konsultacji społecznych`."""
    sentence = words[i].sentence
    near = [j for j in (i + 1, i + 2, i - 1) if 0 <= j < len(words) and words[j].sentence == sentence]
    for j in near:
        if j == i + 2 and words[i + 1].low not in ("i", "oraz", "-", "–", ""):
            continue
        kind = _modifier_kind(words[j])
        if kind:
            return kind
    for j in range(i + 1, min(i + 7, len(words) - 1)):
        if words[j].sentence != sentence:
            break
        if words[j].low == "w" and words[j + 1].low == "ramach":
            for k in range(j + 2, min(j + 5, len(words))):
                entry = lexicon_entry(words[k].low)
                if entry and entry[1] and entry[0] not in _GENERIC:
                    return entry[1]
            break
    return None
