"""Street addresses and the towns around a venue: `ul. 3-go Maja 12, 39-100
Ropczyce`, `Rynek 1`, `(Ratoszyn Pierwszy 52)`, `pomiędzy ulicami Lipową i Polną`, a
village opening a list line (`– sołectwo Komorów, świetlica`), a town inside a venue's name
(`Urząd Gminy Czernica`). Addresses are kept as written, towns given in the nominative.
"""
from __future__ import annotations

import functools
import re

from nlp.caseless import guarded
from nlp.gazetteer import gazetteer
from nlp.morph import analyse, lemmas, modifies, name_classes
from nlp.org_names import is_org_head
from nlp.org_words import _UNITS
from nlp.text_lines import line_bounds
from nlp.venue_context import DATE_OR_TIME_RE
from nlp.venue_towns import is_town, nominative_city
from nlp.venue_words import city_name, is_adj, is_venue_noun
from nlp.vocabulary import lexicon

STREET = (r"(?:ul\.|ul\s|ulic[ay]|al\.|Al\.|Alej[ae]|Alei|Alejach|Aleja|aleja|alei|pl\.|Pl\.|Plac[u]?|plac[u]?|os\.|Os\.|"
           r"Osiedl[eu]|osiedl[eu]|Rynek|Rynku|rynek|rynku|Rond[oa]|rondo|Skwer|skwer|Bulwar|bulwar)")


STREET_WORD = r"(?:[A-ZŁŚŻŹĆÓĘĄŃ][\w’'-]{0,4}\.|[A-ZŁŚŻŹĆÓĘĄŃ][\w’'-]*|\d{1,2}(?:-go)?(?=\s+[A-ZŁŚŻŹĆ])|[IVX]{1,4}\b|i\b|im\.|gen\.|ks\.|św\.|bp\.|marsz\.|kard\.|prof\.|dr\.?|al\.|pl\.|ppor\.|por\.|płk\.?|mjr\.?|Wlkp\.?)"


# `3 Maja`, `11 Listopada` in a street's name: a date, not the house number
MONTHS_GEN = r"(?:Stycznia|Lutego|Marca|Kwietnia|Maja|Czerwca|Lipca|Sierpnia|Września|Października|Listopada|Grudnia)"


HOUSE_NUMBER = r"(?!\d{1,2}\s+" + MONTHS_GEN + r"\b)\d{1,4}(?:[a-zA-Z]|\s[A-Z](?![\w.]))?(?![a-zA-Ząćęłńóśźż])(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?(?![a-zA-Ząćęłńóśźż]))?(?![\d:.]\d)"


# (guarded: a pattern opening with `\b` would otherwise be tried at every character)
ADDRESS_RE = guarded(
    rf"\b(?:[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+(?:y|ym|i|im)\s+)?(?:Rynek|Rynku)\s+{HOUSE_NUMBER}\b|\b{STREET}\s*(?:{STREET_WORD}\s*){{1,6}}?{HOUSE_NUMBER}\b(?:\s*(?:lok\.|lokal|pok\.|pokój|m\.)\s*\d+[a-z]?)?"
    r"|\b(?:ul\.|(?<=przy\s)ulicy\s|[aA]l\.|[pP]l\.|os\.)\s*(?:" + STREET_WORD + r"\s*){1,5}(?=[,.\n)]|\s+w\s|\s+\(|$)",
)


# A village and a house number after `, `, `(`, `– `: `(Ratoszyn Pierwszy 52)`. (What stands
# before the name is looked behind from its first letter: a pattern opening with a capital
# lets `re` skip to the capitals, one opening with a look-behind is tried everywhere.)
VILLAGE_ADDRESS_RE = re.compile(r"([A-ZŁŚŻŹĆ](?:(?<=[,(–-] .)|(?<=\(.))[a-ząćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)?)"
                                r" (?!(?:19|20)\d\d\b)(\d{1,4}[a-zA-Z]?)(?=\s*[,;)\n.]|$)")   # (no year: `Lipno 2025`)


POSTAL_TOWN_RE = re.compile(r",?[ \t]*\d{2}-\d{3}[ \t]+[A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+){0,2}")


# `(74-400 Dębno, ul. Daszyńskiego 20)`: the postal line first, then the street
POSTCODE_FIRST_RE = re.compile(r"\d{2}-\d{3}[ \t]+(?P<town>[A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+){0,2}),"
                               r"[ \t]*(?:" + ADDRESS_RE.pattern + ")")

POSTCODE_RE = re.compile(r"\b\d{2}-\d{3}\s+([A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+){0,2})")

_ADDRESS_LEAD_RE = re.compile(r"\.?[\s,;–\-(*]*(?:we?\s+[A-ZŁŚŻŹĆ][\w-]+(?:\s[A-ZŁŚŻŹĆ][\w-]+)?\s*,\s*)?"
                              r"(?:czyli\s+|tj\.\s*)?(?:(?:mieszcząc|znajdując|położon)\w*\s+(?:się\s+)?)?"
                              r"(?:(?:przy|na|pomiędzy|między)\s+)?")


# `(pomiędzy) ulicami Lipową, Klonową i Polną`: a place between streets
_BETWEEN_STREETS_RE = re.compile(r"ulicami\s+[A-ZŁŚŻŹĆ][\w-]+(?:,\s*[A-ZŁŚŻŹĆ][\w-]+)*"
                                 r"\s+(?:i|a|oraz)\s+[A-ZŁŚŻŹĆ][\w-]+")




def address_at(text: str, pos: int, limit: int) -> re.Match | None:
    """A street address starting at pos (after optional `,`, `-`, `przy`), or a village
    and house number (`(Ratoszyn Pierwszy 52)`)."""
    m = _ADDRESS_LEAD_RE.match(text, pos, limit)
    start = m.end() if m else pos
    found = ADDRESS_RE.match(text, start, limit) or _BETWEEN_STREETS_RE.match(text, start, limit) \
        or POSTCODE_FIRST_RE.match(text, start, limit)
    if found:
        return found
    # `(Munina, ul. Szkolna 4)`, `, Wrocław ul. Polna 7`: the village or town, then its street
    lead = _TOWN_LEAD_RE.match(text, start, limit)
    if lead and gazetteer().is_place(lead.group().rstrip(", ")):
        found = ADDRESS_RE.match(text, lead.end(), limit)
        if found:
            return found
    found = VILLAGE_ADDRESS_RE.match(text, start, limit)
    if found and is_town(found.group(1)):
        return found
    return None


_TOWN_LEAD_RE = re.compile(r"[A-ZŁŚŻŹĆ][\w-]+(?:\s[A-ZŁŚŻŹĆ][\w-]+)?(?:,\s*|\s+(?=ul\.|ulic|al\.|pl\.|os\.))")


def town_before_address(text: str, pos: int, address: re.Match) -> str | None:
    """`Centrum Kultury, Wrocław, ul. Polna 7`, `(Munina, ul. Szkolna 4)`: the town said between
    a place's name (ending at pos) and its street, in the nominative."""
    between = text[pos:address.start()].strip(" \t,;(–-")
    return city_name(between) if between and gazetteer().is_place(between) else None


def address_below(text: str, line_end: int) -> re.Match | None:
    """A street address opening the line after a place's name, which ends its own line (the
    match's `endpos` is the end of the address's line)."""
    if line_end + 1 >= len(text):
        return None
    start, end = line_bounds(text, line_end + 1)
    return ADDRESS_RE.match(text, start + len(text[start:end]) - len(text[start:end].lstrip()), end)


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


@functools.cache
def district_prefix(*keys: str) -> re.Pattern[str]:
    """A word that opens a part of a town or a village (`os. Zofiówka`, `sołectwo Komorów`)."""
    data = lexicon("venue_cues.json")
    words = sorted((w for key in keys or ("district_words", "village_words") for w in data[key]), key=len, reverse=True)
    alternatives = [re.escape(w) + (r"\s*" if w.endswith(".") else r"\s+") for w in words]
    return re.compile(r"(?i:" + "|".join(alternatives) + r")(?=[A-ZŁŚŻŹĆ0-9])")


@functools.lru_cache(maxsize=50_000)   # (a schedule's towns and the lines above its rows repeat)
def town_in_cell(piece: str) -> str | None:
    """A schedule cell that is a village in the nominative (`Celejów`, `sołectwo Komorów`,
    `Michałowice -Wieś`): its name; a district (`os. Gwarków`, `Osiedle Zamoście`) is none."""
    if district_prefix("district_words").match(piece):
        return None
    prefix = district_prefix("village_words", "unit_cell_words").match(piece)
    bare = re.sub(r"\s*-\s*", "-", piece[prefix.end():] if prefix else piece)
    bare = bare.title() if bare.isupper() else bare
    if len(bare.split()) > 3 or not is_town(bare):
        return None
    return nominative_city(bare)


def town_before(text: str, line_start: int, name_start: int) -> str | None:
    """`– Biała Podlaska, Starostwo Powiatowe, ul. Brzeska 41`, `– sołectwo Komorów, świetlica`:
    a list line that names the town on its own just before the venue gives the venue's city."""
    segment = text[line_start:name_start].rstrip(" ,;:–-\t")   # (`Zalesie: 12 marca, godz. 17.00 – świetlica`)
    m = re.search(r"(?:^|[,;:(]|\s[-–]\s|^[ \t•*\-–]*\d{1,3}[.)])\s*(?P<prefix>" + district_prefix().pattern + r")?"
                  r"([A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+){0,2})$", segment)
    if not m or is_venue_noun(m.group(2).split()[0]) or is_org_head(m.group(2).split()[0]):
        return None
    if m.group("prefix") and district_prefix("district_words").match(m.group("prefix") + m.group(2)):
        return None   # `Dzielnica Borki, godz. 17:00, Szkoła …`: a part of the town, not a town
    return city_name(m.group(2))


# `Budy: 3.08.2019 r. (sobota) o godz. 17.00 w domu sołtysa`: a schedule line opening with its village
# (`2. Gorzów Wlkp., 24 stycznia, godz. 13.00 – sala 110`: a town with its abbreviated part, a comma, the date)
_ROW_TOWN_RE = re.compile(r"[ \t•*\-–]*(?:\d{1,3}[.)][ \t]*)?"
                          r"([A-ZŁŚŻŹĆ][\w-]+(?:[ \t]+[A-ZŁŚŻŹĆ][\w-]+\.?){0,2})"
                          r"[ \t]*(?::|[–-][ \t]|,(?=[ \t]*\d))")


def row_opening_town(text: str, line_start: int, pos: int) -> str | None:
    """The village a schedule line opens with, before the date of its row and its place at `pos`."""
    m = _ROW_TOWN_RE.match(text, line_start, pos)
    if m is None or pos - m.end() > 100 or not DATE_OR_TIME_RE.search(text, m.end(), pos):
        return None
    return town_in_cell(m.group(1))


def _complement_of_head(name: str, words: list[str], k: int) -> bool:
    """`Urzędzie Pracy`, `Domu Kultury`: a common noun right after a body's or a building's head
    word says what it serves, no town (but `Gminy Czernica`, `Miasta Lipna` name their unit, and
    `Pałac w Borkach` its village)."""
    if k == 0 or f"{words[k - 1]} {words[k]}" not in name or words[k - 1].isupper() \
            or not (is_org_head(words[k - 1]) or is_venue_noun(words[k - 1])) \
            or lemmas(words[k - 1].lower()) & _UNITS:   # (`OSP Szczawa`, `PCPR Turek`: a body and its town)
        return False
    # (`Towarzystwa Słowaków`: the people a body gathers, whose name is written with a capital)
    return any("nazwa_pospolita" in r.qualifiers and (r.lemma.islower() or ":m1" in r.tag)
               for r in analyse(words[k].lower()))



def city_in_name(name: str | None) -> str | None:
    """`Budynek Urzędu Gminy Czernica` -> Czernica: a place named inside the venue name."""
    if not name or district_prefix("district_words").match(name):
        return None   # (`Osiedle Motylewo` names a part of its town, not a town)
    name = re.sub(r"„[^”]*”|\"[^\"]*\"", " ", name)
    name = re.split(r"\b(?:pw|pod\s+wezwaniem|im|św)\.?\s", name)[0]   # a patron is no place
    name = re.split(r"\s(?:na|Na|pod|Pod)\s", name)[0]   # `Park na Wyspie`, `Pub Pod Lipą`: a spot, not a town
    words = re.findall(r"[A-ZŁŚŻŹĆ][\w-]+", name)
    for k in range(len(words)):
        for length in (3, 2, 1):
            phrase = " ".join(words[k:k + length])
            if len(words[k:k + length]) != length:
                continue
            if length == 1 and (is_org_head(phrase) or is_venue_noun(phrase) or _complement_of_head(name, words, k)):
                continue
            if k + 1 < len(words) and "imię" in name_classes(words[k]):
                break   # `Warsztatowni Małgorzaty i Grzegorza Oparków`: a person's name, not a village
            if length == 1 and is_adj(phrase) and (
                    not re.search(rf"\b(?:w|we|Gminy|Miasta|Gmina|Miasto)\s+{phrase}\b", name)
                    or (k + 1 < len(words) and modifies(phrase, words[k + 1]))):
                continue   # `Cafe Dobra`, `w Starym Bielsku`: a word of the name, not the town
            place = city_name(phrase)
            if place:
                return place
    return None
