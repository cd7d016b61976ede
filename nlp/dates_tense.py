"""The tense of the clause around a date, read with Morfeusz: which way a bare weekday
(`w sobotę odbył się` is the Saturday before, `w sobotę odbędzie się` the one after) and a
year-less date far from the page's date (`ustawa będzie obowiązywać od 6 czerwca`) point.
"""
from __future__ import annotations

import functools
import re

from nlp import morph
from nlp.dates_lexicon import FUTURE_AUXILIARIES, LEXICON, MODAL_FUTURE_FORMS, PAST_AUXILIARIES, WEEKDAY_WORD
from nlp.dates_sentences import left_sentence, right_sentence

__all__ = ["clause_tense"]


# The verb nearest a bare weekday tells its direction: past forms (`praet`, impersonal
# `-no`/`-to`) look back, `będzie`/`zostanie` and perfective present forms (Polish future)
# look forward, imperfective present forms speak of now ("od poniedziałku trwają ferie").
# a stop ends a clause before a capital, not inside "o godz. 10" or "ok. 20 osób"; a colon,
# but not the colon of "16:00"
_CLAUSE_END_RE = re.compile(r"[;!?\n()–—]|(?<=\s)-(?=\s)|:(?!\d)|\.(?=\s*(?:[A-ZĄĆĘŁŃÓŚŹŻ„\"]|$))")
_CLAUSE_REACH = 70
_PART_END_RE = re.compile(rf",|{_CLAUSE_END_RE.pattern}")
_SET_FOR_RE = re.compile(r"\s+na\s+(?:dzień\s+|dni\s+)?")
_SCHEDULING_VERBS = frozenset(LEXICON["scheduling_verbs"])
_ON_WEEKDAY_RE = re.compile(rf"(?:w|we)\s+(?:{WEEKDAY_WORD})(?!\w)", re.IGNORECASE)


def clause_tense(text: str, start: int, end: int) -> str | None:
    """"past", "present" or "future" by the verb nearest the span within its clause, else
    within its sentence ("retransmisję obejrzało 417 tys. widzów (poniedziałek, godz. 20.20)");
    None if no verb says."""
    lo, hi = _bounds(text, start, end, _CLAUSE_END_RE, _CLAUSE_REACH)
    verbs = _tensed_words(text, start, end, lo, hi)
    # "Jak informowaliśmy, w sobotę odbędzie się …": the verb of the span's own comma-bounded
    # part speaks for it before one across a comma
    part_lo, part_hi = _bounds(text, start, end, _PART_END_RE, _CLAUSE_REACH)
    found = _nearest(verbs, start, end, part_lo, part_hi) or _nearest(verbs, start, end, lo, hi)
    if found is None:
        lo = start - len(left_sentence(text, start))
        hi = end + len(right_sentence(text, end))
        found = _nearest(_tensed_words(text, start, end, lo, hi), start, end, lo, hi)
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


def _tensed_words(text: str, start: int, end: int, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, tense) of each verb form in text[lo:hi] outside the span."""
    out = []
    for m in morph.WORD_RE.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        if _is_name_mid_sentence(text, m.start(), m.group()):
            continue   # "odbyło się 2 lutego w Lipnie": the town, not `lipnąć`
        word = m.group().lower()
        tense = _word_tense(word)
        if word in MODAL_FUTURE_FORMS and start < (_infinitive_end(text, m.end()) or -1):
            # "w czwartek rząd ma rozpocząć prace": what is to happen (not "ma ogłosić wyniki
            # niedzielnych wyborów": a day in the infinitive's object is the object's)
            tense = "future"
        if tense is None and _past_or_nominal(word) and not _before_agreeing_noun(text, word, m.end()):
            tense = "past"   # "w sobotę drużyna dostała lanie"; but "przyszła sesja" is no verb
        if tense == "past" and m.end() <= start and morph.lemmas(word) & _SCHEDULING_VERBS \
                and (_SET_FOR_RE.fullmatch(text, m.end(), start)
                     or not text[m.end():start].strip() and _ON_WEEKDAY_RE.match(text, start)):
            tense = "future"   # "koncert zaplanowano na 26 sierpnia", "spotkanie zaplanowano w sobotę": ahead
        if tense == "past" and out and out[-1][2] == "future" \
                and text[out[-1][0]:out[-1][1]].lower() in FUTURE_AUXILIARIES \
                and len(text[out[-1][1]:m.start()].split()) <= 2:
            tense = "future"   # "będzie mówił w środę": the compound future
        if tense is not None:
            out.append((m.start(), m.end(), tense))
    return out


_INFINITIVE_AFTER_RE = re.compile(r"[ \t\xa0]+(?:się[ \t\xa0]+)?(\w+)")


def _infinitive_end(text: str, end: int) -> int | None:
    """Where the infinitive right after a modal form ends (None when no infinitive follows)."""
    m = _INFINITIVE_AFTER_RE.match(text, end)
    return m.end() if m is not None and any(r.pos == "inf" for r in morph.analyse(m.group(1).lower())) else None


_MID_SENTENCE_RE = re.compile(r"[^\W\d_][ \t\xa0]+$|,[ \t\xa0]*$")


def _is_name_mid_sentence(text: str, start: int, word: str) -> bool:
    """A capitalised word inside a sentence that Morfeusz knows as a proper name (`w Lipnie`):
    a place or a person, whatever verb its lower-case form could also be (`lipnie`)."""
    return word[:1].isupper() and not word.isupper() and bool(_MID_SENTENCE_RE.search(text, max(0, start - 3), start)) \
        and _has_proper_reading(word)


@functools.lru_cache(maxsize=65536)
def _has_proper_reading(word: str) -> bool:
    return any(r.pos == "subst" and r.lemma[:1].isupper() for r in morph.analyse(word))


@functools.lru_cache(maxsize=65536)
def _past_or_nominal(word: str) -> bool:
    """A past form that Morfeusz also reads as an adjective or a rare noun (`dostała`,
    `okazała`, `czekała`, `była`): a verb unless a noun it agrees with follows. A masculine
    noun in the singular (`udział`, `miał`, `udziałem`) is the common reading, so no verb."""
    if word in PAST_AUXILIARIES:
        return True
    readings = morph.analyse(word)
    if not any(r.tag.startswith("praet") for r in readings):
        return False
    for r in readings:
        pos, *rest = r.tag.split(":")
        if pos in _VERB_POS and pos not in ("praet", "aglt"):
            return False
        if pos == "subst" and len(rest) > 2 and rest[0] == "sg" and _MASCULINE & set(rest[2].split(".")):
            return False
        if pos in _NOMINAL_POS and pos not in ("subst", "adj"):
            return False
    return True


_MASCULINE = frozenset(("m1", "m2", "m3"))
_NEXT_WORD_RE = re.compile(r"[ \t\xa0]+(\w+)")


def _before_agreeing_noun(text: str, word: str, end: int) -> bool:
    """Is the word an adjective of the noun after it (`przyszła sesja`, `byli radni`)?"""
    m = _NEXT_WORD_RE.match(text, end)
    if not m:
        return False
    adjective = [_agreement(r.tag) for r in morph.analyse(word) if r.pos == "adj"]
    nouns = [_agreement(r.tag) for r in morph.analyse(m.group(1).lower()) if r.pos == "subst"]
    return any(all(a[k] & n[k] for k in range(3)) for a in adjective for n in nouns)


def _agreement(tag: str) -> tuple[set[str], set[str], set[str]]:
    """Number, case and gender of an `adj:sg:nom.voc:f:pos` or `subst:pl:gen:m3` tag."""
    parts = tag.split(":") + ["", "", ""]
    return set(parts[1].split(".")), set(parts[2].split(".")), set(parts[3].split("."))


def _nearest(verbs: list[tuple[int, int, str]], start: int, end: int, lo: int, hi: int) -> str | None:
    """The tense of the verb nearest the span among those within [lo, hi)."""
    best: tuple[int, str] | None = None
    for v_start, v_end, tense in verbs:
        if v_start < lo or v_end > hi:
            continue
        distance = start - v_end if v_end <= start else v_start - end
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


@functools.lru_cache(maxsize=65536)
def _word_tense(word: str) -> str | None:
    if word in FUTURE_AUXILIARIES:
        return "future"
    if len(word) < 3 or not word.isalpha():
        return None
    tags = [i.tag for i in morph.analyse(word)]
    if not tags:
        return None
    if all(t.startswith("pact") for t in tags):
        return "present"   # "posiedzenia rozpoczynającego się w środę": an act going on, or coming
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
