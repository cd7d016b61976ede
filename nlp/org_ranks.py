"""Service ranks (police, fire service, border guard, army) that stand between an office and
its holder's name: `Komendant Powiatowy Policji w X młodszy inspektor Jan Nowak`, `… asp. szt.
Jan Lis`. The words live in `lexicons/organisation_heads.json` (`service_ranks`)."""
from __future__ import annotations

import functools
from collections.abc import Sequence

from nlp.org_words import Token, lemma_set
from nlp.vocabulary import lexicon


@functools.cache
def _ranks() -> dict[str, frozenset[str]]:
    data = lexicon("organisation_heads.json")["service_ranks"]
    return {key: frozenset(words) for key, words in data.items()}


def rank_abbreviations() -> frozenset[str]:
    """Every rank abbreviation (`insp`, `asp`, `mł`, `szt`): none ends a sentence with its dot."""
    ranks = _ranks()
    return ranks["abbreviations"] | ranks["modifier_abbreviations"]


def past_ranks(tokens: Sequence[Token], j: int, limit: int = 6) -> int:
    """The index after the rank opening at tokens[j] (`młodszy inspektor`, `asp. szt.`,
    `mjr`), or j when none does (a modifier alone, `starszy`, makes no rank)."""
    ranks = _ranks()
    k, ranked = j, False
    while k < len(tokens) and k - j < limit and tokens[k].is_word:
        low = tokens[k].low
        if low in ranks["abbreviations"] or low in ranks["modifier_abbreviations"]:
            ranked = ranked or low in ranks["abbreviations"]
            k += 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else 1
        elif lemma_set(low) & ranks["nouns"]:
            ranked, k = True, k + 1
        elif lemma_set(low) & ranks["modifiers"]:
            k += 1
        else:
            break
    return k if ranked else j
