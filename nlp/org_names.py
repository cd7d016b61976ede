"""Names of organisations and offices, read as Polish noun phrases.

An organisation name opens with a head (Stowarzyszenie, Urząd, Ośrodek, Wójt… as Morfeusz
lemmas, or an acronym like GOPS), optionally after capitalised adjectives (`Gminny
Ośrodek`), and runs over its complements: capitalised words, genitive phrases, `na rzecz`,
`im.`, `nr`, quoted names and the seat (`w Lublinie`, checked against the gazetteer). The
name is kept exactly as inflected in the text (`Wójta Gminy Czernica`). Which names
organise an event is decided elsewhere (`nlp.organisers`), by the frame they stand in.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from nlp.morph import analyse, lemmas, modifies, name_classes
from nlp.vocabulary import lexicon

TOKEN_RE = re.compile(r"\w+(?:[-’'+]\w+)*\+?|[^\w\s]")
# Lower-case words that may stand inside a name when a capitalised word follows
# (`Ośrodek Pomocy i Integracji Społecznej`, `Fundacja na rzecz Rozwoju`, `Szkoła nr 3`).
NAME_CONNECTORS = {"i", "w", "we", "na", "dla", "do", "ds", "im", "z", "ze", "pod", "przy", "rzecz", "nr", "oraz",
                   "św", "gen", "ks", "bł", "al", "ul", "o", "od", "-", "–", "."}
QUOTES_OPEN = {"„", "\"", "«", "“"}
QUOTES_CLOSE = {"”", "\"", "»", "“", "'"}


@functools.cache
def _heads() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon("organisation_heads.json")
    return (frozenset(data["nouns"]), frozenset(data["nouns_requiring_name"]),
            frozenset(data["acronyms"]), frozenset(data["person_roles"]))


class Token(NamedTuple):
    """A word or punctuation mark with its offsets (flags computed once: rules ask often)."""
    start: int
    end: int
    text: str
    is_cap: bool
    is_word: bool
    low: str


# A caption glued to the next word by text extraction (`policjadobryKomenda Powiatowa`):
# a lower-case run followed by a capitalised word inside one token is two words.
_GLUED_RE = re.compile(r"(?<=[a-ząćęłńóśźż][a-ząćęłńóśźż])(?=[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż])")


def _token(start: int, end: int, word: str) -> Token:
    return Token(start, end, word, word[:1].isupper(), word[:1].isalnum(), word.lower())


@functools.lru_cache(maxsize=4096)
def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """The tokens of text[start:end] (cached: the rules read the same clauses many times)."""
    tokens = []
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        word, at = m.group(), m.start()
        if len(word) > 4 and not word[2:].islower() and _GLUED_RE.search(word):
            cuts = [c.start() for c in _GLUED_RE.finditer(word)]
            tokens.extend(_token(at + a, at + b, word[a:b]) for a, b in zip([0, *cuts], [*cuts, len(word)]))
        else:
            tokens.append(_token(at, m.end(), word))
    return tuple(tokens)


@functools.lru_cache(maxsize=200_000)
def lemma_set(word: str) -> frozenset[str]:
    return lemmas(word)


@functools.lru_cache(maxsize=200_000)
def is_org_head(word: str) -> bool:
    nouns, _, acronyms, _ = _heads()
    if word in acronyms or (word.isupper() and len(word) >= 3 and word.isalpha() and word.endswith(("OPS", "PS", "CPR", "OK"))):
        return True
    return bool(lemma_set(word) & nouns) and word[:1].isupper()


@functools.lru_cache(maxsize=200_000)
def is_acronym(word: str) -> bool:
    _, _, acronyms, _ = _heads()
    base = word.split("-")[0]
    return word in acronyms or base in acronyms


@functools.lru_cache(maxsize=200_000)
def needs_name(word: str) -> bool:
    """Heads that are no organisation on their own (`Gmina`, `Rada`, `Regionalny`)."""
    _, weak, _, _ = _heads()
    return bool(lemma_set(word) & weak) and not is_acronym(word)


@functools.lru_cache(maxsize=200_000)
def is_office_title(word: str) -> bool:
    return bool(lemma_set(word) & _office_titles())


@functools.cache
def _office_titles() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["office_titles"])


def office_title_end(tokens: Sequence[Token], i: int) -> int | None:
    """`Komendant Powiatowy Policji`, `Dyrektora Generalnego`: an office title followed by
    adjectives agreeing with it names the office itself (the index after those adjectives).

    An adjective that agrees with the noun after it modifies that noun instead
    (`Dyrektor Gminnego Ośrodka`: the role of a person in an organisation)."""
    if i >= len(tokens) or not tokens[i].is_cap or not is_office_title(tokens[i].text):
        return None
    j = i + 1
    while j < len(tokens) and tokens[j].is_cap and tokens[j].is_word and modifies(tokens[j].text, tokens[i].text):
        k = j + 1
        while k < len(tokens) and tokens[k].is_cap and is_adjective(tokens[k].text) \
                and not any(r.pos == "subst" for r in analyse(tokens[k].text)):
            k += 1   # `Komendant Miejski Państwowej Straży`: find the noun after the adjectives
        if k < len(tokens) and tokens[k].is_cap and modifies(tokens[j].text, tokens[k].text):
            break
        j += 1
    return j if j > i + 1 else None


@functools.lru_cache(maxsize=200_000)
def is_person_role(word: str) -> bool:
    return bool(lemma_set(word) & _heads()[3])


@functools.lru_cache(maxsize=200_000)
def is_adjective(word: str) -> bool:
    return any(i.pos == "adj" for i in analyse(word))


@functools.lru_cache(maxsize=200_000)
def _has_genitive(word: str) -> bool:
    return any(":gen" in r.tag or ".gen" in r.tag for r in analyse(word) if r.pos in ("subst", "adj"))


@functools.lru_cache(maxsize=200_000)
def _genitive_only(word: str) -> bool:
    """No nominative reading: the word cannot open a new name (`Inicjatyw`, not `Dyrektor`)."""
    readings = [r for r in analyse(word) if r.pos in ("subst", "adj")]
    return bool(readings) and all("nom" not in r.tag.split(":")[2].split(".") for r in readings
                                  if len(r.tag.split(":")) > 2) and _has_genitive(word)


@functools.lru_cache(maxsize=200_000)
def is_first_name(word: str) -> bool:
    classes = name_classes(word)
    return "imię" in classes and not (classes & {"nazwa_geograficzna", "nazwa_organizacji"}) \
        and not any(i.pos == "adj" for i in analyse(word))


@functools.cache
def _name_stops() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon("organisation_heads.json")
    return frozenset(data["name_stop_words"]), frozenset(data["name_stop_words_unless_genitive"])


@functools.lru_cache(maxsize=200_000)
def _stops_name(word: str) -> bool:
    """A capitalised word that ends a name (`Zapraszamy`, `Spotkanie`, a month, `Program`
    of a programme line), though `Sekretariat Programu X` keeps a genitive `Programu`."""
    always, unless_genitive = _name_stops()
    found = lemma_set(word) | {word.lower()}
    if found & always:
        return True
    return bool(found & unless_genitive) and not _genitive_only(word)


@functools.lru_cache(maxsize=200_000)
def _may_be_surname(word: str) -> bool:
    """`Kowalski`, `Moniuszko-Czuczwara`; not `V-A` nor an organisation's head word."""
    if not word[:1].isupper() or not word[1:].replace("-", "").islower() or is_org_head(word):
        return False
    return "nazwisko" in name_classes(word) or not analyse(word)


def _compound_place(tokens: Sequence[Token], j: int) -> bool:
    """`Burmistrz Środy Wielkopolskiej`: a place name followed by its agreeing adjective is
    a town (Środa), not the weekday the same word also names."""
    word = tokens[j].text
    return j + 1 < len(tokens) and tokens[j + 1].is_cap \
        and bool(name_classes(word) & {"nazwa_geograficzna", "człon_nazwy_geograficznej"}) \
        and modifies(tokens[j + 1].text, word)


def _gap_breaks(text: str, a: Token, b: Token) -> bool:
    """A line break (or a wide gap) between two tokens ends a name."""
    return "\n" in text[a.end:b.start]


def read_name(text: str, tokens: Sequence[Token], i: int, *, max_tokens: int = 14) -> int | None:
    """If an organisation name starts at tokens[i], the index after its last token."""
    n = len(tokens)
    office_end = office_title_end(tokens, i)
    if office_end is not None:
        return _read_name_rest(text, tokens, i, i, office_end, max_tokens)
    j = i
    # capitalised adjectives before the head (`Łęczyńskie Stowarzyszenie`, `Gminnego Ośrodka`)
    while j < n and tokens[j].is_cap and not is_org_head(tokens[j].text) and is_adjective(tokens[j].text) \
            and j - i < 3 and (j == i or not _gap_breaks(text, tokens[j - 1], tokens[j])):
        j += 1
    if j >= n or not tokens[j].is_cap or not is_org_head(tokens[j].text):
        # `Regionalny` is itself a head: adjectival heads open a name too
        return None
    if j > i and _gap_breaks(text, tokens[j - 1], tokens[j]):
        return None
    return _read_name_rest(text, tokens, i, j, j + 1, max_tokens)


def _read_name_rest(text: str, tokens: Sequence[Token], i: int, head: int, j: int, max_tokens: int) -> int | None:
    """The rest of a name after its head (tokens[head:j]): its complements, as far as they go."""
    n = len(tokens)
    last_good = j
    while j < n and j - i < max_tokens:
        tok = tokens[j]
        prev = tokens[j - 1]
        if _gap_breaks(text, prev, tok):
            break
        word = tok.text
        if tok.text in QUOTES_OPEN:
            close = j + 1
            while close < n and close - j < 15 and tokens[close].text not in QUOTES_CLOSE:
                close += 1
            if close < n and tokens[close].text in QUOTES_CLOSE:
                j = last_good = close + 1
                continue
            break
        if tok.is_cap and tok.is_word and not (word.isupper() and word.lower() in NAME_CONNECTORS):
            # (a name set in capitals keeps its connectors: `RADA DS. OSÓB … W STAROGARDZIE`)
            if is_person_role(word) or (_stops_name(word) and not _compound_place(tokens, j)):
                break
            after_im = j >= 2 and tokens[j - 1].text == "." and tokens[j - 2].text.lower() in ("im", "św", "bł", "ks", "pw")
            if not after_im and is_first_name(word) and j + 1 < n and _may_be_surname(tokens[j + 1].text) \
                    and _can_be_nominative(word):
                break   # `Wójt Gminy Czernica Jan Kowalski` (but `Uniwersytet Kardynała Stefana Wyszyńskiego`)
            j += 1
            last_good = j
            continue
        if j == head + 1 and not tok.is_cap and lemma_set(word) & _UNITS and j + 1 < n and tokens[j + 1].is_cap:
            j += 1   # `Wójt gminy Zalesie`, `Rada miasta Dębina`: the unit in lower case
            continue
        if word.isdigit() and (prev.text.lower() in ("nr", "numer") or (j + 1 < n and tokens[j + 1].is_cap)):
            j += 1
            last_good = j
            continue
        low = word.lower()
        if low in ("i", "oraz") and j + 1 < n:
            nxt = tokens[j + 1]
            # `Pomocy i Integracji Społecznej` continues; `… i Dyrektor GOPS` starts another name
            units = bool(lemma_set(nxt.text) & {"gmina", "miasto", "powiat"}) and \
                bool(lemma_set(prev.text) & {"gmina", "miasto", "powiat"})   # `Miasta i Gminy`
            joins_units = units or (prev.is_cap and _genitive_only(nxt.text) and _has_genitive(prev.text)
                                    and j > i + 1)   # `Centrum Wolontariatu i Inicjatyw Społecznych`
            complement = is_org_head(nxt.text) and not _case_numbers(tokens[head].text) & _case_numbers(nxt.text) \
                and bool(_case_numbers(prev.text) & _case_numbers(nxt.text))   # `Przyjaciół Szkoły i Przedszkola`
            if nxt.is_cap and (joins_units or complement or (not is_org_head(nxt.text) and not is_person_role(nxt.text))) \
                    and low == "i" and not _gap_breaks(text, tok, nxt) \
                    and (units or not _coordinated_name(text, tokens, head, j + 1)):
                j += 1
                continue
            break
        if low in _BRANCHES and j + 2 < n and tokens[j + 1].text.lower() in ("w", "we") and tokens[j + 2].is_cap:
            j += 1   # `Ośrodek Doradztwa Rolniczego oddział w Kościerzynie`: the branch and its seat
            tok, word, low = tokens[j], tokens[j].text, tokens[j].text.lower()
        if low in ("w", "we") and j + 1 < n and tokens[j + 1].is_cap:
            # seat of the organisation: `Ośrodek Polityki Społecznej w Lublinie`
            from nlp.gazetteer import gazetteer  # noqa: PLC0415  (loaded once)
            k = j + 1
            end = k + 1
            while end < n and end - k < 3 and tokens[end].is_cap and not _gap_breaks(text, tokens[end - 1], tokens[end]):
                end += 1
            for stop in range(end, k, -1):
                phrase = text[tokens[k].start:tokens[stop - 1].end]
                if gazetteer().is_place(phrase.title() if phrase.isupper() else phrase):
                    j = last_good = stop
                    while j < n and j - k < 3 and tokens[j].is_cap and not _gap_breaks(text, tokens[j - 1], tokens[j]) \
                            and is_adjective(tokens[j].text) and modifies(tokens[j].text, tokens[k].text):
                        j = last_good = j + 1   # `w Stargardzie Szczecińskim`: a former name's adjective
                    break
            break
        if low == "m" and [t.text for t in tokens[j + 1:j + 4]] == [".", "st", "."] and j + 4 < n \
                and tokens[j + 4].is_cap:
            j += 4   # `Dzielnicy Włochy m.st. Warszawy`
            continue
        if low in ("na", "rzecz", "dla", "ds", "im", "nr", "pod", "do", "z", "ze", "św", "ks", "gen", "bł", "nad", "pw") \
                and j + 1 < n and not _gap_breaks(text, tok, tokens[j + 1]):
            nxt = tokens[j + 1]
            if nxt.text == "." and j + 2 < n:
                nxt = tokens[j + 2]
            if low in ("z", "ze", "do") and not (nxt.is_cap and not is_org_head(nxt.text)):
                break
            if low in ("z", "ze") and is_first_name(nxt.text):
                break
            if nxt.is_cap or (low == "nr" and nxt.text.isdigit()) or (low == "na" and nxt.text == "rzecz"):
                j += 1
                if tokens[j].text == ".":
                    j += 1
                continue
            if low in ("rzecz", "ds") and is_nominal(nxt.text):
                # `na rzecz osób z Niepełnosprawnością`, `ds. osób niepełnosprawnych`: the
                # purpose runs on in lower case as long as it is a noun phrase
                j = last_good = _lower_complement_end(tokens, j + 1 if nxt is tokens[j + 1] else j + 2)
                continue
            break
        if word in ("-", "–") and j + 1 < n and tokens[j + 1].is_cap and not is_person_role(tokens[j + 1].text) \
                and (tokens[j + 1].text.isupper() or is_org_head(tokens[j + 1].text)) and prev.end == tok.start:
            j += 1
            continue
        break
    end = last_good
    if end - i < 2 and not is_acronym(tokens[head].text) and not (lemma_set(tokens[head].text) & _bare_offices() and _can_be_nominative(tokens[head].text)):
        return None
    if end - i == 2 and needs_name(tokens[head].text) and head == i and not tokens[head + 1].is_cap:
        return None
    return end


@functools.lru_cache(maxsize=200_000)
def is_nominal(word: str) -> bool:
    """A noun or adjective form that is not also a verb form (`osób`, `niepełnosprawnych`)."""
    readings = analyse(word)
    return bool(readings) and any(r.pos in ("subst", "adj", "ppas") for r in readings) \
        and not any(r.pos in ("fin", "praet", "inf", "impt") for r in readings)


def _lower_complement_end(tokens: Sequence[Token], j: int, limit: int = 5) -> int:
    """The index after a lower-case noun phrase starting at tokens[j] (at most `limit` words)."""
    start = j
    while j < len(tokens) and j - start < limit and tokens[j].is_word and not tokens[j].is_cap \
            and is_nominal(tokens[j].text):
        j += 1
    return j


# A body's branch named after it in lower case, before its seat (`oddział w Kościerzynie`).
_BRANCHES = frozenset({"oddział", "filia", "delegatura", "placówka", "siedziba"})
# Units an office or body belongs to, written in lower case after it (`Wójt gminy Zalesie`).
_UNITS = frozenset({"gmina", "miasto", "powiat", "województwo", "sołectwo", "wieś", "dzielnica", "osiedle"})


@functools.cache
def _bare_offices() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["bare_offices"])


@functools.lru_cache(maxsize=200_000)
def _can_be_nominative(word: str) -> bool:
    return any(len(r.tag.split(":")) > 2 and "nom" in r.tag.split(":")[2].split(".") for r in analyse(word)
               if r.pos in ("subst", "adj"))


def _case_numbers(word: str) -> set[tuple[str, str]]:
    out = set()
    for r in analyse(word):
        if r.pos in ("subst", "adj"):
            parts = r.tag.split(":")
            if len(parts) > 2:
                out.update((n, c) for n in parts[1].split(".") for c in parts[2].split("."))
    return out


def _coordinated_name(text: str, tokens: Sequence[Token], head: int, k: int) -> bool:
    """`Miasto Łódź i Łódzkie Centrum Obywatelskie`: after `i` a second name opens (its own
    head, in the case and number of the first name's head), not a complement of the first
    (`Stowarzyszenie Przyjaciół Szkoły i Przedszkola`: genitive after a nominative head)."""
    if read_name(text, tokens, k) is None:
        return False
    return bool(_case_numbers(tokens[head].text) & _case_numbers(tokens[k].text))


def _lower_name_end(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """`sołtys wsi Dębina`, `koła gospodyń wiejskich`, `rady sołeckie`: a body's common noun
    with its adjectives and genitive complements (and a place name after them)."""
    word = tokens[i].text
    if not (lemma_set(word) & (_heads()[0] - _heads()[1] | _lower_bodies()) or lemma_set(word) & _office_titles()) \
            or is_adjective(word):
        return None
    if lemma_set(word) & _office_titles() and i + 1 < len(tokens) and tokens[i + 1].is_cap \
            and _has_genitive(tokens[i + 1].text) and not _gap_breaks(text, tokens[i], tokens[i + 1]):
        # `przewodniczący Rady Gminy Kaczory (Stefan Kowal)`: an office in a named body
        stop = read_name(text, tokens, i + 1)
        if stop is not None:
            person = stop + 2 if stop + 1 < len(tokens) and "imię" in name_classes(tokens[stop].text) \
                and _may_be_surname(tokens[stop + 1].text) else stop
            return person
    j = i + 1
    while j < len(tokens) and j - i <= 4 and tokens[j].is_word and not tokens[j].is_cap and is_nominal(tokens[j].text) \
            and not _gap_breaks(text, tokens[j - 1], tokens[j]) and not lemma_set(tokens[j].text) & _DETERMINERS \
            and (_has_genitive(tokens[j].text) or is_adjective(tokens[j].text)):
        j += 1
    while j < len(tokens) and j - i <= 6 and tokens[j].is_cap and tokens[j].is_word \
            and not _gap_breaks(text, tokens[j - 1], tokens[j]) and "imię" not in name_classes(tokens[j].text):
        j += 1
    if j == i + 1 and lemma_set(word) & _office_titles() and not tokens[i].is_cap:
        return j   # `przez sołtysów`, `na zaproszenie wójta`: an office alone
    return j if j > i + 1 else None


# Pronouns and determiners, which end a common-noun name (`stowarzyszenie tym razem`).
_DETERMINERS = frozenset({"ten", "tamten", "ów", "swój", "nasz", "wasz", "mój", "twój", "który", "każdy", "jaki",
                          "taki", "inny", "cały", "sam", "wszystek"})


@functools.cache
def _lower_bodies() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["lower_case_bodies"])


def person_in_office_end(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """`radny Jan Kowalski`, `starosta Jacek Skrobisz`, `Starosta Olsztyński Andrzej Abako`:
    an office title in either case, the adjectives agreeing with it, then a first name and a
    surname (the index after the surname)."""
    n = len(tokens)
    if not tokens[i].is_word or not lemma_set(tokens[i].text.lower()) & _office_titles():
        return None
    j = i + 1
    while j < n and j - i <= 2 and is_adjective(tokens[j].text) and tokens[j].is_word \
            and not is_first_name(tokens[j].text) and modifies(tokens[j].text, tokens[i].text):
        j += 1   # `Starosta Olsztyński`, `starosta krasnostawski`
    if j < n and not tokens[j].is_cap and lemma_set(tokens[j].text) & {"gmina", "miasto", "powiat", "województwo"}:
        j += 1   # `wójt gminy Jan Kowalski`, `burmistrz miasta Łęczna Jan Kowalski`
        if j + 2 < n and tokens[j].is_cap and "imię" not in name_classes(tokens[j].text):
            j += 1
    if j + 1 < n and "imię" in name_classes(tokens[j].text) and tokens[j + 1].is_cap and tokens[j + 1].is_word \
            and not is_org_head(tokens[j + 1].text) and "\n" not in text[tokens[i].end:tokens[j + 1].start]:
        return j + 2
    return None


def find_names(text: str, start: int, end: int, *, max_names: int = 6, lowercase: bool = False) -> list[tuple[int, int]]:
    """Organisation names in text[start:end], in order (a list joined by `,`/`oraz`/`i`).
    `lowercase` also reads bodies named by common nouns (`sołtys wsi Dębina`, `koła gospodyń
    wiejskich`), which only an organiser's frame makes names."""
    tokens = tokenize(text, start, end)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens) and len(found) < max_names:
        tok = tokens[i]
        person_end = person_in_office_end(text, tokens, i)
        if person_end is not None:
            found.append((tok.start, tokens[person_end - 1].end))
            i = person_end
            continue
        if lowercase and tok.is_word and (not tok.is_cap or (read_name(text, tokens, i) is None
                                                           and not is_acronym(tok.text))):
            stop = _lower_name_end(text, tokens, i)   # (`Władze powiatu` opening a sentence too)
            if stop is not None:
                found.append((tok.start, tokens[stop - 1].end))
                i = stop
                continue
        if not tok.is_cap and i + 1 < len(tokens) and tokens[i + 1].text in QUOTES_OPEN \
                and lemma_set(tok.text) & _heads()[0]:
            # `stowarzyszenie „Projekt Radomir”`: a common noun naming what the quoted name is
            stop = _read_name_rest(text, tokens, i, i, i + 1, 14)
            if stop is not None and stop > i + 1:
                found.append((tok.start, tokens[stop - 1].end))
                i = stop
                continue
        if tok.is_cap and tok.is_word and is_office_title(tok.text) and not is_org_head(tok.text) \
                and i + 1 < len(tokens) and tokens[i + 1].is_cap and not _gap_breaks(text, tok, tokens[i + 1]):
            stop = read_name(text, tokens, i + 1)
            if stop is not None and _has_genitive(tokens[i + 1].text):
                # `Dyrektor Gminnego Ośrodka…`, `Przewodniczący Rady Gminy X`: an office in a body
                found.append((tok.start, tokens[stop - 1].end))
                i = stop
                continue
        if tok.is_cap and tok.is_word and (not is_person_role(tok.text) or office_title_end(tokens, i)):
            stop = read_name(text, tokens, i)
            if stop in (None, i + 1) and i + 2 < len(tokens) and tokens[i + 1].text in ("i", "oraz") \
                    and is_org_head(tok.text) and (needs_name(tok.text) or lemma_set(tok.text) & _bare_offices()):
                # `Wójta i Radę Gminy w Gniewoszowie`: two heads sharing one complement
                shared = read_name(text, tokens, i + 2)
                stop = shared if shared is not None and is_org_head(tokens[i + 2].text) else stop
            if stop is not None:
                found.append((tok.start, tokens[stop - 1].end))
                i = stop
                continue
            if is_acronym(tok.text) or looks_like_acronym(tok.text):
                found.append((tok.start, tok.end))
        i += 1
    return found


_ROMAN_RE = re.compile(r"^[IVXLCDM]+$")


@functools.lru_cache(maxsize=100_000)
def looks_like_acronym(word: str) -> bool:
    """`FAOW`, `PSONI`: capitals that are no word of the dictionary nor a Roman numeral."""
    return word.isalpha() and word.isupper() and 3 <= len(word) <= 8 and not _ROMAN_RE.match(word) \
        and not analyse(word)
