"""Places given on a labelled line or before a street on a list line.

`Gdzie?  Budynek Urzędu Gminy Jaworek, ul. Polna 8`, `Miejsce:` with the place on the
next lines, `GDZIE?` / `` / `W Centrum Kultury X (w sali widowiskowej) przy ul. Polnej 62`;
and `12 maja, godz. 10:00, Dom Sąsiedzki, ul. …`, `siedziba Rady Osiedla, ul. Lipowa 58`:
the name before the street on a dated line.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from nlp.gazetteer import gazetteer
from nlp.morph import is_verb
from nlp.org_words import is_org_head
from nlp.text_lines import line_bounds
from nlp.venue_addresses import ADDRESS_RE, city_after, city_in_name, district_prefix, town_in_cell
from nlp.venue_context import CONTACT_RE, DATE_OR_TIME_RE, ONLINE_RE, submission_between
from nlp.venue_words import city_name, is_adj, is_venue_noun


# (a place's pictograms; `📌` opens any paragraph a page wants seen, so it labels nothing)
LABEL_RE = re.compile(
    r"(?:^[ \t•*\-–]*|(?<=[–,;|] ))(?:(?:📍|🏠|🏢)\s*(?:(?:Gdzie|Miejsce)\s*[:?]\s*)?"
    r"|(?:Gdzie\s*\??|Miejsce(?:\s+(?:spotkania|szkolenia|konferencji|wydarzenia|"
    r"warsztatów|debaty|konsultacji|forum|zebrania|zajęć|realizacji|i\s+termin|i\s+czas))?|Termin\s+i\s+miejsce|"
    r"Lokalizacja|Adres(?:\s+spotkania|\s+wydarzenia)?)\s*[:?\-–]\s*"
    # `Miejsce obrad:`, `Miejsca spotkań konsultacyjnych:`
    r"|(?:^[ \t•*\-–]*)Miejsc[ea](?:\s+[a-ząćęłńóśźż]+){1,2}[ \t]*:[ \t]*"
    # a table's row read as a line: `miejsce spotkania Włocławskie Centrum…` (no colon); in a
    # sentence's list: `…, godz. 14:00, miejsce Sala Konferencyjna Ratusza`
    r"|(?:^[ \t]*|(?<=, ))miejsce(?:\s+(?:spotkania|zebrania|szkolenia|wydarzenia|konsultacji))?[ \t]+(?=(?-i:[A-ZŁŚŻŹĆ])))"
    # a sentence naming the place: `Miejscem spotkania był Pałac w X.`
    r"|(?:^[ \t]*|(?<=[.!?] ))Miejscem(?:\s+[a-ząćęłńóśźż]+){1,2}\s+(?:był[aoy]?|będzie|jest|stał[aoy]?\s+się)"
    r"\s+(?=(?-i:[A-ZŁŚŻŹĆ]))", re.IGNORECASE | re.MULTILINE)


_SENTENCE_END_RE = re.compile(r"(?<!\b[A-Za-zżł]{2})(?<!\b[A-Za-z])\.(?=\s+[A-ZŁŚŻŹĆ„\"])")
_PLACE_LEAD_RE = re.compile(r"^\s*(?:(?:w|we|na|W|We|Na)\s+)?")
_ITEM_NUMBER_RE = re.compile(r"^\d{1,2}[.)]\s+")
_ITEM_ADDRESS_LABEL_RE = re.compile(r"\s+adres$", re.IGNORECASE)
# (`Centrum X mieszczące się przy ul. …`, `Klub położony przy …`: the words that say where it stands)
_PLACE_TAIL_RE = re.compile(r"[\s,–-]*(?:\b(?:(?:mieszcząc|znajdując)\w*\s+się\s+|położon\w*\s+)?(?:przy|na|w)\s*)?$")


_NEXT_LINE_RE = re.compile(r"\n(?:[ \t]*\n)?[ \t•*\-–]*")
# a day, its year, weekday and hour before the place in a label's cell
_LEADING_WHEN_RE = re.compile(r"[ \t]*\d{1,2}(?:[ \t]+[^\W\d]+|\.\d{1,2}\.)[ \t]*(?:\d{4}[ \t]*(?:r\.|roku)?)?"
                              r"[ \t]*(?:\([^()\n]{2,15}\))?"
                              r"[ \t]*(?:(?:o[ \t]+)?godz\.?[ \t]*\d{1,2}(?:[.:]\d{2})?)?[ \t–-]*")


_WHEN_LABEL_RE = re.compile(r"[ \t]*(?:kiedy|termin|data|godzina)[ \t]*[:?]?[ \t]*", re.IGNORECASE)


def labelled_segments(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the place each label introduces: the rest of its line, or the next
    line that says something (`GDZIE?` / `` / `W Centrum Kultury…`)."""
    for m in LABEL_RE.finditer(text):
        if submission_between(text, m.start(), m.end()):
            continue   # `Miejscem składania ankiet jest Urząd Miejski`: where papers go, no event's place
        ls, le = line_bounds(text, m.end())
        seg_start = m.end()
        if re.fullmatch(r"[ \t]*miejsce[ \t]+", m.group(), re.IGNORECASE) and not (
                venue_headed(text[seg_start:le]) or ADDRESS_RE.search(text, seg_start, le)):
            continue   # `miejsce Sala Konferencyjna…` (a table's row), not `Miejsce Piastowe`
        if _WHEN_LABEL_RE.fullmatch(text, seg_start, le):
            continue   # `GDZIE? KIEDY?` / `– 18.11. …, Lokal X`: a header over rows, each read as a row
        if not text[seg_start:le].strip():
            after = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*").match(text, le)
            if after is None or after.end() >= len(text):
                continue
            seg_start = after.end()
            le = line_bounds(text, seg_start)[1]
        if m.start() > ls and text[ls:m.start()].strip() or m.group().lstrip().startswith("Miejscem"):
            full_stop = _SENTENCE_END_RE.search(text, seg_start, le)   # (a label inside a sentence:
            le = full_stop.start() if full_stop else le                 # `…, miejsce Sala X. Spotkanie…`)
        yield seg_start, le


def from_segment(text: str, start: int, end: int, add: Callable[..., None], strong: bool) -> str | None:
    """`Budynek Urzędu Gminy Jaworek, ul. Polna 8` -> name, address, city (given to `add`);
    a label that gives a town alone returns the town."""
    segment = text[start:end]
    if not segment.strip() or ONLINE_RE.search(segment) and not ADDRESS_RE.search(segment):
        return None
    address = ADDRESS_RE.search(text, start, end)
    if address is None and end < len(text) and text[end] == "\n":
        # `Miejsce:` / `Centrum Kultury` / `ul. Peowiaków 12` / `20-007 Lublin` on separate
        # lines (a blank line may stand between them)
        lead = _NEXT_LINE_RE.match(text, end).end()
        candidate = ADDRESS_RE.match(text, lead, line_bounds(text, lead)[1])
        if candidate:
            address = candidate
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
            if name_span is not None or address.start() - a < 4:
                break
            # `W Centrum Kultury X (w sali widowiskowej) przy ul. Polnej 62`: the name before it
            b = address.start()
            piece = _PLACE_LEAD_RE.sub("", _PLACE_TAIL_RE.sub("", text[a:b]))
            if not piece[:1].isupper() and not is_venue_noun(piece.split()[0] if piece.split() else ""):
                break
            a = a + text[a:b].find(piece)
            name_span = (a, a + len(piece))
            break
        when = _LEADING_WHEN_RE.match(text, a, b)
        if when and when.end() > a and text[when.end():b].strip()[:1].isupper():
            a, piece = when.end(), text[when.end():b].strip()   # `15 października 2018 r. (poniedziałek) Starostwo …`
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
                return None
    if name_span is None and address is None:
        # `Miejsce wydarzenia: Szklarska Poręba`: the town alone
        return city if explicit else None
    add(name_span, address.span() if address else None, city, explicit, strong)
    return None


# a row's date cell in a table read as lines (`16/05 SP 184, ul. …`)
ROW_DATE_RE = re.compile(r"^[ \t•*-]*(?:[0-2]?\d|3[01])[./-](?:0?\d|1[0-2])(?:[./-]\d{2,4})?(?=\s)")
_ROW_DATE_TAIL_RE = re.compile(r"(?:[ \t]*(?:r\.|roku|br\.))?[ \t]*")


def name_before(text: str, line_start: int, address_start: int) -> tuple[int, int] | None:
    """The venue name before an address on its line: the first capitalised part after the
    date and time parts (`12 maja br., godz. 10:00 - 13:00, Dom Sąsiedzki, ul. …`,
    `… – Urząd Miasta i Gminy w Daleszycach, sala konferencyjna, Plac Staszica 9`)."""
    segment = text[line_start:address_start]
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^,;|:()]+?(?=\s*(?:[,;|:()]|\s[-–]\s|$))", segment)]
    pieces = [(a, b) for a, b in pieces if segment[a:b].strip(" -–\t•*")]
    after_dates = []
    for a, b in pieces:
        piece = segment[a:b]
        dates = [m.end() for m in DATE_OR_TIME_RE.finditer(piece)] or [m.end() for m in ROW_DATE_RE.finditer(piece)]
        if dates:
            after_dates = []
            rest = _ROW_DATE_TAIL_RE.match(piece, dates[-1]).end()
            if rest < len(piece) and piece[rest:].strip():
                after_dates.append((a + rest, b))   # `16/05 SP 184, ul. …`: a row's date cell, then its place
            continue
        after_dates.append((a, b))
    for k, (a, b) in enumerate(after_dates):
        # (`1. Starostwo Powiatowe w X adres: ul. …`: an item's number and the address's label)
        piece = _ITEM_ADDRESS_LABEL_RE.sub("", _ITEM_NUMBER_RE.sub("", segment[a:b].strip(" -–\t•*")))
        if not (re.match(r"[A-ZŁŚŻŹĆ„\"]", piece) or is_venue_noun(piece.split()[0])) or len(piece) > 90:
            continue   # (`siedziba Rady Osiedla, ul. …`: a place noun may open the line in lower case)
        if k + 1 < len(after_dates) and district_prefix("district_words").match(piece):
            continue   # `6 marca – Osiedle Leśne, Szkoła Podstawowa nr 10, ul. …`: the estate, then the place
        if gazetteer().is_place(piece) and not is_venue_noun(piece.split()[0]):
            continue
        if LABEL_RE.match(piece + ":") or re.match(r"(?:Miejsce|Gdzie|Adres|Termin)\b", piece):
            continue
        if any(is_verb(w) for w in re.findall(r"\w+", piece)):
            return None   # a clause (`Organizator zapewnia zakwaterowanie`), not a name
        piece = _PLACE_TAIL_RE.sub("", piece)   # `Bazarek przy ul. …`: the name without `przy`
        off = segment[a:b].find(piece)
        return line_start + a + off, line_start + a + off + len(piece)
    return None


def venue_headed(name: str) -> bool:
    """`Dzielnicowy Dom Ludowy`, `siedziba Rady Osiedla`: a place noun, maybe after adjectives."""
    for word in name.split()[:4]:
        if is_venue_noun(word):
            return True
        if not (word[:1].isupper() and is_adj(word)):
            return False
    return False


# a clock time (`godz. 17`, `17:00`, `17.00`), not a day and month (`05.05.2024`)
_CLOCK_RE = re.compile(r"\bgodz\b|\b\d{1,2}[:.]\d{2}\b(?![.\d])")
# (a row may be numbered or set between bars: `2. Zalesie – …`, `| 2 | Zalesie | …`)
_ROW_OPEN_RE = re.compile(r"[ \t•*\-–|]*(?:\d{1,3}[.)]?[ \t]*\|?[ \t]*)?(?=[A-ZŁŚŻŹĆ])")
# (or no mark at all before a numeric date: `Biblioteka Publiczna w Lipnie 11.01.2022r. godz.17.00`)
_ROW_CUT_RE = re.compile(r"\s*(?:[,;:|(]|\s[-–]\s)|[ \t]+(?=\d{1,2}\.\d{1,2}\.\d{2,4})")


# `ZALESIE/ Dom Kultury, 18.05.2022 godz. 15.30`: a row's town, then its place
_TOWN_CELL_RE = re.compile(r"([^/\n,]{2,40}?)[ \t]*/[ \t]*(?=\w)")


def place_then_time(text: str) -> Iterator[tuple[int, int, str | None]]:
    """`Świetlica wiejska w Lipiu, 5 maja 2024 r., godz. 17:00`: a short line that opens
    with a place's name, then gives the time: the name's span, and the town when the row
    opens with one (`ZALESIE/ Biuro LGD, 18.05.2022 godz. 15.30`)."""
    ls = 0
    for line in text.split("\n"):
        le, line_start = ls + len(line), ls
        ls = le + 1
        if len(line) > 140 or not _CLOCK_RE.search(line):
            continue
        m = _ROW_OPEN_RE.match(text, line_start, le)
        if m is None:
            continue
        cut = _ROW_CUT_RE.search(text, m.end(), le)
        if cut is None or not _CLOCK_RE.search(text, cut.end(), le):
            continue
        name_start, town = m.end(), None
        town_cell = _TOWN_CELL_RE.match(text, name_start, cut.start())
        if town_cell and town_in_cell(town_cell.group(1)):
            name_start, town = town_cell.end(), town_in_cell(town_cell.group(1))
        elif town_in_cell(text[name_start:cut.start()].strip()):
            # `2. Zalesie – świetlica wiejska – 12 marca, godz. 17.00`: the town's cell, then the place's
            town, name_start = town_in_cell(text[name_start:cut.start()].strip()), cut.end()
            cut = _ROW_CUT_RE.search(text, name_start, le)
            if cut is None or not _CLOCK_RE.search(text, cut.end(), le):
                continue
        name = text[name_start:cut.start()]
        words = re.findall(r"\w+", name)
        headed = venue_headed(name) or (town is not None and bool(words) and is_org_head(words[0]))
        if not (1 if town else 2) <= len(words) <= 10 or not headed or any(is_verb(w) for w in words) \
                or DATE_OR_TIME_RE.search(name) or CONTACT_RE.search(line):
            continue
        yield name_start, cut.start(), town
