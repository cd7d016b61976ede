"""Co-organisers named beside an organiser: joined to it by a partner phrase (`X we współpracy
z Y`, `X organizuje wspólnie z Y konferencję`), listed beside an organising office
(`na zaproszenie Przewodniczącej A i Przewodniczącej B`), or running one meeting of a list with
the page's own body (`• w Lipnie we współpracy z Fundacją X – 17 sierpnia`)."""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.clauses import clause_end, clause_start
from nlp.dates_lexicon import MONTH_WORD, TAKES_PLACE_RE
from nlp.morph import analyse, can_be
from nlp.org_names import Token, find_names, is_office_title, lemma_set, tokenize
from nlp.organiser_grammar import Span, event_between, frames, is_glue_word, joins_list_items, phrase_at, verb_reading
from nlp.organiser_lists import names_after
from nlp.organiser_nouns import is_verb_form

__all__ = ["coordinated", "invited_to_co_organise", "our_partners", "partners", "partners_after_verb",
           "partners_opening_held_sentence", "past_partner_label", "past_partners"]

# an item of a list that dates a meeting: `• w Lipnie … – 17 sierpnia`, `- 17.08 …`
_DATED_ITEM_RE = re.compile(rf"(?m)^[ \t]*(?:[•*·▪\-–]|\d{{1,2}}[.)])[ \t]+"
                            rf"(?=[^\n]*?(?<!\d)\d{{1,2}}(?:\s*(?:{MONTH_WORD})|\.\d{{1,2}}(?!\d)))[^\n]+",
                            re.IGNORECASE)


def past_partners(tokens: Sequence[Token], k: int, limit: int = 14) -> int:
    """The index after a partner phrase and the names it joins, opening at tokens[k] (else k)."""
    stop = phrase_at(tokens, k, frames().partner_phrases) if k < len(tokens) else None
    if stop is None:
        return k
    m = stop
    while m < len(tokens) and m - stop < limit and (tokens[m].is_cap or tokens[m].low in ("i", "oraz", ",")
                                                    or not tokens[m].is_word):
        m += 1
    return m


def partners_after_verb(text: str, tokens: Sequence[Token], i: int) -> list[Span]:
    """`X organizuje we współpracy z Y konferencję`: partners named right after the verb."""
    k = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "," else i + 1   # (`współorganizować, wraz z`)
    while k < len(tokens) and k - i <= 2 and tokens[k].is_word and tokens[k].low not in frames().partner_phrases \
            and is_glue_word(tokens[k].text):
        k += 1   # (`organizuje wspólnie z`, `zaprasza serdecznie wraz z`)
    stop = phrase_at(tokens, k, frames().partner_phrases) if k < len(tokens) else None
    return names_after(text, tokens[past_partner_label(tokens, stop) - 1].end) if stop is not None else []


def past_partner_label(tokens: Sequence[Token], stop: int) -> int:
    """`wraz z partnerami: A, B oraz C`, `wraz z Partnerem – A`, `wspólnie z Parlamentarzystami: A i B`:
    the index after the label that lists the partners, if one follows the phrase ending at `stop`."""
    if stop + 1 < len(tokens) and lemma_set(tokens[stop].low) & frames().partner_labels \
            and tokens[stop + 1].text in (":", "–", "-"):
        return stop + 2
    return stop


def invited_to_co_organise(text: str, tokens: Sequence[Token], i: int, reach: int = 16) -> list[Span]:
    """`X zaprosił do współorganizacji wydarzenia: A, B oraz C`, `zaprosiliśmy A i B do
    współorganizacji`: whom an inviting verb at tokens[i] calls to organise with its subject."""
    for k in range(i + 1, min(i + reach, len(tokens))):
        if tokens[k].text in (".", ";", "?", "!"):
            return []
        stop = phrase_at(tokens, k, frames().co_organising_calls)
        if stop is None:
            continue
        if k > i + 1:
            return find_names(text, tokens[i].end, tokens[k].start)   # the objects before the call
        while stop < len(tokens) and stop - k < 6 and tokens[stop].is_word and not tokens[stop].is_cap:
            stop += 1   # `do współorganizacji niniejszego wydarzenia:`
        if stop < len(tokens) and tokens[stop].text == ":":
            stop += 1
        elif stop < len(tokens) and not _may_be_invited(tokens[stop].text):
            return []   # `Zapraszamy do współtworzenia LSR`, `do współorganizacji Dni Gminy`: what is made together
        return names_after(text, tokens[stop].start) if stop < len(tokens) else []
    return []


def _may_be_invited(word: str) -> bool:
    """Can the word open the accusative name of a body invited (`Fundację X`), not an acronym or a
    genitive naming what the call is to make (`LSR`, `Dni Gminy`)?"""
    return not word.isupper() and any(can_be(word, pos, case="acc") for pos in ("subst", "adj"))


def our_partners(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`Zapraszamy wspólnie z Gminą X`, `mieliśmy przyjemność współorganizować, wraz z X`,
    `zaprosiliśmy do współorganizacji X`, a dated item of a list of meetings `we współpracy z X`:
    whom the page's own body organises with."""
    out: list[Span] = _item_partners(text)
    for i, tok in enumerate(tokens):
        found = verb_reading(tok.text) if tok.is_word else None
        if found is None or found[0] not in frames().verbs:
            if tok.low.endswith("my") and _we_do(tok.low):   # (the ending looked at before Morfeusz)
                out.extend(_partners_opening_our_clause(text, tokens, i))
            continue
        if found[1] == "first_person" or found[1] == "infinitive" and any(
                t.is_word and _first_person(t.low) for t in tokens[max(0, i - 3):i]):
            out.extend(partners_after_verb(text, tokens, i) + invited_to_co_organise(text, tokens, i)
                       + _partners_opening_our_clause(text, tokens, i, organising=True))
    return out


def partners_opening_held_sentence(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`We współpracy z Fundacją X 23 sierpnia w Urzędzie odbyło się szkolenie`: a sentence that
    opens with a phrase of running it together and says a meeting is held names its co-organiser
    (the one it ran with is left unnamed)."""
    out: list[Span] = []
    for k, tok in enumerate(tokens):
        if not tok.is_cap or k and not (tokens[k - 1].text in ".!?" or "\n" in text[tokens[k - 1].end:tok.start]):
            continue
        stop = phrase_at(tokens, k, frames().cooperation_phrases)
        if stop is None:
            continue
        end = clause_end(text, tok.start, 300)
        sentence = text[tok.start:end]
        if TAKES_PLACE_RE.search(sentence) and event_between(text, tokens[stop - 1].end, end):
            out.extend(names_after(text, tokens[stop - 1].end)[:3])
    return out


def _item_partners(text: str) -> list[Span]:
    """`Spotkania odbędą się:` / `• w Lipnie we współpracy z Fundacją X – 17 sierpnia …`: the
    partner named in a dated item of a list of meetings runs that meeting."""
    out: list[Span] = []
    for item in _DATED_ITEM_RE.finditer(text):
        line = tokenize(text, item.start(), item.end())
        for k in range(len(line)):
            stop = phrase_at(line, k, frames().cooperation_phrases)
            if stop is not None:
                out.extend(names_after(text, line[stop - 1].end, limit=item.end() - line[stop - 1].end))
                break
    return out


def _partners_opening_our_clause(text: str, tokens: Sequence[Token], i: int, *, organising: bool = False) -> list[Span]:
    """`Wspólnie z Fundacją X omówimy …`: the partners named right before the verb of the page's
    own `we`, after a partner phrase opening its clause; before a verb of organising, also after
    one of running it together inside it (`15 września w Lipnie przy współpracy z Biblioteką X
    zorganizowaliśmy warsztaty`)."""
    lead = tokenize(text, clause_start(text, tokens[i].start), tokens[i].start)
    stop = phrase_at(lead, 0, frames().partner_phrases) if lead else None
    for k in range(1, len(lead)) if stop is None and organising else ():
        stop = phrase_at(lead, k, frames().cooperation_phrases)
        if stop is not None:
            break
    names = find_names(text, lead[stop - 1].end, tokens[i].start) if stop is not None else []
    return names if names and not text[names[-1][1]:tokens[i].start].strip(" ,") else []


@functools.lru_cache(maxsize=50_000)
def _we_do(word: str) -> bool:
    """`omówimy`, `przedstawiamy`: the present or future of the first person plural."""
    return any(r.pos == "fin" and ":pl:pri" in r.tag for r in analyse(word))


def _first_person(word: str) -> bool:
    """`chcemy`, `mieliśmy` (a verb's or its ending's first person)."""
    return any(r.pos in ("fin", "aglt") and ":pri" in r.tag for r in analyse(word))


def partners(text: str, spans: list[Span]) -> list[Span]:
    """Co-organisers joined to an organiser: `X we współpracy z Y`, `X wraz z Y oraz Z`."""
    out: list[Span] = []
    for span in spans:
        tokens = tokenize(text, span[1], clause_end(text, span[1], 200))
        k = 0
        if tokens[:1] and tokens[0].text == "(":   # `X (PSONI) we współpracy z Y`
            k = next((m + 1 for m in range(1, min(4, len(tokens))) if tokens[m].text == ")"), 0)
        while k < len(tokens) and tokens[k].text == ",":
            k += 1
        stop = phrase_at(tokens, k, frames().partner_phrases) if k < len(tokens) else None
        if stop is None:
            stop = _partner_after_aside(text, tokens, k)
        if stop is not None and not _attendees_after(tokens, stop):
            out.extend(names_after(text, tokens[past_partner_label(tokens, stop) - 1].end))
    return out


def _attendees_after(tokens: Sequence[Token], stop: int) -> bool:
    """`z udziałem przedstawiciela Urzędu X`: people who take part, not a partner, follow the
    phrase of taking part that ends at tokens[stop]."""
    return stop < len(tokens) and not tokens[stop].is_cap and bool(lemma_set(tokens[stop - 1].low)
                                                                   & frames().participation_words) \
        and bool(lemma_set(tokens[stop].low) & frames().attendee_nouns)


def _partner_after_aside(text: str, tokens: Sequence[Token], k: int) -> int | None:
    """`X z sołtysami na czele, przy udziale Y`: a short aside with no verb and no other
    name between an organiser and its partner phrase (the index after the phrase)."""
    for m in range(k, min(k + 9, len(tokens))):
        if tokens[m].text == "," and m > k:
            stop = phrase_at(tokens, m + 1, frames().partner_phrases) if m + 1 < len(tokens) else None
            if stop is not None and not find_names(text, tokens[k].start, tokens[m].start):
                return stop
            return None
        if tokens[m].is_word and (verb_reading(tokens[m].text) or is_verb_form(tokens[m].text)):
            return None
    return None


def coordinated(text: str, spans: list[Span]) -> list[Span]:
    """Offices listed beside an office that organises, in one list (`na zaproszenie
    Przewodniczącej Rady A Anny Nowak i Przewodniczącej Rady B`), organise with it."""
    out: list[Span] = []
    for span in spans:
        if not is_office_title(text[span[0]:span[1]].split()[0]):
            continue
        lo, hi = clause_start(text, span[0]), clause_end(text, span[1], 300)
        for name in find_names(text, lo, hi, max_names=20):
            if any(name[0] < s[1] and s[0] < name[1] for s in spans + out) \
                    or not is_office_title(text[name[0]:name[1]].split()[0]):
                continue
            gap = text[name[1]:span[0]] if name[1] <= span[0] else text[span[1]:name[0]]
            if joins_list_items(gap) and not _guests_listed(text, lo, min(name[0], span[0])):
                out.append(name)
    return out


def _guests_listed(text: str, lo: int, first: int) -> bool:
    """`W wydarzeniu uczestniczyła Wicestarosta X oraz Dyrektor Y, jako gospodarz`: a verb of
    taking part right before a list makes its items guests, whatever one of them also is."""
    return any(t.is_word and lemma_set(t.low) & frames().participation_words
               for t in tokenize(text, max(lo, first - 30), first))
