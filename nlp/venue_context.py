"""Whether a place said in a text is where the event happens.

A place in a footer or a contact line, an office to hand papers in at, opening hours, the
title of something in quotes, what a body turns into (`przekształcenie MOPS w Centrum`) or
a country is no venue; a place in a sentence about the event is. Also the town a whole
text is about, for venues that name none.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from nlp.caseless import Caseless, guarded
from nlp.clauses import start_after_stop
from nlp.gazetteer import gazetteer
from nlp.morph import analyse, fold, only_pos
from nlp.org_words import is_person_role, may_be_first_name
from nlp.text_lines import line_bounds
from nlp.venue_towns import names_a_building
from nlp.venue_words import cue_set, folded_lemmas
from nlp.vocabulary import lexicon


CONTACT_RE = re.compile(r"\b(?:czynn[ey]|tel\.?|telefon|fax|e-mail|email|mail|NIP|REGON|KRS|konto|kontakt|godziny\s+pracy|"
                         r"adres\s+do\s+korespondencji|skrytka|www\.|http)", re.IGNORECASE)


DATE_OR_TIME_RE = re.compile(r"\b(?:\d{1,2}[.:]\d{2}|godz|\d{1,2}\s+(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|"
                              r"sierpnia|września|października|listopada|grudnia)|\d{1,2}\.\d{1,2}\.\d{2,4}|"
                              r"\d{1,2}\.[IVX]+\.)", re.IGNORECASE)


# Words of handing papers in, in any case, and (in lower case only: a capitalised `Kancelarii
# Sejmiku` in a list of places is a place) the offices that take them. Two patterns, so the
# first can be searched over the lower-cased text (`nlp.caseless`); a text holds a match
# when either finds one.
_SUBMIT_ANY_CASE = Caseless(r"(?:składa\w*|złoż\w*|złoże\w*|przesła\w*|przesyła\w*|dostarcz\w*|doręcz\w*|odbi\w+|na\s+adres|"
                            r"pocztą|osobiście|dziennik\w*\s+podawcz\w+|do\s+biura\b|czynne|"
                            r"wrzuci\w*|urn\w+|punkt\w*\s+obsługi|dostępn\w+\s+(?:są|jest)|wyłożon\w+|do\s+pobrania|"
                            r"wgląd\w*|przekaz\w*|przekazyw\w*|odda\w*|zgłosze\w*|zgłasza\w*|zapis\w*|rejestracj\w*|"
                            r"siedzib\w+\s+(?:firmy|stowarzyszenia|fundacji|ośrodka)\s*:)")
_SUBMIT_OFFICE_RE = re.compile(r"sekretaria\w+|kancelari\w+")


def submission_between(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] speaks of handing papers in (searched in place, not sliced)."""
    return _SUBMIT_OFFICE_RE.search(text, start, end) is not None \
        or _SUBMIT_ANY_CASE.search(text, start, end) is not None


EVENT_CUE_RE = re.compile(r"(?:odbęd|odbyw|odbył|odbyła|spotkani|konferencj|szkoleni|warsztat|zebrani|debat|forum|"
                           r"konsultac|sesj|zaprasz|miejsc|rozpocz|godz|obrad|seminar|festyn|piknik|gal[ia]\b|"
                           r"wydarzeni|uroczyst|prezentacj|dyżur|kiermasz|zjazd|wizyt|spacer)", re.IGNORECASE)


HAPPEN_RE = re.compile(r"\b(?:odbędzie|odbędą|odbywa(?:ć|ją|ł|ła|ło|ły|li)?|odbyło|odbyła|odbył|odbyły|zostanie\s+zorganizowan\w+|"
                        r"zorganizowan\w+\s+zostan\w+|spotykamy|spotkamy|zbieramy|będzie\s+miało\s+miejsce|miało\s+miejsce|"
                        r"ma\s+miejsce|mieć\s+miejsce|zapraszamy|zaprasza(?:ją)?|rozpocznie\s+się|rozpoczyna\s+się|"
                        r"rozpoczęł[oa]\s+się|rozpoczął\s+się)\s+(?:się\s+)?", re.IGNORECASE)


HAPPEN_STRICT_RE = re.compile(r"\b(?:odbęd\w+|odbyw\w+|odbył\w*|miał\w*\s+miejsce|ma\s+miejsce|będzie\s+miało\s+miejsce|"
                               r"spotka(?:my|ją)|zbiera\w+|obradow\w+|obrad\w*)\b", re.IGNORECASE)


HAPPEN_AFTER_RE = re.compile(r"\s+(?:odbył\w*|odbęd\w+|odbywa\w*)\s+się\b")


ONLINE_RE = re.compile(r"\b(?:online|on-line|on line|zdaln\w+|zoom|ms teams|teams|webinar\w*|clickmeeting|youtube|facebook\w*)\b",
                        re.IGNORECASE)




_SPACE_THEN_CAPITAL_RE = re.compile(r"\s+[A-ZŁŚŻŹĆ„]")


def arrival_in(text: str, pos: int) -> bool:
    """A verb of arriving or inviting in the sentence around `pos`: `do X` is where people go
    (its noun is not enough: `Zaproszenie skierowano do X` sends no one to X)."""
    sentence = sentence_before(text, pos, 120) + text[pos:sentence_end(text, pos)]
    return any(folded_lemmas(w) & _arrival_verbs() and _verb_form(w) for w in re.findall(r"\w+", sentence))


def seat_before(text: str, pos: int) -> bool:
    """`posłem do Parlamentu`, `kandydaci na urząd burmistrza`: the preposition at `pos` names
    the body a seat or a vote is in, no place people go to."""
    last = re.findall(r"\w+", text[max(0, pos - 30):pos])
    return bool(last) and bool(folded_lemmas(last[-1]) & _seat_nouns())


@functools.lru_cache(maxsize=50_000)
def _verb_form(word: str) -> bool:
    return any(r.pos in ("fin", "praet", "impt", "inf", "bedzie", "imps") for r in analyse(word.lower()))


@functools.cache
def _seat_nouns() -> frozenset[str]:
    return frozenset(fold(v) for v in lexicon("venue_cues.json")["seat_nouns"])


@functools.cache
def _arrival_verbs() -> frozenset[str]:
    return frozenset(fold(v) for v in lexicon("venue_cues.json")["arrival_verbs"])


def sentence_before(text: str, pos: int, limit: int = 160) -> str:
    """The sentence up to `pos`, at most `limit` characters back: after the last line break
    or the last `.`, `!`, `?` followed by spaces and a capital before `pos`."""
    return text[_sentence_start(text, pos, limit):pos]


def _sentence_start(text: str, pos: int, limit: int) -> int:
    # (any stop before spaces and a capital ends a sentence here, abbreviations too)
    return start_after_stop(text, pos, limit, lambda k: bool(_SPACE_THEN_CAPITAL_RE.match(text, k + 1, pos)))


def wrapped_from(text: str, line_start: int) -> str:
    """The line before, when a sentence runs on from it over the line break (`… odbędzie
    się o godz. 17.00 przy` / `ul. Polnej w Lipowie.`); else ``."""
    if line_start < 2 or text[line_start - 1] != "\n":
        return ""
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    prev = text[prev_start:line_start - 1].rstrip(" \t")
    return prev if re.search(r"(?:^|\s)(?:przy|na|w|we|obok|pod|do)$", prev) else ""


def is_submission(text: str, pos: int) -> bool:
    """`należy składać … w Biurze Obsługi…`, `przesłać na adres…`: an office to send
    papers to, not where the event is (also as an item of a list introduced so)."""
    start = _sentence_start(text, pos, 160)
    happens = list(HAPPEN_STRICT_RE.finditer(text, start, pos))
    if happens and not submission_between(text, happens[-1].end(), pos):
        return False   # `… składanie uwag do protokołu, które odbędzie się 2 lutego w Bibliotece`: the meeting's place
    if submission_between(text, start, pos):
        return True
    sentence = text[start:sentence_end(text, pos)].lower()
    if any(phrase in sentence for phrase in _no_event_phrases()):
        return True   # `w siedzibie OPS w dni robocze od 7:30`, `tablica ogłoszeń w Urzędzie`: no event there
    intro = _list_intro_span(text, pos)
    return intro is not None and submission_between(text, *intro) and not _meetings_listed(text, *intro)


@functools.cache
def _meeting_stems_re() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(lexicon("venue_cues.json")["meeting_stems"]) + ")", re.IGNORECASE)


def _meetings_listed(text: str, start: int, end: int) -> bool:
    """`Otwartych spotkań konsultacyjnych z możliwością składania uwag:`: the intro names the
    meetings before it speaks of papers, so its list is of the meetings."""
    meeting = _meeting_stems_re().search(text, start, end)
    return meeting is not None and not submission_between(text, start, meeting.start())


@functools.cache
def _no_event_phrases() -> tuple[str, ...]:
    return _office_hours() + _notice_boards()


@functools.cache
def _phrases(key: str) -> tuple[str, ...]:
    return tuple(fold(p) for p in lexicon("venue_cues.json")[key])


def transformed_into(text: str, pos: int) -> bool:
    """`przekształcenie MOPS w Centrum Usług Społecznych`: `w` says what a body becomes;
    `zagospodarowania boiska sportowego w X`, `infrastruktury … na terenie boiska`: what is
    built there, the topic of the meeting, not its place (but `warsztaty dla partnerów
    rewitalizacji – godz. 15:00 w sali`: a time between them makes it the meeting's)."""
    words = list(_WORD_RE.finditer(sentence_before(text, pos, 120)))[-8:]
    last = next((w for w in reversed(words) if _is_transforming(w.group())), None)
    return last is not None and not DATE_OR_TIME_RE.search(last.string, last.end())


@functools.lru_cache(maxsize=100_000)
def _is_transforming(word: str) -> bool:
    return not folded_lemmas(word).isdisjoint(_transforming_words())


@functools.cache
def _transforming_words() -> frozenset[str]:
    return cue_set("transformation_words") | cue_set("works_words")


def workplace(text: str, pos: int) -> bool:
    """`Naczelniczką w Departamencie X`, `zespołu działającego pod kierunkiem Y w Centrum
    Kultury`: where a person works or a group is based, not where the event is."""
    words = _WORD_RE.findall(sentence_before(text, pos, 120))
    if words and is_person_role(words[-1]):
        return True
    k = len(words) - 1
    # (`Anna Lis Dyrektor Wydziału Edukacji i Spraw Społecznych w Starostwie X`: the unit's name
    # may hold `i` and `ds.`)
    lower = 0   # (`Anna Lis, kierownik referatu w Urzędzie X`: a unit in lower case)
    while k > 2 and len(words) - k <= 8 and not is_person_role(words[k]) \
            and (words[k][:1].isupper() or words[k] in _UNIT_NAME_GLUE
                 or lower < 2 and only_pos(words[k].lower(), "subst")):
        lower += words[k][:1].islower() and words[k] not in _UNIT_NAME_GLUE
        k -= 1
    if k > 1 and k < len(words) - 1 and is_person_role(words[k]) and words[k - 1][:1].isupper() \
            and may_be_first_name(words[k - 2]):
        return True   # `Joanna Nowak, kierownik Biura X w Urzędzie Y`: the person's unit and its seat
    return any(folded_lemmas(w) & cue_set("based_words") for w in words[-5:])


def hedged(text: str, pos: int) -> bool:
    """`prawdopodobnie w Teatrze Miejskim`, `zamiast w urzędzie`: a guess, or the place the event
    was not held in."""
    return bool(_hedge_re().search(text, max(0, pos - 30), pos))


@functools.cache
def _hedge_re() -> re.Pattern[str]:
    hedges = sorted(lexicon("venue_cues.json")["hedges"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in hedges) + r")[\s,]*$", re.IGNORECASE)


@functools.cache
def _notice_boards() -> tuple[str, ...]:
    return tuple(p.lower() for p in lexicon("venue_cues.json")["notice_boards"])


def gathering_in(chunk: str) -> bool:
    """`zebrało się`, `spotkali się` (or `sie`, typed without the diacritic): a verb of
    gathering with `się` says people met there."""
    words = re.findall(r"\w+", chunk)
    return any(words[k + 1] in ("się", "sie") and folded_lemmas(words[k].lower()) & cue_set("gathering_verbs")
               for k in range(len(words) - 1))


@functools.cache
def _office_hours() -> tuple[str, ...]:
    return tuple(p.lower() for p in lexicon("venue_cues.json")["office_hours"])


_WORD_RE = re.compile(r"\w+")
_UNIT_NAME_GLUE = frozenset({"i", "oraz", "ds", "do", "spraw"})


_LIST_MARK_RE = re.compile(r"[ \t]*[-–•*]")


def list_intro(text: str, pos: int) -> str:
    """For a list item (`– stacjonarnie w …`), the line that introduces the list (a blank
    line may stand between them: `27 lutego, 18:00` / `` / `• Dom Kultury…`)."""
    span = _list_intro_span(text, pos)
    return text[span[0]:span[1]] if span else ""


def _list_intro_span(text: str, pos: int) -> tuple[int, int] | None:
    """Where `list_intro` lies in the text (None for no such line)."""
    ls = text.rfind("\n", 0, pos) + 1
    if ls == 0 or not _LIST_MARK_RE.match(text, ls, pos):
        return None
    prev_end = ls - 1
    for _ in range(8):
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if text[prev_start:prev_end].strip() and not _LIST_MARK_RE.match(text, prev_start, prev_end):
            return prev_start, prev_end
        if prev_start == 0:
            break
        prev_end = prev_start - 1
    return None


def on_a_route(text: str, pos: int) -> bool:
    """`Trasa poprowadzi przez Jezuicką na Błonia Zamkowe`, `skąd przejdą ulicami: …`: a place
    after a word of a route in its sentence is passed on a walk, not where it meets."""
    # (the sentence's start: a stop after a word, not after `ul.`, `pl.`, `r.` inside it)
    start = start_after_stop(text, pos, 250, lambda k: bool(_SPACE_THEN_CAPITAL_RE.match(text, k + 1, pos))
                             and len(_LAST_WORD_RE.search(text, max(0, k - 20), k).group()) > 3)
    routes = cue_set("route_words")
    return any(folded_lemmas(word) & routes for word in _WORD_RE.findall(text, start, pos))


_LAST_WORD_RE = re.compile(r"\w*$")


def context_ok(text: str, pos: int) -> bool:
    """The place is said in a sentence about the event, not in a footer or contact line."""
    if on_a_route(text, pos):
        return False
    ls, le = line_bounds(text, pos)
    line = text[ls:le]
    sent_start = max(text.rfind(". ", 0, pos), ls - 1) + 1
    if CONTACT_RE.search(text, sent_start, sentence_end(text, pos)) or is_submission(text, pos):
        return False
    window = text[max(sent_start, pos - 250):min(len(text), pos + 120)]
    intro = list_intro(text, pos)
    return bool(EVENT_CUE_RE.search(window) or DATE_OR_TIME_RE.search(line)
                or (intro and (EVENT_CUE_RE.search(intro) or DATE_OR_TIME_RE.search(intro))))


# `w sześciu dzielnicach Opola`, `prezydent Lublina`: a town named by its parts or its mayor
_TOWN_OF_WORDS = tuple(lexicon("venue_cues.json")["town_of_words"])
_VILLAGE_HEAD_WORDS = tuple(lexicon("venue_cues.json")["village_head_words"])
_GEO_CONTEXT_RE = guarded(r"\b(?:w|we|Gminy|Gminie|Gmina|Miasta|Mieście|Miasto|Powiatu|Urzędu\s+Gminy|Urzędu\s+Miasta"
                          rf"|gminie|gminy|mieście|{'|'.join(_TOWN_OF_WORDS + _VILLAGE_HEAD_WORDS)})\s+"
                          r"(?:(?:Miasta|Gminy)\s+)?"
                          r"([A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+)?)")


_SPEAKER_RE = Caseless(r"\b(?:Pani|Pan|Panie|prelegen\w+|poprowadz\w+|prowadząc\w+|moderu\w+|moderowa\w+|moderator\w*|"
                       r"weźmie\s+udział|wezmą\s+udział|wystąpi\w*|przedstawiciel\w*|ekspert\w*|trener\w*|dr|prof\.)")


_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-ZŁŚŻŹĆ])|\n")


def sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END_RE.search(text, pos, min(len(text), pos + 300))
    return m.start() if m else min(len(text), pos + 300)


def context_city(text: str, prefer: str | None = None) -> str | None:
    """The town the text is about: administrative mentions (`Gminy Łęczna`) count twice,
    `w X` once, and an organisation's seat (`Federacji … w Olsztynie`) half."""
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _GEO_CONTEXT_RE.finditer(text):
        words = m.group(1).split()
        name = None
        for k in range(len(words), 0, -1):
            name = gazetteer().city_name(" ".join(words[:k]), prefer)
            if name:
                break
        if not name:
            continue
        cue = m.group().split()[0]
        if k == 1 and cue.lower() in ("w", "we") and names_a_building(text, m.start(1), m.start(1) + len(words[0])):
            continue   # `w Książnicy Lipnowskiej`: a building by its name
        if cue in _TOWN_OF_WORDS + _VILLAGE_HEAD_WORDS and may_be_first_name(words[0]):
            continue   # `prezydent Rafał Nowak`: the mayor's name, not his town's
        before = text[max(0, m.start() - 30):m.start()].rstrip()
        if cue.lower() in ("w", "we") or cue in _TOWN_OF_WORDS:
            weight = 0.5 if re.search(r"[A-ZŁŚŻŹĆ][\wąćęłńóśźż]+$", before) else 1.0
        else:
            weight = 2.0
        sentence = sentence_before(text, m.start(), 200) + text[m.start():sentence_end(text, m.end())]
        if _SPEAKER_RE.search(sentence):
            weight *= 0.25   # a speaker's home town or employer's seat
        votes[name] += weight
        first.setdefault(name, m.start())
    for name, at in _headline_towns(text, prefer):
        votes[name] += 1.5   # `Spotkanie o przyszłości Bielska-Białej`: the headline's town
        first.setdefault(name, at)
    if not votes:
        return None
    return max(votes, key=lambda k: (votes[k], -first[k]))


_HEADLINE_PLACE_RE = re.compile(r"(?<=\s)[A-ZŁŚŻŹĆ][\wąćęłńóśźż]+"
                                r"(?:-[A-ZŁŚŻŹĆ][\wąćęłńóśźż]+|\s[A-ZŁŚŻŹĆ][\wąćęłńóśźż]+)?")


def _headline_towns(text: str, prefer: str | None) -> list[tuple[str, int]]:
    """Towns named in the first line (not its first word), in any case: `… Bielska-Białej`."""
    end = text.find("\n")
    if not 0 < end <= 120:
        return []   # (a paragraph, not a headline)
    out = []
    for m in _HEADLINE_PLACE_RE.finditer(text, 0, end):
        if text[max(0, m.start() - 3):m.start()].strip() in ("w", "we"):
            continue   # (counted with the other `w X` already)
        place = gazetteer().resolve(m.group(), prefer)
        if place is not None and place.rm == "96":   # a town, not a hamlet that shares a word
            out.append((place.name, m.start()))
    return out
