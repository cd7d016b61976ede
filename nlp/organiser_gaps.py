"""What may stand between the names of a subject and its verb: the people of a body, an
active or adverbial participle's aside, a partner phrase (with a person named in it), a tail of
partners named by common nouns, the person heading a body, the area completing its name. Each
takes the gap's text (or its bounds) and says whether the names on both sides still belong to
one subject."""
from __future__ import annotations

import functools
import re

from nlp.morph import agrees, analyse, can_be
from nlp.org_names import is_nominal, is_office_title, is_org_head, is_person_role, lemma_set, tokenize
from nlp.org_name_parts import units_within_bodies
from nlp.org_people import named_person_end
from nlp.org_words import _UNITS, case_numbers
from nlp.organiser_grammar import Span, frames, is_glue, is_glue_word

__all__ = ["active_participle_gap", "adverbial_aside", "body_after_framework", "commission_phrase", "dash_apposition",
           "framework_before", "framework_opening", "headed_by_aside", "holder_after_partner_phrase", "members_gap",
           "partner_aside", "partner_phrase", "partner_tail", "participle_aside", "participle_phrase",
           "unit_after_dash_end", "unit_complement"]

_WORD_RE = re.compile(r"\w+|,")


@functools.cache
def _headed_by_re() -> re.Pattern[str]:
    phrases = "|".join(r"\s+".join(map(re.escape, p.split()))
                       for p in sorted(frames().headed_by_phrases, key=len, reverse=True))
    return re.compile(rf"\s(?:{phrases})\s[^.;:!?]*$", re.IGNORECASE)


def headed_by_aside(lead: str) -> int | None:
    """Where `na czele z Dyrektorem X, Członkiem Rady Y,` begins between a body and its verb: the
    person heading the body, and the bodies named after him, are no subject."""
    m = _headed_by_re().search(lead)
    return m.start() if m and m.start() > 0 else None


def members_gap(gap: str) -> bool:
    """`X oraz pracownikami Ośrodka Y zorganizowali`: the people of the next body, joined to
    the name before them."""
    words = _WORD_RE.findall(gap)
    if len(words) >= 3 and words[-1].lower() in ("z", "ze"):
        words = words[:-1]   # `wspólnie z druhami z OSP`
    if len(words) < 2 or not words[-1][:1].islower():
        return False
    people = is_person_role(words[-1]) or bool(lemma_set(words[-1].lower()) & frames().people_of_bodies)
    return people and is_glue(" ".join(words[:-1]))   # (`i zespół Ośrodka X`: its team)


def active_participle_gap(gap: str) -> bool:
    """` prowadzący `, `, reprezentująca `: one active participle between two names."""
    words = _WORD_RE.findall(gap)
    words = [w for w in words if w != ","]
    return len(words) == 1 and words[0].islower() and any(r.pos == "pact" for r in analyse(words[0]))


def participle_aside(gap: str, limit: int = 16) -> bool:
    """` organizująca lokalne rozmowy na ważne tematy, szczególnie `, `, mając na uwadze sytuację, `:
    an active or adverbial participle's phrase after the subject, closed by a comma before the
    verb (and a glue word or two)."""
    words = _WORD_RE.findall(gap)
    if words[:1] == [","]:
        words = words[1:]
    if len(words) < 2 or len(words) > limit or "," not in words or not words[0].islower():
        return False
    after = words[len(words) - words[::-1].index(","):]
    return any(r.pos in ("pact", "pcon") for r in analyse(words[0])) and len(after) <= 2 \
        and all(is_glue_word(w) or any(r.pos == "adv" for r in analyse(w.lower())) for w in after)


def participle_phrase(gap: str, noun: str, limit: int = 10) -> bool:
    """` działające w naszym regionie `, ` działając w ramach akcji „Masz głos” `: an active
    participle agreeing with the subject's noun, or an adverbial one, and its few words (a quoted
    title counting for none), with no comma and no verb, between the subject and its verb
    (`Ośrodki X działające w regionie zorganizowały`)."""
    words = _WORD_RE.findall(_QUOTED_TITLE_RE.sub(" ", gap))
    if not 1 <= len(words) <= limit or "," in words or not words[0].islower():
        return False
    opening = analyse(words[0])
    return (any(r.pos == "pcon" for r in opening) or any(r.pos == "pact" for r in opening) and agrees(words[0], noun)) \
        and not any(r.pos in _FINITE_POS for w in words[1:] for r in analyse(w.lower()))


_QUOTED_TITLE_RE = re.compile(r"[„\"“«][^„\"“”«»\n]{1,80}[”\"“»]")


_ASIDE_WORDS_MAX = 24
_FINITE_POS = frozenset({"fin", "praet", "bedzie", "impt", "winien"})


def adverbial_aside(gap: str) -> bool:
    """`, z uwagi na zmiany w przepisach oraz wychodząc naprzeciw oczekiwaniom mieszkańców, `:
    a prepositional phrase or an adverbial participle's, set off by commas after the subject,
    with no verb of its own (and a glue word or two after it, before the verb)."""
    words = _WORD_RE.findall(gap)
    if words[:1] != [","] or words.count(",") < 2:
        return False
    last = len(words) - words[::-1].index(",") - 1
    inside, after = words[1:last], words[last + 1:]
    if not inside or len(inside) > _ASIDE_WORDS_MAX or not inside[0].islower() or len(after) > 2:
        return False
    opening = analyse(inside[0])
    return any(r.pos in ("prep", "pcon") for r in opening) and all(is_glue_word(w) for w in after) \
        and not any(r.pos in _FINITE_POS for w in inside if w != "," for r in analyse(w.lower())) \
        and not any(lemma_set(w.lower()) & {"który", "gdzie"} for w in inside)


def _after_partner_phrase(gap: str) -> list[str] | None:
    """The words of `gap` after the partner phrase opening it (the longest), else None."""
    words = [w.lower() for w in _WORD_RE.findall(gap)]
    for phrase in frames().partner_phrases.get(words[0] if words else "", ()):
        if tuple(words[:len(phrase)]) == phrase:
            return words[len(phrase):]
    return None


def partner_phrase(gap: str) -> bool:
    """` w porozumieniu z `, ` wspólnie z `: a partner phrase and nothing else."""
    return _after_partner_phrase(gap) == []


def commission_phrase(gap: str) -> bool:
    """` na zlecenie `, ` z inicjatywy `, ` w imieniu `: a phrase naming whose commission or
    initiative the subject acts on, and nothing else (`Fundacja X na zlecenie Urzędu Y
    zorganizowała`: the name after it is that body, the name before it the subject)."""
    words = [w.lower() for w in _WORD_RE.findall(gap)]
    return len(words) >= 2 and words[0] in ("na", "z", "ze", "w") \
        and tuple(words) in frames().initiative_phrases.get(words[0], ())


def holder_after_partner_phrase(text: str, start: int, name: tuple[int, int]) -> int | None:
    """Where the person's name begins when the gap text[start:name[0]] holds only a partner
    phrase and a person's first name and surname (` we współpracy z Janem Nowakiem `), the
    name after it their office; or the first name alone, when the name read after it opens
    with the surname (`Kowalskim Prezydentem …`: a surname that is also an adjective)."""
    rest = _after_partner_phrase(text[start:name[0]])
    if rest is None or len(rest) not in (1, 2):
        return None
    tokens = tokenize(text, start, name[1])
    k = next((i for i, t in enumerate(tokens) if t.start >= name[0]), len(tokens)) - len(rest)
    person_end = k + 2
    return tokens[k].start if k >= 0 and named_person_end(text, tokens, k) == person_end else None


def partner_aside(gap: str) -> bool:
    """` przy współudziale funkcjonariuszy `: a partner phrase, maybe with the people of the
    body it names, between two names of one subject."""
    rest = _after_partner_phrase(gap)
    return rest is not None and all(w.isalpha() and is_nominal(w) for w in rest)


def partner_tail(gap: str) -> bool:
    """`… oraz klubami seniora i kołami gospodyń wiejskich realizowała`: co-organisers
    named by common nouns close a list of partners before the verb."""
    words = _WORD_RE.findall(gap)
    return bool(words) and words[0].lower() in ("oraz", "i", ",", "wraz", "wspólnie", "razem") and \
        all(is_glue_word(w) or (w.islower() and is_nominal(w)) for w in words)


def framework_before(text: str, start: int, name_start: int) -> re.Match[str] | None:
    """`w ramach (przygotowywanego) Programu Rewitalizacji` right before a name (and after
    `start`): the name is the programme's words, not who acts."""
    return _FRAMEWORK_BEFORE_RE.search(text, max(start, name_start - 80), name_start)


def body_after_framework(text: str, span: tuple[int, int], framework_start: int, names: list[tuple[int, int]]) -> bool:
    """Is the name after a framework's words a body that acts (`W ramach programu Letnie
    Słowa Biblioteka X organizuje`: a body's head in the nominative, no name before the framework),
    not the programme's words (`w ramach Programu Rewitalizacji Miasta X zapraszają`)?"""
    head = text[span[0]:span[1]].split()[0]
    return not any(end <= framework_start for _, end in names) and is_org_head(head) \
        and can_be(head, "subst", number="sg", case="nom")


def framework_opening(text: str, span: tuple[int, int]) -> bool:
    """Does the name lie in a sentence's opening `W ramach …,` (`W ramach prac nad Programem
    Rewitalizacji dla Miasta Lipna, Prezydent X zaprasza`): a frame, no subject?"""
    return bool(_FRAMEWORK_OPENING_RE.search(text, max(0, span[0] - 120), span[0])) \
        and bool(_COMMA_NEXT_RE.match(text, span[1]))


_FRAMEWORK_OPENING_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*W\s+ramach\b[^,.;:\n]*$")
_COMMA_NEXT_RE = re.compile(r"[ \t]*,")
# (`w ramach przygotowywanego Programu Rewitalizacji Miasta X zapraszają`: the programme's words before the name)
# (`w ramach projektu X`, `w przygotowywanym projekcie X`, `w programie X`)
_FRAMEWORK_BEFORE_RE = re.compile(r"(?<!\w)(?i:w\s+ramach|w(?:\s+[a-ząćęłńóśźż]+)?\s+(?:projekcie|programie))"
                                  r"(?:\s+[a-ząćęłńóśźż]+){0,2}(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*){0,3}\s*[„\"“]?$")


def unit_complement(text: str, span: tuple[int, int]) -> bool:
    """`województwa małopolskiego`, `powiatu X` in lower case: the area of the body named right
    before it, part of that body's name."""
    first = text[span[0]:span[1]].split()[0]
    return first[:1].islower() and bool(lemma_set(first) & _UNITS)


def unit_after_dash_end(text: str, pos: int, limit: int) -> int | None:
    """Where ` - filia w Zagorzynie`, ` – Oddział nr 2` ends: a unit of the body named before
    `pos`, after a dash, in lower case or not (the list of bodies goes on after it)."""
    m = _UNIT_AFTER_DASH_RE.match(text, pos, limit)
    return m.end() if m and lemma_set(m.group("unit").lower()) & units_within_bodies() else None


_UNIT_AFTER_DASH_RE = re.compile(r"[ \t]+[-–—][ \t]+(?P<unit>[^\W\d_]+)(?:[ \t]+nr[ \t]*\d+)?"
                                 r"(?:[ \t]+we?[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)?")


_DASH_GAP_RE = re.compile(r"[ \t]+[–—-][ \t]+")


def dash_apposition(text: str, before: Span, span: Span) -> bool:
    """`przez Polską Sieć LGD – Federację Regionalnych Sieci LGD`, `Centrum X – Ośrodek Kultury Y`:
    a body's second name after a dash, headed by a body's noun in the same case as the first
    (not an office after words in lower case: `kadencji rad sołeckich – Wójt Gminy X informuje`)."""
    if not _DASH_GAP_RE.fullmatch(text, before[1], span[0]) or not text[before[0]].isupper():
        return False
    first, second = tokenize(text, *before), tokenize(text, *span)
    head = next((t for t in second[:3] if t.is_word and is_org_head(t.text)), None)
    return head is not None and not is_office_title(head.text) \
        and bool(case_numbers(first[0].text) & case_numbers(head.text))
