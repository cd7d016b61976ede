"""Venues given only as a town or a village.

Real announcements often name no building, only the place: `W dniach 2–3 czerwca w
Chojnie odbyło się szkolenie`, `Forum Samorządowe w Olsztynie`, a list of meetings `w
Omulu, Rożentalu i Łążku`, a schedule whose column of villages says where each dated
meeting is (`13.03.2022 NIEDZIELA CHRZĄSTOWICE 10:30`), `zapraszamy … do Zawiercia`.
A place counts only when its clause is about an event (an event noun or verb, an event
date, an invitation) and it is not the seat of an organisation (`Urząd Gminy w Lublinie`)
nor the title of something in quotes. Names go to the nominative through the gazetteer.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from nlp.caseless import guarded
from nlp.clauses import clause_end, clause_start, inside_quotes
from nlp.gazetteer import gazetteer
from nlp.morph import analyse, fold, lemmas, name_classes
from nlp.org_names import Token, find_names, is_acronym, is_org_head, looks_like_acronym, tokenize
from nlp.org_words import tokens_within
from nlp.vocabulary import is_event_noun, is_event_verb, lexicon

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class TownVenue:
    city: str
    span: Span      # the place as written (`w Chojnie` -> `Chojnie`)


_PLACE_WORD_RE = re.compile(r"[A-ZŁŚŻŹĆ][\w-]*\.?")
_ASIDE_RE = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
# what names a building after its noun: a name in quotes or capitals, `dla …`, a number
_BUILDING_NAME_RE = re.compile(r"[ \t\xa0]*(?:[„\"«]|[A-ZŁŚŻŹĆ]|(?:dla|nr)[ \t\xa0])")
_LIST_GLUE_RE = re.compile(r"\s*(?:,|\bi\b|\boraz\b|\ba\s+także\b)\s*")


def place_at(text: str, pos: int, prefer: str | None, *, nominative: bool = False) -> tuple[str, int] | None:
    """A place name of one to three capitalised words at `pos`: (nominative name, end)."""
    words: list[re.Match[str]] = []
    at = pos
    while len(words) < 3:
        m = _PLACE_WORD_RE.match(text, at)
        if not m or (words and "\n" in text[words[-1].end():m.start()]):
            break
        words.append(m)
        gap = re.match(r"[ \t]?-[ \t]?|[ \t]+", text[m.end():m.end() + 3])   # (`Michałowice -Wieś`)
        if not gap:
            break
        at = m.end() + len(gap.group())
    for k in range(len(words), 0, -1):
        end = words[k - 1].end()
        phrase = text[pos:end]
        phrase = phrase.title() if phrase.isupper() else phrase
        name = nominative_city(phrase.rstrip(".")) if nominative else town_name(phrase.rstrip("."), prefer)
        if name:
            if fold(name) in _cues()[0] or (k == 1 and "imię" in name_classes(phrase) and _surname_at(text, end)):
                return None   # `w Polsce`, `Miejsce:`, `Elżbieta Rafalska`: not a venue's town
            if k == 1 and _plural_of_singular(phrase, name):
                return None   # `w Kołach PZW`: circles, not the town of Koło
            if k == 1 and names_a_building(text, words[0].start(), words[0].end()):
                return None   # `w Dziale „Podlesie”`, `w Książnicy Lipnowskiej`: a building by its name
            return name, end
    return None


def _plural_of_singular(form: str, name: str) -> bool:
    """`Kołach` read as `Koło`: a form only plural of a town whose name is singular (`Kielcach`
    of `Kielce` is plural throughout)."""
    def numbers(word: str, case: str | None = None) -> set[str]:
        return {r.tag.split(":")[1] for r in analyse(word) if r.pos == "subst" and r.lemma == name
                and (case is None or case in r.tag.split(":")[2].split("."))}
    return numbers(form) == {"pl"} and "sg" in numbers(name, "nom")


def town_name(phrase: str, prefer: str | None = None) -> str | None:
    """The nominative of the place a phrase names (`w Łążynie` -> Łążyn); among places
    whose names differ only in diacritics (Łażyn, Łążyn) the one spelled as in the text."""
    name = gazetteer().city_name(phrase, prefer)
    if name is None or _spelled_alike(name, phrase):
        return name
    alike = [place.name for place in gazetteer().candidates(phrase)
             if fold(place.name) == fold(name) and _spelled_alike(place.name, phrase)]
    return alike[0] if alike else name


def _spelled_alike(name: str, phrase: str) -> bool:
    a, b = name.lower(), phrase.lower()
    k = max(3, min(len(a), len(b)) - 3)
    return a[:k] == b[:k]


def is_district_of(town: str, city: str) -> bool:
    """`Lipnik` in a text about Bielsko-Biała: a big city (a county of its own) has districts
    that share their names with villages elsewhere; a `town` that names only villages, none
    in the city's voivodeship, is one of its districts."""
    home = gazetteer().resolve(city)
    if home is None or home.rm != "96" or home.teryt6[2:4] < "61" or fold(town) == fold(city):
        return False
    found = gazetteer().candidates(town)
    return bool(found) and not any(place.teryt6[:2] == home.teryt6[:2] or place.rm == "96" for place in found)


def nominative_city(phrase: str) -> str | None:
    """The place a name in the nominative names (`Nowe Dwory`, `Zamoście`: not the town
    `Nowy Dwór` or `Zamość` an inflected form of theirs would point to), or None."""
    phrase = re.sub(r"\s*-\s*", "-", phrase)
    best = gazetteer().city_name(phrase)
    if best and best.lower() in (phrase.lower(), phrase.lower().replace("-", " ")):
        return best   # (`Stepna-Stara` as written for the register's `Stepna Stara`)
    if best and phrase.endswith(".") and best.split()[0].lower() == phrase.split()[0].lower():
        return best   # (`Gorzów Wlkp.`: the register's `Gorzów Wielkopolski`, its second word cut short)
    names = [place.name for place in gazetteer().candidates(phrase) if fold(place.name) == fold(phrase)]
    exact = next((name for name in names if name.lower() == phrase.lower()), None)
    if exact or fold(phrase) != phrase.lower():
        return exact   # (`Główną` is no form of the village Główna: only a name typed without its letters is)
    return names[0] if names else None


def is_town(phrase: str) -> bool:
    """A place of the register that may be an event's town (not `Piątek`, `Miejsce`, `Polska`)."""
    name = gazetteer().city_name(phrase)
    return bool(name) and fold(name) not in _cues()[0]


def names_a_building(text: str, start: int, end: int) -> bool:
    """Is the capitalised word at text[start:end] the noun of a building or body followed by
    its name (`Dziale „Podlesie”`, `Książnicy Lipnowskiej`, `Oddziale dla Dzieci`), not a
    village of that name (`Dział`)?"""
    word = text[start:end]
    return (is_venue_noun(word) or is_org_head(word)) and bool(_BUILDING_NAME_RE.match(text, end))


def is_venue_noun(word: str) -> bool:
    """A noun of a place where events are held (`świetlica`, `sala`), from the venue lexicon."""
    return bool({fold(x) for x in lemmas(word.lower())} & _venue_nouns())


@functools.cache
def _venue_nouns() -> frozenset[str]:
    return frozenset(fold(n) for n in lexicon("venue_cues.json")["nouns"])


def _surname_at(text: str, pos: int) -> bool:
    m = re.match(r"[ \t]+([A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)", text[pos:pos + 40])
    return bool(m) and "nazwisko" in name_classes(m.group(1))


@functools.cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon("venue_cues.json")
    return (frozenset(fold(w) for w in data["not_places"] + data["regions"]), frozenset(data["residence_verbs"]),
            frozenset(fold(w) for w in data["weekdays"]))


def weekdays() -> frozenset[str]:
    """Names of weekdays (folded), which may stand between a schedule row's date and its place."""
    return _cues()[2]


def _is_seat(text: str, clause: int, place_end: int, w_pos: int) -> bool:
    """`Urząd Gminy w Lublinie`, `Poradni Psychologiczno-Pedagogicznej w Kruszwicy`, `parafii
    w Wiśniowej`, `osoby mieszkające w Nowej Hucie`: the place belongs to a body or a
    person, not to the event (an event's own name, `Forum Samorządowe w Olsztynie`, is not
    a body); a body's acronym in brackets may stand before its seat (`Ośrodek X (ŚODR) w Y`)."""
    if re.search(r"siedzib\w*\s*$", text[max(clause, w_pos - 20):w_pos]):
        return True
    if any(a < w_pos and b >= place_end for a, b in find_names(text, clause, place_end)):
        return True
    before = tokens_within(text, max(clause, w_pos - 120), w_pos)
    phrase: list[Token] = []
    for tok in reversed(before):
        if tok.is_cap or tok.text in ("„", "”", "\"", "“", "-", "(", ")") or (phrase and tok.text.lower() in _NAME_INNER):
            phrase.append(tok)
            continue
        break
    words = [t.text for t in phrase if t.is_word]
    if any(is_event_noun(w) for w in words) or (before and before[-1].is_word and is_event_noun(before[-1].text)):
        return False   # (`Forum Samorządowe w Olsztynie`, `debata w Kłodawie`: the event's place)
    if any(is_org_head(w) or is_acronym(w) or looks_like_acronym(w) for w in words):
        return True
    near = [t for t in before[-3:] if t.is_word]
    return any(is_org_head(t.text.capitalize()) and not is_venue_noun(t.text) for t in near[-2:]) or \
        any(r.lemma.lower() in _cues()[1] for t in near[-2:] for r in analyse(t.text.lower()))


_NAME_INNER = frozenset({"i", "im", "nr", "ds", "na", "rzecz", "dla", ".", "z", "ze"})


_TOWN_LEAD_RE = guarded(r"\b([wW]e?|[dD]o)\s+(?:([a-ząćęłńóśźż]+)\s+)?(?=[A-ZŁŚŻŹĆ])")


def locative_towns(text: str, event_spans: list[Span], prefer: str | None) -> list[TownVenue]:
    """`w Chojnie odbyło się`, `spotkania w Omulu, Rożentalu i Łążku`, `do Zawiercia` after
    an invitation."""
    out: list[TownVenue] = []
    for m in _TOWN_LEAD_RE.finditer(text):
        if m.group(2) and not _is_village_word(m.group(2)):
            continue   # (only `w miejscowości Zaręby Kromki`, `we wsi X` name the village after a noun)
        place = place_at(text, m.end(), prefer)
        if place is None:
            place = _unknown_first_of_list(text, m.end(), prefer)
            if place is None:
                continue
        name, end = place
        clause = (clause_start(text, m.start()), clause_end(text, end))
        if inside_quotes(text, m.start()):
            continue
        intro = _intro_line(text, clause[0])   # `wybory odbędą się:` / `` / `w Tymbarku o godz. 9 i…`
        told = (intro, clause[1]) if intro is not None else clause
        tokens = tokenize(text, *told)
        dated = any(told[0] <= a < told[1] for a, _ in event_spans)
        if m.group(1).lower() == "do":
            if not (dated and any(_lemma_is(t.text, _arrival_verbs()) for t in tokens)):
                continue   # `do Lublina` says where to, only an invitation or arrival makes it the venue
        elif not (dated or any(t.is_word and is_event_verb(t.text) for t in tokens)
                  or _event_noun_before(text, m.start())):
            continue   # a place of an undated event is no venue (`Pierwsze odbyło się w X`: maybe)
        # (the seat test reads the clause's names: asked only of a place the event test keeps)
        if _is_seat(text, clause[0], end, m.start()):
            continue
        clause = told
        if _lives_or_works(text, end, clause[1]) or _ONLINE_RE.search(text, *clause):
            continue   # `W Zamościu mieszka…`, `… a warsztaty odbyły się online`
        name = as_named_in_text(text, text[m.end():end], name) if name else name
        if name:
            out.append(TownVenue(name, (m.end(), end)))
        first = gazetteer().resolve(text[m.end():end], prefer) if name and not prefer else None
        # (the villages of one list lie together: `w Lubogórze, Kupieninie` near the first)
        out.extend(listed_towns(text, end, clause[1], first.teryt6 if first else prefer))
    return out


def as_named_in_text(text: str, phrase: str, name: str) -> str:
    """`w Wilkowie` (Wilków or Wilkowo) beside `KGW Wilkowo`: of the places an
    inflected form may name, the one the text also writes in the nominative (not `Tarnowa`,
    which is also a form of Tarnów: `w Tarnowie` beside `Miasta Tarnowa`)."""
    if _written_alone(name, text):
        return name
    for place in gazetteer().candidates(phrase):
        if place.name != name and _written_alone(place.name, text) \
                and name not in {r.lemma for r in analyse(place.name)}:
            return place.name
    return name


def _written_alone(name: str, text: str) -> bool:
    """The name stands in the text as a word of its own: neither side of some occurrence
    touches a word character (`\\w`: a letter, a digit or `_`)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and _is_word_char(text[at - 1])) and not (end < len(text) and _is_word_char(text[end])):
            return True
        at = text.find(name, at + 1)
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@functools.lru_cache(maxsize=20_000)
def _is_village_word(word: str) -> bool:
    """`miejscowości`, `wsi`: a noun that names the village after it."""
    villages = {fold(w) for w in lexicon("venue_cues.json")["village_words"]}
    return bool({fold(x) for x in lemmas(word)} & villages)


def _intro_line(text: str, clause_start_at: int) -> int | None:
    """Where the line introducing a clause begins, when the clause opens its line and the
    line before (a blank line may stand between) ends with a colon."""
    if text.rfind("\n", 0, clause_start_at + 1) != clause_start_at - 1 and clause_start_at != 0:
        if text[text.rfind("\n", 0, clause_start_at) + 1:clause_start_at].strip():
            return None
    before = text[:clause_start_at].rstrip()
    if not before.endswith(":"):
        return None
    return text.rfind("\n", 0, len(before)) + 1


def _unknown_first_of_list(text: str, pos: int, prefer: str | None) -> tuple[str, int] | None:
    """`w Omulu, Rożentalu, Łążku i Łążynie`: a village the register cannot read, first of
    a list of two or more it can: ("", end of the unknown word) to read the rest."""
    word = _PLACE_WORD_RE.match(text, pos)
    if word is None or word.group().endswith("."):
        return None
    listed = listed_towns(text, word.end(), min(len(text), word.end() + 120), prefer)
    return ("", word.end()) if len(listed) >= 2 else None


@functools.cache
def _arrival_verbs() -> frozenset[str]:
    """`zapraszamy do Zawiercia`, `przyjechała … do Kłodawy`: where people come to."""
    return frozenset(lexicon("venue_cues.json")["arrival_verbs"])


def _event_noun_before(text: str, pos: int) -> bool:
    """`debata w Kłodawie`, `Szkolenie dla sołtysów w Lipnie`: the event itself, named as
    the subject or object right before the place."""
    words = re.findall(r"\w+", re.split(r"[.!?:;,\n()–]", text[max(0, pos - 40):pos])[-1])
    return any(is_event_noun(w) and not w.isupper() for w in words[-3:])
_ONLINE_RE = re.compile(r"\b(?:online|on-line|zdaln\w+|webinar\w*)\b", re.IGNORECASE)


def _lives_or_works(text: str, pos: int, limit: int) -> bool:
    """A verb of living or working right after the place: it is someone's home."""
    return any(r.lemma.lower() in _cues()[1] for t in tokenize(text, pos, limit)[:2] if t.is_word
               for r in analyse(t.text.lower()))


def _lemma_is(word: str, lemmas: frozenset[str]) -> bool:
    return any(r.lemma.lower() in lemmas for r in analyse(word.lower()))


def listed_towns(text: str, pos: int, limit: int, prefer: str | None) -> list[TownVenue]:
    """`w Omulu, Rożentalu, Łążku i Łążynie`: the places coordinated with the first."""
    out: list[TownVenue] = []
    while pos < limit:
        aside = _ASIDE_RE.match(text, pos)
        pos = aside.end() if aside else pos   # `w Ostrołęce (12 maja), Płocku (13 maja)`: each town's date
        glue = _LIST_GLUE_RE.match(text, pos)
        if not glue or glue.end() == pos:
            break
        place = place_at(text, glue.end(), prefer)
        if place is None:
            break
        out.append(TownVenue(place[0], (glue.end(), place[1])))
        pos = place[1]
    return out
