"""Acronyms that name a body: the lexicon's (`GOPS`, `KGW`), those Morfeusz names as an
institution (`ZUS`, `PTTK`), capitals it does not know (`FAOW`), and any of them declined
after a hyphen (`z KOD-em`, `do PTTK-u`), which only an acronym is."""
from __future__ import annotations

import functools
import re

from nlp.morph import analyse, name_classes
from nlp.vocabulary import lexicon

ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
_INSTITUTION_CLASSES = frozenset({"nazwa_instytucji", "nazwa_organizacji"})


@functools.cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicon("organisation_heads.json")
    return frozenset(data["acronyms"]), frozenset(data["acronym_case_endings"])


@functools.lru_cache(maxsize=200_000)
def is_acronym(word: str) -> bool:
    """One of the lexicon's acronyms, in any case (`GOPS`, `MOPS-u`)."""
    acronyms = _lexicon()[0]
    return word in acronyms or word.split("-")[0] in acronyms


@functools.lru_cache(maxsize=100_000)
def mixed_acronym(word: str) -> bool:
    """`OSiR`, `CKZiU`, `GOKiS`, `MRiRW`: capitals with a lower-case conjunction letter inside,
    which the dictionary knows as nothing but itself."""
    return 4 <= len(word) <= 8 and word.isalpha() and word[0].isupper() and word[-1].isupper() \
        and sum(c.isupper() for c in word) >= 3 and sum(c.islower() for c in word) <= 2 \
        and all(r.lemma == word for r in analyse(word))


@functools.lru_cache(maxsize=100_000)
def is_institution_acronym(word: str) -> bool:
    """`ZUS`, `KWP`, `PTTK`, `ARiMR`: capitals that Morfeusz names as an institution or an
    organisation, or capitals it does not know at all (`KMP`, `MOPR`); any capitals declined
    after a hyphen (`KOD-em`) but those the dictionary knows as a thing's (`VAT-u`)."""
    base, hyphen, ending = word.partition("-")
    if hyphen and ending in _lexicon()[1]:
        return is_institution_acronym(base) or base.isupper() and base.isalpha() and len(base) >= 2 \
            and not ROMAN_RE.match(base) and all(r.lemma != base for r in analyse(base))
    if len(word) < 2 or not word[:1].isupper() or not word[-1:].isupper() or not word.isalpha():
        return False
    if not (word.isupper() or mixed_acronym(word)) or ROMAN_RE.match(word):
        return False
    return looks_like_acronym(word) or mixed_acronym(word) or bool(name_classes(word) & _INSTITUTION_CLASSES)


@functools.lru_cache(maxsize=100_000)
def looks_like_acronym(word: str) -> bool:
    """`FAOW`, `PSONI`: capitals that are no word of the dictionary nor a Roman numeral."""
    return word.isalpha() and word.isupper() and 3 <= len(word) <= 8 and not ROMAN_RE.match(word) \
        and not analyse(word)
