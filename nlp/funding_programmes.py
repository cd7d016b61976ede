"""Funding programmes named in a statement, with their full, normalised names.

A programme opens with the lemmas of a lexicon entry (`lexicons/programmes.json`:
`Regionalnego Programu Operacyjnego …`), with an abbreviation (`PO WER`), or as a quoted or
capitalised name after the word `program` (`w ramach programu „Podlaskie Inicjatywy
Lokalne”`); it runs on over the capitalised words and the years that follow and is given in
the nominative. An abbreviation or short name inside it becomes the full name, the years
written after it kept (`PO WER 2014-2020` -> `Program Operacyjny Wiedza Edukacja Rozwój
2014-2020`, `„Senior+”` -> `Program Wieloletni Senior+`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from nlp.funding_lexicon import (Name, Token, abbr_at, abbreviation_starts, lexicon, may_open, programme_candidates,
                                 programmes, seq_at, token_texts)
from nlp.morph import nominative

_YEARS_RE = re.compile(r"\s*(?:na\s+lata\s+)?(?:\d{4}\s*[-–]\s*\d{4}|\d{4}\+?)")
# `na lata 2014 – 2020` ending a name: its period, written `2014-2020` as a programme is named
_PERIOD_RE = re.compile(r"\s+(?:na\s+lata\s+)?(?P<first>\d{4})\s*[-–]\s*(?P<last>\d{4})$")
_TRAILING_YEARS_RE = re.compile(r"\s*(?:na\s+lata\s+|na\s+rok\s+)?\d{4}(?:\s*[-–]\s*\d{4})?\s*$")
_QUOTED_PROGRAMME_RE = re.compile(r"\b[Pp]rogram(?:u|ie|em)?\b[^„\".;\n]{0,80}?[„\"]([^”\"\n]{3,120})[”\"]")
_QUOTES = "„”\"“«»"
_NO_QUOTES = str.maketrans("", "", _QUOTES)
_OPEN_QUOTES = ("„", "\"")
_CLOSE_QUOTES = ("”", "\"")


@functools.cache
def _name_words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """(stems that end a name: `Działanie`, `Oś`; lower-case words inside a name: `dla`, `na
    rzecz`; the forms of the noun `program` before a name)."""
    data = lexicon("programmes.json")
    return tuple(data["name_stops"]), frozenset(data["name_connectors"]), frozenset(data["programme_noun_forms"])


def _extend_name(text: str, tokens: list[Token], j: int, limit: int) -> int:
    """Run a programme name on over capitalised words, quotes, `dla`/`i`/`na rzecz` and years."""
    stops, connectors, _ = _name_words()
    n = len(tokens)
    end_tok = j
    while j < n and j - end_tok < 12:
        tok = tokens[j]
        if "\n" in text[tokens[j - 1].end:tok.start]:
            break
        if tok.text[:1].isupper() and tok.text[:1].isalpha():
            if tok.text.lower().startswith(stops):
                break
            j += 1
            end_tok = j
            continue
        if tok.text in _OPEN_QUOTES:
            k = j + 1
            while k < n and k - j < 12 and tokens[k].text not in _CLOSE_QUOTES:
                k += 1
            if k < n:
                j = end_tok = k + 1
                continue
            break
        if tok.text.lower() in connectors and j + 1 < n and \
                (tokens[j + 1].text[:1].isupper() or tokens[j + 1].text == "rzecz" or tokens[j + 1].text.isdigit()):
            j += 1
            continue
        if tok.text.isdigit() and len(tok.text) == 4:
            j += 1
            end_tok = j
            continue
        break
    return _with_years(text, tokens[end_tok - 1].end, limit)


def _with_years(text: str, end: int, limit: int) -> int:
    m = _YEARS_RE.match(text, end)
    return m.end() if m and m.end() <= limit else end


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[k:k + len(part)] == part for k in range(len(words) - len(part) + 1))


@functools.lru_cache(maxsize=4096)   # the same few names recur on page after page
def _entry_for(name: str) -> dict | None:
    """The lexicon entry whose abbreviation the name contains (`Senior+`, `NOWEFIO`)."""
    words = token_texts(name)
    return next((e for e in programmes() if any(_contains(words, a) for a in e["abbr_tokens"])), None)


def _canonical(name: str) -> str:
    """The full name for an abbreviation or short name inside the name, its years kept (as
    `2014-2020`); quotation marks dropped."""
    bare = _PERIOD_RE.sub(r" \g<first>-\g<last>", " ".join(name.translate(_NO_QUOTES).split()))
    entry = _entry_for(bare)
    if entry and entry["name"] and entry.get("fixed"):
        years = _TRAILING_YEARS_RE.search(bare)
        return entry["name"] + (" " + years.group().strip() if years else "")
    return bare


def _programme(start: int, end: int, name: str, entry: dict | None) -> Name:
    entry = entry or _entry_for(name)
    implied = entry.get("funder") if entry else None
    funds = tuple(entry.get("funds", ())) if entry else ()
    return Name(start, end, _canonical(name), 0, implied, funds)


def _lexicon_programme(text: str, tokens: list[Token], i: int, limit: int) -> Name | None | bool:
    """The programme a lexicon entry opens at tokens[i]; False when a generic entry
    (`Program`) names nothing here or only opens the name proper."""
    tok = tokens[i]
    for entry in programme_candidates(tok.text):
        stop = seq_at(tokens, i, tuple(entry["lemmas"]))
        if stop is None:
            abbr_stop = next((s for a in entry["abbr_tokens"] if (s := abbr_at(tokens, i, a))), None)
            if abbr_stop:
                end = _with_years(text, tokens[abbr_stop - 1].end, limit)
                return _programme(tok.start, end, (entry["name"] or tok.text) + text[tokens[abbr_stop - 1].end:end], entry)
            continue
        end = _extend_name(text, tokens, stop, limit)
        after_words = text[tokens[stop - 1].end:end]
        if entry["name"] and entry.get("fixed"):
            name = entry["name"] + after_words if _YEARS_RE.fullmatch(after_words) else entry["name"]
        else:
            name = nominative(" ".join(text[tok.start:end].split()))
        if entry.get("generic"):
            if end == tokens[stop - 1].end:
                return False  # a bare `Programu` names nothing
            if stop < len(tokens) and any(seq_at(tokens, stop, tuple(e["lemmas"]))
                                          for e in programme_candidates(tokens[stop].text) if not e.get("generic")):
                return False  # `Programu Fundusze Europejskie dla…`: the name proper follows
        return _programme(tok.start, end, name, entry)
    return None


def find_programmes(text: str, tokens: list[Token], limit: int) -> list[Name]:
    """Every programme named among the tokens, in text order."""
    found: list[Name] = []
    if tokens:
        # `w ramach programu „Podlaskie Inicjatywy Lokalne”`: the quoted name is the programme
        for m in _QUOTED_PROGRAMME_RE.finditer(text, tokens[0].start, limit):
            end = _with_years(text, m.end(1) + 1, limit)
            name = m.group(1).strip() + text[m.end(1) + 1:end]
            found.append(_programme(m.start(1), m.end(1) if end == m.end(1) + 1 else end, name, None))
    noun_forms = _name_words()[2]
    starts = abbreviation_starts()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.text in noun_forms and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() \
                and not any(f.start <= tokens[i + 1].start < f.end for f in found) \
                and not any(seq_at(tokens, i + 1, tuple(e["lemmas"])) for e in programme_candidates(tokens[i + 1].text)):
            # `w ramach programu Obywatele dla Demokracji`: the capitalised name after the noun
            end = _extend_name(text, tokens, i + 2, limit)
            found.append(_programme(tokens[i + 1].start, end, " ".join(text[tokens[i + 1].start:end].split()), None))
            while i < len(tokens) and tokens[i].start < end:
                i += 1
            continue
        if not tok.text[:1].isupper() or any(f.start <= tok.start < f.end for f in found) or (
                not may_open(tok.text) and tok.text not in starts):
            i += 1
            continue
        hit = _lexicon_programme(text, tokens, i, limit)
        if hit:
            found.append(hit)
            while i < len(tokens) and tokens[i].start < hit.end:
                i += 1
        else:
            i += 1
    # a named programme that merely opens a quoted one (`Programu Ministra … „Korpus …”`) yields
    # to it, and passes on the funder it implies (`Rządowego Programu „Posiłek w szkole”`)
    quoted = [f for f in found if f.rank == 0 and f.implied is None and text[f.start - 1:f.start] in _OPEN_QUOTES]
    out = []
    for f in found:
        if f in quoted:
            opener = next((o for o in found if o not in quoted and f.start > o.start and f.start - o.end <= 3
                           and o.implied), None)
            out.append(replace(f, implied=opener.implied, funds=opener.funds) if opener else f)
        elif not any(q.start > f.start and q.start - f.end <= 3 for q in quoted):
            out.append(f)
    return sorted(out, key=lambda f: f.start)
