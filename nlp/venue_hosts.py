"""Places said as the host of an event rather than after `w`/`na`.

Reports and invitations often make the place the subject or the object of the sentence:
`Muzeum Regionalne zaprasza 16 maja na Noc Muzeów`, `Hala Sportowa Orlica będzie areną
turnieju`, `swoje drzwi ponownie otworzyła Kawiarenka Sąsiedzka`, `naszą świetlicę
odwiedzili uczniowie`, `otwarcie Klubu Seniora`. Only a sentence that gives an event date
counts, and only a place that holds events of its own (a museum, a library, a hall: from
`host_places` in the venue lexicon; an office or a parish that invites is an organiser).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.clauses import clause_end, clause_start
from nlp.morph import analyse, fold, modifies
from nlp.org_names import Token, tokenize
from nlp.venue_names import read_venue_name
from nlp.venue_words import folded_lemmas
from nlp.vocabulary import lexicon

Span = tuple[int, int]

# How far (in tokens) the place may stand from the word that makes it the host:
# `Podkarpackie Centrum Piłki Nożnej będzie areną`, `otworzyła Kawiarenka Obywatelska`.
_BEFORE, _AFTER = 3, 4


@functools.cache
def _cues() -> dict[str, frozenset[str]]:
    data = lexicon("venue_cues.json")
    return {key: frozenset(fold(w) for w in data[key])
            for key in ("host_places", "host_verbs", "host_nouns", "visit_verbs", "opening_nouns", "service_words")}


def host_venues(text: str, event_spans: Sequence[Span]) -> list[tuple[Span, str | None]]:
    """(name span, city said in the name) of each place named as an event's host."""
    out: list[tuple[Span, str | None]] = []
    seen: set[int] = set()
    for start, _ in event_spans:
        clause = (clause_start(text, start), clause_end(text, start))
        if clause[0] in seen:
            continue
        seen.add(clause[0])
        tokens = tokenize(text, *clause)
        opened = _open_day_place(text, tokens)
        if opened:
            out.append(opened)
            continue
        for k, tok in enumerate(tokens):
            role = _role(tok.text)
            if role is None:
                continue
            found = _place_near(text, tokens, k, role)
            if found:
                out.append(found)
                break
    return out


def _open_day_place(text: str, tokens: Sequence[Token]) -> tuple[Span, str | None] | None:
    """`Dzień Otwarty Urzędu Skarbowego`, `Dni Otwartych Drzwi w Szkole`: an open day
    is held at the body it opens (named in the genitive, or after `w`)."""
    for phrase in _open_days():
        size = len(phrase)
        for k in range(len(tokens) - size):
            if not all(phrase[n] in folded_lemmas(tokens[k + n].text.lower()) for n in range(size)):
                continue
            at = k + size + (1 if tokens[k + size].text.lower() in ("w", "we") else 0)
            if at >= len(tokens) or not tokens[at].is_cap:
                continue
            res = read_venue_name(text, tokens, at, allow_plain_cap=False)
            if res is not None:
                return (tokens[at].start, tokens[res[0] - 1].end), res[1]
    return None


@functools.cache
def _open_days() -> tuple[tuple[str, ...], ...]:
    """Lemma sequences, longest first (`dzień otwarty drzwi` before `dzień otwarty`)."""
    phrases = {tuple(fold(w) for w in p.split()) for p in lexicon("venue_cues.json")["open_days"]}
    return tuple(sorted(phrases, key=len, reverse=True))


def _role(word: str) -> str | None:
    """Which way `word` makes a place the host: its subject, its object or its genitive."""
    if not word.isalpha():
        return None
    found = folded_lemmas(word.lower())
    cues = _cues()
    if found & cues["host_verbs"] or found & cues["host_nouns"]:
        return "subject"
    if found & cues["visit_verbs"]:
        return "object"
    if found & cues["opening_nouns"]:
        return "genitive"
    return None


def _place_near(text: str, tokens: Sequence[Token], k: int, role: str) -> tuple[Span, str | None] | None:
    """The host place next to the cue at tokens[k], in the case its role asks for."""
    case = {"subject": "nom", "object": "acc", "genitive": "gen"}[role]
    starts = range(k + 1, min(len(tokens), k + 1 + (2 if role == "genitive" else _AFTER)))
    if role != "genitive":
        starts = [*range(max(0, k - 8), k), *starts]
    for i in starts:
        if not tokens[i].is_word or (i < k and i > 0 and tokens[i - 1].is_word and tokens[i - 1].is_cap):
            continue   # (a name starts at its first word)
        res = read_venue_name(text, tokens, i, allow_plain_cap=False)
        if res is None:
            continue
        stop, city = res
        if i < k and not (k - _BEFORE <= stop <= k):
            continue
        if i > k and any(t.text in (",", ".") for t in tokens[k + 1:i]):
            continue
        head = _head(tokens, i, stop)
        if head is not None and not folded_lemmas(head.text) & {"dom"} \
                and any(folded_lemmas(t.text) & _cues()["service_words"] for t in tokens[i:stop]):
            continue   # `Ośrodek Pomocy Społecznej zaprasza`: an office inviting (a `Dom Pomocy` is lived in)
        if head is None or not _in_case(head.text, case) \
                or not all(modifies(t.text, head.text) for t in tokens[i:stop] if t.start < head.start and not t.is_cap):
            continue   # (`naszą świetlicę`, not `22 lutego biblioteka`)
        return (tokens[i].start, tokens[stop - 1].end), city
    return None


def _head(tokens: Sequence[Token], i: int, stop: int) -> Token | None:
    """The first place noun of the name, when it is a place that holds events of its own."""
    for tok in tokens[i:stop]:
        found = folded_lemmas(tok.text)
        if found & _cues()["host_places"]:
            return tok
        if tok.is_word and not any(r.pos in ("adj", "ppas", "pact") for r in analyse(tok.text)):
            return None
    return None


def _in_case(word: str, case: str) -> bool:
    return any(r.pos == "subst" and re.search(rf"(?:^|[:.]){case}(?:[:.]|$)", r.tag) for r in analyse(word))
