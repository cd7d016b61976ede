"""The year of a page that prints no date of its own, from the years it names.

A year named as a period closed or still ahead tells when the page was written:
`podsumowanie działalności za rok 2019` is written in 2020, `prace nad planem na 2023 rok`
in 2022. Failing that, a year the text names as the one it speaks of (`Zebrania wiejskie w
2023 roku:`, `rok 2019`) dates the year-less days after it. Programme periods (`2014-2020`)
and boundaries (`od 2019 roku`) date nothing. A month named with its year (`lipiec 2018 r.`,
`2022-07`) dates the year-less days near it.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from nlp.clauses import clause_start
from nlp.dates_calendar import guess_year, valid_day
from nlp.dates_context import PUBLICATION, dates_a_document, dates_a_statute
from nlp.dates_lexicon import (LEXICON, MONTH_OF, MONTH_WORD, YEAR_BOUNDARY_BEFORE, YEAR_OF_WRITING_CUE,
                               YEAR_OF_WRITING_OFFSET, alternation)
from nlp.dates_live_clock import name_days_below
from nlp.dates_mention import DateMention
from nlp.dates_types import DateExpr

__all__ = ["month_year_anchors", "named_years", "nearest_anchor", "new_term_year", "read_by_weekday",
           "repeated_day_years", "school_years", "sentence_year", "undating_spans", "weekday_page_year", "weekday_year",
           "within", "written_anchors", "year_before", "year_of_writing", "years_of_written_days"]

_I = re.IGNORECASE
_YEAR = r"(?:19|20)\d{2}(?!\d)(?![\-–—/.]\d)(?!\s*[\-–—]\s*(?:19|20)\d{2})"
_PERIOD_RE = re.compile(
    rf"(?<!\w)(?P<cue>{YEAR_OF_WRITING_CUE})\s+"
    rf"(?:(?:rok|roku)\s+(?P<after>{_YEAR})|(?P<before>{_YEAR})\s*(?:roku?(?!\w)|r\.))", _I)
# "w 2023 roku", "rok 2019", "2022 r.": a year said to be one
_NAMED_YEAR_RE = re.compile(
    rf"(?<!\w)(?:(?:rok|roku)\s+(?P<after>{_YEAR})|(?P<before>{_YEAR})\s*(?:rok\w*|r\.|r(?!\w)))", _I)
_BOUNDARY_BEFORE_RE = re.compile(rf"(?<!\w)(?:{YEAR_BOUNDARY_BEFORE})\s*$", _I)
_WRITING_CUE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{YEAR_OF_WRITING_CUE})\s*$", _I)
_ANY_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# "zmiany w budżecie na 2018 rok": a plan changed while it runs
_PLAN_CHANGED_RE = re.compile(rf"(?<!\w)(?:{alternation(LEXICON['plan_changed_before'])})", _I)
_PLAN_CHANGE_REACH = 80


# "kadencji 2024-2029", "na kadencję 2023-2026": a term of office and its years
# (`kadencji 2024-2029`, `kadencję (2026-2030)`, `VII kadencji na lata 2022-2025`)
_TERM_RE = re.compile(r"(?<!\w)kadencj\w*\s*(?:na\s+lata\s+|\(\s*)?"
                      r"(?P<first>(?:19|20)\d{2})\s*[-–—/]\s*(?:19|20)\d{2}(?!\d)", _I)
_NEW_TERM_RE = re.compile(rf"(?<!\w)(?:{'|'.join(LEXICON['new_term_words'])})", _I)


def year_of_writing(text: str) -> int | None:
    """The year every period the text names points to, or None (none named, or they disagree)."""
    if not _ANY_YEAR_RE.search(text):
        return None
    back: set[int] = set()    # from years closed (`sprawozdanie za 2022 r.`)
    ahead: set[int] = set()   # from years to come (`plan na rok 2023`)
    for m in _PERIOD_RE.finditer(text):
        offset = _writing_offset(text, m)
        (back if offset > 0 else ahead).add(int(m.group("after") or m.group("before")) + offset)
    years = back | ahead
    if len(years) == 1:
        return years.pop()
    if len(back) == 1 and len(ahead) == 1 and back == {ahead.pop() + 1}:
        return back.pop()   # `sprawozdanie za 2022 r.` and `plany na rok 2023`: the plan of the year begun
    return None


def new_term_year(text: str) -> int | None:
    """`inauguracyjna sesja … kadencji 2024-2029`: the first meetings of a term, and a village's
    elections, are held in its first year (of the latest term the page names)."""
    firsts = [int(m.group("first")) for m in _TERM_RE.finditer(text)]
    return max(firsts) if firsts and _NEW_TERM_RE.search(text) else None


def _writing_offset(text: str, period: re.Match[str]) -> int:
    """How many years after the period named the page is written (`za rok 2019`: 1), none for a
    plan changed while it runs (`zmiany w budżecie na 2018 rok`)."""
    offset = YEAR_OF_WRITING_OFFSET[period.group("cue").lower()]
    return 0 if offset < 0 and _plan_changed(text, period.start()) else offset


def _plan_changed(text: str, pos: int) -> bool:
    """A word of changing a plan in the clause before the year of a plan (`zmian w budżecie na`)."""
    return bool(_PLAN_CHANGED_RE.search(text, clause_start(text, pos, _PLAN_CHANGE_REACH), pos))


def named_years(text: str, skipped: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(position, year) of each year the text names as the one it speaks of, in text order;
    none inside the `skipped` spans (the dates of laws)."""
    if not _ANY_YEAR_RE.search(text):
        return []
    out = []
    for m in _NAMED_YEAR_RE.finditer(text):
        if _not_the_year_spoken_of(text, m.start()) or within(skipped, m.start()):
            continue
        out.append((m.start(), int(m.group("after") or m.group("before"))))
    return out or _only_bare_year(text, skipped)


def _not_the_year_spoken_of(text: str, pos: int) -> bool:
    """`od 2019 roku`, `za rok 2019`: a boundary or a period closed, not the year of the days."""
    before = text[max(0, pos - 16):pos]
    if _BOUNDARY_BEFORE_RE.search(before):
        return True
    cue = _WRITING_CUE_BEFORE_RE.search(before)
    return bool(cue) and not (cue.group().strip().lower() == "na" and _plan_changed(text, pos))


def _only_bare_year(text: str, skipped: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`w ramach programu Dom Kultury+ Inicjatywy Lokalne 2017`: the one year a page names,
    though not as `rok`, dates its year-less days (a programme's edition the meetings run in)."""
    found = _bare_years(text, skipped)
    return found[:1] if found and len({year for _, year in found}) == 1 else []


def _bare_years(text: str, skipped: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(position, year) of each year the page names bare, neither a boundary, a target nor a law's."""
    return [(m.start(), int(m.group())) for m in _BARE_YEAR_RE.finditer(text)
            if not _not_the_year_spoken_of(text, m.start()) and not text.startswith("+", m.end())
            and not within(skipped, m.start())
            and not _TARGET_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())]


_BARE_YEAR_RE = re.compile(rf"(?<![\d\-–—/.]){_YEAR}")
_IN_YEAR_BEFORE_RE = re.compile(r"(?<!\w)w(?:[^\S\n]+roku)?[^\S\n]+$", _I)   # `w 2008 roku`, `W roku 2008`
# `Strategii Rozwoju Gminy 2030`, `2030+`: the year a plan aims at
_TARGET_BEFORE_RE = re.compile(rf"(?<!\w)(?:{'|'.join(LEXICON['target_year_words'])})(?:[^\S\n]+[^\s\d]+){{0,4}}[^\S\n]+$", _I)


def undating_spans(text: str, exprs: list[DateExpr]) -> list[tuple[int, int]]:
    """The spans of the laws' dates (`ustawy z dnia 8 marca 1990 r.`) and of a template's live
    clock over the day's name-days, which date no year-less day: `12 marca br.` under one is
    not in 1990, nor `19 maja` under `Sobota, 20 kwietnia 2024` / `Imieniny: …` in 2024."""
    return [(e.start, e.end) for e in exprs
            if e.parts and e.parts[0].year is not None
            and (dates_a_statute(text, e.start) or name_days_below(text, e.end))]


def within(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in spans)


def written_anchors(exprs: list[DateExpr], skipped: list[tuple[int, int]]) -> list[tuple[int, dt.date]]:
    """(position, day) of each date written with its year (outside the `skipped` spans): what
    the year-less days near it count from on a page that gives no date of its own."""
    out = []
    for e in exprs:
        if e.parts and e.parts[0].year is not None and not e.current_year and e.parts[0].month \
                and not within(skipped, e.start):
            p = e.parts[0]
            day = valid_day(p.year, p.month, p.day)
            if day:
                out.append((e.start, day))
    return out


def nearest_anchor(anchors: list[tuple[int, dt.date]], pos: int, *, latest: bool = False) -> dt.date | None:
    """The written date before `pos`, the best guess at the year without a publication date.
    Before the first one, the first (or, for `br.` given `latest`, the latest: `Dnia 12 lutego br.
    zmarł ks. X` … `urodził się 17 grudnia 1937 r.` … `W dniu 3 marca 2007 r.` is of 2007)."""
    if not anchors:
        return None
    i = bisect.bisect_right([a[0] for a in anchors], pos)
    if i:
        return anchors[i - 1][1]
    return max(day for _, day in anchors) if latest else anchors[0][1]


def sentence_year(text: str, pos: int, skipped: list[tuple[int, int]] = (), reach: int = 200, *,
                  said_in: bool = False) -> int | None:
    """`Lubuskie Forum 2018, które odbędzie się 28 września`: the one year the sentence of a
    year-less day names before it (not a boundary, a plan's target, a programme period, or one
    within the `skipped` spans). `said_in`: only a year the sentence is said to be in (`W 2008
    roku odbędą się …: 5 marca`), which outweighs the page's date of writing."""
    start = clause_start(text, pos, reach)
    years = {int(m.group()) for m in _BARE_YEAR_RE.finditer(text, start, pos)
             if not _not_the_year_spoken_of(text, m.start()) and not within(skipped, m.start())
             and not _TARGET_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
             and (not said_in or _IN_YEAR_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()))}
    return years.pop() if len(years) == 1 else None


def year_before(years: list[tuple[int, int]], pos: int) -> int | None:
    """The year named last before `pos`; before the first one named, the page's only year
    (`27 listopada w Urzędzie Gminy … projektu … w roku 2019`), if it names one only."""
    i = bisect.bisect_right([p for p, _ in years], pos)
    if i:
        return years[i - 1][1]
    return years[0][1] if years and len({y for _, y in years}) == 1 else None


_YEAR4_RUN = r"(?:19|20)\d{2}"
# "lipiec 2018 r.", "w styczniu 2020", "2022-07": a month of a year, which dates the days
# around it that leave their year out
# (found from the year: the month alternation is tried only in the few characters before one)
_YEAR_RUN_RE = re.compile(rf"(?<!\d){_YEAR4_RUN}(?!\d)")
_MONTH_BEFORE_YEAR_RE = re.compile(rf"(?<![\d.]\s)(?<![\d.])(?P<month>{MONTH_WORD})\s*$", _I)
_MONTH_REACH = 40
_ISO_MONTH_RE = re.compile(rf"(?<![\w.\-/])(?P<year>{_YEAR4_RUN})-(?P<month>0[1-9]|1[0-2])(?![\d./-])")


def month_year_anchors(text: str) -> list[tuple[int, int, int]]:
    """(position, year, month) of each month of a year the text names (`lipiec 2018 r.`,
    `2022-07`): what a year-less day near it is dated by when nothing else dates the page."""
    out = []
    for year in _YEAR_RUN_RE.finditer(text):
        m = _MONTH_BEFORE_YEAR_RE.search(text, max(0, year.start() - _MONTH_REACH), year.start())
        if m and not _BOUNDARY_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()):
            # (`od maja do listopada 1945 roku`: the bounds of a period, not the month the page speaks of)
            out.append((m.start(), int(year.group()), MONTH_OF.get(m.group("month").lower(), 0)))
    out += [(m.start(), int(m.group("year")), int(m.group("month"))) for m in _ISO_MONTH_RE.finditer(text)]
    # `rok szkolny 2024/25` runs from September of its first year
    out += [(pos, year, 9) for pos, year in school_years(text)]
    return sorted(a for a in out if a[2])


_SCHOOL_YEAR_RE = re.compile(rf"(?<!\w)(?:{'|'.join(LEXICON['split_years_before'])})\s+"
                             rf"(?P<year>{_YEAR4_RUN})\s*[/\-–]\s*(?P<next>(?:19|20)?\d{{2}})(?!\d)", _I)


def school_years(text: str) -> list[tuple[int, int]]:
    """(position, first year) of each school or academic year or season the text names (`rok
    szkolny 2024/25`, `roku akademickiego 2023-2024`, `w sezonie 2018/19`): its autumn (and
    the August before it) is in the first year, the rest in the second, whatever the tense of
    the page."""
    return [(m.start(), int(m.group("year"))) for m in _SCHOOL_YEAR_RE.finditer(text)
            if int(m.group("next")[-2:]) == (int(m.group("year")) + 1) % 100]


# a line ending in a colon that names a year (`Do wydarzeń klubu w 2015 roku należy zaliczyć:`)
_HEADING_RE = re.compile(r"^[^\n]*:[^\S\n]*$", re.MULTILINE)
_ITEM_RE = re.compile(r"[^\S\n]*(?:[•\-–—*·▪►]|\d{1,2}[.)])")
# a clause of its line ending in a colon right before a day (`… w dniach: 2 kwietnia, …`)
_INLINE_HEADING_RE = re.compile(r"[^\n.:;]+:[^\S\n]*(?=\d)")


def list_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of each list whose heading line names one year: the list's year-less
    days are of that year, whatever other dates the page prints (a board's term of office,
    the date of the meeting that heard the report)."""
    out = []
    for heading in _HEADING_RE.finditer(text):
        years = {int(m.group("after") or m.group("before")) for m in _NAMED_YEAR_RE.finditer(heading.group())
                 if not _not_the_year_spoken_of(heading.group(), m.start())}
        if len(years) != 1:
            continue
        end = line_start = heading.end() + 1
        while line_start <= len(text):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            if text[line_start:line_end].strip() and not _ITEM_RE.match(text, line_start, line_end):
                break   # (blank lines and items go on; any other line ends the list)
            end, line_start = line_end, line_end + 1
        if end > heading.end() + 1:
            out.append((heading.end(), end, years.pop()))
    for clause in _INLINE_HEADING_RE.finditer(text):
        # `W 2019 roku odbyło się 7 posiedzeń w dniach: 2 kwietnia, 8 kwietnia, …`: the list runs on the line
        years = {int(m.group("after") or m.group("before")) for m in _NAMED_YEAR_RE.finditer(clause.group())
                 if not _not_the_year_spoken_of(clause.group(), m.start())}
        if len(years) == 1:
            line_end = text.find("\n", clause.end())
            out.append((clause.end(), len(text) if line_end < 0 else line_end, years.pop()))
    return out


def weekday_page_year(text: str, exprs: list[DateExpr], today: dt.date, skipped: list[tuple[int, int]]) -> int | None:
    """On a page nothing else dates, the year in which its first year-less day given with its
    weekday falls on that weekday (`W piątek, 19 września`): one of the years the page names
    (`Zjazd Sołtysów 2016` … `plany na Zjazd Sołtysów 2017`), else next to the year nearest
    `today`."""
    named_years: list[int] | None = None   # read once, at the first day given with its weekday
    for expr in exprs:
        if _dated_by_weekday(expr):
            if named_years is None:
                named_years = [year for _, year in _bare_years(text, skipped)]
            named = next((y for y in named_years if _on_its_weekday(y, expr)), None)
            if named is not None:
                return named
            guess = guess_year(expr.parts[0].month, expr.parts[0].day, today, None)
            year = None if guess is None else weekday_year(guess, expr)
            if year is not None and _on_its_weekday(year, expr):
                return year
    return None


def weekday_year(year: int, expr: DateExpr) -> int:
    """The year a period names for a page's writing (`plany na rok 2024`: 2023) is a guess a
    year either way; a day said with its weekday (`w minioną sobotę, 3 lutego`) takes the
    year next to it in which that day is that weekday, if the guess is not one."""
    if not _dated_by_weekday(expr):
        return year
    return next((y for y in (year, year + 1, year - 1) if _on_its_weekday(y, expr)), year)


def _dated_by_weekday(expr: DateExpr) -> bool:
    """One year-less day given with its weekday (`w sobotę, 3 lutego`)."""
    return expr.weekday is not None and len(expr.parts) == 1 and bool(expr.parts[0].month) \
        and expr.parts[0].year is None


def read_by_weekday(expr: DateExpr, day: dt.date) -> bool:
    """A year-less day read in the year its stated weekday falls on (`9 lipca (wtorek)`)."""
    return _dated_by_weekday(expr) and day.weekday() == expr.weekday


def _on_its_weekday(year: int, expr: DateExpr) -> bool:
    part = expr.parts[0]
    day = valid_day(year, part.month, part.day)
    return day is not None and day.weekday() == expr.weekday


def years_of_written_days(text: str, exprs: list[DateExpr]) -> None:
    """`pochodu 1 maja` in a text that also writes `1 maja 2005 roku`: a day and month the
    text gives elsewhere with its year (one year only) are that day, whatever the page's date.
    A law's or a letter's date (`ustawy z dnia 15 listopada 1984 r.`) lends its year to nothing:
    a payment due every 15 November is not due in 1984."""
    years: dict[tuple[int, int], set[int]] = {}
    for e in exprs:
        if e.current_year or dates_a_document(text, e.start):
            continue
        for p in e.parts:
            if p.year is not None and p.month and p.nth is None and not p.month_end:
                years.setdefault((p.month, p.day), set()).add(p.year)
    if not years:
        return
    for e in exprs:   # (`4 marca br.` beside `w poniedziałek 4 marca 2013 r.` too: the page's year)
        for p in e.parts:
            known = years.get((p.month, p.day)) if p.year is None and p.nth is None and not p.month_end else None
            if known and len(known) == 1:
                p.year = next(iter(known))


# what may join two days of one list in a sentence: a place, a conjunction (`21 lutego w X oraz 24 lutego 2015 r.`)
_JOINED_DAYS_GAP_RE = re.compile(r"[^.;!?\n\d]{0,60}")
_CONJUNCTION_RE = re.compile(r"(?<!\w)(?:oraz|i|a\s+także)(?!\w)|,")


def years_of_joined_days(text: str, exprs: list[DateExpr]) -> None:
    """`21 i 22 lutego w Marszewie oraz 24 lutego 2015 r.`: year-less days joined in one
    sentence to a later day written with its year are in that year, whatever the page's date."""
    for a, b in zip(exprs, exprs[1:]):
        if not a.parts or not b.parts or a.current_year or any(p.year is not None or not p.month for p in a.parts):
            continue
        year, month = b.parts[0].year, b.parts[0].month
        gap = text[a.end:b.start]
        if year is None or not month or month < max(p.month for p in a.parts) \
                or not _JOINED_DAYS_GAP_RE.fullmatch(gap) or not _CONJUNCTION_RE.search(gap):
            continue
        for p in a.parts:
            p.year = year


# a line naming a year alone (`Rok 2008`, `2009 r.`): a chronicle's heading over its days
_YEAR_HEADING_RE = re.compile(r"^[ \t]*(?:rok[ \t]+)?(?P<year>(?:19|20)\d{2})[ \t]*(?:r\.|rok)?[ \t]*:?[ \t]*$",
                              re.IGNORECASE | re.MULTILINE)


def heading_years(text: str) -> list[tuple[int, int]]:
    """(position, year) of each line that names a year alone, a chronicle's heading (`Rok 2008` /
    `1 stycznia rozpoczęła się …`), which dates the year-less days under it; not a column of
    years (an archive's `2019` / `2018` / `2017`)."""
    found = [(m.start(), m.end(), int(m.group("year"))) for m in _YEAR_HEADING_RE.finditer(text)]
    out = []
    for k, (start, end, year) in enumerate(found):
        before = text[found[k - 1][1]:start] if k else None
        after = text[end:found[k + 1][0]] if k + 1 < len(found) else None
        if not (before is not None and not before.strip() or after is not None and not after.strip()):
            out.append((start, year))
    return out


# a year said with a day (`2 lutego 2020`, `2.02.20`, `2 lutego br.`, `… roku`)
_YEAR_SAID_RE = re.compile(r"\d{4}|\bbr\b|\broku\b|\br\.|\bub\.|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


def repeated_day_years(mentions: list[DateMention]) -> list[DateMention]:
    """A day said again without its year (`W niedzielę, 2 lutego, odbyło się spotkanie. … spotykamy
    się 2 lutego`) is the day said first, in that one's year, not the same day a year apart
    (unless a year is said with that day somewhere: `1 maja 2005 r. i 1 maja 2006 r.`)."""
    said = {m.start[5:10] for m in mentions if _YEAR_SAID_RE.search(m.text)}   # (its years are the page's)
    first: dict[str, int] = {}
    out = []
    for m in mentions:
        key, year = m.start[5:10], int(m.start[:4])
        if m.kind == PUBLICATION or key in said or first.setdefault(key, year) == year:
            out.append(m)
            continue
        shift = first[key] - year
        end = f"{int(m.end[:4]) + shift:04d}{m.end[4:]}" if m.end else None
        out.append(replace(m, start=f"{first[key]:04d}{m.start[4:]}", end=end))
    return out
