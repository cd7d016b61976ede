"""Organisers named by a verb of taking part in an event's making: `W organizację festynu
zaangażowani są: X, Y`, `Za organizację odpowiadał X`, `Do organizacji włączyli się X`, and
`Fundacja X odpowiada za organizację` (its subject, before it). The phrases and the words of
taking part live in `lexicons/organiser_frames.json`."""
from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.clauses import clause_end, clause_start
from nlp.org_names import Token, is_nominal, lemma_set
from nlp.org_words import is_adjective
from nlp.organiser_grammar import Span, frames, is_event_noun, phrase_at
from nlp.organiser_lists import names_after
from nlp.organiser_nouns import BESIDES, is_verb_form
from nlp.organiser_subjects import subject_before

__all__ = ["involvement_frames", "names_other_thing"]


def involvement_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`W organizację festynu zaangażowani są: X, Y`, `W przygotowanie spotkania włączyła
    się X`, `Za organizację odpowiadał X`, `Do organizacji włączyli się X`: the bodies named
    after the verb of taking part;
    `Fundacja X odpowiada za organizację`: its subject, before it."""
    spans: list[Span] = []
    involvement = frames().involvement_phrases
    for i, tok in enumerate(tokens):
        if tok.low not in involvement:
            continue
        stop = phrase_at(tokens, i, involvement)
        if stop is None or names_other_thing(tokens, stop):
            continue
        verb = _involved_word_before(tokens, i)
        if verb is not None:
            if not _made_other_than_event(tokens, stop):
                spans.extend(subject_before(text, verb.start))
            continue
        end = clause_end(text, tok.end, 300)
        k, words = stop, 0
        while k < len(tokens) and tokens[k].start < end and words < 6 and not is_verb_form(tokens[k].text):
            # (`Za organizację spotkania, które odbyło się w X, odpowiadało Koło Y`: past the clause)
            k = _past_relative_clause(tokens, k, end) or k + 1
            words += 1
        if k >= len(tokens) or tokens[k].start >= end:
            continue
        if tok.low == "do" and not lemma_set(tokens[k].low) & frames().involved_words:
            continue   # `Do organizacji włączyli się X`, not `Zgłoszenia do organizacji przyjmuje X`
        while k + 1 < len(tokens) and (tokens[k + 1].text.lower() in ("się", "są", "jest", "byli", "były", ":")
                                       or is_verb_form(tokens[k + 1].text)):
            k += 1
        k = _past_role_label(tokens, k + 1) - 1
        spans.extend(names_after(text, tokens[k].end, loose=True))
        besides = _BESIDES_RE.match(text, clause_start(text, tok.start), tok.start)
        if besides:   # `Oprócz X oraz Y, w organizację debat zaangażowane były: Z`: X and Y too
            spans.extend(span for span in names_after(text, besides.end(), limit=tok.start - besides.end())
                         if text[span[0]].isupper())   # (not `naszego stowarzyszenia`: the page's own, unnamed)
    return spans


_BESIDES_RE = re.compile(r"\s*(?:" + "|".join(f"{word}|{word.capitalize()}" for word in sorted(BESIDES)) + r")\s+")


def names_other_thing(tokens: Sequence[Token], k: int) -> bool:
    """The noun at tokens[k] (past its adjectives) is one of `agent_exclusions`: what was made
    or prepared is a meal or a study, not the event (`za przygotowanie pysznego poczęstunku`)."""
    for tok in tokens[k:k + 4]:
        if not tok.is_word or tok.is_cap:
            return False
        if lemma_set(tok.low) & frames().agent_exclusions:
            return True
        if not is_adjective(tok.text):
            return False
    return False


def _past_relative_clause(tokens: Sequence[Token], k: int, end: int) -> int | None:
    """The index after the comma closing a relative clause that opens at tokens[k] (`, które
    odbyło się 12 marca w X,`), if one does before `end`."""
    if tokens[k].text != "," or k + 1 >= len(tokens) or "który" not in lemma_set(tokens[k + 1].low):
        return None
    for m in range(k + 2, len(tokens)):
        if tokens[m].start >= end:
            return None
        if tokens[m].text == ",":
            return m + 1
    return None


def _made_other_than_event(tokens: Sequence[Token], stop: int) -> bool:
    """`pracownicy Urzędu zaangażowani w przygotowanie programu rewitalizacji`: what the phrase
    makes is a thing other than an event, so its subject is no organiser."""
    nxt = tokens[stop] if stop < len(tokens) else None
    return nxt is not None and nxt.is_word and not nxt.is_cap and is_nominal(nxt.text) \
        and not is_adjective(nxt.text) and not is_event_noun(nxt.text)


def _past_role_label(tokens: Sequence[Token], k: int) -> int:
    """The index after a role said before the name (`partner projektu –`, `współorganizator –`),
    else k."""
    if k >= len(tokens) or not tokens[k].is_word \
            or not lemma_set(tokens[k].low) & (frames().partner_labels | frames().role_nouns):
        return k
    for m in range(k + 1, min(k + 4, len(tokens))):
        if tokens[m].text in ("–", "-", ":"):
            return m + 1
        if tokens[m].is_cap or not tokens[m].is_word:
            return k
    return k


def _involved_word_before(tokens: Sequence[Token], i: int) -> Token | None:
    """`odpowiada`, `jest odpowiedzialne`, `włączyła się` right before tokens[i]: the word
    of taking part (or the copula before it) whose subject precedes it."""
    k = i - 1
    if k > 0 and tokens[k].low == "się":
        k -= 1
    if k < 0 or not tokens[k].is_word or not lemma_set(tokens[k].low) & frames().involved_words:
        return None
    if k > 0 and lemma_set(tokens[k - 1].low) & {"być"}:
        k -= 1   # (`jest odpowiedzialne`)
    return tokens[k]
