"""Names of bodies and offices written in lower case, which only an organiser's frame makes
names: a common noun with its complements (`rada sołecka`, `koła gospodyń wiejskich`, `sołtys
wsi Dębina`), a unit before its place (`gmina Borki`), a noun introducing its name (`stowarzyszenie
pn. X`), and where a group comes from (`z Kaźmierza`)."""
from __future__ import annotations

import functools
from collections.abc import Sequence

from nlp.morph import is_place_adjective, modifies, name_classes
from nlp.org_acronyms import ROMAN_RE, mixed_acronym
from nlp.org_name_parts import compound_dash
from nlp.org_name_reading import read_name
from nlp.org_name_series import duty_phrase_end
from nlp.org_words import (_UNITS, Token, _gap_breaks, _genitive_noun, _has_genitive, _heads,
                           _may_be_surname, _noun_reading, _office_titles, _participle, _stops_name,
                           is_acronym, is_adjective, is_first_name, is_nominal, is_org_head, is_person_role,
                           lemma_set, may_be_first_name)
from nlp.vocabulary import lexicon

# Pronouns, determiners and ordinals, which end a common-noun name (`stowarzyszenie tym razem`)
# and open none (`po raz pierwszy Powiat X`).
_DETERMINERS = frozenset({"ten", "tamten", "ów", "swój", "nasz", "wasz", "mój", "twój", "który", "każdy", "jaki",
                          "taki", "inny", "cały", "sam", "wszystek", "pierwszy", "drugi", "trzeci", "kolejny",
                          "następny", "ostatni", "ponowny"})


@functools.cache
def _lower_bodies() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["lower_case_bodies"])



def lower_name_end(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """`sołtys wsi Dębina`, `koła gospodyń wiejskich`, `rady sołeckie`: a body's common noun
    with its adjectives and genitive complements (and a place name after them)."""
    word = tokens[i].text
    kind = _lower_head_kind(word)
    if kind is None:
        return _lower_unit_end(text, tokens, i)
    named = _named_as_end(text, tokens, i + 1)
    if named is not None:
        return named   # `stowarzyszenie pn. Instytut Rozwoju Obszarów Wiejskich`
    office = kind == "office"
    board = office or bool(lemma_set(word) & governing_bodies())
    if board and i + 1 < len(tokens) and tokens[i + 1].is_cap \
            and (_has_genitive(tokens[i + 1].text) or mixed_acronym(tokens[i + 1].text)
                 or is_acronym(tokens[i + 1].text)) \
            and not _gap_breaks(text, tokens[i], tokens[i + 1]):
        # `przewodniczący Rady Gminy Kaczory (Stefan Kowal)`, `dyrektora CKZiU Jana Nowaka`: an office in a body;
        # `zarząd KGW w Lipnie`: the board of one
        stop = read_name(text, tokens, i + 1) or (i + 2 if mixed_acronym(tokens[i + 1].text) else None)
        if stop is not None:
            person = stop + 2 if stop + 1 < len(tokens) and may_be_first_name(tokens[stop].text) \
                and _may_be_surname(tokens[stop + 1].text) else stop
            return person

    def complement(k: int) -> bool:
        # (right after the head a genitive noun that is also a verb form: `zarządy osiedli`)
        nominal = is_nominal(tokens[k].text) or (k == i + 1 and _genitive_noun(tokens[k].text))
        return tokens[k].is_word and not tokens[k].is_cap and nominal \
            and not _participle(tokens[k].text) \
            and not _gap_breaks(text, tokens[k - 1], tokens[k]) and not lemma_set(tokens[k].text) & _DETERMINERS \
            and (_has_genitive(tokens[k].text) or is_adjective(tokens[k].text))

    j = i + 1
    while j < len(tokens) and j - i <= 6:
        if office and duty_phrase_end(tokens, j) is not None:
            break   # (`do` of `do spraw` is no noun of its complement)
        if tokens[j].low == "i" and j + 1 < len(tokens) and j > i + 1 and _genitive_noun(tokens[j - 1].text) \
                and _genitive_noun(tokens[j + 1].text) and complement(j + 1):
            j += 1   # `biura bezpieczeństwa i zarządzania kryzysowego`: genitives joined
        if not complement(j):
            break
        j += 1
    duty = duty_phrase_end(tokens, j) if office else None
    if duty is not None:
        # `pełnomocnik wojewody małopolskiego do spraw rozwoju …`, `wiceburmistrz ds. społecznych`,
        # with the unit it serves (`pełnomocnik ds. organizacji pozarządowych w powiecie X`)
        served = _lower_unit_end(text, tokens, duty + 1) \
            if duty + 1 < len(tokens) and tokens[duty].low in ("w", "we") else None
        return served or duty
    while j < len(tokens) and j - i <= 6 and tokens[j].is_cap and tokens[j].is_word \
            and not _gap_breaks(text, tokens[j - 1], tokens[j]) and "imię" not in name_classes(tokens[j].text) \
            and not ROMAN_RE.match(tokens[j].text) \
            and not (j > i + 1 and is_person_role(tokens[j].text)) \
            and not (is_org_head(tokens[j].text) and not _has_genitive(tokens[j].text)):
        # (`radnych VII kadencji`: a term, not a name; `z tą placówką Urząd X`: the next name's head)
        j += 1
        if compound_dash(tokens, j):
            j += 1   # (`stowarzyszenia Kulturalno - Oświatowe`)
        if j + 1 < len(tokens) and tokens[j].low == "i" and tokens[j + 1].is_cap \
                and any(lemma_set(t.text) & _UNITS for t in tokens[i:j]):
            # `sołectwa Wysin i Chrósty`, `stowarzyszenia Wsi Wola i Górki Dolnej`: the places of one unit's name
            if j + 2 < len(tokens) and gazetteer_place(text[tokens[j + 1].start:tokens[j + 2].end]):
                j += 3
            elif gazetteer_place(tokens[j + 1].text):
                j += 1
    if j == i + 1 and office and not tokens[i].is_cap:
        return j   # `przez sołtysów`, `na zaproszenie wójta`: an office alone
    if j > i + 1 and not office:
        j = from_place_end(text, tokens, j) or _lower_seat_end(text, tokens, j) or j
        # (`wspólnota rodziców ministrantów z Orlika`, `delegatura biura w dzielnicy Śródmieście`)
    return j if j > i + 1 else None


def _named_as_end(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """The index after `pn. X`, `pod nazwą X` opening at tokens[k]: the name a common noun
    introduces."""
    if k + 2 < len(tokens) and tokens[k].low in ("pn", "pt") and tokens[k + 1].text == ".":
        k += 2
    elif k + 2 < len(tokens) and (tokens[k].low, tokens[k + 1].low) == ("pod", "nazwą"):
        k += 2
    else:
        return None
    if not tokens[k].is_cap:
        return None
    stop = read_name(text, tokens, k)
    if stop is None:
        stop = k
        while stop < len(tokens) and stop - k < 6 and tokens[stop].is_cap and tokens[stop].is_word:
            stop += 1
    return stop


def _lower_unit_end(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """`gmina Borki`, `miasto Nowa Dęba`: a unit in lower case before its place's name (the
    index after the place)."""
    if tokens[i].is_cap or not lemma_set(tokens[i].low) & _UNITS or i + 1 >= len(tokens) \
            or _gap_breaks(text, tokens[i], tokens[i + 1]):
        return None
    if not tokens[i + 1].is_cap:
        # `powiat polkowicki`, `gmina kłodawska`: the unit named by its place's adjective
        ok = is_place_adjective(tokens[i + 1].text) and modifies(tokens[i + 1].text, tokens[i].text)
        return i + 2 if ok else None
    if i + 2 < len(tokens) and tokens[i + 2].is_cap and gazetteer_place(text[tokens[i + 1].start:tokens[i + 2].end]):
        return i + 3
    return i + 2 if gazetteer_place(tokens[i + 1].text) else None


@functools.lru_cache(maxsize=100_000)
def _lower_head_kind(word: str) -> str | None:
    """`office` (`sołtys`, `dyrektora`), `body` (`rada`, `koła`) or None: what a common noun
    heading a lower-case name names."""
    if not _noun_reading(word):
        return None
    found = lemma_set(word)
    if found & _office_titles():
        return "office"
    return "body" if found & _lower_heads() else None


@functools.cache
def _lower_heads() -> frozenset[str]:
    """Heads that name a body in lower case: those that need no name, and the lexicon's own."""
    nouns, needing_name, _, _ = _heads()
    return (nouns - needing_name) | _lower_bodies()


def _lower_seat_end(text: str, tokens: Sequence[Token], j: int) -> int | None:
    """`w dzielnicy Śródmieście`, `w Lipnie`: the seat after a body named in lower case."""
    if j + 1 >= len(tokens) or tokens[j].low not in ("w", "we") or _gap_breaks(text, tokens[j], tokens[j + 1]):
        return None
    k = j + 1
    if not tokens[k].is_cap and lemma_set(tokens[k].low) & _UNITS:
        k += 1
    elif not gazetteer_place(tokens[k].text):
        return None
    start = k
    while k < len(tokens) and k - start < 3 and tokens[k].is_cap and tokens[k].is_word:
        k += 1
    return k if k > start else None


@functools.lru_cache(maxsize=50_000)
def gazetteer_place(word: str) -> bool:
    from nlp.gazetteer import gazetteer  # noqa: PLC0415  (loaded once)
    return word[:1].isupper() and gazetteer().is_place(word)


def from_place_end(text: str, tokens: Sequence[Token], j: int) -> int | None:
    """`z Kaźmierza`, `z Franciszkańskiego Zakonu Świeckich`: where a group of people comes
    from, after the noun naming it (the index after the place or body)."""
    if j + 1 >= len(tokens) or tokens[j].low not in ("z", "ze") or not tokens[j + 1].is_cap \
            or _gap_breaks(text, tokens[j], tokens[j + 1]) or is_first_name(tokens[j + 1].text):
        return None
    stop = read_name(text, tokens, j + 1)
    if stop is not None:
        return stop
    k = j + 1
    while k < len(tokens) and k - j <= 4 and tokens[k].is_cap and tokens[k].is_word \
            and not _gap_breaks(text, tokens[k - 1], tokens[k]) and not _stops_name(tokens[k].text):
        k += 1
    return k if k > j + 1 else None


@functools.cache
def governing_bodies() -> frozenset[str]:
    """`zarząd`, `prezydium`: a body's board, which acts for it."""
    return frozenset(lexicon("organisation_heads.json")["governing_bodies"])
