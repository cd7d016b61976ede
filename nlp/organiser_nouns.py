"""Organiser frames built on nouns and fixed phrases rather than on a verb.

- a role noun: `Organizatorem (wydarzenia) jest X`, `Organizatorzy: X`, `gospodarz
  wydarzenia Starosta X`, backwards `X będzie współgospodarzem`, in apposition `prezes
  Stowarzyszenia X, głównego organizatora`;
The body after `z inicjatywy`, `na zaproszenie`, `w imieniu` is read by
`nlp.organiser_initiative`; the bodies after a verb of taking part (`W organizację włączyli się: X, Y`) are read by
`nlp.organiser_involvement`; the body that sits or calls (`Posiedzenie Rady X`) is read by `nlp.organiser_sittings`.
The words of each frame live in `lexicons/organiser_frames.json`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.clauses import clause_start
from nlp.morph import analyse, numbers
from nlp.org_names import (QUOTES_OPEN, Token, find_names, is_acronym, is_adjective, is_nominal, is_office_title,
                           is_org_head, is_person_role, lemma_set, looks_like_acronym, tokenize)
from nlp.org_people import named_person_end, person_in_office_end
from nlp.org_words import _participle, members_of_head
from nlp.organiser_grammar import Span, frames, is_event_noun, is_instrumental, is_role_noun, past_adverbs_back
from nlp.organiser_subjects import SHORT_NAME_RE, headline_subject, subject_before
from nlp.organiser_lists import names_after
from nlp.organiser_persons import with_body
from nlp.vocabulary import lexicon


def _one_of_before(tokens: Sequence[Token], i: int) -> int | None:
    """`X było jednym z organizatorów`, `X miała przyjemność być jednym z gospodarzy`: the index
    of the verb whose subject is one of the role's holders, else None."""
    if i < 3 or tokens[i - 1].low not in ("z", "ze") or tokens[i - 2].low not in ("jednym", "jedną", "jednego"):
        return None
    k = i - 3
    if tokens[k].low == "być" and k >= 2 and lemma_set(tokens[k - 1].low) & frames().modal_nouns:
        return k - 2   # (`miała przyjemność być`)
    return k if tokens[k].low in frames().copulas else None


def _of_something_else(tokens: Sequence[Token], i: int) -> bool:
    """`X, która jest inicjatorem i pomysłodawcą Ustawy o …`: the role is of a law, a building, a
    petition (the noun after it and its coordinated roles), not of the event."""
    k = i + 1
    while k + 1 < len(tokens) and tokens[k].low in ("i", "oraz") and is_role_noun(tokens[k + 1].text):
        k += 2
    return k < len(tokens) and tokens[k].is_word and bool(lemma_set(tokens[k].low) & _role_of_other_things())


@functools.cache
def _role_of_other_things() -> frozenset[str]:
    return frozenset(lexicon("organiser_frames.json")["role_of_other_things"])


@functools.cache
def _participle_roles() -> tuple[frozenset[str], frozenset[str]]:
    roles = lexicon("organiser_frames.json")["organising_participle_roles"]
    return frozenset(roles["heads"]), frozenset(roles["participles"])


def _is_participle_role(tokens: Sequence[Token], i: int) -> bool:
    """`Partnerami współorganizującymi wydarzenie są: X`: the participle after a partner's noun
    names the role."""
    heads, participles = _participle_roles()
    return i > 0 and tokens[i - 1].is_word and bool(lemma_set(tokens[i - 1].low) & heads) and any(
        r.pos == "pact" and r.lemma in participles for r in analyse(tokens[i].low))


def role_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`Organizatorem (wydarzenia) jest X`, `Organizatorzy: X`, `gospodarz wydarzenia Starosta
    X`, and backwards `X będzie współgospodarzem`."""
    f = frames()
    spans: list[Span] = []
    for i, tok in enumerate(tokens):
        if not tok.is_word or not (is_role_noun(tok.text) or _is_participle_role(tokens, i)):
            continue
        if i > 0 and lemma_set(tokens[i - 1].low) & f.other_edition_words and tokens[i - 1].low not in f.copulas:
            continue   # `przyszłorocznego współorganizatora – gminę X`: next year's
        if i + 2 < len(tokens) and tokens[i + 1].low in ("i", "oraz") and is_role_noun(tokens[i + 2].text) \
                and i > 0 and tokens[i - 1].text in (",", "–", "-") and not is_instrumental(tok.text):
            continue   # `– socjolog, autor i koordynator projektów`: the roles of a person described, not a frame
        if lemma_set(tok.low) & f.role_nouns_with_event and not (i + 1 < len(tokens) and (
                is_event_noun(tokens[i + 1].text) or (lemma_set(tok.low) & f.implementer_nouns
                                                      and lemma_set(tokens[i + 1].low) & f.project_nouns))):
            continue   # `koordynator projektu`: not of the event (but `Realizatorem projektu jest X`)
        if i > 0 and tok.is_cap and is_org_head(tokens[i - 1].text) and members_of_head(tokens, i - 1, i):
            continue   # `Polskiego Związku Organizatorów Zakładów …`: the people a body gathers, in its name
        if i > 0 and tokens[i - 1].low in BESIDES:
            continue   # `Oprócz gospodarza w spotkaniu uczestniczyli: X`: the guests besides the host
        apposed = _apposed_to_role(text, tokens, i)
        if apposed:
            spans.extend(apposed)
            continue   # `W imieniu X i Y, organizatorów Forum Z`: what follows is what they organise
        copula_at = past_adverbs_back(tokens, i - 1)   # (`był również gospodarzem`, `będzie po raz pierwszy …`)
        copula = copula_at >= 0 and tokens[copula_at].text.lower() in f.copulas
        if is_instrumental(tok.text) and (copula or headline_subject(text, tok.start)):   # (`Gmina X gospodarzem …`)
            if not _of_something_else(tokens, i):
                spans.extend(subject_before(text, tokens[copula_at].start if copula else tok.start))
            continue
        if i > 0 and tokens[i - 1].low == "jako" and not is_instrumental(tok.text):
            spans.extend(subject_before(text, tokens[i - 1].start))   # `Wójt Gminy X jako gospodarz przedstawiła`
            continue
        one_of = _one_of_before(tokens, i)
        if one_of is not None:
            spans.extend(subject_before(text, tokens[one_of].start))   # `X było jednym z organizatorów`
            continue
        k = i + 1
        # (`Organizatorzy I Kongresu Stowarzyszeń Regionalnych Województwa X:`: the event's name before the colon)
        ordinal = bool(_ROMAN_RE.fullmatch(tokens[i + 1].text)) if i + 1 < len(tokens) else False
        titled = i + 2 < len(tokens) and is_event_noun(tokens[i + 1 + ordinal].text)
        reach = 12 if titled else 5
        colon = next((m for m in range(i + 1, min(i + reach, len(tokens))) if tokens[m].text == ":"
                      or tokens[m].low in f.copulas), None)   # (`Organizatorem spotkania są X mail: …`: a sentence)
        colon = colon if colon is not None and tokens[colon].text == ":" else None
        if colon is not None and lemma_set(tok.low) & _never_labels():
            continue   # `Autor treści: UM`, `Autor zdjęć:`: a byline
        if colon is not None and all(t.is_word for t in tokens[i + 1:colon]):
            spans.extend(names_after(text, tokens[colon].end, loose=True,   # `Organizator Rajdu:`
                                     label=tok.text.isupper() and len(tok.text) > 3 or titled and _LINE_END_RE.match(
                                         text, tokens[colon].end) is not None)
                         or _people_listed(text, tokens, colon + 1))
            continue
        if i + 1 < len(tokens) and tokens[i + 1].text in ("–", "—", "-") and not lemma_set(tok.low) & _never_labels() \
                and _opens_item(text, tok.start):
            spans.extend(names_after(text, tokens[i + 1].end, loose=True))   # `2. Organizator – Fundacja X, …`
            continue
        bracket = _BRACKETED_NAME_RE.match(text, tok.end)
        if bracket and (is_acronym(bracket.group("short")) or looks_like_acronym(bracket.group("short"))):
            spans.append(bracket.span("short"))   # `Główny organizator (INPRIS) zastrzega`
            continue
        if k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.lower() in _WHICH:
            k += 2   # `Organizatorzy, którymi są X`, `Organizatorzy, czyli X`
        elif k + 3 < len(tokens) and tokens[k].text == "," and (tokens[k + 1].low, tokens[k + 2].low) == ("w", "tym"):
            k += 3   # `Organizatorzy, w tym Burmistrz X oraz Przewodnicząca Y, zasłużyli`
        if k + 2 < len(tokens) and tokens[k].text in (",", "tj") and tokens[k + 1].text in ("tj", "."):
            k += 2   # `współorganizatorów tj. X`, `współorganizatorami, tj. X`
            if tokens[k - 1].text == "tj" and k < len(tokens) and tokens[k].text == ".":
                k += 1
        if k < len(tokens) and tokens[k].low in BESIDES:
            besides = names_after(text, tokens[k].end)[:1]   # `gospodarzem oprócz starosty X był Y`
            spans.extend(besides)
            while besides and k < len(tokens) and (tokens[k].start < besides[0][1] or tokens[k].text == ","):
                k += 1
        while k < len(tokens) and k - i <= 4 and tokens[k].is_word and tokens[k].text.lower() not in f.copulas \
                and (is_event_noun(tokens[k].text) or (not tokens[k].is_cap and is_nominal(tokens[k].text))) \
                and person_in_office_end(text, tokens, k) is None and not is_office_title(tokens[k].text):
            k += 1   # `wydarzenia`, `tegorocznej edycji`, `tegorocznego Forum`
        k = _after_relative(tokens, k)   # `Organizatorami kursu z którego skorzystało 30 rolników był X`
        k = _after_aside(tokens, k)   # `Organizatorami wydarzenia, m.in. w ramach Dni Seniora, byli:`
        k = _copula_ahead(tokens, k)   # `Organizatorami Spotkań Targowych – Książka dla Dzieci są:`
        while k < len(tokens) and tokens[k].text.lower() in f.copulas:
            k += 1
        copula = k > i + 1 and tokens[k - 1].text.lower() in f.copulas
        while copula and k < len(tokens) and tokens[k].low in f.copula_adverbs:
            k += 1   # `Współorganizatorem był też X`, `Organizatorem jest również X`
        if copula:
            k = _past_namer(tokens, k)   # `Organizatorami są Partnerzy projektu tj.: X, Y`
        if k < len(tokens) and tokens[k].text == ":":
            k += 1
        if lemma_set(tok.low) & f.role_nouns_with_event \
                and not any(t.low in f.copulas | {":"} for t in tokens[i + 1:k]):
            continue   # (`Koordynator akcji X` heading a signature: a person's role, not a frame)
        pos = tokens[k - 1].end if k > i + 1 or (k < len(tokens) and tokens[k].start > tok.end) else tok.end
        # `ORGANIZATORZY Urząd Miejski …`: a label (but `AUTOR` / `Jan Lis`: the article's byline)
        heading = tok.text.isupper() and len(tok.text) > 3 and not lemma_set(tok.low) & _never_labels()
        found = names_after(text, pos, loose=heading or copula or (k > i + 1 and tokens[k - 1].text == ":"),
                            label=heading)
        if not found and k < len(tokens) and not lemma_set(tok.low) & _never_labels() \
                and (any(is_event_noun(t.text) for t in tokens[i + 1:k]) or k == i + 1 and _singular(tok.text)
                     or copula and tokens[i + 1].low in f.copulas):
            # (the loop above may have read `kol` of `kol. Jan Lis` as a noun of the event's)
            at = k - 1 if tokens[k].text == "." and k - 1 > i + 1 else k
            person = named_person_end(text, tokens, at)
            if person is not None:   # `Gospodarz spotkania kol. Jan Lis opowiedział`, `otworzył organizator Jan Lis`
                found = [(tokens[at].start, with_body(text, tokens, person))]
        if _singular(tok.text):   # (`gospodarza spotkania dyrektora X oraz koordynatorów Y`: Y are not hosts)
            found = [s for s in found if not (text[s[0]].islower() and _plural_office(text[s[0]:s[1]].split()[0]))]
            if found and not copula and text[pos:found[0][0]].strip() in ("–", "—", "-"):
                found = found[:1]   # `uczestniczyli: X, inicjatorka spotkania – Y, Z`: one initiator in a list
        spans.extend(found)
    return spans


def _people_listed(text: str, tokens: Sequence[Token], k: int) -> list[Span]:
    """`Organizatorzy: Anna Lis, Jan Nowak.`: the people a label names, when the list of their
    names is all that follows it on its line."""
    found: list[Span] = []
    while k < len(tokens):
        end = named_person_end(text, tokens, k)
        if end is None:
            return []
        found.append((tokens[k].start, tokens[end - 1].end))
        if end == len(tokens) or tokens[end].text in (".", ";") or "\n" in text[tokens[end - 1].end:tokens[end].start]:
            return found
        if tokens[end].text not in (",", "i", "oraz"):
            return []
        k = end + 1
    return []


_BRACKETED_NAME_RE = re.compile(r"[ \t]*" + SHORT_NAME_RE.pattern)
_ROMAN_RE = re.compile(r"[IVXL]+")
_LINE_END_RE = re.compile(r"[ \t]*\n")


def _opens_item(text: str, pos: int) -> bool:
    """Only blanks between `pos` and the line's start or a full stop (a point of a list)."""
    before = text[:pos].rstrip(" \t")
    return not before or before.endswith(("\n", "."))


@functools.cache
def _never_labels() -> frozenset[str]:
    return frozenset(lexicon("organiser_frames.json")["role_nouns_never_labels"])


def _copula_ahead(tokens: Sequence[Token], k: int, limit: int = 18) -> int:
    """The index of a copula a few words on, past the event's own title or its list of
    events (`Współorganizatorem spotkań z X, warsztatów Y oraz wystawy Z jest W`), when
    no verb, sentence end or other role noun stands before it (else k)."""
    if k >= len(tokens) or tokens[k].low in frames().copulas or tokens[k].text == ":":
        return k
    for m in range(k, min(k + limit, len(tokens))):
        tok = tokens[m]
        if tok.low in frames().copulas:
            return m
        if tok.text in (".", ";", "!", "?", ":") and not (tok.text == "." and len(tokens[m - 1].text) <= 3):
            return k
        if tok.is_word and ((is_verb_form(tok.text) and not tok.is_cap) or is_role_noun(tok.text)):
            return k   # (a capitalised verb form is a word of the event's title: `– Czytamy Razem`)
    return k


def _after_relative(tokens: Sequence[Token], k: int) -> int:
    """The index of the copula after a relative clause about the event, set off by commas or not
    (`kursu z którego skorzystało 30 rolników był`, `szkolenia, które odbyło się w X, był`), or k."""
    m = k + 1 if k < len(tokens) and tokens[k].text == "," else k
    m = m + 1 if m < len(tokens) and tokens[m].low in _RELATIVE_PREPOSITIONS else m
    if m >= len(tokens) or not lemma_set(tokens[m].low) & {"który"}:
        return k
    for n in range(m + 1, min(m + 30, len(tokens))):
        if tokens[n].text in (":", ";", "!", "?") or tokens[n].text == "." and len(tokens[n - 1].text) > 3 \
                and n + 1 < len(tokens) and tokens[n + 1].is_cap:
            return k   # (not the dot of `2017r. w Hotelu`, `pow.`)
        if tokens[n].low in frames().copulas and not _participle(tokens[n - 1].text) \
                and not (n + 1 < len(tokens) and _participle(tokens[n + 1].text)):
            return n   # (not the auxiliary of `przeprowadzone zostało`, `było prowadzone`)
    return k


_RELATIVE_PREPOSITIONS = frozenset({"z", "w", "na", "do", "dla", "o", "przez", "podczas", "po"})


def _past_namer(tokens: Sequence[Token], k: int, limit: int = 3) -> int:
    """The index after a few common nouns that `tj.` or `czyli` goes on to name (`Partnerzy
    projektu tj.:`), or that a dash or a colon does when all are in lower case (`kilka
    współpracujących instytucji – X, Y`), or k."""
    m = k
    while m < len(tokens) and m - k < limit + 1 and tokens[m].is_word and tokens[m].low not in ("tj", "czyli") \
            and (is_nominal(tokens[m].text) or not tokens[m].is_cap and (is_adjective(tokens[m].low)
                                                                           or _participle(tokens[m].low))
                 or tokens[m].low in frames().namer_quantifiers):
        m += 1
    if m == k or m >= len(tokens):
        return k
    if tokens[m].text in ("-", "–", "—", ":") and not any(t.is_cap for t in tokens[k:m]):
        return m + 1
    if tokens[m].low not in ("tj", "czyli"):
        return k
    m += 1
    while m < len(tokens) and tokens[m].text in (".", ":"):
        m += 1
    return m


def _after_aside(tokens: Sequence[Token], k: int) -> int:
    """The index of the copula after an aside set off by commas at tokens[k] (or k)."""
    if k >= len(tokens) or tokens[k].text != ",":
        return k
    for m in range(k + 1, min(k + 16, len(tokens) - 1)):
        if tokens[m].text in (":", ";", "!", "?") or (tokens[m].text == "." and len(tokens[m - 1].text) > 3):
            return k   # (not the dots of `m.in.`)
        if tokens[m].text == "," and tokens[m + 1].low in frames().copulas:
            return m + 1
    return k


def _singular(word: str) -> bool:
    return numbers(word, ("subst",)) <= {"sg"}


def _plural_office(word: str) -> bool:
    return is_office_title(word) and numbers(word, ("subst",)) <= {"pl"}


BESIDES = frozenset({"oprócz", "obok", "poza"})   # `oprócz X`: X beside those the sentence names


def _apposed_to_role(text: str, tokens: Sequence[Token], i: int) -> list[Span]:
    """`Jan Nowak, prezes Stowarzyszenia X, głównego organizatora wydarzenia`: a role noun in
    apposition names the body right before it (not one a copula follows: `X, współorganizatorami są Y`)."""
    if i + 1 < len(tokens) and tokens[i + 1].low in frames().copulas:
        return []
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].is_word and not tokens[k].is_cap and is_nominal(tokens[k].text) \
            and not is_role_noun(tokens[k].text):
        if tokens[k].low in _WHICH or tokens[k].low.startswith("któr"):
            return []   # `…w Centrum Kultury, której organizatorem jest X`: a relative clause, no apposition
        k -= 1   # `głównego`, `tegorocznego`
    if k >= 1 and tokens[k].low in ("i", "oraz"):
        return _second_role(text, tokens, k)
    if k < 1 or tokens[k].text not in (",", "–", "-"):
        return []
    m = i + 1
    while m < len(tokens) and m - i <= 2 and tokens[m].is_word and is_event_noun(tokens[m].text):
        m += 1
    if m > i + 1 and m < len(tokens) and (tokens[m].text in QUOTES_OPEN or tokens[m].low in ("pn", "pt", "pod")):
        return []   # `– główny organizator imprezy pn. „Święto Lasu”`: of an event of its own name
    if m < len(tokens) and tokens[m].text in ("–", "—", "-"):
        return []   # `X, inicjatorka spotkania – radna Y`: the role names who follows its dash
    names = find_names(text, clause_start(text, tokens[k].start), tokens[k].start)
    if k >= 2 and lemma_set(tokens[i].low) & _person_roles() and named_person_end(text, tokens, k - 2) == k \
            and (not names or names[-1][1] <= tokens[k - 2].start):
        return [(tokens[k - 2].start, tokens[k - 1].end)]   # `Z pozdrowieniami Jan Kowalski, organizator.`
    if not names or names[-1][1] != tokens[k - 1].end:
        return _body_of_person_role(text, tokens, k)
    first = len(names) - 1
    plural = not _singular(tokens[i].text)   # `X i Y, organizatorzy przedsięwzięcia, kierują`: all the bodies listed
    while plural and first > 0 and _JOINED_RE.fullmatch(text, names[first - 1][1], names[first][0]):
        first -= 1
    return names[first:]


def _body_of_person_role(text: str, tokens: Sequence[Token], k: int) -> list[Span]:
    """`Jan Lis, prezes fundacji Małe Kroki, współorganizator wydarzenia`: the body, named in
    lower case after the person's role, before the apposition's comma at tokens[k]."""
    names = find_names(text, clause_start(text, tokens[k].start), tokens[k].start, lowercase=True)
    if not names or names[-1][1] != tokens[k - 1].end:
        return []
    words = tokenize(text, *names[-1])
    if len(words) < 3 or not is_person_role(words[0].text) or words[1].is_cap \
            or not is_org_head(words[1].text.capitalize()):
        return []
    return [(words[1].start, names[-1][1])]


@functools.cache
def _person_roles() -> frozenset[str]:
    """Roles that, after a person's name and a comma, make the person the organiser (not `autorką`)."""
    return frozenset(lexicon("organiser_frames.json")["person_apposition_roles"])


_JOINED_RE = re.compile(r"\s*(?:,|i|oraz|,\s*a\s+także)\s*")


def _second_role(text: str, tokens: Sequence[Token], k: int) -> list[Span]:
    """`Jan Nowak, dyrektor Domu Kultury X i gospodarz spotkania`: a person's second role in
    apposition makes the body of the first its host."""
    names = find_names(text, clause_start(text, tokens[k].start), tokens[k].start)
    if not names or names[-1][1] != tokens[k - 1].end:
        return []
    j = next((m for m in range(k) if tokens[m].start == names[-1][0]), None)
    if j is None or j < 2 or tokens[j - 1].is_cap or not is_nominal(tokens[j - 1].text) or tokens[j - 2].text != ",":
        return []
    return names[-1:]


_WHICH = frozenset({"którymi", "którym", "którą", "który", "która", "które", "czyli"})


def is_verb_form(word: str) -> bool:
    return any(r.pos in ("fin", "praet", "ppas", "bedzie", "winien") for r in analyse(word.lower())) \
        and not is_nominal(word)
