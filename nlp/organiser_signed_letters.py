"""An invitation signed in the middle of a page: `Serdecznie zapraszam do udziału w konferencji.`
/ `Anna Nowak` / `Burmistrz Miasta Lipna`, with the conference's programme after the signature,
so the signature is not on the page's last lines."""
from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.org_names import Token, tokenize
from nlp.organiser_grammar import Span, we_organise
from nlp.organiser_signature import office_line, person_line

__all__ = ["signed_invitation"]

_BLANK_LINE_RE = re.compile(r"\n[ \t\xa0]*\n")
_SIGNATURE_LINES = 2


def signed_invitation(text: str, tokens: Sequence[Token]) -> list[Span]:
    """The holder and office signing the paragraph whose verb invites in the first person
    (`zapraszam`, `zapraszamy`), on the two lines right under it."""
    for tok in tokens:
        if not tok.is_word or not we_organise(tok.text):
            continue
        blank = _BLANK_LINE_RE.search(text, tok.end)
        if blank is None:
            return []
        lines = _lines_after(text, blank.end())
        if len(lines) == _SIGNATURE_LINES and person_line(text, lines[0]):
            start, line = lines[1]
            office = office_line(text, tokenize(text, start, start + len(line.rstrip())))
            holder = next(t for t in tokenize(text, lines[0][0], start) if t.is_word)   # (past a `/-/` mark)
            if office:
                return [(holder.start, office[1])]
        return []
    return []


def _lines_after(text: str, start: int) -> list[tuple[int, str]]:
    """The lines from `start` up to the next blank line, if there are no more than two of them."""
    end = _BLANK_LINE_RE.search(text, start)
    block = text[start:end.start() if end else len(text)]
    out, pos = [], start
    for line in block.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out if len(out) <= _SIGNATURE_LINES else []
