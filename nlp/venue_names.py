"""Reading a venue's name, street address and town from the words at a place.

`sali konferencyjnej Starostwa Powiatowego w Łęcznej`, `Centrum Kultury im. Józefa
Mehoffera`, `ul. 3-go Maja 36, 39-120 Sędziszów Małopolski`, `Wiercany 29`: names and
addresses are kept exactly as written; the town is given in the nominative through the
gazetteer. Which places are venues of the event is decided in `nlp.venues`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from contextvars import ContextVar

from nlp.gazetteer import gazetteer
from nlp.morph import analyse, fold, lemmas, modifies, name_classes
from nlp.org_names import is_first_name, is_office_title, is_org_head, is_person_role, Token
from nlp.venue_towns import is_town
from nlp.vocabulary import lexicon


_STREET = (r"(?:ul\.|ul\s|ulic[ay]|al\.|Al\.|Alej[ae]|Alei|Alejach|Aleja|aleja|alei|pl\.|Pl\.|Plac[u]?|plac[u]?|os\.|Os\.|"
           r"Osiedl[eu]|osiedl[eu]|Rynek|Rynku|rynek|rynku|Rond[oa]|rondo|Skwer|skwer|Bulwar|bulwar)")


_STREET_WORD = r"(?:[A-ZŁŚŻŹĆÓĘĄŃ][\w’'-]{0,4}\.|[A-ZŁŚŻŹĆÓĘĄŃ][\w’'-]*|\d{1,2}(?:-go)?(?=\s+[A-ZŁŚŻŹĆ])|[IVX]{1,4}\b|i\b|im\.|gen\.|ks\.|św\.|bp\.|marsz\.|kard\.|prof\.|dr\.?|al\.|pl\.|ppor\.|por\.|płk\.?|mjr\.?|Wlkp\.?)"


_NUMBER = r"\d{1,4}(?:[a-zA-Z]|\s[A-Z](?![\w.]))?(?![a-zA-Ząćęłńóśźż])(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?(?![a-zA-Ząćęłńóśźż]))?(?![\d:.]\d)"


ADDRESS_RE = re.compile(
    rf"\b(?:(?:Stary|Starym|Nowy|Nowym|Mały|Małym|Wielki|Wielkim|Górny|Górnym|Dolny|Dolnym)\s+)?(?:Rynek|Rynku)\s+{_NUMBER}\b|\b{_STREET}\s*(?:{_STREET_WORD}\s*){{1,6}}?{_NUMBER}\b(?:\s*(?:lok\.|lokal|pok\.|pokój|m\.)\s*\d+[a-z]?)?"
    r"|\b(?:ul\.|al\.|pl\.|os\.)\s*(?:" + _STREET_WORD + r"\s*){1,5}(?=[,.\n]|\s+w\s|\s+\(|$)",
)


VILLAGE_ADDRESS_RE = re.compile(r"(?:(?<=[,(–-] )|(?<=\())([A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)?) (\d{1,4}[a-zA-Z]?)(?=\s*[,;)\n.]|$)")


POSTAL_TOWN_RE = re.compile(r",?[ \t]*\d{2}-\d{3}[ \t]+[A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+){0,2}")


POSTCODE_RE = re.compile(r"\b\d{2}-\d{3}\s+([A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+){0,2})")


@functools.cache
def _cues() -> tuple[frozenset[str]]:
    data = lexicon("venue_cues.json")
    return (frozenset(fold(n) for n in data["nouns"]),)


@functools.lru_cache(maxsize=200_000)
def folded_lemmas(word: str) -> frozenset[str]:
    return frozenset(fold(x) for x in lemmas(word))


@functools.lru_cache(maxsize=100_000)
def is_verb(word: str) -> bool:
    readings = analyse(word)
    return bool(readings) and all(i.pos in ("fin", "praet", "impt", "bedzie", "inf") for i in readings)


@functools.lru_cache(maxsize=100_000)
def _is_noun(word: str) -> bool:
    return any(i.pos == "subst" for i in analyse(word))


@functools.lru_cache(maxsize=100_000)
def has_singular(word: str) -> bool:
    return any(i.pos == "subst" and ":sg:" in i.tag for i in analyse(word)) or not analyse(word)


# After `na` a capitalised faculty or university is a place (`na Wydziale Prawa`); after
# `na terenie` an administrative unit is an area, not a venue.
FACULTIES = frozenset({"wydział", "uniwersytet", "politechnika", "uczelnia", "akademia", "kampus"})


AREAS = frozenset({"gmina", "powiat", "miasto", "województwo", "sołectwo", "kraj", "region", "dzielnica", "osiedle"})


_ANY = frozenset({"kazdy", "wszelki", "dowolny", "inny", "wszystek"})


def lower_adjectives_before_venue(tokens: Sequence[Token], i: int) -> int | None:
    """`małej sali`, `nowej siedzibie`: the index of the place noun after lower-case adjectives."""
    j = i
    while j < len(tokens) and j - i < 2 and not tokens[j].is_cap and is_adj(tokens[j].text) \
            and not is_venue_noun(tokens[j].text) and not folded_lemmas(tokens[j].text) & _ANY:
        j += 1   # (not `w każdej placówce`: any of them is no place)
    return j if j > i and j < len(tokens) and is_venue_noun(tokens[j].text) else None


def _is_room(word: str) -> bool:
    """A room (`sala`, `pokój`, `aula`): it stands inside a building named after it."""
    return bool(folded_lemmas(word) & _room_nouns())


@functools.cache
def _room_nouns() -> frozenset[str]:
    return frozenset(fold(n) for n in lexicon("venue_cues.json")["rooms"])


def is_venue_noun(word: str) -> bool:
    return bool(folded_lemmas(word) & _cues()[0])


@functools.lru_cache(maxsize=200_000)
def is_adj(word: str) -> bool:
    return any(i.pos in ("adj", "ppas", "pact") for i in analyse(word))


@functools.lru_cache(maxsize=200_000)
def _is_gen_noun(word: str) -> bool:
    return any(i.pos == "subst" and "gen" in i.tag.split(":")[2].split(".") for i in analyse(word) if len(i.tag.split(":")) > 2)


# The source's TERYT code while one text is read: among same-named places (`w Podłężu`:
# Podłęże or Podłęż) the one nearest the source is meant.
PREFER: ContextVar[str | None] = ContextVar("venue_region_preference", default=None)


def city_name(phrase: str) -> str | None:
    return gazetteer().city_name(phrase, PREFER.get())


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _place_after_w(text: str, tokens: Sequence[Token], k: int) -> tuple[int, str] | None:
    """If tokens[k:] start with a place name (`Dobrym Mieście`), (index after it, nominative)."""
    n = len(tokens)
    end = k
    while end < n and end - k < 3 and tokens[end].is_cap and tokens[end].is_word \
            and (end == k or "\n" not in text[tokens[end - 1].end:tokens[end].start]):
        end += 1
    for stop in range(end, k, -1):
        phrase = text[tokens[k].start:tokens[stop - 1].end]
        name = city_name(phrase)
        if name:
            return stop, name
    return None


def read_venue_name(text: str, tokens: Sequence[Token], i: int, *, allow_plain_cap: bool) -> tuple[int, str | None] | None:
    """A venue name starting at tokens[i]: (index after it, city named inside it or None)."""
    n = len(tokens)
    first = tokens[i]
    j = i
    if first.is_cap and is_adj(first.text) and not is_venue_noun(first.text):
        while j < n and j - i < 3 and tokens[j].is_cap and is_adj(tokens[j].text) and not is_venue_noun(tokens[j].text):
            j += 1
    elif lower_adjectives_before_venue(tokens, i):
        j = lower_adjectives_before_venue(tokens, i)   # `małej sali sesyjnej`
    if j >= n:
        return None
    head = tokens[j]
    if not (is_venue_noun(head.text) or is_org_head(head.text)
            or (allow_plain_cap and head.is_cap and head.is_word and not is_first_name(head.text)
                and (_is_noun(head.text) or not analyse(head.text)))):
        return None
    if head.is_cap and gazetteer().is_place(head.text) and not is_venue_noun(head.text) and not is_org_head(head.text):
        return None
    j += 1
    # lower-case adjectives and genitive nouns of a common-noun venue (`sali konferencyjnej urzędu`)
    room = _is_room(head.text)
    while j < n and not tokens[j].is_cap and tokens[j].is_word and j - i < 6 \
            and "\n" not in text[tokens[j - 1].end:tokens[j].start] \
            and tokens[j].text.lower() not in ("w", "we", "na", "przy", "i", "oraz", "o", "od", "do", "z", "ze", "dla", "pod") \
            and ((is_adj(tokens[j].text) and modifies(tokens[j].text, head.text)) or _is_gen_noun(tokens[j].text)
                 or (room and (tokens[j].text.isdigit() or tokens[j].text == "nr"))):
        j += 1   # (`sali 103`, `sali nr 12`; not `na sali obecni byli`)
    if j + 2 < n and ([t.text.lower() for t in tokens[j:j + 2]] == ["pod", "wezwaniem"]
                      or [t.text.lower() for t in tokens[j:j + 2]] == ["pw", "."]):
        j += 2   # `parafii pod wezwaniem Opatrzności Bożej`, `parafia pw. św. Wojciecha`: the patron follows
        while j < n and (tokens[j].is_cap or tokens[j].text.lower() in ("św", "bł", ".")) \
                and "\n" not in text[tokens[j - 1].end:tokens[j].start]:
            j += 1
    if room and j + 2 < n and tokens[j].text == "," and tokens[j + 1].text in ("w", "we") and tokens[j + 2].is_cap:
        building = read_venue_name(text, tokens, j + 2, allow_plain_cap=False)
        if building and not gazetteer().is_place(tokens[j + 2].text):
            return building   # `sali 103, w Starostwie Powiatowym`
    # `placu przy remizie OSP`: a place given by the building it adjoins (not `przy ul.`)
    if j + 1 < n and tokens[j].text == "przy" and is_venue_noun(tokens[j + 1].text) \
            and not re.match(_STREET, tokens[j + 1].text + " "):
        j += 2
        while j < n and not tokens[j].is_cap and tokens[j].is_word and is_adj(tokens[j].text):
            j += 1
    city = None
    last_good = j
    while j < n and j - i < 16:
        tok = tokens[j]
        if "\n" in text[tokens[j - 1].end:tok.start]:
            break
        low = tok.text.lower()
        if tok.is_cap and tok.is_word:
            patron = j >= 2 and ((tokens[j - 1].text == "." and tokens[j - 2].text.lower() in ("im", "św", "bł", "ks", "pw"))
                                 or tokens[j - 1].text.lower() == "wezwaniem")
            if is_person_role(tok.text) or is_office_title(tok.text) or re.match(_STREET, tok.text + " ") or (
                    not patron and "imię" in name_classes(tok.text) and j + 1 < n and tokens[j + 1].is_cap
                    and not is_org_head(tokens[j + 1].text) and not is_venue_noun(tokens[j + 1].text)):
                break   # `… Jan Kowalski` is a person; `im. Hieronima Łopacińskiego` names the patron
            j += 1
            last_good = j
            continue
        if tok.text in ("„", "\"", "“"):
            k = j + 1
            while k < n and k - j < 12 and tokens[k].text not in ("”", "\"", "“"):
                k += 1
            if k < n:
                j = last_good = k + 1
                continue
            break
        if low in ("w", "we") and j + 1 < n and tokens[j + 1].is_cap:
            place = _place_after_w(text, tokens, j + 1)
            if place:
                j = last_good = place[0]
                city = place[1]
                break
            building = read_venue_name(text, tokens, j + 1, allow_plain_cap=False) \
                if _is_room(tokens[i].text) else None
            if building:   # `sali konferencyjnej w Urzędzie Miasta`: a room in its building
                j = last_good = building[0]
                city = building[1]
            break
        if low in ("w", "we") and j + 2 < n and folded_lemmas(tokens[j + 1].text) & {"miejscowosc", "wies"} \
                and tokens[j + 2].is_cap:
            place = _place_after_w(text, tokens, j + 2)   # `świetlicy wiejskiej w miejscowości Czysta Dębina`
            if place:
                j = last_good = place[0]
                city = place[1]
            break
        if tok.text == "." and tokens[j - 1].text.lower() not in ("im", "św", "ks", "gen", "nr", "bł", "pw", "wlkp", "ds", "prof", "dr"):
            break
        if low in ("i", "im", "nr", "na", "dla", "ds", "pod", "św", "-", "–", ".") and j + 1 < n \
                and "\n" not in text[tok.end:tokens[j + 1].start]:
            nxt = tokens[j + 1]
            if nxt.text == "." and j + 2 < n:
                nxt = tokens[j + 2]
            if (nxt.is_cap and nxt.is_word and not re.match(_STREET, nxt.text + " ")) or (low == "nr" and nxt.text.isdigit()):
                j += 1
                if tokens[j].text == ".":
                    j += 1
                continue
        if tok.text.isdigit() and j + 2 < n and tokens[j + 1].text == "." and tokens[j + 2].text.isdigit() \
                and tok.start == tokens[j - 1].end + 1 and tokens[j + 2].start == tokens[j + 1].end:
            j = last_good = j + 3   # `Centrum 3.0`
            continue
        if tok.text.isdigit() and tokens[j - 1].text.lower() in ("nr", "numer") :
            j = last_good = j + 1
            continue
        break
    if last_good - i < 1:
        return None
    return last_good, city


def address_at(text: str, pos: int, limit: int) -> re.Match | None:
    """A street address starting at pos (after optional `,`, `-`, `przy`), or a village
    and house number (`(Ratoszyn Pierwszy 52)`)."""
    m = re.compile(r"\.?[\s,;–\-(*]*(?:(?:przy|na)\s+)?").match(text, pos, limit)
    start = m.end() if m else pos
    found = ADDRESS_RE.match(text, start, limit)
    if found:
        return found
    # `(Munina, ul. Szkolna 4)`: the village, then its street
    lead = re.compile(r"[A-ZŁŚŻŹĆ][\w-]+(?:\s[A-ZŁŚŻŹĆ][\w-]+)?,\s*").match(text, start, limit)
    if lead and gazetteer().is_place(lead.group().rstrip(", ")):
        found = ADDRESS_RE.match(text, lead.end(), limit)
        if found:
            return found
    found = VILLAGE_ADDRESS_RE.match(text, start, limit)
    if found and is_town(found.group(1)):
        return found
    return None


def city_after(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """City right after an address: `, 20-123 Lublin`, `, Lublin`, ` w Łęcznej`."""
    window = text[pos:min(limit, pos + 60)]
    m = re.match(r"[\s,]*(?:\d{2}-\d{3}\s+)([A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+){0,2})", window)
    if m:
        name = city_name(m.group(1)) or m.group(1)
        return name, pos + m.end()
    m = re.match(r"(?:\s*,\s*|\s+w\s+|\s+we\s+|\s+)([A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+){0,2})", window)
    if m:
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[:k])
            name = city_name(phrase)
            if name:
                return name, pos + m.start(1) + len(phrase)
    return None


def town_before(text: str, line_start: int, name_start: int) -> str | None:
    """`– Biała Podlaska, Starostwo Powiatowe, ul. Brzeska 41`: a list line that names the
    town on its own just before the venue gives the venue's city."""
    segment = text[line_start:name_start].rstrip(" ,;–-\t")
    m = re.search(r"(?:^|[,;:(]|\s[-–]\s)\s*([A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+){0,2})$", segment)
    if not m or is_venue_noun(m.group(1).split()[0]) or is_org_head(m.group(1).split()[0]):
        return None
    return city_name(m.group(1))


def city_in_name(name: str | None) -> str | None:
    """`Budynek Urzędu Gminy Czernica` -> Czernica: a place named inside the venue name."""
    if not name:
        return None
    name = re.sub(r"„[^”]*”|\"[^\"]*\"", " ", name)
    name = re.split(r"\b(?:pw|pod\s+wezwaniem|im|św)\.?\s", name)[0]   # a patron is no place
    words = re.findall(r"[A-ZŁŚŻŹĆ][\w-]+", name)
    for k in range(len(words)):
        for length in (3, 2, 1):
            phrase = " ".join(words[k:k + length])
            if len(words[k:k + length]) != length:
                continue
            if length == 1 and (is_org_head(phrase) or is_venue_noun(phrase)):
                continue
            place = city_name(phrase)
            if place:
                return place
    return None
