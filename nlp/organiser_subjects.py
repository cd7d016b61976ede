"""The names that stand around an organiser's cue: the subject before its verb.

A subject is the run of names right before a verb (or a copula) that glue words, lists and
asides join to it (`X wraz z Y, w ramach zadania „Z”, zaprasza`); a name that completes a
noun (`w siedzibie rady osiedla`) or cannot be in the nominative is no subject. The word
classes and cue words are `nlp.organiser_grammar`'s.
"""
from __future__ import annotations

import functools
import re

from nlp.clauses import clause_start
from nlp.morph import analyse, can_be, name_classes, only_pos
from nlp.org_lower_names import gazetteer_place
from nlp.org_names import find_names, is_org_head, is_person_role, lemma_set, tokenize
from nlp.org_name_parts import units_within_bodies
from nlp.org_people import named_person_end
from nlp.organiser_agreement import (gender_disagrees, nominative_name_inside, number_disagrees, opening_subject,
                                     plural_verb, singular_verb)
from nlp.organiser_antecedents import full_name_of
from nlp.organiser_groups import group_before
from nlp.organiser_gaps import (active_participle_gap, adverbial_aside, body_after_framework, commission_phrase,
                                dash_apposition, framework_before, framework_opening, headed_by_aside,
                                holder_after_partner_phrase, members_gap, partner_aside, partner_phrase, partner_tail,
                                participle_aside, participle_phrase, unit_complement)
from nlp.organiser_grammar import (CONTRAST_RE, SEAT_LINE_RE, Span, can_be_subject, frames, is_event_noun,
                                   is_finite_verb, is_glue, is_glue_word, is_instrumental, is_preposition,
                                   verb_reading)
from nlp.vocabulary import lexicon

_WORD_RE = re.compile(r"\w+|,")
_COMITATIVE_GAP_RE = re.compile(r"\s+(?:z|ze)\s+")   # (`X z Gminą Y`: with the body in the instrumental)
_CONJUNCTION_RE = re.compile(r"\b(?:i|oraz|a także|wraz|wspólnie|razem|współpracy|udziale|partnerstwie)\b")
_COORDINATOR_RE = re.compile(r",|" + _CONJUNCTION_RE.pattern)


_RELATIVE_ASIDE_RE = re.compile(r",\s*(?:(?:(?:w|we|z|ze|do|na|dla|od|przy|o|po|u)\s+)?(?:któr|jak)\w*\b|w\s+ramach\b|"
                                r"zgodnie\s+z\b|na\s+zlecenie\b|jak\s+co\s+roku\b|już\s+po\s+raz\b|po\s+raz\b|"
                                r"(?:a|że)?by\b)"   # (`X, by docenić ich pracę, zorganizował`: a purpose aside)
                                r"[^,]*(?:,[^,]*)*,\s*$", re.IGNORECASE)


# `X na podstawie art. 20 ustawy …, zwołuje`: the legal ground of a notice, its opening comma left out
_BASIS_ASIDE_RE = re.compile(r"\s(?:na\s+podstawie|zgodnie\s+z|w\s+związku\s+z)\b[^,]*(?:,[^,]*)*[,–-]\s*$",
                             re.IGNORECASE)
# `Przewodniczący Rady X na podstawie art. 15 ust. 7 ustawy z dnia … o samorządzie powiatowym zwołuje`:
# a legal basis cited by its article, up to the verb
_NAME_AFTER_COMMA_RE = re.compile(r"[,)]\s+[A-ZĄĆĘŁŃÓŚŹŻ]")
_CITED_BASIS_RE = re.compile(r"\s(?:na\s+podstawie|w\s+oparciu\s+o)\s+"
                             r"(?:art\.|§|ust\.|przepisów|ustawy|uchwały|statutu)", re.IGNORECASE)
# `X, w ramach projektu „Y” zorganizowało`, `X, z dniem 1 czerwca rozpoczęła`: an aside whose
# closing comma was left out
_ONCE_AGAIN_RE = re.compile(r",\s*(?:(?:już\s+)?po\s+raz\s+\w+|jak\s+co\s+roku)\b", re.IGNORECASE)
_OPEN_ASIDE_RE = re.compile(r",\s*(?:w\s+ramach|zgodnie\s+z|na\s+zlecenie|jak\s+co\s+roku|już\s+po\s+raz|po\s+raz|z\s+dniem)\b"
                            r"[^,]*$", re.IGNORECASE)


def _relative_aside_start(text: str, start: int, verb_start: int) -> int | None:
    """`X oraz sołectwo, w którego skład wchodzą A, B i C, zaprosili`, `X, w ramach zadania
    „Y”, organizuje`: a relative clause or an aside set off by commas between a subject and
    its verb (where its opening comma stands); an aside that names no verb of its own may
    run up to the verb unclosed."""
    lead = text[start:verb_start]
    headed = headed_by_aside(lead)
    if headed is not None:
        return start + headed
    m = (_RELATIVE_ASIDE_RE if lead.rstrip().endswith(",") else _OPEN_ASIDE_RE).search(lead)
    adverbial = _ONCE_AGAIN_RE.match(lead, m.start()) if m and not lead.rstrip().endswith(",") else None
    if adverbial and find_names(text, start + adverbial.end(), verb_start):
        m = None   # `Wczoraj, po raz pierwszy Stowarzyszenie X świętowało`: the subject after the adverbial
    if m is None and lead.rstrip().endswith((",", "–", "-")):
        m = _BASIS_ASIDE_RE.search(lead)   # `Wójt Gminy X na podstawie Postanowienia … z dnia …, zaprasza`
    if m is None:
        m = _CITED_BASIS_RE.search(lead)
        names = find_names(text, start, start + m.start()) if m else []
        if m and (not names or text[names[-1][1]:start + m.start()].strip()
                  or _NAME_AFTER_COMMA_RE.search(lead, m.end())):
            # (`W dniu 5 maja, na podstawie art. 20, Przewodniczący … zwołuje`, `Działając na podstawie
            # art. 15 …, Przewodniczący … zwołuje`: the subject after the basis, not before it)
            m = None
    return start + m.start() if m and m.start() > 0 else None


def headline_subject(text: str, pos: int) -> bool:
    """`Powiat X gospodarzem Forum Y`: a line that opens with names and has no verb before `pos`
    (a headline, its copula left out)."""
    line_start = text.rfind("\n", 0, pos) + 1
    names = find_names(text, line_start, pos)
    return bool(names) and not text[line_start:names[0][0]].strip() and not text[names[-1][1]:pos].strip()


def subject_before(text: str, verb_start: int) -> list[Span]:
    """The names right before a verb (or a copula) that form its subject."""
    start = clause_start(text, verb_start)
    verb_at = verb_start
    aside = _relative_aside_start(text, start, verb_start)
    if aside is not None:
        verb_start = aside
    verb_start = _first_of_shared_predicates(text, start, verb_start)
    names = find_names(text, start, verb_start, lowercase=True, max_names=12)
    subject: list[Span] = []
    cursor = verb_start
    for span in reversed(names):
        if SHORT_NAME_RE.fullmatch(text, span[0] - 1, span[1] + 1) and names and span != names[0]:
            continue   # `Ośrodek X w Zielonej Górze (ROPS) zaprasza`: the short name of the name before it
        gap = SHORT_NAME_RE.sub(" ", text[span[1]:cursor])
        if subject and framework_opening(text, span):
            break   # `W ramach prac nad Programem … dla Miasta X, Prezydent Y zaprasza`: the frame's words
        if not subject and CONTRAST_RE.fullmatch(gap.strip()):
            break   # `Warsztaty organizowało Stowarzyszenie X, a współorganizowały Y i Z`: X is the clause's before
        framework = framework_before(text, start, span[0])
        if framework and is_glue(gap) and not body_after_framework(text, span, framework.start(), names):
            # `X w ramach programu Gmina Przyjazna Seniorom zorganizował`: the programme, not X
            cursor = framework.start()
            continue
        if len(subject) == 1 and active_participle_gap(gap):
            # `Związek X prowadzący Centrum Y zaprasza`: Y is what X runs, X the subject
            subject, cursor = [span], span[0]
            continue
        if len(subject) == 1 and commission_phrase(gap):
            subject, cursor = [span], span[0]   # `Fundacja X na zlecenie Urzędu Y zorganizowała`
            continue
        if len(subject) == 1 and (partner_phrase(gap) or _COMITATIVE_GAP_RE.fullmatch(gap)
                                  and is_instrumental(text[subject[0][0]:subject[0][1]].split()[0])):
            # `X w porozumieniu z Y zorganizował`, `Rada Osiedla X z Gminą Y zorganizowała`: Y
            # co-organises, X is the subject
            subject.append(span)
            cursor = span[0]
            continue
        holder = holder_after_partner_phrase(text, span[1], subject[0]) if len(subject) == 1 else None
        if holder is not None:
            # `X we współpracy z Janem Nowakiem Prezydentem Miasta Y organizuje`: the person holds the office
            subject[0] = (holder, subject[0][1])
            subject.append(span)
            cursor = span[0]
            continue
        if not subject and (participle_aside(gap) or adverbial_aside(gap)
                            or participle_phrase(gap, text[span[0]:span[1]].split()[0])):
            subject, cursor = [span], span[0]   # `Fundacja X organizująca rozmowy na …, szczególnie zaprasza`
            continue
        if subject and cursor == subject[-1][0] and dash_apposition(text, span, subject[-1]):
            subject[-1], cursor = (span[0], subject[-1][1]), span[0]   # `Centrum X – Ośrodek Kultury Y zaprasza`
            continue
        aside = len(subject) >= 2 and partner_aside(gap)
        if aside:
            # `Kierownik Posterunku X przy współudziale funkcjonariuszy Komendy Y oraz Burmistrz Z
            # zapraszają`: the body taking part is an aside; the subject goes on before it
            subject.pop()
        elif not is_glue(gap) and not (subject == [] and partner_tail(gap)) and not members_gap(gap):
            break
        elif subject and not _COORDINATOR_RE.search(gap):
            if not gap.strip() and unit_complement(text, subject[-1]):
                subject[-1], cursor = (span[0], subject[-1][1]), span[0]   # `Inspekcja Sanitarna województwa X`
                continue
            break   # `W auli Starostwa X Stowarzyszenie Y zorganizowało`: not one list
        support = support_before(text, max(start, span[0] - 60), span[0])
        if support:
            cursor = support.start()   # `X, przy wsparciu Y, zaprasza`: Y pays or patronises
            continue
        subject.append(span)
        cursor = span[0]
    subject.reverse()
    partnered = _bare_head_with_partners(text, start, subject)
    if partnered:
        return partnered
    while subject and not can_be_subject(text[subject[0][0]:subject[0][1]].split()[0]) \
            and not members_before(text, start, subject[0][0]):
        # `w Ośrodku Kultury zorganizowano`: a place, not the subject (but `Członkinie KGW X
        # zaprosiły`); `Filia Biblioteki X oraz Sekcja Y zapraszają`: the subject goes on
        inside = nominative_name_inside(text, subject[0])
        if inside is not None:
            subject[0] = (inside, subject[0][1])
            break
        subject = subject[1:]
    if subject and _FROM_BEFORE_RE.search(text, max(start, subject[0][0] - 4), subject[0][0]) \
            and not members_before(text, start, subject[0][0]):
        # `zespół muzyczny z gminy X, który zachęcał`: where the subject comes from (but
        # `Wolontariusze ze Stowarzyszenia X zorganizowali`: its people, for the body)
        subject = subject[1:]
    if subject and _complement_of_noun_before(text, start, subject[0][0]) \
            and not members_before(text, start, subject[0][0]):   # (`Pracownicy biura Fundacji X`: its people)
        # `w siedzibie rady osiedla rozpocznie się`: the name completes a noun (`gminy X, Wójt Y zaprasza`: Y is one)
        subject = subject[1:] if len(subject) > 1 and not _CONJUNCTION_RE.search(text, subject[0][1], subject[1][0]) \
            else []
    if len(subject) > 1 and text[subject[-2][1]:subject[-1][0]].strip() == "," and singular_verb(text, verb_at) \
            and is_event_noun(text[subject[-2][0]:subject[-2][1]].split()[0]):
        # (`odbyło się Forum X, Fundacja Y była współorganizatorem`: the event of the clause before)
        subject = subject[-1:]
    if len(subject) == 1 and number_disagrees(text, verb_at, subject[0]) \
            and not members_before(text, start, subject[0][0]) and not _COORDINATOR_RE.search(text, start, verb_at):
        subject = []   # `Ogólnopolski Zlot X organizują miasto Y`: the object, fronted
    if len(subject) == 1 and number_disagrees(text, verb_at, subject[0], "sg"):
        subject = []   # `…, iż wiejskie świetlice są miejscem … i poinformował`: he did, not they
    if len(subject) == 1 and gender_disagrees(text, verb_at, subject[0]):
        opening = opening_subject(text, start, verb_at)   # `Stowarzyszenie X … (gmina Y) zorganizowało`
        subject = [opening] if opening else []
    if len(subject) == 1 and _EDITION_BEFORE_RE.search(text, max(0, subject[0][0] - 12), subject[0][0]) \
            and is_event_noun(text[subject[0][0]:subject[0][1]].split()[0]):
        subject = []   # `XVII Forum Organizacji Pozarządowych zorganizuje Federacja`: an edition, the object
    if not subject or (subject[0][0] > start and text[subject[0][0] - 1] == " "
                       and text[:subject[0][0]].split()[-1][:1].isupper()):
        # `Fabryka Inicjatyw Obywatelskich`: a name whose head is not known, ending in one
        loose = _loose_subject(text, start, verb_start)
        if loose and (not subject or loose[0] < subject[0][0] <= loose[1]):
            subject = [loose, *subject[1:]]
    if not subject and not text[start:verb_start].strip():
        subject = name_line_before(text, start)
    group = group_before(text, start, subject[0][0] if subject else verb_start) if plural_verb(text, verb_at) else None
    if group is not None:
        subject = [group, *subject]   # `Policjanci z X wspólnie z pracownikami Ośrodka Y zorganizowali`
    return subject or _person_alone(text, start, verb_start)


def _event_heading(text: str, span: Span) -> bool:
    """`WARSZTAT SPORTOWO-REKREACYJNY przygotowało Stowarzyszenie X`: an event's name in capitals
    before the verb is its object, fronted, not its maker."""
    name = text[span[0]:span[1]]
    return name.isupper() and is_event_noun(name.split()[0].lower())


def _person_alone(text: str, start: int, verb_start: int) -> list[Span]:
    """`Hanna Lis zaprasza na spotkanie z mieszkańcami`: a person named alone before a verb in
    the present invites (a person who `zaprosił` the audience of a sitting speaks in a report)."""
    verb = _WORD_RE.match(text, verb_start)
    if verb is None or not any(r.pos == "fin" for r in analyse(verb.group().lower())):
        return []
    tokens = tokenize(text, start, verb_start)
    if tokens and named_person_end(text, tokens, 0) == len(tokens):
        return [(tokens[0].start, tokens[-1].end)]
    return []


_EDITION_BEFORE_RE = re.compile(r"(?<![\w.])(?:[IVXLC]{1,6}|\d{1,3}\.)[ \t]+$")
_LAST_JOINT_RE = re.compile(r"\s(?:i|oraz)\s+$")
_SHARED_REACH = 6


def _first_of_shared_predicates(text: str, start: int, verb_start: int) -> int:
    """`X i Y połączyły swoje siły i organizują debatę`: a verb joined by `i` to one before it
    shares that verb's subject, which stands before the first verb (where that one begins);
    else `verb_start`."""
    joint = _LAST_JOINT_RE.search(text, start, verb_start)
    if joint is None:
        return verb_start
    words = list(_WORD_RE.finditer(text, start, joint.start()))[-_SHARED_REACH:]
    first = next((w for w in words if w.group()[:1].islower() and is_finite_verb(w.group())), None)
    return first.start() if first is not None and first.start() > start else verb_start


def _bare_head_with_partners(text: str, start: int, subject: list[Span]) -> list[Span]:
    """`Fundacja wraz z Regionalnym Ośrodkiem X organizuje`: the partners after a body named by
    its bare head, which stands for the body the text names in full (if it does)."""
    if not subject:
        return []
    words = [w.lower() for w in _WORD_RE.findall(text[start:subject[0][0]])]
    for size in range(min(4, len(words) - 1), 0, -1):
        if tuple(words[-size:]) not in frames().partner_phrases.get(words[-size], ()):
            continue
        head = re.findall(r"\w+", text[start:subject[0][0]])[-size - 1]
        if not head[:1].isupper() or not is_org_head(head):
            return []
        full = full_name_of(text, head)
        return ([full] if full else []) + subject
    return []


_FROM_BEFORE_RE = re.compile(r"(?<!\w)(?:z|ze)\s+$")


def _complement_of_noun_before(text: str, start: int, name_start: int) -> bool:
    """A lower-case common noun (or its adjective in the genitive) right before a name in the
    genitive, which then is its complement (`w siedzibie rady osiedla`, `zagospodarowania
    przestrzennego gminy X`), not a subject (`Członkinie KGW` are its members; `Z tej okazji
    Biblioteka X` is nominative)."""
    words = text[start:name_start].split()
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return False
    word = words[-1]
    first = re.match(r"\w+", text[name_start:])
    noun = _only_noun(word) or all(r.pos == "adj" for r in analyse(word)) and _genitive_reading(word)
    return noun and not is_glue_word(word) and not is_person_role(word) \
        and first is not None and _genitive_reading(first.group()) and not _nominative_only_reading(first.group())


@functools.lru_cache(maxsize=100_000)
def _genitive_reading(word: str) -> bool:
    return can_be(word, "subst", case="gen") or can_be(word, "adj", case="gen")


@functools.lru_cache(maxsize=100_000)
def _nominative_only_reading(word: str) -> bool:
    """`Burmistrz` (as `burmistrz`, m1): a reading in the nominative alone, so the word is a
    subject, whatever an indeclinable reading (`pani burmistrz`) allows."""
    return any(r.pos == "subst" and len(r.tag.split(":")) > 2 and r.tag.split(":")[2] == "nom"
               for r in analyse(word.lower()))


@functools.lru_cache(maxsize=100_000)
def _only_noun(word: str) -> bool:
    readings = analyse(word)
    return bool(readings) and all(r.pos in ("subst", "depr", "ger") for r in readings)


def members_before(text: str, start: int, name_start: int) -> bool:
    """`Członkinie Koła…`, `Pracownicy Ośrodka…`, `Druhowie z OSP…`, `Policjanci z Komisariatu…`:
    the people of a body right before its name."""
    words = text[start:name_start].split()
    if len(words) >= 2 and lemma_set(words[-1].lower()) & units_within_bodies():
        words = words[:-1]   # `Pracownicy biura Fundacji X`: the people of its unit
    if len(words) >= 2 and words[-1].lower() in ("z", "ze"):
        return bool(lemma_set(words[-2].lower()) & frames().people_of_bodies) or is_person_role(words[-2])
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
    if only_pos(first.lower(), "prep") or only_pos(first.lower(), "adv") \
            or is_preposition(first) and not is_org_head(first) or is_finite_verb(first):
        # `W Gminnej Hali gościli`, `Do Kawiarenki zapraszają`: a place opening the sentence (but `Koło
        # Gospodyń`); `Poprzednio Prezydent`: a time; `Pragniemy Państwa … zaprosić`: a verb
        return None
    if any(is_event_noun(w.text) for w in words) or not can_be_subject(first) or \
            gazetteer_place(text[tokens[k].start:tokens[end - 1].end]):
        return None
    return tokens[k].start, tokens[end - 1].end


@functools.cache
def _support_before_re() -> re.Pattern[str]:
    words = sorted(lexicon("organiser_frames.json")["support_phrases"], key=len, reverse=True)
    # (`pod patronatem Pani Anny Lis, Wicemarszałek Województwa X`: the patron named, then her office)
    person = r"(?:\s+(?:[Pp]ani|[Pp]ana)?\s*[A-ZŁŚŻŹĆ]\w+(?:\s+[A-ZŁŚŻŹĆ][\w-]+){1,2}\s*,)?"
    return re.compile(r"\b(?i:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + rf"){person}\s+$")


def support_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """`przy wsparciu`, `pod patronatem` (and the patron's own name) ending right before text[end:]."""
    return _support_before_re().search(text, start, end)


# `(ROPS)`: a body's short name in brackets, after its full name or after a role noun
SHORT_NAME_RE = re.compile(r"\([ \t]*(?P<short>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]{1,12})[ \t]*\)")
# `w ramach programu „X”`: what the subject acts within, which is no subject of its own
def name_line_before(text: str, line_start: int) -> list[Span]:
    """`Przewodnicząca Rady Gminy` / `zwołuje …`: a letter puts the subject on the line above
    (and the line above a lone `i` between two names)."""
    prev_end = len(text[:line_start].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if prev_start and SEAT_LINE_RE.fullmatch(text, prev_start, prev_end):
        return name_line_before(text, prev_start)[:1]   # `ZWIĄZEK GMIN` / `z siedzibą we Włodawie` / `zaprasza`
    line = text[prev_start:prev_end]
    if not line.strip() or len(line.split()) > 8 or any(verb_reading(w) for w in line.split()):
        return []
    names = find_names(text, prev_start, prev_end)[:2]
    if names and not can_be_subject(text[names[0][0]:names[0][1]].split()[0]):
        return []   # `Szkole Podstawowej w X` / `ZWOŁUJE`: where, not who
    joint_end = len(text[:prev_start].rstrip())
    joint_start = text.rfind("\n", 0, joint_end) + 1
    if names and text[joint_start:joint_end].strip() in ("i", "oraz"):
        return name_line_before(text, joint_start)[:1] + names   # `X` / `i` / `Y` / `zapraszają`
    return names


# a framework right after the name opening a clause, however long, names no subject of its own
_FRAMEWORK_AFTER_RE = re.compile(r",?\s*w\s+ramach\b", re.IGNORECASE)


def clause_opening_name(text: str, verb_start: int) -> list[Span]:
    """`Stowarzyszenie „Pogranicze Razem” oraz partner saksoński … zapraszają`: the name
    that opens the clause of the verb is its subject when no name stands right before it."""
    start = clause_start(text, verb_start)
    lead = len(text[start:verb_start]) - len(text[start:verb_start].lstrip())
    names = find_names(text, start + lead, verb_start)
    if not names or names[0][0] != start + lead or not can_be_subject(text[names[0][0]:names[0][1]].split()[0]) \
            or _event_heading(text, names[0]):
        return []
    gap = text[names[0][1]:verb_start]
    words = re.findall(r"\w+", gap)
    if len(words) <= 8 and not re.search(r"[!?;:]|(?<!\b\w)\.", gap):
        return [names[0]]
    if _FRAMEWORK_AFTER_RE.match(gap) and not re.search(r"[!?;:]", gap) and not any(map(is_finite_verb, words)):
        return [names[0]]   # `X w ramach projektu „Y” współfinansowanego z Z …, w dniu … zorganizował`
    return []
