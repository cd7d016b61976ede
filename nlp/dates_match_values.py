"""The date expressions that the date grammar's matches stand for: `text_month` reads
`19 lipca`, `19 i 26 lipca`, `5 na 12 maja`, `w dniach 7 i 8 kwietnia`; `numeric` reads
`19.10.2023`, `9., 16. i 30.06.2017`, `19.X.2023`, `19.10`; `nth_weekday` reads `ostatnia
niedziela września`."""
from __future__ import annotations

import re

from nlp.dates_day_lists import first_number, parse_days
from nlp.dates_lexicon import (LEXICON, MONTH_OF, MONTH_STAMP_OF, NOT_DATE_BEFORE, SWITCH_FROM, SWITCH_SEP,
                               WEEK_ORDINAL_OF, WEEKDAY_OF, year_offset)
from nlp.dates_sentences import left_of
from nlp.dates_types import DateExpr, DatePart
from nlp.dates_years import sentence_year

__all__ = ["NOT_DATE_BEFORE_RE", "nth_weekday", "number_of_something", "numeric", "text_month"]

_I = re.IGNORECASE
TWO_DIGIT_YEAR_PIVOT = 50   # `57` is 1957, `05` is 2005
# "pkt 3, 19 lipca", "nr 5 – 12.06": a word the number belongs to, right before it
NOT_DATE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{NOT_DATE_BEFORE})\s*$", _I)
_GODZ_BEFORE_RE = re.compile(r"(?<!\w)godz\w*\.?\s*$", _I)
_SWITCH_RE = re.compile(SWITCH_SEP, _I)
_SWITCH_FROM_RE = re.compile(rf"(?<!\w)(?:{SWITCH_FROM})\s+$", _I)
_IN_DAYS_RE = re.compile(r"(?<!\w)dniach\s*$", _I)
# `Konferencja odbędzie się 20 i 21 września`: a singular verb makes the two days one meeting,
# unless hours follow (`… w godz. 9:00-13:00 (oba dni)`: a session each day)
_ONE_EVENT_VERBS = "|".join(LEXICON["one_event_verbs"])
_ONE_EVENT_VERB_RE = re.compile(rf"(?<!\w)(?:{_ONE_EVENT_VERBS})\s*(?:już\s*)?$", _I)
_ONE_EVENT_VERB_AFTER_RE = re.compile(rf"\s*(?:r\.|roku)?\s*(?:{_ONE_EVENT_VERBS})(?!\w)", _I)
_HOURS_AFTER_RE = re.compile(r"[\s,.r]{0,8}(?:w\s+godz|o\s+godz|godz|od\s+godz|w\s+godzinach|o\s+\d)", _I)
# (the street word, then only other streets' names and the words joining them: `ulic Armii Krajowej i`)
_STREET_BEFORE_RE = re.compile(r"(?<!\w)(?i:" + "|".join(map(re.escape, LEXICON["streets_named_by_dates"]))
                               + r")(?:[ \t]*(?:[A-ZŁŚŻŹĆ][\w.-]*|i|oraz|,))*[ \t]*$")
# "w szkole 20 marca": a room's or a building's word before a day and a month in lower case
_NUMBERED_PLACE_BEFORE_RE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, LEXICON["numbered_places_before_dates"]))
                                       + r")\s*$", _I)
_ONE_DAY_EACH_RE = re.compile(r"(?<!\w)(?:" + "|".join(LEXICON["one_day_each_words"]) + ")", _I)


def _current_year(match: re.Match) -> bool:
    return "br" in match.re.groupindex and bool(match.group("br"))


def _year_offset(match: re.Match) -> int:
    """`ub.r.` -1, `przyszłego roku` 1: the year named from the year of writing."""
    return year_offset(match.group("br")) if _current_year(match) else 0


def _year(value: str | None) -> int | None:
    """A year of two digits is of this century up to `49` and of the last one from `50` (`1 I 57`)."""
    if not value:
        return None
    y = int(value)
    return y if y >= 100 else y + (2000 if y < TWO_DIGIT_YEAR_PIVOT else 1900)


def text_month(match: re.Match, text: str) -> DateExpr | None:
    """The expression of a `TEXT_MONTH_RE` match (None when its numbers are not days)."""
    month = MONTH_OF.get(match.group("month").lower()) or MONTH_STAMP_OF.get(match.group("month").lower())
    days = parse_days(match.group("days"))
    if month is None or not days:
        return None
    start = match.start()
    written = match.group("month")
    if written[:1].isupper() and not written.isupper() and _STREET_BEFORE_RE.search(left_of(text, start, 50)):
        return None   # "skrzyżowanie ulic Armii Krajowej i 3 Maja": a street
    before = left_of(text, start, 16)
    last = before.rstrip()[-1:]
    if (last.isalpha() or last in ".§") and (NOT_DATE_BEFORE_RE.search(before) or _GODZ_BEFORE_RE.search(before)) \
            and not (written.islower() and _NUMBERED_PLACE_BEFORE_RE.search(before)):
        # "pkt 3, 19 lipca" / "godz. 10, 19 lipca": the first number is not a day
        if len(days) < 2:
            return None
        days = days[1:]
        start = match.start("days") + days[0][2]
    switches = [m.end() for m in _SWITCH_RE.finditer(match.group("days"))]
    if switches and not _SWITCH_FROM_RE.search(left_of(text, start, 8)):
        # "5 na 12 maja" with no "z" before it: only the day after "na" is a date
        days = [d for d in days if d[2] >= switches[-1]]
        start = match.start("days") + days[0][2]
    if len(days) == 2 and days[0][1] is None and days[1] == (days[0][0] + 1, None, days[1][2]) \
            and (_IN_DAYS_RE.search(left_of(text, start, 12)) or _one_event_verb(text, start, match, days[1][0])) \
            and not _ONE_DAY_EACH_RE.search(text, match.end(), match.end() + 120):
        # `w dniach 7 i 8 kwietnia`, `konferencja odbędzie się 7 i 8 kwietnia`: one meeting over two days
        # (not `… odbyły się jednodniowe konferencje`)
        days = [(days[0][0], days[1][0], days[0][2])]
    year = _year(match.group("year"))
    current = _current_year(match)
    if current and " ".join(match.group("br").lower().split()) in _ANAPHORIC_YEARS:
        year = sentence_year(text, start)   # `16 grudnia tego roku` after `1981 roku`: that year
        current = year is None
    parts = [DatePart(d, month, year, e, month if e else None, year if e else None,
                      left_behind=bool(switches) and at < switches[-1]) for d, e, at in days]
    return DateExpr(start, match.end(), parts, current_year=current,
                    year_offset=_year_offset(match) if current else 0)


_ANAPHORIC_YEARS = frozenset(LEXICON["anaphoric_year_markers"])


def _one_event_verb(text: str, start: int, match: re.Match, second_day: int) -> bool:
    """A singular verb of happening before two days, with no hours after them and no programme
    below naming the second day on its own (`16 maja (piątek), godz. 9.00`)."""
    if not (_ONE_EVENT_VERB_RE.search(left_of(text, start, 20)) or _ONE_EVENT_VERB_AFTER_RE.match(text, match.end())) \
            or _HOURS_AFTER_RE.match(text, match.end()):
        return False   # (the verb before the days, or right after them: `które 17 i 18 stycznia odbyło się`)
    month = match.group("month")
    return re.search(rf"(?<!\d){second_day}\s+{re.escape(month)}", text[match.end():], _I) is None


def number_of_something(text: str, p: int) -> bool:
    """The number at `p` follows a word it belongs to (`nr 3 – 16.05`, `ul. Polna 5 – 12.06`), so a
    spaced dash after it opens no range of days."""
    left = left_of(text, p, 16)
    words = left.split()
    return bool(NOT_DATE_BEFORE_RE.search(left)) or (bool(words) and words[-1][:1].isupper() and words[-1].isalpha())


def numeric(match: re.Match, month: int, text: str) -> DateExpr:
    """The expression of a numeric (`DMY_RE`, `ROMAN_RE`, `PARTIAL_RE`) match."""
    names = match.re.groupindex
    year = _year(match.group("year")) if "year" in names else None
    day = first_number(match.group("day"))
    day0 = match.group("day0") if "day0" in names else None
    if day0:
        part = DatePart(first_number(day0), month, year, day, month, year)
    else:
        part = DatePart(day, month, year)
    listed = match.group("listed") if "listed" in names else None
    parts = [DatePart(int(d), month, year) for d in re.findall(r"\d+", listed)] if listed else []
    return DateExpr(match.start(), match.end(), [*parts, part], current_year=_current_year(match),
                    year_offset=_year_offset(match))


def nth_weekday(match: re.Match) -> DateExpr | None:
    """The expression of an `ostatnia niedziela września` match (None for a month it does not know)."""
    part = DatePart(1, MONTH_OF.get(match.group("month").lower(), 0), _year(match.group("year")),
                    nth=(WEEK_ORDINAL_OF[match.group("ord").lower()], WEEKDAY_OF[match.group("wd").lower()]))
    if not part.month:
        return None
    return DateExpr(match.start(), match.end(), [part], current_year=_current_year(match),
                    year_offset=_year_offset(match))
