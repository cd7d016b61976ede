"""The grammar of organiser frames: which words are cues, and how they read.

Shared by the frame rules (`nlp.organisers`, `nlp.organiser_nouns`), the subjects around a
cue (`nlp.organiser_subjects`) and the page-layout rules (`nlp.organiser_layout`). The cue
words live in `lexicons/organiser_frames.json`; Morfeusz tells a verb's form (`zaprasza`
finite, `zapraszamy` the page's own `we`, `zorganizowane` a passive participle,
`organizując` adverbial) and a name's case (a subject stands in the nominative).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from nlp.morph import analyse, can_be, name_classes
from nlp import vocabulary
from nlp.org_companies import is_company_name
from nlp.org_ranks import past_ranks
from nlp.org_names import (DATE_LEMMAS, Token, is_acronym, is_office_title, is_org_head, is_person_role, lemma_set,
                           tokenize)
from nlp.vocabulary import lexicon

Span = tuple[int, int]
#: Word sequences (`we współpracy z`) by their first word, longest first.
Phrases = dict[str, tuple[tuple[str, ...], ...]]


# `…, a współorganizowały Y`: a comma and `a` open a clause of its own (`a także` goes on with a list)
CONTRAST_RE = re.compile(r",\s*a(?:\s+|$)")
# A line that gives only the seat of the name on the line above (`w Grodzisku`, `z siedzibą we
# Włodawie`): a letter head's or a page head's second line.
SEAT_LINE_RE = re.compile(r"[ \t]*(?:[zZ]\s+siedzibą\s+)?[wW]e?\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?[ \t]*")


@dataclass(frozen=True, slots=True)
class Frames:
    verbs: frozenset[str]
    verbs_needing_event_object: frozenset[str]
    leading_verbs: frozenset[str]
    agent_participles: frozenset[str]
    event_only_participles: frozenset[str]
    comitative_participles: frozenset[str]
    project_nouns: frozenset[str]
    implementer_nouns: frozenset[str]
    project_verbs: frozenset[str]
    project_start_verbs: frozenset[str]
    grant_verbs: frozenset[str]
    grant_nouns: frozenset[str]
    members_nouns: frozenset[str]
    people_of_bodies: frozenset[str]
    members_meetings: frozenset[str]
    body_meetings: frozenset[str]
    members_meeting_adjectives: frozenset[str]
    bodies_events: frozenset[str]
    bodies_titled_events: frozenset[str]
    meeting_rooms: frozenset[str]
    notice_holders: frozenset[str]
    opening_verbs: frozenset[str]
    plan_nouns: frozenset[str]
    plan_drafting_nouns: frozenset[str]
    participation_words: frozenset[str]
    attendee_nouns: frozenset[str]
    agent_exclusions: frozenset[str]
    contest_ceremonies: frozenset[str]
    contest_nouns: frozenset[str]
    hosting_participles: frozenset[str]
    guest_nouns: frozenset[str]
    role_nouns: frozenset[str]
    partner_labels: frozenset[str]
    role_nouns_with_event: frozenset[str]
    partner_phrases: Phrases
    headed_by_phrases: frozenset[str]
    cooperation_phrases: Phrases
    co_organising_calls: Phrases
    initiative_phrases: Phrases
    request_phrases: Phrases
    convening_verbs: frozenset[str]
    led_events: frozenset[str]
    unit_agents: frozenset[str]
    part_words: frozenset[str]
    project_determiners: frozenset[str]
    meeting_stage_places: frozenset[str]
    involvement_phrases: Phrases
    involved_words: frozenset[str]
    hosted_meetings: frozenset[str]
    offices_meeting_residents: frozenset[str]
    subject_only: frozenset[str]
    hosted_at_verbs: frozenset[str]
    meeting_verbs: frozenset[str]
    held_meeting_verbs: frozenset[str]
    thanks_phrases: Phrases
    thanks_verbs: frozenset[str]
    modal_nouns: frozenset[str]
    modal_verbs: frozenset[str]
    meeting_of_nouns: frozenset[str]
    signature_offices: frozenset[str]
    copulas: frozenset[str]
    copula_adverbs: frozenset[str]
    occasion_words: frozenset[str]
    event_possessives: frozenset[str]
    namer_quantifiers: frozenset[str]
    collective_nouns: frozenset[str]
    partnership_nouns: frozenset[str]
    subject_glue: frozenset[str]
    event_nouns: frozenset[str]
    other_edition_words: frozenset[str]

    @property
    def all_verbs(self) -> frozenset[str]:
        return self.verbs | self.verbs_needing_event_object | self.agent_participles | self.meeting_verbs \
            | self.held_meeting_verbs | self.hosting_participles | self.leading_verbs | self.project_start_verbs \
            | self.grant_verbs


@functools.cache
def frames() -> Frames:
    data = lexicon("organiser_frames.json")

    def phrases(key: str) -> Phrases:
        # by first word, longest first, so `we współpracy z` wins over `z`
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted((tuple(p.split()) for p in data[key]), key=len, reverse=True):
            index.setdefault(phrase[0], []).append(phrase)
        return {word: tuple(found) for word, found in index.items()}

    return Frames(
        verbs=frozenset(data["verbs"]),
        verbs_needing_event_object=frozenset(data["verbs_needing_event_object"]) - frozenset(data["verbs"]),
        leading_verbs=frozenset(data["leading_verbs"]),
        agent_participles=frozenset(data["agent_participles"]),
        event_only_participles=frozenset(data["event_only_participles"]),
        comitative_participles=frozenset(data["comitative_participles"]),
        project_nouns=frozenset(data["project_nouns"]),
        implementer_nouns=frozenset(data["implementer_nouns"]),
        project_verbs=frozenset(data["project_verbs"]),
        project_start_verbs=frozenset(data["project_start_verbs"]),
        grant_verbs=frozenset(data["grant_verbs"]),
        grant_nouns=frozenset(data["grant_nouns"]),
        members_nouns=frozenset(data["members_nouns"]),
        people_of_bodies=frozenset(data["people_of_bodies"]),
        members_meetings=frozenset(data["members_meetings"]),
        body_meetings=frozenset(data["body_meetings"]),
        members_meeting_adjectives=frozenset(data["members_meeting_adjectives"]),
        bodies_events=frozenset(data["bodies_events"]),
        bodies_titled_events=frozenset(data["bodies_events"]) | frozenset(data["bodies_titled_events"]),
        meeting_rooms=frozenset(data["meeting_rooms"]),
        notice_holders=frozenset(data["notice_holders"]),
        opening_verbs=frozenset(data["opening_verbs"]),
        plan_nouns=frozenset(data["plan_nouns"]),
        plan_drafting_nouns=frozenset(data["plan_drafting_nouns"]),
        participation_words=frozenset(data["participation_words"]),
        attendee_nouns=frozenset(data["attendee_nouns"]),
        agent_exclusions=frozenset(data["agent_exclusions"]),
        contest_ceremonies=frozenset(data["contest_ceremonies"]),
        contest_nouns=frozenset(data["contest_nouns"]),
        hosting_participles=frozenset(data["hosting_participles"]),
        guest_nouns=frozenset(data["guest_nouns"]),
        role_nouns=frozenset(data["role_nouns"]) | frozenset(data["role_nouns_with_event"]),
        role_nouns_with_event=frozenset(data["role_nouns_with_event"]),
        partner_labels=frozenset(data["partner_labels"]),
        partner_phrases=phrases("partner_phrases"),
        headed_by_phrases=frozenset(data["headed_by_phrases"]),
        cooperation_phrases=phrases("cooperation_phrases"),
        co_organising_calls=phrases("co_organising_calls"),
        initiative_phrases=phrases("initiative_phrases"),
        request_phrases=phrases("request_phrases"),
        convening_verbs=frozenset(data["convening_verbs"]),
        led_events=frozenset(data["led_events"]),
        unit_agents=frozenset(data["unit_agents"]),
        part_words=frozenset(data["part_words"]),
        project_determiners=frozenset(data["project_determiners"]),
        meeting_stage_places=frozenset(data["meeting_stage_places"]),
        involvement_phrases=phrases("involvement_phrases"),
        involved_words=frozenset(data["involved_words"]),
        hosted_meetings=frozenset(data["hosted_meetings"]),
        offices_meeting_residents=frozenset(data["offices_meeting_residents"]),
        subject_only=frozenset(data["subject_only"]),
        hosted_at_verbs=frozenset(data["hosted_at_verbs"]),
        meeting_verbs=frozenset(data["meeting_verbs"]),
        held_meeting_verbs=frozenset(data["held_meeting_verbs"]),
        thanks_phrases=phrases("thanks_phrases"),
        thanks_verbs=frozenset(data["thanks_verbs"]),
        modal_nouns=frozenset(data["modal_nouns"]),
        modal_verbs=frozenset(data["modal_verbs"]),
        meeting_of_nouns=frozenset(data["meeting_of_nouns"]),
        signature_offices=frozenset(data["signature_offices"]),
        copulas=frozenset(data["copulas"]),
        copula_adverbs=frozenset(data["copula_adverbs"]),
        occasion_words=frozenset(data["occasion_words"]),
        event_possessives=frozenset(data["event_possessives"]),
        namer_quantifiers=frozenset(data["namer_quantifiers"]),
        collective_nouns=frozenset(data["collective_nouns"]) | frozenset(data["partnership_nouns"]),
        partnership_nouns=frozenset(data["partnership_nouns"]),
        subject_glue=frozenset(data["subject_glue"]),
        event_nouns=frozenset(data["event_nouns"]),
        other_edition_words=frozenset(data["other_edition_words"]),
    )


# --- word classes ---------------------------------------------------------------------------

def leading_body(name: str) -> bool:
    """A body that leads an event runs it; a person or an office leading it moderates."""
    words = re.findall(r"\w+", name)
    return (any(is_org_head(w) for w in words[:3]) or is_company_name(name)) \
        and not (is_office_title(words[0]) or is_person_role(words[0]))


@functools.lru_cache(maxsize=100_000)
def frame_lemmas(word: str, vocabulary: str) -> frozenset[str]:
    """The lemmas of `word` that a frame vocabulary (`hosted_meetings`, …) holds."""
    return lemma_set(word.lower()) & getattr(frames(), vocabulary)


@functools.lru_cache(maxsize=100_000)
def is_event_noun(word: str) -> bool:
    """An event noun of `event_words.json`, or one that reports an event already held
    (`przedsięwzięcie`, `święto`) from `organiser_frames.json`."""
    return vocabulary.is_event_noun(word) or bool(lemma_set(word.lower()) & frames().event_nouns)


_FINITE = ("fin", "praet", "impt", "bedzie")


@functools.lru_cache(maxsize=100_000)
def we_organise(word: str) -> bool:
    """`zapraszamy`, `zwołuję`, `zorganizowaliśmy`: an organising verb in the first person (the
    page's own `we`, or its signer's `I`)."""
    found = verb_reading(word)
    return found is not None and found[1] == "first_person" and found[0] in frames().verbs


@functools.lru_cache(maxsize=100_000)
def verb_reading(word: str) -> tuple[str, str] | None:
    """(lemma, form) when `word` is a form of an organising verb; form is `finite`,
    `first_person` (`zapraszamy`, `zorganizowaliśmy`: the page's own `we`), `infinitive`,
    `participle` (passive: `zorganizowany`, or impersonal: `zorganizowano`, which also
    names its maker only in an agent or partner phrase) or `adverbial` (`organizując`,
    whose maker is the subject of the clause's finite verb)."""
    readings = analyse(word.lower())
    known = frames().all_verbs
    personal = any(r.pos in ("fin", "aglt", "impt") and len(r.tag.split(":")) > 2 and r.tag.split(":")[2] in ("pri", "sec")
                   for r in readings)
    for kind, tags in (("finite", _FINITE), ("infinitive", ("inf",)), ("participle", ("ppas", "imps")),
                       ("adverbial", ("pcon", "pant"))):
        for r in readings:
            if r.pos in tags and r.lemma.lower() in known:
                if kind == "finite" and personal:
                    return r.lemma.lower(), "first_person"
                return r.lemma.lower(), kind
    return None


@functools.lru_cache(maxsize=100_000)
def gerund_of(word: str) -> str | None:
    """The lemma of a verbal noun of a verb that organises only events (`zwołanie`,
    `zorganizowania`), whose agent `przez X` organises as a participle's does."""
    return next((r.lemma.lower() for r in analyse(word.lower())
                 if r.pos == "ger" and r.lemma.lower() in frames().event_only_participles), None)


@functools.lru_cache(maxsize=10_000)
def is_preposition(word: str) -> bool:
    """A word with a reading as a preposition (`na`, `dla`, `w`)."""
    return any(r.pos == "prep" for r in analyse(word.lower()))


@functools.lru_cache(maxsize=100_000)
def is_role_noun(word: str) -> bool:
    return any(r.pos == "subst" and r.lemma.lower() in frames().role_nouns for r in analyse(word.lower()))


@functools.lru_cache(maxsize=100_000)
def is_instrumental(word: str) -> bool:
    return can_be(word, "subst", case="inst")


@functools.lru_cache(maxsize=100_000)
def can_be_subject(word: str) -> bool:
    """A name's first word that can stand in the nominative (or is not in the dictionary,
    as acronyms and foreign names are not)."""
    readings = [r for r in analyse(word) if r.pos in ("subst", "adj", "ppas", "depr")]
    if not readings or is_acronym(word) or word.isupper():
        return True
    return any(len(r.tag.split(":")) > 2 and "nom" in r.tag.split(":")[2].split(".") for r in readings)


@functools.lru_cache(maxsize=100_000)
def is_finite_verb(word: str) -> bool:
    """A verb in a finite form only (`zorganizował`), not a noun, adjective or preposition too."""
    readings = analyse(word.lower())
    return any(r.pos in ("fin", "praet") for r in readings) \
        and not any(r.pos in ("subst", "adj", "prep") for r in readings)


@functools.lru_cache(maxsize=100_000)
def is_glue_word(word: str) -> bool:
    """May stand between a subject and its verb: conjunctions, adverbs, particles,
    relative pronouns, copulas, modal phrases, date words (`w dniu 5 maja`, `22 maja br.`)."""
    low = word.lower()
    f = frames()
    if low in f.subject_glue or low in f.copulas or word.isdigit() or low in (",", ".", "r", "roku", "br", "ub") \
            or _ROMAN_RE.fullmatch(word) or _YEAR_GLUED_RE.fullmatch(low):
        return True   # (`po raz IX`, `od 18.10.2023r.`)
    readings = analyse(low)
    if not readings:
        return False
    if all(r.pos in ("adv", "qub", "conj", "comp") for r in readings):
        return True
    return any(r.lemma.lower() in DATE_LEMMAS for r in readings)


_ROMAN_RE = re.compile(r"[IVXL]+")
_YEAR_GLUED_RE = re.compile(r"\d{4}r")
_PARENTHESES_RE = re.compile(r"\([^()\n]{0,60}\)")
_WORD_RE = re.compile(r"\w+|,")


# `Starosta Powiatu X, Pan Jan Kowalski, zaprasza`: a person's name in apposition.
_APPOSITION_RE = re.compile(r",\s*(?:(?:Pan|Pani)\s+)?([A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)\s+[A-ZŁŚŻŹĆ][\w-]+\s*,")


# `Wójt Gminy X Pan Jan Kowalski wraz z …`, `Przewodniczący Rady X - Jan Kowalski`: the holder of
# the office named just before.
_HOLDER_RE = re.compile(r"^\s*(?:[-–]\s*)?(?:(?:[Pp]an(?:i|ią|em|u|a)?|p\.)\s+)?([A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)\s+"
                        r"[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+(?:[ \t]?[-–][ \t]?[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)?(?=\s|,|$)")


def without_holders(gap: str) -> str:
    """The gap between two names without the names of the persons holding the first one's office
    (with their service rank: `Komendant Policji w X mł. insp. Jan Nowak zaprasza`)."""
    tokens = tokenize(gap)
    rank_end = past_ranks(tokens, 0)
    if 0 < rank_end < len(tokens):
        gap = gap[tokens[rank_end - 1].end:]
    gap = _APPOSITION_RE.sub(lambda m: " " if "imię" in name_classes(m.group(1)) else m.group(), gap)
    return _HOLDER_RE.sub(lambda m: " " if "imię" in name_classes(m.group(1)) else m.group(), gap)


def is_glue(gap: str) -> bool:
    gap = without_holders(_PARENTHESES_RE.sub(" ", gap))
    return all(is_glue_word(w) for w in _WORD_RE.findall(gap))


# What joins two items of one list: `A, B`, `A i B`, `A oraz B`, `A, a także B`.
_LIST_JOINT_RE = re.compile(r"\s*(?:,|;|,?\s*(?:i|oraz|a\s+także))\s*")


def joins_list_items(gap: str) -> bool:
    """`Wójt Gminy X Jan Nowak, Sołtys Y i Rada Sołecka`: two names side by side in one list."""
    return bool(_LIST_JOINT_RE.fullmatch(without_holders(gap)))


def event_between(text: str, start: int, end: int) -> bool:
    return any(t.is_word and is_event_noun(t.text) for t in tokenize(text, start, end))


def mentions_event(tokens: Sequence[Token]) -> bool:
    """An event noun or an organising verb among the tokens: the text invites to or
    reports a meeting (an office signing a notice with neither organises nothing)."""
    verbs = frames().verbs
    return any(t.is_word and (vocabulary.is_event_noun(t.text) or (verb_reading(t.text) or ("", ""))[0] in verbs)
               for t in tokens)


def phrase_at(tokens: Sequence[Token], i: int, phrases: Phrases) -> int | None:
    """The index after one of `phrases` starting at tokens[i], if one does; one adjective
    may stand inside it (`we współpracy merytorycznej z`, `w ramach współpracy podjętej z`)."""
    candidates = phrases.get(tokens[i].low)
    if not candidates:
        return None
    for phrase in candidates:
        k, extra = i, 0
        for w in phrase:
            if k < len(tokens) and tokens[k].low != w and extra == 0 and k > i \
                    and _is_adjective(tokens[k].text):
                k, extra = k + 1, 1
            if k >= len(tokens) or tokens[k].low != w:
                break
            k += 1
        else:
            return k
    return None


@functools.lru_cache(maxsize=100_000)
def _is_adjective(word: str) -> bool:
    """`merytorycznej`, `podjętej` (a passive participle): what may describe a phrase's noun."""
    return any(r.pos in ("adj", "ppas") for r in analyse(word.lower()))


def past_adverbs_back(tokens: Sequence[Token], k: int, limit: int = 4) -> int:
    """The index of the word before the adverbs ending at tokens[k] (`był również`, `będzie po
    raz pierwszy`): where a copula before a role noun stands."""
    f = frames()
    while k >= 0 and limit and (tokens[k].low in f.copula_adverbs | f.occasion_words | f.event_possessives):
        k, limit = k - 1, limit - 1
    return k
