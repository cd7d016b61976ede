"""Table rows a page's text lost the line breaks of, given them back.

A table copied out of a page can come as one line: cells apart by tabs, rows apart only by a
run of spaces before each row's number (`Lp.\tSołectwo\tData  1.\tBORKI\t3 marca 2023\t10:00\t
Świetlica  2.\tLIPNO\t…`). The rules that read a schedule row by row then see one row. The
first space before each numbered row becomes a line break, so every position in the text stays
where it was and every span found in the restored text is a span of the original.
"""
from __future__ import annotations

import re

# a run of spaces, then a row's number (or the `Lp.` header) and its first cell after a tab
_ROW_START_RE = re.compile(r"(?<=\S)[ \xa0]{2,}(?=(?:\d{1,3}\.|Lp\.)[ \xa0]*\t)")
_MIN_ROWS = 2


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
