"""The items of a meeting's agenda (`wg następującego porządku:` / `1. Otwarcie obrad.` / `2. …`).

An item is what the meeting will discuss, so the bodies and dates it names are its topic: `4.
Realizacja kalendarza imprez organizowanych przez Starostwo X` names who organised those events,
not who convenes the meeting. The agenda opens at a line naming it (`agenda_heads` in
`lexicons/organiser_frames.json`) and runs over the numbered or bulleted lines after it, blank
lines between them included, up to the first line that opens no item.
"""
from __future__ import annotations

import functools
import re

from nlp.vocabulary import lexicon

__all__ = ["agenda_items", "in_agenda"]

_HEAD_REST_MAX = 80
_ITEM_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z]\)|[•\-–*])[ \t]")


@functools.cache
def _agenda_head_re() -> re.Pattern[str]:
    heads = sorted(lexicon("organiser_frames.json")["agenda_heads"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(head.split()) for head in heads) + r")(?!\w)",
                      re.IGNORECASE)


def agenda_items(text: str) -> list[tuple[int, int]]:
    """The spans of the agendas' item lines, from the first item to the end of the last."""
    out = []
    for head in _agenda_head_re().finditer(text):
        line_end = text.find("\n", head.end())
        rest = text[head.end():line_end].strip() if line_end >= 0 else ""
        if line_end < 0 or rest and not rest.endswith(":") or len(rest) > _HEAD_REST_MAX:
            continue   # (`Porządek obrad XX sesji:` heads a list; `… porządek obrad jest na stronie` none)
        start = end = None
        pos = line_end + 1
        while pos < len(text):
            next_break = text.find("\n", pos)
            next_break = len(text) if next_break < 0 else next_break
            line = text[pos:next_break]
            if line.strip() and not _ITEM_RE.match(line):
                break
            if line.strip():
                start, end = start if start is not None else pos, next_break
            pos = next_break + 1
        if start is not None:
            out.append((start, end))
    return out


def in_agenda(items: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in items)
