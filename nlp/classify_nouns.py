"""Which words name an event, and of what kind: the nouns of `lexicons/event_types.json`
matched on their Morfeusz lemmas (every case form counts), with the neighbours that change
them (`spotkanie konsultacyjne` is a consultation, `sala narad` a room, `na forum` an idiom,
`Dzień Seniora` a celebration but `z okazji Dnia Seniora` a date). Also the reading of a page
into words and sentences that the kind's rules walk over, each word read once per form: its
lexicon entry and the construction it may open (`zapraszamy`, `odbędzie się`).
"""
from __future__ import annotations

import functools
import json
from typing import NamedTuple
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
REFINABLE = frozenset(LEX["refinable"])   # generic nouns a modifier gives a kind
_PART_OF_NEXT = frozenset(LEX["part_of_next"])
_MODIFIERS = tuple(LEX["modifiers"].items())
_PHRASES = {p["noun"]: (tuple(p["next_stems"]), p["kind"]) for p in LEX["phrases"]}
_DAY_NOUNS = frozenset(LEX["day_nouns"])
_DAY_NOT_BEFORE = frozenset(LEX["day_not_before"])
_NOT_BEFORE = frozenset(LEX["not_before"])
_NOT_BEFORE_BY_NOUN = {noun: frozenset(words) for noun, words in LEX["not_before_by_noun"].items()}
_NOT_AFTER = {noun: tuple(stems) for noun, stems in LEX["not_after_stems"].items()}
_NAME_INTRODUCERS = frozenset(LEX["name_introducers"])
_IDIOM_BEFORE = {noun: frozenset(words) for noun, words in LEX["lowercase_idiom_before"].items()}
_ABBREVIATIONS = frozenset(LEX["abbreviations"])
# Morfeusz is asked only about words that begin like some lemma of the lexicon
_PREFIXES = frozenset(w[:3] for w in [*_NOUN_KIND, *_PHRASES, *_DAY_NOUNS, *MEETING_VERBS, *LEX["irregular_forms"]])
_CONSTRUCTION_STEMS = tuple((name, tuple(LEX["constructions"][name]))
                            for name in ("invitation", "convening", "happening", "organising"))
_TAKING_PART_STARTS = frozenset(seq[0] for seq in LEX["constructions"]["taking_part"])
_PUNCT = ".,;:!?()[]{}„”\"'«»–—/…*•·|<>"
_OPENERS = "•-*–„\""
_CLOSERS = ")”\"'»"


class Word(NamedTuple):
    """One word of a page (a tuple: a page has hundreds, each made in one C call)."""
    text: str        # punctuation stripped, case kept
    low: str
    sentence: int
    raw: str
    entry: tuple[str, str] | None = None   # `lexicon_entry(low)`, read once per token form
    construction: str | None = None        # `construction(low)`, likewise


_new_word = functools.partial(tuple.__new__, Word)


# What `read_words` needs of one whitespace-separated token, the same wherever it stands:
# (word, low, opens a sentence after one ended (a capital or bullet), opens one at the start
# of a line (also a digit), closes its sentence if the next word opens one, lexicon entry,
# construction). Plain tuples: tens of thousands are kept, and tuples of strings cost the
# collector nothing.
_TokenInfo = tuple[str, str, bool, bool, bool, "tuple[str, str] | None", "str | None"]
_TOKENS: dict[str, _TokenInfo] = {}
_TOKENS_KEPT = 50_000   # tokens repeat across pages; the table is emptied when it grows past this


def _token(raw: str) -> _TokenInfo:
    """The reading of a token not met before, kept for its next occurrence."""
    if len(_TOKENS) >= _TOKENS_KEPT:
        _TOKENS.clear()
    first = raw[0]
    word = raw.strip(_PUNCT)
    low = word.lower()
    opens = first.isupper() or first in _OPENERS
    last = raw.rstrip(_CLOSERS)[-1:]
    ends = last in ".!?" and low not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha())
    found = _TOKENS[raw] = (word, low, opens, opens or first.isdigit(), ends, lexicon_entry(low), construction(low))
    return found


def read_words(text: str) -> list[Word]:
    """Words with the sentence each belongs to: a sentence ends at `.`, `!`, `?` before a
    capital (not after an abbreviation such as `godz.` or `r.`), or at a line break before a
    capital, a digit, a bullet or a blank line."""
    out: list[Word] = []
    append = out.append
    tokens = _TOKENS
    sentence = 0
    pending_end = False   # the previous word closed a sentence if the next one opens with a capital
    blank = False
    for line in text.splitlines():
        raws = line.split()
        if not raws:
            blank = True
            continue
        first = True
        for raw in raws:
            word, low, opens_after_end, opens_line, ends, entry, opens = tokens.get(raw) or _token(raw)
            if first:
                if (blank or opens_line) and out:
                    sentence += 1
                first = False
            elif pending_end and opens_after_end:
                sentence += 1
            append(_new_word((word, low, sentence, raw, entry, opens)))
            pending_end = ends
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


def construction(low: str) -> str | None:
    """Which construction a word may open: invitation, convening, happening, organising,
    meeting (`spotkali się`) or taking_part; most words open none."""
    if not low or not low[0].isalpha():
        return None
    for name, stems in _CONSTRUCTION_STEMS:
        if low.startswith(stems):
            return name
    entry = lexicon_entry(low)
    if entry and entry[0] in MEETING_VERBS:
        return "meeting"
    return "taking_part" if low in _TAKING_PART_STARTS else None


def _lemma_set(word: Word) -> frozenset[str]:
    return lemmas(word.low) if word.low else frozenset()


def _modifier_kind(word: Word) -> str | None:
    """`konsultacyjne` -> konsultacje; of `informacyjno-konsultacyjne` the specific part counts."""
    kinds = [kind for part in word.low.split("-") for stem, kind in _MODIFIERS if part.startswith(stem)]
    return next((k for k in kinds if k != GENERIC_KIND), kinds[0] if kinds else None)


def event_at(words: list[Word], i: int) -> tuple[str, bool] | None:
    """(kind, generic) when words[i] names an event here, with its modifiers applied."""
    word = words[i]
    entry = word.entry
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
        # (`dyskusja publiczna`, `publiczną dyskusję`: the adjective on either side)
        beside = (after and after.low.startswith(stems)) or (before and before.sentence == word.sentence
                                                              and before.low.startswith(stems))
        return (phrase_kind, False) if beside else None
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
    if lemma in REFINABLE:
        refined = _refined_kind(words, i)
        if refined:
            return refined, False
    return kind, lemma in _GENERIC


def _refined_kind(words: list[Word], i: int) -> str | None:
    """The kind a modifier gives a generic noun: `spotkanie konsultacyjne`, `otwartych
    spotkaniach konsultacyjnych`, `spotkanie w ramach konsultacji społecznych`."""
    sentence = words[i].sentence
    near = [j for j in (i + 1, i + 2, i + 3, i - 1) if 0 <= j < len(words) and words[j].sentence == sentence]
    for j in near:
        if j == i + 2 and words[i + 1].low not in ("i", "oraz", "-", "–", ""):
            continue
        if j == i + 3 and not (words[i + 1].low.endswith("o") and words[i + 2].low in ("-", "–", "")):
            continue   # (but `spotkania informacyjno – konsultacyjne`: a compound spaced around its dash,
            #           whose specific part counts, as in `informacyjno-konsultacyjne`)
        kind = _modifier_kind(words[j])
        if kind and (kind != GENERIC_KIND or j != i + 1 or not words[i + 1].low.endswith("o")):
            if kind == GENERIC_KIND and j == i + 1 and i + 3 < len(words) and words[i + 2].low in ("i", "oraz") \
                    and words[i + 3].sentence == sentence:
                kind = _modifier_kind(words[i + 3]) or kind   # `spotkaniu informacyjnym i konsultacyjnym`
            return kind
    for j in range(i + 1, min(i + 7, len(words) - 1)):
        if words[j].sentence != sentence:
            break
        if j <= i + 2 and words[j].low in _NAME_INTRODUCERS:
            # `spotkanie pn. „Mini Forum Organizacji”`: the name it is given says its kind
            for k in range(j + 1, min(j + 4, len(words))):
                entry = words[k].entry
                if entry and entry[1] and entry[0] not in _GENERIC and words[k].text[:1].isupper():
                    return entry[1]
            break
        if words[j].low == "w" and words[j + 1].low == "ramach":
            for k in range(j + 2, min(j + 5, len(words))):
                entry = words[k].entry
                if entry and entry[1] and entry[0] not in _GENERIC:
                    return entry[1]
            break
    return None
