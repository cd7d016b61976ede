"""People named as organisers: an office with its holder (`radny Jan Kowalski`, `wójt gminy
Gołcza – Jan Kowalski`, `ks. Jan Nowak`), a holder with the office in apposition (`Jana Wolnego,
przewodniczącego Rady Gminy`, `dr Anna Lis, Podlaski Wojewódzki Konserwator Zabytków`), the
next people of a list after an office in the plural, and a holder named with a service rank.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.gazetteer import gazetteer
from nlp.morph import modifies
from nlp.org_lower_names import lower_name_end
from nlp.org_name_reading import read_name
from nlp.org_ranks import past_ranks
from nlp.org_words import (Token, _gap_breaks, _may_be_surname, _office_titles, case_numbers, is_adjective,
                           is_first_name, is_office_title, is_org_head, is_person_role, lemma_set, may_be_first_name,
                           tokenize)
from nlp.vocabulary import lexicon

__all__ = ["academic_titles", "honorifics", "named_person_end", "next_holder_end", "office_of_person_before",
           "person_in_office_end", "person_then_office_end", "person_with_office", "rank_holder_end"]


def person_in_office_end(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """`radny Jan Kowalski`, `starosta Jacek Skrobisz`, `Starosta Olsztyński Andrzej Abako`:
    an office title in either case, the adjectives agreeing with it, then a first name and a
    surname (the index after the surname)."""
    n = len(tokens)
    j = _title_end(tokens, i)
    if j is None:
        return None
    while j < n and j - i <= 3 and is_adjective(tokens[j].text) and tokens[j].is_word \
            and not is_first_name(tokens[j].text) and modifies(tokens[j].text, tokens[i].text):
        j += 1   # `Starosta Olsztyński`, `starosta krasnostawski`
    j = _title_end(tokens, j) or j   # `Dzielnicowy aspirant`, `ksiądz proboszcz`: a rank after a title
    if j + 2 < n and tokens[j].low in ("i", "a") and tokens[j + 1].low in _offices_at_once():
        j = _title_end(tokens, j + 2) or j   # `radną i zarazem sołtysem Borek Anną Nowak`: two offices of one
    j = _past_office_complement(tokens, j)   # `posła na Sejm RP Jana Nowaka`
    if j < n and not tokens[j].is_cap and lemma_set(tokens[j].text) & {"gmina", "miasto", "powiat", "województwo"}:
        j += 1   # `wójt gminy Jan Kowalski`, `burmistrz miasta Łęczna Jan Kowalski`
        if j + 2 < n and tokens[j].is_cap and not may_be_first_name(tokens[j].text):
            j += 1
    j = _past_place_of_office(tokens, j)   # `sołtys Wielkich Chełmów Marzena Lis`
    if j + 2 < n and tokens[j].text in ("–", "-") and (tokens[j + 1].is_cap or honorific_at(tokens, j + 1)):
        j += 1   # `wójt gminy Gołcza – Jan Kowalski`
    j = honorific_at(tokens, j) or j   # `sołtys - p. Andrzej Zagaja`, `radna Pani Anna Lis`
    j = _past_academic_titles(tokens, j)   # `Dyrektor Naczelny dr n. med. Jan Kowalski`
    j = _past_first_of_two_names(text, tokens, j)   # `burmistrza Jana Pawła Kowalskiego`
    if j + 1 < n and may_be_first_name(tokens[j].text) and tokens[j + 1].is_cap and tokens[j + 1].is_word \
            and not is_org_head(tokens[j + 1].text) and "\n" not in text[tokens[i].end:tokens[j + 1].start]:
        return j + 2
    return None


def _past_place_of_office(tokens: Sequence[Token], j: int) -> int:
    """The index after the village or town an office is of (one or two capitalised words in the
    genitive the register knows), when a first name and a surname follow it; else j."""
    k = j
    while k < len(tokens) and k - j < 2 and tokens[k].is_cap and tokens[k].is_word \
            and not may_be_first_name(tokens[k].text) and gazetteer().is_place(tokens[k].text):
        k += 1
    if k > j and k + 1 < len(tokens) and may_be_first_name(tokens[k].text) and tokens[k + 1].is_cap:
        return k
    return j


def honorific_at(tokens: Sequence[Token], j: int) -> int | None:
    """The index after `p.`, `kol.`, `Pan` or `Pani` before a name at tokens[j], else None."""
    if j + 2 < len(tokens) and tokens[j].low in _honorific_abbreviations() and tokens[j + 1].text == "." \
            and tokens[j + 2].is_cap:
        return j + 2
    if j + 1 < len(tokens) and tokens[j].low in _honorific_abbreviations() and tokens[j + 1].is_cap \
            and len(tokens[j].low) > 1:
        return j + 1   # (`dh Jan Lis`: an abbreviation written without its dot)
    if j + 1 < len(tokens) and tokens[j].is_word and lemma_set(tokens[j].low) & honorifics() and tokens[j + 1].is_cap:
        return j + 1
    return None


def _past_office_complement(tokens: Sequence[Token], j: int) -> int:
    """The index after a phrase completing an office (`na Sejm RP`) opening at tokens[j], else j."""
    for phrase in _office_complements():
        if tuple(t.text for t in tokens[j:j + len(phrase)]) == phrase:
            return j + len(phrase)
    return j


@functools.cache
def _office_complements() -> tuple[tuple[str, ...], ...]:
    phrases = (tuple(p.split()) for p in lexicon("organisation_heads.json")["office_complements"])
    return tuple(sorted(phrases, key=len, reverse=True))


def _past_academic_titles(tokens: Sequence[Token], j: int, limit: int = 8) -> int:
    """The index after academic titles opening at tokens[j] (`dr hab. inż.`, `dr n. med.`), else j."""
    titles = academic_titles()
    k = j
    while k < len(tokens) and k - j < limit and (tokens[k].low in titles or (k > j and tokens[k].text == ".")):
        k += 1
    return k


@functools.cache
def academic_titles() -> frozenset[str]:
    """Academic titles before a person's name (`dr`, `hab`, `n` of `dr n. med.`)."""
    return frozenset(lexicon("organiser_frames.json")["academic_titles"])


def person_then_office_end(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """`Jana Wolnego, przewodniczącego Rady Gminy Lipno`, `Panią Annę Nowak – Przewodniczącą Rady
    Osiedla`, `Jan Nowak, poseł na Sejm RP`: a person named with the office that makes them an
    organiser, in apposition (the index after the office's body or chamber)."""
    j = i + 1 if i + 1 < len(tokens) and lemma_set(tokens[i].low) & honorifics() else i
    j = _past_academic_titles(tokens, j)   # `Pani prof. dr hab. Anna Lis, Podlaski Wojewódzki Konserwator`
    if j + 3 >= len(tokens) or not tokens[j].is_cap or not may_be_first_name(tokens[j].text) \
            or not _may_be_surname(tokens[j + 1].text):
        return None
    if tokens[j + 2].text in (",", "–", "-"):
        k = j + 3
    elif tokens[j + 2].is_cap and is_office_title(tokens[j + 2].text) and tokens[j + 3].is_cap \
            and "\n" not in text[tokens[j + 1].end:tokens[j + 3].start]:
        k = j + 2   # `Magdalena Lis Starosta Powiatu Lipowskiego`: the office written after the name, unpunctuated
    else:
        return None
    while k < len(tokens) and k - j <= 4 and is_adjective(tokens[k].text) and not is_office_title(tokens[k].text):
        k += 1   # `obecnego`, `Podlaski Wojewódzki`
    if k >= len(tokens) or not is_office_title(tokens[k].text):
        return None
    completed = _past_office_complement(tokens, k + 1)
    if completed > k + 1:
        return completed   # `Jan Nowak, poseł na Sejm RP`
    whole = read_name(text, tokens, j + 3) if tokens[k].is_cap and k > j + 3 else None
    if whole is not None and whole > k + 1:
        return whole   # `Podlaski Wojewódzki Konserwator Zabytków`: the office read as one name
    if k + 1 >= len(tokens) or not tokens[k + 1].is_cap:
        return None
    # (`Przewodniczącą Rady Osiedla`: the office, then the body it is held in; `Starostę Kolskiego`:
    # the office with its region)
    stop = (read_name(text, tokens, k + 1) or read_name(text, tokens, k)) if tokens[k].is_cap \
        else lower_name_end(text, tokens, k)
    return stop if stop is not None and stop > k + 1 else None


def next_holder_end(text: str, tokens: Sequence[Token], i: int, found: list[tuple[int, int]]) -> int | None:
    """`radnych Tomasza Lisa, Adama Kota i Jana Wróbla`: the next person of a list after an
    office in the plural that named the first (the index after the surname)."""
    k, entry = i, len(found) - 1
    while entry >= 0 and k >= 2 and tokens[k - 1].text in (",", "i", "oraz") and tokens[k - 2].end == found[entry][1]:
        k = next(m for m in range(k) if tokens[m].start == found[entry][0])
        if _title_end(tokens, k):
            numbers = {number for number, _ in case_numbers(tokens[k].text)}
            return named_person_end(text, tokens, i) if numbers == {"pl"} else None
        entry -= 1
    return None


def rank_holder_end(text: str, tokens: Sequence[Token], j: int) -> int | None:
    """`młodszy inspektor Jan Nowak`, `asp. szt. Anna Lis`: an office's holder named with a
    service rank (the index after the surname)."""
    k = past_ranks(tokens, j)
    return named_person_end(text, tokens, k) if k > j else None


def named_person_end(text: str, tokens: Sequence[Token], j: int) -> int | None:
    """`kol. Zbigniew Lis`, `p. Anna Nowak`, `dr Jan Kowalski`: a person named with a first name
    and a surname, after words of courtesy and academic titles (the index after the surname)."""
    k = _past_first_of_two_names(text, tokens, _past_academic_titles(tokens, honorific_at(tokens, j) or j))
    if k + 1 < len(tokens) and tokens[k].is_cap and may_be_first_name(tokens[k].text) and tokens[k + 1].is_cap \
            and _may_be_surname(tokens[k + 1].text) and not is_org_head(tokens[k + 1].text) \
            and not _gap_breaks(text, tokens[k], tokens[k + 1]):
        return k + 2
    return None


def _past_first_of_two_names(text: str, tokens: Sequence[Token], j: int) -> int:
    """`Jana Pawła Kowalskiego`, `Anna Maria Lis`: a person with two first names is read from
    the second; else `j`."""
    if j + 2 < len(tokens) and tokens[j].is_cap and may_be_first_name(tokens[j].text) \
            and tokens[j + 1].is_cap and may_be_first_name(tokens[j + 1].text) and tokens[j + 2].is_cap \
            and tokens[j + 2].is_word and _may_be_surname(tokens[j + 2].text) \
            and not may_be_first_name(tokens[j + 2].text) \
            and not _gap_breaks(text, tokens[j], tokens[j + 2]):
        return j + 1
    return j


@functools.cache
def _offices_at_once() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["offices_at_once"])


@functools.cache
def _honorific_abbreviations() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["honorific_abbreviations"])


@functools.cache
def honorifics() -> frozenset[str]:
    """Words of courtesy before a person's name (`Panią Annę Nowak`), as lemmas."""
    return frozenset(lexicon("organisation_heads.json")["honorifics"])


def _title_end(tokens: Sequence[Token], i: int) -> int | None:
    """The index after an office title (`wójt`, `Starosta`) or a person's title or rank
    (`ks.`, `ojciec`, `aspirant`) at tokens[i]."""
    if i >= len(tokens) or not tokens[i].is_word:
        return None
    kind = _title_kind(tokens[i].low)
    if kind == "abbreviation":
        return i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "." else None   # `ks. Jan Nowak`
    return i + 1 if kind else None


@functools.lru_cache(maxsize=100_000)
def _title_kind(low: str) -> str | None:
    found = lemma_set(low)
    titles, abbreviations = _person_titles()
    if found & _office_titles() or found & titles:
        return "title"
    return "abbreviation" if low in abbreviations else None


@functools.cache
def _person_titles() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon("organisation_heads.json")
    return frozenset(data["person_titles"]), frozenset(data["person_title_abbreviations"])


_NAME_THEN_COMMA_RE = re.compile(r"\s*(?:[Pp]an(?:a|i|ią|em)?\s+)?[A-ZŁŚŻŹĆ]\w+[ \t]+[A-ZŁŚŻŹĆ][\w-]+[ \t]*"
                                 r"(?:,|[–—-][ \t]|(?=[a-ząćęłńóśźż]))")


def person_with_office(text: str, pos: int, names: list[tuple[int, int]]) -> tuple[int, int] | None:
    """`Czesława Renkiewicza, Prezydenta Suwałk`, `Jan Nowak - Wicemarszałek Sejmu`: a person named
    first, the office they hold after a comma or a dash (the first name found), as one organiser."""
    if not names or not _NAME_THEN_COMMA_RE.match(text, pos):
        return None
    tokens = tokenize(text, pos, min(len(text), pos + 60))
    person = named_person_end(text, tokens, 0) if tokens else None
    if person is None:
        return None
    after = tokens[person - 1].end
    office = names[0]
    gap = text[after:office[0]].split()
    role = len(gap) == 2 and gap[1][:1].isupper() and is_person_role(gap[1])   # (`, Członka Zarządu X`)
    first = text[office[0]:office[1]].split()[0]
    if not gap and text[after:office[0]].strip(" \t") == "" and first.islower() and is_office_title(first):
        return tokens[0].start, office[1]   # `Jan Lis burmistrz Lipna`: the office in lower case, no comma
    if not gap or gap[0] not in (",", "-", "–", "—") or not (role or len(gap) == 1 and is_office_title(first)):
        return None
    return tokens[0].start, office[1]


def office_of_person_before(text: str, person: tuple[int, int], span: tuple[int, int]) -> bool:
    """A lower-case office with no person's name of its own, in apposition to the person
    named just before it."""
    words = text[person[0]:person[1]].split()
    return text[person[1]:span[0]].strip() in (",", "–", "-") and text[span[0]].islower() \
        and is_office_title(text[span[0]:span[1]].split()[0]) and len(words) >= 2 \
        and may_be_first_name(words[-2]) and not any(may_be_first_name(w) for w in text[span[0]:span[1]].split()[1:])
