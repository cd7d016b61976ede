"""Where the event happens: venue name, street address and city.

Announcements say it in three ways, all read here:
- a label line: `Gdzie?  Budynek Urzędu Gminy Czernica, ul. Kolejowa 3`, `Miejsce: …`;
- a locative phrase opened by a place noun (Morfeusz lemma: siedziba, sala, budynek,
  świetlica, ośrodek…) or by a capitalised name after `w`/`we`: `w siedzibie Rady Miasta
  Plac Kościuszki 5`, `w sali widowiskowej Centrum Kultury i Biblioteki w Dobrym Mieście`;
- a line that gives a date or time and then a place and a street:
  `19 lipca br., godz. 14:00 - 17:00, Ośrodek 3 Piętra, ul. 28 Pułku Strzelców Kaniowskich 71/73`.
Name and address are kept as written; the city is given in the nominative through the
gazetteer (`w Łęcznej` -> Łęczna). A footer or contact address (tel., NIP, e-mail) is
not a venue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.clauses import body_end
from nlp.gazetteer import gazetteer
from nlp.morph import fold
from nlp.org_names import is_org_head, tokenize
from nlp.venue_context import (arrival_in, CONTACT_RE, context_city, context_ok, DATE_OR_TIME_RE, EVENT_CUE_RE, HAPPEN_AFTER_RE,
                               HAPPEN_RE,
                               HAPPEN_STRICT_RE, inside_quotes, is_submission, not_a_place, ONLINE_RE,
                               sentence_before, sentence_end, transformed_into)
from nlp.venue_names import (address_at, ADDRESS_RE, AREAS, city_after, city_in_name, city_name, FACULTIES,
                             folded_lemmas, has_singular, is_adj, is_venue_noun, is_verb, line_bounds,
                             lower_adjectives_before_venue, POSTAL_TOWN_RE, POSTCODE_RE, PREFER, read_venue_name,
                             town_before, VILLAGE_ADDRESS_RE)
from nlp.venue_schedules import schedule_row_venue
from nlp.venue_towns import is_town, locative_towns, schedule_cells, schedule_towns

__all__ = ["Venue", "context_city", "find_venues"]


_LOCATIVE_RE = re.compile(r"\b(w|we|na|W|We|Na|do|przy|Przy|nad|Nad|przed|Przed)\s+(\w+)")


_SEAT_PREFIX_RE = re.compile(r"(?:nowej\s+|dawnej\s+|głównej\s+)?siedzib(?:ie|a|y)\s+(?=\S+\s+\S|[A-ZŁŚŻŹĆ„\"])",
                             re.IGNORECASE)


_LABEL_RE = re.compile(
    r"(?:^[ \t•*\-–]*|(?<=[–,;|] ))(?:(?:📍|🏠|🏢|📌)\s*|(?:Gdzie\s*\??|Miejsce(?:\s+(?:spotkania|szkolenia|konferencji|wydarzenia|"
    r"warsztatów|debaty|konsultacji|forum|zebrania|zajęć|realizacji|i\s+termin|i\s+czas))?|Termin\s+i\s+miejsce|"
    r"Lokalizacja|Adres(?:\s+spotkania|\s+wydarzenia)?)\s*[:?\-–]\s*)", re.IGNORECASE | re.MULTILINE)


@dataclass(slots=True)
class Venue:
    name: str | None
    address: str | None
    city: str | None
    span: tuple[int, int]
    text: str
    city_explicit: bool = False

    def as_dict(self) -> dict:
        return {"name": self.name, "address": self.address, "city": self.city, "text": self.text, "span": list(self.span)}


def find_venues(text: str, *, default_city: str | None = None, prefer: str | None = None,
                event_spans: list[tuple[int, int]] | None = None) -> list[Venue]:
    """Venues of one text; `prefer` (the source's TERYT code) decides between same-named
    towns; `event_spans` (where the text gives event dates) mark a schedule's rows."""
    token = PREFER.set(prefer)
    try:
        return _find_venues(text, default_city, event_spans or [])
    finally:
        PREFER.reset(token)


def _find_venues(text: str, default_city: str | None, event_spans: list[tuple[int, int]]) -> list[Venue]:
    cut = body_end(text)
    if cut < len(text):
        # headlines of other articles after `Inne aktualności` name other events' places;
        # blanking keeps every offset valid
        text = text[:cut] + re.sub(r"[^\n]", " ", text[cut:])
    found: list[Venue] = []
    taken: list[tuple[int, int]] = []

    def add(name_span, address_span, city, city_explicit, strong=False, city_span=None):
        spans = [s for s in (name_span, address_span, city_span) if s]
        if not spans:
            return
        start = min(s[0] for s in spans)
        end = max(s[1] for s in spans)
        if any(a <= start < b or a < end <= b for a, b in taken):
            return
        if name_span and _SEAT_PREFIX_RE.match(text, name_span[0], name_span[1]):
            # `w siedzibie Stowarzyszenia X` -> `Stowarzyszenia X` (the guide drops the prefix)
            name_span = (_SEAT_PREFIX_RE.match(text, name_span[0], name_span[1]).end(), name_span[1])
        name = text[name_span[0]:name_span[1]].strip(" ,-–") if name_span else None
        if name and not_a_place(name):
            return
        if address_span:
            postal = POSTAL_TOWN_RE.match(text, address_span[1])
            if postal:   # `ul. Dworcowa 6 A, 39-215 Czarna`: the postal line is the address's
                address_span = (address_span[0], postal.end())
                end = max(end, postal.end())
        address = text[address_span[0]:address_span[1]].strip(" ,") if address_span else None
        if name and len(name) < 3:
            name = None
        if not name and not address and not city:
            return
        taken.append((start, end))
        found.append(Venue(name, address, city, (start, end), text[start:end], city_explicit))

    # 1. label lines: `Gdzie?`, `Miejsce:`
    for m in _LABEL_RE.finditer(text):
        ls, le = line_bounds(text, m.end())
        seg_start = m.end()
        if not text[seg_start:le].strip():
            nxt = text.find("\n", seg_start)
            if nxt == -1:
                continue
            seg_start = nxt + 1
            while seg_start < len(text) and text[seg_start] in " \t":
                seg_start += 1
            le = line_bounds(text, seg_start)[1]
        _from_segment(text, seg_start, le, add, strong=True)

    # 1b. a schedule row's place after its date and time: `3 marca, godz. 17.00, OSP Bzie`,
    # `12 maja – os. Słoneczne, godz. 17.00, Szkoła Podstawowa nr 4`, a table's next cell
    for row_start, cell_start, cell_end in schedule_cells(text, event_spans):
        found_in_row = schedule_row_venue(text, row_start, cell_start, cell_end)
        if found_in_row:
            add(*found_in_row)

    # 2. locative phrases: `w siedzibie…`, `w sali…`, `odbędzie się w Centrum…`
    for lead in _LOCATIVE_RE.finditer(text):
        word = lead.group(2)
        preposition = lead.group(1).lower()
        grounds = preposition == "na" and bool(folded_lemmas(word) & {"teren"})
        if preposition in ("na", "przy", "nad", "przed") and not is_venue_noun(word) and not grounds \
                and not (preposition != "na" and word[:1].isupper() and is_adj(word)) \
                and not (preposition == "na" and word[:1].isupper() and folded_lemmas(word) & FACULTIES):
            continue
        if lead.group(1) == "do" and not (is_venue_noun(word) and word[:1].isupper()
                                          and arrival_in(text, lead.start())):
            continue   # `zapraszamy do Centrum Kultury`: only an invitation makes `do` a venue
        if not word[:1].isupper() and not is_venue_noun(word) and not grounds \
                and not (is_adj(word) and preposition in ("w", "we")):
            continue   # cheap test first: most `w` open no place at all
        if preposition in ("przy", "nad", "przed") and not DATE_OR_TIME_RE.search(
                text, max(line_bounds(text, lead.start())[0], lead.start() - 40),
                min(sentence_end(text, lead.end()), lead.end() + 80)):
            continue   # `przy Domu Kultury`, `nad zalewem`: a place only beside an event's date or time
        if transformed_into(text, lead.start()):
            continue   # `przekształcenie Ośrodka w Centrum Usług`: what it becomes, not where
        # read the phrase from a local window of tokens
        tokens = tokenize(text, lead.start(), min(len(text), lead.start() + 200))
        idx = 0
        if grounds:
            if len(tokens) < 3 or not (tokens[2].is_cap or is_venue_noun(tokens[2].text)) \
                    or folded_lemmas(tokens[2].text) & AREAS:
                continue   # `na terenie gminy`, `na terenie Gminy X`: an area, not a place
            idx = 1   # `na terenie Miejskiego Ośrodka Sportu`, `na terenie szkoły`: the grounds of a place
        tok, nxt = tokens[idx], tokens[idx + 1]
        before = text[max(0, tok.start - 60):tok.start]
        sentence = sentence_before(text, tok.start, 200)
        timed = bool(re.search(r"(?:godz\.?|\d{1,2}[:.]\d{2}|r\.|\))\s*,?\s*$", before))
        # `w GOK Kruszyna odbyło się spotkanie`: the verb of happening may follow the place
        said_after = bool(HAPPEN_AFTER_RE.search(text[tok.end:min(sentence_end(text, tok.end), tok.end + 120)]))
        strong = bool(HAPPEN_RE.search(sentence)) or timed or said_after
        if is_submission(text, tok.start) or inside_quotes(text, tok.start):
            continue
        adj_led = (nxt.is_cap and is_adj(nxt.text) and idx + 2 < len(tokens) and
                   (is_venue_noun(tokens[idx + 2].text) or is_org_head(tokens[idx + 2].text))) \
            or lower_adjectives_before_venue(tokens, idx + 1) is not None
        if not (is_venue_noun(nxt.text) or adj_led or (nxt.is_cap and strong)):
            continue
        head = lower_adjectives_before_venue(tokens, idx + 1) or (idx + 2 if adj_led else idx + 1)
        if is_venue_noun(tokens[head].text) and not has_singular(tokens[head].text):
            continue   # `w sołectwach`, `w wielkopolskich Centrach`: places in general, not a venue
        if not nxt.is_cap and not is_venue_noun(nxt.text) and not adj_led:
            continue
        if any(a <= nxt.start < b for a, b in taken):
            continue
        plain_ok = bool(HAPPEN_STRICT_RE.search(sentence)) or timed or said_after
        res = read_venue_name(text, tokens, idx + 1, allow_plain_cap=plain_ok)
        if res is None:
            continue   # a town alone is read with the other towns (`venue_towns`)
        stop, city = res
        if stop - (idx + 1) < 2 and not strong:
            continue   # `w Punkcie`: one word says too little without an event verb
        name_span = (nxt.start, tokens[stop - 1].end)
        name_text = text[name_span[0]:name_span[1]]
        if not strong and not context_ok(text, tok.start):
            continue
        if nxt.is_cap and not is_venue_noun(nxt.text) and gazetteer().is_place(name_text):
            continue   # `w Łęcznej` alone is a city, handled above
        if ONLINE_RE.search(name_text) or folded_lemmas(nxt.text) & {"internet", "sieć", "siec"}:
            continue   # `w Internecie`, `na platformie Zoom`: no place
        line_end = line_bounds(text, name_span[1])[1]
        address = address_at(text, name_span[1], min(line_end, name_span[1] + 120))
        explicit = city is not None
        if address is not None and address.re is VILLAGE_ADDRESS_RE:
            city, explicit = city_name(address.group(1)) or city, True   # `Motycz 1A`
        elif address:
            after = city_after(text, address.end(), line_end)
            if after:
                city, explicit = after[0], True
        add(name_span, address.span() if address else None, city, explicit)

    # 3. a street address on a line with a date, time or event verb: the part before it
    for m in list(ADDRESS_RE.finditer(text)) + list(VILLAGE_ADDRESS_RE.finditer(text)):
        if any(a <= m.start() < b for a, b in taken):
            continue
        ls, le = line_bounds(text, m.start())
        line = text[ls:le]
        if CONTACT_RE.search(line) or is_submission(text, m.start()):
            continue
        village = m.re is VILLAGE_ADDRESS_RE
        if village and not (DATE_OR_TIME_RE.search(line) and is_town(m.group(1))):
            continue
        name_span = _name_before(text, ls, m.start())
        dated = bool(DATE_OR_TIME_RE.search(text[ls:m.start()]))
        sentence = sentence_before(text, m.start(), 250)
        said = bool(HAPPEN_RE.search(sentence) or re.search(r"\b(?:Miejsce|miejsce|Gdzie|gdzie)\b", sentence))
        next_line = text[le + 1:line_bounds(text, min(len(text), le + 1))[1]] if le < len(text) else ""
        if CONTACT_RE.search(next_line):
            continue   # an office's letterhead or footer
        labelled = name_span is not None and is_venue_noun(text[name_span[0]:name_span[1]].split()[0]) \
            and len(line.strip()) <= 120 and EVENT_CUE_RE.search(text[max(0, ls - 400):ls]) \
            and not POSTCODE_RE.search(line)
        if not (dated or said or labelled):
            continue
        if village:
            add(name_span, m.span(), city_name(m.group(1)), True)
            continue
        after = city_after(text, m.end(), le)
        if after is None and name_span is not None:
            town = town_before(text, ls, name_span[0])
            if town:
                after = (town, 0)
        add(name_span, m.span(), after[0] if after else None, after is not None)

    # 4. a town or village alone: `w Moryniu odbyło się`, a schedule's column of villages
    prefer = PREFER.get()
    for town in schedule_towns(text, event_spans, prefer) + locative_towns(text, event_spans, prefer):
        add(None, None, town.city, True, city_span=town.span)

    found = _town_then_venue(text, found)
    for venue in found:
        if venue.city is None:
            venue.city = city_in_name(venue.name) or default_city
    return _dedupe(found)


def _town_then_venue(text: str, found: list[Venue]) -> list[Venue]:
    """`odbędzie się w Lublinie, w sali konferencyjnej…`: a town said right before the
    venue is the venue's city, not a place of its own."""
    found = sorted(found, key=lambda v: v.span[0])
    out: list[Venue] = []
    for k, venue in enumerate(found):
        if not venue.name and not venue.address and venue.city and k + 1 < len(found):
            nxt = found[k + 1]
            gap = text[venue.span[1]:nxt.span[0]]
            if nxt.city is None and re.fullmatch(r"\s*,?\s*(?:w|we|na)?\s*", gap):
                nxt.city, nxt.city_explicit = venue.city, True
                continue
        out.append(venue)
    return out


def _from_segment(text: str, start: int, end: int, add, strong: bool) -> None:
    """`Budynek Urzędu Gminy Czernica, ul. Kolejowa 3` -> name, address, city."""
    segment = text[start:end]
    if not segment.strip() or ONLINE_RE.search(segment) and not ADDRESS_RE.search(segment):
        return
    address = ADDRESS_RE.search(text, start, end)
    if address is None and end < len(text):
        # `Miejsce:` / `Centrum Kultury` / `ul. Peowiaków 12` / `20-007 Lublin` on separate lines
        nxt_start = end + 1
        nxt_end = line_bounds(text, nxt_start)[1]
        lead = re.compile(r"[ \t•*\-–]*").match(text, nxt_start, nxt_end).end()
        candidate = ADDRESS_RE.match(text, lead, nxt_end)
        if candidate:
            address = candidate
            city_line = line_bounds(text, min(len(text), nxt_end + 1))
            after = city_after(text, nxt_end, city_line[1]) if nxt_end < len(text) else None
            if after is None:
                after = city_after(text, address.end(), nxt_end)
    # a date or time before the place on the same line (`19.10.2023, godz. 10:00, Sala…`)
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^,;|]+", segment)]
    name_span = None
    city = None
    explicit = False
    for a, b in parts:
        a, b = start + a, start + b
        piece = text[a:b].strip()
        if not piece or DATE_OR_TIME_RE.search(piece) and not re.search(r"[A-ZŁŚŻ][a-ząćęłńóśźż]{3,}", piece.replace("godz", "")):
            continue
        if address and a <= address.start() < b:
            break
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        # a town alone (`Lublin`) is the city
        place = city_name(piece) if len(piece.split()) <= 3 else None
        if place and name_span is None and not address:
            city, explicit = place, True
            continue
        if name_span is None:
            name_span = (a + lead, a + lead + len(piece))
        elif place:
            city, explicit = place, True
        elif piece[:1].isupper() and (a + lead) - name_span[1] <= 3:
            name_span = (name_span[0], a + lead + len(piece))   # `Sala Błękitna, Urząd Miasta Lublin`
    if address and address.start() < end:
        after = city_after(text, address.end(), end)
        if after:
            city, explicit = after[0], True
    elif address:
        nxt_end = line_bounds(text, address.start())[1]
        after = city_after(text, address.end(), nxt_end) or (
            city_after(text, nxt_end, line_bounds(text, min(len(text), nxt_end + 1))[1]) if nxt_end < len(text) else None)
        if after:
            city, explicit = after[0], True
    if city is None and name_span:
        city = city_in_name(text[name_span[0]:name_span[1]])
        explicit = city is not None
    if name_span and address and name_span[0] > address.start():
        name_span = None
    if name_span:
        name = text[name_span[0]:name_span[1]]
        m = re.search(r"\s(?:w|we)\s+([A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)\s*$", name)
        if m and city is None:
            place = city_name(m.group(1))
            if place:
                city, explicit = place, True
        if address is None and re.search(r"\s\d{1,4}[a-z]?$", name):
            # `Górno 169`: a village with a house number is an address
            head = re.sub(r"\s\d{1,4}[a-z]?$", "", name)
            place = city_name(head)
            if place:
                add(None, name_span, place, True, strong)
                return
    add(name_span, address.span() if address else None, city, explicit, strong)


def _name_before(text: str, line_start: int, address_start: int) -> tuple[int, int] | None:
    """The venue name before an address on its line: the first capitalised part after the
    date and time parts (`19 lipca br., godz. 14:00 - 17:00, Ośrodek 3 Piętra, ul. …`,
    `… – Urząd Miasta i Gminy w Daleszycach, sala konferencyjna, Plac Staszica 9`)."""
    segment = text[line_start:address_start]
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^,;|:()]+?(?=\s*(?:[,;|:()]|\s[-–]\s|$))", segment)]
    pieces = [(a, b) for a, b in pieces if segment[a:b].strip(" -–\t•*")]
    after_dates = []
    for a, b in pieces:
        piece = segment[a:b]
        if DATE_OR_TIME_RE.search(piece):
            after_dates = []
            continue
        after_dates.append((a, b))
    for a, b in after_dates:
        piece = segment[a:b].strip(" -–\t•*")
        if not re.match(r"[A-ZŁŚŻŹĆ„\"]", piece) or len(piece) > 90:
            continue
        if gazetteer().is_place(piece) and not is_venue_noun(piece.split()[0]):
            continue
        if _LABEL_RE.match(piece + ":") or re.match(r"(?:Miejsce|Gdzie|Adres|Termin)\b", piece):
            continue
        if any(is_verb(w) for w in re.findall(r"\w+", piece)):
            return None   # a clause (`Organizator zapewnia zakwaterowanie`), not a name
        off = segment[a:b].find(piece)
        return line_start + a + off, line_start + a + off + len(piece)
    return None


def _dedupe(found: list[Venue]) -> list[Venue]:
    out: list[Venue] = []
    seen: set[tuple[str, str, str]] = set()
    for venue in sorted(found, key=lambda v: v.span[0]):
        key = (fold(venue.name or ""), fold(re.sub(r"\s+", " ", venue.address or "")),
               "" if venue.name or venue.address else fold(venue.city or ""))
        if key in seen:
            continue
        if not venue.name and not venue.address and any(v.city == venue.city for v in out):
            continue
        seen.add(key)
        out.append(venue)
    # `w sali widowiskowej` again, after `w sali widowiskowej Giżyckiego Centrum Kultury`
    names = [fold(v.name) for v in out if v.name]
    out = [v for v in out if not (v.name and not v.address and
                                  any(n != fold(v.name) and n.startswith(fold(v.name) + " ") for n in names))]
    # a city-only venue says nothing more than a full one in the same city
    if any(v.name or v.address for v in out):
        out = [v for v in out if v.name or v.address or not any((w.name or w.address) and w.city == v.city for w in out)]
    return out
