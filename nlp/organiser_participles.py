"""Organisers named around a verb form that is not a finite verb of its own clause.

- the agent of a passive participle that describes the event (`spotkanie zorganizowane
  przez X`, `W zainicjowanym przez X spotkaniu`, `odbyło się zorganizowane przez X
  seminarium`, `przez organizację pozarządową – Fundację X`);
- the subject of the finite verb an adverbial participle depends on (`Komenda X postanowiła
  uczcić to święto, organizując spotkanie`) or an infinitive's modal (`Zarząd postanowił,
  zgodnie ze statutem, ogłosić zebranie`);
- the body whose seat guests visited (`w Starostwie X gościła delegacja`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.clauses import clause_end, clause_start, inside_quotes
from nlp.morph import agrees, analyse, can_be
from nlp.org_names import Token, find_names, is_nominal, is_person_role, lemma_set, tokenize
from nlp.org_people import named_person_end
from nlp.org_words import _has_genitive, names_a_body
from nlp.organiser_agent_gaps import (past_among_others, past_audience, past_behalf, past_date, past_framework,
                                      past_place)
from nlp.organiser_grammar import (Span, event_between, frame_lemmas, frames, gerund_of, is_event_noun, is_finite_verb,
                                   is_glue, is_glue_word, is_preposition, leading_body, phrase_at)
from nlp.organiser_lists import is_group_noun, names_after
from nlp.organiser_persons import with_body
from nlp.organiser_performances import prepared_is_performance
from nlp.organiser_subjects import subject_before


_AT_RE = re.compile(r"\b(?:w|we)\s+(?:(?:siedzibie|murach|progach|gościnnych\s+progach)\s+)?$", re.IGNORECASE)


def host_place(text: str, verb: Token) -> list[Span]:
    """`w Starostwie Powiatu X … gościła delegacja`, `w siedzibie Agencji X gościliśmy`: the
    body whose seat the guests visited."""
    start = clause_start(text, verb.start)
    return [span for span in find_names(text, start, verb.start)
            if _AT_RE.search(text, max(start, span[0] - 30), span[0]) and names_a_body(text[span[0]:span[1]])][-1:]


def adverbial_frame(text: str, tokens: Sequence[Token], i: int, lemma: str) -> list[Span]:
    """`Komenda X postanowiła uczcić to święto, organizując dla seniorów spotkanie`: the
    subject of the finite verb before an adverbial participle organises."""
    f = frames()
    end = clause_end(text, tokens[i].end, 250)
    if lemma not in f.verbs and not (lemma in f.verbs_needing_event_object and event_between(text, tokens[i].end, end)):
        return []
    start = clause_start(text, tokens[i].start)
    for k in range(i - 1, -1, -1):
        if tokens[k].start < start:
            break
        if tokens[k].is_word and is_finite_verb(tokens[k].text):
            return subject_before(text, tokens[k].start)
    return []


def modal_before(text: str, tokens: Sequence[Token], i: int) -> int | None:
    """Where a finite modal verb governing the infinitive at tokens[i] stands in its clause,
    further back than `_after_modal` looks (`Zarząd postanowił, zgodnie z §18, ogłosić`)."""
    start = clause_start(text, tokens[i].start)
    for k in range(i - 1, max(-1, i - 15), -1):
        if tokens[k].start < start:
            break
        if tokens[k].is_word and is_finite_verb(tokens[k].text):
            return tokens[k].start if lemma_set(tokens[k].low) & frames().modal_verbs else None
    return None


def agent_frame(text: str, tokens: Sequence[Token], i: int, lemma: str) -> list[Span]:
    """`Konferencja organizowana jest przez X`, `Spotkanie zorganizowane zostało we
    współpracy z X`: the participle's agent, when the participle describes an event."""
    f = frames()
    if lemma in f.hosting_participles:
        return _guests_received(text, tokens, i)
    if lemma in f.agent_participles:
        return _agents(text, tokens, i, lemma)
    if lemma in f.leading_verbs and _led_event_before(text, tokens, i):
        # `konsultacje prowadzone przez GAZ-SYSTEM S.A.`: a body leading a meeting runs it (a trainer leads a training)
        # (only its agent: `prowadzone przy udziale władz gminy` names guests)
        # (`prowadzone przez ekspertów Obserwatorium X`: its people lead it, as speakers)
        agents = _agents(text, tokens, i, lemma)
        if not agents or text[tokens[i].end:agents[0][0]].lower().split()[-1:] != ["przez"]:
            return []
        return [span for span in agents if leading_body(text[span[0]:span[1]])]
    return []


def _agents(text: str, tokens: Sequence[Token], i: int, lemma: str) -> list[Span]:
    """The agent (or partners) of the participle at tokens[i] that describes an event."""
    f = frames()
    k = past_behalf(tokens, i + 1)   # `zorganizowana w imieniu Marszałka Województwa X przez Y`
    comitative = lemma in f.comitative_participles
    while k < len(tokens) and k - i <= 4 and tokens[k].is_word and tokens[k].text.lower() != "przez" \
            and not (comitative and tokens[k].low in ("z", "ze")) \
            and phrase_at(tokens, k, f.partner_phrases) is None and is_glue_word(tokens[k].text):
        k += 1   # `jest`, `zostało`, `wspólnie` …
    k = past_among_others(tokens, k)   # `realizowanego partnersko m.in. przez X`
    k = past_framework(tokens, k)   # `realizowane jest w ramach projektu „X” przez Y`
    k = past_place(tokens, k)   # `zorganizowanej w Rzeszowie przez X`
    k = past_date(tokens, k)   # `przygotowane 5 maja 2024 r. przez X`
    k = past_audience(tokens, k)   # `organizowanej dla przedstawicieli samorządów przez X`
    if k >= len(tokens):
        return []
    if tokens[k].text.lower() == "przez" or comitative and tokens[k].low in ("z", "ze"):
        after = tokens[k].end   # (`targi współorganizowane z Muzeum X`: the co-organiser)
    else:
        stop = phrase_at(tokens, k, f.partner_phrases)
        if stop is None:
            before = _partners_before(text, tokens, i)
            return before if before and _describes_event(text, tokens, i, lemma) else []
        after = tokens[stop - 1].end
    if not (_describes_event(text, tokens, i, lemma) or _project_predicate(text, tokens, i)):
        return []
    found = _body_of_members(text, after) or names_after(text, after, groups=True) \
        or names_after(text, after, loose=True)   # (`przez Preszowski Kraj Samorządowy`: a head not known)
    if not found:
        m = _DESCRIBED_AGENT_RE.match(text, after)
        if m and all(is_nominal(w) for w in re.findall(r"[^\W\d]+", m.group(1))):
            found = names_after(text, m.end())   # `przez pozarządową organizację – Fundację X`
    if not found:
        found = _unit_alone(text, tokens, i, after)
    if not found and tokens[k].low == "przez":
        person = named_person_end(text, tokens, k + 1)
        if person is not None:   # `zorganizowane przez panią Annę Lis`: a person organised it
            found = [(tokens[k + 1].start, with_body(text, tokens, person))]
    return [_before_described_event(text, tokens, i, span) for span in found]


def _before_described_event(text: str, tokens: Sequence[Token], i: int, span: Span) -> Span:
    """The agent's name without the event its participle describes, named right after it
    (`organizowanej przez Uniwersytet X Konferencji Naukowej „Y”`: the conference, in the
    participle's case, is no part of the university's name)."""
    for k in range(i + 1, len(tokens)):   # (no copy of the page's tokens for each agent)
        tok = tokens[k]
        if tok.start >= span[1]:
            break
        if tok.start > span[0] and tok.is_cap and is_event_noun(tok.text) and agrees(tokens[i].text, tok.text) \
                and not inside_quotes(text, tok.start):   # (`Fundację „Zielona Akcja”`: the name's own word)
            return span[0], len(text[:tok.start].rstrip(" ,"))
    return span


def _unit_alone(text: str, tokens: Sequence[Token], i: int, pos: int) -> list[Span]:
    """`w zorganizowanym przez gminę szkoleniu`, `szkolenie zorganizowane przez powiat`: a unit
    of self-government named by its common noun alone (no name after it) is the agent, when
    the participle agrees with an event noun beside it (not `projektów realizowanych przez
    samorząd` on a page about a meeting)."""
    unit = tokenize(text, pos, clause_end(text, pos, 60))[:2]
    if not unit or not unit[0].is_word or unit[0].is_cap or not frame_lemmas(unit[0].text, "unit_agents"):
        return []
    if len(unit) > 1 and (unit[1].is_cap or agrees(tokens[i].text, unit[1].text) and not is_event_noun(unit[1].text)):
        return []   # (`przez gminę Lipno` is read as a name, or not at all)
    noun_after = len(unit) > 1 and agrees(tokens[i].text, unit[1].text)
    noun_before = next((t for t in reversed(tokens[max(0, i - 4):i]) if t.is_word and agrees(tokens[i].text, t.text)),
                       None)
    if not noun_after and not (noun_before is not None and is_event_noun(noun_before.text)):
        return []
    return [(unit[0].start, unit[0].end)]


def _led_event_before(text: str, tokens: Sequence[Token], i: int, reach: int = 6) -> bool:
    """Is the noun a leading participle describes (the nearest before it, in its clause, that it
    agrees with) a meeting a body runs by leading it (`konsultacje prowadzone przez X`; not
    `na czas spotkania opiekę, prowadzoną przez X`)?"""
    start = clause_start(text, tokens[i].start)
    for t in reversed(tokens[max(0, i - reach):i]):
        if t.start < start:
            return False
        if t.is_word and agrees(tokens[i].text, t.text):
            return bool(lemma_set(t.low) & frames().led_events)
    return False


def _guests_received(text: str, tokens: Sequence[Token], i: int, reach: int = 6) -> list[Span]:
    """`Zaproszeni goście podejmowani byli przez Koło X`, `Delegacja została przyjęta przez
    Starostę Y`: who receives the guests named before the participle hosts them."""
    k = i + 1
    while k < len(tokens) and k - i <= 2 and tokens[k].low in frames().copulas:
        k += 1
    if k >= len(tokens) or tokens[k].low != "przez":
        return []
    start = clause_start(text, tokens[i].start)
    if not any(t.is_word and t.start >= start and frame_lemmas(t.text, "guest_nouns") and agrees(tokens[i].text, t.text)
               for t in tokens[max(0, i - reach):i]):
        return []   # (`przedstawiła uczestnikom … przyjęte przez Radę Ministrów programy`: no guest received)
    return names_after(text, tokens[k].end)[:1]


def _partners_before(text: str, tokens: Sequence[Token], i: int) -> list[Span]:
    """`Z tej okazji wspólnie z Ośrodkiem X zorganizowano forum`: an impersonal verb names
    the bodies it was made with in a partner phrase right before it."""
    if not any(r.pos == "imps" for r in analyse(tokens[i].low)):
        return []
    start = clause_start(text, tokens[i].start)
    for k in range(i - 1, max(-1, i - 16), -1):
        if tokens[k].start < start:
            break
        stop = phrase_at(tokens, k, frames().partner_phrases)
        if stop is None:
            continue
        names = names_after(text, tokens[stop - 1].end)
        return names if names and is_glue(text[names[-1][1]:tokens[i].start]) else []
    return []


def _body_of_members(text: str, pos: int) -> list[Span]:
    """`przez funkcjonariuszy Komendy Powiatowej Policji`, `przez pracowników z Ośrodka X`: the
    people of a body organise in its name, so the body is the organiser."""
    tokens = tokenize(text, pos, clause_end(text, pos, 200))
    if len(tokens) < 2 or tokens[0].is_cap or not (is_person_role(tokens[0].text) or is_group_noun(tokens[0].text)):
        return []
    k = 2 if tokens[1].low in ("z", "ze") else 1
    names = find_names(text, tokens[k].start, tokens[-1].end, max_names=1) if k < len(tokens) else []
    if not names or names[0][0] != tokens[k].start:
        return []
    # (`przez policjantów z Komendy X, Starostwo Y oraz Gminę Z`: the list goes on after the body)
    more = _LIST_GOES_ON_RE.match(text, names[0][1])
    return names + (names_after(text, more.end()) if more else [])


_LIST_GOES_ON_RE = re.compile(r"\s*(?:,|i\s|oraz\s)\s*")


# A project's title between its noun and its predicate (`Projekt „Razem” jest realizowany`).
_TITLE_RE = re.compile(r"(?:pn\.|pt\.)?\s*(?:„[^”\"\n]*[”\"]|\"[^\"\n]*\")")


def _project_predicate(text: str, tokens: Sequence[Token], i: int) -> bool:
    """`Projekt jest realizowany przez X`, `Operacja realizowana przez X`: the participle is the
    predicate of a sentence about the project the announced meeting belongs to, so its agent
    runs the meeting too (unlike `udział w projekcie realizowanym przez X`, in passing)."""
    start = clause_start(text, tokens[i].start)
    first = next((k for k in range(i - 1, -1, -1) if tokens[k].start < start), -1) + 1
    if first + 1 < i and tokens[first].low in frames().project_determiners:
        first += 1   # `Niniejszy projekt realizowany jest przez X`
    if first < i and lemma_set(tokens[first].low) & frames().project_nouns:
        between = _TITLE_RE.sub(" ", text[tokens[first].end:tokens[i].start]).split()
        return all(word.lower() in frames().copulas or word.lower() == "ten" for word in between)
    # `Klub Seniora jest częścią projektu „X” realizowanego przez Y`: what the page is of is the project's part
    return any(lemma_set(tokens[k].low) & frames().project_nouns and tokens[k - 1].low in frames().part_words
               and not _TITLE_RE.sub(" ", text[tokens[k].end:tokens[i].start]).strip()
               for k in range(max(first, 1), i))


def _topic_preposition(tokens: Sequence[Token], k: int) -> bool:
    """`o projektach`, `o działaniach`: `o` opening what is spoken about (not `o godz. 10`);
    the participle is the topic's when it agrees with it (`o projektach realizowanych`)."""
    return tokens[k].low == "o" and k + 1 < len(tokens) and tokens[k + 1].is_word \
        and not tokens[k + 1].text[:1].isdigit() and not tokens[k + 1].low.startswith("godz")


# `przez niezależną, pozarządową organizację non profit – `, `przez partnerów projektu: `: the
# agent described before its name.
_DESCRIBED_AGENT_RE = re.compile(r"\s+([a-ząćęłńóśźż][\w ,]{0,80}?)(?:\s[–—-]|:)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def _describes_event(text: str, tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """An event noun before the participle in its clause, with no project or study noun
    nearer to it (`badania przeprowadzonego przez ROPS` is a study, not this event); with a
    participle that organises only events, any noun but those (`OSES organizowane będą przez`)."""
    if prepared_is_performance(tokens, i, lemma):
        return False   # `prelekcja przygotowana przez dyrektor Biblioteki`: its speaker
    start = clause_start(text, tokens[i].start, 220)
    exclusions = frames().agent_exclusions
    quoted = False   # (`programu „Seniorzy w akcji” Fundacji X realizowanego przez`: a title's words
    for k in range(i - 1, -1, -1):   # are no event)
        tok = tokens[k]
        if tok.start < start:
            break
        if tok.text in ("”", "„"):
            quoted = tok.text == "”"
        if not tok.is_word or quoted:
            continue
        if is_event_noun(tok.text) or lemma_set(tok.low) & frames().contest_nouns and contest_celebrated(tokens):
            return True   # (`Konkurs organizowany jest przez X` on a page of its final ceremony)
        if lemma_set(tok.text.lower()) & exclusions or (i - k <= 3 and _topic_preposition(tokens, k)
                                                         and agrees(tokens[i].text, tokens[k + 1].text)) \
                or _projects_listed(tok.text):
            return False   # (`dyskutowano o projektach realizowanych przez X`: what was talked about;
            #                 `przykładów projektów, które były realizowane przez X`: examples, no event)
    lead = text[start:tokens[i].start].strip(" \t\n–-•*")
    # (a verbal noun takes its event after it: `za zorganizowanie przez X pikniku`)
    opens_phrase = _OPENS_PARTICIPLE_PHRASE_RE.search(lead) or gerund_of(tokens[i].text)
    if lead and lemma in frames().event_only_participles and not opens_phrase \
            and not (tokens[i - 1].is_word and is_preposition(tokens[i - 1].text)):
        return True   # (after `na`, `dla` the participle opens its own phrase: `na organizowaną przez X imprezę`)
    if not lead and text[:start].rstrip().endswith(","):
        return _event_before_comma(tokens, i, start)
    if lead and not opens_phrase:
        return False
    # `Organizowana przez X debata społeczna`, `W zainicjowanym przez X spotkaniu`, `odbyło się
    # zorganizowane przez X seminarium`: the participle opens its phrase, the event follows
    end = clause_end(text, tokens[i].end, 300)
    for k in range(i + 1, len(tokens)):
        tok = tokens[k]
        if tok.start >= end or (tok.is_word and lemma_set(tok.low) & exclusions):
            return False
        if tok.is_word and is_event_noun(tok.text) \
                and (not tok.is_cap or _titled_event_after_agent(text, tokens, i, k)):
            return True
    return False


def _titled_event_after_agent(text: str, tokens: Sequence[Token], i: int, k: int) -> bool:
    """`Organizowane przez ROPS w Toruniu Forum co roku przyciąga`: a capitalised event noun in
    the participle's case, after the agent's first word, is the event (and ends the agent's name)."""
    return tokens[k - 1].low != "przez" and agrees(tokens[i].text, tokens[k].text) \
        and not inside_quotes(text, tokens[k].start)


def _projects_listed(word: str) -> bool:
    """`projektów`, `projektach`: projects in the plural, others' work, not the one a meeting belongs to."""
    return bool(lemma_set(word.lower()) & frames().project_nouns) and can_be(word.lower(), "subst", number="pl") \
        and not can_be(word.lower(), "subst", number="sg")


def contest_celebrated(tokens: Sequence[Token], reach: int = 8) -> bool:
    """A ceremony of a contest named in the text (`uroczyste podsumowanie XVIII Konkursu X`,
    `gala finałowa konkursu`): the contest's organisers hold it."""
    for i, tok in enumerate(tokens):
        if tok.is_word and frame_lemmas(tok.text, "contest_ceremonies"):
            if any(t.is_word and frame_lemmas(t.text, "contest_nouns") and _has_genitive(t.text)
                   for t in tokens[i + 1:i + 1 + reach]):
                return True
    return False


def _event_before_comma(tokens: Sequence[Token], i: int, start: int, limit: int = 8) -> bool:
    """`w konferencji „Rodzina”, zorganizowanej w Rzeszowie przez X`: the participle after a
    comma describes the event noun it agrees with just before the comma."""
    for k in range(i - 1, max(-1, i - 1 - limit), -1):
        if tokens[k].start >= start or not tokens[k].is_word:
            continue
        if lemma_set(tokens[k].low) & frames().agent_exclusions:
            return False
        if not tokens[k].is_cap and is_event_noun(tokens[k].text) and agrees(tokens[i].text, tokens[k].text):
            return True
    return False


# What may stand right before a participle that precedes its event noun: a preposition
# (`W zainicjowanym przez X spotkaniu`, `jedno z zaplanowanych przez X spotkań`) or a verb of
# happening (`odbyło się zorganizowane …`).
_OPENS_PARTICIPLE_PHRASE_RE = re.compile(r"(?:^|\s)(?:w|we|z|ze|podczas|po|się|był[oaiy]?|jest|są)$",
                                         re.IGNORECASE)
