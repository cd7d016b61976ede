"""How far a list of names set out on lines reaches: to the first blank line, or over the
blank lines between its bulleted items, or between paragraphs that are each a name alone."""
from __future__ import annotations

import re

__all__ = ["bulleted_block_end"]


_BULLET_RE = re.compile(r"\n\s*\n([ \t]*[–—•·▪*-][ \t])")


# a paragraph of one short line that may be a name: capitalised, no sentence's full stop or colon at its end
_NAME_PARAGRAPH_RE = re.compile(r"[ \t]*[A-ZĄĆĘŁŃÓŚŹŻ„\"][^\n]{2,100}?(?<![.:!?])[ \t]*")


def bulleted_block_end(text: str, start: int) -> tuple[int, int]:
    """Where the block of lines at `start` ends (-1: at the text's end) and how far it may reach:
    at the first blank line, unless the block is an item of a list whose items are set apart by
    blank lines, bulleted (`– A,` / `` / `– B`) or a name alone in each paragraph, which runs to
    its last item."""
    end = text.find("\n\n", start)
    bullet = text[start:start + 8].lstrip()[:1]
    if not bullet or bullet not in "–—•·▪*-":
        # `Instytut X,` / `` / `Towarzystwo Y` / `` / `Urząd Z`: a name alone in each paragraph
        paragraphs, start = 0, len(text) - len(text[start:].lstrip("\n \t"))
        end = text.find("\n\n", start)
        while end != -1 and paragraphs < 8 and _NAME_PARAGRAPH_RE.fullmatch(text, start, end):
            nxt = len(text) - len(text[end:].lstrip("\n \t"))
            following = text.find("\n\n", nxt)
            if not _NAME_PARAGRAPH_RE.fullmatch(text, nxt, following if following != -1 else len(text)):
                break
            start, end, paragraphs = nxt, following, paragraphs + 1
        return end, 800 if paragraphs else 400
    while end != -1:
        m = _BULLET_RE.match(text, end)
        if not m or m.group(1).strip() != bullet:
            break
        end = text.find("\n\n", m.end())
    return end, 800
