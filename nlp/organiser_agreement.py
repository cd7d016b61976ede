"""Whether a name can be the subject of a verb in the past tense, by gender and number.

`Stowarzyszenie X 22 października w restauracji Y (gmina Z) zorganizowało konferencję`: the
name nearest the verb (`gmina Z`, feminine) cannot be the subject of `zorganizowało` (neuter);
the name opening the sentence (`Stowarzyszenie`, neuter) can, and is.
"""
from __future__ import annotations

import functools
import re

from nlp.morph import analyse, can_be
from nlp.org_names import find_names, is_office_title, is_person_role
from nlp.org_words import is_org_head
from nlp.organiser_grammar import Span
from nlp.vocabulary import is_event_noun

__all__ = ["gender_disagrees", "nominative_name_inside", "number_disagrees", "opening_subject", "plural_verb",
           "singular_verb"]

_WORD_RE = re.compile(r"[^\W\d_]+")
_OPENING_GAP_RE = re.compile(r"[\s„\"'(•*–-]*")


@functools.lru_cache(maxsize=20_000)
def _past_singular_genders(verb: str) -> frozenset[str]:
    """`zorganizowało` -> {n}, `zorganizowała` -> {f}, `zorganizował` -> {m}; empty for any
    other form (a plural or a present verb says nothing of gender)."""
    out: set[str] = set()
    for r in analyse(verb.lower()):
        parts = r.tag.split(":")
        if r.pos == "praet" and len(parts) > 2 and parts[1] == "sg":
            out.update(g[0] for g in parts[2].split("."))
    return frozenset(out)


@functools.lru_cache(maxsize=20_000)
def _nominative_genders(noun: str) -> frozenset[str] | None:
    """The genders of a noun's singular nominative readings (None: no such reading, so the word
    says nothing: `Borki` of `Solar Borki sp. z o.o.`)."""
    genders = frozenset(g[0] for t in (r.tag.split(":") for r in analyse(noun.lower()) if r.pos == "subst")
                        if len(t) > 3 and t[1] == "sg" and "nom" in t[2].split(".") for g in t[3].split("."))
    return genders or None


def _head_genders(text: str, span: Span) -> frozenset[str] | None:
    """The genders the name's head noun may have; None where it says nothing (an office is held
    by women and men alike: `Wójt Anna Lis zaprosiła`)."""
    for word in _WORD_RE.findall(text[span[0]:span[1]])[:3]:
        if is_office_title(word) or is_person_role(word):
            return None
        genders = _nominative_genders(word)
        if genders is not None:
            return genders
    return None


def _verb_genders(text: str, verb_start: int) -> frozenset[str]:
    verb = _WORD_RE.match(text, verb_start)
    return _past_singular_genders(verb.group()) if verb else frozenset()


def gender_disagrees(text: str, verb_start: int, span: Span) -> bool:
    """A singular past verb of a gender the name's head noun, in the nominative, has not."""
    verb = _verb_genders(text, verb_start)
    head = _head_genders(text, span) if verb else None
    return head is not None and not head & verb


def opening_subject(text: str, start: int, verb_start: int) -> Span | None:
    """The name opening the clause at `start`, when the singular past verb agrees with it."""
    verb = _verb_genders(text, verb_start)
    if not verb:
        return None
    names = find_names(text, start, verb_start)
    if not names or not _OPENING_GAP_RE.fullmatch(text, start, names[0][0]):
        return None
    head = _head_genders(text, names[0])
    return names[0] if head and head & verb else None


def nominative_name_inside(text: str, span: Span) -> int | None:
    """`W Światowym Dniu Organizacji Pozarządowych Świętokrzyski Ośrodek X zorganizował`: a name
    read on from a phrase in the genitive into the subject. The subject starts at the first
    head noun in the nominative singular after the first word (not an event's: `Forum`), with
    the capitalised adjectives in the nominative before it."""
    words = [(m.start(), m.group()) for m in _WORD_RE.finditer(text, span[0], span[1])]
    for i in range(1, len(words)):
        word = words[i][1]
        if not (is_org_head(word) and can_be(word, "subst", number="sg", case="nom")) or is_event_noun(word):
            continue
        while i > 1 and words[i - 1][1][:1].isupper() and can_be(words[i - 1][1], "adj", number="sg", case="nom"):
            i -= 1
        return words[i][0]
    return None


def _verb_readings(text: str, verb_start: int, kinds: tuple[str, ...]) -> list:
    """The readings of the verb at `verb_start` of the given parts of speech."""
    verb = re.match(r"\w+", text[verb_start:verb_start + 40])
    return [r for r in analyse(verb.group().lower()) if r.pos in kinds] if verb else []


def plural_verb(text: str, verb_start: int) -> bool:
    """Is the verb at `verb_start` in the plural (`zapraszają`, `zorganizowali`)?"""
    return any(r.tag.split(":")[1:2] == ["pl"] for r in _verb_readings(text, verb_start, ("fin", "praet")))


def singular_verb(text: str, verb_start: int) -> bool:
    """Is the verb at `verb_start` in the singular only (`była`, `zaprasza`)?"""
    readings = _verb_readings(text, verb_start, ("fin", "praet", "bedzie"))
    return bool(readings) and all(r.tag.split(":")[1:2] == ["sg"] for r in readings)


def number_disagrees(text: str, verb_start: int, span: Span, verb_number: str = "pl") -> bool:
    """A plural verb after a name whose head noun is singular only: not its subject. With
    `verb_number="sg"`, a singular verb after a common noun that is plural only (`iż wiejskie
    świetlice są miejscem … i poinformował`)."""
    verb = re.match(r"\w+", text[verb_start:verb_start + 40])
    tags = [r.tag.split(":") for r in analyse(verb.group().lower())] if verb else []
    tags = [t for t in tags if t[0] in ("fin", "praet")]
    if not tags or not all(len(t) > 1 and t[1] == verb_number for t in tags):
        return False
    other = "sg" if verb_number == "pl" else "pl"
    for word in re.findall(r"[^\W\d_]+", text[span[0]:span[1]])[:3]:
        nouns = [r.tag.split(":") for r in analyse(word.lower()) if r.pos == "subst"]
        if nouns:
            return all(len(t) > 2 and t[1] == other for t in nouns) and any("nom" in t[2].split(".") for t in nouns) \
                and (verb_number == "pl" or word.islower())   # (not `Solar Borki sp. z o.o. zorganizował`)
    return False
