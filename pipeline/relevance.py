"""Is a page an announcement (or report) of a meeting-type event? One verdict for every caller.

`verdict(title, text)` returns `{"is": bool, "score": 0..1, "reasons": [...]}`; the crawl's
item pipeline, `civic process`, `civic extract` and `civic eval` all ask it, so a page is
judged the same way everywhere (`judge` wraps it for the store's callers).

The evidence, weighed in pipeline/relevance.json:
- event nouns (`sesja`, `spotkanie`, `szkolenie`, `uroczystość`, …) matched on Morfeusz
  lemmas (nlp/morph.py), so inflected forms count; a title that names the event, and more so
  with its date, weighs most;
- frames that make an event of them: a convocation (`zwołuję sesję`), an agenda (`porządek
  obrad`), `odbędzie się`, an invitation to something, people meeting or taking part, a day
  celebrated (`celebrowaliśmy Dzień Seniora`: the guide's Day of Seniors is an event);
- a time of day, a date, a place;
- against: what the page is instead, above all in its title or opening (a tender, `zaprasza
  do składania ofert`, a grant call or its results, a job, a resolution or ordinance, a
  budget or report, a notice, an obituary, greetings) and ordinary-news words in its text;
- a page about a festival, a show or a sports event (`festyn`, `koncert`, `turniej`) that names
  hardly any meeting does not pass: entertainment is no meeting (fairs and galas are);
- a page that gives no day or time loses a little (`no_when`), but a meeting reported held on a
  day the page leaves unsaid (`W dniu dzisiejszym odbyło się zebranie` on a page that prints no
  date) is still a report of a meeting, as the annotation guide counts it;
A page with no event noun and no convocation cannot pass, however inviting its tone; an
event noun that is the object of a tender or a grant call (`oferty na przeprowadzenie
szkolenia`) does not make the page an invitation.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LEXICON_PATH = Path(__file__).with_name("relevance.json")


@dataclass(frozen=True)
class Relevance:
    score: float
    reasons: list[str] = field(default_factory=list)
    is_announcement: bool = False


@dataclass(frozen=True)
class Frame:
    weight: float
    pattern: re.Pattern[str]
    head: bool = False           # decisive when found in the title or opening
    overridable: bool = True     # a page that plainly sets a meeting (date, time, `odbędzie się`) still passes


@dataclass(frozen=True)
class Lexicon:
    threshold: float
    max_chars: int
    head_chars: int
    event: dict[str, float]
    cue: dict[str, float]
    negative: dict[str, float]
    negative_title: dict[str, float]
    frames: dict[str, Frame]
    negative_frames: dict[str, Frame]
    weights: dict[str, float]
    patterns: dict[str, re.Pattern[str]]
    neutral: re.Pattern[str] | None
    meeting_only: frozenset[str]
    culture: frozenset[str]             # festivals, shows and sports: entertainment, not meetings
    meeting_words: frozenset[str]       # event words that are neither culture nor festive (`impreza`)
    document_types: frozenset[str]      # title words a meeting's details never outweigh (`Statut`, `Uchwała`)


# `do` right before an hour: a deadline's, no meeting's (`do godziny 15:30`)
_UNTIL_RE = re.compile(r"(?<!\w)do\s*$", re.IGNORECASE)


def _frames(data: dict[str, Any]) -> dict[str, Frame]:
    return {name: Frame(float(spec["weight"]), re.compile(spec["pattern"]), bool(spec.get("head", False)),
                        bool(spec.get("overridable", True)))
            for name, spec in data.items()}


@functools.cache
def load_lexicon(path: str | None = None) -> Lexicon:
    data: dict[str, Any] = json.loads(Path(path or LEXICON_PATH).read_text(encoding="utf-8"))
    return Lexicon(threshold=float(data["threshold"]), max_chars=int(data.get("max_chars", 20000)),
                   head_chars=int(data.get("head_chars", 300)),
                   event=data["event_lemmas"], cue=data["cue_lemmas"], negative=data["negative_lemmas"],
                   negative_title=data["negative_title_lemmas"], frames=_frames(data["frames"]),
                   negative_frames=_frames(data["negative_frames"]), weights=data["weights"],
                   patterns={k: re.compile(v, re.I) for k, v in data["patterns"].items()},
                   neutral=re.compile(data["neutral_phrases"], re.I) if data.get("neutral_phrases") else None,
                   meeting_only=frozenset(data.get("meeting_only_lemmas", ())),
                   culture=frozenset(data.get("culture_lemmas", ())),
                   meeting_words=frozenset(data["event_lemmas"]) - frozenset(data.get("culture_lemmas", ()))
                   - frozenset(data.get("festive_lemmas", ())),
                   document_types=frozenset(data.get("title_document_types", ())))


def default_threshold() -> float:
    """CIVIC_RELEVANCE_THRESHOLD when set, else the lexicon's threshold."""
    env = os.environ.get("CIVIC_RELEVANCE_THRESHOLD")
    return float(env) if env else load_lexicon().threshold


def _lemma_counts(text: str, known: frozenset[str]) -> dict[str, int]:
    """Occurrences of lexicon lemmas; an ambiguous form counts once, under its likeliest lemma
    (`spotkaniu` is `spotkanie`, not also `spotkać`)."""
    from nlp.morph import lemma, lemmas, words

    counts: dict[str, int] = {}
    for _start, _end, form in words(text):
        if len(form) < 3 or form.isdigit():
            continue
        candidates = lemmas(form) & known
        if not candidates:
            continue
        best = lemma(form)
        chosen = best if best in candidates else min(candidates)
        counts[chosen] = counts.get(chosen, 0) + 1
    return counts


def _hits(counts: dict[str, int], lexicon: dict[str, float]) -> dict[str, tuple[float, int]]:
    return {lem: (weight, counts[lem]) for lem, weight in lexicon.items() if lem in counts and weight > 0}


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _names_a_day(text: str, published: Any) -> bool:
    """Does the date grammar read a day the quick patterns missed (`20 12 2018`, `4.X.2018`,
    `Piętnastego grudnia`, `dzisiaj` on a page of known date)? The publication date is none."""
    from nlp.dates import find_dates

    return any(m.start is not None and m.kind != "publication" for m in find_dates(text, published=_day(published)))


def _fold(text: str) -> str:
    from nlp.morph import fold

    return re.sub(r"\s+", " ", fold(text)).strip()


_HEAD_LINES = 3          # a title is among the first lines, after a word or two of page furniture
_TITLE_WORDS = 25


# `|| OSTRZEŻENIA || NABÓR NA STANOWISKO … ||`: a line of links split by bars or arrows; `*** Apel o … ***`:
# a banner of another notice
_MENU_LINE_RE = re.compile(r"(?m)^(?:[^\n]*?(?:(?:\|\|?|»|›)[^\n|»›]*){2,}"
                           r"|[ \t]*(?:\*{3}|!{3})[^\n]*(?:\*{3}|!{3})[ \t]*)$\n?")


def _head(title: str, text: str, size: int) -> str:
    """What the page says first: its title, else its first short lines (a line of one or two
    words, `Aktualności`, `Pomiń menu`, is furniture and the next line is read as well)."""
    if title.strip():
        return title.strip()
    head: list[str] = []
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        if len(line) > size or len(line.split()) > _TITLE_WORDS:
            break   # a paragraph: the text has no title line here
        head.append(line)
        if len(line.split()) >= 3 or len(head) >= _HEAD_LINES:
            break
    return " / ".join(head)


def verdict(title: str, text: str, *, url: str = "", published: Any = None,
            threshold: float | None = None) -> dict[str, Any]:
    """`{"is": bool, "score": float, "reasons": [str]}`: is this page an announcement or report
    of a meeting-type event? `threshold` overrides the configured one; `published` is the page's
    date where the crawl read it apart from the text (a byline, a feed), which dates `dzisiaj`;
    `url` is accepted for callers that have it, but the decision rests on the words alone."""
    lex = load_lexicon()
    w = lex.weights
    threshold = default_threshold() if threshold is None else float(threshold)
    title = title or ""
    body = (text or "")[: lex.max_chars]
    top = _MENU_LINE_RE.sub("", body[: 4 * lex.head_chars])   # (a menu or a ticker above the page's own title)
    head = _head(title, top, lex.head_chars)
    opening = _fold(head + " " + top[: lex.head_chars])
    folded = _fold(body)
    if lex.neutral is not None:
        # `zebranie uwag`, `konkurs ofert`: words of events in phrases that name none
        head, body = lex.neutral.sub(" ", head), lex.neutral.sub(" ", body)
    known = frozenset(lex.event) | frozenset(lex.cue) | frozenset(lex.negative) | frozenset(lex.negative_title) \
        | lex.culture
    head_counts, text_counts = _lemma_counts(head, known), _lemma_counts(body, known)
    score = 0.0
    reasons: list[str] = []

    head_events = _hits(head_counts, lex.event)
    text_events = _hits(text_counts, lex.event)
    if head_events:
        best = max(head_events, key=lambda k: head_events[k][0])
        score += w["title_event"] * head_events[best][0]
        reasons.append(f"event word in title: {best}")
        if lex.patterns["date"].search(head):
            score += w["title_event_dated"]
            reasons.append("the title dates the event")
    if text_events:
        best = max(text_events, key=lambda k: text_events[k][0])
        score += w["text_event"] * text_events[best][0]
        if sum(n for _w, n in text_events.values()) >= w["repeated_events"]:
            score += w["text_event_repeated"]
        reasons.append("event words in text: " + ", ".join(f"{k}×{n}" for k, (_w, n) in sorted(text_events.items())))
    cues = _hits({**text_counts, **head_counts}, lex.cue)
    if cues:
        best = max(cues, key=lambda k: cues[k][0])
        score += w["cue"] * cues[best][0] + (w["cue_second"] if len(cues) >= 2 else 0.0)
        reasons.append("invitation/report cues: " + ", ".join(sorted(cues)))
    frames = {name for name, frame in lex.frames.items() if frame.pattern.search(folded) or
              frame.pattern.search(_fold(head))}
    if frames:
        score += min(w["frames_max"], sum(lex.frames[name].weight for name in frames))
        reasons.append("event frames: " + ", ".join(sorted(frames)))
    for name in ("time", "date", "venue"):
        if lex.patterns[name].search(body):
            score += w[name]
            reasons.append(f"{name} mentioned")
    undated = (head_events or text_events) and not any(lex.patterns[name].search(head + "\n" + body)
                                                       for name in ("time", "date", "weekday")) \
        and not _names_a_day(head + "\n" + body, published)
    if undated:
        score -= w["no_when"]
        reasons.append("no day or time is given")

    # (`Uwagi przyjmujemy do 4 października do godziny 15:30`: a deadline's hour times no meeting, nor
    # do an office's hours: `pon. – pt. w godzinach 9.00-15.00`)
    timed = any(not _UNTIL_RE.search(body, max(0, m.start() - 4), m.start())
                and not lex.patterns["office_hours_before"].search(body, max(0, m.start() - 60), m.start())
                for m in lex.patterns["time"].finditer(body))
    dated = timed or bool(lex.patterns["date"].search(body))
    # An invitation with a day and an hour names an event even when no event noun does (`GILgotki`),
    # and so does a day celebrated on a date given (`11 marca obchodziliśmy Dzień Sołtysa`).
    celebrated = dated and bool(lex.patterns["celebrated_held"].search(folded))
    named_event = "invite_to" in frames and (timed or ("takes_place" in frames and dated)) or celebrated
    if celebrated and not (head_events or text_events):
        score += w["text_event"]
        reasons.append("a day celebrated on a date given")
    strong_meeting = bool(frames & {"convene", "agenda"}) or bool(
        (text_events or named_event) and frames & {"takes_place", "invite_to"} and timed)
    negative_head = _hits(head_counts, lex.negative_title)
    if negative_head:
        penalty = w["negative_title"] * max(v[0] for v in negative_head.values())
        if strong_meeting and not set(negative_head) & lex.document_types:
            penalty = max(0.0, penalty - w["meeting_overrides"])
        score -= penalty
        reasons.append("not-an-event words in title: " + ", ".join(sorted(negative_head)))
    negative_text = _hits(text_counts, lex.negative)
    if negative_text:
        score -= min(w["negative_text_max"], w["negative_text"] * sum(v[0] for v in negative_text.values()))
        reasons.append("ordinary-news words in text: " + ", ".join(sorted(negative_text)))
    negatives = set()
    vetoed = False   # a tender, a grant call, a job offer: the page is that, whatever event it names
    for name, frame in lex.negative_frames.items():
        in_head = frame.head and frame.pattern.search(opening)
        if in_head or frame.pattern.search(folded):
            negatives.add(name)
            penalty = (w["negative_frame_head"] if in_head else w["negative_frame_text"]) * frame.weight
            if strong_meeting and frame.overridable:
                penalty = max(0.0, penalty - w["meeting_overrides"])
            score -= penalty
            reasons.append(f"{'opens as' if in_head else 'mentions'} {name.replace('_', ' ')}")
            if in_head and not frame.overridable:
                vetoed = True
    if len(lex.patterns["log_entry"].findall(body)) >= w["log_entries"]:
        score -= w["log_penalty"]   # a change log or register: entries stamped to the second
        reasons.append("a log of dated entries")
    events = set(head_events) | set(text_events)
    if vetoed:
        score = min(score, w["veto_cap"])
    situated = any(lex.patterns[name].search(body) for name in ("time", "date", "venue"))
    if events and not frames and not cues and not situated:
        score = min(score, w["bare_cap"])   # `Spotkanie` as a book's title: a word, not an event
        reasons.append("event words only: nothing invites, reports, dates or places an event")
    if not events and "convene" not in frames and not named_event:
        score = min(score, w["no_event_cap"])
        reasons.append("no meeting, session, training, conference or similar event")
    elif events <= lex.meeting_only and "written_only" in negatives and not timed:
        score = min(score, w["no_event_cap"])
        reasons.append("a consultation in writing only: no meeting")
    culture = sum(n for lem, n in text_counts.items() if lem in lex.culture)
    meetings = sum(n for lem, n in text_counts.items() if lem in lex.meeting_words)
    if culture >= w["culture_min"] and culture >= 2 * meetings and meetings <= 1:
        score = min(score, w["culture_cap"])
        reasons.append("a festival, show or sports event, not a meeting")
    score = round(max(0.0, min(1.0, score)), 3)
    return {"is": score >= threshold, "score": score, "reasons": reasons}


def judge(title: str, text: str, url: str = "", *, published: Any = None,
          threshold: float | None = None) -> Relevance:
    """The verdict as the store keeps it (score, reasons, is_announcement)."""
    found = verdict(title, text, url=url, published=published, threshold=threshold)
    return Relevance(score=found["score"], reasons=found["reasons"], is_announcement=found["is"])


def judged(title: str, text: str, url: str = "") -> tuple[bool, float, list[str]]:
    """`judge` as (is an announcement, score, reasons): the verdict `nlp.eval_sets` scores."""
    found = judge(title, text, url)
    return found.is_announcement, found.score, list(found.reasons)
