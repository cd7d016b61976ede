"""Where a place's name ends at a line break: a newline that a writer wrapped running text at
is inside the name; one that ends a table's cell, or a line ending in the place's seat, ends it.
"""
from __future__ import annotations

import re

__all__ = ["hard_wrapped", "seat_line_end"]


_SEAT_LINE_END_RE = re.compile(r"\s(?:w|we)\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+)?[ \t]*$")


def seat_line_end(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`świetlica wiejska w Sińcu` / `Statut Sołectwa Siniec`: a place whose seat ends its line
    ends there (a table's next cell is on the next line)."""
    newline = text.find("\n", span[0], span[1])
    if newline > span[0] and _SEAT_LINE_END_RE.search(text, span[0], newline):
        return span[0], newline
    return span


_HARD_WRAP = 60   # a line at least this long, broken by a single newline, was wrapped by its writer


def hard_wrapped(text: str, end: int, start: int) -> bool:
    """Is the newline between text[:end] and text[start:] a wrap inside running text (`w
    siedzibie Urzędu` / `Marszałkowskiego Województwa …` on lines of prose), not a cell's end?"""
    gap = text[end:start]
    if gap.count("\n") != 1 or not text[start:start + 1].isupper():
        return False
    return end - (text.rfind("\n", 0, end) + 1) >= _HARD_WRAP
