"""Where the event happens: venue name, street address and city.

Announcements say it in three ways, all read here:
- a label line: `Gdzie?  Budynek Urzędu Gminy Jaworek, ul. Polna 8`, `Miejsce: …`;
- a locative phrase opened by a place noun (Morfeusz lemma: siedziba, sala, budynek,
  świetlica, ośrodek…) or by a capitalised name after `w`/`we`: `w siedzibie Rady Miasta
  Plac Kościuszki 5`, `w sali widowiskowej Centrum Kultury i Biblioteki w Dobrym Mieście`;
- a line that gives a date or time and then a place and a street:
  `12 maja br., godz. 10:00 - 13:00, Dom Sąsiedzki, ul. Wólczańska 55`.
Name and address are kept as written; the city is given in the nominative through the
gazetteer (`w Łęcznej` -> Łęczna). A footer or contact address (tel., NIP, e-mail) is
not a venue.
"""
from __future__ import annotations

import re

from nlp.clauses import body_end, inside_quotes
from nlp.gazetteer import gazetteer
from nlp.morph import analyse, can_be
from nlp.org_names import is_org_head
from nlp.org_words import tokens_within
from nlp.text_lines import line_bounds
from nlp.venue_addresses import (address_at, address_below, ADDRESS_RE, city_after, city_in_name, POSTAL_TOWN_RE,
                                 POSTCODE_FIRST_RE, POSTCODE_RE, row_opening_town, town_before, town_before_address,
                                 VILLAGE_ADDRESS_RE)
from nlp.venue_context import (arrival_in, CONTACT_RE, context_city, context_ok, DATE_OR_TIME_RE, EVENT_CUE_RE,
                               gathering_in, HAPPEN_AFTER_RE, HAPPEN_RE, HAPPEN_STRICT_RE, hedged,
                               is_submission, list_intro, on_a_route, ONLINE_RE, seat_before, sentence_before,
                               sentence_end, transformed_into, wrapped_from, workplace)
from nlp.venue_hosts import host_venues
from nlp.venue_labels import ROW_DATE_RE, from_segment, labelled_segments, name_before, place_then_time, venue_headed
from nlp.venue_lists import coordinated_place, listed_places
from nlp.venue_merge import dedupe, Venue
from nlp.venue_not_places import not_a_place
from nlp.venue_lines import seat_line_end
from nlp.venue_names import read_venue_name, with_room_in_brackets
from nlp.venue_rooms import building_after_room
from nlp.venue_schedules import cells_before_dates, schedule_row_venue
from nlp.venue_table_rows import row_places
from nlp.venue_rows import schedule_cells, schedule_towns, towns_opening_items
from nlp.venue_town_pairs import town_then_venue
from nlp.venue_towns import is_district_of, is_town, locative_towns
from nlp.venue_words import (AREAS, city_name, event_after, FACULTIES, folded_lemmas, grounds_at, has_singular, is_adj,
                             is_adverb, is_not_place_head, is_venue_noun, lower_adjectives_before_venue,
                             meeting_right_before, ours_then_place, place_lemma, place_noun_next, plural_places, PREFER)
from nlp.vocabulary import is_event_noun

__all__ = ["Venue", "context_city", "find_venues"]


_WHERE_AFTER_RE = re.compile(r"[^.;:!?\n]{0,80}?,\s*gdzie\b")
_LOCATIVE_RE = re.compile(r"\b(w|we|na|W|We|Na|do|przy|Przy|nad|Nad|przed|Przed)\s+(\w+)")


_SEAT_PREFIX_RE = re.compile(r"(?:nowej\s+|dawnej\s+|głównej\s+)?siedzib(?:ie|a|y)\s+(?=\S+\s+\S|[A-ZŁŚŻŹĆ„\"])",
                             re.IGNORECASE)


_DISTRICT_RE = re.compile(r"(?:os\.|[Oo]siedl[eu])(?!.*\d)")


def find_venues(text: str, *, default_city: str | None = None, prefer: str | None = None,
                event_spans: list[tuple[int, int]] | None = None) -> list[Venue]:
    """Venues of one text; `prefer` (the source's TERYT code) decides between same-named
    towns; `event_spans` (where the text gives event dates) mark a schedule's rows."""
    token = PREFER.set(prefer)
    try:
        return _find_venues(text, default_city, event_spans or [])
    finally:
        PREFER.reset(token)


_THIS = frozenset({"tym", "tej", "tych", "ten", "tę"})
# a time, `r.`, a day with `roku` (`20 października 2023 roku`) or a bracket before `w`: the place of what happens then
_TIMED_BEFORE_RE = re.compile(r"(?:godz\.?(?:\s*\d{1,2})?|\d{1,2}[:.]\d{2}|r\.|\d{1,2}[ .]+[^\W\d_]+[ .]+\d{4}\s+roku"
                              r"|\))\s*,?\s*$")


def _find_venues(text: str, default_city: str | None, event_spans: list[tuple[int, int]]) -> list[Venue]:
    if default_city and not_a_place(default_city):
        default_city = None   # (`Polska` named most on the page is no town)
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
        name_span = name_span and seat_line_end(text, name_span)
        building = building_after_room(text, name_span) if name_span and not address_span else None
        if building is not None:   # `sala Dębowa, Miejska Biblioteka Publiczna, ul. Polna 9`: one place
            name_span, address_span = building
            end = max(end, (address_span or name_span)[1])
        name = text[name_span[0]:name_span[1]].strip(" ,-–") if name_span else None
        if name and re.search(r"\w{5}\.$", name):
            name = name[:-1]   # a sentence's full stop (not `Wlkp.`)
        if name and not_a_place(name):
            return
        if address_span:
            postal = POSTAL_TOWN_RE.match(text, address_span[1])
            if postal:   # `ul. Dworcowa 6 A, 39-215 Czarna`: the postal line is the address's, and its town the city
                address_span = (address_span[0], postal.end())
                end = max(end, postal.end())
                if not city_explicit:
                    city, city_explicit = POSTCODE_RE.search(postal.group()).group(1), True
        address = text[address_span[0]:address_span[1]].strip(" ,\n\t") if address_span else None
        if name and len(name) < 3:
            name = None
        if not name and not address and not city:
            return
        taken.append((start, end))
        found.append(Venue(name, address, city, (start, end), text[start:end], city_explicit))

    # 1. label lines: `Gdzie?`, `Miejsce:`
    label_towns: dict[str, tuple[int, int]] = {}
    for seg_start, seg_end in labelled_segments(text):
        town = from_segment(text, seg_start, seg_end, add, strong=True)
        if town:
            label_towns.setdefault(town, (seg_start, seg_end))

    # 1a. a line that opens with the place, then gives the time (`Świetlica wiejska w Lipiu, godz. 17:00`)
    for name_start, name_end, town in place_then_time(text):
        address = address_at(text, name_end, line_bounds(text, name_end)[1])
        add((name_start, name_end), address.span() if address else None, town, town is not None)

    # 1a'. a numbered table row whose date ends its line: `3 Zalesie Zalesie Świetlica wiejska w Zalesiu 16.02.2019`
    for name_span, town in row_places(text, event_spans):
        add(name_span, None, town, town is not None)

    # 1b. a schedule row's place after its date and time: `3 marca, godz. 17.00, OSP Bzie`,
    # `12 maja – os. Słoneczne, godz. 17.00, Szkoła Podstawowa nr 4`, a table's next cell
    row_cells = schedule_cells(text, event_spans)
    for row_start, cell_start, cell_end in cells_before_dates(text, event_spans) + row_cells:
        found_in_row = schedule_row_venue(text, row_start, cell_start, cell_end)
        if found_in_row:
            add(*found_in_row)

    # 2. locative phrases: `w siedzibie…`, `w sali…`, `odbędzie się w Centrum…`
    for lead in _LOCATIVE_RE.finditer(text):
        word = lead.group(2)
        preposition = lead.group(1).lower()
        if preposition in ("w", "we") and word.lower() == "tym" and text[:lead.start()].rstrip().endswith(","):
            continue   # `…, w tym spółdzielni socjalnych`: "among them", no place
        if preposition == "na" and analyse(word.lower()) and not _WHERE_AFTER_RE.match(text, lead.end()) \
                and not any(can_be(word, pos, case="loc") for pos in ("subst", "adj")):
            continue   # `zapraszamy na Kawiarenkę Obywatelską`: what one goes to (but `na Zamek X, gdzie odbędzie się`)
        at = grounds_at(preposition, re.findall(r"\w+", text[lead.start(2):lead.start(2) + 60]))
        grounds = at is not None
        if preposition in ("na", "przy", "nad", "przed") and not is_venue_noun(word) and not grounds \
                and not (preposition != "na" and word[:1].isupper() and is_adj(word)) \
                and not (preposition == "na" and word[:1].isupper() and folded_lemmas(word) & FACULTIES) \
                and not (preposition == "na" and word[:1].isupper() and is_adj(word)
                         and place_noun_next(text, lead.end(), capitalised=True)):
            continue   # (`na Jasnych Błoniach`, `na Starym Rynku`: an adjective of a place's own name)
        if preposition in ("do", "na") and seat_before(text, lead.start()):
            continue   # `posłem do Parlamentu Europejskiego`, `kandydaci na urząd burmistrza`
        ours = preposition == "do" and ours_then_place(text, lead.end(), word)
        # (`udaliśmy się do hałcnowskiego Domu Kultury`: a place named after a lower-case adjective)
        ours = ours or preposition == "do" and word.islower() and is_adj(word) and place_noun_next(text, lead.end())
        if lead.group(1) == "do" and not ((is_venue_noun(word) or (word[:1].isupper() and (is_adj(word) or is_org_head(word)))
                                           or ours) and arrival_in(text, lead.start())):
            continue   # `zapraszamy do Centrum Kultury`: only an invitation or arrival makes `do` a venue
        if not word[:1].isupper() and not is_venue_noun(word) and not grounds and not ours \
                and not ((is_adj(word) or is_adverb(word)) and preposition in ("w", "we") and word not in _THIS):
            continue   # cheap test first: most `w` open no place at all (nor `w tym stadniną koni`: including)
        if preposition in ("przy", "nad", "przed") and not DATE_OR_TIME_RE.search(
                text, max(line_bounds(text, lead.start())[0], lead.start() - 40),
                min(sentence_end(text, lead.end()), lead.end() + 80)):
            continue   # `przy Domu Kultury`, `nad zalewem`: a place only beside an event's date or time
        # read the phrase from a local window of tokens
        tokens = tokens_within(text, lead.start(), lead.start() + 200)
        idx = 0
        if grounds:
            idx = at + 1   # `na terenie szkoły`, `w gościnnych progach Starostwa`: the grounds of a place
            while idx < 3 and len(tokens) > idx + 2 and not tokens[idx + 1].is_cap and is_adj(tokens[idx + 1].text) \
                    and not is_venue_noun(tokens[idx + 1].text):
                idx += 1   # `na terenach zielonych Parku Miejskiego`: the kind of grounds, then the place
            if len(tokens) < idx + 2 or not (tokens[idx + 1].is_cap or is_venue_noun(tokens[idx + 1].text)) \
                    or folded_lemmas(tokens[idx + 1].text) & AREAS:
                continue   # `na terenie gminy`, `na terenie Gminy X`: an area, not a place
        tok, nxt = tokens[idx], tokens[idx + 1]
        adj_led = (nxt.is_cap and is_adj(nxt.text) and idx + 2 < len(tokens) and
                   (is_venue_noun(tokens[idx + 2].text) or is_org_head(tokens[idx + 2].text))) \
            or lower_adjectives_before_venue(tokens, idx + 1) is not None
        if not (is_venue_noun(nxt.text) or adj_led or nxt.is_cap):
            continue   # (the cheap half of the test below, before the sentence is read)
        if transformed_into(text, lead.start()) or hedged(text, lead.start()) or workplace(text, lead.start()):
            continue   # `przekształcenie Ośrodka w Centrum Usług`: what it becomes, not where
        before = text[max(0, lead.start() - 60):lead.start()]
        sentence = sentence_before(text, tok.start, 200)
        timed = bool(_TIMED_BEFORE_RE.search(before))
        # `w GOK Kruszyna odbyło się spotkanie`: the verb of happening may follow the place
        after_place = text[tok.end:min(sentence_end(text, tok.end), tok.end + 120)]
        said_after = bool(HAPPEN_AFTER_RE.search(after_place)) or gathering_in(" ".join(after_place.split()[:8]))
        strong = bool(HAPPEN_RE.search(sentence)) or timed or said_after or meeting_right_before(before) \
            or gathering_in(sentence.rsplit(",", 1)[-1]) \
            or preposition == "do"   # (`zebrali się w sali`; `udali się do Fundacji X`: where they went)
        if is_submission(text, tok.start) or inside_quotes(text, tok.start):
            continue
        if not (is_venue_noun(nxt.text) or adj_led or (nxt.is_cap and strong)):
            continue
        head = lower_adjectives_before_venue(tokens, idx + 1) or (idx + 2 if adj_led else idx + 1)
        if is_venue_noun(tokens[head].text) and not has_singular(tokens[head].text) \
                and not folded_lemmas(tokens[head].text) & plural_places():
            continue   # `w sołectwach`, `w świetlicach w Omulu i Łążku`: places in general, or towns
        noun = head + 1 if head + 1 < len(tokens) and is_adj(tokens[head].text) and tokens[head + 1].is_cap else head
        if not is_venue_noun(tokens[head].text) and (is_not_place_head(tokens[head].text)
                                                     or is_event_noun(tokens[noun].text)):
            continue   # `w Gminie X`, `w Projekcie Y`, `W KONSULTACJACH SPOŁECZNYCH`, `w Europejskim Kongresie`: no place
        if not nxt.is_cap and not is_venue_noun(nxt.text) and not adj_led:
            continue
        if any(a <= nxt.start < b for a, b in taken):
            continue
        plain_ok = bool(HAPPEN_STRICT_RE.search(sentence)) or timed or said_after
        res = read_venue_name(text, tokens, idx + 1, allow_plain_cap=plain_ok)
        if res is None and meeting_right_before(before):
            res = read_venue_name(text, tokens, idx + 1, allow_plain_cap=True)
            res = res if res and res[1] else None   # `Debata w KPP w Śremie`: a body's seat, with its town
        if res is None:
            continue   # a town alone is read with the other towns (`venue_towns`)
        stop, city = res
        if lead.group(1) == "do" and not any(t.is_cap for t in tokens[idx + 1:stop]) and city is None \
                and not folded_lemmas(nxt.text) & {"nasz"} and not event_after(text, tokens[stop - 1].end):
            continue   # `przybyli do sali wiejskiej w Koźlinach`, `do sali Klubu X`, `do naszego ośrodka`,
            #            `do świetlicy na zebranie`, but not `do biura`
        if stop - (idx + 1) < 2 and not strong:
            continue   # `w Punkcie`: one word says too little without an event verb
        name_end = tokens[stop - 1].end
        name_start = tokens[head].start if is_adverb(nxt.text) else nxt.start   # (not `nowo wybudowanej`)
        name_span = with_room_in_brackets(text, (name_start, name_end), min(len(text), name_end + 90))
        name_text = text[name_span[0]:name_span[1]]
        if not strong and not context_ok(text, tok.start):
            continue
        if nxt.is_cap and not is_venue_noun(nxt.text) and gazetteer().is_place(name_text):
            continue   # `w Łęcznej` alone is a city, handled above
        if city is None and stop == idx + 2 and nxt.is_cap and not is_venue_noun(nxt.text):
            city = place_lemma(nxt.text)   # `we Lwowie`, `w Poczdamie`: a town the register lacks
        if ONLINE_RE.search(name_text) or folded_lemmas(nxt.text) & {"internet", "sieć", "siec"}:
            continue   # `w Internecie`, `na platformie Zoom`: no place
        line_end = line_bounds(text, name_span[1])[1]
        address = address_at(text, name_span[1], min(line_end, name_span[1] + 120))
        if address is None and not text[name_span[1]:line_end].strip(" \t,"):
            address = address_below(text, line_end)   # `w Domu Kultury „Lipka”` / `ul. Mostowa 15 w Lipnie`
            line_end = address.endpos if address else line_end
        explicit = city is not None
        if address is not None and address.re is VILLAGE_ADDRESS_RE:
            city, explicit = city_name(address.group(1)) or city, True   # `Motycz 1A`
        elif address is not None and address.re is POSTCODE_FIRST_RE:
            city, explicit = city_name(address.group("town")) or city, True   # `(74-400 Dębno, ul. …)`
        elif address:
            after = city_after(text, address.end(), line_end)
            # (the town before the street only when the name gave none: `w Ośrodku w Borkach (Borki-Las, ul. …)`)
            town = after[0] if after else None if city else town_before_address(text, name_span[1], address)
            if town:
                city, explicit = town, True
        add(name_span, address.span() if address else None, city, explicit)
        joined = coordinated_place(text, address.end() if address else name_span[1])
        while joined is not None:   # (`w Starostwie X, Starostwie Y i Starostwie Z`: each a place)
            add(joined[0], joined[1], joined[2], joined[2] is not None)
            joined = coordinated_place(text, (joined[1] or joined[0])[1])

    # 2b. places listed after `w:` (`odbędą się m.in. w:` / `- Urzędzie Gminy Kłoda`)
    for name_span, address_span, city, town_span in listed_places(text):
        add(name_span, address_span, city, city is not None, city_span=town_span)

    # 3. a street address on a line with a date, time or event verb: the part before it
    # (or on a line right after such a row: a run of `name, street` rows)
    row_lines: set[int] = set()
    for m in list(ADDRESS_RE.finditer(text)) + list(VILLAGE_ADDRESS_RE.finditer(text)):
        if any(a <= m.start() < b for a, b in taken):
            continue
        ls, le = line_bounds(text, m.start())
        line = text[ls:le]
        if CONTACT_RE.search(line) or is_submission(text, m.start()) or transformed_into(text, m.start()) \
                or on_a_route(text, m.start()):
            continue   # (`modernizacja ulicy Polnej`: the works, not the place; a walk's route)
        village = m.re is VILLAGE_ADDRESS_RE
        if village and not (DATE_OR_TIME_RE.search(line) and is_town(m.group(1))):
            continue
        name_span = name_before(text, ls, m.start())
        said_before = sentence_before(text, m.start(), 250)
        if name_span is None and _named_venue_before(text, found, m.start() - len(said_before), m.start()):
            continue   # `… Domu Kultury przy ul. X 1, wejście od ul. Y`, `spotkanie w sprawie stadionu przy ul. Z`
        if name_span is None and _DISTRICT_RE.match(m.group()):
            continue   # `27 maja – os. Pionierów, godz. 17.00, Szkoła…`: a district, not a street
        wrapped = wrapped_from(text, ls)   # (`… o godz. 17.00 przy` / `ul. Polnej w Lipowie.`)
        next_line = text[le + 1:line_bounds(text, min(len(text), le + 1))[1]] if le < len(text) else ""
        # (`1. Starostwo Powiatowe w X adres: ul. Y 1` / `03.11.2017, godz. 8.45`: the item's date below it)
        dated = bool(DATE_OR_TIME_RE.search(wrapped + " " + text[ls:m.start()]) or ROW_DATE_RE.match(line)
                     or DATE_OR_TIME_RE.search(list_intro(text, m.start()))
                     or name_span is not None and DATE_OR_TIME_RE.match(next_line.lstrip()))
        sentence = wrapped + " " + said_before
        said = bool(HAPPEN_RE.search(sentence) or re.search(r"\b(?:Miejsce|miejsce|Gdzie|gdzie)\b", sentence))
        if CONTACT_RE.search(next_line):
            continue   # an office's letterhead or footer
        labelled = name_span is not None and venue_headed(text[name_span[0]:name_span[1]]) \
            and len(line.strip()) <= 120 and (EVENT_CUE_RE.search(text[max(0, ls - 400):ls])
                                              or DATE_OR_TIME_RE.search(line)
                                              or line_bounds(text, max(0, ls - 1))[0] in row_lines) \
            and not POSTCODE_RE.search(line)
        if not (dated or said or labelled):
            continue
        if name_span is not None:
            row_lines.add(ls)
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
    for town in schedule_towns(text, event_spans, prefer, row_cells) + towns_opening_items(text, event_spans, prefer) \
            + locative_towns(text, event_spans, prefer):
        add(None, None, town.city, True, city_span=town.span)

    # 5. no place said after `w`/`na` or at a street: the host (`Muzeum Regionalne zaprasza…`)
    if not any(v.name or v.address for v in found):
        for name_span, city in host_venues(text, event_spans):
            inside = [v for v in found if name_span[0] <= v.span[0] < name_span[1]]
            for town in inside:   # `Dzień Otwarty Urzędu Skarbowego w Kole`: its town read alone
                found.remove(town)
                taken.remove(town.span)
            add(name_span, None, city, city is not None)

    found = town_then_venue(text, found)
    # `Miejsce wydarzenia: Szklarska Poręba` under a list of schools: the one town said alone
    # is the town of the places that name none
    sole_town = next(iter(label_towns)) if len(label_towns) == 1 else None
    # `Koncert w Lipiu … w sali wiejskiej`: the one town an event is said to be in
    # is the town of its places, before the town the text is about (an organiser's seat)
    # (not in a schedule whose rows name their own towns)
    event_towns = {v.city for v in found if v.city and not v.name and not v.address}
    if len(event_towns) == 1 and not any(v.city_explicit for v in found if v.name or v.address):
        sole_town = sole_town or next(iter(event_towns))
    if not any(v.name or v.address for v in found):
        for town, span in label_towns.items():
            add(None, None, town, True, city_span=span)
    for venue in found:
        if venue.city and not_a_place(venue.city):
            venue.city, venue.city_explicit = None, False   # `Polska`, `Hiszpania`: a country is no town
        if venue.city is None and venue.name:
            row_town = row_opening_town(text, line_bounds(text, venue.span[0])[0], venue.span[0])
            venue.city, venue.city_explicit = row_town, row_town is not None
        if venue.city is None:
            named = city_in_name(venue.name)   # (`Towarzystwa Słowaków w Polsce`: a country is no town)
            venue.city = (named if named and not not_a_place(named) else None) or sole_town or default_city
        if venue.name and venue.city and default_city and is_district_of(venue.city, default_city):
            venue.city = default_city   # `Dom Kultury w Komorowicach` in a text about Bielsko-Biała
    return dedupe([v for v in found if v.name or v.address or v.city], text)


def _named_venue_before(text: str, found: list[Venue], start: int, pos: int) -> bool:
    """A venue with a name said earlier in the sentence (from `start`) of a street at `pos`, with no
    date or time between them, that has its own street or stands words away: the street is its
    entrance or the topic, not a second place (`Galerii -x- przy ul. Polnej 19` is the gallery's street)."""
    return any(v.name and start <= v.span[1] <= pos and not DATE_OR_TIME_RE.search(text, v.span[1], pos)
               and (v.address or len(re.findall(r"\w+", text[v.span[1]:pos])) > 3) for v in found)
