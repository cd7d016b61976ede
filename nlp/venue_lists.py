"""Places listed after `w:` in a sentence about events.

A series of meetings is often announced as one sentence whose places follow as a list:
`Dyżury odbędą się m.in. w:` / `- Urzędzie Gminy Kłoda,` / `- Gminnym Ośrodku Kultury w
Lipnie, ul. Polna 2`, or inline, `spotkania w: Urzędzie Miasta, Bibliotece Publicznej`.
Each item is in the locative the preposition asks for; it is a venue name, or a town
alone (`- Ostrołęce`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from nlp.morph import analyse, can_be, fold
from nlp.org_names import is_acronym, tokenize
from nlp.org_words import tokens_within
from nlp.text_lines import line_bounds
from nlp.venue_addresses import address_at, city_after
from nlp.venue_context import CONTACT_RE, DATE_OR_TIME_RE, EVENT_CUE_RE, HAPPEN_RE, is_submission, sentence_before
from nlp.venue_labels import venue_headed
from nlp.venue_names import read_venue_name
from nlp.venue_towns import town_name
from nlp.venue_words import folded_lemmas, is_adj, is_room, is_venue_noun, PREFER
from nlp.vocabulary import lexicon

Span = tuple[int, int]

# `odbędą się m.in. w:` / `w następujących miejscach:` / `w czterech miastach:` opens the list
_INTRO_RE = re.compile(r"\b(?:w|we)((?:\s+[a-ząćęłńóśźż]+){1,3})?\s*:[ \t]*")
_INLINE_GLUE_RE = re.compile(r"\s*[,;]\s*|\s+(?:i|oraz)\s+")
_ITEM_LEAD_RE = re.compile(r"[ \t]*(?:[-–•*▪●]|\d{1,2}[.)])?[ \t]*")
_MAX_ITEMS = 15
_BRACKETED_RE = re.compile(r"[ \t]*\(([^()\n]{3,60})\)")


def listed_places(text: str) -> Iterator[tuple[Span | None, Span | None, str | None, Span | None]]:
    """(name span, address span, city, town span) of each place listed after `w:`."""
    for intro in _INTRO_RE.finditer(text):
        if intro.group(1) and not folded_lemmas(intro.group(1).split()[-1]) & _list_nouns():
            continue   # (`w sprawie:`, `w programie:` open no places)
        sentence = sentence_before(text, intro.start(), 250)
        if not (HAPPEN_RE.search(sentence) or DATE_OR_TIME_RE.search(sentence) or EVENT_CUE_RE.search(sentence)) \
                or is_submission(text, intro.start()) or CONTACT_RE.search(sentence):
            continue
        for start, end in _items(text, intro.end()):
            found = _item_place(text, start, end)
            if found is not None:
                yield found


@functools.cache
def _list_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon("venue_cues.json")["list_place_nouns"])


def _items(text: str, pos: int) -> Iterator[Span]:
    """The items after the intro: the rest of its line split at commas before a capital,
    else the lines below (one blank line may open the list, the next closes it)."""
    _, line_end = line_bounds(text, pos)
    rest = text[pos:line_end]
    if rest.strip():
        at = pos
        glues = [g for g in _INLINE_GLUE_RE.finditer(rest) if "," in g.group() or ";" in g.group()
                 or _opens_place(rest[g.end():])]   # (not `Urzędzie Miasta i Gminy`)
        for glue in [*glues, None]:
            stop = pos + glue.start() if glue else line_end
            piece = text[at:stop]
            if piece.strip()[:1].isupper():
                yield at + len(piece) - len(piece.lstrip()), stop
            at = pos + glue.end() if glue else stop
        return
    at = line_end + 1
    if text[at:at + 1] == "\n":
        at += 1
    bulleted = None
    for _ in range(_MAX_ITEMS):
        if at >= len(text):
            return
        ls, le = line_bounds(text, at)
        if not text[ls:le].strip():
            return
        lead = _ITEM_LEAD_RE.match(text, ls, le)
        marked = bool(lead.group().strip())
        if bulleted and not marked:
            return   # (`– Lipno – 12.10.2014` / … / `Program artystyczny przedstawili …`: the list has ended)
        bulleted = marked if bulleted is None else bulleted
        yield lead.end(), le
        at = le + 1


def _opens_place(rest: str) -> bool:
    """After `i`/`oraz` in a list: another town or another place (`i Radomiu`, `i Bibliotece`)."""
    word = re.match(r"[A-ZŁŚŻŹĆ][\w-]*", rest)
    return bool(word) and (is_venue_noun(word.group()) or town_name(word.group(), PREFER.get()) is not None)


# `… w Miejskim Ośrodku Sportu w Żninie oraz MDK w Barcinie`: a second place joined to the first
_COORDINATED_RE = re.compile(r"[ \t]*(?:,?[ \t]*(?:oraz|i|a[ \t]+także)[ \t]+|,[ \t]*)(?:(?:w|we)[ \t]+)?"
                             r"(?=[A-ZŁŚŻŹĆ])")
_ITEM_END_RE = re.compile(r"[,;:!?\n(]|\.(?=\s)|\s(?:oraz|i)\s")


def coordinated_place(text: str, end: int) -> tuple[Span | None, Span | None, str | None, Span | None] | None:
    """The place joined by `oraz`, `i` or a comma right after a venue's name ending at `end`, in the
    locative the first one's preposition governs (`w Łabiszyńskim Domu Kultury oraz Miejsko-Gminnym
    Domu Kultury w Janowcu`, `w Urzędzie Gminy i OSP w Borkach`); a town alone is read with the towns."""
    joined = _COORDINATED_RE.match(text, end)
    if joined is None:
        return None
    stop = _ITEM_END_RE.search(text, joined.end(), min(len(text), joined.end() + 200))
    item_end = stop.start() if stop else min(len(text), joined.end() + 200)
    tokens = tokenize(text, joined.end(), item_end)
    first = tokens[0].text if tokens else ""
    if not (is_venue_noun(first) or is_acronym(first) or is_adj(first)) or not _may_be_locative(first):
        return None   # (not `w Bibliotece oraz Fundacja X zapraszają`: a nominative is a subject)
    if is_room(first) and "," in joined.group() and not re.search(r"\b(?:oraz|i)\b", joined.group()):
        return None   # (`w Domu Kultury, Sali Widowiskowej`: the building's room, not a second place)
    found = _item_place(text, joined.end(), item_end)
    return found if found is not None and found[0] is not None else None


def _may_be_locative(word: str) -> bool:
    """An acronym, a word Morfeusz does not know (`Miejsko-Gminnym`), or a locative form."""
    return is_acronym(word) or not analyse(word) or any(can_be(word, pos, case="loc") for pos in ("subst", "adj"))


def _item_place(text: str, start: int, end: int) -> tuple[Span | None, Span | None, str | None, Span | None] | None:
    tokens = tokenize(text, start, end) if end - start <= 200 else tokens_within(text, start, start + 200)
    if not tokens or not (tokens[0].is_cap or is_venue_noun(tokens[0].text)):
        return None
    town = re.match(r"[A-ZŁŚŻŹĆ][\w-]+(?:[ -][A-ZŁŚŻŹĆ][\w-]+)?", text[start:end])
    if town and not is_venue_noun(town.group().split()[0]):
        rest = text[start + town.end():end]
        room = _BRACKETED_RE.match(rest)
        city = town_name(town.group(), PREFER.get()) if room or rest.strip(" ,;.") == "" else None
        if room and venue_headed(room.group(1)) and city:
            # `– Poborszowie (sala OSP) 3 stycznia o 16:00`: the town's place in brackets
            at = start + town.end() + room.start(1)
            return (at, at + len(room.group(1))), None, city, None
        if rest.strip(" ,;.") == "":
            return (None, None, city, (start, start + town.end())) if city else None   # `- Ostrołęce`
    res = read_venue_name(text, tokens, 0, allow_plain_cap=True)
    if res is None:
        return None
    stop, city = res
    name_span = (tokens[0].start, tokens[stop - 1].end)
    address = address_at(text, name_span[1], end)
    if address is not None:
        after = city_after(text, address.end(), end)
        if after:
            city = after[0]
    return name_span, address.span() if address else None, city, None
