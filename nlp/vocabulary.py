"""The lexicons (data files under `lexicons/`) and the word classes every rule shares.

Kept apart from the rules so a vocabulary is read once and means the same to every
component: `is_event_noun('konsultacjach')` is as true for the organiser frames as for
the venue rules.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

from nlp.morph import analyse, lemmas

LEXICONS = Path(__file__).with_name("lexicons")


@functools.cache
def lexicon(name: str) -> dict:
    """One lexicon file, parsed once."""
    return json.loads((LEXICONS / name).read_text(encoding="utf-8"))


@functools.cache
def _event_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon("event_words.json")
    return frozenset(data["nouns"]), frozenset(data["capitalised_nouns"]), frozenset(data["verbs"])


@functools.lru_cache(maxsize=200_000)
def is_event_noun(word: str) -> bool:
    """A form of a noun naming a meeting-type event (`spotkaniu`, `Konsultacje`, `warsztatów`,
    and capitalised, as an event's own name: `Dzień Seniora`, `Noc Muzeów`)."""
    nouns, capitalised, _ = _event_words()
    found = lemmas(word.lower())
    return bool(found & nouns) or (word[:1].isupper() and bool(found & capitalised))


@functools.lru_cache(maxsize=200_000)
def is_event_verb(word: str) -> bool:
    """A form of a verb saying an event happens (`odbędzie`, `spotkali`, `obradowała`)."""
    return any(r.pos in ("fin", "praet", "inf", "bedzie", "impt", "pcon", "ppas", "pact") and r.lemma.lower() in _event_words()[2]
               for r in analyse(word.lower()))
