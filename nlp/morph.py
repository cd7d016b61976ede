"""Morfeusz 2 (SGJP dictionary) behind a per-word-form cache.

One place for Polish morphology, shared by extraction (lemmas, proper-name classes) and by
the search analysis of both index backends, so a query means the same everywhere.
Analysing a word form is ~15x slower than a cache hit, and announcement vocabulary is
small, so every answer is cached per form.
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Interpretation:
    lemma: str          # without Morfeusz's homonym marker (`wójt:Sm1` -> `wójt`)
    tag: str            # e.g. `subst:sg:gen:f`
    qualifiers: tuple[str, ...]  # proper-name classes: `nazwa_geograficzna`, `imię`, `nazwisko`, ...

    @property
    def pos(self) -> str:
        return self.tag.split(":", 1)[0]


_local = threading.local()


def _morfeusz():
    instance = getattr(_local, "morfeusz", None)
    if instance is None:
        import morfeusz2

        instance = _local.morfeusz = morfeusz2.Morfeusz(separate_numbering=True)
        _local.tags = {}
        _local.names = {}
    return instance


def _readings(form: str, generate: bool = False) -> Iterator[tuple[str, str, str, tuple[str, ...]]]:
    """(orth, lemma, tag, proper-name classes) of each Morfeusz reading of a form (or, with
    `generate`, of each form of a lemma). Read from the engine's own results: the wrapper's
    tuples cost twice the analysis, each field a call into the library, while a tag or a
    name class is one of a few hundred, looked up once by its number."""
    engine = _morfeusz()._morfeusz_obj
    tags: dict[int, str] = _local.tags
    names: dict[int, tuple[str, ...]] = _local.names
    for reading in engine.generate(form) if generate else engine.analyse(form):
        tag = tags.get(reading.tagId)
        if tag is None:
            tag = tags[reading.tagId] = reading.getTag(engine)
        qualifiers = names.get(reading.nameId)
        if qualifiers is None:
            qualifiers = names[reading.nameId] = tuple(reading.getName(engine))
        yield reading.orth if generate else "", reading.lemma, tag, qualifiers


@functools.lru_cache(maxsize=500_000)
def analyse(form: str) -> tuple[Interpretation, ...]:
    """All interpretations of one word form ("ign" ones mean: not in the dictionary)."""
    seen: dict[tuple[str, str], Interpretation] = {}
    for _orth, lemma, tag, names in _readings(form):
        if tag == "ign":
            continue
        key = (lemma.split(":", 1)[0], tag)
        if key not in seen:   # (homonyms numbered apart, `wójt:Sm1`/`wójt:Sm2`, read once)
            seen[key] = Interpretation(key[0], tag, names)
    return tuple(seen.values())


@functools.lru_cache(maxsize=100_000)
def only_pos(form: str, pos: str) -> bool:
    """Is every reading of the form that part of speech (`w`: a preposition, `nowo`: an adverb)?"""
    readings = analyse(form)
    return bool(readings) and all(r.pos == pos for r in readings)


def is_verb(form: str) -> bool:
    """Is every reading of the form a verb's (`rozpoczęła`, `zaprasza`)?"""
    readings = analyse(form)
    return bool(readings) and all(r.pos in ("fin", "praet", "impt", "bedzie", "inf") for r in readings)


_POS_PREFERENCE = {"subst": 0, "adj": 1, "ger": 2, "fin": 3, "praet": 3, "inf": 3, "ppas": 4, "pact": 4}


@functools.lru_cache(maxsize=500_000)
def lemma(form: str) -> str:
    """The most likely lemma of a word form, lower-cased; the form itself when unknown.

    Nouns win over gerunds (`spotkaniu` -> `spotkanie`, not `spotkać`), so inflected
    queries and texts meet on the same lemma.
    """
    interps = analyse(form)
    if not interps:
        return form.lower()
    # Group readings by lower-cased lemma; the best part of speech wins, then the lemma
    # with most readings (`Łodzi`: Łódź/łódź x8 beats the rare Łodzia x3).
    groups: dict[str, list[Interpretation]] = {}
    for interp in interps:
        groups.setdefault(interp.lemma.lower(), []).append(interp)
    best = min(groups.items(), key=lambda kv: (min(_POS_PREFERENCE.get(i.pos, 5) for i in kv[1]),
                                               -len(kv[1]), kv[0]))
    return best[0]


@functools.lru_cache(maxsize=500_000)
def lemmas(form: str) -> frozenset[str]:
    """Every lemma a word form may have, lower-cased (the form itself when unknown)."""
    found = {i.lemma.lower() for i in analyse(form)}
    return frozenset(found or {form.lower()})


@functools.lru_cache(maxsize=200_000)
def name_classes(form: str) -> frozenset[str]:
    """Proper-name classes SGJP gives a form: `nazwa_geograficzna`, `imię`, `nazwisko`, ..."""
    return frozenset(q for i in analyse(form) for q in i.qualifiers)


_POLISH_FOLD = str.maketrans("ąćęłńóśźż", "acelnoszz")


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so `Lodz` matches `Łódź`. Polish letters are mapped
    directly (what decomposing them gives); only other non-ASCII text is decomposed."""
    text = text.lower().translate(_POLISH_FOLD)
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of a text as (start, end, form)."""
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


@functools.lru_cache(maxsize=100_000)
def is_place_adjective(word: str) -> bool:
    """An adjective made from a place's name (`toruńskiego`, `żarskiej`, `łódzki`), not `ten` or `nasz`."""
    return any(i.pos == "adj" and _PLACE_ADJECTIVE_RE.search(i.lemma.lower()) for i in analyse(word.lower()))


_PLACE_ADJECTIVE_RE = re.compile(r"(?:sk|ck|dzk)i$")


@functools.lru_cache(maxsize=100_000)
def geo_lemmas(form: str) -> tuple[str, ...]:
    """Nominative names of places a form may inflect (`Łodzi` -> `Łódź`), case kept.

    Only readings SGJP marks as geographical names count, so `Kraków` is not read as the
    plural genitive of the surname `Krak`.
    """
    found: list[str] = []
    common = any("nazwa_pospolita" in i.qualifiers or not i.qualifiers for i in analyse(form))
    for interp in analyse(form):
        if interp.pos == "subst" and ("nazwa_geograficzna" in interp.qualifiers
                                      or ("człon_nazwy_geograficznej" in interp.qualifiers and not common)):
            name = interp.lemma
            if name[:1].islower() and form[:1].isupper():
                name = name[:1].upper() + name[1:]
            if name not in found:
                found.append(name)
    return tuple(found)


@functools.lru_cache(maxsize=50_000)
def numbers(word: str, pos: tuple[str, ...] = ()) -> frozenset[str]:
    """The grammatical numbers of a word's readings as their tags write them (`sg`, `pl`), of
    the parts of speech in `pos` (of all, when it is empty)."""
    return frozenset(parts[1] for r in analyse(word.lower()) if not pos or r.pos in pos
                     if len(parts := r.tag.split(":")) > 1)


@functools.lru_cache(maxsize=8192)   # (a few thousand tags; the sets are shared, so frozen)
def _tag_values(tag: str, index: int) -> frozenset[str]:
    parts = tag.split(":")
    return frozenset(parts[index].split(".")) if len(parts) > index else frozenset()


@functools.lru_cache(maxsize=50_000)
def _generate(lemma_: str) -> tuple[tuple[str, str], ...]:
    return tuple((form, tag) for form, _l, tag, _n in _readings(lemma_, generate=True) if tag != "ign")


@functools.lru_cache(maxsize=50_000)
def lemma_name_classes(lemma_: str) -> frozenset[str]:
    """Proper-name classes of any form of a lemma (SGJP marks some first names, `Grzegorz`,
    only in their other forms)."""
    return frozenset(q for _f, _l, _t, names in _readings(lemma_, generate=True) for q in names)


def _keep_case(model: str, form: str) -> str:
    if model.isupper() and len(model) > 1:
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


_CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
_PUNCT = ",.;:()„”\"'"


_Features = frozenset[str]   # (numbers, cases or genders of a tag)


@functools.lru_cache(maxsize=50_000)   # (agreement is asked of the same words again and again)
def _nominal_readings(word: str, pos: str) -> tuple[tuple[Interpretation, _Features, _Features, _Features], ...]:
    """Readings of one part of speech as (reading, numbers, cases, genders)."""
    return tuple((r, _tag_values(r.tag, 1), _tag_values(r.tag, 2), _tag_values(r.tag, 3))
                 for r in analyse(word) if r.pos == pos)


def can_be(word: str, pos: str, *, number: str | None = None, case: str | None = None) -> bool:
    """Has the word a reading of that part of speech in that number and case (`Spotkanie`: a noun
    in the nominative; `Sołeckiej`: an adjective in the singular genitive)?"""
    return any((number is None or number in nums) and (case is None or case in cases)
               for _r, nums, cases, _g in _nominal_readings(word.lower(), pos))


def _agrees(adjective: str, number: str, case: str, gender: str) -> bool:
    """Whether a word can be an adjective in this number, case and gender."""
    return any(number in nums and case in cases and (gender in gens or gender[:1] in {g[:1] for g in gens}
                                                     and gender.startswith("m") and len(gens) > 2)
               for _r, nums, cases, gens in _nominal_readings(adjective, "adj"))


@functools.lru_cache(maxsize=100_000)
def agrees(modifier: str, noun: str) -> bool:
    """`projektach realizowanych`: an adjective or participle that can stand with the noun
    (a number, case and gender in common); `debata o bezpieczeństwie zorganizowana` does not."""
    nouns = _nominal_readings(noun.lower(), "subst")
    return any(nums & n_nums and cases & n_cases and gens & n_gens
               for pos in ("adj", "ppas", "pact")
               for _r, nums, cases, gens in _nominal_readings(modifier.lower(), pos)
               for _n, n_nums, n_cases, n_gens in nouns)


@functools.lru_cache(maxsize=200_000)
def modifies(adjective: str, noun: str) -> bool:
    """`Wojewódzkiego Funduszu`: the adjective agrees with the noun after it, so it is its
    modifier; `Przewodniczącego Rady` does not, so the first word is the head noun."""
    preferred = {lemma(noun), noun.lower()}   # (`remiza` is itself a lemma, whatever `remiz` ties with it)
    for r, nums, cases, gens in _nominal_readings(noun, "subst"):
        if r.lemma.lower() not in preferred:
            continue   # `Rady` is `rada`, not the surname `Rado`
        for number in nums:
            for case in cases:
                for gender in gens:
                    if _agrees(adjective, number, case, gender):
                        return True
    return False


@functools.lru_cache(maxsize=50_000)
def nominative(phrase: str) -> str:
    """The nominative of an inflected name phrase (`Narodowego Instytutu Wolności` ->
    `Narodowy Instytut Wolności`, `Funduszy Europejskich dla Dolnego Śląska` ->
    `Fundusze Europejskie dla Dolnego Śląska`, `Burmistrza Łęcznej` -> `Burmistrz Łęcznej`).

    Polish grammar decides what changes: the head noun (the first noun) and the adjectives
    that agree with it take the nominative, keeping the head's number; the genitive
    complements (`Gminy Ludwin`, `Łęcznej`) and prepositional phrases (`w Łęcznej`) after
    them stay as written. A phrase whose head may already be nominative is returned as
    written (`Wójt Gminy Ludwin`, `Wójtowie Gmin`).
    """
    tokens = phrase.split()
    if not tokens or any(re.search(r"[^\W\d]-[^\W\d]", t) for t in tokens):
        return phrase   # Morfeusz reads `Bielsku-Białej` as two words; keep compounds as written
    bare = [t.strip(_PUNCT) for t in tokens]
    # Head: the first noun; capitalised adjectives agreeing with the next noun come before it.
    head_at = -1
    for i, word in enumerate(bare):
        is_noun = bool(_nominal_readings(word, "subst"))
        is_adj = bool(_nominal_readings(word, "adj"))
        if is_noun and not (is_adj and i + 1 < len(bare) and _nominal_readings(bare[i + 1], "subst")
                            and modifies(word, bare[i + 1])):
            head_at = i
            break
        if not is_adj:
            return phrase
    if head_at < 0:
        return phrase
    head_word = bare[head_at]
    preferred = lemma(head_word)
    following = bare[head_at + 1] if head_at + 1 < len(bare) else ""
    options = []
    for r, nums, cases, gens in _nominal_readings(head_word, "subst"):
        for number in nums:
            for case in cases:
                gender = next(iter(sorted(gens)), "m3")
                if any(not _agrees(bare[k], number, case, gender) for k in range(head_at)):
                    continue   # the adjectives before the head fix its case (`Lokalnych Grup`)
                agrees_next = bool(following) and _agrees(following, number, case, gender)
                category = (0 if case == "nom" else 1) if number == "sg" else (2 if case == "nom" else 3)
                options.append(((not agrees_next, r.lemma.lower() != preferred, category, len(cases) > 2,
                                 _CASES.index(case) if case in _CASES else 9), number, case, gender, r))
    if not options:
        return phrase
    _key, number, case, gender, reading = min(options, key=lambda o: o[0])
    if case == "nom":
        return phrase
    out = list(tokens)
    if number == "sg":
        forms = [f for f, t in _generate(reading.lemma) if t.startswith("subst:sg:") and "nom" in _tag_values(t, 2)
                 and gender in _tag_values(t, 3)]
        new_head = reading.lemma if reading.lemma in forms or not forms else forms[0]
    else:
        forms = [f for f, t in _generate(reading.lemma) if t.startswith("subst:pl:") and "nom" in _tag_values(t, 2)
                 and gender in _tag_values(t, 3)]
        new_head = forms[0] if forms else head_word
    out[head_at] = tokens[head_at].replace(head_word, _keep_case(head_word, new_head))

    def to_nominative(i: int) -> bool:
        """Put an adjective agreeing with the head into the nominative; False if it does not agree."""
        word = bare[i]
        if not _agrees(word, number, case, gender):
            return False
        if any(r.pos == "subst" and "nazwa_geograficzna" in r.qualifiers for r in analyse(word)) \
                and not any(r.pos == "adj" and number in _tag_values(r.tag, 1) and case in _tag_values(r.tag, 2)
                            and gender in _tag_values(r.tag, 3) for r in analyse(word)):
            return False   # a place name in the genitive (`Burmistrza Łęcznej`) is a complement
        for r in analyse(word):
            if r.pos != "adj" or number not in _tag_values(r.tag, 1) or case not in _tag_values(r.tag, 2):
                continue
            forms = [f for f, t in _generate(r.lemma) if t.startswith(f"adj:{number}:")
                     and "nom" in _tag_values(t, 2) and gender in _tag_values(t, 3) and t.endswith(":pos")]
            if forms:
                out[i] = tokens[i].replace(word, _keep_case(word, forms[0]))
                return True
        return False

    for i in range(head_at):
        to_nominative(i)
    for i in range(head_at + 1, len(tokens)):
        if not to_nominative(i):
            break   # the first word that does not agree opens the complements
    return " ".join(out)
