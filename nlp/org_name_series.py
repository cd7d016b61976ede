"""Series of complements inside an organisation's name: capitalised genitives joined by
commas (`Wydział Ochrony Środowiska, Rolnictwa i Leśnictwa`), lower-case genitives of a
committee (`Komisji skarg, wniosków i petycji`), the noun phrase after `ds.` or `na rzecz`, and
a seat (`z siedzibą w X`). Kept apart from the name reader, which calls them where such a series
may open.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence

from nlp.morph import analyse, modifies
from nlp.org_words import (_UNITS, Token, _can_be_nominative, _gap_breaks, _has_genitive, _noun_reading, case_numbers,
                           is_adjective, is_nominal, is_office_title, is_org_head, is_person_role,
                           is_singular_subject_head, lemma_set)

__all__ = ["adjective_opens_name", "continues_after_conjunction", "duty_phrase_end", "genitive_complement",
           "genitive_series_end", "is_gerund", "lower_complement_end", "lower_series_end", "subject_opens_after"]


def subject_opens_after(tokens: Sequence[Token], head: int, j: int) -> bool:
    """`w sali Urzędu Miasta Miejska Rada Seniorów zorganizowała`: after a name whose head is not
    in the nominative (a place's), a body's head in the nominative singular at tokens[j] (maybe
    after its adjective) opens the next name, the subject (not a unit's: `Fundacją Zielone
    Miasto`; not after its own adjective: `Fundacji Polska Sieć X`)."""
    word, prev = tokens[j].text, tokens[j - 1].text
    opener = tokens[j + 1] if j + 1 < len(tokens) and is_adjective(word) else tokens[j]
    return (not _can_be_nominative(tokens[head].text) or _after_locative_preposition(tokens, head)) \
        and _can_be_nominative(word) and not _has_genitive(opener.text) \
        and is_singular_subject_head(opener.text) and not lemma_set(opener.text) & _UNITS \
        and not (is_adjective(prev) and modifies(prev, opener.text))


def _after_locative_preposition(tokens: Sequence[Token], head: int) -> bool:
    """`w Centrum Kultury`, `przy Miejskim Centrum`: a name (its head maybe after its adjectives)
    after a preposition that puts it in the locative, whatever its indeclinable head's form."""
    k = head - 1
    while k >= 0 and tokens[k].is_cap and is_adjective(tokens[k].text):
        k -= 1
    return k >= 0 and tokens[k].low in _LOCATIVE_PREPOSITIONS


_LOCATIVE_PREPOSITIONS = frozenset(("w", "we", "przy", "o"))


def genitive_series_end(text: str, tokens: Sequence[Token], j: int) -> int | None:
    """`, Rolnictwa i Leśnictwa`, `, Sportu i Turystyki`: after a comma, capitalised genitives
    joined to the complement before it, closed by `i`/`oraz` (the index after the last)."""
    k = j
    while k + 1 < len(tokens) and k - j < 8 and tokens[k].text == "," and tokens[k + 1].is_cap \
            and genitive_complement(tokens[k + 1].text) and not is_org_head(tokens[k + 1].text) \
            and not is_office_title(tokens[k + 1].text) and not _gap_breaks(text, tokens[k], tokens[k + 1]):
        k += 2
        while k < len(tokens) and tokens[k].is_cap and genitive_complement(tokens[k].text) and tokens[k].is_word:
            k += 1   # (`, Rozwoju Regionalnego`)
    if k == j or k + 1 >= len(tokens) or tokens[k].low not in ("i", "oraz") or not tokens[k + 1].is_cap \
            or not genitive_complement(tokens[k + 1].text) or is_org_head(tokens[k + 1].text) \
            or is_office_title(tokens[k + 1].text):   # (`Starosty X, Dyrektora Y oraz Prezesa Z`: three offices)
        return None
    k += 2
    while k < len(tokens) and tokens[k].is_cap and genitive_complement(tokens[k].text) and tokens[k].is_word \
            and not _gap_breaks(text, tokens[k - 1], tokens[k]):
        k += 1
    return k


@functools.lru_cache(maxsize=50_000)
def genitive_complement(word: str) -> bool:
    """A genitive complement of a name, a participle standing for people included
    (`Stowarzyszenie Więzionych, Internowanych i Represjonowanych`)."""
    return _has_genitive(word) or any(":gen" in r.tag or ".gen" in r.tag for r in analyse(word.lower()) if r.pos == "ppas")


def lower_series_end(tokens: Sequence[Token], j: int, limit: int = 9) -> int:
    """The index after a series of lower-case nouns or adjectives in the genitive joined by
    `,`, `i`, `oraz` (`skarg, wniosków i petycji`, `rewizyjnej`)."""
    start, end = j, j
    while j < len(tokens) and j - start < limit:
        tok = tokens[j]
        if tok.is_word and not tok.is_cap and _has_genitive(tok.text) and is_nominal(tok.text):
            j += 1
            end = j
        elif tok.text in (",", "i", "oraz") and end == j and j + 1 < len(tokens) and not tokens[j + 1].is_cap:
            j += 1
        else:
            break
    return end


def lower_complement_end(tokens: Sequence[Token], j: int, limit: int = 5) -> int:
    """The index after a lower-case noun phrase starting at tokens[j] (at most `limit` words;
    a gerund may open it: `ds. wdrażania programów społecznych`; a lower-case complement after
    `z` or `w` goes on with it: `ds. współpracy z organizacjami pozarządowymi`, `ds.
    przeciwdziałania przemocy w rodzinie`)."""
    start = j
    while j < len(tokens) and j - start < limit and tokens[j].is_word and not tokens[j].is_cap:
        if j > start and tokens[j].low in _COMPLEMENT_PREPOSITIONS and j + 1 < len(tokens) \
                and tokens[j + 1].is_word and not tokens[j + 1].is_cap and is_nominal(tokens[j + 1].text):
            j, limit = j + 2, limit + 2
            continue
        if not (is_nominal(tokens[j].text) or j == start and is_gerund(tokens[j].text)
                or j > start and not analyse(tokens[j].text)):   # (`organizacjami pozarzadowymi`: a slip)
            break
        j += 1
    return j


_COMPLEMENT_PREPOSITIONS = frozenset({"z", "ze", "w", "we"})


def duty_phrase_end(tokens: Sequence[Token], j: int) -> int | None:
    """The index after an office's remit opening at tokens[j] (`do spraw rozwoju społeczeństwa
    obywatelskiego`, `ds. społecznych`, `do spraw Profilaktyki`), else None."""
    n = len(tokens)
    if j < n and tokens[j].low == "ds":
        k = j + 2 if j + 1 < n and tokens[j + 1].text == "." else j + 1
    elif j + 1 < n and (tokens[j].low, tokens[j + 1].low) == ("do", "spraw"):
        k = j + 2
    else:
        return None
    if k >= n or not tokens[k].is_word:
        return None
    if tokens[k].is_cap:
        while k < n and tokens[k].is_cap and tokens[k].is_word:
            k += 1
        return k
    end = lower_complement_end(tokens, k)
    return end if end > k else None


def is_gerund(word: str) -> bool:
    return any(r.pos == "ger" for r in analyse(word.lower()))


def adjective_opens_name(tokens: Sequence[Token], k: int, head: int) -> bool:
    """After `i`, a capitalised adjective before a body's head or a person's role, in a case the
    name's own head may be in (`… Województwa Podkarpackiego i Diecezjalny Duszpasterz`,
    `Powiatowy Urząd Pracy i Miejski Ośrodek Pomocy`): the opening of a second name."""
    if k + 1 >= len(tokens) or not tokens[k].is_cap or not is_adjective(tokens[k].text) \
            or _noun_reading(tokens[k].text):
        return False
    nxt = tokens[k + 1]
    return nxt.is_cap and (is_org_head(nxt.text) or is_person_role(nxt.text) or is_office_title(nxt.text)) \
        and bool(case_numbers(nxt.text) & case_numbers(tokens[head].text))


def seat_preposition(tokens: Sequence[Token], j: int) -> int | None:
    """The index of `w` when tokens[j] opens a body's seat inside its name (`z siedzibą w
    Bratoszewicach`, abbreviated `z/s w Bratoszewicach`), else None."""
    words = [t.low for t in tokens[j:j + 5]]
    for opening in (["z", "siedzibą"], ["ze", "siedzibą"], ["z", "/", "s"]):
        k = j + len(opening)
        if words[:len(opening)] == opening and k + 1 < len(tokens) and tokens[k].low in ("w", "we") \
                and tokens[k + 1].is_cap:
            return k
    return None


def continues_after_conjunction(tokens: Sequence[Token], head: int, k: int) -> bool:
    """`Izba Rzemieślnicza oraz Małej i Średniej Przedsiębiorczości`, `Stowarzyszenie Rodziców oraz
    Przyjaciół Dzieci`: after `i`/`oraz`, a capitalised word in no case of the name's head, that
    cannot be a nominative, continues the name; a second name coordinated with it would share
    the head's case (`Fundacji X oraz Małopolskiej Fundacji Y`)."""
    word = tokens[k].text
    cases = case_numbers(word)   # (none for an acronym or a word the dictionary does not know: `i LKJ`)
    return bool(cases) and tokens[k].is_cap and not word.isupper() and not is_org_head(word) \
        and not is_person_role(word) and not _can_be_nominative(word) and not case_numbers(tokens[head].text) & cases
