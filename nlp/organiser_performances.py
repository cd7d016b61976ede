"""What a person or a group prepares and then performs at an event: a talk, a show, an artistic
part (`prelekcja przygotowana przez dyrektor Biblioteki`, `Młodzież Gimnazjum przygotowała dla
uczestników spotkania występ`). Its preparer speaks or performs, and organises nothing; the
words live in `lexicons/organiser_frames.json` (`performances`)."""
from __future__ import annotations

import functools
from collections.abc import Sequence

from nlp.org_names import Token, lemma_set
from nlp.organiser_grammar import frames
from nlp.vocabulary import is_event_noun, lexicon

__all__ = ["prepares_performance", "prepared_is_performance"]


@functools.cache
def _performances() -> tuple[frozenset[str], tuple[tuple[str, str], ...], frozenset[str]]:
    data = lexicon("organiser_frames.json")["performances"]
    return frozenset(data["nouns"]), tuple(tuple(p) for p in data["phrases"]), frozenset(data["verbs"])


def _performed(tokens: Sequence[Token], k: int) -> bool:
    """Does a noun of a performance (`występ`, `część artystyczną`) stand at tokens[k]?"""
    nouns, phrases, _ = _performances()
    lemmas = lemma_set(tokens[k].low)
    return bool(lemmas & nouns) or k + 1 < len(tokens) and any(
        noun in lemmas and tokens[k + 1].low.startswith(stem) for noun, stem in phrases)


def prepared_is_performance(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """`prelekcja przygotowana przez X`: the participle of preparing at tokens[i] describes the
    performance named nearest before it, not the event."""
    if lemma not in _performances()[2]:
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        if tokens[k].is_word and (is_event_noun(tokens[k].text) or _performed(tokens, k)):
            return _performed(tokens, k)
    return False


def prepares_performance(tokens: Sequence[Token], i: int, lemma: str, end: int) -> bool:
    """`X przygotowała dla uczestników spotkania występ`: what the verb of preparing at tokens[i]
    makes, up to `end`, is a performance; the event named there is only whose participants
    watch it (after a noun of attendees)."""
    if lemma not in _performances()[2]:
        return False
    attendees = frames().attendee_nouns
    performed = False
    for k in range(i + 1, len(tokens)):
        tok = tokens[k]
        if tok.start >= end:
            break
        if not tok.is_word:
            continue
        if _performed(tokens, k):
            performed = True
        elif is_event_noun(tok.text) and not lemma_set(tokens[k - 1].low) & attendees:
            return False   # (`przygotowała spotkanie z występem`: the event itself)
    return performed
