"""What single words inside a venue's name are: a street's opening word, a school's number, an
abbreviation (`b. szkoły`, `pw.`, `im. J.`), a date or an agenda's point after a room, a remit's
comma. Kept apart from `nlp.venue_names`, which reads the name and asks these.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.morph import agrees, modifies
from nlp.org_names import Token, is_org_head
from nlp.venue_addresses import STREET
from nlp.venue_words import folded_lemmas, is_adj, is_gen_noun, is_month, is_venue_noun
from nlp.vocabulary import is_event_noun

__all__ = ["CAPITALS_RE", "DEDICATIONS", "SCHOOL_NUMBER_RE", "STREET_WORD_RE", "adjective_of_next", "date_at",
           "event_named_at", "former_abbreviated", "listed_remit", "numbered_item", "patron_abbreviation", "street_at"]


# A word that opens a street's name (`ul.`, `Plac`, `Rynku`), not one it begins (`Placówek`).
STREET_WORD_RE = re.compile(STREET + r"(?!\w)")
SCHOOL_NUMBER_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
# An acronym in capitals (`SP`, `ZSP`), not a Roman numeral (`II`).
CAPITALS_RE = re.compile(r"(?![IVXLC]+\b)[A-ZŁŚŻŹĆ]{2,5}")


def adjective_of_next(tokens: Sequence[Token], j: int) -> bool:
    """A lower-case adjective or participle agreeing with the genitive noun after it (`dawnej
    szkoły`, `remontowanych budynków`, `dawnej Szkoły Podstawowej`)."""
    return j + 1 < len(tokens) and (not tokens[j + 1].is_cap or is_venue_noun(tokens[j + 1].text)) \
        and is_adj(tokens[j].text) \
        and is_gen_noun(tokens[j + 1].text) \
        and (modifies(tokens[j].text, tokens[j + 1].text) or agrees(tokens[j].text, tokens[j + 1].text))


# `pod wezwaniem`, `pw.`, `p.w.`: a church's dedication, its patron after it
DEDICATIONS = (["pod", "wezwaniem"], ["pw", "."], ["p", ".", "w", "."])


def former_abbreviated(tokens: Sequence[Token], j: int) -> bool:
    """`b. szkoły`: `byłej` cut short, before the noun of what the building was."""
    return j + 2 < len(tokens) and tokens[j].text == "b" and tokens[j + 1].text == "." and not tokens[j + 2].is_cap \
        and is_gen_noun(tokens[j + 2].text)


def patron_abbreviation(tokens: Sequence[Token], i: int, j: int) -> bool:
    """After `im.`/`pw.`, tokens[j] is an initial's or a title's dot (`Wł.`) or a short
    lower-case title before its dot and a capitalised word (`hr.`)."""
    n = len(tokens)
    if not any(t.text.lower() in ("im", "pw") for t in tokens[i:j]):
        return False
    tok = tokens[j]
    if tok.text == ".":
        prev = tokens[j - 1].text
        initial = prev[:1].isupper() and (len(prev) == 1 or prev[1:].islower())   # (`J.`, `Wł.`; not `II.`)
        return prev.isalpha() and len(prev) <= (3 if initial else 4) and (initial or prev.islower()) and j + 1 < n \
            and (tokens[j + 1].is_cap or tokens[j + 1].text.islower())
    return tok.text.islower() and len(tok.text) <= 4 and j + 2 < n and tokens[j + 1].text == "." and tokens[j + 2].is_cap


def numbered_item(tokens: Sequence[Token], j: int) -> bool:
    """`pkt 7`, `punkcie 4.`, `punkcie „Sprawy różne”`: a point of an agenda named by its number or title."""
    k = j + 2 if j + 2 < len(tokens) and tokens[j + 1].text == "." else j + 1
    return k < len(tokens) and "punkt" in folded_lemmas(tokens[j].text) and (
        tokens[k].text.isdigit() or bool(SCHOOL_NUMBER_RE.fullmatch(tokens[k].text)) or tokens[j + 1].text in "„\"“")


def listed_remit(tokens: Sequence[Token], j: int) -> bool:
    """A comma at tokens[j] inside a name, between the genitives of what the body serves
    (`Kultury, Sportu i Rekreacji`): capitalised genitives after it up to `i` and one more."""
    k = j + 1
    while k < len(tokens) and k - j <= 2 and tokens[k].is_cap and is_gen_noun(tokens[k].text) \
            and not (is_org_head(tokens[k].text) or is_venue_noun(tokens[k].text)):
        k += 1
    return j > 0 and k > j + 1 and is_gen_noun(tokens[j - 1].text) and k + 1 < len(tokens) \
        and tokens[k].low in ("i", "oraz") and tokens[k + 1].is_cap and is_gen_noun(tokens[k + 1].text)


def date_at(tokens: Sequence[Token], k: int) -> bool:
    """`w sali widowiskowej 14 listopada`: a day and its month, not a room's number."""
    return k + 1 < len(tokens) and is_month(tokens[k + 1].text)


def street_at(tokens: Sequence[Token], k: int) -> bool:
    """`ul. Polnej`, `placu Wolności`: a street's name starts at tokens[k] (not `placu zabaw`)."""
    if not STREET_WORD_RE.match(tokens[k].text + " "):
        return False
    return tokens[k].text.lower() in ("ul", "al", "pl", "os") or tokens[k].is_cap \
        or (k + 1 < len(tokens) and tokens[k + 1].is_cap)


def event_named_at(tokens: Sequence[Token], k: int) -> bool:
    """`Walnym Zebraniu`, `Forum`: an event's name opens at tokens[k] (its noun, maybe after an adjective)."""
    return is_event_noun(tokens[k].text) or (k + 1 < len(tokens) and is_adj(tokens[k].text)
                                             and is_event_noun(tokens[k + 1].text))
