"""Days of the month said in words: `pierwszego września`, `jedenastego listopada 2008 r.`,
`dwudziestego czwartego grudnia`, in speech's nominative `czwarty czerwca 1989`, and after a
preposition that takes the instrumental or locative (`przed jedenastym listopada`, `po pierwszym maja`).

Speech and informal writing name the day by its ordinal in the genitive (the case `dnia`
takes), with the month in the genitive after it, maybe past `dnia` (`szóstego dnia listopada`).
Read only with a month right after the ordinal or its `dnia`, so `pierwszego dnia` or `drugiego
miejsca` name nothing, and not after a word a number belongs to (`ul. Trzeciego Maja`,
`Konstytucji Trzeciego Maja`) nor capitalised inside a sentence, where it is a name (`szkoła
przy Trzeciego Maja`).
"""
from __future__ import annotations

import re

from nlp.dates_lexicon import CURRENT_YEAR, LEXICON, MONTH_OF, MONTH_WORD, YEAR_WORD, with_ascii, year_offset
from nlp.dates_match_values import NOT_DATE_BEFORE_RE
from nlp.dates_types import DateExpr, DatePart
from nlp.dates_words import find_words, stems

__all__ = ["day_word_dates"]

_I = re.IGNORECASE
_DAY_ORDINAL_KEYS = ("day_ordinal_words", "day_ordinal_words_nominative", "day_ordinal_words_instrumental")
DAY_ORDINAL_OF: dict[str, int] = {v: int(n) for key in _DAY_ORDINAL_KEYS
                                  for n, form in LEXICON[key].items() for v in with_ascii([form])}
_DAY_ORDINAL = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(DAY_ORDINAL_OF, key=len, reverse=True))
_DAY_WORD_DATE_RE = re.compile(
    rf"(?<!\w)(?P<day>{_DAY_ORDINAL})\s+(?:dnia\s+)?(?P<month>{MONTH_WORD})"
    rf"(?:\s*(?P<year>(?:19|20)\d{{2}})(?!\d)(?:\s*(?:{YEAR_WORD}))?)?(?P<br>\s*(?:{CURRENT_YEAR}))?", _I)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[„\"(]\s*|\s[-–—•]\s+|[.…]\)\s+)$")   # (`(...) Ósmego`)
_STEMS = stems(DAY_ORDINAL_OF, 5)
_NOMINATIVE_FORMS = frozenset(v for form in LEXICON["day_ordinal_words_nominative"].values() for v in with_ascii([form]))


def day_word_dates(text: str, lowered: str) -> list[DateExpr]:
    """Every date whose day is an ordinal word, in text order."""
    out: list[DateExpr] = []
    for m in find_words(text, lowered, _STEMS, _DAY_WORD_DATE_RE):
        month = MONTH_OF.get(m.group("month").lower())
        day = DAY_ORDINAL_OF.get(re.sub(r"\s+", " ", m.group("day").lower()))
        if not month or not day or NOT_DATE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()):
            continue
        if m.group("day")[0].isupper() and not _SENTENCE_START_RE.search(text, max(0, m.start() - 4), m.start()):
            continue
        if m.group("month")[0].isupper() and re.sub(r"\s+", " ", m.group("day").lower()) in _NOMINATIVE_FORMS:
            continue   # `Pierwszy Maja`: a holiday's or a street's name
        marker, year = m.group("br"), m.group("year")
        out.append(DateExpr(m.start(), m.end(), [DatePart(day, month, int(year) if year else None)],
                            current_year=bool(marker), year_offset=year_offset(marker) if marker else 0))
    return out
