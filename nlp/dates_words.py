"""Days named by words instead of numbers: `dziś`, `jutro`, `za tydzień`, `dzisiejsze obchody`,
`w najbliższy czwartek`, `we wtorek aresztowano`, `czwartkowej sesji`.

Such a word only counts days from a reference (the publication date), and a bare weekday
says neither which week nor which way: the verb of its clause does (`wybrała w środę` is the
Wednesday before, `w poniedziałek ogłoszone zostaną` the Monday after), read with Morfeusz.
"""
from __future__ import annotations

import bisect
import re

from nlp import morph
from nlp.dates_lexicon import (DAY_WORD, FUTURE_AUXILIARIES, GENERIC_TODAY, RELATIVE_ADJECTIVE_OF,
                               RELATIVE_ADJECTIVE_WORD, RELATIVE_OF, RELATIVE_WORD, WEEKDAY_ADJECTIVE_OF,
                               WEEKDAY_EXCLUDED_BEFORE, WEEKDAY_MODIFIER, WEEKDAY_OF, WEEKDAY_PAST_MODIFIER)
from nlp.dates_context import left_sentence, right_sentence
from nlp.dates_types import DateExpr, TimeExpr

_I = re.IGNORECASE
RELATIVE_RE = re.compile(rf"(?<!\w)(?P<word>{RELATIVE_WORD})(?!\w)", _I)
RELATIVE_ADJECTIVE_RE = re.compile(rf"(?<!\w)(?P<word>{RELATIVE_ADJECTIVE_WORD})", _I)
_GENERIC_TODAY_RE = re.compile(rf"(?:{GENERIC_TODAY})(?!\w)", _I)
WEEKDAY_RE = re.compile(rf"(?<!\w)(?P<wd>{DAY_WORD})", _I)
_WEEKDAY_LEFT_RE = re.compile(
    rf"(?<!\w)(?P<prep>w|we)\s+(?:(?:(?P<past>{WEEKDAY_PAST_MODIFIER})|(?P<mod>{WEEKDAY_MODIFIER}))\s+)?$"
    rf"|(?<!\w)(?:(?P<past2>{WEEKDAY_PAST_MODIFIER})|(?P<mod2>{WEEKDAY_MODIFIER}))\s+$", _I)
_WEEKDAY_EXCLUDED_RE = re.compile(rf"(?<!\w)(?:{WEEKDAY_EXCLUDED_BEFORE})\s*$", _I)
# "od poniedziałku do piątku": days of a week in general, never one meeting's day
_WEEKDAY_SPAN_RE = re.compile(r"(?<!\w)(?:od|do)\s*$", _I)


def stems(forms, size: int) -> tuple[str, ...]:
    """Short lower-case prefixes of word forms, for a plain substring search that finds the
    few places where the (slower) regular expression is worth trying."""
    return tuple(sorted({f.lower()[:size] for f in forms}))


_RELATIVE_STEMS = stems(RELATIVE_OF, 8)
_RELATIVE_ADJECTIVE_STEMS = stems(RELATIVE_ADJECTIVE_OF, 6)
WEEKDAY_STEMS = stems(list(WEEKDAY_OF) + list(WEEKDAY_ADJECTIVE_OF), 4)


def find_words(text: str, lowered: str, stems_: tuple[str, ...], regex: re.Pattern[str]) -> list[re.Match]:
    """Matches of `regex` at the places where one of `stems_` occurs, in text order."""
    if len(lowered) != len(text):  # a letter whose lower case is longer: search the slow way
        return list(regex.finditer(text))
    starts: set[int] = set()
    for stem in stems_:
        i = lowered.find(stem)
        while i >= 0:
            starts.add(i)
            i = lowered.find(stem, i + 1)
    out = []
    for i in sorted(starts):
        m = regex.match(text, i)
        if m:
            out.append(m)
    return out


def relative_days(text: str, lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, days after the reference) of `dziś`, `jutro`, `za tydzień`, `dzisiejszy`."""
    out = []
    for m in find_words(text, lowered, _RELATIVE_STEMS, RELATIVE_RE):
        days = RELATIVE_OF.get(re.sub(r"\s+", " ", m.group("word").lower()))
        if days is not None:
            out.append((m.start(), m.end(), days))
    for m in find_words(text, lowered, _RELATIVE_ADJECTIVE_STEMS, RELATIVE_ADJECTIVE_RE):
        days = RELATIVE_ADJECTIVE_OF.get(m.group("word").lower())
        if days is None or _GENERIC_TODAY_RE.match(text, m.start()):
            continue
        if m.group("word")[0].isupper() and not _sentence_start(text, m.start()):
            continue   # "… Grządki i Rabatki Ówczesne i Dzisiejsze": a capital inside a sentence is a title
        out.append((m.start(), m.end(), days))
    return out


def _left(text: str, pos: int, width: int) -> str:
    return text[max(0, pos - width):pos]


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|\n\s*|[„\"(]\s*)$")
_SINCE_RE = re.compile(r"(?<!\w)od\s*$", _I)


def _sentence_start(text: str, pos: int) -> bool:
    return bool(_SENTENCE_START_RE.search(_left(text, pos, 4)))


def weekdays(text: str, lowered: str, taken: list[tuple[int, int]], times: list[TimeExpr]) -> list[DateExpr]:
    """`w najbliższy czwartek`, `w środę o godz. 17`, `we wtorek aresztowano`: a weekday
    standing for a date.

    A modifier (`najbliższy`, `ubiegły`) or a time right after it makes it a strong reading;
    otherwise it is `bare`, and its direction comes from the tense of its clause. A weekday
    in general (`w każdy czwartek`, `co środę`) names no date.
    """
    out: list[DateExpr] = []
    time_starts = [t.start for t in times]
    for m in find_words(text, lowered, WEEKDAY_STEMS, WEEKDAY_RE):
        if any(s <= m.start() < e for s, e in taken):
            continue
        word = m.group("wd").lower()
        wd = WEEKDAY_OF.get(word)
        adjective = wd is None
        if adjective:
            wd = WEEKDAY_ADJECTIVE_OF.get(word)
            if wd is None or (m.group("wd")[0].isupper() and not _sentence_start(text, m.start())):
                continue   # "Gość Niedzielny": a capital inside a sentence makes a name
        left = _left(text, m.start(), 30)
        cue = _WEEKDAY_LEFT_RE.search(left)
        start = m.start() - (len(left) - cue.start()) if cue else m.start()
        before = _left(text, start, 20)
        if _WEEKDAY_EXCLUDED_RE.search(before) and not _WEEKDAY_SPAN_RE.search(before):
            continue
        i = bisect.bisect_left(time_starts, m.end())
        timed = i < len(times) and len(text[m.end():times[i].start].strip(" ,")) <= 3
        past = bool(cue and (cue.group("past") or cue.group("past2")))
        modified = past or bool(cue and (cue.group("mod") or cue.group("mod2")))
        strong = not adjective and (modified or bool(cue and cue.group("prep") and timed))
        if not strong and word.endswith("."):
            continue   # "pt." is also "pod tytułem"; "pon. 7:30–15:30" heads office hours
        expr = DateExpr(start, m.end(), [], weekday=wd, strong=False, past=past, bare=not strong)
        # only "w czwartek" may be a meeting's day; "od poniedziałku do piątku" never is
        expr.eventless = bool(_WEEKDAY_SPAN_RE.search(before)) or (not strong and not adjective and not cue)
        if expr.bare:
            expr.tense = clause_tense(text, start, m.end())
            if expr.tense == "present":
                # "od poniedziałku trwają ferie": a state since the last such day; otherwise
                # the present speaks of the coming one ("w piątek jest spotkanie")
                expr.tense = "past" if _SINCE_RE.search(before) else "future"
        out.append(expr)
    return out


# The verb nearest a bare weekday tells its direction: past forms (`praet`, impersonal
# `-no`/`-to`) look back, `będzie`/`zostanie` and perfective present forms (Polish future)
# look forward, imperfective present forms speak of now ("od poniedziałku trwają ferie").
_CLAUSE_END_RE = re.compile(r"[.;:!?\n()–—]")
_CLAUSE_REACH = 70


def clause_tense(text: str, start: int, end: int) -> str | None:
    """"past", "present" or "future" by the verb nearest the span within its clause, else
    within its sentence ("retransmisję obejrzało 417 tys. widzów (poniedziałek, godz. 20.20)");
    None if no verb says."""
    lo, hi = _bounds(text, start, end, _CLAUSE_END_RE, _CLAUSE_REACH)
    found = _nearest_tense(text, start, end, lo, hi)
    if found is None:
        lo = start - len(left_sentence(text, start))
        found = _nearest_tense(text, start, end, lo, end + len(right_sentence(text, end)))
    return found


def _bounds(text: str, start: int, end: int, stops: re.Pattern[str], reach: int) -> tuple[int, int]:
    """Where the clause or sentence around text[start:end] begins and ends, within `reach`."""
    lo = max(0, start - reach)
    before = list(stops.finditer(text, lo, start))
    if before:
        lo = before[-1].end()
    hi = min(len(text), end + reach)
    after = stops.search(text, end, hi)
    return lo, after.start() if after else hi


def _nearest_tense(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    best: tuple[int, str] | None = None
    for m in morph.WORD_RE.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        tense = _word_tense(m.group().lower())
        if tense is None:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


def _word_tense(word: str) -> str | None:
    if word in FUTURE_AUXILIARIES:
        return "future"
    if len(word) < 3 or not word.isalpha():
        return None
    tags = [i.tag for i in morph.analyse(word)]
    if not tags:
        return None
    if any(t.split(":", 1)[0] in _NOMINAL_POS for t in tags):
        return None   # "udział", "spotkania": a noun or adjective reading makes the form no sure verb
    verbs = [t for t in tags if t.split(":", 1)[0] in _VERB_POS]
    if verbs and all(t.startswith(("praet", "aglt", "imps")) for t in verbs):
        return "past"
    if verbs and all(t.startswith("fin") and t.endswith(":perf") for t in verbs):
        return "future"
    if verbs and all(t.startswith("fin") and t.endswith(":imperf") for t in verbs):
        return "present"
    return None


_VERB_POS = frozenset(("praet", "aglt", "fin", "bedzie", "impt", "inf", "pcon", "pant", "imps"))
_NOMINAL_POS = frozenset(("subst", "adj", "ger", "depr", "num", "ppas", "pact", "adv", "prep", "conj", "qub"))
