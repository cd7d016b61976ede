"""The subject after its verb, in inverted order: `Spotkanie organizuje Stowarzyszenie X`, `Na
spotkanie zaprasza Wójt Gminy X wraz z GOPS`, `debatę, którą współorganizuje Centrum X`,
`Zorganizował ją X`; and the relative pronoun that may open the verb's clause (`…, które
organizują`), which says what the verb's lead is about."""
from __future__ import annotations

import functools
import re

from nlp.clauses import clause_start
from nlp.morph import analyse
from nlp.org_names import Token, find_names, is_adjective, is_nominal, is_person_role, lemma_set, tokenize
from nlp.org_people import person_with_office
from nlp.organiser_grammar import (CONTRAST_RE, DATE_LEMMAS, Span, can_be_subject, frames, is_event_noun,
                                   is_finite_verb, is_glue_word, is_preposition, joins_list_items, leading_body,
                                   verb_reading, without_holders)
from nlp.organiser_groups import group_after
from nlp.organiser_lists import correlative_joint, is_group_noun, list_opening_end, loose_name, names_after
from nlp.organiser_gaps import framework_before
from nlp.organiser_subjects import support_before

__all__ = ["antecedent_subject", "inverted_subject", "relative_pronoun", "relative_to_event"]

# (`…, które organizują`, `…, na które zapraszają`, `…, podczas którego`)
# (the comma before `które` is often left out: `spotkanie z dyrektorami szkół które zorganizował`)
_RELATIVE_RE = re.compile(r"(?:^|,|(?<=[a-ząćęłńóśźż]) )\s*(?:(?:na|w|we|do|o|po|podczas|dla|z|ze)\s+)?"
                          r"(?:któr[aąeyiegomu]+|gdzie)"
                          r"(?P<rest>(?:\s+[\w.]+){0,4}?)\s*$", re.IGNORECASE)


def relative_pronoun(lead: str) -> re.Match | None:
    """`…, które organizują`, `…, które w tym roku organizują`: a relative pronoun opening the
    verb's clause, only words of when and how between them."""
    m = _RELATIVE_RE.search(lead)
    return m if m and all(is_glue_word(w) for w in m.group("rest").split()) else None


_COLON_BEFORE_LINES_RE = re.compile(r"[ \t]*:(?=[ \t]*\n)")
_OBJECT_PRONOUNS = ("ją", "je", "go", "ich", "nas", "was")
_OBJECT_PRONOUN_RE = re.compile(r"[ \t]+(?:" + "|".join(_OBJECT_PRONOUNS) + r")[ \t]+(?=[A-ZŁŚŻŹĆ])")


def object_pronoun_after(text: str, pos: int) -> bool:
    """`gościła nas Parafia X`, `organizuje ją Y`: an object pronoun right after the verb at `pos`
    leaves the name after it the subject."""
    return bool(_OBJECT_PRONOUN_RE.match(text, pos))
_DASHED_ASIDE_RE = re.compile(r"\s[–-]\s[^–\n]{1,80}?\s[–-]\s")


def inverted_subject(text: str, verb: Token, end: int, lemma: str) -> list[Span]:
    """`Spotkanie organizuje Stowarzyszenie X`, `Na spotkanie zaprasza Wójt Gminy X wraz z
    GOPS`, `debatę, którą współorganizuje Centrum X`, `Zorganizował ją X`: the subject after
    the verb."""
    clause = clause_start(text, verb.start)
    lead = _DASHED_ASIDE_RE.sub(" ", text[clause:verb.start]).strip()   # (`Piknik – przy partnerstwie X – …`)
    relative = relative_pronoun(lead)
    if relative:
        if not _antecedent_is_event(lead[:relative.start()]):
            return []   # `projektu, który prowadzi X`: X runs the project, not this event
        lead = lead[relative.start():].strip(" ,")   # `konferencji X, którą zorganizował Y`: the clause's own lead
    contrast = list(CONTRAST_RE.finditer(lead))
    if contrast and not relative:
        lead = lead[contrast[-1].end():]   # `Warsztaty organizowało X, a współorganizowały Y i Z`: a clause of its own
    lead_words = re.findall(r"\w+", lead)
    if lead_words and not relative and \
            (len(lead_words) > 3 or re.search(r"[A-ZŁŚŻ]\w*\s+[A-ZŁŚŻ]", lead)) \
            and not _event_object_lead(text, clause, verb.start) and not object_pronoun_after(text, verb.end):
        return []   # (`W związku z obchodami X organizuje ją Y`: with its object a pronoun, Y is the subject)
    patrons = {w for a, b in find_names(text, clause, verb.start, lowercase=True) if support_before(text, clause, a)
               for w in re.findall(r"\w+", text[a:b])}   # (`pod patronatem Pani X, Wicemarszałek …`)
    if any(_only_nominative(w) for w in lead_words if w not in patrons):
        return []   # `Seniorzy zapraszają Władze Miasta`: the subject stands before the verb
    colon = _COLON_BEFORE_LINES_RE.match(text, verb.end)
    if colon:
        return names_after(text, colon.end())   # `Na spotkanie zapraszają:` / `- Fundacja X` / `- Y`
    group = group_after(text, verb.end, end)
    if group is not None:
        return [group]   # `debatę, którą zorganizowali słupeccy policjanci`
    after = find_names(text, verb.end, end, lowercase=True)
    held = person_with_office(text, verb.end, after)
    if held:   # `zaprasza Jan Lis burmistrz Lipna`: the person, and the office they hold after the name
        after = [held, *[a for a in after if a[0] >= held[1]]]
    if not after or text[verb.end:after[0][0]].strip(" ,:"):
        loose = loose_name(text, verb.end, end)
        after = [loose, *after] if loose else after
    lead_in = text[verb.end:after[0][0]].strip(" ,:") if after else ""
    first = text[after[0][0]:after[0][1]].split()[0] if after else ""
    if relative and first and not lead_in and not first.endswith(".") and not can_be_subject(first):
        return []   # `spotkanie, na które zaprosił sołtysów`: those invited, in the accusative (not `kom. X`)
    if lead_in and lemma in frames().opening_verbs and all(is_person_role(w) for w in lead_in.split()):
        return []   # `Spotkanie rozpoczął szkoleniowiec Komisji X`: a person opens it
    if not after or (lead_in.lower() not in ("", "serdecznie", "uprzejmie", *_OBJECT_PRONOUNS)
                     and list_opening_end(lead_in, 0) < len(lead_in)
                     and not _coordinated_verbs(lead_in) and not _date_words(lead_in) and not _apposition_lead(lead_in)
                     and not (_prepositional_phrases(lead_in)
                              and can_be_subject(text[after[0][0]:after[0][1]].split()[0]))
                     and not all(is_glue_word(w) for w in re.findall(r"\w+", lead_in))   # (`organizuje co roku X`)
                     and not _people_of(lead_in)):
        return []   # (`przygotowali pracownicy Ośrodka X`, `zorganizowali funkcjonariusze Komendy X`,
        # `zapraszają specjaliści z Fundacji X`: its people did it, so the body did)
    out = [after[0]]
    for nxt in after[1:]:
        glue = without_holders(text[out[-1][1]:nxt[0]]).strip(" ,").lower()   # (`X insp. Jan Nowak, Y`)
        if glue not in ("i", "oraz", "wraz z", "wspólnie z", "razem z", "a także", "") \
                and not correlative_joint(glue):
            break
        out.append(nxt)
    listed = names_after(text, after[0][0])   # (`MBP w X oraz II LO`: items no name reader reads alone)
    if listed[:len(out)] == out:
        for extra in listed[len(out):]:
            gap = text[out[-1][1]:extra[0]]
            if not joins_list_items(gap) and not correlative_joint(gap):
                break
            out.append(extra)
    # (`Obrady rozpoczął Przewodniczący Rady X`: a chair opens the sitting; a body starts what it runs)
    return [span for span in out if leading_body(text[span[0]:span[1]])] if lemma in frames().opening_verbs else out


def _people_of(lead_in: str) -> bool:
    """`pracownicy`, `specjaliści z`: people by their role or group, maybe `z` the body they are of."""
    words = lead_in.split()
    if len(words) > 1 and words[-1].lower() in ("z", "ze"):
        words = words[:-1]
    return bool(words) and all(is_person_role(w) or is_group_noun(w) or lemma_set(w.lower()) & frames().people_of_bodies
                               for w in words)   # (`seniorzy z Uniwersytetu X`)


_COMPLEMENT_BEFORE_RE = re.compile(r"(?<!\w)[a-ząćęłńóśźż]+[ \t]+$")
_WHICH_ASIDE_RE = re.compile(r",\s*któr\w+\b[^,]*,\s*$")


def _event_object_lead(text: str, start: int, verb_start: int) -> bool:
    """`Integracyjny piknik sołecki dla mieszkańców X 25 maja zorganizował sołtys`: the lead
    before the verb is the event itself (its object, fronted), naming no body (and maybe a
    relative clause about it: `Spotkanie, które miało miejsce 24 maja, zorganizował X`)."""
    aside = _WHICH_ASIDE_RE.search(text, start, verb_start)
    end = aside.start() if aside else verb_start
    words = [t for t in tokenize(text, start, end) if t.is_word]
    names = find_names(text, start, end, lowercase=True)
    # (a name in the lead is the event's own, or a complement of the word before it: `mieszkańców gminy X`)
    return len(words) <= 14 and any(is_event_noun(t.text) for t in words[:4]) \
        and all(any(is_event_noun(w) for w in re.findall(r"\w+", text[a:b])[:3])
                or _COMPLEMENT_BEFORE_RE.search(text, start, a) or support_before(text, start, a)
                or framework_before(text, start, a) for a, b in names) \
        and not any(is_finite_verb(t.text) for t in words)   # (`Ogólnopolski Zlot X`: the event's own name)


def _antecedent_is_event(before: str) -> bool:
    """The noun a relative clause hangs on, read back from its comma: an event (`konferencji
    naukowej „Tytuł”, którą`), not a project, a study or a call (`projektu, który`)."""
    exclusions = frames().agent_exclusions | {"projekt", "zadanie"}
    for word in reversed(re.findall(r"\w+", before)[-12:]):
        if is_event_noun(word):
            return True
        if lemma_set(word.lower()) & exclusions and not word[:1].isupper():
            return False   # (`Forum Roczne Programu, które`: a word of the event's name)
    return True


def _event_right_before(before: str) -> bool:
    """`spotkanie opłatkowe, które`: the noun right before the relative pronoun (past its
    adjectives) is an event's."""
    for word in reversed(re.findall(r"\w+", before)[-3:]):
        if is_event_noun(word):
            return True
        if not is_adjective(word):
            return False
    return False


_REFLEXIVE_RE = re.compile(r"\s+się\b")


def relative_to_event(text: str, clause: int, verb: Token) -> bool:
    """`spotkanie opłatkowe, które przygotowało Koło X`: the verb's clause opens with a relative
    pronoun that stands for an event's noun, the verb's object (not `forum, które rozpocznie
    się`: the event begins by itself)."""
    lead = text[clause:verb.start].strip()
    relative = relative_pronoun(lead)
    return relative is not None and not _REFLEXIVE_RE.match(text, verb.end) \
        and _event_right_before(text[max(0, clause - 60):clause] + lead[:relative.start()])


@functools.lru_cache(maxsize=100_000)
def _only_nominative(word: str) -> bool:
    """`Seniorzy`, `mieszkańcy`: a noun form that is a subject and cannot be an object."""
    readings = [r for r in analyse(word.lower()) if r.pos in ("subst", "depr", "adj", "ppas", "ger", "fin", "praet",
                                                              "prep", "conj", "adv", "qub", "num", "inf")]
    cases = {c for r in readings if r.pos in ("subst", "depr") and len(r.tag.split(":")) > 2
             for c in r.tag.split(":")[2].split(".")}
    return bool(readings) and all(r.pos in ("subst", "depr") for r in readings) and "nom" in cases \
        and not cases & {"acc", "gen", "dat", "inst", "loc"}


def _date_words(words: str) -> bool:
    """`5 kwietnia`, `w sobotę`: a date between a verb and its subject."""
    found = re.findall(r"\w+", words)
    return bool(found) and any(w.isdigit() or is_glue_word(w) and w.lower() not in ("i", "oraz", "a") for w in found) \
        and all(w.isdigit() or w.lower() in ("w", "we", "dniu", "r") or lemma_set(w.lower()) & DATE_LEMMAS
                for w in found)


def _prepositional_phrases(words: str) -> bool:
    """`na początku listopada w Gdańsku`: phrases of a preposition and a word or two (when,
    where, for whom) between a verb and its subject after it."""
    found = re.findall(r"\w+", words)
    k = 0
    while k < len(found):
        if not is_preposition(found[k]):
            return False
        k += 1
        taken = 0
        while k < len(found) and taken < 2 and not is_preposition(found[k]) \
                and not verb_reading(found[k]):
            k += 1
            taken += 1
        if not taken:
            return False
    return bool(found)


_APPOSITION_LEAD_RE = re.compile(r"(?:[a-ząćęłńóśźż]+\s+){0,2}[a-ząćęłńóśźż]+\s*[–—-]")


def _apposition_lead(words: str) -> bool:
    """`zorganizował nasz partner – Ośrodek X`: a common noun (and its pronoun or adjectives)
    standing in apposition to the name after the dash."""
    return bool(_APPOSITION_LEAD_RE.fullmatch(words)) and all(is_nominal(w) for w in re.findall(r"\w+", words)) \
        and not any(is_person_role(w) for w in re.findall(r"\w+", words))


def _coordinated_verbs(words: str) -> bool:
    """`organizuje i prowadzić będzie X`: a second organising (or leading) verb joined to the first."""
    found = words.lower().split()
    return bool(found) and found[0] in ("i", "oraz") and any(verb_reading(w) for w in found[1:]) \
        and all(w in frames().copulas or verb_reading(w) for w in found[1:])


_SUBJECT_RELATIVES = frozenset({"który", "która", "które", "którzy"})


def antecedent_subject(text: str, clause: int, verb_start: int) -> list[Span]:
    """`dzięki Kołu Gospodyń X oraz Stowarzyszeniu Y, które przygotowały to spotkanie`: the
    names a relative pronoun in the nominative stands for, the list right before its comma,
    are the verb's subject (the caller has seen the event after the verb)."""
    lead = text[clause:verb_start]
    relative = relative_pronoun(lead.strip())
    if relative is None or relative.group().strip(" ,").split()[0].lower() not in _SUBJECT_RELATIVES:
        return []
    comma = text.rfind(",", max(0, clause - 2), verb_start)
    if comma < 0 or text[comma + 1:verb_start].strip().split()[0].lower() not in _SUBJECT_RELATIVES:
        return []
    names = find_names(text, clause_start(text, comma), comma, lowercase=True)
    if not names or text[names[-1][1]:comma].strip():
        return []
    out = [names[-1]]
    for span in reversed(names[:-1]):
        if not joins_list_items(text[span[1]:out[0][0]]):
            break
        out.insert(0, span)
    return out
