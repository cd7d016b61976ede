"""Reading a venue's name, street address and town from the words at a place.

`sali konferencyjnej Starostwa Powiatowego w Łęcznej`, `Centrum Kultury im. Józefa
Mehoffera`, `ul. 3-go Maja 12, 39-100 Ropczyce`, `Wiercany 29`: names and
addresses are kept exactly as written; the town is given in the nominative through the
gazetteer. Which places are venues of the event is decided in `nlp.venues`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.dates_lexicon import MONTH_WORD, WEEKDAY_WORD
from nlp.gazetteer import gazetteer
from nlp.morph import analyse, can_be, modifies, name_classes
from nlp.org_names import (is_acronym, is_first_name, is_office_title, is_org_head, is_person_role, looks_like_acronym,
                            Token)
from nlp.org_name_parts import compound_dash, compound_spaced
from nlp.org_words import _genitive_only
from nlp.venue_addresses import MONTHS_GEN
from nlp.venue_lines import hard_wrapped
from nlp.venue_name_tokens import (CAPITALS_RE, DEDICATIONS, SCHOOL_NUMBER_RE, STREET_WORD_RE, adjective_of_next,
                                   date_at, event_named_at, former_abbreviated, listed_remit, numbered_item,
                                   patron_abbreviation, street_at)
from nlp.venue_table_rows import home_of_owner
from nlp.venue_words import (city_name, floor_end, folded_lemmas, is_adj, is_commemorative, is_gen_noun,
                             is_name_companion, is_noun, is_office_seat, is_part, is_room, is_venue_noun,
                             lower_adjectives_before_venue, numbered_floor_end, opens_own_name, place_lemma)

def _place_after_w(text: str, tokens: Sequence[Token], k: int) -> tuple[int, str | None] | None:
    """If tokens[k:] start with a place name (`Dobrym Mieście`), (index after it, nominative
    or None when no register or dictionary knows it)."""
    n = len(tokens)
    end = k
    while end < n and end - k < 3 and tokens[end].is_cap and tokens[end].is_word \
            and (end == k or "\n" not in text[tokens[end - 1].end:tokens[end].start]):
        end += 1
    for stop in range(end, k, -1):
        phrase = text[tokens[k].start:tokens[stop - 1].end]
        if stop == k + 1 < end and is_adj(phrase) and modifies(phrase, tokens[k + 1].text):
            continue   # `w Starym Bielsku`: the adjective alone is not the village Stara
        name = city_name(phrase)
        if name:
            return stop, name
    word = tokens[k].text
    if end != k + 1 or is_venue_noun(word) or word.isupper():
        return None
    # `świetlicy wiejskiej w Zadębiu`, `filii nr 4 w Dębinowcu`: a village or district
    # the register lacks, by SGJP's name of it, or a word the dictionary does not know at all
    lemma = place_lemma(word) or (None if _CALENDAR_WORD_RE.fullmatch(word) else gazetteer().registered_name(word))
    return (k + 1, lemma) if lemma or not analyse(word) else None


# (`w Czwartek 5 maja`: a day, though a village is called so)
_CALENDAR_WORD_RE = re.compile(rf"{WEEKDAY_WORD}|{MONTH_WORD}", re.IGNORECASE)


_VILLAGE_ABBREVIATIONS = frozenset({"m", "msc", "miejsc", "miejscow"})   # `w m. Bukowska Wola`


def _village_name_at(tokens: Sequence[Token], k: int) -> int | None:
    """Where the village's name starts after `miejscowości`, `wsi` or `m.` at tokens[k]."""
    if k + 1 < len(tokens) and folded_lemmas(tokens[k].text) & {"miejscowosc", "wies"}:
        return k + 1
    if k + 2 < len(tokens) and tokens[k].low in _VILLAGE_ABBREVIATIONS and tokens[k + 1].text == ".":
        return k + 2
    return None


# Words that end the lower-case part of a name (`sali konferencyjnej` | `w Urzędzie`)
# (`w przedszkolu dnia 8 lutego`: the day the date's word opens is no part of the place)
_NOT_IN_LOWER_NAME = frozenset({"w", "we", "na", "przy", "i", "oraz", "o", "od", "do", "z", "ze", "dla", "pod", "pw",
                                "dnia", "dniu"})


def read_venue_name(text: str, tokens: Sequence[Token], i: int, *, allow_plain_cap: bool) -> tuple[int, str | None] | None:
    """A venue name starting at tokens[i]: (index after it, city named inside it or None)."""
    n = len(tokens)
    if SCHOOL_NUMBER_RE.fullmatch(tokens[i].text) and i + 1 < n and tokens[i + 1].is_cap \
            and is_venue_noun(tokens[i + 1].text):   # (not `w XIII Forum Organizacji`: an event's edition)
        i += 1   # `I Liceum Ogólnokształcącym`, `XXI Liceum …`: a school's number before its name
    if compound_spaced(tokens, i):
        i += 1   # `Miejsko Gminnym Ośrodku Kultury`: a compound adjective whose dash was lost
    first = tokens[i]
    j = i
    if first.is_cap and is_adj(first.text) and not is_venue_noun(first.text):
        while j < n and j - i < 4 and tokens[j].is_cap and is_adj(tokens[j].text) and not is_venue_noun(tokens[j].text):
            j += 1
            if j + 1 < n and tokens[j].text == "i" and tokens[j + 1].is_cap and is_adj(tokens[j + 1].text):
                j += 1   # `Wojewódzkiej i Miejskiej Bibliotece`: adjectives joined by `i`
    elif lower_adjectives_before_venue(tokens, i):
        j = lower_adjectives_before_venue(tokens, i)   # `małej sali sesyjnej`
    if j >= n:
        return None
    head, head_at = tokens[j], j
    if not (is_venue_noun(head.text) or is_org_head(head.text)
            or (allow_plain_cap and head.is_cap and head.is_word and not is_first_name(head.text)
                and (is_noun(head.text) or not analyse(head.text) or is_acronym(head.text)))):   # (`w GOK-u`)
        return None
    if head.is_cap and gazetteer().is_place(head.text) and not is_venue_noun(head.text) and not is_org_head(head.text):
        return None
    if numbered_item(tokens, j):
        return None   # `radny opuścił obrady w pkt 7`: an item of the agenda, no place
    j = home_of_owner(tokens, head_at) or j + 1   # (`w domu Sołtysa w Lipnie`: whose home, capitalised)
    # lower-case adjectives and genitive nouns of a common-noun venue (`sali konferencyjnej urzędu`)
    room = is_room(head.text)
    if room and j + 1 < n and tokens[j].is_cap and is_adj(tokens[j].text) and modifies(tokens[j].text, head.text) \
            and not tokens[j + 1].is_cap and is_venue_noun(tokens[j + 1].text) and is_gen_noun(tokens[j + 1].text):
        j += 1   # `sali Kryształowej hotelu X`: a room's own name, then the building it is in
    noun = head.text   # (the noun the next adjective may agree with: `sali konferencyjnej starostwa powiatowego`)
    while j < n and not tokens[j].is_cap and tokens[j].is_word and j - i < 6 \
            and "\n" not in text[tokens[j - 1].end:tokens[j].start] \
            and tokens[j].text.lower() not in _NOT_IN_LOWER_NAME \
            and ((is_adj(tokens[j].text) and (modifies(tokens[j].text, head.text) or modifies(tokens[j].text, noun)))
                 or is_gen_noun(tokens[j].text)
                 or compound_dash(tokens, j + 1, lower=True)   # `sali kinowo – widowiskowej`
                 or adjective_of_next(tokens, j)   # `budynku dawnej szkoły`
                 or former_abbreviated(tokens, j)   # `budynku b. szkoły`
                 or (room and (tokens[j].text == "nr" or (tokens[j].text.isdigit() and not date_at(tokens, j))))):
        if is_gen_noun(tokens[j].text) and not is_adj(tokens[j].text):
            noun = tokens[j].text
        j += 3 if compound_dash(tokens, j + 1, lower=True) else 2 if former_abbreviated(tokens, j) else 1
        # (`sali 103`, `sali nr 12`; not `na sali obecni`)
    floor = floor_end(tokens, j) if room else None
    if floor is not None:   # `sali nr 316 na III piętrze delegatury UMŁ`: the floor, then the room's building
        j = floor
        while j < n and j - i < 12 and not tokens[j].is_cap and tokens[j].is_word \
                and (is_gen_noun(tokens[j].text) or is_adj(tokens[j].text)) \
                and "\n" not in text[tokens[j - 1].end:tokens[j].start]:
            j += 1
    dedication = next((len(words) for words in DEDICATIONS if [t.low for t in tokens[j:j + len(words)]] == words
                       and j + len(words) < n), 0)
    if dedication:
        j += dedication   # `parafii pod wezwaniem Opatrzności Bożej`, `parafia pw. św. Wojciecha`: the patron follows
        while j < n and (tokens[j].is_cap or tokens[j].text.lower() in ("św", "bł")
                         or (tokens[j].text == "." and tokens[j - 1].text.lower() in ("św", "bł", "ks", "bp", "pw"))) \
                and "\n" not in text[tokens[j - 1].end:tokens[j].start]:
            j += 1
        # a patron ends the name but for its town (`parafii pw. św. Marka. „Koncert”…` is no more of it)
        if j + 1 < n and tokens[j].text.lower() in ("w", "we") and tokens[j + 1].is_cap:
            place = _place_after_w(text, tokens, j + 1)
            if place:
                return place
        return j, None
    if room and j + 2 < n and tokens[j].text == "," and tokens[j + 1].text in ("w", "we") and tokens[j + 2].is_cap:
        building = read_venue_name(text, tokens, j + 2, allow_plain_cap=False)
        if building and not gazetteer().is_place(tokens[j + 2].text):
            return building   # `sali 103, w Starostwie Powiatowym`
    # `placu przy remizie OSP`, `placu przed kinem`, `wiacie na placu zabaw`, `budynek po szkole`: a
    # place given by the place it adjoins, stands on or once was (not `przy ul.`)
    if j + 1 < n and tokens[j].text in ("przy", "na", "po", "obok", "przed") and not street_at(tokens, j + 1) \
            and (is_venue_noun(tokens[j + 1].text)
                 or (room and tokens[j + 1].is_cap and (is_org_head(tokens[j + 1].text)
                                                        or looks_like_acronym(tokens[j + 1].text)))):
        j += 2   # (`sali nr 33 przy KWK Zofiówka`: a room of a body's building)
        while j < n and not tokens[j].is_cap and tokens[j].is_word and j - i < 8 \
                and (is_adj(tokens[j].text) or is_gen_noun(tokens[j].text)):
            j += 1
    if j < n and tokens[j].low == "u":
        j = home_of_owner(tokens, j) or j   # `w budynku prywatnym u p. Kowal w Lipnie`: whose home it is
    city = None
    last_good = j
    genitive_patron = False   # `Szkole Podstawowej Jana Pawła II`: a patron in the genitive, without `im.`
    while j < n and j - i < 16:
        tok = tokens[j]
        if "\n" in text[tokens[j - 1].end:tok.start] and not hard_wrapped(text, tokens[j - 1].end, tok.start):
            break
        low = tok.text.lower()
        if tok.is_cap and tok.is_word:
            # `Hotelu Marina Club`: a brand, not a person; `Sali Karola Lisa`: the room's patron, in the genitive
            branded = j == head_at + 1 and (not room or can_be(tok.text, "subst", case="gen"))
            patron = genitive_patron or j >= 2 and (
                (tokens[j - 1].text == "." and tokens[j - 2].text.lower() in ("im", "św", "bł", "ks", "pw"))
                or tokens[j - 1].text.lower() == "wezwaniem"
                or any(t.text.lower() in ("im", "pw") for t in tokens[i:j]))   # `im. Jana Pawła II`
            office = is_office_seat(head.text)   # `Kancelarii Prezesa Rady Ministrów`: the office it serves
            ranked = is_commemorative(head.text) and j + 1 < n and tokens[j + 1].is_cap   # `Placu Marszałka Józefa …`
            if (not office and not ranked and (is_person_role(tok.text) or is_office_title(tok.text))) \
                    or STREET_WORD_RE.match(tok.text + " ") or (
                    not patron and not branded and "imię" in name_classes(tok.text) and not is_venue_noun(tok.text)
                    and j + 1 < n and tokens[j + 1].is_cap and not _genitive_only(tokens[j + 1].low)
                    and not is_org_head(tokens[j + 1].text) and not is_venue_noun(tokens[j + 1].text)):
                break   # `… Jan Kowalski` is a person; `im. Hieronima Łopacińskiego`, `Szkole Jana Pawła II`
                #         name the patron
            if j > head_at + 1 and not patron and opens_own_name(tokens, j):
                break   # `w Centrum Kultury Biblioteka Publiczna przygotowała`: the subject after the place
            genitive_patron = genitive_patron or not patron and "imię" in name_classes(tok.text) \
                and j + 1 < n and tokens[j + 1].is_cap and _genitive_only(tokens[j + 1].low)
            j += 1
            last_good = j
            continue
        if tok.text in ("„", "\"", "“"):
            k = j + 1
            while k < n and k - j < 12 and tokens[k].text not in ("”", "\"", "“"):
                k += 1
            quoted = [t.text for t in tokens[j + 1:k]]
            if k < n and sum(t.isalnum() for t in quoted) <= 4 and not {"?", "!", "…", ","} & set(quoted):
                j = last_good = k + 1
                continue
            break   # (a title in quotes, `Muzeum „Czy to prawda, że…”`, names what is on, not the place)
        if low in ("w", "we") and j + 1 < n and tokens[j + 1].is_cap:
            place = _place_after_w(text, tokens, j + 1)
            if place:
                j = last_good = place[0]
                city = place[1]
                break
            building = read_venue_name(text, tokens, j + 1, allow_plain_cap=False) \
                if is_room(tokens[i].text) or is_part(head.text) else None
            if building:   # `sali konferencyjnej w Urzędzie Miasta`, `scenie … w Parku Zdrojowym`
                j = last_good = building[0]
                city = building[1]
            break
        if low == "przy" and room and j + 1 < n and not street_at(tokens, j + 1) and (
                tokens[j + 1].is_cap and (is_org_head(tokens[j + 1].text) or is_venue_noun(tokens[j + 1].text))
                or not tokens[j + 1].is_cap
                and is_venue_noun(tokens[lower_adjectives_before_venue(tokens, j + 1) or j + 1].text)
                and not any(is_org_head(t.text) or is_venue_noun(t.text) for t in tokens[head_at + 1:j])):
            building = read_venue_name(text, tokens, j + 1, allow_plain_cap=False)
            # `Hali Sportowej przy Zespole Szkół nr 3 w Starachowicach`, `Salce Katechetycznej przy kościele
            # parafialnym w Lipnie`: the building it belongs to
            if building:
                j = last_good = building[0]
                city = building[1]
            break
        if low == "," and j + 2 < n and room and tokens[j + 1].low in ("w", "we") and not tokens[j + 2].is_cap \
                and is_venue_noun(tokens[j + 2].text):
            j += 1   # `Sali Koncertowej im. X, w budynku Szkoły Podstawowej`: the room's building after a comma
            low = "w"
        if low in ("w", "we") and j + 1 < n and room and not tokens[j + 1].is_cap \
                and is_venue_noun(tokens[lower_adjectives_before_venue(tokens, j + 1) or j + 1].text):
            building = read_venue_name(text, tokens, j + 1, allow_plain_cap=False)
            if building:   # `sali Portretowej w budynku Magistratu`, `Sali X w opolskim ratuszu`: the room's building
                j = last_good = building[0]
                city = building[1]
            break
        if low in ("w", "we") and j + 1 < n and not room and not tokens[j + 1].is_cap and is_room(tokens[j + 1].text):
            inner = read_venue_name(text, tokens, j + 1, allow_plain_cap=False)
            if inner:   # `Bibliotece Publicznej w sali Multimedialnej`: a room stays with its building
                j = last_good = inner[0]
                city = city or inner[1]
            break
        village = _village_name_at(tokens, j + 1) if low in ("w", "we") else None
        if village is not None and tokens[village].is_cap:
            # `świetlicy wiejskiej w miejscowości Czysta Dębina`, `Remiza OSP w m. Bukowska Wola`
            place = _place_after_w(text, tokens, village)
            if place:
                j = last_good = place[0]
                city = place[1]
            break
        if low in ("z", "ze") and j + 1 < n and tokens[j + 1].is_cap \
                and is_name_companion(tokens[j + 1].text):
            j += 1   # `Szkole Podstawowej nr 25 z Oddziałami Integracyjnymi`
            continue
        if low == "," and room and j + 2 < n and tokens[j + 1].is_cap and is_gen_noun(tokens[j + 1].text) \
                and (is_org_head(tokens[j + 1].text) or is_adj(tokens[j + 1].text) and is_org_head(tokens[j + 2].text)):
            j += 1   # `Sali Marmurowej, Śląskiego Urzędu Wojewódzkiego`: the room's building after a comma
            continue
        if low == "," and listed_remit(tokens, j):
            j += 1   # `Gminnego Ośrodka Kultury, Sportu i Rekreacji`: the fields a body serves, listed
            continue
        if patron_abbreviation(tokens, i, j):
            j += 1   # `im. Wł. hr. Zamoyskiego`: initials and titles of the patron
            continue
        if tok.text == "." and tokens[j - 1].text == "S" and j + 2 < n and tokens[j + 1].text == "A" \
                and tokens[j + 2].text == ".":
            j = last_good = j + 3   # `Agencji Rozwoju Regionalnego S.A.`: a company's legal form
            continue
        if tok.text == "." and tokens[j - 1].text.lower() not in ("im", "św", "ks", "gen", "nr", "bł", "pw", "wlkp", "ds", "prof", "dr"):
            break
        if low == "m" and j + 4 < n and [t.low for t in tokens[j + 1:j + 4]] == [".", "st", "."] \
                and tokens[j + 4].is_cap:
            j = last_good = j + 5   # `Sali Rady Dzielnicy Śródmieście m.st. Warszawy`: the capital's name
            continue
        floor = numbered_floor_end(tokens, j + 1) if low in ("-", "–") else None
        if floor is not None:
            j = last_good = floor   # `sali narad Urzędu Miasta – I piętro`: the room's floor (not a name going on)
            break
        if low in ("i", "im", "nr", "na", "nad", "dla", "ds", "pod", "św", "-", "–", ".") and j + 1 < n \
                and "\n" not in text[tok.end:tokens[j + 1].start]:
            nxt = tokens[j + 1]
            if nxt.text == "." and j + 2 < n:
                nxt = tokens[j + 2]
            if (nxt.is_cap and nxt.is_word and not STREET_WORD_RE.match(nxt.text + " ")
                and not (low == "na" and event_named_at(tokens, j + 1))) \
                    or (low == "nr" and nxt.text.isdigit()):   # (not `Stanicy na Walnym Zebraniu`: the event)
                j += 1
                if tokens[j].text == ".":
                    j += 1
                continue
        if tok.text.isdigit() and j + 2 < n and tokens[j + 1].text == "." and tokens[j + 2].text.isdigit() \
                and tok.start == tokens[j - 1].end + 1 and tokens[j + 2].start == tokens[j + 1].end:
            j = last_good = j + 3   # `Centrum 3.0`
            continue
        if tok.text.isdigit() and tokens[j - 1].text.lower() in ("nr", "numer"):
            j = last_good = j + 1
            continue
        if tok.text.isdigit() and len(tok.text) <= 2 and CAPITALS_RE.fullmatch(tokens[j - 1].text) \
                and not (j + 1 < n and tokens[j + 1].text in (".", ":", "-", "–")):
            j = last_good = j + 1   # `budynek SP 2 w Kamienicy`: a school's number after its acronym
            continue
        if tok.text.isdigit() and j + 1 < n and re.fullmatch(MONTHS_GEN, tokens[j + 1].text):
            j = last_good = j + 2   # `plac Konstytucji 3 Maja`
            continue
        break
    if last_good - i < 1:
        return None
    return _room_after_dash(text, tokens, last_good), city


def _room_after_dash(text: str, tokens: Sequence[Token], j: int) -> int:
    """The index after a room named past a dash (`Urząd Miasta Zakopane - sala obrad`, `Starostwa
    Powiatowego w Chojnicach - sala konferencyjna nr 41`), or j."""
    if not (j + 1 < len(tokens) and tokens[j].text in ("-", "–") and not tokens[j + 1].is_cap
            and is_room(tokens[j + 1].text)) or "\n" in text[tokens[j - 1].end:tokens[j + 1].start]:
        return j
    k = j + 2
    while k < len(tokens) and k - j < 6 and not tokens[k].is_cap and (
            tokens[k].text in ("nr", "numer") or tokens[k].text.isdigit()
            or tokens[k].is_word and (is_adj(tokens[k].text) or is_gen_noun(tokens[k].text))):
        k += 1
    return k


def with_room_in_brackets(text: str, name_span: tuple[int, int], limit: int) -> tuple[int, int]:
    """`budynek gminny (sala II piętro)`: a room in brackets right after the name is part of it."""
    m = _ROOM_IN_BRACKETS_RE.match(text, name_span[1], limit)
    if m and is_room(m.group(1)) and not re.search(r",", m.group()):   # (not `(Rynek 1, Prochowice)`)
        return name_span[0], m.end()
    return name_span


_ROOM_IN_BRACKETS_RE = re.compile(r"[ \t]*\((?:w\s+)?(\w+)[^()\n]{0,70}\)")
