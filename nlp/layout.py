"""Line breaks a page's text lost or gained, put right before it is read.

A table copied out of a page can come as one line: cells apart by tabs, rows apart only by a
run of spaces before each row's number (`Lp.\tSołectwo\tData  1.\tBORKI\t3 marca 2023\t10:00\t
Świetlica  2.\tLIPNO\t…`). The rules that read a schedule row by row then see one row. The
first space before each numbered row becomes a line break.

A paragraph copied with its display's line breaks (`odbyło się` / `w Istebnej`) splits its
sentences, and the rules read within one sentence or line; such a break becomes a space.

A list item's dash glued to the number it opens with (`-18 kwietnia`) becomes a space.

Quotation marks a wrong encoding turned into question marks (`Stowarzyszenie ?Razem dla Wsi?`)
are put back (`„Razem dla Wsi”`): a question mark glued to the capital after it, its pair glued
to the word before it.

A word printed letter-spaced for emphasis (`O B W I E S Z C Z E N I E`, `z a w i a d a m i a m`)
is written whole, followed by the spaces it saved.

All keep the text's length, so every span found in the text read is a span of the original.
"""
from __future__ import annotations

import re

# a run of spaces, then a row's number (or the `Lp.` header) and its first cell after a tab
_ROW_START_RE = re.compile(r"(?<=\S)[ \xa0]{2,}(?=(?:\d{1,3}\.|Lp\.)[ \xa0]*\t)")
_MIN_ROWS = 2


_NEWLINE_RE = re.compile("\n")
_WRAP_MIN_LINE = 40   # a line as long as a wrapped paragraph's (a heading or a cell is shorter)
_DATE_LINE_HEAD = 16
_WRAPPED_LINE_END = ",”\")"   # besides a word: a comma, a closing quotation mark or parenthesis


def join_wrapped_lines(text: str) -> str:
    """The text with the line breaks of a wrapped paragraph turned into spaces (the same
    length): a line at least `_WRAP_MIN_LINE` long ending in a word or a comma, the next
    opening with a lower-case word (`odbyło się` / `w Istebnej`); in a paragraph so wrapped,
    also a full line's break before a capital (`oraz Małopolskiego` / `Ośrodka`)."""
    breaks = [k for k in _line_breaks(text) if _wrapped_at(text, k)]
    if not breaks:
        return text
    breaks += _capital_wraps(text, set(breaks))
    chars = list(text)
    for k in breaks:
        chars[k] = " "
    return "".join(chars)


def _line_breaks(text: str) -> list[int]:
    return [m.start() for m in _NEWLINE_RE.finditer(text)]


def _wrapped_at(text: str, k: int) -> bool:
    if k == 0 or k + 1 >= len(text):
        return False
    before, after = text[k - 1], text[k + 1]
    if not (before in _WRAPPED_LINE_END or before.isalpha()) or not (after.isalpha() and after.islower()):
        return False
    if any(c.isdigit() for c in text[k + 1:k + 1 + _DATE_LINE_HEAD]):
        return False   # (`wtorek, 04 lutego 2014 13:37`: a date line under a heading)
    return k - (text.rfind("\n", 0, k) + 1) >= _WRAP_MIN_LINE


_WRAP_SLACK = 25   # how much shorter than its paragraph's longest line a wrapped line may be
_PARAGRAPH_RE = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*")


def _capital_wraps(text: str, wrapped: set[int]) -> list[int]:
    """In a paragraph wrapped at a width (some break in it is one), the breaks of its other
    full-width lines ending in a word before a capital (`… oraz Małopolskiego` / `Ośrodka
    Wspierania …`): a name run over the wrap."""
    out = []
    for paragraph in _PARAGRAPH_RE.finditer(text):
        inner = [m.start() for m in _NEWLINE_RE.finditer(text, paragraph.start(), paragraph.end() - 1)]
        if not any(k in wrapped for k in inner):
            continue
        starts = [paragraph.start()] + [k + 1 for k in inner]
        ends = inner + [paragraph.end()]
        width = max(e - s for s, e in zip(starts, ends))
        listed = False   # (under `Organizatorzy:` one name a line: a list, each line its own)
        for k, line_start in zip(inner, starts):
            listed = listed or text[line_start:k].rstrip().endswith(":")
            if k not in wrapped and not listed and k - line_start >= max(_WRAP_MIN_LINE, width - _WRAP_SLACK) \
                    and text[k - 1].isalpha() and text[k + 1].isupper():
                out.append(k)
    return out


# `-18 kwietnia br. od godz. 8:00 …`: a list item's dash glued to the day it opens with
_GLUED_BULLET_RE = re.compile(r"(?m)^([ \t]*)-(?=\d)")


def unglue_bullets(text: str) -> str:
    """The text with a dash glued to a list item's first number made a space (the same length),
    so `-18 kwietnia` reads as the 18th, not as a range's end."""
    return _GLUED_BULLET_RE.sub(r"\1 ", text) if "\n-" in text or text.startswith("-") else text


def restore_table_rows(text: str) -> str:
    """The text with a line break opening each numbered row of a table flattened into one
    line (the same length: one space before each row is replaced)."""
    if "\t" not in text:
        return text
    starts = [m.start() for m in _ROW_START_RE.finditer(text)]
    if len(starts) < _MIN_ROWS:
        return text
    chars = list(text)
    for pos in starts:
        chars[pos] = "\n"
    return "".join(chars)


# five or more letters, each alone between single spaces (no Polish sentence strings five one-letter words)
_LETTER_SPACED_RE = re.compile(r"(?<!\S)(?:\w ){4,}\w(?!\w)")


def close_letter_spacing(text: str) -> str:
    """The text with each letter-spaced word written whole (`O B W I E S Z C Z E N I E` →
    `OBWIESZCZENIE` and the spaces it saved), so a notice's heading and verb read as words."""
    if " " not in text:
        return text
    return _LETTER_SPACED_RE.sub(lambda m: m.group().replace(" ", "").ljust(len(m.group())), text)


# `?Razem dla Wsi?`: an opening mark after a space and glued to a capital, a closing one glued to
# the word before it (a real question mark is never glued to the word after it)
_LOST_QUOTES_RE = re.compile(r"(?<![^\s(])\?(?=[A-ZĄĆĘŁŃÓŚŹŻ0-9])([^?\n]{1,100}?)(?<=[\w.!])\?(?=[\s,.;:)]|$)")


def restore_lost_quotes(text: str) -> str:
    """The text with each pair of quotation marks lost to question marks put back (the same length)."""
    if "?" not in text:
        return text
    return _LOST_QUOTES_RE.sub(lambda m: "„" + m.group(1) + "”", text)
