"""Who organises, invites to or hosts the event, as the text writes it.

A name (read by `nlp.org_names`) is an organiser by the frame it stands in, never by
being mentioned: speakers' and moderators' employers, patrons and participants stand in
other frames. The frames, with their words in `lexicons/organiser_frames.json`:
- the subject of an organising verb, found through Morfeusz whatever its form
  (`ROPS w Lublinie zorganizował…`, `Gmina X we współpracy z Y realizowała warsztaty`,
  `Młodzieżowa Rada ma zaszczyt zaprosić`, `magistrat, który zorganizował`), or the name
  after it in inverted order (`Spotkanie organizuje Stowarzyszenie X`);
- the agent of a participle (`organizowany przez X wraz z Y`, `zorganizowane we
  współpracy z X`), the body after `z inicjatywy`, `na zaproszenie`, `w imieniu`;
- a role noun (`Organizatorem jest X`, `X będzie współgospodarzem`, `gospodarz wydarzenia
  Starosta X`, `Organizatorzy:` with names on the next lines);
- the body that sits or calls (`Posiedzenie Rady X`, `Zawiadomienie Wójta Gminy Y`), an
  office signing the notice, and the page's own organisation behind `Zapraszamy`.
Co-organisers joined to an organiser (`wraz z`, `we współpracy z`) are organisers too.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from nlp.morph import analyse

from nlp.clauses import body_end, clause_end, clause_start
from nlp.org_names import (Token, find_names, is_acronym, is_nominal, is_person_role, lemma_set, person_in_office_end,
                           tokenize)
from nlp.organiser_grammar import (Span, clause_opening_name, event_between, frames, is_glue_word, is_instrumental,
                                   is_role_noun, loose_name, mentions_event, names_after, phrase_at, subject_before,
                                   verb_reading)
from nlp.organiser_layout import label_blocks, publisher, signature
from nlp.vocabulary import is_event_noun, is_event_verb, lexicon

__all__ = ["Organiser", "find_organisers", "Token", "lexicon", "tokenize"]


@dataclass(frozen=True, slots=True)
class Organiser:
    name: str
    span: Span

    def as_dict(self) -> dict:
        return {"name": self.name, "text": self.name, "span": list(self.span)}


# --- frames -----------------------------------------------------------------------------------

_RELATIVE_RE = re.compile(r"(?:^|,)\s*(?:któr[aąeyiegomu]+|gdzie)\s*$", re.IGNORECASE)


def _verb_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    f = frames()
    spans: list[Span] = []
    for i, tok in enumerate(tokens):
        found = verb_reading(tok.text) if tok.is_word else None
        if found is None:
            continue
        lemma, form = found
        if form == "participle":
            spans.extend(_agent_frame(text, tokens, i, lemma))
            continue
        if lemma in f.meeting_verbs:
            if form != "first_person" and _MEETS_WITH_RE.match(text, tok.end):
                spans.extend(subject_before(text, tok.start))   # `Burmistrz X spotkał się z mieszkańcami`
            continue
        if form == "first_person" or (lemma not in f.verbs and lemma not in f.verbs_needing_event_object):
            continue
        if form == "infinitive" and not _after_modal(tokens, i):
            continue
        end = clause_end(text, tok.end, 250)
        event_first = False
        if lemma in f.verbs_needing_event_object and not event_between(text, tok.end, end):
            # `Wydarzenie przygotowało X`: the event before the verb, its maker after it
            event_first = event_between(text, clause_start(text, tok.start), tok.start)
            if not event_first:
                continue   # `Burmistrz informuje, że rozstrzygnięto konkurs`: no event
        forward_only = lemma in f.forward_only
        before = [] if forward_only else subject_before(text, tok.start)
        relative = bool(_RELATIVE_RE.search(text[clause_start(text, tok.start):tok.start].strip()))
        if not before and not relative and not forward_only:
            before = clause_opening_name(text, tok.start)
        if before:
            spans.extend(before)
        elif (lemma in f.verbs or event_first) and lemma not in f.subject_only:
            spans.extend(_inverted_subject(text, tok, end, lemma))   # (`gościł wójt`: a guest, not a host)
    return spans


_MEETS_WITH_RE = re.compile(r"\s+się\s+ze?\s")


def _thanks_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`Dziękujemy Stowarzyszeniu X za zorganizowanie spotkania`: the body thanked for
    organising the event, named in the dative right before the phrase."""
    spans: list[Span] = []
    for i, tok in enumerate(tokens):
        if phrase_at(tokens, i, frames().thanks_phrases) is None:
            continue
        start = clause_start(text, tok.start)
        names = find_names(text, start, tok.start, lowercase=True)
        if names and not text[names[-1][1]:tok.start].strip(" ,"):
            spans.append(names[-1])
    return spans


def _after_modal(tokens: Sequence[Token], i: int) -> bool:
    """`ma zaszczyt zaprosić`, `pragnie zaprosić`: an infinitive that stands for a finite verb."""
    f = frames()
    for tok in tokens[max(0, i - 2):i]:
        low = tok.text.lower()
        if low in f.modal_nouns or lemma_set(low) & f.modal_verbs:
            return True
    return False


def _inverted_subject(text: str, verb: Token, end: int, lemma: str) -> list[Span]:
    """`Spotkanie organizuje Stowarzyszenie X`, `Na spotkanie zaprasza Wójt Gminy X wraz z
    GOPS`, `debatę, którą współorganizuje Centrum X`: the subject after the verb."""
    clause = clause_start(text, verb.start)
    lead = text[clause:verb.start].strip()
    lead_words = re.findall(r"\w+", lead)
    if lead_words and not _RELATIVE_RE.search(lead) and \
            (len(lead_words) > 3 or re.search(r"[A-ZŁŚŻ]\w*\s+[A-ZŁŚŻ]", lead)):
        return []
    after = find_names(text, verb.end, end, lowercase=True)
    forward_only = lemma in frames().forward_only
    if (not after or text[verb.end:after[0][0]].strip(" ,:")) and not forward_only:
        loose = loose_name(text, verb.end, end)
        after = [loose, *after] if loose else after
    lead_in = text[verb.end:after[0][0]].strip(" ,:") if after else ""
    if not after or (lead_in.lower() not in ("", "serdecznie", "uprzejmie", "również", "także")
                     and (forward_only or not all(is_person_role(w) for w in lead_in.split()))):
        return []   # (`przygotowali pracownicy Ośrodka X`: its staff did it; `poprowadzą eksperci X`: speakers)
    out = [after[0]]
    for nxt in after[1:]:
        glue = text[out[-1][1]:nxt[0]].strip(" ,").lower()
        if glue not in ("i", "oraz", "wraz z", "wspólnie z", "razem z", "a także", ""):
            break
        out.append(nxt)
    return out


def _agent_frame(text: str, tokens: Sequence[Token], i: int, lemma: str) -> list[Span]:
    """`Konferencja organizowana jest przez X`, `Spotkanie zorganizowane zostało we
    współpracy z X`: the participle's agent, when the participle describes an event."""
    f = frames()
    if lemma not in f.agent_participles:
        return []
    k = i + 1
    while k < len(tokens) and k - i <= 4 and tokens[k].is_word and tokens[k].text.lower() != "przez" \
            and phrase_at(tokens, k, f.partner_phrases) is None and is_glue_word(tokens[k].text):
        k += 1   # `jest`, `zostało`, `wspólnie` …
    if k >= len(tokens):
        return []
    if tokens[k].text.lower() == "przez":
        after = tokens[k].end
    else:
        stop = phrase_at(tokens, k, f.partner_phrases)
        if stop is None:
            return []
        after = tokens[stop - 1].end
    if not _describes_event(text, tokens, i):
        return []
    return names_after(text, after)


def _describes_event(text: str, tokens: Sequence[Token], i: int) -> bool:
    """An event noun before the participle in its clause, with no project or study noun
    nearer to it (`badania przeprowadzonego przez ROPS` is a study, not this event)."""
    start = clause_start(text, tokens[i].start, 220)
    exclusions = frames().agent_exclusions
    for tok in reversed(tokens[:i]):
        if tok.start < start:
            break
        if not tok.is_word:
            continue
        if is_event_noun(tok.text):
            return True
        if lemma_set(tok.text.lower()) & exclusions:
            return False
    return False


def _role_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`Organizatorem (wydarzenia) jest X`, `Organizatorzy: X`, `gospodarz wydarzenia Starosta
    X`, and backwards `X będzie współgospodarzem`."""
    f = frames()
    spans: list[Span] = []
    for i, tok in enumerate(tokens):
        if not tok.is_word or not is_role_noun(tok.text):
            continue
        if i > 0 and tokens[i - 1].text.lower() in f.copulas and is_instrumental(tok.text):
            spans.extend(subject_before(text, tokens[i - 1].start))
            continue
        k = i + 1
        colon = next((m for m in range(i + 1, min(i + 5, len(tokens))) if tokens[m].text == ":"), None)
        if colon is not None and all(t.is_word for t in tokens[i + 1:colon]) \
                and not lemma_set(tok.text.lower()) & set(lexicon("organiser_frames.json")["role_nouns_never_labels"]):
            spans.extend(names_after(text, tokens[colon].end, loose=True))   # `Organizator Rajdu:`
            continue
        if k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.lower() in _WHICH:
            k += 2   # `Organizatorzy, którymi są X`
        while k < len(tokens) and k - i <= 4 and tokens[k].is_word and tokens[k].text.lower() not in f.copulas \
                and (is_event_noun(tokens[k].text) or (not tokens[k].is_cap and is_nominal(tokens[k].text))) \
                and person_in_office_end(text, tokens, k) is None:
            k += 1   # `wydarzenia`, `tegorocznej edycji`, `tegorocznego Forum`
        while k < len(tokens) and tokens[k].text.lower() in f.copulas:
            k += 1
        if k < len(tokens) and tokens[k].text == ":":
            if k == i + 1 and lemma_set(tok.text.lower()) & set(lexicon("organiser_frames.json")["role_nouns_never_labels"]):
                continue   # `Autor: Redakcja`: a byline
            k += 1
        pos = tokens[k - 1].end if k > i + 1 or (k < len(tokens) and tokens[k].start > tok.end) else tok.end
        spans.extend(names_after(text, pos, loose=k > i + 1 and tokens[k - 1].text.lower() in f.copulas | {":"}))
    return spans


_WHICH = frozenset({"którymi", "którym", "którą", "który", "która", "które"})


def _initiative_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`z inicjatywy X`, `na zaproszenie X`, `W imieniu X zapraszamy`: when the clause is
    about an event or an invitation."""
    f = frames()
    spans: list[Span] = []
    for i, tok in enumerate(tokens):
        stop = phrase_at(tokens, i, f.initiative_phrases)
        if stop is None:
            stop = phrase_at(tokens, i, f.partner_phrases)   # `odbędzie się 5 maja we współpracy z X`
            if stop is not None and not _after_happening(text, tokens, i):
                continue
        if stop is None:
            continue
        start, end = clause_start(text, tok.start), clause_end(text, tokens[stop - 1].end, 400)
        if not mentions_event(tokenize(text, start, end)):
            continue   # `w imieniu Gminy odbierać będzie odpady`: acting for, not inviting
        spans.extend(names_after(text, tokens[stop - 1].end))
    return spans


def _after_happening(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A verb of happening (`odbędzie się`) earlier in the clause, and no name between it and
    tokens[i]: a partner phrase there belongs to the event, not to a name."""
    start = clause_start(text, tokens[i].start)
    for k in range(i - 1, -1, -1):
        if tokens[k].start < start or tokens[k].is_cap:
            return False
        if tokens[k].text.lower() == "się" and k > 0 and is_event_verb(tokens[k - 1].text):
            return True
    return False


def _involvement_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`W organizację festynu zaangażowani są: X, Y`, `W przygotowanie spotkania włączyła
    się X`, `Za organizację odpowiadał X`: the bodies named after the verb of taking part."""
    spans: list[Span] = []
    for i, tok in enumerate(tokens):
        stop = phrase_at(tokens, i, frames().involvement_phrases)
        if stop is None:
            continue
        end = clause_end(text, tok.end, 300)
        k = stop
        while k < len(tokens) and tokens[k].start < end and k - stop < 6 and not _is_verb_form(tokens[k].text):
            k += 1
        if k >= len(tokens) or tokens[k].start >= end:
            continue
        while k + 1 < len(tokens) and (tokens[k + 1].text.lower() in ("się", "są", "jest", "byli", "były", ":")
                                       or _is_verb_form(tokens[k + 1].text)):
            k += 1
        spans.extend(names_after(text, tokens[k].end, loose=True))
    return spans


def _is_verb_form(word: str) -> bool:
    return any(r.pos in ("fin", "praet", "ppas", "bedzie", "winien") for r in analyse(word.lower())) \
        and not is_nominal(word)


def _host_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`spotkanie Burmistrza X z mieszkańcami`, `dyżur radnego Y`: the office that meets the
    public hosts the meeting."""
    spans: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        if not tok.is_word or not _noun_in(tok.text, "hosted_meetings"):
            continue
        names = find_names(text, tokens[i + 1].start, clause_end(text, tokens[i + 1].start, 200), lowercase=True)
        if not names or names[0][0] != tokens[i + 1].start:
            continue
        after = text[names[0][1]:names[0][1] + 4]
        if re.match(r"\s+ze?\s", after) or lemma_set(tok.text.lower()) & {"dyżur"}:
            spans.append(names[0])
    return spans


@functools.lru_cache(maxsize=100_000)
def _noun_in(word: str, vocabulary: str) -> frozenset[str]:
    """The lemmas of `word` that a frame vocabulary (`hosted_meetings`, …) holds."""
    return lemma_set(word.lower()) & getattr(frames(), vocabulary)


def _meeting_of_frames(text: str, tokens: Sequence[Token], has_event: bool) -> list[Span]:
    """`posiedzenie Powiatowej Rady…`: the body that sits hosts its sitting; `Zaproszenie
    Wójta Gminy X`, `Obwieszczenie Burmistrza…`: the office that calls it."""
    spans: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        if not tok.is_word or not tokens[i + 1].is_cap:
            continue
        lemmas_here = _noun_in(tok.text, "meeting_of_nouns")
        if not lemmas_here:
            continue
        if not has_event and "posiedzenie" not in lemmas_here:
            continue
        if "\n" in text[tok.end:tokens[i + 1].start]:
            continue
        names = find_names(text, tokens[i + 1].start, clause_end(text, tokens[i + 1].start, 200))
        if names and names[0][0] == tokens[i + 1].start and \
                (" " in text[names[0][0]:names[0][1]] or is_acronym(tokens[i + 1].text)):
            spans.append(names[0])   # (not a menu's `Ogłoszenia BIP`)
    return spans


def _partners(text: str, spans: list[Span]) -> list[Span]:
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
        if stop is not None:
            out.extend(names_after(text, tokens[stop - 1].end))
    return out


def _name_key(text: str) -> frozenset[str]:
    """The words of a name as lemmas, so `Urzędu Marszałkowskiego` meets `Urząd Marszałkowski`."""
    return frozenset(min(lemma_set(w.lower())) if lemma_set(w.lower()) else w.lower() for w in re.findall(r"\w+", text))


def find_organisers(text: str) -> list[Organiser]:
    cut = body_end(text)
    if cut < len(text):
        # headlines of other articles name other hosts; blanking them keeps offsets valid
        # and leaves the signature on the body's last lines
        text = text[:cut] + re.sub(r"[^\n]", " ", text[cut:])
    tokens = tokenize(text)
    has_event = mentions_event(tokens)
    spans = _verb_frames(text, tokens) + _role_frames(text, tokens) + _initiative_frames(text, tokens) \
        + _involvement_frames(text, tokens) + _host_frames(text, tokens) + _thanks_frames(text, tokens) \
        + _meeting_of_frames(text, tokens, has_event) + label_blocks(text)
    spans += _partners(text, spans)
    we_invite = {(verb, "first_person") for verb in frames().verbs}
    if has_event:
        spans.extend(signature(text))   # an office signing a notice with no event organises nothing
    if not spans and any(t.is_word and verb_reading(t.text) in we_invite for t in tokens):
        spans.extend(publisher(text))   # `Zapraszamy…` on a page headed by the inviting organisation
    return _distinct(text, spans)


def _distinct(text: str, spans: list[Span]) -> list[Organiser]:
    """One organiser per body: the longest form of a name wins over its short forms."""
    stripped = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    keys = {span: _name_key(text[span[0]:span[1]]) for span in stripped}
    out: list[Organiser] = []
    for span in stripped:
        key = keys[span]
        if any(o.span[0] <= span[0] and span[1] <= o.span[1] for o in out):
            continue
        if any(other != key and key < other for other in keys.values()):
            continue   # a short form of a name given in full elsewhere
        if any(keys[o.span] == key for o in out):
            continue
        out.append(Organiser(text[span[0]:span[1]], span))
    return out
