"""The place of a table row that ends with its date.

A municipal schedule is often a table flattened to lines: `3 Zalesie Zalesie, Kąty Świetlica
wiejska w Zalesiu 16.02.2019` / `Godz. 17.00`: the row's number, the village, the places it
covers, the meeting's place, then the date. The place is the cell that opens with a place noun
(`Świetlica`, `Remiza`, `Szkoła`) or names a home (`U Sołtysa`); its town is the one named in
it, else the row's village.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from nlp.morph import fold
from nlp.org_names import tokenize
from nlp.venue_addresses import city_in_name, town_in_cell
from nlp.venue_words import folded_lemmas, is_venue_noun, is_verb, line_bounds
from nlp.vocabulary import lexicon

Span = tuple[int, int]

_ROW_NUMBER_RE = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]+(?=[A-ZŁŚŻŹĆ])")
_MAX_ROW = 160


@functools.cache
def _home_owners() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon("venue_cues.json")["home_owners"])


def row_places(text: str, event_spans: list[Span]) -> Iterator[tuple[Span, str | None]]:
    """(name span, city) of each numbered table row whose date ends the row's line."""
    for start, _end in event_spans:
        line_start, _ = line_bounds(text, start)
        number = _ROW_NUMBER_RE.match(text, line_start, start)
        if number is None or start - line_start > _MAX_ROW:
            continue
        tokens = [t for t in tokenize(text, number.end(), start) if t.is_word]
        if not tokens or any(is_verb(t.text) for t in tokens):
            continue   # (a sentence, not a row of cells)
        at = next((k for k, t in enumerate(tokens) if k and _opens_place(tokens, k)), None)
        if at is None:
            continue
        name_span = (tokens[at].start, len(text[:start].rstrip(" \t,;|–-")))
        name = text[name_span[0]:name_span[1]]
        yield name_span, city_in_name(name) or _row_town(text, tokens[0].start, tokens[at].start)


def _opens_place(tokens, k: int) -> bool:
    """`Świetlica wiejska …`, `Remiza OSP …`, `U Sołtysa`: a capitalised place noun, or `u`
    and the person whose home it is."""
    tok = tokens[k]
    if tok.is_cap and is_venue_noun(tok.text):
        return True
    return tok.low == "u" and k + 1 < len(tokens) and bool(folded_lemmas(tokens[k + 1].text) & _home_owners())


def _row_town(text: str, start: int, end: int) -> str | None:
    """The row's village: the longest run of its first capitalised words that is a town."""
    words = text[start:end].split()
    for size in (3, 2, 1):
        town = town_in_cell(" ".join(words[:size]).rstrip(",")) if len(words) >= size else None
        if town:
            return town
    return None
