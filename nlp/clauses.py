"""Sentence and clause bounds in announcement text, where the article body ends, and what
stands inside a quoted title.

Rules that relate a name to a verb or a place to an event look only inside one sentence
(or one line: announcements break lines where prose would end a sentence). Abbreviations
common on these pages (`ul.`, `godz.`, `im.`, `ds.`, initials) do not end one.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from nlp.dates_lexicon import LEXICON, phrases
from nlp.org_ranks import rank_abbreviations

# Abbreviations that end with a dot inside a sentence (`ul.`, `m.st.`, `m.in.`, `mgr inż.`).
_TEXT_ABBREVIATIONS = ("ul", "nr", "im", "ds", "św", "ks", "gen", "pl", "al", "os", "prof", "dr", "godz", "tel", "ok",
                       "np", "tj", "pn", "wg", "st", "mgr", "inż", "hab", "med", "hum", "przyr", "red", "tzw", "in",
                       "woj", "pow", "gm", "sp", "SP", "pw", "bł", "tut",
                       # a law's articles and journal (`art. 20 ust. 1`, `Dz. U. z 2023 r. poz. 40 z późn. zm.`)
                       "art", "ust", "pkt", "poz", "lit", "późn", "zm", "Dz",
                       # titles inside names, capitalised (`Królowej Polski Św. Jadwigi`, `Ks. Jana`)
                       "Św", "Ks", "Bł", "Prof", "Dr", "Gen", "Bp", "Abp")
# and service ranks before a holder's name (`mł. insp. Jan Nowak`)
_ABBREVIATIONS = _TEXT_ABBREVIATIONS + tuple(sorted(rank_abbreviations() - set(_TEXT_ABBREVIATIONS)))
_LONGEST = max(map(len, _ABBREVIATIONS)) + 1   # (the reach back from a dot to its word's start: `podinsp.`)
_SENTENCE_END = re.compile(r"(?<!\b[A-ZŁŚŻŹĆa-qs-ząćęłńóśźż])" + "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
                           + r"[.!?](?=\s+[A-ZŁŚŻŹĆ„\d])|\n")
_ABBREVIATION_BEFORE_DOT = re.compile(r"(?:\b(?:" + "|".join(_ABBREVIATIONS) + r")"
                                      r"|(?<![\w])[A-ZŁŚŻŹĆa-qs-ząćęłńóśźż])$")
_UPPER_START = re.compile(r"\s+[A-ZŁŚŻŹĆ„\d]")
# `… Rady Powiatu.W trakcie obrad`: a sentence glued to the last one's full stop (after a word
# of lower-case letters: `ul.Kościuszki` is an abbreviation, `portal.pl` a domain)
_GLUED_START = re.compile(r"(?<=[a-ząćęłńóśźż]{4}\.)[A-ZŁŚŻŹĆ](?:[a-ząćęłńóśźż]|\s)")


def clause_end(text: str, start: int, limit: int = 400) -> int:
    """End of the sentence (or line) that holds `start`, at most `limit` characters on
    (what `_SENTENCE_END` finds, without running its look-behinds at every position)."""
    end = min(len(text), start + limit)
    for m in _STOP_RE.finditer(text, start, end):
        k = m.start()
        if text[k] == "\n" or ((_UPPER_START.match(text, k + 1, end) or _GLUED_START.match(text, k + 1, end))
                                and not _ends_abbreviation(text, k)):
            return k
    return end


_STOP_RE = re.compile(r"[.!?\n]")
_ONE_LETTER_WORDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZŁŚŻŹĆabcdefghijklmnopqstuvwxyząćęłńóśźż")


def _ends_abbreviation(text: str, dot: int) -> bool:
    """The word before the dot is an abbreviation or a single letter (an initial), not `r.`."""
    j = dot
    while j > 0 and dot - j < _LONGEST and (text[j - 1].isalnum() or text[j - 1] == "_"):
        j -= 1
    if j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
        return False   # a longer word
    word = text[j:dot]
    return (len(word) == 1 and word in _ONE_LETTER_WORDS) or word in _ABBREVIATIONS


def clause_start(text: str, end: int, limit: int = 300) -> int:
    """Start of the sentence (or line) that ends at `end`, scanning backwards (the same
    boundaries as `clause_end`, found without running a look-behind regex forwards)."""
    return start_after_stop(text, end, limit, lambda k: bool(_UPPER_START.match(text, k + 1)
                                                             or _GLUED_START.match(text, k + 1)) and not
                            _ABBREVIATION_BEFORE_DOT.search(text, max(0, k - _LONGEST), k))


def start_after_stop(text: str, end: int, limit: int, ends_sentence: Callable[[int], bool]) -> int:
    """Where the sentence holding `end` starts, scanned backwards over at most `limit`
    characters: after the nearest `.`, `!` or `?` at k with `ends_sentence(k)`, else after the
    last line break, else at the window's start (the nearest stop is the one wanted, and most
    windows hold only a few full stops to test)."""
    lo = max(0, end - limit)
    nl = text.rfind("\n", lo, end)
    floor = nl + 1 if nl >= 0 else lo
    pos = end
    while pos > floor:
        k = max(text.rfind(".", floor, pos), text.rfind("!", floor, pos), text.rfind("?", floor, pos))
        if k < 0:
            break
        if ends_sentence(k):
            return k + 1
        pos = k
    return floor


def _heading_line(headings: list[str]) -> re.Pattern[str]:
    """A heading over a list of other articles on its own line, maybe naming the town they are
    from (`Pozostałe wiadomości z Rzeszowa`)."""
    return re.compile(rf"^[ \t#*>›»•-]*(?:{phrases(headings)})(?:[ \t]+z[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?"
                      r"[ \t]*:?[ \t\r*]*$", re.IGNORECASE | re.MULTILINE)


RELATED_RE = _heading_line(LEXICON["related_links_headings"])
# (what ends the article for good: not a one-word menu item, `Archiwum`, `Najnowsze`, that may stand
# in a sidebar above the body)
_ARTICLE_END_RE = _heading_line([h for h in LEXICON["related_links_headings"] if " " in h] + ["powiązane", "polecane"])


def body_end(text: str) -> int:
    """Where the article ends and a list of other articles (`Inne aktualności`, `Zobacz
    też`) begins: their headlines name other events' places and hosts."""
    m = _ARTICLE_END_RE.search(text)
    return m.start() if m and m.start() > len(text) // 5 else len(text)


_QUOTE_MARK_RE = re.compile("[„”“\"]")


def inside_quotes(text: str, pos: int) -> bool:
    """Inside a quoted title on its line: `„…”`, `„…“`, `"…"`, and the mixed `„…"` pages often
    print (a `„` is closed by any closing mark)."""
    open_mark = None
    for m in _QUOTE_MARK_RE.finditer(text, text.rfind("\n", 0, pos) + 1, pos):
        ch = m.group()
        if ch == "„":
            open_mark = ch
        elif ch == "”":
            open_mark = None
        elif ch in "\"“":
            open_mark = None if open_mark else ch
    return open_mark is not None
