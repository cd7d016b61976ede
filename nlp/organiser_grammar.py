"""The grammar of organiser frames: which words are cues, and which names stand around them.

Shared by the frame rules (`nlp.organisers`) and the page-layout rules
(`nlp.organiser_layout`). The cue words live in `lexicons/organiser_frames.json`; Morfeusz
tells a verb's form (`zaprasza` finite, `zapraszamy` the page's own `we`, `zorganizowane`
a passive participle) and a name's case (a subject stands in the nominative).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from nlp.clauses import clause_start
from nlp.morph import analyse, name_classes
from nlp import vocabulary
from nlp.org_names import DATE_LEMMAS, Token, find_names, is_acronym, is_nominal, is_person_role, lemma_set, tokenize
from nlp.vocabulary import lexicon

Span = tuple[int, int]
#: Word sequences (`we współpracy z`) by their first word, longest first.
Phrases = dict[str, tuple[tuple[str, ...], ...]]


@dataclass(frozen=True, slots=True)
class Frames:
    verbs: frozenset[str]
    verbs_needing_event_object: frozenset[str]
    forward_only: frozenset[str]
    agent_participles: frozenset[str]
    agent_exclusions: frozenset[str]
    role_nouns: frozenset[str]
    partner_phrases: Phrases
    initiative_phrases: Phrases
    involvement_phrases: Phrases
    hosted_meetings: frozenset[str]
    subject_only: frozenset[str]
    meeting_verbs: frozenset[str]
    thanks_phrases: Phrases
    modal_nouns: frozenset[str]
    modal_verbs: frozenset[str]
    meeting_of_nouns: frozenset[str]
    signature_offices: frozenset[str]
    copulas: frozenset[str]
    subject_glue: frozenset[str]
    event_nouns: frozenset[str]
    other_edition_words: frozenset[str]

    @property
    def all_verbs(self) -> frozenset[str]:
        return self.verbs | self.verbs_needing_event_object | self.agent_participles | self.meeting_verbs


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
        forward_only=frozenset(data["forward_only"]),
        agent_participles=frozenset(data["agent_participles"]),
        agent_exclusions=frozenset(data["agent_exclusions"]),
        role_nouns=frozenset(data["role_nouns"]),
        partner_phrases=phrases("partner_phrases"),
        initiative_phrases=phrases("initiative_phrases"),
        involvement_phrases=phrases("involvement_phrases"),
        hosted_meetings=frozenset(data["hosted_meetings"]),
        subject_only=frozenset(data["subject_only"]),
        meeting_verbs=frozenset(data["meeting_verbs"]),
        thanks_phrases=phrases("thanks_phrases"),
        modal_nouns=frozenset(data["modal_nouns"]),
        modal_verbs=frozenset(data["modal_verbs"]),
        meeting_of_nouns=frozenset(data["meeting_of_nouns"]),
        signature_offices=frozenset(data["signature_offices"]),
        copulas=frozenset(data["copulas"]),
        subject_glue=frozenset(data["subject_glue"]),
        event_nouns=frozenset(data["event_nouns"]),
        other_edition_words=frozenset(data["other_edition_words"]),
    )


# --- word classes ---------------------------------------------------------------------------

@functools.lru_cache(maxsize=100_000)
def is_event_noun(word: str) -> bool:
    """An event noun of `event_words.json`, or one that reports an event already held
    (`przedsięwzięcie`, `święto`) from `organiser_frames.json`."""
    return vocabulary.is_event_noun(word) or bool(lemma_set(word.lower()) & frames().event_nouns)


_FINITE = ("fin", "praet", "impt", "bedzie")


@functools.lru_cache(maxsize=100_000)
def verb_reading(word: str) -> tuple[str, str] | None:
    """(lemma, form) when `word` is a form of an organising verb; form is `finite`,
    `first_person` (`zapraszamy`, `zorganizowaliśmy`: the page's own `we`), `infinitive`
    or `participle` (passive: `zorganizowany`, or impersonal: `zorganizowano`, which also
    names its maker only in an agent or partner phrase)."""
    readings = analyse(word.lower())
    known = frames().all_verbs
    personal = any(r.pos in ("fin", "aglt", "impt") and len(r.tag.split(":")) > 2 and r.tag.split(":")[2] in ("pri", "sec")
                   for r in readings)
    for kind, tags in (("finite", _FINITE), ("infinitive", ("inf",)), ("participle", ("ppas", "imps"))):
        for r in readings:
            if r.pos in tags and r.lemma.lower() in known:
                if kind == "finite" and personal:
                    return r.lemma.lower(), "first_person"
                return r.lemma.lower(), kind
    return None


@functools.lru_cache(maxsize=100_000)
def is_role_noun(word: str) -> bool:
    return any(r.pos == "subst" and r.lemma.lower() in frames().role_nouns for r in analyse(word.lower()))


@functools.lru_cache(maxsize=100_000)
def is_instrumental(word: str) -> bool:
    return any(r.pos == "subst" and len(r.tag.split(":")) > 2 and "inst" in r.tag.split(":")[2].split(".")
               for r in analyse(word.lower()))


@functools.lru_cache(maxsize=100_000)
def can_be_subject(word: str) -> bool:
    """A name's first word that can stand in the nominative (or is not in the dictionary,
    as acronyms and foreign names are not)."""
    readings = [r for r in analyse(word) if r.pos in ("subst", "adj", "ppas", "depr")]
    if not readings or is_acronym(word) or word.isupper():
        return True
    return any(len(r.tag.split(":")) > 2 and "nom" in r.tag.split(":")[2].split(".") for r in readings)


@functools.lru_cache(maxsize=100_000)
def is_glue_word(word: str) -> bool:
    """May stand between a subject and its verb: conjunctions, adverbs, particles,
    relative pronouns, copulas, modal phrases, date words (`w dniu 5 maja`)."""
    low = word.lower()
    f = frames()
    if low in f.subject_glue or low in f.copulas or word.isdigit() or low in (",", ".", "r", "roku") \
            or _ROMAN_RE.fullmatch(word):
        return True   # (`po raz IX`)
    readings = analyse(low)
    if not readings:
        return False
    if all(r.pos in ("adv", "qub", "conj", "comp") for r in readings):
        return True
    return any(r.lemma.lower() in DATE_LEMMAS for r in readings)


_ROMAN_RE = re.compile(r"[IVXL]+")
_PARENTHESES_RE = re.compile(r"\([^()\n]{0,60}\)")
_WORD_RE = re.compile(r"\w+|,")


_COORDINATOR_RE = re.compile(r",|\b(?:i|oraz|a także|wraz|wspólnie|razem|współpracy|udziale|partnerstwie)\b")
# `Starosta Powiatu X, Pan Jan Kowalski, zaprasza`: a person's name in apposition.
_APPOSITION_RE = re.compile(r",\s*(?:(?:Pan|Pani)\s+)?([A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)\s+[A-ZŁŚŻŹĆ][\w-]+\s*,")


def is_glue(gap: str) -> bool:
    gap = _PARENTHESES_RE.sub(" ", gap)
    gap = _APPOSITION_RE.sub(lambda m: " " if "imię" in name_classes(m.group(1)) else m.group(), gap)
    return all(is_glue_word(w) for w in _WORD_RE.findall(gap))


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
    may stand inside it (`we współpracy merytorycznej z`)."""
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
    return any(r.pos == "adj" for r in analyse(word.lower()))


# --- names around a cue -----------------------------------------------------------------------

def subject_before(text: str, verb_start: int) -> list[Span]:
    """The names right before a verb (or a copula) that form its subject."""
    start = clause_start(text, verb_start)
    names = find_names(text, start, verb_start, lowercase=True)
    subject: list[Span] = []
    cursor = verb_start
    for span in reversed(names):
        gap = text[span[1]:cursor]
        if not is_glue(gap) and not (subject == [] and _partner_tail(gap)):
            break
        if subject and not _COORDINATOR_RE.search(gap):
            break   # `W auli Starostwa X Stowarzyszenie Y zorganizowało`: not one list
        support = _support_before(text, max(start, span[0] - 60), span[0])
        if support:
            cursor = support.start()   # `X, przy wsparciu Y, zaprasza`: Y pays or patronises
            continue
        subject.append(span)
        cursor = span[0]
    subject.reverse()
    if subject and not can_be_subject(text[subject[0][0]:subject[0][1]].split()[0]) \
            and not members_before(text, start, subject[0][0]):
        subject = []   # `w Ośrodku Kultury zorganizowano`: a place, not the subject (but `Członkinie KGW X zaprosiły`)
    if not subject or (subject[0][0] > start and text[subject[0][0] - 1] == " "
                       and text[:subject[0][0]].split()[-1][:1].isupper()):
        # `Fabryka Inicjatyw Obywatelskich`: a name whose head is not known, ending in one
        loose = _loose_subject(text, start, verb_start)
        if loose and (not subject or loose[0] < subject[0][0] <= loose[1]):
            subject = [loose, *subject[1:]]
    if not subject and not text[start:verb_start].strip():
        subject = name_line_before(text, start)
    return subject


def members_before(text: str, start: int, name_start: int) -> bool:
    """`Członkinie Koła…`, `Pracownicy Ośrodka…`, `Druhowie z OSP…`: the people of a body
    right before its name."""
    words = text[start:name_start].split()
    if len(words) >= 2 and words[-1].lower() in ("z", "ze"):
        words = words[:-1]
    return bool(words) and is_person_role(words[-1])


def _loose_subject(text: str, start: int, verb_start: int) -> Span | None:
    """`Fabryka Inicjatyw Obywatelskich zaprasza`: a capitalised name with no known head
    right before the verb, opening its clause, is its subject (not a person, not a place,
    not an event's own name)."""
    tokens = [t for t in tokenize(text, start, verb_start)]
    k = len(tokens)
    while k > 0 and tokens[k - 1].is_word and is_glue_word(tokens[k - 1].text) and not tokens[k - 1].is_cap:
        k -= 1
    end = k
    while k > 0 and (tokens[k - 1].is_cap or tokens[k - 1].text in ("„", "”", "\"", "“")
                     or (tokens[k - 1].text.lower() in ("i", "na", "rzecz", "dla", "im", ".") and k < end)):
        k -= 1
    words = [t for t in tokens[k:end] if t.is_word]
    if len(words) < 2 or text[start:tokens[k].start].strip(" \t-–•*") or "\n" in text[tokens[k].start:tokens[end - 1].end]:
        return None
    first, second = words[0].text, words[1].text
    if "imię" in name_classes(first) and "nazwisko" in name_classes(second):
        return None   # `Anna Nowak zaprasza`: a person
    if any(is_event_noun(w.text) for w in words) or not can_be_subject(first) or \
            gazetteer_place(text[tokens[k].start:tokens[end - 1].end]):
        return None
    return tokens[k].start, tokens[end - 1].end


def gazetteer_place(phrase: str) -> bool:
    from nlp.gazetteer import gazetteer

    return gazetteer().is_place(phrase)


@functools.cache
def _support_before_re() -> re.Pattern[str]:
    words = sorted(lexicon("organiser_frames.json")["support_phrases"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\s+$",
                      re.IGNORECASE)


def _support_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """`przy wsparciu`, `pod patronatem` ending right before text[end:]."""
    return _support_before_re().search(text, start, end)


def _partner_tail(gap: str) -> bool:
    """`… oraz klubami seniora i kołami gospodyń wiejskich realizowała`: co-organisers
    named by common nouns close a list of partners before the verb."""
    words = _WORD_RE.findall(gap)
    return bool(words) and words[0].lower() in ("oraz", "i", ",", "wraz", "wspólnie", "razem") and \
        all(is_glue_word(w) or (w.islower() and is_nominal(w)) for w in words)


def name_line_before(text: str, line_start: int) -> list[Span]:
    """`Przewodnicząca Rady Gminy` / `zwołuje …`: a letter puts the subject on the line above."""
    prev_end = len(text[:line_start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    line = text[prev_start:prev_end]
    if not line.strip() or len(line.split()) > 8 or any(verb_reading(w) for w in line.split()):
        return []
    return find_names(text, prev_start, prev_end)[:2]


def clause_opening_name(text: str, verb_start: int) -> list[Span]:
    """`Stowarzyszenie „Pogranicze Razem” oraz partner saksoński … zapraszają`: the name
    that opens the clause of the verb is its subject when no name stands right before it."""
    start = clause_start(text, verb_start)
    lead = len(text[start:verb_start]) - len(text[start:verb_start].lstrip())
    names = find_names(text, start + lead, verb_start)
    if names and names[0][0] == start + lead and len(re.findall(r"\w+", text[names[0][1]:verb_start])) <= 8 \
            and not re.search(r"[!?;:]|(?<!\b\w)\.", text[names[0][1]:verb_start]) \
            and can_be_subject(text[names[0][0]:names[0][1]].split()[0]):
        return [names[0]]
    return []
