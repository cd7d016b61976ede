"""The venue of one row of a schedule of meetings.

`3 marca, godz. 17.00, OSP Bzie`, `12 maja – os. Słoneczne, godz. 17.00, Szkoła Podstawowa
nr 4`, `• Zalesie – 26 lutego, godz. 18:00, świetlica wiejska, Zalesie 12`, a table whose
cells stand on separate lines: read cell by cell, a town cell giving the city.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.org_names import QUOTES_CLOSE, QUOTES_OPEN, Token, tokenize
from nlp.org_people import named_person_end
from nlp.text_lines import line_bounds
from nlp.venue_addresses import address_at, ADDRESS_RE, district_prefix, town_before, town_in_cell, VILLAGE_ADDRESS_RE
from nlp.venue_context import DATE_OR_TIME_RE
from nlp.venue_names import read_venue_name, with_room_in_brackets
from nlp.venue_rows import numbered_row_above
from nlp.venue_table_rows import home_of_owner
from nlp.venue_words import city_name, has_case, is_adj, is_venue_noun
from nlp.vocabulary import is_event_noun, lexicon


# (`Ogród Pałacyku + transmisja online`, `Lipowiec- remiza OSP`)
_CELL_SPLIT_RE = re.compile(r"\s*(?:[,;|\t()]|\s[–+-]\s|(?<=[^\W\d])[–-][ \t]|\n)\s*")


def schedule_row_venue(text: str, row_start: int, start: int, end: int) -> tuple | None:
    """The venue of one schedule row, read cell by cell: a town cell gives the city, the
    first cell that is a place's name is the venue (a cell that runs on into a sentence,
    `Koło Gospodyń Wiejskich z X zorganizowało…`, is a subject, not a place), a street
    cell its address. (name span, address span, city, explicit) for `add`, or None."""
    line_start = line_bounds(text, row_start)[0]
    city = town_before(text, line_start, _row_date_start(text, line_start, row_start)) \
        or _town_line_before(text, line_start)   # `• Zalesie – 26 lutego…`, a table's village cell above
    name_span = None
    address_first = None   # `Opacz-Kolonia, ul. Ryżowa 90, świetlica`: the street may come first
    skipped = False        # a district's name before the place (`os. Zofiówka`, `Ruptawa`)
    district = None        # `Osiedle Motylewo, koncert`: the estate itself when no place follows
    timed = False          # a time's cell after the name read
    pos = start
    for _ in range(6):
        if pos >= end:
            break
        cut = _CELL_SPLIT_RE.search(text, pos, end)
        cell_end = cut.start() if cut else end
        time_after = _TIME_AFTER_PLACE_RE.search(text, pos, cell_end)
        if time_after and time_after.start() > pos:
            cell_end = time_after.start()   # `20 kwietnia Dom Kultury w Borkach godz. 17.00`: the row's time after its place
        person = named_person_end(text, tokenize(text, pos, cell_end), 0) if name_span is None else None
        if person is not None:
            # `godz. 18:00 Maja Sikora Remiza OSP`: the meeting's chair in a cell of their own, then its place
            tokens = tokenize(text, pos, cell_end)
            if person < len(tokens):
                pos = tokens[person].start
                continue
            if not cut:
                break
            pos = cut.end()
            continue
        piece = text[pos:cell_end].strip()
        date_cell = bool(piece) and DATE_OR_TIME_RE.fullmatch(piece) is not None
        timed = timed or name_span is not None and date_cell
        if piece and not date_cell and not re.fullmatch(r"(?:godz\.?\s*)?[\d.:⁰¹²³⁴⁵⁶⁷⁸⁹ \-–]+", piece):
            town = town_in_cell(piece)
            if town and name_span is None:
                city = town
            elif name_span is None:
                tokens = tokenize(text, pos, cell_end)
                lead = _town_then_place(text, tokens)
                if lead:   # `Nowa Wieś Świetlica OSP …`: the row's town, then its place
                    city, pos = lead[1], tokens[lead[0]].start
                    continue
                if tokens and is_event_noun(tokens[0].text) and not is_venue_noun(tokens[0].text):
                    # `Spotkanie konsultacyjne NIEBORÓW (Klub Strażaka)`, `spotkanie OSP Morgi`: what
                    # happens, then where; a cell that is only what happens (`Dyżur konsultacyjny`) is passed
                    k = _after_event_phrase(tokens)
                    if k < len(tokens) and tokens[k].is_word and not tokens[k].text.isupper() \
                            and not (is_venue_noun(tokens[k].text) and has_case(tokens[k].text, ("nom",))):
                        break   # (`spotkanie Klubu Seniora`, `spotkanie Rady Sołeckiej`: whose meeting it is)
                    pos = tokens[k].start if k < len(tokens) else (cut.end() if cut else end)
                    continue
                res = read_venue_name(text, tokens, 0, allow_plain_cap=False) if tokens else None
                home = home_of_owner(tokens, 0) if tokens and res is None else None
                res = (home, None) if home else res   # `Mieszkanie Sołtysa`
                name_end = tokens[res[0] - 1].end if res else cell_end
                # `Budynek po szkole w Śmiardowie Zł.`, `Świetlica w Małachowie Złych Miejsc`
                tail = _ABBREVIATED_TAIL_RE.match(text, name_end, cell_end) \
                    or _TOWN_GOES_ON_RE.fullmatch(text, name_end, cell_end)
                name_end = tail.end() if tail else name_end
                if res is None or is_event_noun(tokens[0].text) or name_end < cell_end - 1:
                    street = ADDRESS_RE.match(text, pos, cell_end)
                    if street and re.search(r"\d", street.group()):
                        address_first = address_first or street
                    elif not (street or _PART_OF_TOWN_RE.fullmatch(_without_prefix(piece))) or skipped:
                        break   # the row has moved on to what happens, or whose it is
                    skipped = skipped or not street   # `27 maja – Ruptawa, godz. 17.00, Dom sołecki`
                    if not street and district_prefix("district_words").match(piece):
                        district = (pos, pos + len(text[pos:cell_end].rstrip()))
                else:
                    name_end = _name_line_goes_on(text, name_end, end) or name_end
                    name_span = with_room_in_brackets(text, (tokens[0].start, name_end), end)
                    if res[1] and not (city and city.startswith(res[1] + " ")):
                        city = res[1]   # (the row's `Śmiardowo Złotowskie` over `w Śmiardowie Zł.`)
                    if address_first:
                        return name_span, address_first.span(), city, city is not None
                    cut = _CELL_SPLIT_RE.search(text, name_span[1], end) if name_span[1] > cell_end else cut
            elif (timed or district_prefix("district_words").match(text, name_span[0])) and not town_in_cell(piece) \
                    and not ADDRESS_RE.match(text, pos, cell_end):
                # `Dzielnica X, godz. 17:00, Dom Kultury Y, ul. …`: the district, then the place (read
                # afresh from this cell)
                district, name_span, timed = name_span, None, False
                continue
            else:
                more = _NAME_GOES_ON_RE.fullmatch(piece)
                if more and cut and address_at(text, cut.end(), end) and not town_in_cell(piece):
                    # `Miejski Ośrodek Kultury, Sportu i Aktywności Lokalnej, ul. Słowackiego 13`
                    name_span = (name_span[0], pos + len(text[pos:cell_end].rstrip()))
                    pos = cut.end()
                    continue
                address = address_at(text, pos, cell_end)
                if address:
                    if address.re is VILLAGE_ADDRESS_RE:
                        city = city_name(address.group(1)) or city
                    return name_span, address.span(), city, city is not None
                break
        if not cut:
            break
        pos = cut.end()
    if name_span is None and address_first is not None and district is not None:
        return None, address_first.span(), city, city is not None   # `Dzielnica X, godz. 17.00, Al. Y 76`
    if name_span is None:
        return (district, None, city, city is not None) if district else None
    return name_span, None, city, city is not None


_TIME_AFTER_PLACE_RE = re.compile(r"[ \t,–-]*(?:(?:o[ \t]+)?godz\.?|g\.)[ \t]*\d{1,2}(?:[.:][ \t]?\d{2})?"
                                  r"(?:[ \t]*[-–][ \t]*\d{1,2}(?:[.:]\d{2})?)?[ \t.,]*$", re.IGNORECASE)


# A place's cell broken over two lines: `sala konferencyjna` / `Urzędu Gminy X`, `świetlica` / `OSP Y`.
_NEXT_LINE_NAME_RE = re.compile(r"[ \t]*\n[ \t]*((?:w|we)[ \t]+)?"
                                r"([A-ZŁŚŻŹĆ][\w-]*(?:[ \t]+[A-ZŁŚŻŹĆ„\"][\w”\"-]*){0,4})[ \t]*(?=\n|$)")


def _name_line_goes_on(text: str, name_end: int, end: int) -> int | None:
    """Where a place's name ends when its cell goes on to the next line (not a row's town cell)."""
    m = _NEXT_LINE_NAME_RE.match(text, name_end, end)
    if m is None or (m.group(1) is None and town_in_cell(m.group(2))):
        return None
    return m.end()


def cells_before_dates(text: str, event_spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """A table flattened one cell per line whose place comes before its date (`2.` / `Zalesie`
    / `Świetlica wiejska w Zalesiu` / `12.03.2024` / `17:00`): the cells between the row's
    number and its date. (row's date start, cells' start, date start) as `schedule_cells`."""
    out: list[tuple[int, int, int]] = []
    for start, _ in sorted(event_spans):
        row = numbered_row_above(text, start)
        line_start = line_bounds(text, start)[0]
        if row is not None and text[row:line_start].strip():
            out.append((start, row, line_start))
    return out


def _town_then_place(text: str, tokens: Sequence[Token]) -> tuple[int, str] | None:
    """A cell opening with the row's town, then a place noun (`Dobre świetlica OSP`): the index of
    the place's first word and the town."""
    for k in range(1, min(4, len(tokens))):
        if is_venue_noun(tokens[k].text) and all(t.is_cap for t in tokens[:k]):
            town = town_in_cell(text[tokens[0].start:tokens[k - 1].end])
            return (k, town) if town else None
    return None


def _after_event_phrase(tokens: Sequence[Token]) -> int:
    """The index after an event noun and its lower-case adjectives and quoted title."""
    k = 1
    while k < len(tokens):
        tok = tokens[k]
        if tok.text in QUOTES_OPEN:
            close = next((m for m in range(k + 1, min(k + 12, len(tokens))) if tokens[m].text in QUOTES_CLOSE), None)
            if close is None:
                break
            k = close + 1
        elif tok.is_word and not tok.is_cap and is_adj(tok.text):
            k += 1
        else:
            break
    return k


def _without_prefix(piece: str) -> str:
    prefix = district_prefix().match(piece)
    return piece[prefix.end():] if prefix else piece


_PART_OF_TOWN_RE = re.compile(r"[A-ZŁŚŻŹĆ0-9][\w-]*(?:\s+(?:i\s+)?[A-ZŁŚŻŹĆ0-9][\w-]*){0,2}")


# A name's next part after a comma: capitalised words joined by `i` (`Sportu i Aktywności Lokalnej`)
_NAME_GOES_ON_RE = re.compile(r"[A-ZŁŚŻŹĆ][\w-]*(?:\s+(?:i\s+|oraz\s+)?[A-ZŁŚŻŹĆ][\w-]*){0,4}")


# The rest of a town's name of several words in a place's cell (`Świetlica w Małachowie Złych Miejsc`).
_TOWN_GOES_ON_RE = re.compile(r"(?:[ \t]+[A-ZŁŚŻŹĆ][\w-]*){1,3}[ \t]*")
_ABBREVIATED_TAIL_RE = re.compile(r"[ \t]+[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]{0,3}\.")


def _town_line_before(text: str, line_start: int) -> str | None:
    """The town on the line above, when that line is nothing but a town (a table's cell), maybe
    after the row's number (`2. Lipno` / `21.05.2018 r.`)."""
    prev_end = len(text[:line_start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    number = _ROW_NUMBER_RE.match(text, prev_start, prev_end)
    line = text[number.end() if number else prev_start:prev_end].strip(" \t|•*-–")
    return town_in_cell(line) if line else None


def _row_date_start(text: str, line_start: int, cell_start: int) -> int:
    """Where a schedule row's date begins: the first digit or weekday on its line after the
    row's number (`1. Aleksandrów Wt., 26.05, godz. 19.00 Świetlica wiejska`)."""
    number = _ROW_NUMBER_RE.match(text, line_start, cell_start)
    start = number.end() if number else line_start
    m = _weekday_or_digit().search(text, start, cell_start)
    return m.start() if m else cell_start


_ROW_NUMBER_RE = re.compile(r"[ \t•*\-–]*\d{1,3}[.)][ \t]+")


@functools.cache
def _weekday_or_digit() -> re.Pattern[str]:
    days = sorted(lexicon("venue_cues.json")["weekdays"], key=len, reverse=True)
    return re.compile(r"\d|\b(?:" + "|".join(re.escape(d) for d in days) + r")\b\.?", re.IGNORECASE)
