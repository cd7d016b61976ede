"""The words organisation names are made of: tokens, head nouns, offices, persons' names.

Word classes asked many times per text, each answered once per word form (Morfeusz lemmas
and tags, the lexicon `organisation_heads.json`). Reading whole names is
`nlp.org_name_reading`; finding them in a text is `nlp.org_names`.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from nlp.morph import analyse, can_be, lemma_name_classes, lemmas, modifies, name_classes
from nlp.org_acronyms import is_acronym
from nlp.vocabulary import lexicon

# (`,,` typed for a quotation mark: it opens before a word, closes after one; two commas elsewhere)
_OPENING_COMMAS = r"(?<![^\s(]),,(?=\w)"
TOKEN_RE = re.compile(r"\w+(?:[-’'+]\w+)*\+?|" + _OPENING_COMMAS + r"|(?<=[\w.!?]),,(?![\w,])|[^\w\s]")
# Lower-case words that may stand inside a name when a capitalised word follows
# (`Ośrodek Pomocy i Integracji Społecznej`, `Fundacja na rzecz Rozwoju`, `Szkoła nr 3`).
NAME_CONNECTORS = {"i", "w", "we", "na", "dla", "do", "ds", "im", "z", "ze", "pod", "przy", "rzecz", "nr", "oraz",
                   "św", "gen", "ks", "bł", "al", "ul", "o", "od", "-", "–", "."}
QUOTES_OPEN = {"„", "\"", "«", "“"}
QUOTES_CLOSE = {"”", "\"", "»", "“", "'"}
# Words of dates, which stand between a verb and its subject and never name a body.
DATE_LEMMAS = frozenset({"dzień", "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
                          "wrzesień", "październik", "listopad", "grudzień", "poniedziałek", "wtorek", "środa",
                          "czwartek", "piątek", "sobota", "niedziela", "rok", "godzina"})


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


_new_tuple = tuple.__new__


def _token(start: int, end: int, word: str) -> Token:
    return _new_tuple(Token, (start, end, word, word[:1].isupper(), word[:1].isalnum(), word.lower()))


def _scan(text: str, start: int, end: int) -> tuple[list[Token], list[int], list[int]]:
    """Tokens of text[start:end], with the spans of the words they were cut from."""
    if not _GLUED_RE.search(text, start, end):
        # (the common case: no caption glued to a word, each word one token, built in one pass)
        found = list(TOKEN_RE.finditer(text, start, end))
        tokens = [_new_tuple(Token, (m.start(), m.end(), w, w[:1].isupper(), w[:1].isalnum(), w.lower()))
                  for m in found for w in (_quote_mark(text, m) or m.group(),)]
        return tokens, [t.start for t in tokens], [t.end for t in tokens]
    tokens: list[Token] = []
    word_starts: list[int] = []
    word_ends: list[int] = []
    for m in TOKEN_RE.finditer(text, start, end):
        word, at = m.group(), m.start()
        word_starts.append(at)
        word_ends.append(m.end())
        if len(word) > 4 and not word[2:].islower() and _GLUED_RE.search(word):
            cuts = [c.start() for c in _GLUED_RE.finditer(word)]
            tokens.extend(_token(at + a, at + b, word[a:b]) for a, b in zip([0, *cuts], [*cuts, len(word)]))
        else:
            tokens.append(_token(at, m.end(), _quote_mark(text, m) or word))
    return tokens, word_starts, word_ends


_OPENING_COMMAS_RE = re.compile(_OPENING_COMMAS)


def _quote_mark(text: str, m: re.Match) -> str | None:
    """The quotation mark a token stands for (`„` or `”`), None if it is none that needs reading."""
    word = m.group()
    if word == ",,":   # (closing only a quotation its line opened: `Borki,, Lipno` is a comma typed twice)
        if text[m.end():m.end() + 1].isalnum():
            return "„"
        line = text[max(0, text.rfind("\n", 0, m.start()) + 1, m.start() - 120):m.start()]
        return "”" if _OPENING_COMMAS_RE.search(line) or "„" in line else ","
    return _closing_quote(text, m.end()) if word == "„" else None


def _closing_quote(text: str, after: int) -> str:
    """`„`, or `”` when it closes a quote (`„Seniorzy „.`): nothing but punctuation follows it
    on its line, so it opens nothing."""
    rest = text[after:after + 40].lstrip(" \t")
    return "„" if rest[:1].isalnum() or rest[:1] in QUOTES_OPEN else "”"


# (a few texts: the rules read one text at a time, and a token is an object the garbage
# collector walks, so a thousand texts' tokens kept would slow every collection)
@functools.lru_cache(maxsize=16)
def _whole(text: str) -> tuple[tuple[Token, ...], list[int], list[int], list[int]]:
    tokens, word_starts, word_ends = _scan(text, 0, len(text))
    return tuple(tokens), [t.start for t in tokens], word_starts, word_ends


def _cuts_a_word(word_starts: list[int], word_ends: list[int], pos: int) -> bool:
    k = bisect.bisect_right(word_starts, pos) - 1
    return k >= 0 and word_starts[k] < pos < word_ends[k]


@functools.lru_cache(maxsize=256)
def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """The tokens of text[start:end]. The rules read the same clauses many times, so a text is
    tokenized once and a part of it is a slice of its tokens (read afresh only when the part's
    bounds cut a word, which then reads as a word of its own)."""
    end = len(text) if end is None else min(end, len(text))
    tokens, _, word_starts, word_ends = _whole(text)
    if start == 0 and end == len(text):
        return tokens
    if start < 0 or _cuts_a_word(word_starts, word_ends, start) or _cuts_a_word(word_starts, word_ends, end):
        return tuple(_scan(text, start, end)[0])
    return tokens_within(text, start, end)


def tokens_within(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The whole words of the text inside [start, end): a window read around a place (`200
    characters on`), taken from the text's one tokenization, whose edge words may be cut off."""
    tokens, token_starts, _, _ = _whole(text)
    lo = bisect.bisect_left(token_starts, max(0, start))
    hi = bisect.bisect_left(token_starts, end)
    while hi > lo and tokens[hi - 1].end > end:
        hi -= 1
    return tokens[lo:hi]


@functools.lru_cache(maxsize=200_000)
def lemma_set(word: str) -> frozenset[str]:
    return lemmas(word)


@functools.lru_cache(maxsize=200_000)
def is_org_head(word: str) -> bool:
    nouns, _, acronyms, _ = _heads()
    if word in acronyms or (word.isupper() and len(word) >= 3 and word.isalpha() and word.endswith(("OPS", "PS", "CPR", "OK"))):
        return True
    return bool(lemma_set(word) & nouns) and word[:1].isupper()


@functools.lru_cache(maxsize=100_000)
def is_singular_subject_head(word: str) -> bool:
    """`Rada`, `Fundacja`: a body's head noun in the nominative singular (not `Rady`, `Gminy`)."""
    nouns = _heads()[0]
    return word[:1].isupper() and any(r.pos == "subst" and r.lemma.lower() in nouns
                                      and r.tag.split(":")[1:3] == ["sg", "nom"] for r in analyse(word.lower()))


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
def _noun_reading(word: str) -> bool:
    """A noun reading (`rada`, though also the adjective `rad`), not only an adjective."""
    return any(r.pos in ("subst", "depr") for r in analyse(word.lower()))


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
    """`Kowalski`, `Moniuszko-Czuczwara`, `Waszak-Klepki`; not `V-A` nor an organisation's head word."""
    parts = word.split("-")
    if len(parts) > 1 and all(p[:1].isupper() and p[1:].islower() for p in parts):
        return any(_may_be_surname(p) for p in parts)
    if not word[:1].isupper() or not word[1:].replace("-", "").islower() or is_org_head(word):
        return False
    return "nazwisko" in name_classes(word) or not analyse(word)


def _gap_breaks(text: str, a: Token, b: Token) -> bool:
    """A line break (or a wide gap) between two tokens ends a name."""
    return "\n" in text[a.end:b.start]


@functools.lru_cache(maxsize=200_000)
def _genitive_noun(word: str) -> bool:
    return can_be(word, "subst", case="gen")


@functools.lru_cache(maxsize=200_000)
def _participle(word: str) -> bool:
    """`prowadzony`, `działające`: a verb's participle, which starts a clause of its own."""
    return any(r.pos in ("ppas", "pact") for r in analyse(word.lower()))


@functools.lru_cache(maxsize=200_000)
def _acts_at(word: str) -> bool:
    """`działający`, `działające`: a body named with the institution it works at."""
    return any(r.pos == "pact" and r.lemma == "działać" for r in analyse(word.lower()))


@functools.lru_cache(maxsize=200_000)
def is_nominal(word: str) -> bool:
    """A noun or adjective form that is not also a verb form (`osób`, `niepełnosprawnych`)."""
    readings = analyse(word)
    return bool(readings) and any(r.pos in ("subst", "adj", "ppas") for r in readings) \
        and not any(r.pos in ("fin", "praet", "inf", "impt") for r in readings)


# Abbreviated titles of a patron saint after `im.` (`im. św. Jadwigi`).
_SAINTS = frozenset({"św", "bł", "ks", "kard", "abp", "bp", "gen", "o"})


# A body's branch named after it in lower case, before its seat (`oddział w Kościerzynie`).
_BRANCHES = frozenset({"oddział", "filia", "delegatura", "placówka", "siedziba"})
# Units an office or body belongs to, written in lower case after it (`Wójt gminy Zalesie`).
_UNITS = frozenset({"gmina", "miasto", "powiat", "województwo", "sołectwo", "wieś", "miejscowość", "dzielnica", "osiedle"})


@functools.cache
def _bare_names() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["bare_names"])


def is_bare_name(word: str) -> bool:
    """`Caritas`, `Policja`: a body's name that is a common noun alone."""
    return bool(lemma_set(word.lower()) & _bare_names())


@functools.cache
def _bare_offices() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["bare_offices"])


@functools.lru_cache(maxsize=200_000)
def _can_be_nominative(word: str) -> bool:
    return any(len(r.tag.split(":")) > 2 and "nom" in r.tag.split(":")[2].split(".") for r in analyse(word)
               if r.pos in ("subst", "adj"))


def case_numbers(word: str) -> set[tuple[str, str]]:
    """The (number, case) pairs of a word's noun and adjective readings."""
    out = set()
    for r in analyse(word):
        if r.pos in ("subst", "adj"):
            parts = r.tag.split(":")
            if len(parts) > 2:
                out.update((n, c) for n in parts[1].split(".") for c in parts[2].split("."))
    return out


@functools.lru_cache(maxsize=100_000)
def may_be_first_name(word: str) -> bool:
    """`Jana`, and `Grzegorz`, `Sylwester`: Morfeusz marks some first names so only in their
    other forms, so a personal noun whose forms include a first name is one too."""
    if "imię" in name_classes(word):
        return True
    if not word[:1].isupper():
        return False
    lemmas_m1 = {r.lemma for r in analyse(word) if r.pos == "subst" and r.tag.endswith(":m1")}
    return any("imię" in lemma_name_classes(lemma) for lemma in lemmas_m1)


def names_a_body(name: str) -> bool:
    """A name headed by an institution's noun (`Starostwie Powiatu X`), not only by an
    adjective of one (`Gminnej Hali Sportowej` is a hall, `GMINNE SMAKI` a title)."""
    return any(is_org_head(w) and not needs_name(w) and _noun_reading(w) for w in re.findall(r"\w+", name)[:3])


def members_of_head(tokens: Sequence[Token], head: int, j: int) -> bool:
    """`Konwent Dyrektorów …`, `Związek Sołtysów`, `Oddział Towarzystwa Pracowników …`: the people a
    body gathers, in the genitive plural right after its head noun, are part of its name (not
    `Urząd Gminy Wójt …`)."""
    cases = case_numbers(tokens[j].text)
    after_head = j == head + 1 or j - 1 > head and is_org_head(tokens[j - 1].text) and _noun_reading(tokens[j - 1].text)
    return after_head and ("pl", "gen") in cases and all(number == "pl" for number, _ in cases)


def person_after_office(tokens: Sequence[Token], head: int, k: int) -> bool:
    """`Starostę Kolskiego i Adama Lisa`: a person named after an office and `i` is the next organiser."""
    return is_office_title(tokens[head].text) and k + 1 < len(tokens) and may_be_first_name(tokens[k].text) \
        and _may_be_surname(tokens[k + 1].text)


@functools.cache
def _committees() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["committee_heads"])


@functools.cache
def _descriptive_adjectives() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["descriptive_adjectives"])


@functools.cache
def generic_place_adjectives() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["generic_place_adjectives"])


@functools.cache
def remit_relations() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["remit_relations"])


def instrumental_only(word: str) -> bool:
    """`Przedsiębiorcami`, `Mieszkańcami`: a noun `z` governs as `with`, never as `from`."""
    return not can_be(word.lower(), "subst", case="gen") and can_be(word.lower(), "subst", case="inst")
