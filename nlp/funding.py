"""Funding statements: who pays for the event or project, and from which programme.

A statement is a funding participle or phrase (`współfinansowany`, `dofinansowanemu`,
`finansowane przez`, `realizowany ze środków`, `dzięki dotacji`, a grant agreement `dla
Poddziałania … Programu …`) with its complement: `ze środków X w ramach Y`. X and Y are
normalised by `nlp.funding_names` and `nlp.funding_programmes`. A named fund wins over the
Union that holds it (`ze środków Unii Europejskiej w ramach Europejskiego Funduszu
Społecznego` -> EFS); a statement naming only an EU programme names the Union, or the
programme's fund when the page names that fund elsewhere (a slogan or logo line naming the
EAFRD above a LEADER statement). Not statements: gerunds (`o dofinansowanie`, `możliwości finansowania`),
examples and a programme that is the topic of the event; money for participants' travel
does not fund the event. Cue words live in `lexicons/funding_cues.json`; the phrases that open a
statement, and those whose funder comes before them (`Z budżetu Gminy X … otrzymało 4 000 zł`),
in `nlp.funding_triggers`; merging the entries of one source in `nlp.funding_merge`. A local body
after a place word (`w Starostwie Powiatu X`) is where the event is, and an unlisted fund after a
better funder (`ze środków Ministra … pochodzących z Funduszu Promocji Kultury`) is its programme.
"""
from __future__ import annotations

import functools
import re

from nlp.agenda_items import agenda_items, in_agenda
from nlp.funding_cues import cues
from nlp.funding_lexicon import Name, Token, lexicon, tokenize
from nlp.funding_merge import Funding, merge
from nlp.funding_names import find_funders, funds_named, generic_funders
from nlp.funding_programmes import find_programmes
from nlp.funding_slogans import slogan_statements
from nlp.funding_triggers import (AGREEMENT_PURPOSE_RE, AGREEMENT_RE, BACKWARD_RE, ENABLED_BY_RE, IN_PROGRAMME_RE,
                                  LABEL_RE, PROJECT_OPEN_RE, RECEIVED_AMOUNT_RE, STRONG_RE, TRIGGER, WEAK_RE,
                                  WITHIN_PROJECT_RE)
from nlp.morph import lemma

# `|`, a full stop (not after `nr`, `ul.`, an initial), a blank line, or a line opening with a
# capital or bullet. Each check follows the character it is about, so `re` skips to those
# five characters instead of trying every position.
_SENTENCE_END_RE = re.compile(r"[|.!?\n](?:(?<=\|)|(?<=[.!?])(?<!\bnr.)(?<!\bul.)(?<!\bim.)(?<!\bds.)(?<!\bpn.)(?<!\bst.)"
                              r"(?<![\s.]\w.)(?=\s|$)|(?<=\n)\s*\n|(?<=\n)(?=\s*[A-ZŁŚŻ•\-*]))")
_ACTION_RE = re.compile(r",?\s*(?:(?:Oś|Działani\w|Poddziałani\w|Priorytet\w*|Osi)\s+(?:priorytetow\w+\s+)?[IVX\d][\w.]*)",
                        re.IGNORECASE)
_SOURCE_RE = re.compile(r"\b(?:z|ze|od|środków|budżetu)\s+$", re.IGNORECASE)   # `Z budżetu Gminy X`
_COMMISSIONED_RE = re.compile(r"na\s+zlecenie", re.IGNORECASE)
_UNION = "Unia Europejska"
_STATE_BUDGET = "budżet państwa"


@functools.cache
def _programme_owners() -> frozenset[str]:
    return frozenset(lexicon("funding_cues.json")["programme_owners"])


@functools.cache
def _funding_bodies() -> frozenset[str]:
    return frozenset(lexicon("funding_cues.json")["funding_bodies"])


def _statement_end(text: str, start: int) -> int:
    """Where the statement's sentence ends; a line that stops mid-phrase (`w ramach` at its
    end) runs on into the next."""
    limit = min(len(text), start + 500)
    for m in _SENTENCE_END_RE.finditer(text, start, limit):
        if m.group().startswith("\n") and cues()["continues"].search(text, max(start, m.start() - 40), m.start()):
            continue
        return m.start()
    return limit


@functools.lru_cache(maxsize=256)   # a statement asks several times; a few texts' worth is kept
def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 300)
    last = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, pos):
        last = m.end()
    return last


def _before_clause(text: str, pos: int) -> str:
    before = text[max(0, pos - 80):pos]
    sentence_break = max(before.rfind(". "), before.rfind("\n"))
    return before[sentence_break + 1:] if sentence_break >= 0 else before


# `bez dofinansowania ze środków unijnych`, `nie jest współfinansowany`: no funding stated
_NEGATED_RE = re.compile(r"(?<!\w)(?:bez\s+(?:[^\W\d_]+\s+)?|nie\s+(?:(?:jest|był\w*|został\w*|będzie)\s+)?)$",
                         re.IGNORECASE)


_RESOLUTION_REACH = 600


def _is_topic(text: str, m: re.Match[str]) -> bool:
    """`o możliwościach dofinansowania`, `na przykładzie remontu współfinansowanego`, and a
    programme that a sentence about it calls funded (`Konsultacje dotyczą programu X, który
    będzie finansowany …`), unless the event is held within it (`w ramach projektu …`,
    `w ramach otwartego konkursu ofert, współfinansowane …`); and a project a resolution is
    about (`projekt uchwały w sprawie realizacji projektu … współfinansowanego …`)."""
    clause = _before_clause(text, m.start())
    topic = cues()["topic"].search(clause)
    if topic and not cues()["within"].search(clause, 0, topic.start()):
        return True
    within = cues()["within"].search(m.group())
    if within and cues()["topic"].search(m.group(), 0, within.start()):
        return True   # `spotkania … dla organizacji zainteresowanych konkursami w ramach FIO`: the calls are the topic
    line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _RESOLUTION_REACH)
    if cues()["resolution_subject"].search(text, line_start, m.start()):
        return True   # `projektów uchwał: w sprawie … realizację projektu … współfinansowanego` (a long subject)
    start = _sentence_start(text, m.start())
    topics = list(cues()["topic_of_sentence"].finditer(text, start, m.start()))
    if not topics:
        return False
    if PROJECT_OPEN_RE.match(m.group()):
        # `omówiono projekt „X” w ramach Programu Y`: the phrase's own `w ramach` puts no event in it
        return not cues()["frame"].search(text, topics[-1].start(), m.start())
    between = (topics[-1].start(), m.end())
    return bool(cues()["programme_words"].search(text, *between)) and not cues()["frame"].search(text, *between)


def _pays_other_things(text: str, m: re.Match[str], end: int) -> bool:
    """`dzięki dotacji wynajęto autobus`, `koszty dojazdu pokryte ze środków …`: money for
    participants' travel, unless the sentence first names the event or project paid; `jest
    budowana ze środków unijnych ścieżka rowerowa`: money for works, in a sentence that names
    no event or project."""
    start = _sentence_start(text, m.start())
    subjects = cues()["funded_subjects"]
    if cues()["travel"].search(text, start, end) and not subjects.search(text, start, m.start()):
        return True
    return bool(cues()["works"].search(text, start, end)) and not subjects.search(text, start, end)


def _is_statement(text: str, m: re.Match[str]) -> bool:
    """A funding phrase that states funding: a bare `ze środków` only after a project or a
    realisation verb, an agreement only for a measure or programme, or for funding."""
    if AGREEMENT_RE.match(m.group()):
        return bool(cues()["agreement"].match(text, m.start()) or AGREEMENT_PURPOSE_RE.match(text, m.start()))
    return bool(STRONG_RE.match(m.group()) or LABEL_RE.match(m.group())
                or cues()["bare_context"].search(_before_clause(text, m.start())))


def _reads_backward(text: str, m: re.Match[str]) -> bool:
    """Phrases whose funder comes before them: an award, money received, an agreement for funding."""
    return bool(BACKWARD_RE.match(text, m.start())) or (
        bool(AGREEMENT_PURPOSE_RE.match(text, m.start())) and not cues()["agreement"].match(text, m.start()))


def find_funding(text: str) -> list[Funding]:
    out: list[Funding] = []
    covered_until = -1
    agenda = agenda_items(text)   # (`6. Podjęcie uchwał w sprawie … środków PFRON`: an item's subject, no statement)
    for m in sorted([*TRIGGER.finditer(text), *LABEL_RE.finditer(text)], key=lambda t: t.start()):
        if m.start() < covered_until:
            continue
        end = _statement_end(text, m.end())
        if WITHIN_PROJECT_RE.match(m.group()) and any(True for _ in TRIGGER.finditer(text, m.end(), end)):
            continue   # `w ramach projektu X, współfinansowanego ze środków Y`: the project's own statement
        if _is_topic(text, m) or in_agenda(agenda, m.span()) or not ENABLED_BY_RE.match(m.group()) \
                and _NEGATED_RE.search(text, max(0, m.start() - 40), m.start()):
            covered_until = end   # the whole clause is about the topic, or says there was none
            continue
        if not _is_statement(text, m):
            continue
        if IN_PROGRAMME_RE.match(m.group()) and any(STRONG_RE.match(n.group()) and not IN_PROGRAMME_RE.match(n.group())
                                                      for n in TRIGGER.finditer(text, m.end(), end)):
            continue   # `realizowane w ramach Programu X, finansowanego ze środków Y`: Y's statement
        if _pays_other_things(text, m, end):
            continue
        found = _statement(text, m, end)
        if found:
            out.extend(found)
            covered_until = end
    return merge(out + slogan_statements(text))


def _statement(text: str, m: re.Match[str], end: int) -> list[Funding]:
    start = _sentence_start(text, m.start()) if _reads_backward(text, m) else m.start()
    tokens = tokenize(text, start, end)
    programmes = find_programmes(text, tokens, end)
    funders = _named_funders(text, m, tokens, programmes, end)
    funders, parts = _fund_parts(text, funders)
    # (a project's programme is named after `w ramach projektu`, not one the sentence named before)
    in_sentence_before = [] if WITHIN_PROJECT_RE.match(m.group()) else _programmes_before(text, m.start())
    programmes = _right_before(text, in_sentence_before, m.start()) + (programmes or parts)
    if not programmes:
        # `projektu realizowanego w ramach programu X, współfinansowanego ze środków Y`: the
        # nearest programme before the phrase, one that implies its funder first
        before = [p for p in in_sentence_before if p.implied is not None or not p.name.lower().startswith("program ")]
        programmes = sorted(before, key=lambda p: (p.implied is None, -p.start))
    if not programmes and funders:
        programmes = _programme_in_next_sentence(text, end, funders)
    # `przy wsparciu` alone may be advice, not money: only a known funder makes it funding
    if not funders and not any(p.implied for p in programmes):
        return []
    programme = _outer(text, programmes) if programmes else None
    names = _funder_names(text, funders) if funders else [next(p.implied for p in programmes if p.implied)]
    if programme and names == [_UNION] and programme.funds:
        # the programme's own fund, when the page names it elsewhere (a slogan or logo line)
        named = funds_named(text) & set(programme.funds)
        if len(named) == 1:
            names = [named.pop()]
    inside = [n for n in funders + [programme] if n is not None and n.start >= start]
    last = max([n.end for n in inside] + [m.end()])
    action = _ACTION_RE.match(text, last)
    if action and programme and action.start() - programme.end <= 2:
        last = action.end()
    span = (min([n.start for n in inside] + [m.start()]), last)
    unlisted = {f.name for f in funders if f.rank >= 7}
    starts = {f.name: f.start for f in reversed(funders)}
    co_source = _co_source(text, programme, funders, names)
    if co_source:
        # `ze środków Funduszu Inicjatyw Obywatelskich oraz budżetu Województwa X w ramach programu
        # Y`: the programme pays through the funder it implies, the named funder through the next one
        after = next((p for p in programmes[1:] if p.start > funders[0].start), None)
        return [Funding(co_source, programme.name, span, text[span[0]:span[1]])] + [
            Funding(name, after.name if after else None, span, text[span[0]:span[1]], name not in unlisted)
            for name in names]
    # a fund that is one funder's source is not the programme of a co-funder named after it
    return [Funding(name, programme.name if programme and not (programme in parts and starts.get(name, 0) > programme.start)
                    else None, span, text[span[0]:span[1]], name not in unlisted)
            for name in names]


_PART_OF_GAP_RE = re.compile(r"[\s”\"“]*")


def _outer(text: str, programmes: list[Name]) -> Name:
    """The first programme, or the one it is part of, named right after it (`w ramach KSOW Programu …`)."""
    first = programmes[0]
    after = next((p for p in programmes[1:] if p.start >= first.end), None)
    return after if after is not None and _PART_OF_GAP_RE.fullmatch(text, first.end, after.start) else first


def _co_source(text: str, programme: Name | None, funders: list[Name], names: list[str]) -> str | None:
    """The funder a programme implies when the programme is named as a source of its own,
    joined to a named funder after it (`ze środków FIO oraz budżetu Województwa X`)."""
    if programme is None or not programme.implied or not funders or programme.implied in names \
            or programme.end > funders[0].start:
        return None
    return programme.implied if _CO_SOURCE_GAP_RE.fullmatch(text, programme.end, funders[0].start) else None


# between a programme and the funder that shares the cost: `oraz budżetu`, `i ze środków`
_CO_SOURCE_GAP_RE = re.compile(r"[\s,]*(?:oraz|i|a\s+także)\s+(?:[^\W\d_]+\s+){0,2}")


def _programmes_before(text: str, pos: int) -> list[Name]:
    """The programmes named in the sentence before `pos`."""
    return find_programmes(text, tokenize(text, _sentence_start(text, pos), pos), pos)


def _right_before(text: str, programmes: list[Name], pos: int) -> list[Name]:
    """`w ramach Programu X 2021-2027 współfinansowanego z EFS+`: the programme the participle
    right after it agrees with is the one the fund pays for (not one named further on)."""
    return [p for p in programmes if not text[p.end:pos].strip(" ,")][-1:]


def _named_funders(text: str, m: re.Match[str], tokens: list[Token], programmes: list[Name], end: int) -> list[Name]:
    """The funders a statement names, by the kind of phrase that opens it."""
    # a funder inside a programme's name is part of that name (`Fundusz Inicjatyw Obywatelskich`;
    # `środków Krajowej Sieci …`: not `środki krajowe`) unless it owns the programme (`Programu
    # Osłonowego Ministerstwa Rodziny`: the ministry pays)
    funders = [f for f in find_funders(text, tokens) if not any(
        p.start < f.end and f.start < p.end and f.end <= p.end and p.name != f.name and f.rank >= 3
        and not _owns(f, p) for p in programmes) and not (f.rank == 4 and _after_place_word(text, f.start))]
    if WITHIN_PROJECT_RE.match(m.group()):
        return []   # `w ramach projektu „Zdolni z Pomorza”`: only a programme after it implies who pays
    if RECEIVED_AMOUNT_RE.match(m.group()):
        # `Z Narodowego Instytutu Wolności … otrzymali 85 tysięcy złotych`: only the source
        funders = [f for f in funders if _SOURCE_RE.search(text, max(0, f.start - 14), f.start)]
    if AGREEMENT_RE.match(m.group()):
        return [f for f in funders if f.rank < 4]   # the authority signing the agreement pays nothing itself
    if _COMMISSIONED_RE.search(m.group()):
        return [f for f in funders if f.start >= m.end()][:1]   # `realizowane na zlecenie Gminy X`: X pays for its task
    if IN_PROGRAMME_RE.match(m.group()):
        # `realizowany przez X w partnerstwie z Gminą Y w ramach Programu Z`: X and Y carry it out
        # and a local body or a bare name there is a partner or the implementer, not a payer; a fund
        # counts right after `w ramach` or as a source (`ze środków`), not inside the name of the
        # occasion (`w ramach Dni Otwartych Funduszy Europejskich`)
        return [f for f in funders if f.start >= m.end() and f.rank not in (4, 7) and (
            not text[m.end():f.start].strip() or _SOURCE_RE.search(text, max(0, f.start - 14), f.start))]
    if WEAK_RE.match(m.group()):
        # `dzięki wsparciu Fundacji X`: support from a body that exists to fund is money
        return funders + [f for f in generic_funders(text, m.start(), end, funders + programmes)
                          if f.name.split()[0].lower() in _funding_bodies()]
    if LABEL_RE.match(m.group()):
        funders = funders + generic_funders(text, m.start(), end, funders + programmes, label=True)
    # each further `ze środków X` without a known funder names one by itself
    return funders + generic_funders(text, m.start(), end, funders + programmes)


def _owns(funder: Name, programme: Name) -> bool:
    """A funder named last in a programme's name, after its head (`Program Osłonowy Ministerstwa X`);
    not the region of a regional EU programme, which the Union pays (`Regionalnego Programu
    Operacyjnego Województwa X`)."""
    return funder.end == programme.end and funder.start > programme.start and programme.implied != _UNION \
        and funder.name.split()[0].lower() in _programme_owners()


def _after_place_word(text: str, pos: int) -> bool:
    """`w Starostwie Powiatu X`, `dla Gminy Y`: a place or a beneficiary, not a payer."""
    before = text[max(0, pos - 20):pos].split()
    return bool(before) and before[-1].lower() in _place_words()


def _fund_parts(text: str, funders: list[Name]) -> tuple[list[Name], list[Name]]:
    """`ze środków Ministra … pochodzących z Funduszu Promocji Kultury`: an unlisted fund after a
    better funder, not joined to it by `oraz`, is where that funder's money comes from: its
    programme, not a second funder."""
    parts = [f for f in funders if f.rank >= 7 and lemma(f.name.split()[0]) in _fund_heads()
             and any(o.rank < 7 and o.start < f.start and not _joined(text, o, f) for o in funders)]
    return [f for f in funders if f not in parts], [Name(p.start, p.end, p.name, 0) for p in parts]


@functools.cache
def _place_words() -> frozenset[str]:
    return frozenset(lexicon("funding_cues.json")["place_words"])


@functools.cache
def _fund_heads() -> frozenset[str]:
    return frozenset(lexicon("funding_cues.json")["fund_heads"])


def _programme_in_next_sentence(text: str, end: int, funders: list[Name]) -> list[Name]:
    """`Wyjazd współfinansowany ze środków EFRROW. Operacja objęta Programem Rozwoju Obszarów
    Wiejskich …`: a programme the next sentence names, with no funding phrase of its own,
    that the statement's fund finances."""
    start = end + 1
    stop = _statement_end(text, start)
    if stop - start > 400 or TRIGGER.search(text, start, stop):
        return []
    names = {f.name for f in funders}
    return [p for p in find_programmes(text, tokenize(text, start, stop), stop)
            if names & set(p.funds) or (p.funds and _UNION in names)][:1]


def _funder_names(text: str, funders: list[Name]) -> list[str]:
    """The funders of one statement: the best-ranked, and co-funders beside it (`ze środków
    Województwa Małopolskiego oraz Miasta Nowego Sącza`, `EFRR … oraz budżetu państwa`); the
    Union before a named fund only holds it."""
    best = min(funders, key=lambda f: (f.rank, f.start))
    names = [best.name]
    for other in sorted(funders, key=lambda f: f.start):
        if other.name in names or (other.rank >= 7 and best.rank < 7 and other.start < best.start):
            continue
        if other.name == _UNION and best.rank <= 2:
            continue
        if other.name == _STATE_BUDGET and best.rank <= 2 and not _joined(text, best, other):
            continue   # the state budget beside a fund is a second source only when joined by `oraz`
        names.append(other.name)
    if "Fundusze EOG" in names or "Fundusze Norweskie" in names:
        # (`… pochodzących z Islandii, Liechtensteinu i Norwegii`: the donors of those funds)
        names = [n for n in names if n not in _eea_donors()]
    if "Fundusze EOG" in names and "Fundusze Norweskie" in names:
        # the two grants always travel together as one funding source
        first = min(("Fundusze EOG", "Fundusze Norweskie"), key=lambda n: next(f.start for f in funders if f.name == n))
        pair = f"{first} i {'Fundusze Norweskie' if first == 'Fundusze EOG' else 'Fundusze EOG'}"
        names = [pair if n == first else n for n in names if n not in ("Fundusze EOG", "Fundusze Norweskie") or n == first]
    return names


@functools.cache
def _eea_donors() -> frozenset[str]:
    return frozenset(lexicon("funders.json")["eea_donors"])


# (a share may stand between: `w 15 % ze środków krajowych i w 85 % ze środków Funduszu Spójności`)
_CONJUNCTION_RE = re.compile(r"\b(?:oraz|i)\s+(?:(?:w\s+)?\d{1,3}(?:[,.]\d+)?\s*%\s+)?(?:(?:ze\s+środków|z|ze)\s+)?$",
                             re.IGNORECASE)


def _joined(text: str, a: Name, b: Name) -> bool:
    """`ze środków EFRR w ramach Programu X oraz budżetu państwa`, `z budżetu państwa i
    Europejskiego Funduszu …`: the second source follows a coordinating conjunction."""
    first, second = sorted((a, b), key=lambda n: n.start)
    return bool(_CONJUNCTION_RE.search(text, max(first.end, second.start - 30), second.start))
