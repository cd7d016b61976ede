"""One entry per funding source, however often and however a page states it.

A page repeats its funding: in a footer, a logo line, a report sentence. Entries that name
the same source are merged: a bare `Unia Europejska` beside the EU fund it holds, a bare
`Województwo` beside the named one, a funder
repeated without its programme, the same programme written twice (`2014-2020` and
`2014 – 2020`), and an unlisted name that is a misspelt listed one (`Europejskiego Fuduszu
Społecznego` beside `Europejskiego Funduszu Społecznego`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

_UNION = "Unia Europejska"
_EU_FUNDS = {"Europejski Fundusz Społeczny Plus", "Europejski Fundusz Społeczny", "Europejski Fundusz Rozwoju Regionalnego",
             "Fundusz Spójności", "Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich",
             "Fundusz na rzecz Sprawiedliwej Transformacji", "Europejski Fundusz Pomocy Najbardziej Potrzebującym"}
_WORD_RE = re.compile(r"[^\W_]{3,}")
_SAME_NAME = 2 / 3       # share of an unlisted name's words that a listed name must hold
_SAME_PROGRAMME = 0.5    # overlap of two programme names of one funder that makes them one


@dataclass(frozen=True, slots=True)
class Funding:
    funder: str
    programme: str | None
    span: tuple[int, int]
    text: str
    listed: bool = True   # the funder came from the lexicon or a public body, not from a bare name

    def as_dict(self) -> dict:
        return {"funder": self.funder, "programme": self.programme, "text": self.text, "span": list(self.span)}


def _stems(name: str) -> set[str]:
    """Word beginnings (five letters) that tell two spellings of a name apart from two names
    (its period's years apart: `PROW 2007-2013` named beside `PROW 2014-2020` is one programme)."""
    return {w.lower()[:5] for w in _WORD_RE.findall(name) if not w.isdigit()}


def _overlap(a: str, b: str) -> float:
    sa, sb = _stems(a), _stems(b)
    return 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0


def _misspells(unlisted: str, listed: str) -> bool:
    """Most words shared, and every other word a slip of one of the listed name's
    (`Fuduszu` for `Funduszu`: the same first letters), not a different word (`Społecznego`
    for `Rozwoju`)."""
    stems, target = _stems(unlisted), _stems(listed)
    shared = stems & target
    return len(shared) >= max(2, _SAME_NAME * len(stems)) and all(
        any(t[:2] == s[:2] for t in target - shared) for s in stems - shared)


def _alias(found: list[Funding]) -> list[Funding]:
    """An unlisted name that misspells a listed funder of the page is that funder."""
    listed = list(dict.fromkeys(item.funder for item in found if item.listed))
    out = []
    for item in found:
        match = None if item.listed else next((name for name in listed if _misspells(item.funder, name)), None)
        out.append(replace(item, funder=match, listed=True) if match else item)
    return out


def merge(found: list[Funding]) -> list[Funding]:
    """One entry per funding source (see the module's description)."""
    found = _alias(found)
    out: list[Funding] = []
    has_eu_fund = any(item.funder in _EU_FUNDS for item in found)
    with_programme = {item.funder for item in found if item.programme}
    named = {item.funder for item in found if " " in item.funder}
    for item in found:
        if item.funder == _UNION and item.programme is None and has_eu_fund:
            continue
        if " " not in item.funder and item.programme is None and any(n.startswith(item.funder + " ") for n in named):
            continue   # `z budżetu Województwa` beside `Województwa Zachodniopomorskiego`: that one
        if item.programme is None and item.funder in with_programme:
            continue
        if any(o.funder == item.funder and (o.programme == item.programme or (
                o.programme and item.programme and _overlap(o.programme, item.programme) >= _SAME_PROGRAMME))
               for o in out):
            continue
        out.append(item)
    return out
