"""Numbers that open a line: a table's column of days written `15/05` (a date only where the
lines around it open the same way), an agenda's sub-items (`4.1 powołanie komisji` under
`4. Wybór …`) or a statute's sections (`3.1.` under `Artykuł 3.`), which look like days and months
but number items, and a table's row numbers alone on their lines, which bound a row flattened one
cell per line (`1` / `17 czerwca 2021 r. (czwartek)` / `Zespół Szkół …` / `17:00` / `2` / …); and
where a line ends, which the readers of rows and programmes ask."""
from __future__ import annotations

import re

from nlp.dates_lexicon import LEXICON, alternation

__all__ = ["ROW_NUMBER_CELL_RE", "row_end", "slash_row_at", "sub_item_number", "under_row_number"]

# "15/05 BOK, ul. Limanowskiego 166": a table's day and month opening its row
_SLASH_ROW_RE = re.compile(r"(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?=[ \t\r\n]|$)")
_SLASH_HEADING_RE = re.compile(r"(?m)^[ \t]*[0-3]?\d/[01]\d[ \t]*\r?$")
_SLASH_LINE_RE = re.compile(r"(?m)^[ \t]*[0-3]?\d/[01]?\d[ \t]")
_SECTION_HEAD = alternation(LEXICON["section_heads"])


def slash_row_at(text: str, start: int) -> re.Match | None:
    """`15/05` opening its line, with the line above or below opening the same way (a table's
    column of days, not a number or a fraction said once), as a match with `day` and `month`."""
    m = _SLASH_ROW_RE.match(text, start)
    line_start = text.rfind("\n", 0, start) + 1
    if not m or not (1 <= int(m.group("month")) <= 12 and 1 <= int(m.group("day")) <= 31) \
            or text[line_start:start].strip(" \t"):
        return None
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    below = text.find("\n", start)
    rows = bool(line_start and _SLASH_LINE_RE.match(text, above, line_start)) \
        or (below >= 0 and bool(_SLASH_LINE_RE.match(text, below + 1)))
    # `23/05` alone on its line, a programme's day heading, where another day heads its part
    headings = _SLASH_HEADING_RE.match(text, start) and len(_SLASH_HEADING_RE.findall(text)) > 1
    return m if rows or headings else None


def sub_item_number(text: str, start: int, first: int) -> bool:
    """Does the number at `start` open its line under an item numbered with its first part
    (`4. Podjęcie uchwały` above `4.1 powołanie komisji`, `Artykuł 3.` above `3.1. Założycielem …`)?"""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t\xa0"):
        return False
    above = text[max(0, line_start - 600):line_start]
    return bool(re.search(rf"(?m)^[ \t\xa0]*{first}\.[ \t\xa0]+[^\W\d]", above)
                or re.search(rf"(?im)^[ \t\xa0]*(?:{_SECTION_HEAD})[ \t\xa0]*{first}(?!\d)", above))   # `Artykuł 3.`


# a table's row number standing alone in its cell, a line of its own (`1`, `2.`)
ROW_NUMBER_CELL_RE = re.compile(r"^[ \t|]*\d{1,3}[.)]?[ \t|]*$", re.MULTILINE)


def under_row_number(text: str, line_start: int) -> bool:
    """Is the line the first cell of a table's numbered row, its number alone on the line above
    (blank lines between)?"""
    above = text[:line_start].rstrip()
    return bool(above) and bool(ROW_NUMBER_CELL_RE.fullmatch(above, above.rfind("\n") + 1))


def row_end(text: str, pos: int) -> int:
    """Where the numbered row holding `pos` ends: at the next row's number cell, or the text's end."""
    m = ROW_NUMBER_CELL_RE.search(text, pos)
    return m.start() if m else len(text)
