"""The venue of one row of a schedule of meetings.

`3 marca, godz. 17.00, OSP Bzie`, `12 maja – os. Słoneczne, godz. 17.00, Szkoła Podstawowa
nr 4`, `• Zalesie – 26 lutego, godz. 18:00, świetlica wiejska, Zalesie 12`, a table whose
cells stand on separate lines: read cell by cell, a town cell giving the city.
"""
from __future__ import annotations

import re

from nlp.org_names import tokenize
from nlp.venue_context import DATE_OR_TIME_RE
from nlp.venue_names import (address_at, ADDRESS_RE, city_name, line_bounds, read_venue_name, town_before,
                             VILLAGE_ADDRESS_RE)
from nlp.venue_towns import is_town
from nlp.vocabulary import is_event_noun


_CELL_SPLIT_RE = re.compile(r"\s*(?:[,;|\t()]|\s[–-]\s|\n)\s*")


def schedule_row_venue(text: str, row_start: int, start: int, end: int) -> tuple | None:
    """The venue of one schedule row, read cell by cell: a town cell gives the city, the
    first cell that is a place's name is the venue (a cell that runs on into a sentence,
    `Koło Gospodyń Wiejskich z X zorganizowało…`, is a subject, not a place), a street
    cell its address. (name span, address span, city, explicit) for `add`, or None."""
    line_start = line_bounds(text, row_start)[0]
    city = town_before(text, line_start, _row_date_start(text, line_start, row_start)) \
        or _town_line_before(text, line_start)   # `• Zalesie – 26 lutego…`, a table's village cell above
    name_span = None
    pos = start
    for _ in range(6):
        if pos >= end:
            break
        cut = _CELL_SPLIT_RE.search(text, pos, end)
        cell_end = cut.start() if cut else end
        piece = text[pos:cell_end].strip()
        if piece and not DATE_OR_TIME_RE.fullmatch(piece) and not re.fullmatch(r"(?:godz\.?\s*)?[\d.:⁰¹²³⁴⁵⁶⁷⁸⁹ \-–]+", piece):
            town = city_name(piece) if len(piece.split()) <= 3 and is_town(piece) else None
            if town and name_span is None:
                city = town
            elif name_span is None:
                tokens = tokenize(text, pos, cell_end)
                res = read_venue_name(text, tokens, 0, allow_plain_cap=False) if tokens else None
                if res is None or is_event_noun(tokens[0].text) or tokens[res[0] - 1].end < cell_end - 1:
                    if not ADDRESS_RE.match(piece):
                        break   # the row has moved on to what happens, or whose it is
                else:
                    name_span = (tokens[0].start, tokens[res[0] - 1].end)
                    city = res[1] or city
            else:
                address = address_at(text, pos, cell_end)
                if address:
                    if address.re is VILLAGE_ADDRESS_RE:
                        city = city_name(address.group(1)) or city
                    return name_span, address.span(), city, city is not None
                break
        if not cut:
            break
        pos = cut.end()
    if name_span is None:
        return None
    return name_span, None, city, city is not None


def _town_line_before(text: str, line_start: int) -> str | None:
    """The town on the line above, when that line is nothing but a town (a table's cell)."""
    prev_end = len(text[:line_start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    line = text[prev_start:prev_end].strip(" \t|•*-–")
    return city_name(line.title() if line.isupper() else line) if line and len(line.split()) <= 3 \
        and is_town(line.title() if line.isupper() else line) else None


def _row_date_start(text: str, line_start: int, cell_start: int) -> int:
    """Where a schedule row's date begins (the first digit or weekday on its line)."""
    m = re.search(r"\d|\b(?:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\b", text[line_start:cell_start],
                  re.IGNORECASE)
    return line_start + m.start() if m else cell_start


def _town_cell(text: str, start: int, end: int) -> tuple[int, str] | None:
    """`Celejów, świetlica wiejska`: a town opening a schedule cell, then a comma (the start
    of what follows and the town's name)."""
    m = re.match(r"([A-ZŁŚŻŹĆ][\w-]+(?:\s[A-ZŁŚŻŹĆ][\w-]+){0,2})\s*,\s*", text[start:end])
    if not m or not is_town(m.group(1)):
        return None
    return start + m.end(), city_name(m.group(1)) or m.group(1)
