"""The calendar vocabulary of `lexicons/dates.json`, compiled once into regular expressions.

Kept apart from the grammar so the words live in data (easy to extend with a new month
abbreviation or cue phrase) and the grammar stays a few readable patterns.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def _load() -> dict:
    return json.loads((Path(__file__).parent / "lexicons" / "dates.json").read_text(encoding="utf-8"))


LEXICON = _load()


def _with_ascii(forms: list[str]) -> list[str]:
    """Each form plus its diacritic-free spelling (some sites strip Polish letters)."""
    out: list[str] = []
    for form in forms:
        for variant in (form, form.translate(_ASCII)):
            if variant not in out:
                out.append(variant)
    return out


with_ascii = _with_ascii   # (public: the grammar modules build their own word lists with it)


def alternation(forms: list[str]) -> str:
    """A regex alternation, longest first so `listopada` wins over `lis.`."""
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _word_alternation(forms: list[str]) -> str:
    """Alternation of whole words: forms ending in a dot need no trailing word boundary."""
    full = [f for f in forms if not f.endswith(".")]
    abbrev = [f for f in forms if f.endswith(".")]
    parts = []
    if full:
        parts.append(f"(?:{alternation(full)})(?!\\w)")
    if abbrev:
        parts.append(f"(?:{alternation(abbrev)})")
    return "|".join(parts)


MONTH_OF: dict[str, int] = {}
for _num, _forms in LEXICON["months"].items():
    for _form in _with_ascii(_forms):
        MONTH_OF[_form] = int(_num)
MONTH_WORD = _word_alternation(list(MONTH_OF))

ROMAN_OF: dict[str, int] = dict(LEXICON["roman_months"])
ROMAN = "|".join(sorted(ROMAN_OF, key=len, reverse=True))
# `1 I 57 r.`, `od 1 I 57 do …`: two digits after a Roman month are its year where a year's word, a dash,
# `do`, a stop or the line's end follows (not `6 X 20 osób`)
ROMAN_TWO_DIGIT_YEAR = r'\d\d(?=\s*r(?:\b|\.|ok)|\s*[-–—,;)"”]|\s+do\b|\.(?!\d)|[ \t]*(?:\n|$))'

WEEKDAY_OF: dict[str, int] = {}
for _num, _forms in LEXICON["weekdays"].items():
    for _form in _with_ascii(_forms):
        WEEKDAY_OF[_form] = int(_num)
WEEKDAY_WORD = _word_alternation(list(WEEKDAY_OF))
# forms only a page typed without Polish letters writes ("niedziele" for "niedzielę")
WEEKDAY_FOLDS = frozenset(WEEKDAY_OF) - {f for forms in LEXICON["weekdays"].values() for f in forms}

RELATIVE_OF: dict[str, int] = {}
for _form, _days in LEXICON["relative_days"].items():
    for _variant in _with_ascii([_form]):
        RELATIVE_OF[_variant] = _days
RELATIVE_WORD = "|".join(
    re.escape(f).replace(r"\ ", r"\s+") for f in sorted(RELATIVE_OF, key=len, reverse=True))

# "czwartkowej sesji", "w poniedziałkowym programie": a weekday said by its adjective
WEEKDAY_ADJECTIVE_OF: dict[str, int] = {}
for _num, _forms in LEXICON["weekday_adjectives"].items():
    for _form in _with_ascii(_forms):
        WEEKDAY_ADJECTIVE_OF[_form] = int(_num)
# "dzisiejsze obchody", "we wczorajszej gazecie"
RELATIVE_ADJECTIVE_OF: dict[str, int] = {}
for _days, _forms in LEXICON["relative_day_adjectives"].items():
    for _form in _with_ascii(_forms):
        RELATIVE_ADJECTIVE_OF[_form] = int(_days)
DAY_WORD = _word_alternation(list(WEEKDAY_OF) + list(WEEKDAY_ADJECTIVE_OF))
RELATIVE_ADJECTIVE_WORD = _word_alternation(list(RELATIVE_ADJECTIVE_OF))

# "01 mar\n2016", "12 lis": month labels of a date block at the top of a page
MONTH_STAMP_OF: dict[str, int] = {}
for _form, _num in LEXICON["month_stamps"].items():
    for _variant in _with_ascii([_form]):
        MONTH_STAMP_OF[_variant] = _num
MONTH_STAMP_WORD = _word_alternation(list(MONTH_STAMP_OF))
# "11lis2009", "25paź2009, 19:00": a blog template's day, short month and year run together
MONTH_STAMP_GLUED = f"(?:{alternation(list(MONTH_STAMP_OF))})(?![^\\W\\d_])"
# "maj 30, 2023", "May 25 2010": a month name before the day, in a date with its year
MONTH_FIRST_OF: dict[str, int] = dict(MONTH_OF)
for _num, _forms in LEXICON["month_first_months"].items():
    for _form in _forms:
        MONTH_FIRST_OF.setdefault(_form, int(_num))
for _form, _num in MONTH_STAMP_OF.items():   # "cze 15, 2023": a template's short month
    MONTH_FIRST_OF.setdefault(_form, _num)
MONTH_FIRST_WORD = _word_alternation(list(MONTH_FIRST_OF))
ENGLISH_MONTH_WORD = _word_alternation([f for forms in LEXICON["month_first_months"].values() for f in forms])
# "ostatnia niedziela września": which weekday of a month
WEEK_ORDINAL_OF: dict[str, int] = {}
for _n, _forms in LEXICON["week_ordinals"].items():
    for _form in _with_ascii(_forms):
        WEEK_ORDINAL_OF[_form] = int(_n)
WEEK_ORDINAL_WORD = _word_alternation(list(WEEK_ORDINAL_OF))
# "7-go", "1-szego", "5-ym": a day number written as an ordinal
ORDINAL_SUFFIX = alternation(LEXICON["ordinal_suffixes"])

WEEKDAY_MODIFIER = alternation(_with_ascii(LEXICON["weekday_modifiers"]))
WEEKDAY_PAST_MODIFIER = alternation(_with_ascii(LEXICON["weekday_past_modifiers"]))
WEEKDAY_EVERY = frozenset(LEXICON["weekday_every_before"])
WEEKDAY_EVERY_BEFORE = alternation(_with_ascii(sorted(WEEKDAY_EVERY)))
WEEKDAY_EXCLUDED_BEFORE = alternation(_with_ascii(LEXICON["weekday_excluded_before"] + sorted(WEEKDAY_EVERY)))

def phrases(forms: list[str]) -> str:
    """Alternation of phrases, any run of spaces between their words."""
    return "|".join(re.escape(f).replace(r"\ ", r"\s*") for f in sorted(set(forms), key=len, reverse=True))


def _words_then_boundary(forms: list[str]) -> str:
    return "|".join(phrases([f]) + ("" if f.endswith(".") else r"(?!\w)")
                    for f in sorted(set(forms), key=len, reverse=True))


# "w dzisiejszych czasach": a noun after which "today" means "of our time"
GENERIC_TODAY_NOUNS = frozenset(LEXICON["generic_today_nouns"])

# "w soboty": after w/we, a plural weekday is a habit
WEEKDAY_PLURAL = frozenset(f.lower() for f in LEXICON["weekday_plural_forms"])
# "w przyszłym tygodniu w czwartek": the week of a weekday
WEEK_PHRASE_OF: dict[str, int] = {}
for _form, _weeks in LEXICON["week_phrases"].items():
    for _variant in _with_ascii([_form]):
        WEEK_PHRASE_OF[_variant] = _weeks
WEEK_PHRASE = phrases(list(WEEK_PHRASE_OF)).replace(r"\s*", r"\s+")
RELATIVE_NOUN_OWNERS = frozenset(LEXICON["relative_noun_owners"])
# "tego samego dnia", "następnego dnia": a day counted from the last date the text named
ANAPHORIC_OF: dict[str, int] = {}
for _form, _days in LEXICON["anaphoric_days"].items():
    for _variant in _with_ascii([_form]):
        ANAPHORIC_OF[_variant] = _days
ANAPHORIC_WORD = phrases(list(ANAPHORIC_OF)).replace(r"\s*", r"\s+")
# "wieczorem", "po południu", "porannym": a part of the day last named
DAY_PARTS = tuple(_with_ascii(LEXICON["day_parts"]))
DAY_PARTS_HABITUAL_BEFORE = frozenset(LEXICON["day_parts_habitual_before"])
DAY_PART_WORD = phrases(list(DAY_PARTS)).replace(r"\s*", r"\s+")
# "w minioną niedzielę, tj. 2 czerwca": the date in apposition to the weekday
THAT_IS = phrases(LEXICON["that_is"]).replace(r"\s*", r"\s+")
# "za dwa dni", "za tydzień": days counted ahead
_COUNTED = LEXICON["counted_days"]
COUNTED_UNIT_OF: dict[str, int] = {v: n for f, n in _COUNTED["units"].items() for v in _with_ascii([f])}
COUNTED_SINGULAR_UNITS = frozenset(_with_ascii(_COUNTED["singular_units"]))   # "tydzień": one, or no number
COUNTED_NUMBER_OF: dict[str, int] = {v: n for f, n in _COUNTED["numbers"].items() for v in _with_ascii([f])}
COUNTED_UNIT = _word_alternation(list(COUNTED_UNIT_OF))
COUNTED_NUMBER = _word_alternation(list(COUNTED_NUMBER_OF))
COUNTED_BEFORE_WORDS: tuple[str, ...] = tuple(_COUNTED["before"])
COUNTED_BEFORE = _word_alternation(list(COUNTED_BEFORE_WORDS))


def _year_key(marker: str) -> str:
    """`ub. r.`, `UB.R.` and `ub.r.` alike: the marker with no spaces, in lower case."""
    return re.sub(r"\s+", "", marker.lower())


def year_offset(marker: str) -> int:
    """Years after the year of writing a marker names (`br.` 0, `ub.r.` -1, `przyszłego roku` 1)."""
    return YEAR_OFFSET_OF.get(_year_key(marker), 0)


# "19 lipca 2017 r.", "19 lipca br." (the year of writing)
YEAR_WORD = _words_then_boundary(LEXICON["year_suffixes"])
# "12 maja ub.r.", "20 stycznia przyszłego roku": a year counted from the year of writing
YEAR_OFFSET_OF: dict[str, int] = {_year_key(v): 0 for f in LEXICON["current_year_markers"] for v in _with_ascii([f])}
YEAR_OFFSET_OF.update({_year_key(v): n for f, n in LEXICON["relative_year_markers"].items() for v in _with_ascii([f])})
CURRENT_YEAR = _words_then_boundary(
    _with_ascii(LEXICON["current_year_markers"] + list(LEXICON["relative_year_markers"])))
# "4 bm.": the month of writing
CURRENT_MONTH = _words_then_boundary(_with_ascii(LEXICON["current_month_markers"]))
# "19-20", "19 do 20"; "19 i 26", "19, 20 oraz 26"
DASHES = "|".join(re.escape(c) for c in LEXICON["range_connectors"] if not c.isalpha())
RANGE_WORDS = "|".join(re.escape(c) for c in LEXICON["range_connectors"] if c.isalpha())
LIST_PUNCTUATION = "".join(re.escape(c) for c in LEXICON["list_connectors"] if not c[0].isalpha())
LIST_WORDS = phrases([c for c in LEXICON["list_connectors"] if c[0].isalpha()])
# what stands between two days of a range ("19-20", "5 do 7") and of a list ("19 i 26", "5, 12")
RANGE_SEP = rf"(?:\s*(?:{DASHES})\s*|\s+(?:{RANGE_WORDS})\s+)"
# "26/27 listopada": two days running, a two-day session (or a night), written with a slash
DAY_PAIR_SEP = r"/"
# what joins two items of a short list on one line, with nothing else between them: two weekdays
# (`w poniedziałek i wtorek`), two hours (`o 9.30, 13 i 16`)
ITEM_JOINT = r"[ \t]*(?:,|i|oraz|lub|albo)[ \t]*"
LIST_SEP = rf"(?:\s*[{LIST_PUNCTUATION}]\s*(?:(?:{LIST_WORDS})\s+)?|\s+(?:{LIST_WORDS})\s+)"
# the same within one line: the days of one list (`ul. Jesienna 8;` / `8 kwietnia`: a house number, then a day)
LINE_LIST_SEP = rf"(?:[ \t]*[{LIST_PUNCTUATION}][ \t]*(?:(?:{LIST_WORDS})[ \t]+)?|[ \t]+(?:{LIST_WORDS})[ \t]+)"
# "z 10 na 11 maja": a change from one day to the next
SWITCH_SEP = rf"(?:\s+(?:{alternation(LEXICON['day_switch']['to'])})\s+)"
SWITCH_FROM = alternation(LEXICON["day_switch"]["from"])
TIME_CUE = _words_then_boundary(LEXICON["time_cues"])
TIME_LABEL = alternation(LEXICON["time_labels"])
START_LABEL = alternation(LEXICON["start_labels"])
RELATIVE_TO_WRITING = alternation(LEXICON["relative_to_writing"])
TIME_SIDE_WORDS = alternation(LEXICON["time_side_words"])
# "spotkanie odbędzie się", "odbyło się szkolenie": a sentence that says a meeting is held
TAKES_PLACE_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+")
                                                   for v in LEXICON["takes_place_verbs"]) + r")(?!\w)", re.I)
OFFICE_HOURS_WORDS = phrases(LEXICON["office_hours_words"])
SESSION_LABELS = phrases(LEXICON["session_labels"])
BYLINE_WORDS = alternation(LEXICON["byline_words"])
EVENT_LABELS = phrases(LEXICON["event_labels"])
PUBLICATION_LABELS_TOP = phrases(LEXICON["publication_labels_top"])
LIVE_CLOCK_LABELS = phrases(LEXICON["live_clock_labels"])
NAME_DAY_LABELS = phrases(LEXICON["name_day_labels"])
END_WORDS = alternation(LEXICON["end_words"])
FUTURE_AUXILIARIES = frozenset(LEXICON["future_auxiliaries"])
MODAL_FUTURE_FORMS = frozenset(LEXICON["modal_future_forms"])
PAST_AUXILIARIES = frozenset(LEXICON["past_auxiliaries"] + LEXICON["past_forms_over_nouns"])

NOT_DATE_BEFORE = alternation(_with_ascii(LEXICON["number_contexts_not_dates_before"]))
NOT_DATE_AFTER = "|".join(re.escape(f[:-1]) + r"(?!\w)" if f.endswith("$") else re.escape(f)
                          for f in sorted(LEXICON["number_contexts_not_dates_after"], key=len, reverse=True))


def _cue_list(name: str) -> str:
    return "|".join(f"(?:{c})" for c in LEXICON["cues"][name])


CUES = LEXICON["cues"]
MEETING_PREFIXES = tuple(sorted({w.lower() for w in LEXICON["meeting_words"] if not w.endswith("$")}))
MEETING_WHOLE_WORDS = frozenset(w.lower()[:-1] for w in LEXICON["meeting_words"] if w.endswith("$"))


# "data udostępnienia dokumentu: | 2011-10-28": what the cue dates, and a table cell border
CUE_OBJECT = rf"(?:\s+(?:{alternation(LEXICON['cue_objects'])}))?"


def cue_before(*names: str) -> re.Pattern[str]:
    """A cue that must end right where the date begins (the left context's tail); given
    several lists, a cue of any of them (what a tail that holds none skips them all by)."""
    cues = "|".join(_cue_list(name) for name in names)
    return re.compile(rf"(?:^|(?<=\W))(?:{cues}){CUE_OBJECT}\s*[:\-–]?[\s|]*"
                      rf"(?:w\s+dniu\s+|dnia\s+|dn\.\s*)?$", re.IGNORECASE)


def cue_anywhere(name: str) -> re.Pattern[str]:
    """A cue that may occur anywhere in the date's sentence."""
    return re.compile(rf"(?<!\w)(?:{_cue_list(name)})", re.IGNORECASE)


# "za rok 2019" (written after it), "na 2023 rok" (written before it): the year of writing
YEAR_OF_WRITING_OFFSET: dict[str, int] = {k.lower(): int(v) for k, v in LEXICON["year_of_writing_cues"].items()}
YEAR_OF_WRITING_CUE = alternation(list(YEAR_OF_WRITING_OFFSET))
YEAR_BOUNDARY_BEFORE = phrases(LEXICON["year_not_of_event_before"])
# "do końca sierpnia": the last day of a month
MONTH_END_WORDS = tuple(_with_ascii(LEXICON["month_end_words"]))
MONTH_END_WORD = _word_alternation(list(MONTH_END_WORDS))
