"""A template's live clock: the day a page is shown on, printed in its header, which is never
when the page was written. It is labelled (`Dzisiaj:` / `Czwartek, 18 lipca 2024`), or stands
over the day's name-days, labelled (`Imieniny: Romana, Lecha`) or not (`Donata, Zbigniewa`).
"""
from __future__ import annotations

import functools
import re

from nlp.dates_lexicon import LIVE_CLOCK_LABELS, NAME_DAY_LABELS
from nlp.morph import name_classes

__all__ = ["live_clock_label_before", "name_days_below"]

_I = re.IGNORECASE
_LIVE_CLOCK_BEFORE_RE = re.compile(rf"(?<!\w)(?:{LIVE_CLOCK_LABELS})[ \t]*:?[ \t\r]*\n?[ \t]*$", _I)
# (or beside it on its line: `Wtorek, 29 Listopada 2022  Imieniny: Błażeja, Saturnina`)
_NAME_DAYS_BELOW_RE = re.compile(
    rf"(?:[^\n]*\n(?:[ \t\r•*·]*\n)*[ \t•*·]*|[ \t|•*·,–-]*)(?:{NAME_DAY_LABELS})(?!\w)", _I)
# the line below a date: two to four capitalised words joined by commas
_NAMES_LINE_RE = re.compile(
    r"[^\n]*\n[ \t]*(?P<names>[A-ZĄĆĘŁŃÓŚŹŻ]\w+(?:,[ \t]*[A-ZĄĆĘŁŃÓŚŹŻ]\w+){1,3})[ \t\r]*(?:\n|$)")


def live_clock_label_before(text: str, lo: int, start: int) -> bool:
    """`Dzisiaj:` just before `start` (beginning no earlier than `lo`)."""
    return _LIVE_CLOCK_BEFORE_RE.search(text, max(0, lo), start) is not None


def name_days_below(text: str, end: int) -> bool:
    """Are the day's name-days beside a date ending at `end`, or on the lines after it?"""
    if _NAME_DAYS_BELOW_RE.match(text, end):
        return True
    m = _NAMES_LINE_RE.match(text, end)
    return m is not None and all(_given_name(w.strip()) for w in m.group("names").split(","))


@functools.lru_cache(maxsize=4096)
def _given_name(word: str) -> bool:
    """`Donata`, `Zbigniewa`: a first name (not `Kraków`, which is also a place)."""
    classes = name_classes(word)
    return "imię" in classes and "nazwa_geograficzna" not in classes
