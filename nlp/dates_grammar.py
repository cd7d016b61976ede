"""The surface grammar of Polish dates: regular expressions compiled once, and a scanner that
turns a text into non-overlapping date expressions and times.

Dates and times compete for the same digits (`19.10` is a date, `16.00` a time, `godz. 19.10`
a time again), so every candidate carries a priority and the strongest reading of each piece
of text wins. The patterns are tried only where a run of digits or a cue word (`godz.`,
`jutro`, a weekday) stands, found by one cheap scan each: O(n) per text. Every pattern reads
only what its groups guarantee, so no input can make the scanner fail.
"""
from __future__ import annotations

import bisect
import re

from nlp.caseless import Caseless
from nlp.dates_agenda import among_programme_times, four_digit_programme_hours, only_a_time
from nlp.dates_clock import PRIORITY_CUED, cued_times, times_at
from nlp.dates_day_words import day_word_dates
from nlp.dates_join import attach_weekdays, merge, resolve_overlaps, without_day_parts_beside_days
from nlp.dates_lexicon import (CURRENT_MONTH, CURRENT_YEAR, DASHES, DAY_PAIR_SEP, LINE_LIST_SEP, LIST_SEP, MONTH_OF,
                               MONTH_STAMP_GLUED, MONTH_STAMP_WORD, MONTH_WORD, NOT_DATE_AFTER, ORDINAL_SUFFIX,
                               RANGE_SEP, ROMAN, ROMAN_OF, ROMAN_TWO_DIGIT_YEAR, SWITCH_SEP, TIME_CUE,
                               WEEK_ORDINAL_WORD, WEEKDAY_OF, WEEKDAY_WORD, YEAR_WORD)
from nlp.dates_hours import whole_hour_at, word_hours
from nlp.dates_month_end import month_ends
from nlp.dates_month_first import month_first_dates
from nlp.dates_line_numbers import slash_row_at, sub_item_number
from nlp.dates_match_values import NOT_DATE_BEFORE_RE, nth_weekday, number_of_something, numeric, text_month
from nlp.dates_relative import anaphoric_days, counted_days, day_parts
from nlp.dates_sentences import left_of
from nlp.dates_span_days import span_days
from nlp.dates_rows import day_cell_above_month
from nlp.dates_types import Candidate, DateExpr, DatePart, TimeExpr
from nlp.dates_words import relative_days, weekdays

__all__ = ["CURRENT_MONTH_RE", "DMY_RE", "GLUED_ISO_RE", "GLUED_TEXT_MONTH_RE", "ISO_RE", "ROMAN_RE", "TEXT_MONTH_RE",
           "DateExpr", "DatePart", "TimeExpr", "scan"]

_I = re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# Building blocks
_DASH = rf"(?:{DASHES})"
_ORDINAL = rf"(?:-?(?:{ORDINAL_SUFFIX})(?!\w))?"
_DAY = rf"(?:0?[1-9]|[12]\d|3[01]){_ORDINAL}"
_YEAR4 = r"(?:1[6-9]|20)\d{2}"
_YEAR_WORD = rf"(?:\s*(?:{YEAR_WORD}))"
# "7 kwietnia 1421 r.": a chronicle's year before 1600 only with its `r.` or `roku` (no hour or count)
_OLD_YEAR = rf"1[0-5]\d\d(?={_YEAR_WORD})"
_BR = rf"(?P<br>\s*(?:{CURRENT_YEAR}))"
# Whatever may stand before a date without making it part of a bigger number or code
# (" ,9 lutego": a comma typed before the number, after a space, is no decimal point).
_NUM_LEFT = r"(?:(?<=\s,)|(?<![\w.,/:\-–—]))"
# "Pon.,01.06": a comma glued to an abbreviation's full stop before a numeric date
_AFTER_ABBREVIATION = r"(?<=[^\W\d_]\.,)"
# "Wstęp wolny.29.08": a full stop that lost its space (after five lower-case letters: not `godz.`)
_AFTER_GLUED_STOP = r"(?<=[a-ząćęłńóśźż]{5}\.)"
# ...and where a range's second date follows the first with no space: "1 stycznia-31 grudnia",
# "1.I.2008-31.XII.2008" (a month name or numeral must follow, so no code is read as a date)
_RANGE_LEFT = r"(?:(?<=\s,)|(?<=[^\W_][-–—])|(?<=\s[-–—])|(?<![\w.,/:\-–—]))"


# "9 czerwca (środa) 2021 r.": the weekday in brackets between the month and its year
_WEEKDAY_ASIDE = rf"(?:\s*\(\s*(?:{WEEKDAY_WORD})\s*\))?"


def _text_month_pattern(left: str, days: str) -> str:
    # (a three-letter month with no dot only with its year after it: `20 cze 2007`; alone `lis` is a word)
    stamp_month = rf"(?:{MONTH_STAMP_WORD})(?=[ \t]*,?[ \t]*{_YEAR4}(?!\d))" \
        rf"|(?:{MONTH_STAMP_GLUED})(?={_YEAR4}(?!\d))"   # (`11lis2009`: run together, as blog templates print)
    return (rf"{left}(?P<days>{days})\s*(?P<month>{MONTH_WORD}|{stamp_month})"
            # (a year before 1900 only on the day's line: `3 lipca` / `1700 AS: …` is a programme's hour)
            rf"(?:{_WEEKDAY_ASIDE}(?:[ \t]*,?[ \t]*|\s*,?\s*(?=(?:19|20)\d\d))"
            rf"(?P<year>{_YEAR4}|{_OLD_YEAR})(?!\d|[-./]\d)"
            rf"{_YEAR_WORD}?)?{_BR}?")


_DAYS = rf"{_DAY}\.?(?:(?:{RANGE_SEP}|{DAY_PAIR_SEP}|{LINE_LIST_SEP}|{SWITCH_SEP}){_DAY}\.?){{0,12}}"
# "19 lipca br.", "22 stycznia 2025 r.", "19-20 października", "od 5 do 7 maja", "19 i 26 lipca"
# tried at most digit runs; also glued to a sentence's full stop (`zabawa taneczna.2 maja w programie …`)
_TEXT_MONTH = Caseless(_text_month_pattern(f"(?:{_RANGE_LEFT}|{_AFTER_GLUED_STOP})", _DAYS))
TEXT_MONTH_RE = _TEXT_MONTH.exact
# "dniu28 stycznia 2023 r.", "DRUKUJ25 kwietnia 2024": a full date run into the word before it
GLUED_TEXT_MONTH_RE = re.compile(_text_month_pattern("", _DAYS), _I)
_ISO_BODY = (rf"(?P<year>{_YEAR4})(?P<sep>[-./])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)"
             r"(?:(?:T|,?\s+)(?P<th>[01]?\d|2[0-3]):(?P<tm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?![\d:])"
             # (`2010-07-08 1510` ending its line: a posting stamp whose colon was lost)
             r"|[ \t]+(?P<th4>[01]\d|2[0-3])(?P<tm4>[0-5]\d)(?=[ \t]*(?:\n|$)))?")
# 2023-10-19, 2023.10.19, optionally with the time a CMS prints beside it
ISO_RE = re.compile(rf"(?<![\w.\-/]){_ISO_BODY}")
GLUED_ISO_RE = re.compile(_ISO_BODY)
# 19.10.2023, 19. 10. 2023, 19/10/2023, 05-10-2018, 01 - 04 - 2025, 19-20.10.2023, 27.02.20
DMY_RE = re.compile(
    # "9., 16. i 30.6.2017"
    rf"(?:{_AFTER_ABBREVIATION}|{_AFTER_GLUED_STOP}|(?<![\w.,/]))"
    rf"(?P<listed>(?:(?:0?[1-9]|[12]\d|3[01])\.?{LINE_LIST_SEP}){{1,8}})?"
    rf"(?:(?P<day0>{_DAY})\.?\s*{_DASH}\s*)?(?P<day>[0-3]?\d)(?P<sp0> ?)(?P<sep>[./-])(?P<sp> ?)(?P<month>[01]?\d)"
    rf"(?:(?P=sp0)(?P=sep)(?P=sp)|[ \t\xa0](?={_YEAR4}(?!\d)))"   # (`18/03 2024`: a template's space before the year)
    rf"(?P<year>{_YEAR4}|\d{{2}})(?![\d]|[.,]\d){_YEAR_WORD}?{_BR}?")
# "20 12 2018", "12 01 2017r.": a whole date spaced out, its month of two digits (not a number's
# groups: an account's `2004 0000` or a phone's `12 34 5678`)
SPACED_DMY_RE = re.compile(
    rf"(?P<day>0?[1-9]|[12]\d|3[01])[ \xa0](?P<month>0[1-9]|1[0-2])[ \xa0](?P<year>(?:19|20)\d\d)"
    rf"(?!\d|[.,:]\d|[ \xa0]\d){_YEAR_WORD}?")
# 19.X.2023, 19 X 2023, 19-X-2023, 19.X., 20.IX.br, 19-20.X.2023, `17 XII` (not `godz. 11-17 I Wojewódzki Przegląd`)
ROMAN_RE = re.compile(   # (`24 i 25 XI 2020`: days listed before the month)
    rf"{_RANGE_LEFT}(?P<listed>(?:{_DAY}\.?{LINE_LIST_SEP}){{1,6}})?(?:(?P<day0>{_DAY})\.?\s*{_DASH}\s*)?"
    rf"(?P<day>{_DAY})(?:\s*\.\s*|\s+|-)(?-i:(?P<roman>{ROMAN}))"
    rf"(?:(?:\s*\.\s*|\s+|-)(?P<year>{_YEAR4}|{ROMAN_TWO_DIGIT_YEAR})(?!\d){_YEAR_WORD}?"
    rf"|\.(?![\d\w])|\.(?={CURRENT_YEAR})"
    rf"|(?![\w.\-/]|[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ]))"
    rf"{_BR}?")
# 19.10 (no year): checked against its context before it is believed
PARTIAL_RE = re.compile(
    rf"(?:{_AFTER_ABBREVIATION}|{_AFTER_GLUED_STOP}|(?<![\w.,/:]))(?:(?P<day0>{_DAY})\.?\s*{_DASH}\s*)?"
    rf"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.?"
    rf"(?![\d]|[.,]\d){_BR}?")
# "4 bm.": a day of the month of writing
CURRENT_MONTH_RE = re.compile(rf"{_NUM_LEFT}(?P<day>{_DAY})\.?\s*(?P<bm>{CURRENT_MONTH})", _I)

# "ostatnia niedziela września", "w pierwszą sobotę października 2024 r."
_NTH_WEEKDAY = Caseless(
    rf"(?<!\w)(?P<ord>{WEEK_ORDINAL_WORD})\s+(?P<wd>{WEEKDAY_WORD})\s+(?P<month>{MONTH_WORD})"
    rf"(?:\s*(?P<year>{_YEAR4})(?!\d){_YEAR_WORD}?)?{_BR}?")
# the weekday nouns' stems, looked for with str.find before the pattern is tried
_WEEKDAY_NOUN_STEMS = tuple(sorted({f.lower()[:4] for f in WEEKDAY_OF if not f.endswith(".")}))
_DIGITS_RE = re.compile(r"[0-9]+")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_NOT_DATE_AFTER_RE = re.compile(rf"^\s*(?:{NOT_DATE_AFTER})", _I)
_DATE_CUE_BEFORE_RE = re.compile(
    rf"(?:(?<!\w)(?:dnia|dn\.|w\s+dniu|w\s+dniach|dniach|termin\w*|data|kiedy\s*\?|{WEEKDAY_WORD})\s*[:,(]?\s*$)"
    # `odbyło się 6.10`, `odbyło (6.10) się`: the day a meeting was held on
    r"|(?<!\w)(?:odby\w+|odbęd\w+)(?:\s+się)?\s*\(?\s*$"
    r"|(?:^|\n)\s*$", _I)
_TIME_CUE_BEFORE_RE = re.compile(r"(?<!\w)(?:godz\w*\.?|o|od|około|ok\.)\s*$", _I)
_TIME_CUE_AFTER_RE = re.compile(rf"\s*,?\s*(?:(?:o|od)\s+)?(?:{TIME_CUE})", _I)
# "dniu28 stycznia": the words a full date may be run into by a lost space
_GLUED_WORD_RE = re.compile(r"[^\W\d_]{2,}$")
_GLUED_STOP_RE = re.compile(_AFTER_GLUED_STOP)
# a list of capitalised names around a capitalised month (`Kochanowskiego, 11 Listopada, Wita Stwosza`)
_NAME_LIST_BEFORE_RE = re.compile(r"[A-ZŁŚŻŹĆ][^\W\d_]+,[ \t]*$")
_NAME_LIST_AFTER_RE = re.compile(r"[ \t]*,[ \t]*[A-ZŁŚŻŹĆ]")
# `ur.`, `zm.`, `dn.`: a short abbreviation whose full stop a full date may be run into
_ABBREVIATION_GLUED_RE = re.compile(r"(?<![\w.])[^\W\d_]{1,4}\.$")
_DATE_CUE_GLUED_RE = re.compile(r"(?<![^\W\d_])(?:dniach|dniu|dnia)$", re.IGNORECASE)

PRIORITY_ISO = 0
PRIORITY_DATE = 1
PRIORITY_PARTIAL = 3
PRIORITY_WORD = 6
PRIORITY_DAY_PART = 7


# "9, 16 i 30.06.2017": a day of a list whose last day carries the month and year
_LIST_AHEAD_RE = re.compile(rf"\.?{LIST_SEP}\d")


def _listed_days_ok(text: str, p: int) -> bool:
    """Days listed before a full date stand after a cue, a colon or a line's start, not
    after a street, a number's noun or a capitalised name."""
    left = left_of(text, p, 24)
    if NOT_DATE_BEFORE_RE.search(left[-16:]):
        return False
    word = re.search(r"(\S+)\s*$", left)
    return word is None or bool(_DATE_CUE_BEFORE_RE.search(left)) or word.group(1)[-1:] in ":(–-" \
        or not word.group(1)[:1].isupper() and not word.group(1)[:1].isdigit()


# a clock time and a dash right before a day and month: `14.00 -14.10` is a range of hours
_CLOCK_BEFORE_RE = re.compile(r"(?<![\d.])\d{1,2}(?P<sep>[.:])(?P<minute>\d{2})[ \t]*[-–—][ \t]*$")


def _partial_ok(match: re.Match, text: str) -> bool:
    """`19.10` is a date only where nothing says it is a number, a time or a paragraph."""
    day, month_s = int(match.group("day")), match.group("month")
    month = int(month_s)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    before = left_of(text, match.start())
    if NOT_DATE_BEFORE_RE.search(before[-16:]) or _TIME_CUE_BEFORE_RE.search(before[-12:]):
        return False
    if not match.group("day0") and among_programme_times(text, match.start(), match.end()):
        return False   # `11.00 Rozpoczęcie 11.05 Wystąpienie`: five past eleven
    clock = _CLOCK_BEFORE_RE.search(before[-12:])
    if clock and only_a_time(clock.group("sep"), clock.group("minute")):
        return False   # `14.00 -14.10`: the end of a range of hours
    if _NOT_DATE_AFTER_RE.match(text, match.end()) or _NOT_DATE_AFTER_RE.match(text[match.end():match.end() + 8]):
        return False
    hour_after = _HOUR_RANGE_AFTER_RE.match(text, match.end())
    if hour_after and not 1 <= int(hour_after.group("minute")) <= 12:
        return False   # `10.10-10.30 wykład`: what ends at half past ten began at ten past

    if sub_item_number(text, match.start(), day):
        return False   # `4. Wybór …` / `4.1 powołanie komisji`: an agenda's sub-item
    cued = bool(_DATE_CUE_BEFORE_RE.search(before)) or bool(match.group("day0")) \
        or bool(_TIME_CUE_AFTER_RE.match(text, match.end()))   # "5.06 godz. 18"
    if len(month_s) == 1 or len(match.group("day")) == 1 and not match.group(0).endswith("."):
        # "odbędą się 5.06": a month written with its zero is no minute of an hour nor a decimal
        return cued or len(month_s) == 2 and month_s.startswith("0") and len(match.group("day")) == 1
    return True


_HOUR_RANGE_AFTER_RE = re.compile(r"[ \t]*[-–—][ \t]*(?:[01]?\d|2[0-4])[.:](?P<minute>[0-5]\d)(?!\d)")
# What may follow the day number of "19 lipca", "19 i 26 lipca", "19-go lipca", "5 do 7 maja":
# a month's first letter or a list/range connector (anything else skips the month regex).
_TEXT_MONTH_NEXT = frozenset(
    {f[0] for f in MONTH_OF} | {f[0].upper() for f in MONTH_OF} | set("ioladnIOLADN-–—−÷,;./") - {""})


def _iso_candidate(m: re.Match, p: int) -> Candidate:
    expr = DateExpr(p, m.end(), [DatePart(int(m.group("day")), int(m.group("month")), int(m.group("year")))])
    if m.group("th") is not None:
        expr.iso_time = (int(m.group("th")), int(m.group("tm")))
    elif m.group("th4") is not None:
        expr.iso_time = (int(m.group("th4")), int(m.group("tm4")))
    return Candidate(PRIORITY_ISO, p, m.end(), expr)


def _plausible_day(m: re.Match) -> bool:
    """A day and month that exist (not `0/0/1900`, `00.00.2020`, `1600/0/0`: a template's empty date)."""
    return 1 <= int(m.group("month")) <= 12 and 1 <= int(m.group("day")) <= 31


def _glued_date(text: str, p: int, q: int) -> Candidate | None:
    """A full date (with its year) whose first digit follows a letter: `Góry2021-08-25`,
    `dniu28 stycznia 2023 r.` (a lost space). Without a year such digits name nothing."""
    if q - p == 4:
        m = GLUED_ISO_RE.match(text, p)
        return _iso_candidate(m, p) if m and _plausible_day(m) else None
    if q - p > 2:
        return None
    m = GLUED_TEXT_MONTH_RE.match(text, p)
    if not m or not (m.group("year") or (m.group("br") and _DATE_CUE_GLUED_RE.search(left_of(text, p, 8)))):
        return None   # (`w dniach28-30 listopada br.`: the cue word says it is a date)
    expr = text_month(m, text)
    return Candidate(PRIORITY_DATE, p, m.end(), expr) if expr else None


# a camera's file name a page printed as a photo's caption, with no space before the text after
# it: `IMG_6402` + `1 października`, `DSC01947` + `15 września`
_PHOTO_NAME_RE = re.compile(r"(?<![A-Za-z])(?:(?:IMG[_ ]?|DSCN|DSCF|DSC_)\d{4}|DSC\d{5})(?=\d{1,2}[ \t\xa0]+[^\W\d])")


def _days_after_photo_names(text: str, add) -> None:
    """The day and month written right after a photo's file name (`IMG_64021 października`)."""
    for name in _PHOTO_NAME_RE.finditer(text):
        m = GLUED_TEXT_MONTH_RE.match(text, name.end())
        expr = text_month(m, text) if m else None
        if expr:
            add(Candidate(PRIORITY_DATE, expr.start, expr.end, expr))


def _digit_candidates(text: str, p: int, q: int, add) -> None:
    """Every date and bare-time reading that may begin at the digit run text[p:q]."""
    before = text[p - 1] if p else " "
    if q - p <= 2 and before == "." and _ABBREVIATION_GLUED_RE.search(left_of(text, p, 8)):
        found = _glued_date(text, p, q)   # `(ur.19 września 1904`, `dn.5 czerwca 2010`: a space lost after `ur.`
        if found:
            add(found)
            return
    if q - p <= 2 and (before in ".:/" or before == "_" or before.isalnum() and not before.isalpha()) \
            and not (before == "." and _GLUED_STOP_RE.match(text, p)):
        return   # `10` of `19.10`, `00` of `14:00`: no day or hour follows `.`, `:`, `/` or a digit
    n = len(text)
    after = text[q] if q < n else " "
    if p and before.isalpha() and _GLUED_WORD_RE.search(left_of(text, p, 12)):
        found = _glued_date(text, p, q)
        if found:
            add(found)
        return
    if q - p > 2:
        # only a year can open a date here (2023-10-19); phone numbers, postcodes: nothing
        m = ISO_RE.match(text, p) if q - p == 4 and after in "-./" else None
        if m and _plausible_day(m):
            add(_iso_candidate(m, p))
        return
    peek = text[q:q + 4].lstrip(" \t\xa0.")[:1]   # (a dash is kept: `15 - 16 marca`, `15 – 16.05.2023`)
    dash_ahead = after in "-–—" or (after in " \t\xa0" and peek in "-–—" and not number_of_something(text, p))
    m = DMY_RE.match(text, p) if after in "./" or dash_ahead or _LIST_AHEAD_RE.match(text, q) else None
    if m is None and after in " \t\xa0" and peek in "-–—":
        m = DMY_RE.match(text, p)   # `Zebranie 01 - 04 - 2025`: a date spaced out whole, after any word
        m = m if m and m.group("sp0") and not m.group("day0") else None
    if m and m.group("listed") and not _listed_days_ok(text, p):
        m = None   # `ul. Polna 5, 12.06.2024`: a number, then a date (read from its own digits)
    if m and len(m.group("year")) == 2 and (len(m.group("month")) == 1
                                            or NOT_DATE_BEFORE_RE.search(left_of(text, p, 16))):
        m = None  # "27.02.20" is a date; "1.2.20" or "pkt 12.03.20" are not
    if m and not _plausible_day(m):
        m = None
    if m is None and after in " \xa0" and before not in "-–—":
        m = SPACED_DMY_RE.match(text, p)
        m = m if m and not NOT_DATE_BEFORE_RE.search(left_of(text, p, 16)) else None
    if m:
        add(Candidate(PRIORITY_DATE, p, m.end(), numeric(m, int(m.group("month")), text)))
    m = _TEXT_MONTH.match(text, p) if peek in _TEXT_MONTH_NEXT or after in _TEXT_MONTH_NEXT \
        or peek in "\r\n" and day_cell_above_month(text, p, q) else None
    if m and "\n" in m.group("days"):
        m = None   # (`ul. Polna 4-6` / `– 6 marca`: a house's numbers end the line above; the day is the next line's)
    if m and not m.group("year") and m.group("month")[:1].isupper() \
            and _NAME_LIST_BEFORE_RE.search(left_of(text, p, 30)) and _NAME_LIST_AFTER_RE.match(text, m.end()):
        m = None   # (`ulice: Kochanowskiego, 11 Listopada, Wita Stwosza`: a street named after the day, in a list)
    if m:
        expr = text_month(m, text)
        if expr:
            add(Candidate(PRIORITY_DATE, expr.start, expr.end, expr))
    m = ROMAN_RE.match(text, p) if peek in "IVX" or dash_ahead or _LIST_AHEAD_RE.match(text, q) else None
    if m and not NOT_DATE_BEFORE_RE.search(left_of(text, p, 16)) \
            and (not m.group("listed") or _listed_days_ok(text, p)):   # (`ul. Polna 5, 12.X.2024`)
        add(Candidate(PRIORITY_DATE, p, m.end(), numeric(m, ROMAN_OF[m.group("roman")], text)))
    m = CURRENT_MONTH_RE.match(text, p) if peek in "bB" or dash_ahead else None
    if m and not NOT_DATE_BEFORE_RE.search(left_of(text, p, 16)):
        expr = numeric(m, 0, text)
        add(Candidate(PRIORITY_DATE, p, m.end(), expr))
    for priority, found in times_at(text, p, after):
        add(Candidate(priority, found.start, found.end, found))
    if after != ":" and before == " ":
        hour = whole_hour_at(text, p)
        if hour:
            add(Candidate(PRIORITY_WORD, hour.start, hour.end, hour))
    if after == ":":
        return
    m = PARTIAL_RE.match(text, p) if after == "." or dash_ahead else None
    if not (m and _partial_ok(m, text)):
        m = slash_row_at(text, p) if after == "/" else None   # `15/05 BOK, ul. …`: a table's column of days
    if m:
        expr = numeric(m, int(m.group("month")), text)
        expr.strong = False
        add(Candidate(PRIORITY_PARTIAL, p, m.end(), expr))


def scan(text: str) -> tuple[list[DateExpr], list[TimeExpr]]:
    """All date expressions and times of a text, non-overlapping, in text order.

    Adjacent dates joined by `-`/`do` become ranges and by `,`/`i` become lists, so a year or
    a time written once serves all of them.
    """
    cands: list[Candidate] = []
    add = cands.append
    lowered = text.lower()
    # Every date and bare time begins a run of digits: try each pattern only there.
    for run in _DIGITS_RE.finditer(text):
        _digit_candidates(text, run.start(), run.end(), add)
    if "IMG" in text or "DSC" in text:
        _days_after_photo_names(text, add)
    for priority, found in cued_times(text):
        add(Candidate(priority, found.start, found.end, found))
    for start, end, hour, minute in four_digit_programme_hours(text):   # `1700 AS: …` / `1800 MS: …`
        add(Candidate(PRIORITY_CUED, start, end, TimeExpr(start, end, (hour, minute))))
    for found in word_hours(text, lowered):
        add(Candidate(PRIORITY_CUED, found.start, found.end, found))
    for expr in month_first_dates(text):   # "maj 30, 2023", "May 25 2010"
        add(Candidate(PRIORITY_ISO, expr.start, expr.end, expr))
    for expr in day_word_dates(text, lowered):   # "pierwszego września"
        add(Candidate(PRIORITY_DATE, expr.start, expr.end, expr))
    for expr in month_ends(text, lowered):   # "do końca sierpnia"
        add(Candidate(PRIORITY_DATE, expr.start, expr.end, expr))
    if any(stem in lowered for stem in _WEEKDAY_NOUN_STEMS):
        for m in _NTH_WEEKDAY.finditer(text):
            expr = nth_weekday(m)
            if expr:
                add(Candidate(PRIORITY_DATE, m.start(), m.end(), expr))
    for start, end, days in relative_days(text, lowered):
        add(Candidate(PRIORITY_WORD, start, end, DateExpr(start, end, [], relative_days=days, strong=False)))
    for start, end, days in counted_days(text, lowered):
        add(Candidate(PRIORITY_WORD, start, end, DateExpr(start, end, [], relative_days=days, strong=False,
                                                          counted=True)))
    for start, end, days in anaphoric_days(text, lowered):
        add(Candidate(PRIORITY_WORD, start, end,
                      DateExpr(start, end, [], relative_days=days, strong=False, anaphoric=True)))
    for start, end, index in span_days(text, lowered):
        add(Candidate(PRIORITY_WORD, start, end,
                      DateExpr(start, end, [], relative_days=0, strong=False, anaphoric=True, span_day=index)))
    for start, end in day_parts(text, lowered):
        add(Candidate(PRIORITY_DAY_PART, start, end, DateExpr(start, end, [], relative_days=0, strong=False,
                                                              anaphoric=True, day_part=True, eventless=True)))

    if "http" in lowered or "www." in lowered:
        # ".../spotkanie-19-10-2023" names a page, not a day
        urls = [(m.start(), m.end()) for m in _URL_RE.finditer(text)]
        url_starts = [s for s, _ in urls]
        cands = [c for c in cands if not _inside(urls, url_starts, c.start)]
    accepted = resolve_overlaps(cands)
    dates = [c.item for c in accepted if isinstance(c.item, DateExpr)]
    times = [c.item for c in accepted if isinstance(c.item, TimeExpr)]
    dates = merge(text, dates)
    attach_weekdays(text, dates)
    taken = [(d.start, d.end) for d in dates] + [(t.start, t.end) for t in times]
    dates.extend(weekdays(text, lowered, sorted(taken), times))
    dates.sort(key=lambda d: d.start)
    return without_day_parts_beside_days(text, dates), times


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos)
    return bool(i) and spans[i - 1][0] <= pos < spans[i - 1][1]
