"""One place, one record.

A text often names its venue more than once: in the headline and again with a street
(`Wystawa w Galerii Miejskiej we Wrocławiu` … `Miejsce: Galeria Miejska`), by an
abbreviation (`w siedzibie PSG`), or as a bare room after its full name (`na sali`). These
are one venue; the fuller record stays. Places at different streets or in different named
towns (the same `budynek gminny` in two villages) stay apart.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from nlp.morph import analyse, fold, is_place_adjective
from nlp.venue_words import folded_lemmas, is_room, is_venue_noun


@dataclass(slots=True)
class Venue:
    """A place of the event: name and address as written, city in the nominative."""
    name: str | None
    address: str | None
    city: str | None
    span: tuple[int, int]
    text: str
    city_explicit: bool = False

    def as_dict(self) -> dict:
        return {"name": self.name, "address": self.address, "city": self.city, "text": self.text, "span": list(self.span)}


def dedupe(found: list[Venue], text: str) -> list[Venue]:
    """The venues of a text, each place once (in the order of the text)."""
    out: list[Venue] = []
    seen: set[tuple[str, str, str]] = set()
    for venue in sorted(found, key=lambda v: v.span[0]):
        # (the same building in two villages is two venues: `budynek gminny` in each)
        key = (fold(venue.name or ""), fold(re.sub(r"\s+", " ", venue.address or "")),
               fold(venue.city or "") if venue.city_explicit or not (venue.name or venue.address) else "")
        if key in seen:
            continue
        if not venue.name and not venue.address and any(v.city == venue.city for v in out):
            continue
        seen.add(key)
        out.append(venue)
    # `w sali widowiskowej` again, after `w sali widowiskowej Giżyckiego Centrum Kultury`
    # (but `Sala wiejska` of one village and `Sala wiejska „Stara poczta”` of another are two)
    out = [v for v in out if not (v.name and not v.address and any(
        w.name and fold(w.name) != fold(v.name) and fold(w.name).startswith(fold(v.name) + " ")
        and not _in_other_towns(v, w) for w in out))]
    # `na sali seniorów` after `w sali widowiskowej Centrum Kultury`: the room said again
    # (but a schedule's `świetlica wiejska` of one village after `świetlica Urzędu Gminy` of another is its own)
    out = [v for k, v in enumerate(out) if not (_bare_room(v) and any(
        w.name and fold(w.name).split()[0] == fold(v.name).split()[0] and re.search(r"[A-ZŁŚŻŹĆ]", w.name)
        and not _in_other_towns(v, w) for w in out[:k]))]
    # `w Miejskim Domu Kultury przy ul. Wojska Polskiego 1 w sali sportowej`: the building's room
    out = [v for k, v in enumerate(out) if not (k and _bare_room(v) and _room_of(out[k - 1], v, text))]
    out = _merge_mentions(_join_name_and_street(out, text))
    out = _without_headline_mention(out, text)
    # `budynku przy ul. Rynek 9` … `w sali narad Urzędu Miasta, ul. Rynek 9`: a street said alone
    # of a place named elsewhere with it
    out = [v for v in out if v.name or not v.address or not any(
        w.name and w.address and _same_address(w.address, v.address) and not _in_other_towns(v, w) for w in out)]
    # a city-only venue says nothing more than a full one in the same city
    if any(v.name or v.address for v in out):
        out = [v for v in out if v.name or v.address or not any((w.name or w.address) and w.city == v.city for w in out)]
    return out


_NAME_GLUE = frozenset({"w", "we", "na", "i", "im", "nr", "pw", "ul", "przy"})


@functools.lru_cache(maxsize=20_000)
def _name_key(name: str | None) -> frozenset[str]:
    """The words of a name cut to five letters, as forms of one name differ in their endings
    (`Galerii Miejskiej` / `Galeria Miejska`)."""
    return frozenset(w[:5] for w in re.findall(r"\w+", fold(name or "")) if w not in _NAME_GLUE)


@functools.lru_cache(maxsize=20_000)
def _name_words(name: str | None) -> tuple[frozenset[str], ...]:
    """Each word of a name as its possible lemmas (`Wojewódzkim` is not `Województwa`, which
    five letters would confuse); a word Morfeusz does not know, cut to five letters."""
    # (a town's adjective in lower case says the town, not the name: `średzkim Domu Kultury`)
    return tuple(folded_lemmas(w) if analyse(w) else frozenset({fold(w.lower())[:5]})
                 for w in re.findall(r"\w+", name or "") if fold(w.lower()) not in _NAME_GLUE
                 and not (w.islower() and is_place_adjective(w)))


def _words_within(shorter: str | None, longer: str | None) -> bool:
    """Every word of one name is a word of the other (`Galerii Miejskiej` within `Galeria
    Miejska we Wrocławiu`, `Miejskim Muzeum` within `Muzeum Miejskie w Lipnie`)."""
    others = _name_words(longer)
    return all(any(word & other for other in others) for word in _name_words(shorter))


def _address_key(address: str) -> tuple[str, str]:
    """`ul. Chopina 6` and `ul. Fryderyka Chopina 6`: the street's last word and the number."""
    words = re.findall(r"\d+\w*|[^\W\d]+", fold(address))
    number = next((k for k, w in enumerate(words) if w[:1].isdigit()), len(words))
    street = next((w for w in reversed(words[:number]) if len(w) > 2), "")
    return street, words[number] if number < len(words) else ""


def _same_address(one: str, other: str) -> bool:
    """The same street and number, in any case (`ul. Polnej 6`, `ul. Polna 6`)."""
    (street, number), (street2, number2) = _address_key(one), _address_key(other)
    stem = max(3, min(len(street), len(street2)) - 2)
    return number == number2 and street[:stem] == street2[:stem]


def _abbreviates(short: str | None, name: str | None) -> bool:
    """`PSG` for `Płockiej Galerii Sztuki`, `MGS` for `Miejskiej Galerii Sztuki im. …`: the
    capitals of a name's words (before its patron or its town: `MDK` for `Miejskim Domu Kultury w
    Przedborzu`), in any order."""
    if not short or not name or not (short.isupper() and short.isalpha() and 2 < len(short) <= 6):
        return False
    head = re.split(r"\s(?:im|pw|św)\.|\s(?:w|we)\s", name)[0]
    initials = [w[0] for w in re.findall(r"\b[A-ZŁŚŻŹĆ][\w-]*", head) if not w.isupper()]
    return sorted(initials) == sorted(short)


def _fullness(venue: Venue) -> tuple[bool, int, int]:
    return bool(venue.address), len(_name_key(venue.name)), len(venue.address or "")


def _merge_mentions(found: list[Venue]) -> list[Venue]:
    """`w Galerii Miejskiej we Wrocławiu` … `Miejsce: Galeria Miejska`: one place said twice,
    the second time shorter or longer, is one venue; the fuller record stays (an address
    first). Places at different streets or in different named towns stay apart."""
    out: list[Venue] = []
    for venue in found:
        key = _name_key(venue.name)
        same = None
        for k, kept in enumerate(out):
            other = _name_key(kept.name)
            if not _abbreviates(venue.name, kept.name) and not _abbreviates(kept.name, venue.name) \
                    and (min(len(key), len(other)) < 2 or not (_words_within(venue.name, kept.name)
                                                                 or _words_within(kept.name, venue.name))):
                continue   # (a bare `Urzędu` may be any of the office's rooms)
            if venue.address and kept.address and not _same_address(venue.address, kept.address):
                continue
            if _in_other_towns(venue, kept):
                continue
            same = k
            break
        if same is None:
            out.append(venue)
            continue
        kept = out[same]
        richer = venue if _fullness(venue) > _fullness(kept) else kept
        poorer = kept if richer is venue else venue
        if not richer.city_explicit and poorer.city_explicit:
            richer.city, richer.city_explicit = poorer.city, True
        out[same] = richer
    return out


_SENTENCE_BREAK_RE = re.compile(r"[.!?][ \t]+[A-ZŁŚŻŹĆ]")
_HEADLINE_MAX = 120   # characters: a first line longer than this, ending a sentence, is no headline


def _without_headline_mention(found: list[Venue], text: str) -> list[Venue]:
    """`Podwieczorek w Muzeum „Stare dzieje”` as the headline, `Muzeum Miejskie w Lipnie,
    ul. …` in the body: the headline's place is the body's, said with the show's title."""
    headline_end = text.find("\n")
    if headline_end < 0 or _SENTENCE_BREAK_RE.search(text, 0, headline_end) \
            or headline_end > _HEADLINE_MAX and text[:headline_end].rstrip().endswith("."):
        return found   # (a first line of several sentences, or one long sentence, is the body's first paragraph)
    out = []
    for venue in found:
        head = _head_lemmas(venue.name)
        if venue.span[1] <= headline_end and not venue.address and head \
                and any(other.span[0] > headline_end and _head_lemmas(other.name) & head for other in found):
            continue
        out.append(venue)
    return out


@functools.lru_cache(maxsize=20_000)
def _head_lemmas(name: str | None) -> frozenset[str]:
    """The lemmas of the first place noun of a name (`Miejskim Muzeum` -> muzeum)."""
    for word in (name or "").split()[:4]:
        if is_venue_noun(word):
            return folded_lemmas(word)
    return frozenset()


# (`WORD Tychy, w Tychach przy al. X`: the town said again between them)
_NAME_TO_STREET_RE = re.compile(r"[\s,]*(?:(?:w|we)\s+[A-ZŁŚŻŹĆ][\w-]+\s+|[^\s.!?]{1,4}\s+)?(?:(?:przy|na)\s+)?")


def _join_name_and_street(found: list[Venue], text: str) -> list[Venue]:
    """`w Galerii -m- przy ul. Powstańców Śląskich 19`: a name read without its street and
    the street read alone right after it are one place."""
    out: list[Venue] = []
    for venue in found:
        last = out[-1] if out else None
        if last and last.name and not last.address and venue.address and not venue.name \
                and 0 <= venue.span[0] - last.span[1] <= _NAME_TO_STREET \
                and _NAME_TO_STREET_RE.fullmatch(text, last.span[1], venue.span[0]):
            span = (last.span[0], venue.span[1])
            city, explicit = (venue.city, True) if venue.city_explicit else (last.city, last.city_explicit)
            out[-1] = Venue(last.name, venue.address, city, span, text[span[0]:span[1]], explicit)
            continue
        if last and last.address and not last.name and venue.name and not venue.address \
                and _STREET_TO_NAME_RE.fullmatch(text, last.span[1], venue.span[0]):
            # `przy ul. Frezerów 3, w budynku Inkubatora Technologicznego`: the street, then its building
            span = (last.span[0], venue.span[1])
            city, explicit = (last.city, True) if last.city_explicit else (venue.city, venue.city_explicit)
            out[-1] = Venue(venue.name, last.address, city, span, text[span[0]:span[1]], explicit)
            continue
        out.append(venue)
    return out


_NAME_TO_STREET = 30
_STREET_TO_NAME_RE = re.compile(r"[ \t]*,?[ \t]*(?:w|we)?[ \t]*")


def _room_of(building: Venue, room: Venue, text: str) -> bool:
    """Does the bare room stand right after the named building, in its sentence, with no other
    day or hour between them (a bracket at most: `przy ul. X 65 (na parterze) w sali konferencyjnej`)?"""
    gap = text[building.span[1]:room.span[0]]
    if not (building.name and re.search(r"[A-ZŁŚŻŹĆ]", building.name)) or _in_other_towns(room, building):
        return False
    if len(gap) <= _ROOM_GAP and not re.search(r"[.;!?]\s|\n\s*\n|\d", gap):
        return True
    # `1. Starostwo Powiatowe w X, adres: …\n 03.11.2017, godz. 8.45 – 16.00, sala mała`: a schedule
    # item's room after its day and hours, on the line under its building
    line_break = gap.rfind("\n")
    return line_break >= 0 and gap.count("\n") == 1 and len(gap) - line_break <= _ROOM_GAP \
        and bool(_DAY_AND_HOURS_RE.fullmatch(gap, line_break + 1))


_ROOM_GAP = 40
_DAY_AND_HOURS_RE = re.compile(r"(?:[\d\s.,:;–—\-/()]|godz\.?|godzin\w*|r\.|od|do)*", re.IGNORECASE)


def _in_other_towns(one: Venue, other: Venue) -> bool:
    """Do the two places stand in different towns, each named by the text?"""
    return one.city_explicit and other.city_explicit and one.city != other.city


def _bare_room(venue: Venue) -> bool:
    """A room named by common words or its number only, without its building or street
    (`sali seniorów`, `sala nr 102`, `sali 160`)."""
    return bool(venue.name) and not venue.address and is_room(venue.name.split()[0]) \
        and not re.search(r"[A-ZŁŚŻŹĆ\d]", _ROOM_NUMBER_RE.sub("", venue.name))


_ROOM_NUMBER_RE = re.compile(r"\b(?:nr\.?\s*)?\d+\w*")   # (`sala nr 102`, `sali 160`)
