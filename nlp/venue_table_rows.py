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

from nlp.morph import fold, is_verb
from nlp.org_names import tokenize
from nlp.text_lines import line_bounds
from nlp.venue_addresses import city_in_name, town_in_cell
from nlp.venue_words import folded_lemmas, is_venue_noun
from nlp.vocabulary import lexicon

Span = tuple[int, int]

_ROW_NUMBER_RE = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]+(?=[A-ZŁŚŻŹĆ])")
_MAX_ROW = 160


@functools.cache
def _home_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon("venue_cues.json")
    return tuple(frozenset(fold(w) for w in data[key]) for key in ("home_owners", "home_nouns", "honorifics"))


def home_of_owner(tokens, k: int) -> int | None:
    """`U Sołtysa`, `u p. Kowalskich`, `Mieszkanie Sołtysa`, `Dom Pani Sołtys`, `sklep u p. Nowaka`:
    the home where a village meets, named by whose it is (the index after it)."""
    owners, homes, honorifics = _home_words()
    if k + 2 < len(tokens) and tokens[k + 1].low == "u" and tokens[k].is_word and not tokens[k].is_cap \
            and not is_verb(tokens[k].text):
        k += 1   # (the shop or inn at someone's)
    if k + 1 >= len(tokens) or not (tokens[k].low == "u" or folded_lemmas(tokens[k].text) & homes):
        return None
    j = k + 1
    honoured = fold(tokens[j].low) in honorifics or bool(folded_lemmas(tokens[j].text) & honorifics)
    if honoured:
        j += 2 if j + 1 < len(tokens) and tokens[j + 1].text == "." else 1
    if j >= len(tokens):
        return None
    if folded_lemmas(tokens[j].text) & owners:
        return j + 1
    return j + 1 if honoured and tokens[k].low == "u" and tokens[j].is_cap and tokens[j].is_word else None


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
    """`Świetlica wiejska …`, `Remiza OSP …`, `U Sołtysa`: a capitalised place noun, or the
    home of the person named."""
    tok = tokens[k]
    if tok.is_cap and is_venue_noun(tok.text):
        return True
    return home_of_owner(tokens, k) is not None


def _row_town(text: str, start: int, end: int) -> str | None:
    """The row's village: the longest run of its first capitalised words that is a town."""
    words = text[start:end].split()
    for size in (3, 2, 1):
        town = town_in_cell(" ".join(words[:size]).rstrip(",")) if len(words) >= size else None
        if town:
            return town
    return None
