"""Officers named as a group by a common noun (`słupeccy policjanci`, `policjanci z Pruszcza
Gdańskiego`, `policjanci wieruszowskiej komendy`, `strażnicy miejscy`) as the subject of an
organising verb: police stations and fire brigades report their debates so, and the group
stands for its unit. Other groups of people (`seniorzy`, `młodzież`) are no organiser."""
from __future__ import annotations

import functools
from collections.abc import Sequence

from nlp.morph import analyse, modifies
from nlp.org_lower_names import _DETERMINERS, _lower_seat_end, from_place_end
from nlp.org_name_reading import read_name
from nlp.org_names import lemma_set, tokenize
from nlp.org_words import Token
from nlp.organiser_gaps import members_gap, partner_phrase
from nlp.organiser_grammar import Span, is_glue
from nlp.vocabulary import lexicon

__all__ = ["group_after", "group_before"]

_REACH = 8   # words a group phrase may span


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon("organiser_frames.json")
    return frozenset(data["service_groups"]), frozenset(data["service_units"])


def _reading(word: str, pos: str, case: str, number: str | None = None) -> bool:
    """Has the word a reading of that part of speech in that case (and number)?"""
    tags = [r.tag.split(":") for r in analyse(word.lower()) if r.pos == pos]
    return any(len(t) > 2 and (number is None or t[1] == number) and case in t[2].split(".") for t in tags)


def _is_group_noun(word: str) -> bool:
    groups, _ = _words()
    return not word.isupper() and bool(lemma_set(word.lower()) & groups) and _reading(word, "subst", "nom", "pl")


def _modifier(token: Token, noun: Token) -> bool:
    """A lower-case adjective agreeing with the group noun (`słupeccy`, `miejscy`), not `nasi`."""
    return token.is_word and token.text[1:].islower() and not lemma_set(token.low) & _DETERMINERS \
        and _reading(token.text, "adj", "nom", "pl") and modifies(token.text, noun.text)


def _unit_end(text: str, tokens: Sequence[Token], k: int) -> int:
    """After the group noun: `wieruszowskiej komendy`, `komisariatu w Brwinowie`, the unit in the
    genitive with its adjectives and seat (the index after it), else k."""
    _, units = _words()
    j = k
    while j < len(tokens) and j - k < 2 and tokens[j].is_word and not tokens[j].is_cap \
            and _reading(tokens[j].text, "adj", "gen"):
        j += 1
    if j < len(tokens) and tokens[j].is_word and not tokens[j].is_cap and lemma_set(tokens[j].low) & units \
            and _reading(tokens[j].text, "subst", "gen"):
        return _lower_seat_end(text, tokens, j + 1) or j + 1
    return k


def _phrase(text: str, tokens: Sequence[Token], first: int, noun: int) -> Span | None:
    """The group phrase whose noun is tokens[noun]; the body alone when one is named after it
    (`policjanci z Komisariatu Policji w X`, `funkcjonariusze Komendy Y`: the body organises,
    as `members_before` reads it); None for the noun alone (`Policjanci zapraszają`: which
    police, the page says elsewhere)."""
    stop = noun + 1
    while stop < len(tokens) and stop - noun <= 2 and _modifier(tokens[stop], tokens[noun]):
        stop += 1   # `strażnicy miejscy`
    at = stop + 1 if stop + 1 < len(tokens) and tokens[stop].low in ("z", "ze") else stop
    body = read_name(text, tokens, at) if at < len(tokens) and tokens[at].is_cap else None
    if body is not None:
        return tokens[at].start, tokens[body - 1].end   # (`funkcjonariusze Komendy Powiatowej Policji`)
    stop = from_place_end(text, tokens, stop) or _unit_end(text, tokens, stop)
    return (tokens[first].start, tokens[stop - 1].end) if stop > first + 1 else None


def group_after(text: str, pos: int, end: int) -> Span | None:
    """The group phrase opening text[pos:end] (`zorganizowali słupeccy policjanci`)."""
    tokens = tokenize(text, pos, min(end, len(text)))[:_REACH]
    noun = 0
    while noun < len(tokens) - 1 and noun < 2 and _modifier(tokens[noun], tokens[noun + 1]):
        noun += 1
    if noun >= len(tokens) or not _is_group_noun(tokens[noun].text):
        return None
    return _phrase(text, tokens, 0, noun)


def group_before(text: str, start: int, end: int) -> Span | None:
    """The group phrase in text[start:end] that only glue (`wspólnie z pracownikami`) parts
    from `end`, where the verb or the rest of the subject stands (not `z` alone: `Strażacy z
    OSP X` are the people of the body named after them)."""
    tokens = tokenize(text, start, end)
    for noun in range(len(tokens) - 1, -1, -1):
        if not _is_group_noun(tokens[noun].text):
            continue
        first = noun
        while first > 0 and noun - first < 2 and _modifier(tokens[first - 1], tokens[noun]):
            first -= 1
        span = _phrase(text, tokens, first, noun)
        if span is None:
            return None
        gap = text[span[1]:end]
        if gap.split() in (["z"], ["ze"]) or "któr" in gap:
            return None   # (`funkcjonariusze Policji, którzy przeprowadzili`: guests named in the clause before)
        return span if not gap.strip() or is_glue(gap) or partner_phrase(gap) or members_gap(gap) else None
    return None
