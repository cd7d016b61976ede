"""What a name reader asks of the words of a name: the lexicon's lists of heads and phrases
(`units_within_bodies`, `numbered_heads`, …), the capital's unit (`miasta stołecznego Warszawy`),
a town named with its adjective (`Środy Wielkopolskiej`), a compound adjective written apart
(`Kulturalno - Oświatowe`), a branch after a comma (`, Rejon Opoczno`) and the person whose
name ends a body's (`Stowarzyszenie X Hanna Ilnicka`)."""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.gazetteer import gazetteer
from nlp.morph import analyse, can_be, modifies, name_classes
from nlp.org_acronyms import ROMAN_RE
from nlp.org_words import (QUOTES_OPEN, _BRANCHES, Token, _may_be_surname, is_adjective, is_first_name, is_office_title,
                           lemma_set, may_be_first_name)
from nlp.vocabulary import lexicon

# units of the country named by a lower-case adjective of their region (`województwo lubuskie`)
REGIONS = frozenset({"województwo", "powiat"})


@functools.cache
def units_within_bodies() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["units_within_bodies"])


@functools.cache
def _capital_unit_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in lexicon("organisation_heads.json")["capital_unit_phrases"])


def capital_unit_at(tokens: Sequence[Token], j: int) -> int | None:
    """The index of the capital's name after `miasta stołecznego` opening at tokens[j], if one does."""
    for phrase in _capital_unit_phrases():
        k = j + len(phrase)
        if k < len(tokens) and tuple(t.low for t in tokens[j:k]) == phrase and tokens[k].is_cap:
            return k
    return None


@functools.cache
def inner_locatives() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["inner_locatives"])


@functools.cache
def numbered_heads() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["numbered_heads"])


_EDITION_RE = re.compile(r"(?<![\w.])([IVXL]{1,5})[ \t]+$")


def names_an_edition(text: str, start: int, end: int) -> bool:
    """`I Lubuski Sejmik Seniorów`, `III Forum Organizacji`: a name after the Roman numeral of an
    edition is an event's, not a body's (but `II Liceum Ogólnokształcące` is a numbered school)."""
    words = text[start:end].split()
    if words and ROMAN_RE.fullmatch(words[0]):
        words = words[1:]
    elif not _EDITION_RE.search(text, max(0, start - 8), start):
        return False
    head = next((w for w in words if not is_adjective(w)), None)
    return head is not None and not lemma_set(head) & numbered_heads()


def names_a_meeting(text: str, start: int, end: int) -> bool:
    """`Walne Zgromadzenie`, `SEJMIK SPRAWOZDAWCZO-WYBORCZY`: an adjective of a members' meeting among
    the name's first words makes it the meeting, not a body."""
    return any(word.lower().startswith(_meeting_adjective_stems()) for word in text[start:end].split()[:2])


@functools.cache
def _meeting_adjective_stems() -> tuple[str, ...]:
    return tuple(lexicon("organisation_heads.json")["meeting_adjective_stems"])


@functools.cache
def nouns_of_study() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["nouns_of_study"])


def compound_place(tokens: Sequence[Token], j: int) -> bool:
    """`Burmistrz Środy Wielkopolskiej`: a place name followed by its agreeing adjective is
    a town (Środa), not the weekday the same word also names."""
    word = tokens[j].text
    return j + 1 < len(tokens) and tokens[j + 1].is_cap \
        and bool(name_classes(word) & {"nazwa_geograficzna", "człon_nazwy_geograficznej"}) \
        and modifies(tokens[j + 1].text, word)


def _compound_parts(stem: Token, rest: Token, lower: bool) -> bool:
    """Are `stem` and `rest` the parts of a compound adjective written apart: the first one
    Morfeusz reads as nothing or as an adverb only (`Kulturalno`, `Miejsko`), the second an
    adjective? `lower` lets both be in lower case (`kinowo … widowiskowej`)."""
    return (lower or stem.is_cap and rest.is_cap) and stem.is_word and len(stem.text) > 4 and stem.text.endswith("o") \
        and all(r.pos == "adv" or lower and r.lemma[:1].isupper() for r in analyse(stem.text.lower())) \
        and is_adjective(rest.text)   # (in lower case a place's name is no reading: `kinowo`, not Kinowo)


def compound_dash(tokens: Sequence[Token], j: int, lower: bool = False) -> bool:
    """`Kulturalno - Oświatowe`, `sali kinowo – widowiskowej`: tokens[j] is a dash between the
    parts of a compound adjective written apart."""
    return 0 < j < len(tokens) - 1 and tokens[j].text in ("-", "–") \
        and _compound_parts(tokens[j - 1], tokens[j + 1], lower)


def compound_spaced(tokens: Sequence[Token], i: int) -> bool:
    """`Miejsko Gminny Ośrodek`: the parts of a compound adjective at tokens[i], its dash lost."""
    return i + 1 < len(tokens) and _compound_parts(tokens[i], tokens[i + 1], lower=False)


def opens_person(word: str, after: str, name: Sequence[Token]) -> bool:
    """`Hanna Ilnicka` after a body's name: a first name and a surname (a first name that is also
    a place's, `Hanna`, `Marek`, only before a word that is a surname, and not after an office,
    whose holder's name stays with it: `Prezydent Miasta X Marek Nowak`)."""
    if gazetteer().is_place(f"{word} {after}"):
        return False   # `Miastem Wodzisław Śląski`: a town, not a man named Wodzisław
    if is_first_name(word):
        return _may_be_surname(after)
    # (`Ilnicka`, not `Kowalskiej`, after which a name of the genitive runs on)
    return may_be_first_name(word) and "nazwisko" in name_classes(after) \
        and any(can_be(after, pos, number="sg", case="nom") for pos in ("subst", "adj")) \
        and not any(is_office_title(t.text) for t in name)


def branch_after_comma(tokens: Sequence[Token], j: int) -> int | None:
    """After the comma at tokens[j], a branch of the body and its place (`, Rejon Opoczno`,
    `, Oddział w Lipnie`): the index after the place, or None."""
    if j + 2 >= len(tokens) or not tokens[j + 1].is_cap or not lemma_set(tokens[j + 1].text) & _BRANCH_WORDS:
        return None
    place = j + 2 + (tokens[j + 2].low in ("w", "we"))
    for stop in (place + 2, place + 1):
        if stop <= len(tokens) and all(t.is_cap for t in tokens[place:stop]) \
                and gazetteer().is_place(" ".join(t.text for t in tokens[place:stop])):
            return stop
    return None


_BRANCH_WORDS = _BRANCHES | {"rejon"}


def acronym_after_name(tokens: Sequence[Token], j: int) -> bool:
    """`Instytut Nauk Ekonomicznych PAN`: a word in capitals after a name in mixed case is the
    acronym of the body it belongs to, not a person's role."""
    return tokens[j].text.isupper() and len(tokens[j].text) >= 3 and not tokens[j - 1].text.isupper()


def capital_heading(tokens: Sequence[Token], j: int) -> bool:
    """`PATRONAT MEDIALNY`, `KOORDYNATOR:`: words of the dictionary set in capitals, a
    heading rather than part of a name."""
    word = tokens[j].text
    if not word.isupper() or len(word) < 4 or not any(not r.lemma.isupper() for r in analyse(word.lower())):
        return False   # (`SGGW`, `PTTK`: the dictionary's own acronyms)
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or nxt.text == ":" or (nxt.text.isupper() and len(nxt.text) > 3 and bool(analyse(nxt.low)))


def quoted_name_after_dash(tokens: Sequence[Token], head: int, j: int) -> bool:
    """`Stowarzyszenie Lokalna Grupa Działania – „Gniazdo”`, `LGD - "Dolina Rzeki"`: a body's own
    name quoted after a dash that follows its generic words (not a name's own last word: `Fundacja
    Lipno – „Dzień Dziecka”` is a title after it)."""
    prev = tokens[j - 1].text
    return tokens[j].text in ("–", "-") and j > head and j + 1 < len(tokens) and tokens[j + 1].text in QUOTES_OPEN \
        and (prev.isupper() or any(r.lemma[:1].islower() for r in analyse(prev)))
