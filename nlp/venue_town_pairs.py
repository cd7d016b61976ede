"""A town said alone right before a venue that names none (`odbędzie się w Lublinie, w sali
konferencyjnej…`, `w Lipiu – 12 marca o godz. 17.00 w świetlicy`): the venue's city, not a
place of its own."""
from __future__ import annotations

import re

from nlp.venue_merge import Venue
from nlp.venue_rows import only_date_and_time

__all__ = ["town_then_venue"]


# `w Lublinie, w sali…`; `W Budzieniu punktualnie o godz. 16.00 w wiacie…`: a time may stand between them
_BETWEEN_TOWN_AND_VENUE_RE = re.compile(r"\s*,?\s*(?:(?:a\s+)?(?:dokładnie|dokładniej|konkretnie|czyli|tj\.)\s+)?"
                                        r"(?:w|we|na)?\s*"
                                        r"|[ \t,]+(?:\w+[ \t]+)?(?:o\s+)?(?:godz\.?|godzinie)?\s*"
                                        r"\d{1,2}(?:[.:]\d{2})?,?[ \t]+(?:w|we|na)[ \t]+")


# `w Lipiu – 12 marca o godz. 17.00 w świetlicy`: a schedule item's town, its date, then its place
_DATED_GAP_RE = re.compile(r"\s*[–-]\s*(.+?)[ \t]+(?:w|we|na)[ \t]+")


# `Zebranie w sołectwie Lipie odbędzie się 12 marca 2024 r. o godz. 17.00 w świetlicy`: one sentence
_SAME_SENTENCE_GAP_RE = re.compile(r"(?:[^\n.!?;]|(?<=\b[rk])\.|(?<=\bgodz)\.|(?<=\d)\.(?=\d))*[ \t]+(?:w|we|na)[ \t]+")


_RIGHT_BEFORE_RE = re.compile(r"[ \t]+(?:w|we)[ \t]+")


def _town_before_venue(gap: str) -> bool:
    """What stands between a town said alone and a place with no town makes the town the
    place's: a comma, a date and time, the rest of one sentence."""
    dated = _DATED_GAP_RE.fullmatch(gap)
    return bool(_BETWEEN_TOWN_AND_VENUE_RE.fullmatch(gap) or (dated and only_date_and_time(dated.group(1)))
                or (len(gap) <= 120 and _SAME_SENTENCE_GAP_RE.fullmatch(gap)))


def town_then_venue(text: str, found: list[Venue]) -> list[Venue]:
    """`odbędzie się w Lublinie, w sali konferencyjnej…`: a town said right before the
    venue is the venue's city, not a place of its own."""
    found = sorted(found, key=lambda v: v.span[0])
    out: list[Venue] = []
    for k, venue in enumerate(found):
        if not venue.name and not venue.address and venue.city and k + 1 < len(found):
            nxt = found[k + 1]
            gap = text[venue.span[1]:nxt.span[0]]
            if nxt.city is None and _town_before_venue(gap) or nxt.city and _RIGHT_BEFORE_RE.fullmatch(gap):
                # (`w Suchem w filii Gminnego Ośrodka Kultury w Lipnie`: the branch is in the town said
                # first; the town in its name is its parent body's seat)
                nxt.city, nxt.city_explicit = venue.city, True
                continue
        out.append(venue)
    return out
