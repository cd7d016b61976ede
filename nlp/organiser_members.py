"""Bodies named through the group they make up or the body they belong to: the members of a
partnership in the genitive (`partnerstwo Fundacji X i Stowarzyszenia Y`) or of a group in a
bracket (`konsorcjum instytucji należących do X (A, B, C)`), and a unit followed after a comma
by what it is part of (`Zakład X, Wydziału Y Uniwersytetu Z`). The nouns are in
`lexicons/organiser_frames.json` (`partnership_nouns`, `collective_nouns`).
"""
from __future__ import annotations

import re

from nlp.org_names import find_names, is_office_title, is_org_head, lemma_set, tokenize
from nlp.org_words import case_numbers
from nlp.organiser_grammar import Span, frames, is_finite_verb

__all__ = ["after_partnership_noun", "genitive_continuation", "members_in_brackets"]

_PARTNERSHIP_RE = re.compile(r"\s*([a-ząćęłńóśźż]+)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_LIST_GLUE_RE = re.compile(r"\s*(?:,|;|i|oraz)?\s*")
# `Izb gospodarczych m.in.`, `organizacji pozarządowych, w tym`: a kind of body, then some of them
_KIND_AMONG_RE = re.compile(r"\s*([^\W\d_]+)(?:\s+[a-ząćęłńóśźż]+){0,2},?\s+"
                            r"(?:m\.\s?in\.|w\s+tym|między\s+innymi)\s*:?\s*")


def after_partnership_noun(text: str, pos: int) -> int:
    """Past a partnership's common noun before the names of its members (`partnerstwo Fundacji X`),
    or a kind of body before `m.in.` and the bodies of that kind (`Izb gospodarczych m.in. X, Y`),
    else `pos`."""
    partnership = _PARTNERSHIP_RE.match(text, pos)
    if partnership and lemma_set(partnership.group(1).lower()) & frames().partnership_nouns:
        return partnership.end()
    among = _KIND_AMONG_RE.match(text, pos)
    if among and (is_org_head(among.group(1)) or lemma_set(among.group(1).lower()) & frames().collective_nouns):
        return among.end()
    return pos


def members_in_brackets(text: str, pos: int, reach: int = 160) -> list[Span]:
    """`konsorcjum instytucji należących do Partnerstwa X (A, B, C)`: a group named by common nouns
    is the members its bracket lists, when the bracket holds nothing but two or more names."""
    tokens = tokenize(text, pos, min(len(text), pos + reach))
    f = frames()
    if len(tokens) < 3 or tokens[0].is_cap or not tokens[0].is_word \
            or not (lemma_set(tokens[0].low) & f.collective_nouns or tokens[0].low in f.namer_quantifiers):
        return []
    opening = next((t for t in tokens if t.text == "(" or t.text in ".;:!?" or is_finite_verb(t.text)), None)
    if opening is None or opening.text != "(":
        return []
    close = text.find(")", opening.end, opening.end + 300)
    if close == -1:
        return []
    names = find_names(text, opening.end, close)
    cursor = opening.end
    for start, stop in names:
        if _LIST_GLUE_RE.fullmatch(text[cursor:start]) is None:
            return []
        cursor = stop
    return names if len(names) > 1 and not text[cursor:close].strip() else []


def genitive_continuation(text: str, before: Span, span: Span) -> bool:
    """`Zakład Polityki Społecznej, Wydziału Nauk Politycznych`: after a comma a name in the
    genitive alone continues a name that cannot be genitive, naming what it is part of."""
    if text[before[1]:span[0]].strip() != ",":
        return False
    first, head = text[before[0]:before[1]].split()[0], text[span[0]:span[1]].split()[0]
    if not is_org_head(head) or is_office_title(head):
        return False
    cases_first = {case for _, case in case_numbers(first)}
    cases_head = {case for _, case in case_numbers(head)}
    return cases_head == {"gen"} and bool(cases_first) and "gen" not in cases_first


# `Sekcja Oświaty regionu Lipowskiego NSZZ „Solidarność”`: a common noun in the genitive, then capitals
_LOWER_GENITIVE_GAP_RE = re.compile(r"[ \t]+([a-ząćęłńóśźż]{3,})(?:[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*){0,3}[ \t]+")


def lower_genitive_continuation(text: str, before: Span, span: Span) -> bool:
    """`Sekcja Oświaty regionu Lipowskiego NSZZ „Solidarność”`: a common noun in the genitive
    (`regionu`, `oddziału`) between a name and the next one makes them one body's name."""
    m = _LOWER_GENITIVE_GAP_RE.fullmatch(text, before[1], span[0])
    return m is not None and {case for _, case in case_numbers(m.group(1))} == {"gen"} \
        and not is_office_title(m.group(1))
