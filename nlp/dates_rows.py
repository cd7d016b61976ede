"""The rows of a schedule: several meetings held on one day, a row each.

Schedules of village meetings print a date as a heading and the day's meetings below it, one
row each with its own time and place: `9 września` / `• Morgi – godz. 17:00`, a flattened
table `29` / `stycznia` / `2024 roku` / `Słaboszewo` / `17.00` / … / `Białe Błota` / `19.00`,
`4 XII 2017` / `17 : 00 Grabowiec Dom Ludowy` / `18 : 30 Wygnanka Dom Kultury`. Each row is a
meeting of its own. A programme printed the same way (`10.00 Otwarcie` / `10.30 Wykład`) is one
meeting whose items are not meetings, so a row counts only when it names a place of its own, or
when the date's sentence speaks of several meetings (`spotkania … odbędą się 7 lipca` /
`- godz. 10:00 – sołtysi` / `- godz. 12:00 – przedsiębiorcy`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from nlp.dates_attach import is_office_hours
from nlp.dates_context import EVENT, names_several_meetings
from nlp.dates_lexicon import LEXICON, MONTH_WORD, WEEKDAY_WORD, YEAR_WORD
from nlp.dates_mention import DateMention
from nlp.dates_sentences import left_sentence, right_sentence
from nlp.dates_types import DateExpr, TimeExpr
from nlp.text_lines import end_of_line, line_bounds

__all__ = ["attach_rows", "date_layout", "day_cell_above_month", "list_time", "opens_with_place", "peer_rows", "row_line",
           "series_time", "venue_noun"]

_I = re.IGNORECASE
# what may open a row before its first cell: a bullet, a number (`2.`, `1).`)
_ROW_LEAD_RE = re.compile(r"[ \t\xa0\r•*·▪►>»\-–—]*(?:\d{1,2}[.)]+[ \t\xa0]+)?[ \t\xa0•*·▪►>»\-–—]*")
_TAIL_PUNCTUATION = " \t\r\xa0.,;:–—-"
# what may stand beside a heading date on its line: its weekday, `r.`, brackets and dashes
_HEADING_REST_RE = re.compile(
    rf"(?:[\s(),.:;|•*·▪►\-–—]|(?:{WEEKDAY_WORD})|(?:{YEAR_WORD})|\d{{1,2}}[.)])*", _I)
_ROW_REACH = 400        # from one row to the next
_CELL_LINE_MAX = 90     # a line between rows is a cell or a wrapped row, not a paragraph
_ROW_LINE_MAX = 220
_SENTENCE_RE = re.compile(r"[.!?][ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{3,}")
# a place named in a row: a capitalised run of up to three words (`Białe Błota`, `Mogilno Małe`)
_NAME_RUN_RE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+){0,2}")
_IN_PLACE_RE = re.compile(r"(?<!\w)(?:w|we)[ \t]+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


# "29\n\nstycznia\n\n2024 roku": a table's date cell flattened a line per word
_CELL_LINE_END_RE = re.compile(r"[ \t\xa0]*\r?\n")
_CELL_NEXT_LINE_RE = re.compile(rf"(?:[ \t\xa0\r]*\n){{1,4}}[ \t\xa0]*(?:{MONTH_WORD})", _I)


def day_cell_above_month(text: str, p: int, q: int) -> bool:
    """Is the day number at text[p:q] a cell of its own, the month opening a line below it?"""
    line_start = text.rfind("\n", 0, p) + 1
    return not text[line_start:p].strip() and bool(_CELL_LINE_END_RE.match(text, q)) \
        and bool(_CELL_NEXT_LINE_RE.match(text, q))


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the line holding `start` to the end of the line holding `end`."""
    return line_bounds(text, start)[0], end_of_line(text, end)


def row_line(text: str, pos: int) -> int | None:
    """The start of the line at `pos` when that line is an item of a list or a table row
    (`• Morgi – godz. 17:00`, `4. Kowale Pon., 01.06, godz. 18.00`), else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    lead = _ROW_LEAD_RE.match(text, line_start)
    return line_start if lead.end() > line_start and text[line_start:lead.end()].strip() else None


def time_layout(text: str, t: TimeExpr) -> str | None:
    """Where a time stands in its row: `alone` (a cell), `opens` (`17 : 00 Grabowiec …`),
    `closes` (`Debata w KPP w Kole - godz. 12.00-14.00`), else None (inside a sentence)."""
    line_start, line_end = _line_of(text, t.start, t.end)
    lead = _ROW_LEAD_RE.match(text, line_start, t.start)
    opens = lead.end() >= t.start
    closes = not text[t.end:line_end].strip(_TAIL_PUNCTUATION)
    if opens and closes:
        return "alone"
    return "opens" if opens else "closes" if closes else None


def date_layout(text: str, start: int, end: int) -> str | None:
    """Where a date stands on its line: `alone` (a heading: `9 września (czwartek)`),
    `opens` (`• 25.11.2020 r. dla woj. łódzkiego`), `closes` (`- Osiedle Tysiąclecia – 6
    marca`), else None."""
    line_start, line_end = _line_of(text, start, end)
    before = text[line_start:start]
    after = text[end:line_end]
    opens = _HEADING_REST_RE.fullmatch(before) is not None
    closes = _HEADING_REST_RE.fullmatch(after) is not None
    if opens and closes:
        return "alone"
    return "opens" if opens else "closes" if closes else None


def venue_noun(word: str) -> bool:
    """`świetlica`, `Sala`: a building's or a room's noun."""
    from nlp.venue_words import is_venue_noun  # noqa: PLC0415  (the venues' own word class, only for schedules)
    return is_venue_noun(word)


@functools.lru_cache(maxsize=4096)
def _is_place(name: str) -> bool:
    from nlp.gazetteer import gazetteer  # noqa: PLC0415  (loaded once, only for schedules)
    return gazetteer().is_place(name)


def _run_is_place(run: str) -> bool:
    words = run.split()
    return any(_is_place(" ".join(words[:n])) for n in range(len(words), 0, -1))


def opens_with_place(fragment: str) -> bool:
    """`Grabowiec Dom Ludowy`, `– Barycz – godz.`, `Urząd Gminy Lipno`: the row's first words
    name a place, or a building (a venue's noun)."""
    run = _NAME_RUN_RE.match(fragment.lstrip(_TAIL_PUNCTUATION + "•*·▪►>»/()"))
    return bool(run) and (_run_is_place(run.group()) or venue_noun(run.group().split()[0]))


def _row_names_place(text: str, t: TimeExpr, layout: str, cells: str) -> bool:
    line_start, line_end = _line_of(text, t.start, t.end)
    if layout == "opens":
        return opens_with_place(text[t.end:line_end])
    if layout == "closes":
        row = text[_ROW_LEAD_RE.match(text, line_start, t.start).end():t.start]
        return opens_with_place(row) or any(
            opens_with_place(row[m.end():]) for m in _IN_PLACE_RE.finditer(row))
    # a cell: the row's other cells, the lines around the time
    after = text[line_end:line_end + _CELL_LINE_MAX].lstrip()
    lines = [line.strip(_TAIL_PUNCTUATION + "/") for line in cells.split("\n")] + [after.split("\n", 1)[0]]
    return any(line and len(line) <= 40 and _NAME_RUN_RE.fullmatch(line.strip("/ ")) and _run_is_place(line.strip("/ "))
               for line in lines)


def _cells_between(text: str, lo: int, hi: int) -> bool:
    """Only cells, wrapped rows and blank lines between two rows: no paragraph."""
    if hi - lo > _ROW_REACH:
        return False
    inner = text[lo:hi].split("\n")[1:-1]
    return all(len(line) <= _CELL_LINE_MAX and not _SENTENCE_RE.search(line) for line in inner)


def _rows_after(text: str, expr: DateExpr, orphans: list[TimeExpr], limit: int) -> list[TimeExpr]:
    """The times that stand in the rows under a date, the first being the date's own."""
    rows: list[TimeExpr] = [expr.time] if expr.time is not None else []
    layout = time_layout(text, expr.time) if expr.time is not None else None
    if expr.time is not None and layout is None:
        return []
    last_end = expr.time.end if expr.time is not None else expr.end
    for t in orphans:
        if t.start < last_end:
            continue
        if t.start >= limit:
            break
        here = time_layout(text, t)
        if here is None or layout is not None and here != layout and "alone" not in (here, layout) \
                or len(text[slice(*_line_of(text, t.start, t.end))]) > _ROW_LINE_MAX:
            break
        if not _cells_between(text, last_end, t.start):
            break
        layout = layout or here
        rows.append(t)
        last_end = t.end
    return rows


def attach_rows(text: str, exprs: list[DateExpr], orphans: list[TimeExpr]) -> list[TimeExpr]:
    """Give each date heading a schedule the meetings of its rows (the first row's time its
    own, the others sessions of the day); return the times left over."""
    used: set[int] = set()
    starts = [e.start for e in exprs if e.parts]
    for k, expr in enumerate(e for e in exprs if e.parts):
        if expr.sessions:
            continue
        limit = starts[k + 1] if k + 1 < len(starts) else len(text)
        free = [t for t in orphans if id(t) not in used]
        rows = _rows_after(text, expr, free, limit)
        if len(rows) < 2:
            continue
        several = names_several_meetings(text, expr.start, expr.end)
        headed = not several and _under_schedule_heading(text, expr.start)
        if not several and date_layout(text, expr.start, expr.end) != "alone":
            continue
        layouts = [time_layout(text, t) for t in rows]
        main = next((x for x in layouts if x != "alone"), "alone")
        if not several or any(t.until for t in rows):   # (`9.00-10.30 Wykład`: a programme's items, unless placed)
            bounds = [expr.end] + [t.end for t in rows]
            placed = sum(_row_names_place(text, t, main if here != "alone" else "alone", text[lo:t.start])
                         for t, here, lo in zip(rows, layouts, bounds))
            # (`Terminy spotkań:` / a date / `17.00 – Oświata`: rows of topics, each a meeting)
            if 2 * placed <= len(rows) and not (headed and not placed and not any(t.until or t.finish for t in rows)):
                continue   # (a village written short, `K-ca Południowa`, may go unrecognised)
        if expr.time is None:
            expr.time = rows[0]
        expr.sessions.extend(rows[1:])
        used.update(id(t) for t in rows)
    return [t for t in orphans if id(t) not in used]


# `Terminy spotkań w Dzielnicy X:` over the dates of a schedule, no paragraph between
_SCHEDULE_HEADING_RE = re.compile(
    r"(?im)^[ \t]*(?:" + "|".join(LEXICON["schedule_heads"]) + r")\b[^\n:]{0,80}?(?<!\w)(?:"
    + "|".join(w for w in LEXICON["several_meetings"]["nouns"] if w not in LEXICON["schedule_programme_nouns"])
    + r")(?!\w)[^\n:]{0,80}:[ \t]*$")
_SCHEDULE_REACH = 1500
_PARAGRAPH_LINE = 160


def _under_schedule_heading(text: str, start: int) -> bool:
    """Does a label naming meetings in the plural head the list the date at `start` stands in?"""
    headings = list(_SCHEDULE_HEADING_RE.finditer(text, max(0, start - _SCHEDULE_REACH), start))
    return bool(headings) and all(len(line) <= _PARAGRAPH_LINE for line in text[headings[-1].end():start].split("\n"))


_PEER_REACH = 600
_PEER_LINE_MAX = 160


def _month_named(text: str, start: int, end: int) -> bool:
    return re.search(MONTH_WORD, text[start:end], _I) is not None


def peer_rows(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Are two dates rows of one schedule, each standing where the other stands on its line
    (`- Osiedle X – 4 marca` / `… - Osiedle Y – 6 marca`; `4 XII 2017` / … / `5 XII 2017`)
    and written the same way, with no paragraph between them?"""
    lo, hi = sorted((first, second))
    gap = text[lo[1]:hi[0]]
    if "\n" not in gap or len(gap) > _PEER_REACH:
        return False
    layout = date_layout(text, *lo)
    if layout is None or layout != date_layout(text, *hi):
        return False
    if _month_named(text, *lo) != _month_named(text, *hi):
        return False
    return all(len(line) <= _PEER_LINE_MAX for line in gap.split("\n")[1:-1])


def series_time(text: str, mentions: list[DateMention], orphans: list[TimeExpr]) -> list[DateMention]:
    """`Spotkania, wszystkie rozpoczną się o godz. 18:00` above a list of days given without
    their hours: the one time a sentence on the meetings names is each day's start."""
    events = [m for m in mentions if m.kind == EVENT]
    if len({m.day for m in events}) < 2 or any(m.has_time for m in events):
        return mentions
    spans = [m.span for m in mentions]
    shared = set()
    for t in orphans:
        if t.until or not t.cued or is_office_hours(text, t) or time_layout(text, t) in ("opens", "alone"):
            continue
        lo, hi = t.start - len(left_sentence(text, t.start)), t.end + len(right_sentence(text, t.end))
        if any(lo <= a < hi for a, _ in spans) or not names_several_meetings(text, t.start, t.end):
            continue
        shared.add((t.begin, t.finish))
    if len(shared) != 1:
        return mentions
    begin, finish = shared.pop()
    out = []
    for m in mentions:
        if m.kind == EVENT and not (m.end and m.end[:10] > m.day):
            start = f"{m.day}T{begin[0]:02d}:{begin[1]:02d}"
            end = f"{m.day}T{finish[0]:02d}:{finish[1]:02d}" if finish else None
            m = replace(m, start=start, end=end if end and end > start else None)
        out.append(m)
    return out


# `w godz. 15.00-16.00 w następujących terminach: luty: 6.02, 20.02; marzec: 6.03`: hours said
# before a list of days, which all share them
_HOURS_THEN_LIST_RE = re.compile(r"(?:w\s+)?godz\w*\.?\s*\d{1,2}[.:]\d{2}[^\n:]{0,60}:", _I)


def list_time(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The days of a list whose hours are said once before it take those hours: the first
    day carries them from its span, the rest of the list (its paragraph) is given them."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.kind != EVENT or not m.has_time or not _HOURS_THEN_LIST_RE.match(m.text):
            continue
        paragraph_end = text.find("\n\n", m.span[1])
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        for k in range(i + 1, len(out)):
            if out[k].span[0] >= paragraph_end:
                break
            out[k] = _given_hours(out[k], m)
    return out


def _given_hours(n: DateMention, timed: DateMention) -> DateMention:
    """A one-day meeting given with no hour takes the hours of `timed` (its start's, and its
    end's on the same day); any other mention stays as it is."""
    if n.kind != EVENT or n.has_time or (n.end and n.end[:10] > n.day):
        return n
    end = timed.end[10:] if timed.end and timed.end[:10] == timed.start[:10] else None
    return replace(n, start=n.day + timed.start[10:], end=n.day + end if end else None)


_ALL_MEETINGS_RE = re.compile(LEXICON["all_meetings"], _I)


def time_after_list(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """`20 maja 2024 r., hotel X` / … / `28 maja 2024 r., Y` / `Początek wszystkich spotkań zaplanowano
    na godzinę 11:00`: the hour said of every meeting on the line after a list, which its last
    day took, is each day's of that list (its paragraph)."""
    out = list(mentions)
    for i, m in enumerate(out):
        line = m.text.rsplit("\n", 1)[-1]
        if m.kind != EVENT or not m.has_time or "\n" not in m.text or not _ALL_MEETINGS_RE.search(line):
            continue
        paragraph_start = text.rfind("\n\n", 0, m.span[0])
        for k in range(i - 1, -1, -1):
            if out[k].span[0] < paragraph_start:
                break
            out[k] = _given_hours(out[k], m)
    return out
