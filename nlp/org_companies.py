"""Company names, which need no head word: the legal form after them says they are names
(`Polskie Sieci Elektroenergetyczne S.A.`, `E.O. Energia Odnawialna sp. z o.o.`, `Operatora
Gazociągów Przesyłowych GAZ-SYSTEM S.A.`). Investors, operators and contractors host the
consultations and information meetings about what they build, so they organise."""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from nlp.gazetteer import gazetteer
from nlp.morph import analyse
from nlp.org_words import QUOTES_CLOSE, QUOTES_OPEN, Token, _gap_breaks
from nlp.vocabulary import lexicon


@functools.cache
def _legal_form_re() -> re.Pattern[str]:
    forms = lexicon("organisation_heads.json")["legal_forms"]
    alternation = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")


@functools.lru_cache(maxsize=16)
def _legal_forms(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the legal forms a text writes, read once per text."""
    found = list(_legal_form_re().finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


# What a company's name is made of besides capitalised words: the marks of acronyms and
# compounds (`E.O.`, `GAZ-SYSTEM`), `&`, quotes and numbers.
_NAME_MARKS = frozenset({".", "-", "–", "&", "+"}) | QUOTES_OPEN | QUOTES_CLOSE
_MAX_NAME_CHARS = 90
# Words capitalised at a sentence's start that no company's name opens with.
_NOT_IN_NAME_POS = frozenset({"prep", "conj", "comp", "fin", "praet", "impt", "inf", "qub", "adv", "pred"})


def company_name_end(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """The index after a company's name that opens at tokens[i] and ends in its legal form, if
    one does."""
    if not tokens[i].is_cap or not tokens[i].is_word:
        return None
    starts, ends = _legal_forms(text)
    k = bisect.bisect_right(starts, tokens[i].start)
    if k == len(starts) or starts[k] - tokens[i].start > _MAX_NAME_CHARS:
        return None
    form_start, form_end = starts[k], ends[k]
    j = i
    while j < len(tokens) and tokens[j].start < form_start:
        tok = tokens[j]
        if j > i and _gap_breaks(text, tokens[j - 1], tok):
            return None
        if tok.is_word and not (tok.is_cap or tok.text.isdigit()) or not tok.is_word and tok.text not in _NAME_MARKS \
                and not (tok.text == "," and j + 1 < len(tokens) and tokens[j + 1].start >= form_start):
            return None   # (a lower-case word: the name ended before it)
        if tok.is_word and tok.is_cap and not tok.text.isupper() and _function_word(tok.low):
            return None   # `W`, `Zaprasza`: no company's name opens with it
        j += 1
    if j == i:
        return None
    while j < len(tokens) and tokens[j].start < form_end:
        j += 1
    if j + 1 < len(tokens) and tokens[j].low in ("z", "ze") and tokens[j + 1].is_cap \
            and not _gap_breaks(text, tokens[j], tokens[j + 1]) and gazetteer().is_place(tokens[j + 1].text):
        j += 2   # `IPC sp. z o.o. z Wrocławia`: the company's town
    return j


@functools.lru_cache(maxsize=50_000)
def _function_word(low: str) -> bool:
    readings = analyse(low)
    return bool(readings) and all(r.pos in _NOT_IN_NAME_POS for r in readings)


def is_company_name(name: str) -> bool:
    """Does the name end in a company's legal form?"""
    return any(m.end() == len(name.rstrip()) for m in _legal_form_re().finditer(name))
