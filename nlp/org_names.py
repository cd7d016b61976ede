"""Names of organisations and offices in a text, read as Polish noun phrases.

Names are read by `nlp.org_name_reading` (capitalised, from a head noun) and here also in
the forms only an organiser's frame makes names: bodies named by common nouns (`rada
sołecka`, `koła gospodyń wiejskich`), offices with their holders (`wójt gminy Jan
Kowalski`, `ks. Jan Nowak`, read by `nlp.org_people`) and lower-case adjectives before a name
(`miejscowe koło DFK`).
Which names organise an event is decided elsewhere (`nlp.organisers`), by the frame they
stand in. The word classes of `nlp.org_words` are re-exported for the modules that read
names.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.morph import modifies
from nlp.org_companies import company_name_end
from nlp.org_lower_names import _DETERMINERS, from_place_end, gazetteer_place, lower_name_end
from nlp.org_name_reading import _read_name_rest, read_name
from nlp.org_people import (academic_titles, named_person_end, next_holder_end, person_in_office_end,
                            person_then_office_end, rank_holder_end)
from nlp.org_acronyms import is_institution_acronym, looks_like_acronym
from nlp.org_words import (DATE_LEMMAS, QUOTES_CLOSE, QUOTES_OPEN, TOKEN_RE, _BRANCHES, Token, _bare_offices, _gap_breaks,
                           _has_genitive, _heads, _noun_reading, is_acronym, is_adjective, is_first_name,
                           is_nominal, is_office_title, is_org_head, is_person_role, lemma_set,
                           may_be_first_name, needs_name, office_title_end, tokenize)
from nlp.vocabulary import is_event_noun, lexicon

__all__ = ["DATE_LEMMAS", "QUOTES_CLOSE", "QUOTES_OPEN", "TOKEN_RE", "Token", "find_names", "from_place_end",
           "is_acronym", "is_first_name", "is_nominal", "is_office_title", "is_org_head", "is_person_role", "lemma_set",
           "looks_like_acronym", "may_be_first_name", "person_in_office_end", "read_name", "tokenize"]


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in ".!?\n:"


def _after_leading_adjectives(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """`miejscowe koło DFK`, `kujawsko-pomorski Regionalny Ośrodek…`, `starobabicką komendę`:
    lower-case adjectives agreeing with the head of the name after them belong to it (the
    index after the name)."""
    k = i
    while k < len(tokens) and k - i < 2 and tokens[k].is_word and (not tokens[k].is_cap or k == i) \
            and is_adjective(tokens[k].text) and not is_org_head(tokens[k].text) \
            and not lemma_set(tokens[k].text) & DATE_LEMMAS \
            and not lemma_set(tokens[k].text) & _DETERMINERS and is_nominal(tokens[k].text):
        k += 1
    if k == i or k >= len(tokens) or _gap_breaks(text, tokens[k - 1], tokens[k]) \
            or (tokens[i].is_cap and tokens[k].is_cap):
        return None   # (a capitalised adjective before a capitalised name is read with it)
    if tokens[k].is_cap:
        stop = read_name(text, tokens, k)
        if stop is None and not tokens[i].is_cap and is_institution_acronym(tokens[k].text):
            stop = k + 1   # `sosnowiecki ZUS`
        if stop is None and is_org_head(tokens[k].text) and not needs_name(tokens[k].text) \
                and not is_office_title(tokens[k].text) and not tokens[i].is_cap:
            stop = k + 1   # `jastrzębski Urząd`: the adjective names which one
    else:   # (`dożynkowi starostowie`: a title with an adjective before it is a ceremonial role)
        stop = None if is_office_title(tokens[k].text) else lower_name_end(text, tokens, k)
        if stop is None and _noun_reading(tokens[k].text) and not is_office_title(tokens[k].text) \
                and lemma_set(tokens[k].text) & (_heads()[0] - _heads()[1]):
            stop = k + 1   # `starobabicką komendę`
        if stop is None and lemma_set(tokens[k].text) & _BRANCHES and k + 1 < len(tokens) and tokens[k + 1].is_cap \
                and _has_genitive(tokens[k + 1].text) and not _gap_breaks(text, tokens[k], tokens[k + 1]):
            stop = read_name(text, tokens, k + 1)   # `lubuski oddział Państwowego Funduszu …`: the body's branch
    if stop is None:
        return None
    head = next((m for m in range(k, stop) if _noun_reading(tokens[m].text)), None)
    if head is None or not all(modifies(t.text, tokens[head].text) for t in tokens[i:k]):
        return None
    return stop


@functools.cache
def _own_bodies() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["own_bodies"])


def find_names(text: str, start: int, end: int, *, max_names: int = 6, lowercase: bool = False) -> list[tuple[int, int]]:
    """Organisation names in text[start:end], in order (a list joined by `,`/`oraz`/`i`).
    `lowercase` also reads bodies named by common nouns (`sołtys wsi Dębina`, `koła gospodyń
    wiejskich`), which only an organiser's frame makes names."""
    tokens = tokenize(text, start, end)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens) and len(found) < max_names:
        tok = tokens[i]
        holder = rank_holder_end(text, tokens, i) if found and found[-1][1] == tokens[i - 1].end else None
        if holder is not None:
            i = holder   # `Komendant Powiatowy Policji w X insp. Jan Nowak`: the office's holder, no name
            continue
        if found and found[-1][1] == tokens[i - 1].end and tokens[i].low in academic_titles() \
                and is_office_title(text[found[-1][0]:found[-1][1]].split()[0]):
            holder = named_person_end(text, tokens, i)
            if holder is not None:
                # `Marszałek Województwa X dr Jan Nowak`: the office with its titled holder
                found[-1] = (found[-1][0], tokens[holder - 1].end)
                i = holder
                continue
        person_end = person_in_office_end(text, tokens, i) or next_holder_end(text, tokens, i, found)
        if person_end is None and lowercase:
            person_end = person_then_office_end(text, tokens, i)
        if person_end is not None:
            found.append((tok.start, tokens[person_end - 1].end))
            i = person_end
            continue
        if lowercase and tok.is_word and (not tok.is_cap or _opens_sentence(text, tok.start)):
            stop = _after_leading_adjectives(text, tokens, i)
            if stop is not None:
                found.append((tok.start, tokens[stop - 1].end))   # `miejscowe koło DFK`
                i = stop
                continue
        if lowercase and tok.is_word and (not tok.is_cap or (read_name(text, tokens, i) is None
                                                           and not is_acronym(tok.text))):
            stop = lower_name_end(text, tokens, i)   # (`Władze powiatu` opening a sentence too)
            if stop is not None:
                if not (found and not tok.is_cap and i >= 2 and tokens[i - 1].text in _DASHES
                        and found[-1][1] == tokens[i - 2].end):
                    found.append((tok.start, tokens[stop - 1].end))   # (`X – związek stowarzyszeń`: what X is)
                i = stop
                continue
        if lowercase and tok.low in OUR and i + 1 < len(tokens) and not _gap_breaks(text, tok, tokens[i + 1]) \
                and ((tokens[i + 1].is_cap and is_org_head(tokens[i + 1].text) and not is_office_title(tokens[i + 1].text)
                      and read_name(text, tokens, i + 1) is None)
                     or (not tokens[i + 1].is_cap and lemma_set(tokens[i + 1].low) & _own_bodies())):
            found.append((tok.start, tokens[i + 1].end))   # `naszego Stowarzyszenia`, `nasza redakcja`: the page's own
            i += 2
            continue
        stop = _apposition_end(text, tokens, i) if lowercase and not tok.is_cap else None
        if stop is not None:
            found.append((tok.start, tokens[stop - 1].end))   # `ze stowarzyszeniem Ośrodek Wspierania X`
            i = stop
            continue
        quote = _quote_after_common_noun(tokens, i) if not tok.is_cap and tok.is_word else None
        if quote is not None:
            # `stowarzyszenie „Projekt Radomir”`, `grupa nieformalna „Aktywni”`: a common noun
            # naming what the quoted name is
            stop = _read_name_rest(text, tokens, i, i, quote, 14)
            if stop is not None and stop > i + 1:
                found.append((tok.start, tokens[stop - 1].end))
                i = stop
                continue
        stop = _whole_quoted_name_end(text, tokens, i) if tok.text in QUOTES_OPEN else None
        if stop is not None:
            found.append((tokens[i + 1].start, tokens[stop - 1].end))   # `„Klub in tempo nova …”`
            i = stop + 1
            continue
        if tok.is_cap and tok.is_word and is_office_title(tok.text) and not is_org_head(tok.text) \
                and i + 1 < len(tokens) and tokens[i + 1].is_cap and not _gap_breaks(text, tok, tokens[i + 1]):
            stop = read_name(text, tokens, i + 1)
            if stop is not None and (_has_genitive(tokens[i + 1].text) or is_acronym(tokens[i + 1].text)
                                     or is_institution_acronym(tokens[i + 1].text)):
                # `Dyrektor Gminnego Ośrodka…`, `Przewodniczący Rady Gminy X`: an office in a body
                found.append((tok.start, tokens[stop - 1].end))
                i = stop
                continue
        if tok.is_cap and tok.is_word and (not is_person_role(tok.text) or office_title_end(tokens, i)):
            stop = read_name(text, tokens, i)
            if stop in (None, i + 1) and i + 2 < len(tokens) and tokens[i + 1].text in ("i", "oraz") \
                    and is_org_head(tok.text) and (needs_name(tok.text) or lemma_set(tok.text) & _bare_offices()):
                # `Wójta i Radę Gminy w Gniewoszowie`: two heads sharing one complement
                shared = read_name(text, tokens, i + 2)
                own = i + 3 < len(tokens) and tokens[i + 3].is_cap and is_adjective(tokens[i + 3].text) \
                    and not _noun_reading(tokens[i + 3].text) \
                    and modifies(tokens[i + 3].text, tokens[i + 2].text)   # (`Sołtysa i Radę Sołecką`: its own)
                stop = shared if shared is not None and is_org_head(tokens[i + 2].text) and not own else stop
                if shared is not None and stop == shared and lemma_set(tok.text) & _bare_offices() \
                        and not _shares_complement(tok.text, tokens, i + 3, shared):
                    stop = i + 1   # `Wójt i Sołtys`, `Starosta i Prezydent Miasta`: two offices, each its own
                if shared is None and i + 3 < len(tokens) and not tokens[i + 2].is_cap \
                        and is_person_role(tokens[i + 2].text) and tokens[i + 3].is_cap:
                    stop = read_name(text, tokens, i + 3) or stop   # `Zarząd oraz pracownicy Stowarzyszenia X`
                if own and stop is None and lemma_set(tok.text) & _bare_offices():
                    stop = i + 1   # (`Sołtysa i Radę Sołecką`: an office coordinated with a body)
            if stop is not None:
                found.append((tok.start, tokens[stop - 1].end))
                i = stop
                continue
            if is_acronym(tok.text) or is_institution_acronym(tok.text):
                # `LKS „Cisy”`: the acronym and its own name; `IPN Oddział w Szczecinie`: its branch
                stop = _quoted_name_end(tokens, i + 1) or _branch_end(text, tokens, i + 1) \
                    or _seat_end(text, tokens, i + 1)
                found.append((tok.start, tokens[stop - 1].end if stop is not None else tok.end))
                i = stop - 1 if stop is not None else i
        i += 1
    return [_with_acting_prefix(text, tokens, span) for span in found]


@functools.cache
def _acting_prefix_re() -> re.Pattern[str]:
    words = sorted(lexicon("organisation_heads.json")["acting_prefixes"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s*$",
                      re.IGNORECASE)


def _with_acting_prefix(text: str, tokens: Sequence[Token], span: tuple[int, int]) -> tuple[int, int]:
    """`p.o. Dyrektora GOK`, `pełniący obowiązki Komendanta Komisariatu`: the acting holder of an
    office is named with the words that say so."""
    m = _acting_prefix_re().search(text, max(0, span[0] - 25), span[0])
    if m is None:
        return span   # (the common case, told before the tokens are looked through)
    first = next((t for t in tokens if t.start == span[0]), None)
    return (m.start(), span[1]) if first is not None and first.is_cap and is_office_title(first.text) else span


# Possessives that make a bare head the page's own body (`nasze Centrum`, `naszego Stowarzyszenia`).
_DASHES = frozenset({"–", "—", "-"})   # (an apposition after a name: `X – związek stowarzyszeń`)
OUR = frozenset({"nasz", "nasza", "nasze", "naszego", "naszej", "naszemu", "naszym", "naszą", "naszych"})


def _seat_end(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """The index after `w Białymstoku`, `we Wrocławiu` opening at tokens[k]: an acronym's seat."""
    if k + 1 >= len(tokens) or tokens[k].low not in ("w", "we") or not tokens[k + 1].is_cap \
            or _gap_breaks(text, tokens[k - 1], tokens[k + 1]):
        return None
    for stop in range(min(k + 4, len(tokens)), k + 1, -1):
        if all(t.is_cap for t in tokens[k + 1:stop]) and gazetteer_place(text[tokens[k + 1].start:tokens[stop - 1].end]):
            return stop
    return None


def _branch_end(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """The index after a branch and its seat opening at tokens[k] (`Oddział w Szczecinie`,
    `Oddział Terenowy w Lipnie`), if one does."""
    if k >= len(tokens) or not tokens[k].is_cap or not lemma_set(tokens[k].low) & _BRANCHES \
            or _gap_breaks(text, tokens[k - 1], tokens[k]):
        return None
    m = k + 1
    while m < len(tokens) and m - k <= 2 and tokens[m].is_cap and is_adjective(tokens[m].text):
        m += 1   # (`Oddział Regionalny`)
    if m + 1 < len(tokens) and tokens[m].low in ("w", "we") and tokens[m + 1].is_cap:
        return m + 2
    return None


def _quoted_name_end(tokens: Sequence[Token], k: int) -> int | None:
    """The index after a quoted name opening at tokens[k] (`„Cisy”`), if one does."""
    if k >= len(tokens) or tokens[k].text not in QUOTES_OPEN:
        return None
    for m in range(k + 1, min(k + 10, len(tokens))):
        if tokens[m].text in QUOTES_CLOSE:
            return m + 1 if m > k + 1 else None
    return None


def _whole_quoted_name_end(text: str, tokens: Sequence[Token], k: int, limit: int = 16) -> int | None:
    """`przez „Klub in tempo nova szybki szlak do integracji”`: a body's whole name set in quotes,
    lower-case and foreign words and all (the index of the closing quote), when the quote opens
    on the body's head; None when the name reader reads it to its end anyway."""
    if k + 2 >= len(tokens) or not tokens[k + 1].is_cap or not is_org_head(tokens[k + 1].text) \
            or is_event_noun(tokens[k + 1].text):
        return None   # (`„Konwent NGO – usługi społeczne …”`: a meeting's own title)
    read = read_name(text, tokens, k + 1) or k + 2
    for m in range(k + 2, min(k + limit, len(tokens))):
        if tokens[m].text in QUOTES_CLOSE:
            return m if m > read and "\n" not in text[tokens[k].end:tokens[m].start] else None
        if tokens[m].text in QUOTES_OPEN or tokens[m].text in (".", ";", ":"):
            return None
    return None


@functools.cache
def _office_units() -> dict[str, frozenset[str]]:
    return {office: frozenset(units) for office, units in lexicon("organisation_heads.json")["office_units"].items()}


def _shares_complement(office: str, tokens: Sequence[Token], start: int, stop: int) -> bool:
    """Can the complement of the second head, tokens[start:stop], complete the bare office
    before it too (`Wójta i Radę Gminy X`, not `Starosta i Prezydent Miasta X`; `Wójt i Sołtys`
    have none)?"""
    if start >= stop:
        return False
    units = _office_units()
    own = next((units[o] for o in lemma_set(office) if o in units), None)
    said = lemma_set(tokens[start].text) & frozenset().union(*units.values())
    return own is None or not said or bool(said & own)


def _apposition_end(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """A kind of body in lower case at tokens[i], then its own name (`ze stowarzyszeniem Ośrodek
    Wspierania X`, `z firmy Projekty Miejskie`, a company's of any words): the index after the
    name, or None. (`firma X sp. z o.o.` is a company's name read with its legal form, the kind
    left out.)"""
    kinds = lemma_set(tokens[i].low)
    if not kinds & _apposition_nouns() or i + 1 >= len(tokens) or not tokens[i + 1].is_cap \
            or _gap_breaks(text, tokens[i], tokens[i + 1]):
        return None
    company = bool(kinds & _company_nouns())
    if company and company_name_end(text, tokens, i + 1) is not None:
        return None
    stop = read_name(text, tokens, i + 1)
    return _capitalised_run_end(text, tokens, i + 1) if stop is None and company else stop


@functools.cache
def _company_nouns() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["company_nouns"])


def _capitalised_run_end(text: str, tokens: Sequence[Token], i: int, limit: int = 5) -> int | None:
    """The end of the capitalised words from tokens[i] (a company's name of any words), or None."""
    j = i
    while j < len(tokens) and j - i < limit and tokens[j].is_cap and tokens[j].is_word \
            and (j == i or not _gap_breaks(text, tokens[j - 1], tokens[j])):
        j += 1
    return j if j > i else None


@functools.cache
def _apposition_nouns() -> frozenset[str]:
    """`stowarzyszenie`, `fundacja`: a kind of body named in lower case before its own name."""
    return frozenset(lexicon("organisation_heads.json")["apposition_nouns"])


def _quote_after_common_noun(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the opening quote after a body's common noun and at most two of its
    lower-case adjectives, after it or before it (`grupa nieformalna „Aktywni Rodzice”`,
    `nieformalną grupę „Seniorzy”`)."""
    head = i
    while head < len(tokens) and head - i < 2 and tokens[head].is_word and not tokens[head].is_cap \
            and is_adjective(tokens[head].text) and not lemma_set(tokens[head].text) & (_heads()[0] | _DETERMINERS):
        head += 1
    if head >= len(tokens) or not lemma_set(tokens[head].text) & _heads()[0] \
            or not all(modifies(t.text, tokens[head].text) for t in tokens[i:head]):
        return None
    k = head + 1
    while k < len(tokens) and k - i <= 2 and tokens[k].is_word and not tokens[k].is_cap \
            and is_adjective(tokens[k].text):
        k += 1
    return k if k < len(tokens) and tokens[k].text in QUOTES_OPEN else None
