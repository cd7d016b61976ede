"""The sentence around a date: where it begins before the date and ends after it, found with
str.find and str.rfind over a window of the text (no regex scan), and the few characters
before a position that a cue is read in.
"""
from __future__ import annotations

__all__ = ["left_of", "left_sentence", "right_sentence"]

# A sentence ends at a stop before a capital letter (not after `ul.`, `godz.`, `dr` or an
# initial), at a blank line, or at a line break or table cell border (`|`) after a line or
# cell that does not end in a colon ("Termin:\n19.10.2023", "data udostępnienia: | 2011-10-28"
# are one sentence). Found with str.rfind/find: no regex scan.
_ABBREVIATIONS = frozenset(("ul", "al", "pl", "os", "im", "św", "prof", "dr", "hab", "mgr", "inż", "ks", "godz",
                            "nr", "tel", "ok", "in", "tzw", "np", "ww", "sp", "zs", "pok", "kl", "gm", "woj", "pow",
                            "ks", "płk", "gen", "pkt", "ust", "art", "zał", "poz", "rozdz", "wg", "ds", "tut",
                            "pt", "pn", "tj"))   # (`szkolenie pt. „Zdrowa żywność”`: a title follows)
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĄĆĘŁŃÓŚŹŻ„\"")
_WINDOW = 200


def _boundary_at(text: str, j: int) -> bool:
    """Is the character at `j` (a stop, a line break, a table cell's `|`) the end of a sentence?"""
    ch = text[j]
    if ch in "\n|":
        k = j - 1
        while k >= 0 and text[k] in " \t\r\xa0":
            k -= 1
        return k < 0 or text[k] not in ":–-"
    k = j + 1
    n = len(text)
    if k >= n or not text[k].isspace():
        return False
    while k < n and text[k].isspace():
        k += 1
    if k >= n or text[k] not in _CAPITALS:
        return False
    if ch == ".":
        w = j
        while w > 0 and text[w - 1].isalpha():
            w -= 1
        word = text[w:j]
        if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
            return False
    return True


def left_of(text: str, pos: int, width: int = 40) -> str:
    """The `width` characters before `pos` (fewer at the text's start): the context a cue is read in."""
    return text[max(0, pos - width):pos]


def left_sentence(text: str, start: int, window: int = _WINDOW) -> str:
    """The part of the date's sentence before it (at most `window` characters)."""
    lo = max(0, start - window)
    i = start
    while i > lo:
        j = max(text.rfind("\n", lo, i), text.rfind(".", lo, i), text.rfind("!", lo, i), text.rfind("?", lo, i),
                text.rfind("|", lo, i))
        if j < 0:
            break
        if _boundary_at(text, j) and text[j + 1:start].strip():
            return text[j + 1:start]
        i = j
    return text[lo:start]


def right_sentence(text: str, end: int) -> str:
    hi = min(len(text), end + _WINDOW)
    i = end
    while i < hi:
        cands = [x for x in (text.find("\n", i, hi), text.find(".", i, hi), text.find("!", i, hi),
                             text.find("?", i, hi), text.find("|", i, hi)) if x >= 0]
        if not cands:
            break
        j = min(cands)
        if _boundary_at(text, j):
            return text[end:j + 1]
        i = j + 1
    return text[end:hi]
