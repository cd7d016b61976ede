"""Who organises, invites to or hosts the event, as the text writes it.

A name (read by `nlp.org_names`) is an organiser by the frame it stands in, never by
being mentioned: speakers' and moderators' employers, patrons and participants stand in
other frames. The frames, with their words in `lexicons/organiser_frames.json`:
- the subject of an organising verb, found through Morfeusz whatever its form
  (`ROPS w Lublinie zorganizował…`, `Gmina X we współpracy z Y realizowała warsztaty`,
  `Młodzieżowa Rada ma zaszczyt zaprosić`, `magistrat, który zorganizował`), or the name
  after it in inverted order (`Spotkanie organizuje Stowarzyszenie X`, `Zajęcia organizuje
  i prowadzić będzie X`, read by `nlp.organiser_inverted`);
  (the subject is read by `nlp.organiser_subjects`, past asides and long lists);
- the agent of a participle (`organizowany przez X wraz z Y`, `zorganizowane we
  współpracy z X`, `Festyn zorganizowano we współpracy X z Y`), the subject behind an
  adverbial participle or a modal, the host of guests (`nlp.organiser_participles`);
- the implementer of a project whose meetings the page announces (`nlp.organiser_projects`);
- the frames on nouns and phrases (`nlp.organiser_nouns`): role nouns, `z inicjatywy`,
  verbs of taking part, thanks, the office meeting the public; the body that sits
  (`nlp.organiser_sittings`);
- the page's layout (`nlp.organiser_layout`): label blocks, an office signing the notice
  or heading the letter, a signed `Zapraszamy –`, and the page's own organisation behind
  `Zapraszamy`.
Co-organisers joined to an organiser (`wraz z`, `we współpracy z`, `przy udziale`) are
organisers too; lists are read by `nlp.organiser_lists`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from nlp.agenda_items import agenda_items, in_agenda
from nlp.clauses import body_end, clause_end, clause_start
from nlp.layout import close_letter_spacing
from nlp.morph import agrees
from nlp.org_lower_names import governing_bodies
from nlp.org_name_parts import names_a_meeting, names_an_edition
from nlp.org_names import Token, find_names, is_person_role, lemma_set, tokenize
from nlp.org_people import honorifics
from nlp.org_words import _UNITS
from nlp.organiser_grammar import (Span, event_between, frame_lemmas, frames, gerund_of, is_event_noun, leading_body,
                                   mentions_event, verb_reading, we_organise)
from nlp.organiser_participles import adverbial_frame, agent_frame, host_place, modal_before
from nlp.organiser_performances import prepares_performance
from nlp.organiser_antecedents import named_in_full, pronoun_antecedent
from nlp.organiser_listed_subjects import listed_subject
from nlp.organiser_subjects import clause_opening_name, members_before, subject_before
from nlp.organiser_layout import closing_body, label_blocks, letter_head, names_on_lines_above, publisher, sign_offs
from nlp.organiser_signature import signature
from nlp.organiser_forms import distinct_spans, in_full
from nlp.organiser_lists import names_after
from nlp.organiser_partners import (coordinated, invited_to_co_organise, our_partners, partners, partners_after_verb,
                                   partners_opening_held_sentence)
from nlp.organiser_hosts import host_frames
from nlp.organiser_initiative import initiative_frames
from nlp.organiser_inverted import (antecedent_subject, inverted_subject, object_pronoun_after, relative_pronoun,
                                   relative_to_event)
from nlp.organiser_signed_letters import signed_invitation
from nlp.organiser_projects import implementers_after, project_antecedent, project_fronted, realised_by, runs_project
from nlp.organiser_involvement import involvement_frames
from nlp.organiser_notices import opens_notice
from nlp.organiser_nouns import role_frames
from nlp.organiser_sittings import meeting_of_frames
from nlp.organiser_thanks import thanks_frames
from nlp.organiser_web_names import web_named_organisers
from nlp.vocabulary import lexicon

__all__ = ["Organiser", "find_organisers", "Token", "lexicon", "tokenize"]


@dataclass(frozen=True, slots=True)
class Organiser:
    name: str   # as written, its lines joined by single spaces
    span: Span
    text: str   # exactly as in the text: the evidence

    def as_dict(self) -> dict:
        return {"name": self.name, "text": self.text, "span": list(self.span)}


# --- frames -----------------------------------------------------------------------------------

def _verb_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    f = frames()
    spans: list[Span] = []
    for i, tok in enumerate(tokens):
        found = verb_reading(tok.text) if tok.is_word else None
        if found is None:
            gerund = gerund_of(tok.text) if tok.is_word and i + 1 < len(tokens) and tokens[i + 1].low == "przez" else None
            if gerund is not None:
                spans.extend(agent_frame(text, tokens, i, gerund))   # `zwołanie przez Prezydenta zebrania`
            continue
        lemma, form = found
        if lemma in f.hosted_at_verbs and i + 2 < len(tokens) and tokens[i + 1].low == "na" \
                and is_event_noun(tokens[i + 2].text):
            continue   # `Przewodniczący Sejmików gościli na Konwencie`: guests at the event, not its hosts
        if lemma in f.hosted_at_verbs and i and tokens[i - 1].is_word and agrees(tokens[i - 1].text, tok.text):
            continue   # `powitał zaproszonych gości`: the guests, a noun
        if lemma in f.leading_verbs:
            lead = text[clause_start(text, tok.start):tok.start]
            if runs_project(tokens, i, lemma) and not relative_pronoun(lead.strip()):
                spans.extend(subject_before(text, tok.start))   # `Fundacja X prowadzi projekt`: its meetings
            elif form == "participle":
                spans.extend(agent_frame(text, tokens, i, lemma))   # `konsultacje prowadzone przez X`
            elif form == "finite" and _led_event_between(text, clause_start(text, tok.start), tok.start) \
                    and not relative_pronoun(lead.strip()):
                # `Konsultacje prowadzi(:) Centrum X`; (`Spotkanie poprowadzi dyrektor X`: a moderator;
                # `poprowadzą eksperci Fundacji X`: speakers; `Fundacja, która prowadzi Klub X`: no event;
                # `Warsztat muzyczny poprowadziło Stowarzyszenie X`: a trainer)
                led_by = inverted_subject(text, tok, clause_end(text, tok.end, 250), lemma)
                if led_by and text[tok.end:led_by[0][0]].strip() in ("", ":"):
                    spans.extend(span for span in led_by if leading_body(text[span[0]:span[1]]))
            elif form == "finite" and event_between(text, tok.end, clause_end(text, tok.end, 250)) \
                    and not relative_pronoun(lead.strip()):
                # `PSE S.A. prowadzą konsultacje`: a body before the verb runs what it leads
                spans.extend(span for span in subject_before(text, tok.start) if leading_body(text[span[0]:span[1]]))
            continue
        if lemma in f.held_meeting_verbs and not (lemma in f.project_start_verbs and runs_project(tokens, i, lemma)):
            if form == "finite" and _holds_meeting_with(text, tok.end):
                spans.extend(_meeting_hosts(text, tok))   # `Burmistrz X odbył spotkanie z mieszkańcami`
            continue
        if form == "participle":
            spans.extend(agent_frame(text, tokens, i, lemma))
            continue
        if form == "adverbial":
            spans.extend(adverbial_frame(text, tokens, i, lemma))
            continue
        if lemma in f.meeting_verbs:
            if form != "first_person" and _MEETS_WITH_RE.match(text, tok.end):
                spans.extend(_meeting_hosts(text, tok))   # `Burmistrz X spotkał się z mieszkańcami`
            elif form == "finite" and (members := _members_meet(text, tok)):
                spans.extend(members)   # `spotkali się członkowie Stowarzyszenia X`: its members' meeting
            elif form == "finite" and (itself := _SELF_RE.match(text, tok.end)):
                # `na swym zebraniu spotkał się Zarząd Oddziału X`: the board sits, at its own meeting
                spans.extend(span for span in names_after(text, itself.end())[:1] if span[0] == itself.end() + 1
                             and lemma_set(text[span[0]:span[1]].split()[0].lower()) & governing_bodies())
            continue
        if form == "first_person" and lemma in f.hosted_at_verbs:
            spans.extend(host_place(text, tok))   # `w siedzibie Agencji X gościliśmy wizytę`: we are X
            continue
        if form == "first_person" or (lemma not in f.verbs and lemma not in f.verbs_needing_event_object
                                      and lemma not in f.project_start_verbs and lemma not in f.grant_verbs):
            continue
        modal_at = None
        if form == "infinitive":
            modal_at = modal_before(text, tokens, i)
            if modal_at is None and not _after_modal(tokens, i):
                continue
        dated = _YEAR_AFTER_VERB_RE.match(text, tok.end)   # (`zorganizowała 5 marca 2024 r. Fundacja X`: the
        end = clause_end(text, dated.end() if dated else tok.end, 250)   # year's `r.` ends no clause)
        if _other_edition_re().search(text, clause_start(text, tok.start), end):
            continue   # `grupa, która w ubiegłym roku zorganizowała rajd`: another year's event
        event_first = False
        relative = bool(relative_pronoun(text[clause_start(text, tok.start):tok.start].strip()))
        if project_antecedent(text, tokens, i, lemma):
            spans.extend(implementers_after(text, tokens, i))   # `projektu, który realizują X i Y`
            continue
        running = not relative and runs_project(tokens, i, lemma)
        if not running and lemma not in f.verbs and lemma not in f.verbs_needing_event_object:
            continue   # `przystąpiła do konkursu`: joining, not running
        if not relative and project_fronted(text, tokens, i, lemma):
            # `Projekt, który dofinansowano ze środków X, realizuje Fundacja Y wraz z partnerami: Z`
            spans.extend(names_after(text, tok.end))
            continue
        if prepares_performance(tokens, i, lemma, end):
            continue   # `Młodzież przygotowała dla uczestników spotkania występ`: performers
        if lemma in f.verbs_needing_event_object \
                and not event_between(text, tok.end, _before_relative(text, tok.end, end)) \
                and not _TO_TAKE_PART_RE.match(text, tok.end) and not running:
            # `Wydarzenie przygotowało X`: the event before the verb, its maker after it
            # (`spotkanie, które przygotowało Koło X`: the relative pronoun stands for the event)
            event_first = relative_to_event(text, clause_start(text, tok.start), tok) if relative \
                else event_between(text, clause_start(text, tok.start), tok.start) or _event_pronoun(text, tok)
            if not event_first and not opens_notice(text, tok.start, lemma):
                continue   # `Burmistrz informuje, że rozstrzygnięto konkurs`: no event
        if _invited_within(tokens, i):
            continue   # `wójt zaprosił go do stołu prezydialnego`: a call within the meeting, not to it
        before = subject_before(text, tok.start)
        if not before and modal_at is not None:
            before = subject_before(text, modal_at)   # `Zarząd postanowił, zgodnie ze Statutem, ogłosić`
        if not relative:
            stacked = names_on_lines_above(text, tok.start)   # (a poster's bodies, a line each)
            before = stacked if len(stacked) > len(before) else before
            # (a list whose last item no reader knows the head of, lost going back from the verb)
            before = before or listed_subject(text, tok.start)
        if not before and not relative:
            before = pronoun_antecedent(text, tokens, i) or clause_opening_name(text, tok.start) \
                or named_in_full(text, tok.start)
        elif not before and not event_first:   # (`…, które przygotowały to spotkanie`: the names before the comma)
            before = antecedent_subject(text, clause_start(text, tok.start), tok.start)
        if before and relative and is_event_noun(text[before[0][0]:before[0][1]].split()[0]):
            before = []   # `Forum Roczne Programu, które organizują X`: the event, not who organises it
        if before:
            spans.extend(before)
            spans.extend(partners_after_verb(text, tokens, i))   # `X organizuje we współpracy z Y konferencję`
            spans.extend(invited_to_co_organise(text, tokens, i))   # `X zaprosił do współorganizacji: Y`
        elif (lemma in f.verbs or event_first) and (lemma not in f.subject_only or object_pronoun_after(text, tok.end)):
            # (`gościł wójt`: a guest, not a host); a subject no name reads (`portal.pl organizuje ją
            # wspólnie z X`) leaves its partners
            spans.extend(inverted_subject(text, tok, end, lemma) or partners_after_verb(text, tokens, i))
        elif lemma in f.hosted_at_verbs:
            spans.extend(host_place(text, tok))
    return spans


def _led_event_between(text: str, start: int, end: int) -> bool:
    """A meeting a body runs by leading it (`konsultacje`, `spotkanie`), not a training its
    trainer leads, among the words of text[start:end]."""
    return any(t.is_word and lemma_set(t.low) & frames().led_events for t in tokenize(text, start, end))


def _before_relative(text: str, start: int, end: int) -> int:
    """Where the clause of the verb at `start` ends before a relative clause, if one opens."""
    m = _RELATIVE_CLAUSE_RE.search(text, start, end)
    return m.start() if m else end


def _event_pronoun(text: str, verb: Token) -> bool:
    """`Sympozjum odbyło się na Uniwersytecie. Przygotowały je wspólnie X`: the object pronoun
    after the verb stands for the event the sentence before opens with."""
    start = clause_start(text, verb.start)
    if not start or not _PRONOUN_AFTER_RE.match(text, verb.end):
        return False
    previous = clause_start(text, start - 1)
    return event_between(text, previous, min(start, previous + 40))


def _invited_within(tokens: Sequence[Token], i: int, reach: int = 4) -> bool:
    """`zaprosił go do stołu prezydialnego`, `zaprosiła na scenę`: a verb of inviting whose
    place is one inside the meeting under way (`meeting_stage_places`)."""
    for k in range(i + 1, min(len(tokens) - 1, i + reach)):
        if tokens[k].low in ("do", "na") and frame_lemmas(tokens[k + 1].text, "meeting_stage_places"):
            return True
    return False


def _meeting_hosts(text: str, verb: Token) -> list[Span]:
    """The subject of a verb of meeting the public, unless it names people sent by bodies
    (`Przedstawiciele Policji i X spotkali się`: guests, not hosts); or an office named by no
    name of its own (`Pan wójt gminy spotkał się z`)."""
    start = _honorific_re().match(text, clause_start(text, verb.start)).end()   # (a word of courtesy, no person sent)
    hosts = subject_before(text, verb.start) or _bare_office_between(text, start, verb.start)
    opening = text[start:verb.start].split()[:1]
    if hosts and (members_before(text, start, hosts[0][0]) or (opening and is_person_role(opening[0]))):
        return []
    return hosts


def _bare_office_between(text: str, start: int, verb_start: int) -> list[Span]:
    """`wójt gminy`, `Burmistrz Miasta` all that stands from `start` (the clause's opening, past a
    word of courtesy) to the verb: an office that meets the public, with the bare unit it serves."""
    m = _BARE_OFFICE_RE.fullmatch(text, start, verb_start)
    if not m or not lemma_set(m.group("office").lower()) & frames().offices_meeting_residents \
            or m.group("unit") and not lemma_set(m.group("unit").lower()) & _UNITS:
        return []
    return [m.span("name")]


def _holds_meeting_with(text: str, end: int) -> bool:
    """`odbył 12 maja spotkanie z`, `zakończyli spotkanie z`: the object is a meeting with the
    public (not the reflexive `odbyło się`)."""
    m = _HELD_MEETING_RE.match(text, end)
    return bool(m) and bool(frame_lemmas(m.group(1), "hosted_meetings"))


@functools.cache
def _other_edition_re() -> re.Pattern[str]:
    phrases = sorted(lexicon("organiser_frames.json")["other_edition_phrases"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b",
                      re.IGNORECASE)


@functools.cache
def _honorific_re() -> re.Pattern[str]:
    """`Pan `, `Pani ` (the lexicon's words of courtesy) opening a clause, or nothing."""
    words = "|".join(f"{w}|{w.capitalize()}" for w in sorted(honorifics(), key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:{words})\s+)?")


# `wójt gminy`, `Wójt Gminy`, `burmistrz` (after a word of courtesy): an office, and its bare unit, before the verb
_BARE_OFFICE_RE = re.compile(r"(?P<name>(?P<office>[^\W\d_]+)(?:\s+(?P<unit>[^\W\d_]+))?)\s*")
_PRONOUN_AFTER_RE = re.compile(r"[ \t]+(?:ją|je|go)\b")
# `…, w której odbędzie się konferencja`: a relative clause, whose event is not the verb's object
_RELATIVE_CLAUSE_RE = re.compile(r",\s*(?:\w+\s+)?któr\w+\b")
_TO_TAKE_PART_RE = re.compile(r"\s+do\s+(?:wzięcia\s+)?udziału\b")   # `zachęca do udziału`: in the event
# `spotkał się z`, `spotkali się dzisiaj z`, `spotkał się 5 maja 2024 r. z`: when may stand between
_WHEN_BETWEEN = r"(?:(?:[^\W\d_]+|\d{1,4}|r\.)\s+){0,5}?"
_MEETS_WITH_RE = re.compile(rf"\s+się\s+{_WHEN_BETWEEN}ze?\s")
_SELF_RE = re.compile(r"\s+się\b")
_YEAR_AFTER_VERB_RE = re.compile(r"\s+(?:w\s+dniu\s+)?\d{1,2}\.?\s+[^\W\d_]+\s+\d{4}\s*r\.")
_HELD_MEETING_RE = re.compile(rf"\s+(?!się\b){_WHEN_BETWEEN}([^\W\d_]+)\s+ze?\s")


_WORD_AFTER_SELF_RE = re.compile(r"\s+się\s+(\w+)\s+")


def _members_meet(text: str, verb: Token) -> list[Span]:
    """`spotkali się członkowie Stowarzyszenia X`, `Członkowie Koła X spotkali się`: the body
    whose members meet hosts their meeting."""
    members = frames().members_nouns
    after = _WORD_AFTER_SELF_RE.match(text, verb.end)
    if after and lemma_set(after.group(1).lower()) & members:
        return names_after(text, after.end())[:1]
    start = clause_start(text, verb.start)
    names = [n for n in find_names(text, start, verb.start) if not text[n[1]:verb.start].strip()]
    before = text[start:names[-1][0]].split() if names else []
    return [names[-1]] if before and lemma_set(before[-1].lower()) & members else []


def _after_modal(tokens: Sequence[Token], i: int) -> bool:
    """`ma zaszczyt zaprosić`, `pragnie zaprosić`: an infinitive that stands for a finite verb."""
    f = frames()
    for tok in tokens[max(0, i - 2):i]:
        low = tok.text.lower()
        if low in f.modal_nouns or lemma_set(low) & f.modal_verbs:
            return True
    return False


def find_organisers(text: str) -> list[Organiser]:
    cut = body_end(text)
    if cut < len(text):
        # headlines of other articles name other hosts; blanking them keeps offsets valid
        # and leaves the signature on the body's last lines
        text = text[:cut] + re.sub(r"[^\n]", " ", text[cut:])
    text = close_letter_spacing(text)   # `O B W I E S Z C Z E N I E` / `Wójta Gminy X`
    tokens = tokenize(text)
    has_event = mentions_event(tokens)
    spans = _verb_frames(text, tokens) + role_frames(text, tokens) + initiative_frames(text, tokens) \
        + involvement_frames(text, tokens) + host_frames(text, tokens) + thanks_frames(text, tokens) \
        + meeting_of_frames(text, tokens, has_event) + label_blocks(text) + sign_offs(text) \
        + realised_by(text, tokens) + web_named_organisers(text)
    spans += partners(text, spans)
    if has_event:
        # an office signing a notice with no event organises nothing
        spans.extend(signature(text) + signed_invitation(text, tokens))
    we_speak = any(t.is_word and we_organise(t.text) for t in tokens)
    we_invite = not spans and we_speak
    if we_invite:
        spans.extend(letter_head(text))   # `Przewodniczący Rady Gminy` / … `zwołuję sesję`
    if we_invite and not spans:
        # `Zapraszamy…` signed on the last line by the inviting organisation, or on a page headed by it
        spans.extend(closing_body(text) or publisher(text))
    elif has_event and we_speak:
        spans.extend(closing_body(text))   # `… spotkanie Zastępcy Prezydenta … Zapraszamy` / `Anna Lis` / `GCPU`
    spans += our_partners(text, tokens) + partners_opening_held_sentence(text, tokens) + coordinated(text, spans)
    agenda = agenda_items(text)
    # (an item's bodies are its topic; `I Lubuski Sejmik Seniorów` is an edition of an event)
    spans = [span for span in spans if not in_agenda(agenda, span) and not names_an_edition(text, *span)
             and not names_a_meeting(text, *span)]   # (`Walne Zgromadzenie otworzył Prezes`: the meeting)
    return [Organiser(" ".join(text[a:b].split()), (a, b), text[a:b])   # (a signature's lines joined)
            for a, b in distinct_spans(text, [in_full(text, span) for span in spans])]
