"""A room named before the building it is in, the two joined by a comma: `sala Dębowa,
Wojewódzka i Miejska Biblioteka Publiczna im. C. Norwida, al. Wojska Polskiego 9`. The guide
keeps a room with its building, so both make one venue name, and the building's street is its
address."""
from __future__ import annotations

import re

from nlp.org_words import tokens_within
from nlp.text_lines import line_bounds
from nlp.venue_addresses import address_at
from nlp.venue_names import read_venue_name
from nlp.venue_words import is_room

__all__ = ["building_after_room"]

_COMMA_THEN_CAPITAL_RE = re.compile(r",[ \t]+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def building_after_room(text: str, name: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """(the room and its building's span, the building's address span or None) when the venue
    name at `name` is a room and a building's name follows it after a comma on its line."""
    first = re.match(r"\w+", text[name[0]:name[1]])
    comma = _COMMA_THEN_CAPITAL_RE.match(text, name[1])
    if first is None or comma is None or not is_room(first.group()):
        return None
    line_end = line_bounds(text, name[1])[1]
    tokens = tokens_within(text, comma.end(), min(line_end, comma.end() + 160))
    if not tokens:
        return None
    found = read_venue_name(text, tokens, 0, allow_plain_cap=False)
    if found is None or found[0] < 2:
        return None
    end = tokens[found[0] - 1].end
    address = address_at(text, end, line_end)
    return (name[0], end), address.span() if address else None
