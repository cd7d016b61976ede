"""The line holding a position: many rules read a page line by line (a table row, a list item,
a byline), so one definition of where a line starts and ends serves them all."""
from __future__ import annotations


def end_of_line(text: str, pos: int) -> int:
    """Where the line holding `pos` ends: its line break, or the text's end."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding `pos`, without its line break."""
    return text.rfind("\n", 0, pos) + 1, end_of_line(text, pos)
