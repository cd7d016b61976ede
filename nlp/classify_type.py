"""The kind of event a page announces, read from what the text says the event is.

Pages mention many events: the meeting they announce, the consultations it belongs to, the
training planned for June, the conference room it is held in. Counting words over the whole
page lets the incidental ones win, so the kind is read from the phrases that name *the*
event, in order of how directly they do: the title and the invitation or convocation
(`zapraszamy na …`, `zwołuję sesję`) first, then the subject of `odbędzie się` / `odbyło się`
and the object of `udział w`, and only then every mention in the body. The first of these
tiers that names any event decides. Within a tier a bare `spotkanie` is generic: a modifier
refines it (`spotkanie konsultacyjne`, `spotkanie w ramach konsultacji`) and a specific
name beside it wins (`Konsultacje społeczne` in the title over `zaprasza na spotkanie`).
Which words name an event, on their Morfeusz lemmas, is `nlp.classify_nouns`; vocabulary
lives in `lexicons/event_types.json`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from nlp.classify_nouns import LEX as _LEX
from nlp.classify_nouns import FALLBACK, GENERIC_KIND, MEETING_VERBS, MONTHS, REFINABLE, Word, event_at, read_words
from nlp.morph import analyse

EVENT_TYPES: tuple[str, ...] = tuple(_LEX["kinds"])
_NAMED_BY_OTHER = _LEX["named_by_other"]
_W = _LEX["weights"]
_C = _LEX["constructions"]

_PREPOSITIONS = frozenset(_C["prepositions"])
_INVITATION_LINKS = tuple(tuple(link) for link in _C["invitation_links"])
_TAKING_PART: dict[str, list[tuple[str, ...]]] = {}
for _seq in _C["taking_part"]:
    _TAKING_PART.setdefault(_seq[0], []).append(tuple(_seq))
_LINK_STARTS = frozenset(link[0] for link in _INVITATION_LINKS)
_NAV_SEPARATORS = tuple(_LEX["navigation_separators"])
_LIST_MARKERS = ("–", "-", "•", "*", "·", "▪")
HEAD_CHARS: int = _LEX["head_chars"]   # the title and first lines of a page
_NOT_EVENT_RE = re.compile("|".join(f"(?:{w})" for w in _LEX["not_event_words"]), re.IGNORECASE)
_CALL_RE = re.compile("|".join(f"(?:{w})" for w in _LEX["calls_without_event"]), re.IGNORECASE)

_NUMERIC_DATE_RE = re.compile(r"^\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?")

TITLE, NAMED, HAPPENING, BODY = 0, 1, 2, 3   # evidence tiers, most direct first


@dataclass(frozen=True, slots=True)
class _Evidence:
    tier: int
    kind: str
    generic: bool
    weight: float
    position: int
    reported: bool = False   # a finite verb says the event is organised or was attended


# --- where the event is named ---------------------------------------------------------------

def _title_lines(text: str, title: str) -> list[str]:
    """The given title and the short lines that open the page (menus and breadcrumbs skipped)."""
    spec = _LEX["title"]
    lines = [title] if title.strip() else []
    head = text[:spec["head_chars"]]
    complete = head[:head.rfind("\n")] if len(text) > len(head) else head   # no line cut short
    seen = long_lines = 0
    for line in complete.splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > spec["max_lines"]:
            break
        if _is_navigation(line) or line.lstrip()[:1] in _LIST_MARKERS:
            continue   # (a list's item, `– spotkanie z partnerami`, is no title)
        if len(line.split()) <= spec["max_words"]:
            lines.append(line)
        else:
            long_lines += 1
            if long_lines >= 2:
                break   # the body has begun
    return lines


def _title_evidence(text: str, title: str) -> Iterator[_Evidence]:
    for n, line in enumerate(_title_lines(text, title)):
        words = read_words(line)
        for i in range(len(words)):
            found = event_at(words, i)
            if found:
                yield _Evidence(TITLE, found[0], found[1], _W["title"], n)
                break


def _first_event(words: list[Word], events: list[tuple[str, bool] | None], start: int, stop: int, *,
                 subject: bool, sentence: int | None) -> tuple[int, tuple[str, bool]] | None:
    """The first event word in words[start:stop]; a subject is not governed by a preposition
    and may be a nominative (`przy okazji Dnia Wszystkich Świętych odbyły się warsztaty`)."""
    for j in range(max(0, start), min(stop, len(words))):
        if sentence is not None and words[j].sentence != sentence:
            break
        found = events[j]
        governed = j and words[j - 1].low in _PREPOSITIONS
        if found and not (subject and (governed or not _may_be_nominative(words[j].low))):
            return j, found
    return None


@functools.lru_cache(maxsize=20_000)
def _may_be_nominative(low: str) -> bool:
    readings = [r for r in analyse(low) if r.pos in ("subst", "ger", "adj", "depr")]
    return not readings or any("nom" in (r.tag.split(":") + ["", "", ""])[2].split(".") for r in readings)


def _starts_with(words: list[Word], i: int, seq: tuple[str, ...]) -> bool:
    return i + len(seq) <= len(words) and all(words[i + k].low == s for k, s in enumerate(seq))


def _has_date(words: list[Word], sentence_bounds: tuple[int, int]) -> bool:
    lo, hi = sentence_bounds
    for j in range(lo, hi):
        low = words[j].low
        if _NUMERIC_DATE_RE.match(low):
            return True
        if low.isdigit() and j + 1 < hi and words[j + 1].low.startswith(MONTHS):
            return True
    return False


def _sentence_bounds(words: list[Word]) -> dict[int, tuple[int, int]]:
    """The first and past-the-last word index of each sentence (sentences run in order)."""
    bounds: dict[int, tuple[int, int]] = {}
    start = 0
    for j in range(1, len(words) + 1):
        if j == len(words) or words[j].sentence != words[start].sentence:
            bounds[words[start].sentence] = (start, j)
            start = j
    return bounds


def _construction_evidence(words: list[Word], events: list[tuple[str, bool] | None],
                           openings: list[tuple[int, str]]) -> Iterator[_Evidence]:
    """The events the constructions opening at `openings` (index, construction) name."""
    bounds = _sentence_bounds(words) if openings else {}
    for i, construction in openings:
        word = words[i]
        sentence = word.sentence
        start, end = bounds[sentence]
        if construction == "invitation":
            for j in range(i + 1, min(end, i + 26)):
                if words[j].low not in _LINK_STARTS:
                    continue
                link = next((seq for seq in _INVITATION_LINKS if _starts_with(words, j, seq)), None)
                if link:
                    hit = _first_event(words, events, j + len(link), j + len(link) + 5, subject=False, sentence=sentence)
                    if hit:
                        yield _Evidence(NAMED, hit[1][0], hit[1][1], _W["invitation"], hit[0])
                        break
        elif construction == "convening":
            hit = (_first_event(words, events, start, i, subject=True, sentence=sentence)
                   or _first_event(words, events, i + 1, i + 13, subject=False, sentence=None))
            if hit:
                yield _Evidence(NAMED, hit[1][0], hit[1][1], _W["convening"], hit[0])
        elif construction == "happening":
            hit = (_first_event(words, events, start, i, subject=True, sentence=sentence)
                   or _first_event(words, events, i + 1, i + 11, subject=True, sentence=sentence))
            if hit:
                weight = _W["happening_dated"] if _has_date(words, (start, end)) else _W["happening"]
                yield _Evidence(HAPPENING, hit[1][0], hit[1][1], weight, hit[0])
        elif construction == "organising":
            hit = _first_event(words, events, i + 1, i + 4, subject=False, sentence=sentence)
            if hit is None and i and words[i - 1].sentence == sentence and events[i - 1]:
                hit = (i - 1, events[i - 1])
            if hit:
                yield _Evidence(HAPPENING, hit[1][0], hit[1][1], _W["organising"], hit[0],
                                reported=not _is_gerund(word.low))
        elif construction == "meeting":
            if "się" in (words[i - 1].low if i else "", words[i + 1].low if i + 1 < len(words) else ""):
                # "spotkali się w ośrodku": told in the past tense, the meeting took place
                yield _Evidence(HAPPENING, MEETING_VERBS[word.entry[0]], True, _W["meeting_verb"], i,
                                reported=any(a.pos == "praet" for a in analyse(word.low)))
        else:
            seq = next((q for q in _TAKING_PART[word.low] if _starts_with(words, i, q)), None)
            if seq:
                hit = _first_event(words, events, i + len(seq), i + len(seq) + 4, subject=False, sentence=sentence)
                if hit:
                    yield _Evidence(HAPPENING, hit[1][0], hit[1][1], _W["taking_part"], hit[0],
                                    reported=_tells_taking_part(words, i))


def _tells_taking_part(words: list[Word], i: int) -> bool:
    """`uczestniczyli w`, `wzięło udział w`: a verb says people took part (not `udział w`
    said of a plan, not `uczestnicy` who will get certificates)."""
    if any(a.pos in ("fin", "praet") and a.lemma == "uczestniczyć" for a in analyse(words[i].low)):
        return True
    return i > 0 and any(a.pos == "praet" and a.lemma == "wziąć" for a in analyse(words[i - 1].low))


def _is_gerund(low: str) -> bool:
    """`zorganizowanie`, `przeprowadzenia`: the act named as a noun (a tender's object), not told."""
    return any(a.pos == "ger" for a in analyse(low)) and not any(a.pos in ("praet", "fin", "ppas") for a in analyse(low))


def _body_evidence(words: list[Word], events: list[tuple[str, bool] | None]) -> Iterator[_Evidence]:
    for i, found in enumerate(events):
        if found:
            # `spotkanie konsultacyjne` among bare `spotkanie`s names the kind of the one meeting
            refined = not found[1] and words[i].entry is not None and words[i].entry[0] in REFINABLE
            yield _Evidence(BODY, found[0], found[1], _W["body_refined"] if refined else _W["body"], i)


_TIERS = ((TITLE, NAMED), (HAPPENING,), (BODY,))   # the title weighs with the invitation


def _decide(evidence: list[_Evidence]) -> tuple[str, bool] | None:
    """The kind the most direct tier names, and whether only a generic `spotkanie` named it;
    within a tier a generic `spotkanie` yields to a specific name."""
    for tiers in _TIERS:
        found = [e for e in evidence if e.tier in tiers]
        if not found:
            continue
        if all(e.kind == FALLBACK for e in found if e.tier == TITLE) \
                and any(e.tier == NAMED and e.kind != FALLBACK for e in found):
            # `Krajowy Dzień Sołtysa` over `zapraszamy na konferencję`: the occasion's title names
            # no kind of the event the page invites to
            found = [e for e in found if e.tier != TITLE]
        specific = any(not e.generic for e in found)
        scores: dict[str, float] = {}
        counts: dict[str, int] = {}
        first: dict[str, tuple[int, int]] = {}
        for e in found:
            if e.tier == BODY:
                counts[e.kind] = counts.get(e.kind, 0) + 1
                if counts[e.kind] > _W["body_cap"]:
                    continue
            factor = _W["generic_factor"] if e.generic and specific else 1.0
            scores[e.kind] = scores.get(e.kind, 0.0) + e.weight * factor
            first.setdefault(e.kind, (e.tier, e.position))
        best = max(scores, key=lambda k: (round(scores[k], 6), k != GENERIC_KIND, -first[k][0], -first[k][1]))
        return best, all(e.generic for e in found if e.kind == best)
    return None


def _specific_in_body(body: list[_Evidence]) -> str | None:
    """A specific kind the body names about as often as the generic word: the announced
    `spotkanie` is then that kind (`spotkanie odbędzie się … Debata dotyczy … debaty`)."""
    generic = sum(1 for e in body if e.generic)
    counts: dict[str, int] = {}
    for e in body:
        if not e.generic and e.kind not in (GENERIC_KIND, FALLBACK):
            counts[e.kind] = counts.get(e.kind, 0) + 1
    if not counts:
        return None
    kind = max(counts, key=lambda k: counts[k])
    return kind if counts[kind] >= 2 and counts[kind] * 2 >= generic and list(counts.values()).count(counts[kind]) == 1 \
        else None


def event_type(text: str, title: str = "", *, has_event: bool | None = None,
               find_events: Callable[[str], bool] | None = None) -> str:
    """spotkanie | konferencja | szkolenie | warsztaty | konsultacje | debata | forum | inne.

    The kind of the event the page speaks of, dated or not (a report of a session whose day it
    leaves out is still of a `spotkanie`). A page that names no event, whose head makes it a
    tender or a grant result, or that calls for partners in a project and dates no event, is
    `inne`; pass `has_event` when the dates are already known, or `find_events(text) -> bool`
    reads them (only for such a call).
    """
    words = read_words(title + "\n\n" + text if title else text)
    events = [event_at(words, i) if word.entry else None for i, word in enumerate(words)]
    openings = [(i, word.construction) for i, word in enumerate(words) if word.construction]
    constructions = list(_construction_evidence(words, events, openings))
    evidence = list(_title_evidence(text, title)) + constructions
    body = list(_body_evidence(words, events))
    decided = _decide(evidence) or _decide(body)
    if decided is None:
        return FALLBACK
    kind, generic_only = decided
    if generic_only:
        kind = _specific_in_body(body) or kind
    if kind in _NAMED_BY_OTHER:
        # `seminarium`, also called a `konferencja` on the page, is a conference; called a `spotkanie`
        # where the page names its event (`W spotkaniu uczestniczyli`, not a programme's item), a meeting
        rule = _NAMED_BY_OTHER[kind]
        also, named = {e.kind for e in evidence + body}, {e.kind for e in evidence}
        kind = next((k for k in rule["also_called"] if k in (named if k == GENERIC_KIND else also)), rule["kind"])
    invited = any(e.tier == NAMED for e in constructions)
    if not invited and _NOT_EVENT_RE.search(_head(text, title)):
        return FALLBACK   # a tender or grant results page that mentions a meeting
    if not invited and _CALL_RE.search(_head(text, title)):
        if has_event is None:
            has_event = bool(find_events and find_events(text))
        if not has_event:
            return FALLBACK   # `Zapraszamy organizacje do współpracy w projekcie. Już wkrótce warsztaty`
    return kind


def _head(text: str, title: str) -> str:
    """The title and the first lines of the page, without menu and breadcrumb lines."""
    lines = [line for line in text[:HEAD_CHARS].splitlines() if not _is_navigation(line)]
    return title + "\n" + "\n".join(lines)


_WIDE_GAP_RE = re.compile(r"\S\s{2,}\S")


@functools.lru_cache(maxsize=1024)   # the title and the head of a page ask about the same lines
def _is_navigation(line: str) -> bool:
    return sum(line.count(sep) for sep in _NAV_SEPARATORS) >= 2 or len(_WIDE_GAP_RE.findall(line)) >= 2
