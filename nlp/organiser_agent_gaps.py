"""What may stand between a participle describing an event and its agent's `przez`: the
programme the event belongs to, the place and day it was held, those it was for, the body on
whose behalf it was held, `m.in.` (`zorganizowanej 5 maja w Lipnie dla seniorów przez X`).
Each reader returns the index of `przez` (or of a partner phrase) after what it skips, else
the index it was given.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.org_names import DATE_LEMMAS, Token, lemma_set
from nlp.organiser_grammar import frames, is_finite_verb, phrase_at

__all__ = ["past_among_others", "past_audience", "past_behalf", "past_date", "past_framework", "past_place"]


def past_framework(tokens: Sequence[Token], k: int, limit: int = 16) -> int:
    """The index of `przez` after a `w ramach …` phrase naming the project or programme the
    event belongs to (else k)."""
    if k > 0 and tokens[k - 1].low == "w" and tokens[k].low == "ramach":
        k -= 1   # (`w` read as glue before it)
    if k + 1 >= len(tokens) or (tokens[k].low, tokens[k + 1].low) != ("w", "ramach"):
        return k
    for m in range(k + 2, min(k + limit, len(tokens))):
        if tokens[m].low == "przez":
            return m
        if tokens[m].text in (".", ";", ":", "!", "?") or (tokens[m].is_word and not tokens[m].is_cap
                                                          and is_finite_verb(tokens[m].text)) \
                or _FINANCED_RE.match(tokens[m].low):
            return k   # (`w ramach projektu „X”, współfinansowanego przez Unię Europejską`: who pays)
    return k


_FINANCED_RE = re.compile(r"(?:współ|do|s)?finansowan")


def past_place(tokens: Sequence[Token], k: int, limit: int = 6) -> int:
    """The index of `przez` (or of a partner phrase) after the place the event was held in
    (`zorganizowanej w Rzeszowie przez X`, `zorganizowane w Hotelu Lipa we Wrocławiu przy
    współpracy X`), maybe past the day after it, else k."""
    at = k - 1 if 0 < k < len(tokens) and tokens[k - 1].low in ("w", "we") else k   # (`w` read as glue)
    if at + 2 >= len(tokens) or tokens[at].low not in ("w", "we") or not tokens[at + 1].is_cap:
        return k
    for m in range(at + 2, min(at + 2 + limit, len(tokens))):
        if tokens[m].low == "przez" or phrase_at(tokens, m, frames().partner_phrases) is not None:
            return m
        if not (tokens[m].is_word and (tokens[m].is_cap or tokens[m].low in ("w", "we"))):
            dated = past_date(tokens, m)   # (`zorganizowana w Warszawie 4 grudnia 2020 r. przez X`)
            return dated if dated > m else k
    return k


def past_audience(tokens: Sequence[Token], k: int, limit: int = 10) -> int:
    """The index of `przez` after those the event is for (`konferencji organizowanej dla
    przedstawicieli jednostek sektora publicznego przez Departament X`), else k."""
    if k >= len(tokens) or tokens[k].low != "dla":
        return k
    for m in range(k + 1, min(k + limit, len(tokens))):
        if tokens[m].low == "przez":
            return m
        if not tokens[m].is_word or is_finite_verb(tokens[m].text):
            return k
    return k


_DATE_GLUE = frozenset({"r", "roku", "dnia", "dn", "w", "dniu", "br", "b", "bm", ",", "."})


def past_among_others(tokens: Sequence[Token], k: int) -> int:
    """The index after `m.in.` (`między innymi`) at tokens[k]: the agents that follow are some of them."""
    if [t.low for t in tokens[k:k + 4]] == ["m", ".", "in", "."]:
        return k + 4
    return k + 2 if [t.low for t in tokens[k:k + 2]] == ["między", "innymi"] else k


def past_behalf(tokens: Sequence[Token], k: int, limit: int = 12) -> int:
    """The index of `przez` after a phrase naming on whose behalf or commission the event was
    held (`w imieniu Marszałka Województwa X`, `na zlecenie Gminy Y`), else k; that body is read
    by the phrase's own frame."""
    stop = phrase_at(tokens, k, frames().initiative_phrases)
    if stop is None:
        return k
    for m in range(stop, min(len(tokens), stop + limit)):
        if tokens[m].low == "przez":
            return m
        if tokens[m].text in (".", ";", ":") or tokens[m].is_word and not tokens[m].is_cap and m > stop \
                and tokens[m].low not in ("i", "oraz"):
            return k   # (the clause goes on: no agent named after the phrase)
    return k


def past_date(tokens: Sequence[Token], k: int, limit: int = 8) -> int:
    """The index of `przez` or of a partner phrase after the day the event was held on
    (`przygotowane 5 maja 2024 r. przez X`, `zorganizowanej w piątek, 30 maja br. przez X`,
    `zorganizowana w dn. 16-17 lutego we współpracy z X`), else k."""
    m = k
    while m < len(tokens) and m - k < limit and (tokens[m].text.replace("-", "").isdigit()
                                                 or tokens[m].low in _DATE_GLUE
                                                 or lemma_set(tokens[m].low) & DATE_LEMMAS):
        m += 1
    if m > k:
        m = past_among_others(tokens, past_place(tokens, m))   # (`zorganizowane 5 maja w Lipnie przez X`)
    agent = m < len(tokens) and (tokens[m].low == "przez" or phrase_at(tokens, m, frames().partner_phrases) is not None)
    return m if m > k and agent else k
