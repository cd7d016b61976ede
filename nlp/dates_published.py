"""When a page was published, as the page itself says it: `Dodano: 28.06.2017`, a dated letter
head, a byline (`12/03/2024 przez redakcja`, `2022-09-30, 18:20 Autor: …`), a date block at
the top (`Aktualności (18 października 2017)`, `• 15-09-2017`, `01 mar\\n2016`), or a CMS byline
under the article (`2018-05-30 11:58 Opublikował: …`).

The publication date anchors every year-less and relative date of the page (`br.`, `dziś`,
`w środę`), so it is read before anything else, and its own mention is never an event.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from nlp.caseless import guarded
from nlp.dates_at import date_at
from nlp.dates_context import mentions_meeting
from nlp.dates_lexicon import (BYLINE_WORDS, CUE_OBJECT, EVENT_LABELS, PUBLICATION_LABELS_TOP, RELATIVE_TO_WRITING,
                               WEEKDAY_OF, WEEKDAY_PAST_MODIFIER, WEEKDAY_WORD, cue_anywhere)
from nlp.dates_line_numbers import under_row_number
from nlp.dates_live_clock import live_clock_label_before, name_days_below
from nlp.dates_month_first import template_month_at
from nlp.dates_posted_clock import posted_clock_stamp, posting_clock
from nlp.dates_table_rows import date_lines, in_a_table, timetable_row
from nlp.dates_title_stamps import all_days, dated_notice, dates_elsewhere, iso_title_line, month_stamp
from nlp.gazetteer import gazetteer
from nlp.text_lines import line_bounds

__all__ = ["find_published"]

_I = re.IGNORECASE



# (rank, regex, substrings one of which the lower-cased page must hold for the regex to run)
def _cue(name: str) -> re.Pattern[str]:
    """A publication cue, also where a lost line break ran it into the title's last word
    ("Zebranie OSPNapisano dnia:"): never inside a lower-case word."""
    not_in_a_word = "(?<![^\\W\\d_](?<=(?-i:[a-ząćęłńóśźż])))"
    return guarded(cue_anywhere(name).pattern.replace("(?<!\\w)", not_in_a_word, 1), _I)


_PUBLISHED_CUES = [
    (0, _cue("publication_strong"), ("publik", "udostępn")),
    (1, _cue("publication_added"), ("dodan", "wpis", "zamieszcz", "wprowadz", "napisa")),
    # "Opublikował: Anna Nowak, dnia 13.03.2024": a name stands between the cue and the date
    (1, guarded(r"(?<!\w)(?:opublikował|udostępnił)\w*[^\S\n]*:?[^\n|:\d]{0,60}?,?[^\S\n]*(?=(?:dnia|dn\.)?\s*\d)",
                   _I), ("opublikował", "udostępnił")),
    # "Dodane przez michu dnia May 25 2010 08:40:18", "Posted by admin on May 25, 2010": a CMS
    # byline, the poster's name before the date
    (1, guarded(r"(?<!\w)(?:(?:dodan|napisan|opublikowan|wysłan)[aeoy][^\S\n]+przez[^\S\n]+[^\n|:\d]{1,60}?"
                   r"[^\S\n]+(?:dnia|dn\.)|posted[^\S\n]+by[^\S\n]+[^\n|:\d]{1,40}?[^\S\n]+on)[^\S\n]*(?=\w)", _I),
     ("przez", "posted")),
    # "Autor: Jan Kowalski, 25.05.2010": an author line ending in the date
    (1, re.compile(r"(?m)^[^\S\n]*autor\w*[^\S\n]*:?[^\S\n]*[^\n|:\d]{2,60}?[^\S\n]*[,|][^\S\n]*(?=\d)", _I),
     ("autor",)),
    (2, guarded(r"(?<!\w)(?:data\s+wytworzenia|data\s+utworzenia|utworzono|wytworzono)", _I),
     ("wytworz", "utworz")),
]
# "date 2026-01-30", "Posted on: 12.03.2024": a template's English label at a line's start near the top
_TOP_LABEL_RE = re.compile(rf"(?m)^[ \t]*(?:{PUBLICATION_LABELS_TOP})[ \t]*:?[ \t]*(?=\w)", _I)
_TOP_LABEL_SCOPE = 300
# (a weekday may stand between the cue and the date: "Data publikacji: wt., 25.05.2010")
_CUE_TAIL_RE = re.compile(rf"{CUE_OBJECT}[^\S\n]*(?:przez\s+[^\n|:]{{0,60}}?)?[^\S\n]*(?:(?:dnia|dn\.)[^\S\n]*(?=:))?"
                          r"[:\-–]?[^\S\n|]*(?:\|[^\S\n|]*)?(?:dnia\s+|dn\.\s*|w\s+dniu\s+|w\s+(?=\d))?"
                          rf"(?:(?:{WEEKDAY_WORD})[^\S\n]*,?[^\S\n]*)?"
                          r"(?:\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*,[^\S\n]*)?", _I)   # (`Data opublikowania: 08:40, 22 …`)
_LETTER_HEAD_RE = re.compile(
    r"(?m)^[ \t]*(?P<city>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ]?[a-ząćęłńóśźż]+){0,3})"
    r"(?:[ \t]*,[ \t]*(?:(?:dnia|dn\.)[ \t]*)?|[ \t]+(?:dnia|dn\.)[ \t]*)(?=\d)")   # (`Lipno dnia 3.02.2016 r.`)
_LETTER_TAIL_RE = re.compile(
    r"[ \t]*(?:r\.?|roku)?[ \t]*[.,]?[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t\r]*$", re.MULTILINE)
_NOT_CITIES = {"dodano", "data", "opublikowano", "termin", "kiedy", "godz", "dnia", "w", "we", "od", "do"}

# A date block at the top of a page: the line holds a date and what a byline or a news list
# prints beside it, nothing a meeting's own date line would ("Termin:", "godz.").
_STAMP_HEAD_RE = re.compile(
    rf"[ \t]*(?:[•*·▪►>»\-–][ \t]*)?"
    rf"(?:(?P<label>[^\W\d_][^\n\d():|]{{0,80}}?)[ \t]*[(|][ \t]*|\([ \t]*)?"   # (`(2015-09-09)` under a title)
    rf"(?:(?P<wd>{WEEKDAY_WORD})[ \t]*,?[ \t]*)?"
    rf"(?:(?P<of>z[ \t]+)?(?:dnia|dn\.)[ \t]*)?", _I)
_STAMP_TAIL_RE = re.compile(
    rf"[ \t]*(?:r\.?|roku)?[ \t]*(?:\([ \t]*(?:{WEEKDAY_WORD})[ \t]*\)[ \t]*)?[,.;\-–]?[ \t]*"
    r"(?:\((?=[ \t]*godz))?[ \t]*(?P<hour_word>godz\.?[ \t]*)?"   # (`16 stycznia 2017r. (godz. 09:31)`)
    r"(?P<clock>\d{1,2}:\d{2}(?P<seconds>:\d{2})?)?(?(clock)(?:[ \t]+\d{1,6}){0,3})[ \t]*[)|;,]?[ \t]*"
    rf"(?P<byline>(?:[/|,;][ \t]*)?(?:w[ \t]+)?(?:{BYLINE_WORDS})[^\n]{{0,60}}|--[ \t]*[^\W\d][^\n]{{0,40}}"
    r"|(?:(?<=\|)|(?<=\|[ \t]))[a-ząćęłńóśźż][\w.-]{1,20})?[ \t\r]*$",   # (`30 listopada 2012 | jkowal`: a login)
    _I | re.MULTILINE)
_CLOCK_BEFORE_TITLE_RE = re.compile(r"[ \t]*,?[ \t]*(?:(?P<clock>\d{1,2}:\d{2})(?::\d{2})?)?[ \t]+(?=[^\W\d_])")
_CLOCK_RE = re.compile(r"\d{1,2}:\d{2}")
_WEEKDAY_RE = re.compile(WEEKDAY_WORD, _I)
_COMMA_YEAR_RE = re.compile(r"[^\W\d_],[ \t]*(?:19|20)\d{2}$")
_SECONDS_RE = re.compile(r":\d{2}(?!\d)")
_BYLINE_BELOW_RE = re.compile(rf"\n[ \t]*(?:{BYLINE_WORDS})[^\n]{{0,40}}$", _I | re.MULTILINE)
_EVENT_LABEL_RE = re.compile(rf"(?<!\w)(?:{EVENT_LABELS})", _I)
_DATE_LINE_SCOPE = 1200
# words that count days from the day of writing (`wczoraj`, `w dniu wczorajszym`, `dziś`)
# (and a past weekday said so: `W miniony piątek … odbyła się debata`)
_RELATIVE_DAY_RE = re.compile(rf"(?<!\w)(?:{RELATIVE_TO_WRITING}|(?:{WEEKDAY_PAST_MODIFIER})\s+(?:{WEEKDAY_WORD}))", _I)
_FOOTER_BODY_CHARS = 200   # an article above a footer line
_BYLINE_PREFIX_MAX = 40
# (a programme: a place's line may stand between the day and its first row, `10.00 wyścigi`)
_TIME_NEXT_LINE_RE = re.compile(r"[^\n]*\n(?:[ \t]*[^\W\d][^\n\d]{0,60}\n)?[\s]{0,40}?"
                                r"(?:godz|g\.|\d{1,2}[:.]\d{2}\s*(?:[-–—]|[^\W\d])|od\s+\d)", _I)
# a date-time a machine printed, run into the title: "Góry2021-08-25 23:00:00"
_MACHINE_STAMP_RE = re.compile(r"(?<!\d)(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})[ T](?P<clock>\d{2}:\d{2}:\d{2})(?!\d)")
_YEAR_FIRST_ALONE_RE = re.compile(r"[ \t]*(?:19|20)\d{2}([.\-/])\d{2}\1\d{2}[ \t]*")
_DIGIT_LINE_RE = re.compile(r"(?m)^[^\n\d]*\d")
_NUMBER_RE = re.compile(r"(?<!\d)\d")


def _stamp_on_line(text: str, line_start: int, line_end: int) -> tuple[dt.date, int, int, bool, bool] | None:
    """(day, evidence start, evidence end, surely a byline, with a clock time) of a date block or byline on the
    line text[line_start:line_end], if the line is one. A byline is sure when it names an
    author or prints seconds, or when its date and clock time follow other words."""
    head = _STAMP_HEAD_RE.match(text, line_start, line_end)
    candidates = [head.end()] if head else []
    if ":" in text[line_start:line_end]:
        # a prefix glued or spaced before a dated byline ("DRUKUJ25 kwietnia 2024, 12:35")
        candidates += [m.start() for m in _NUMBER_RE.finditer(text, line_start, line_end)
                       if m.start() not in candidates]
    for pos in candidates:
        glued = pos > line_start and text[pos - 1].isalpha()
        found = date_at(text, pos, glued=glued)
        month_first = False
        if not found and not glued:
            found = date_at(text, pos, labelled=True)
            month_first = True
        if not found:
            continue
        inner = _CLOCK_RE.search(text, pos, found[1])   # (an ISO date reads its clock with it: a machine's stamp)
        tail = _STAMP_TAIL_RE.match(text, found[1])
        if not tail or tail.end() < line_end - 1 and text[tail.end():line_end].strip():
            # a news list's date and posting time before its item's title (`2005-09-02, 12:48 Festyn`)
            titled = _CLOCK_BEFORE_TITLE_RE.match(text, found[1])
            if titled and posting_clock(titled.group("clock") or inner and inner.group()) \
                    and not text[line_start:pos].strip(" \t|•*·-–"):
                return found[0], pos, max(found[1], titled.end("clock")), True, True
            continue
        if month_first and not tail.group("byline") and not template_month_at(text, pos):
            continue   # "maj 25, 2010 przez admin" is a byline; alone, as likely a live clock
            # (but "cze 15, 2023", "January 16, 2024": a template's month, a post's date)
        prefix = text[line_start:pos]
        clock = bool(tail.group("clock"))
        if tail.group("hour_word") and not posting_clock(tail.group("clock")):
            continue   # "19.03.2024, godz. 17:00" is a meeting's; "godz. 09:08", when it was posted
        if head and pos == head.end():
            label = head.group("label") or ""
            if _EVENT_LABEL_RE.search(label) or mentions_meeting(label):
                continue
            if head.group("of") and mentions_meeting(_previous_line(text, line_start)):
                continue   # "PROTOKÓŁ Z XIV SESJI\nZ DNIA 28 SIERPNIA 2003": the session's day
            above = _previous_line(text, line_start).strip()
            if not label and above.endswith(":") and (_EVENT_LABEL_RE.search(above) or mentions_meeting(above)):
                continue   # "Data posiedzenia:\n2017-10-31": a label's value on the line below
            sure = bool(tail.group("seconds") or tail.group("byline") or inner and not label and (
                not _meeting_clock(inner.group()) or _SECONDS_RE.match(text, inner.end()))) or month_first \
                or posting_clock(tail.group("clock")) or bool(_BYLINE_BELOW_RE.match(text, line_end)) \
                or bool(_COMMA_YEAR_RE.search(text, pos, found[1]))
            # (a template's stamp, with seconds or an odd time (`2017-08-16 19:10:23`), not a calendar's
            # round hour (`2025-04-15 10:00`); `01:27`: a machine's time; `26 maja 2013` / `admin`: its author
            # below; `25 marca, 2019`: a template's comma before the year, as no one writes a meeting's day)
            return found[0], head.start("wd") if head.group("wd") else pos, found[1], sure, clock
        # a date further into the line ("DRUKUJ25 kwietnia 2024, 12:35", "Data: 09-11-2012 Drukuj"):
        # only a byline's, with its clock time or its words, after a short prefix naming no meeting
        if (clock or tail.group("byline")) and len(prefix) <= _BYLINE_PREFIX_MAX \
                and not _EVENT_LABEL_RE.search(prefix) \
                and (tail.group("seconds") or tail.group("byline")
                     or not mentions_meeting(prefix) and not timetable_row(text, line_start, line_end)):
            return found[0], pos, found[1], True, True
    return None


# `Data publikacji / aktualizacji | Autor` / `2023-02-11 13:45:04 …`: a metadata table's header
# row, the label its first column, and the values on the next line
_HEADER_REST_RE = re.compile(r"[^\d\n]{0,100}\n[ \t]*")


def _below_header(text: str, label_start: int, label_end: int) -> tuple[dt.date, int] | None:
    if text[text.rfind("\n", 0, label_start) + 1:label_start].strip():
        return None
    rest = _HEADER_REST_RE.match(text, label_end)
    return date_at(text, rest.end(), labelled=True) if rest else None


def _machine_date_line(text: str, line_start: int, line_end: int) -> bool:
    """`2015.09.27` alone on its line: a machine's date (a person writing a meeting's day puts
    the day first)."""
    return bool(_YEAR_FIRST_ALONE_RE.fullmatch(text, line_start, line_end))


def _other_weekday_after(text: str, end: int, day: dt.date) -> bool:
    """`13 października 2016` / `Środa była szczególnym dniem`: the text after the date names
    its day by another weekday, so the date is when it was written, not the meeting's."""
    m = _WEEKDAY_RE.search(text, end, end + _WEEKDAY_REACH)
    return bool(m) and WEEKDAY_OF.get(m.group().lower(), day.weekday()) != day.weekday()


_WEEKDAY_REACH = 300


_PROSE_LINE = 200   # a line this long is a paragraph of the body, not a header's
_PROGRAMME_LINES = 3   # (lines under the date, each short: a venue, an address, the meeting's kind)
_PROGRAMME_LINE = 80


def _programme_below_prose(text: str, line_start: int, end: int) -> bool:
    """A date line under the body's paragraphs, over short lines that name a meeting (a venue,
    then `Konferencja naukowa`): the day of the programme it heads, not of the page."""
    if not any(len(line) >= _PROSE_LINE for line in text[:line_start].split("\n")):
        return False
    below = [line for line in text[end:].split("\n")[1:_PROGRAMME_LINES + 1] if line.strip()]
    return bool(below) and all(len(line) <= _PROGRAMME_LINE for line in below) and mentions_meeting(" ".join(below))


def _previous_line(text: str, line_start: int) -> str:
    """The last non-blank line before the one starting at `line_start`."""
    before = text[:line_start].rstrip()
    return before[before.rfind("\n") + 1:]


def _meeting_clock(clock: str) -> bool:
    """`10:00`, `17:30`: a time in the day that meetings start at (a quarter hour)."""
    hour, minute = (int(part) for part in clock.split(":")[:2])
    return hour >= 6 and minute % 15 == 0


def _stamped_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int, dt.date, int, int, bool, bool]]:
    """Each line in text[start:end] holding a date block or a byline, not a template's live clock:
    (line start, line end, day, evidence start, evidence end, surely a byline, with a clock time)."""
    for line in _DIGIT_LINE_RE.finditer(text, start, end):
        line_start, line_end = line_bounds(text, line.start())
        found = _stamp_on_line(text, line_start, line_end)
        if not found:
            continue
        day, s, e, sure, clock = found
        if live_clock_label_before(text, line_start - 20, s) or name_days_below(text, e):
            continue
        yield line_start, line_end, day, s, e, sure or _machine_date_line(text, line_start, line_end), clock


def _stamp(text: str) -> tuple[int, int, dt.date, int, int] | None:
    """A header line holding a date the way news pages print when an item was posted
    ("20 lutego 2025", "Aktualności (18 października 2017)", "2022-09-30, 18:20 Autor: …"),
    if it is no poster's event date: unless it is surely a byline, it is not followed by a
    time line, not one row of a table of dates, and names a day the page names nowhere
    else, on a page that names other days (or, with no clock time, speaks of no meeting)."""
    m = _MACHINE_STAMP_RE.search(text, 0, _DATE_LINE_SCOPE)
    if m:
        day = date_at(text, m.start("date"), glued=True)
        if day:
            return (4, m.start(), day[0], m.start(), m.end())
    rows: list[int] | None = None
    for line_start, _, day, s, e, sure, clock in _stamped_lines(text, 0, _DATE_LINE_SCOPE):
        if not sure:
            if text[:line_start].rstrip().endswith((":", "-", "–")):
                continue
            if _TIME_NEXT_LINE_RE.match(text, e) and not _BYLINE_BELOW_RE.match(text, text.find("\n", e + 1)):
                continue  # "19 października 2023\ngodz. 17:00": a poster's event date (no `Redaktor: X` below)
            rows = date_lines(text, _DATE_LINE_SCOPE + 400) if rows is None else rows
            if in_a_table(line_start, rows) or under_row_number(text, line_start):
                continue
            if all_days(text).count(day) != 1:
                continue  # a day the page repeats: the meeting's
            if _programme_below_prose(text, line_start, e):
                continue  # (paragraphs, then `8 czerwca 2022` / a venue / `Konferencja naukowa`: the programme's day)
            if not dates_elsewhere(text, s, e) and (clock or mentions_meeting(text[:_DATE_LINE_SCOPE])) \
                    and not _RELATIVE_DAY_RE.search(text, e) and not _other_weekday_after(text, e, day):
                continue  # the only day of a page about a meeting (a poster): the meeting's (but
                #           `W dniu wczorajszym …` below it counts from the day it was written)
        return (4, line_start, day, s, e)
    posted = posted_clock_stamp(text)
    return month_stamp(text) or iso_title_line(text) or dated_notice(text) or _footer_byline(text) \
        or (posted and (4, posted[1], posted[0], posted[1], posted[2]))


# `2020-09-19 Po Walnym Zebraniu - podsumowania`: a machine-written date opening a news item's
# title line near the top
def _footer_byline(text: str) -> tuple[int, int, dt.date, int, int] | None:
    """`2018-05-30 11:58 Opublikował: X` on a page's last lines: a byline a CMS prints under the
    article, when nothing at the top dates the page (a sure one: it names who posted it, or
    prints a time no meeting starts at; or a date and time alone on the page's last line)."""
    last_line = text.rstrip().rfind("\n") + 1
    start = min(_DATE_LINE_SCOPE, last_line) if last_line >= _FOOTER_BODY_CHARS else _DATE_LINE_SCOPE
    for line_start, _, day, s, e, sure, clock in _stamped_lines(text, start, len(text)):
        # "07/10/2022 - 12:10" closing an article: the time the item was posted, when the page
        # names its day nowhere else
        if sure or clock and line_start == last_line and not dates_elsewhere(text, s, e):
            return (4, line_start, day, s, e)
    return None


def find_published(text: str) -> tuple[dt.date, str, tuple[int, int]] | None:
    """The page's own publication date with its evidence, e.g. `Dodano: 28.06.2017`.

    `Data publikacji`/`Opublikowano` beat `Dodano`/`Data dodania`, which beat a document's
    creation date; a dated letter head (`Łódź, 12 marca 2024 r.`), then a date block or
    byline at the top of the page, are the last resorts.
    """
    return _find_published(text)


@functools.lru_cache(maxsize=64)
def _find_published(text: str) -> tuple[dt.date, str, tuple[int, int]] | None:
    # cached: the pipeline asks for it before find_dates, which asks again
    best: tuple[int, int, dt.date, int, int] | None = None
    lowered = text.lower()
    for rank, cue, needles in _PUBLISHED_CUES:
        if best is not None and best[0] <= rank:
            break
        if not any(n in lowered for n in needles):
            continue
        for m in cue.finditer(text):
            tail = _CUE_TAIL_RE.match(text, m.end())
            found = date_at(text, tail.end(), labelled=True) or _below_header(text, m.start(), tail.end())
            if found:
                best = (rank, m.start(), found[0], m.start(), found[1])
                break
    if best is None or best[0] > 1:
        for m in _TOP_LABEL_RE.finditer(text, 0, _TOP_LABEL_SCOPE):
            found = date_at(text, m.end(), labelled=True)
            if found:
                best = (1, m.start(), found[0], m.start(), found[1])
                break
    if best is None:
        for m in _LETTER_HEAD_RE.finditer(text):
            if m.group("city").lower() in _NOT_CITIES \
                    or live_clock_label_before(text, m.start() - 20, m.start("city")) \
                    or ("," not in text[m.end("city"):m.end()] and not gazetteer().is_place(m.group("city"))):
                continue   # (a live clock, `Dzisiaj:` / `Czwartek, 18 lipca 2024 r.`; `Spotkanie dnia 8.02.2016`)
            found = date_at(text, m.end())
            if found and _LETTER_TAIL_RE.match(text, found[1]) and not _WEEKDAY_RE.fullmatch(m.group("city")) \
                    and not name_days_below(text, found[1]):
                # (`Wtorek, 28 września 2021` / `Imieniny: …`: a template's live clock, no letter head)
                best = (3, m.start(), found[0], m.start("city"), found[1])
                break
    if best is None:
        best = _stamp(text)
    if best is None:
        return None
    _, _, day, s, e = best
    return day, text[s:e], (s, e)
