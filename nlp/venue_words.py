"""Word classes a venue is read by: place nouns (`sala`, `świetlica`), rooms and parts of
grounds, adjectives, verbs, the cases of nouns, and a place name in the nominative with the
source's region preferred among same-named places. Lists live in `lexicons/venue_cues.json`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from contextvars import ContextVar

from nlp.morph import analyse, can_be, fold, is_verb, lemmas, only_pos
from nlp.org_names import is_org_head, Token
from nlp.venue_towns import town_name
from nlp.vocabulary import is_event_noun, lexicon

@functools.cache
def _cues() -> tuple[frozenset[str]]:
    data = lexicon("venue_cues.json")
    return (frozenset(fold(n) for n in data["nouns"]),)


@functools.lru_cache(maxsize=200_000)
def folded_lemmas(word: str) -> frozenset[str]:
    return frozenset(fold(x) for x in lemmas(word))


_MONTH_LEMMAS = frozenset({"styczen", "luty", "marzec", "kwiecien", "maj", "czerwiec", "lipiec", "sierpien", "wrzesien",
                           "pazdziernik", "listopad", "grudzien"})


def is_month(word: str) -> bool:
    """`listopada`, `maja`: a month's name, in any case form (a day's, not a room's or a house's number)."""
    return bool(folded_lemmas(word) & _MONTH_LEMMAS)


@functools.lru_cache(maxsize=100_000)
@functools.lru_cache(maxsize=100_000)
def is_noun(word: str) -> bool:
    return any(i.pos == "subst" for i in analyse(word))


def has_case(word: str, cases: tuple[str, ...]) -> bool:
    """A noun reading of `word` in one of `cases` (`zebranie`: nom, acc)."""
    return any(can_be(word, "subst", case=case) for case in cases)


@functools.lru_cache(maxsize=100_000)
def has_singular(word: str) -> bool:
    return any(i.pos == "subst" and ":sg:" in i.tag for i in analyse(word)) or not analyse(word)


# After `na` a capitalised faculty or university is a place (`na Wydziale Prawa`); after
# `na terenie` an administrative unit is an area, not a venue.
FACULTIES = frozenset({"wydział", "uniwersytet", "politechnika", "uczelnia", "akademia", "kampus"})


AREAS = frozenset({"gmina", "powiat", "miasto", "województwo", "sołectwo", "kraj", "region", "dzielnica", "osiedle"})


_ANY = frozenset({"kazdy", "wszelki", "dowolny", "inny", "wszystek"})


def lower_adjectives_before_venue(tokens: Sequence[Token], i: int) -> int | None:
    """`małej sali`, `nowej siedzibie`: the index of the place noun after lower-case adjectives."""
    j = i
    if j + 1 < len(tokens) and not tokens[j].is_cap and is_adverb(tokens[j].text) and is_adj(tokens[j + 1].text):
        j += 1   # `w nowo wybudowanej świetlicy`: an adverb of the adjective
    while j < len(tokens) and j - i < 3 and not tokens[j].is_cap and is_adj(tokens[j].text) \
            and not is_venue_noun(tokens[j].text) and not folded_lemmas(tokens[j].text) & _ANY:
        j += 1   # (not `w każdej placówce`: any of them is no place)
    if not (j > i and j < len(tokens) and is_venue_noun(tokens[j].text)):
        return None
    if folded_lemmas(tokens[j].text) & cue_set("group_nouns") and any(
            folded_lemmas(t.text) & cue_set("possessives") for t in tokens[i:j]):
        return None   # `w naszym zespole`: a team of people, not `w zespole pałacowo-parkowym`
    return j


def is_adverb(word: str) -> bool:
    return only_pos(word, "adv")


_ROMAN_FLOOR_RE = re.compile(r"[IVX]{1,4}")


def floor_end(tokens: Sequence[Token], j: int) -> int | None:
    """The index after a floor phrase opening at tokens[j] (`na parterze`, `na III piętrze`,
    `na 1. piętrze`, `na pierwszym piętrze`), if one does."""
    if j + 1 >= len(tokens) or tokens[j].low != "na":
        return None
    k = j + 1
    if tokens[k].text.isdigit() or _ROMAN_FLOOR_RE.fullmatch(tokens[k].text):
        return numbered_floor_end(tokens, k)
    if not tokens[k].is_cap and is_adj(tokens[k].text) and k + 1 < len(tokens):
        k += 1   # `na pierwszym piętrze`
    return k + 1 if _is_floor_word(tokens, k) else None


def numbered_floor_end(tokens: Sequence[Token], k: int) -> int | None:
    """The index after a floor named by its number at tokens[k] (`I piętro`, `1. piętro`; after
    a dash, `Urzędu Miasta – I piętro`, where the room is, not a name going on), if one is."""
    if k >= len(tokens) or not (tokens[k].text.isdigit() or _ROMAN_FLOOR_RE.fullmatch(tokens[k].text)):
        return None
    k += 2 if k + 1 < len(tokens) and tokens[k + 1].text == "." else 1
    return k + 1 if _is_floor_word(tokens, k) else None


def _is_floor_word(tokens: Sequence[Token], k: int) -> bool:
    return k < len(tokens) and bool(folded_lemmas(tokens[k].text) & cue_set("floors"))


def is_name_companion(word: str) -> bool:
    """A noun that continues a name after `z` (`Szkoła Podstawowa z Oddziałami Integracyjnymi`)."""
    return bool(folded_lemmas(word) & cue_set("name_companions"))


def is_room(word: str) -> bool:
    """A room (`sala`, `pokój`, `aula`): it stands inside a building named after it."""
    return bool(folded_lemmas(word) & _room_nouns())


def is_part(word: str) -> bool:
    """A stage, a shelter, a yard (`scena`, `wiata`): it stands in a park or grounds named after it."""
    return bool(folded_lemmas(word) & cue_set("parts"))


@functools.lru_cache(maxsize=20_000)
def place_lemma(word: str) -> str | None:
    """`Lwowie` → `Lwów`, `Poczdamie` → `Poczdam`: a town SGJP knows by name, the register may
    not (a foreign one), in its nominative."""
    return next((r.lemma for r in analyse(word) if "nazwa_geograficzna" in r.qualifiers and r.lemma[:1].isupper()),
                None)


def is_commemorative(word: str) -> bool:
    """`Plac`, `Park`: a place named after a person, rank first (`Placu Marszałka Józefa Piłsudskiego`)."""
    return bool(folded_lemmas(word) & cue_set("commemorative_places"))


def is_office_seat(word: str) -> bool:
    """`Kancelaria`, `Biuro`: a place named after the office it serves (`Kancelarii Prezydenta`)."""
    return bool(folded_lemmas(word) & cue_set("office_seats"))


@functools.cache
def cue_set(key: str) -> frozenset[str]:
    return frozenset(fold(n) for n in lexicon("venue_cues.json")[key])


@functools.cache
def _room_nouns() -> frozenset[str]:
    return frozenset(fold(n) for n in lexicon("venue_cues.json")["rooms"])


@functools.cache
def plural_places() -> frozenset[str]:
    """Lemmas whose plural names one place (`na Błoniach`), unlike `w świetlicach`."""
    return frozenset(fold(n) for n in lexicon("venue_cues.json")["plural_places"])


def grounds_at(preposition: str, words: Sequence[str]) -> int | None:
    """`na terenie X`, `w (gościnnych) progach X`, `w murach X`: the index among `words` (those
    after the preposition) of a noun of a place's grounds, past lower-case adjectives."""
    nouns = _grounds().get(preposition, frozenset())
    for k, word in enumerate(words[:3]):
        if folded_lemmas(word) & nouns:
            return k
        if not (word[:1].islower() and is_adj(word)):
            return None
    return None


@functools.cache
def _grounds() -> dict[str, frozenset[str]]:
    return {prep: frozenset(fold(n) for n in nouns) for prep, nouns in lexicon("venue_cues.json")["grounds"].items()}


@functools.lru_cache(maxsize=200_000)   # (asked of most capitalised words, many times a page)
def is_venue_noun(word: str) -> bool:
    return not folded_lemmas(word).isdisjoint(_cues()[0])


def is_not_place_head(word: str) -> bool:
    """`Gminie`, `Projekcie`: an area or an undertaking, never where an event is held."""
    return bool(folded_lemmas(word) & cue_set("not_place_heads"))


@functools.lru_cache(maxsize=200_000)
def is_adj(word: str) -> bool:
    """An adjective or participle; or a word no dictionary knows with a place adjective's ending
    (`hałcnowskiego`, `borkowskiej`: made from a district's or village's name)."""
    readings = analyse(word)
    return any(i.pos in ("adj", "ppas", "pact") for i in readings) or not readings and bool(_PLACE_ADJ_RE.search(word))


_PLACE_ADJ_RE = re.compile(r"[^\W\d_]{3}(?:sk|ck|dzk)(?:i|iego|iej|im|ą|ie|a|imi|ich)$", re.IGNORECASE)


@functools.lru_cache(maxsize=200_000)
def is_gen_noun(word: str) -> bool:
    return any(i.pos == "subst" and "gen" in i.tag.split(":")[2].split(".") for i in analyse(word) if len(i.tag.split(":")) > 2)


# The source's TERYT code while one text is read: among same-named places (`w Podłężu`:
# Podłęże or Podłęż) the one nearest the source is meant.
PREFER: ContextVar[str | None] = ContextVar("venue_region_preference", default=None)


def city_name(phrase: str) -> str | None:
    return town_name(phrase, PREFER.get())




def opens_own_name(tokens: Sequence[Token], j: int) -> bool:
    """Does tokens[j], past a place's name, open the subject of the clause, a body named in the
    nominative before its verb (`w Centrum Kultury Biblioteka Publiczna i UTW przygotowały`, `w
    sali Gminny Ośrodek Kultury zorganizował`)? A place's own name in the nominative has no verb
    after it (`w Centrum Kultury Zamek`), and a name going on holds its body in the genitive."""
    word = tokens[j].text
    if is_adj(word) and j + 1 < len(tokens) and tokens[j + 1].is_cap:
        if can_be(word, "adj", case="gen"):
            return False
        word = tokens[j + 1].text   # (`Gminny Ośrodek`: the adjective and its noun)
    if not (is_org_head(word) or is_venue_noun(word)) or not can_be(word, "subst") \
            or can_be(word, "subst", case="gen"):
        return False
    k = j + 1
    while k < len(tokens) and k - j < _SUBJECT_WORDS_MAX and (tokens[k].is_cap or tokens[k].low in _IN_SUBJECT):
        k += 1
    # (`w Centrum Kultury Zamek odbyło się`: the event after the verb is its subject)
    return k < len(tokens) and tokens[k].is_word and is_verb(tokens[k].low) \
        and not (k + 1 < len(tokens) and tokens[k + 1].low == "się")


_SUBJECT_WORDS_MAX = 30
# (`X wraz z Urzędem Y, Fundacją Z i Uniwersytetem W zorganizowała`: partners joined to the subject)
_IN_SUBJECT = frozenset(("i", "oraz", "w", "we", "z", "ze", "im", ".", ",", "-", "–", "wraz", "wspólnie",
                         "współpracy", "partnerstwie"))


_NEXT_WORD_RE = re.compile(r"[ \t]+(\w+)")


_ON_EVENT_RE = re.compile(r"\s+na\s+(\w+)")


def event_after(text: str, pos: int) -> bool:
    """`do świetlicy wiejskiej na zebranie`: the place is where the event named next is held."""
    m = _ON_EVENT_RE.match(text, pos)
    return bool(m) and is_event_noun(m.group(1))


def place_noun_next(text: str, pos: int, *, capitalised: bool = False) -> bool:
    """Does a place's noun follow at `pos` (`… Domu Kultury`), `capitalised` as a name's
    (`… Błoniach`, `… Rynku`)?"""
    m = _NEXT_WORD_RE.match(text, pos)
    return bool(m) and (not capitalised or m.group(1)[:1].isupper()) and is_venue_noun(m.group(1))


def meeting_right_before(before: str) -> bool:
    """`zebranie wiejskie w Świetlicy`: the meeting itself, as the subject or object, right
    before the place (not `możliwość konsultacji w Punkcie`: a service; not a headline in
    capitals)."""
    clause = _CLAUSE_CUT_RE.split(before)[-1]
    return not clause.isupper() and any(is_event_noun(w) and has_case(w, ("nom", "acc"))
                                        for w in _WORD_RE.findall(clause)[-3:])


_CLAUSE_CUT_RE = re.compile(r"[.!?,;:\n]")
_WORD_RE = re.compile(r"\w+")


def ours_then_place(text: str, pos: int, word: str) -> bool:
    """`do naszego ośrodka`: the host's own place."""
    nxt = re.match(r"\s+(\w+)", text[pos:pos + 40])
    return bool(folded_lemmas(word.lower()) & {"nasz"}) and nxt is not None and is_venue_noun(nxt.group(1))
