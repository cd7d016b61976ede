"""Where a schedule's rows and cells are: the place cell after (or before) each row's date,
a table flattened one cell per line (its rows found by their number cells, blank lines
between cells), the lines of times under a date heading, and a village alone in its cell.
"""
from __future__ import annotations

import re

from nlp.dates_line_numbers import ROW_NUMBER_CELL_RE
from nlp.dates_table_rows import timetable_row
from nlp.morph import analyse, can_be, fold
from nlp.text_lines import line_bounds
from nlp.venue_addresses import district_prefix
from nlp.venue_towns import is_venue_noun, place_at, TownVenue, weekdays
from nlp.venue_words import is_month

Span = tuple[int, int]


# What stands in a schedule row between its date and its place: dates, times, `r.`, `godz.`.
_ROW_SKIP_RE = re.compile(r"(?:[\s,;:|–\-—.()/•*]+|\d{1,4}(?:[./-]\d{1,2}){0,2}(?:[./-]\d{2,4})?(?:r\b\.?)?|\br\b\.?"
                          r"|\broku\b|\bgodz(?:ina|inie|in)?\b\.?|\bg\.|\bw\s+godz\b\.?|\bo\b|\bod\b|\bdo\b"
                          r"|\b[IVX]{1,4}\b|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\boo\b|\btermin\b)+", re.IGNORECASE)   # (`I termin 18.00`)
_CELL_DATE_RE = re.compile(r"\d{1,2}[.:/]\d{2}|\d{1,2}\s+\w+\s+\d{4}")


def numbered_row_above(text: str, pos: int, max_cells: int = 4) -> int | None:
    """In a table flattened one cell per line (blank lines may part the cells; the row's first
    cells may share the date's line, `Zalesie 12 marca 2019 r.`), where the row holding `pos`
    begins: the line after its number's cell (`2.`), found within `max_cells` cells above;
    None when no number cell stands there, or a date does (another row's)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if len(text[line_start:pos]) > 60:
        return None   # (a sentence, not a row's first cells)
    cells = 0
    while line_start > 0 and cells <= max_cells:
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above:line_start - 1]
        if ROW_NUMBER_CELL_RE.fullmatch(line):
            return line_start
        if line.strip():
            cells += 1
            if len(line) > 80 or _CELL_DATE_RE.search(line):
                return None
        line_start = above
    return None


_DAY_NUMBER_BEFORE_RE = re.compile(r"(?<![\d:.])\d{1,2}[ \t]+$")


def _skip_date_and_time(text: str, pos: int, limit: int) -> int:
    """Where the dates, weekdays and times opening text[pos:limit] end."""
    for _ in range(6):
        skip = _ROW_SKIP_RE.match(text, pos, limit)
        pos = skip.end() if skip else pos
        word = re.match(r"[\wąćęłńóśźżĄĆĘŁŃÓŚŹŻ]+", text[pos:limit])
        if word and (fold(word.group()) in weekdays() or is_month(word.group().lower()) and (
                not word.group().istitle() or _DAY_NUMBER_BEFORE_RE.search(text, max(0, pos - 6), pos))):
            # (`12-16 Września`; but `godz. 18:00 Maja Sikora`: a person's first name after the hour)
            pos += word.end()
            continue
        break
    return pos


def only_date_and_time(piece: str) -> bool:
    """`– 12 marca o godz. 17.00`: nothing but a date and time between a row's town and its place."""
    return _skip_date_and_time(piece, 0, len(piece)) == len(piece)


# A row of a list under a date heading that opens with its time (`  • godz. 13.00 – …`).
_TIME_ROW_RE = re.compile(r"[ \t•*\-–]*(?:godz|\d{1,2}[ \t]?[.:][ \t]?\d{2})", re.IGNORECASE)


def time_row(text: str, start: int, end: int) -> int:
    """Where an event's row begins: its date, or under a date heading (`19 maja` / `` /
    `• godz. 11.00 – …`) the line of its time, so that the rows of one day stay apart."""
    first_end = text.find("\n", start, end)
    line_start = text.rfind("\n", start, end) + 1
    if first_end < 0 or not re.search(r"\n[ \t]*\n", text[start:line_start]):
        return start
    # (a weekday under its date, `4 XII 2017` / `(poniedziałek)`, is the date's)
    between = [line for line in text[first_end:line_start].split("\n")
               if line.strip() and fold(line.strip(" \t()[],.")) not in weekdays()]
    if not all(_TIME_ROW_RE.match(line) for line in between):
        return start   # (a row's cells between its date and its time, `13.03.2022` / `WSI` / `10:30`)
    return line_start if _TIME_ROW_RE.match(text, line_start, end) else start


def schedule_cells(text: str, event_spans: list[Span]) -> list[tuple[int, int, int]]:
    """Where each schedule row's place may stand: after its date, weekday and time (a table
    row may read as one date-and-time mention around its place), up to the next date; the
    place may be the next line when it is a table's cell. (row's date start, cell start, end)"""
    cells: list[tuple[int, int, int]] = []
    ordered = sorted((time_row(text, start, end), start, end) for start, end in event_spans)
    for k, (row, start, end) in enumerate(ordered):
        label = _place_first_row(text, start, end)
        if label is not None:
            cells.append((start, label, start))   # `• Nysa (21.02.2020 r.)`: the place, then its date
            continue
        limit = min(ordered[k + 1][0] if k + 1 < len(ordered) else len(text), end + 120)
        number_cell = ROW_NUMBER_CELL_RE.search(text, end, limit)
        limit = number_cell.start() if number_cell else limit   # (the next row of a table flattened cell by cell)
        pos = _skip_date_and_time(text, row, limit)
        # (a table flattened with a blank line between its cells, `05.09.2020 r.` / `` / `18:00`
        # / `` / `Świetlica wiejska`, lets its place cell stand after a blank line too)
        spaced = bool(re.search(r"\n[ \t]*\n", text[start:end])) or numbered_row_above(text, start) is not None \
            or only_date_and_time(text[slice(*line_bounds(text, start))])   # (a date line of its own, its place cell below)
        if pos < limit and (pos < end or "\n" not in text[end:pos]
                            or ((spaced or not re.search(r"\n[ \t]*\n", text[end:pos])) and _table_cell(text, pos))):
            cells.append((start, pos, limit))   # (on the row's line or in its cell, not the next paragraph)
    return cells


# a list's item giving its place before its date, and nothing after the date
_PLACE_FIRST_LEAD_RE = re.compile(r"[ \t\xa0]*[•*·▪►\-–][ \t\xa0]*(?P<place>(?=[^\W\d])[^\n\d():|,–]{1,40}?)"
                                  r"[ \t]*[(,–-][ \t]*")
_PLACE_FIRST_TAIL_RE = re.compile(r"[ \t]*(?:r\.?|roku)?[ \t]*\)?[ \t]*[.,;]*[ \t\r]*(?:\n|$)")
# a timetable's row, its place in the first column (`Nowa Wieś 01.02.2018 15:30`)
_TIMETABLE_LEAD_RE = re.compile(r"[ \t\xa0]*(?P<place>(?=[^\W\d])[^\n\d():|,–]{1,40}?)[ \t]+")


def _place_first_row(text: str, start: int, end: int) -> int | None:
    """Where a list item's place stands when the item gives it before its date and nothing
    after it (`• Nysa (21.02.2020 r.)`, `• Brzeg – 26.02.2020 r.`, a timetable's row)."""
    line_start, line_end = line_bounds(text, start)
    lead = _PLACE_FIRST_LEAD_RE.fullmatch(text, line_start, start)
    if lead is None and timetable_row(text, line_start, line_end):
        lead = _TIMETABLE_LEAD_RE.fullmatch(text, line_start, start)
    return lead.start("place") if lead and _PLACE_FIRST_TAIL_RE.match(text, end) else None


def _table_cell(text: str, pos: int) -> bool:
    """A short line with no verb: a table's cell (`Świetlica wiejska`), not a sentence."""
    end = text.find("\n", pos)
    line = text[pos:len(text) if end == -1 else end].strip()
    line = _BRACKET_AT_END_RE.sub("", line)   # (`Sala konferencyjna Starostwa (II piętro, wejście A)`)
    words = re.findall(r"\w+", line)
    if any(w.isdigit() and k + 1 < len(words) and is_month(words[k + 1].lower()) for k, w in enumerate(words)):
        return False   # (`– Lipowie (świetlica) 7 stycznia o 17:00`: the next row, with its own day)
    return 0 < len(words) <= 10 and not re.search(r"(?:[!?:]|(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)\.)$", line) and \
        not any(_verb_only(w.lower()) for k, w in enumerate(words) if k == 0 or not w[:1].isupper())
    # (`w Woli Dużej`: a capitalised name, no verb; `Hala Sportowa`: a noun before a verb form)


def _verb_only(word: str) -> bool:
    readings = analyse(word)
    return any(r.pos in ("fin", "praet", "bedzie") for r in readings) and not any(r.pos == "subst" for r in readings)


_BRACKET_AT_END_RE = re.compile(r"\s*\([^()\n]{1,60}\)$")
_NAME_GOES_ON_RE = re.compile(r"[ \t]+[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]{2,}")


def schedule_towns(text: str, event_spans: list[Span], prefer: str | None,
                   cells: list[tuple[int, int, int]] | None = None) -> list[TownVenue]:
    """A schedule row: an event date, maybe its weekday and time, then a place given as a
    town or village in the nominative (`27.08.2015 r. – godz. 10.00 Nagłowice`, a table's
    `13.03.2022 | NIEDZIELA | CHRZĄSTOWICE | 10:30`). `cells`: what `schedule_cells` gives
    for these spans, when the caller has it already."""
    out: list[TownVenue] = []
    for _, pos, limit in schedule_cells(text, event_spans) if cells is None else cells:
        village = district_prefix("village_words").match(text, pos)   # (`08.10.2021 r., miejscowość Borki, godz. 11`)
        place = place_at(text, village.end() if village else pos, prefer, nominative=True)
        if place is None:
            continue
        tail = text[place[1]:place[1] + 3]
        if tail[:1] and not re.match(r"[\s,;:|()\-–]", tail[:1]):
            continue
        if _NAME_GOES_ON_RE.match(text, place[1]):
            continue   # `16 grudnia Koło Gospodyń Wiejskich zorganizowało…`: a body's name, not the town Koło
        if _topic_opens(text, pos, place[1]):
            continue
        out.append(TownVenue(place[0], (pos, place[1])))
        out.extend(_joined_towns(text, place[1], limit, prefer))
    return out


# a list's item opening with its town, then its day: `· Kaliska w dniu 11.10.2018 r.`, `- Borki – 9 maja`
_ITEM_OPENS_RE = re.compile(r"[ \t]*[·•*▪►\-–][ \t]+")
_TOWN_THEN_DAY_RE = re.compile(r"[ \t]*(?:w[ \t]+dniu|dnia|dn\.|[–\-:,])[ \t]*$")


def towns_opening_items(text: str, event_spans: list[Span], prefer: str | None) -> list[TownVenue]:
    """`w siedzibach Nadleśnictw:` / `· Kaliska w dniu 11.10.2018 r. o godz. 10:00` / `· Lipusz w dniu …`:
    the town an item of a list opens with is where that item's meeting is."""
    out: list[TownVenue] = []
    for start, _ in event_spans:
        line_start = line_bounds(text, start)[0]
        item = _ITEM_OPENS_RE.match(text, line_start, start)
        place = place_at(text, item.end(), prefer, nominative=True) if item else None
        if place is not None and _TOWN_THEN_DAY_RE.match(text, place[1], start):
            out.append(TownVenue(place[0], (item.end(), place[1])))
    return out


_JOINED_TOWN_RE = re.compile(r"[ \t]*(?:,|oraz|i)[ \t]+")


def _joined_towns(text: str, end: int, limit: int, prefer: str | None) -> list[TownVenue]:
    """`24 sierpnia 2018 r. – Kruki, Łazy`: the further villages of the row, each meeting on the
    row's day; the row's line ends the list."""
    out: list[TownVenue] = []
    line_end = text.find("\n", end)
    limit = min(limit, len(text) if line_end < 0 else line_end)
    while (joined := _JOINED_TOWN_RE.match(text, end, limit)) is not None:
        place = place_at(text, joined.end(), prefer, nominative=True)
        if place is None or place[1] > limit or _NAME_GOES_ON_RE.match(text, place[1]) \
                or not re.match(r"[ \t]*(?:[,;.]|oraz\b|i\b|$)", text[place[1]:limit]):
            break
        out.append(TownVenue(place[0], (joined.end(), place[1])))
        end = place[1]
    return out


_NEXT_WORD_RE = re.compile(r"[ \t]([a-ząćęłńóśźż]{3,})\b")


def _topic_opens(text: str, start: int, end: int) -> bool:
    """`3 kwietnia - Zasady pracy zespołów`: a row's topic, a common noun opening a phrase with
    a genitive after it, not a village named like the noun (Zasady); a village's row goes on
    to its place or time (`Borki świetlica wiejska`, `Borki godz. 17`)."""
    word = text[start:end]
    nxt = _NEXT_WORD_RE.match(text, end)
    if nxt is None or " " in word or not any(r.pos == "subst" and r.lemma.islower() for r in analyse(word.lower())):
        return False
    after = nxt.group(1)
    return (can_be(after, "subst", case="gen") or can_be(after, "ger", case="gen")) and not is_venue_noun(after)
