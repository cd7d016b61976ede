"""Is a page an announcement (or report) of a meeting, conference, training, workshop or
consultation? A score in 0..1 with the reasons that produced it.

Municipal news feeds mix such announcements with road works, waste collection and tenders,
and the words that matter come inflected (`spotkaniu`, `konsultacjach`), so the decision
works on Morfeusz lemmas (nlp/morph.py) against a weighted lexicon kept in
pipeline/relevance.json. A page with no event word at all cannot pass, however inviting
its tone.
"""
from __future__ import annotations

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
class Lexicon:
    threshold: float
    max_chars: int
    event: dict[str, float]
    cue: dict[str, float]
    negative: dict[str, float]
    weights: dict[str, float]
    patterns: dict[str, re.Pattern[str]]


@functools.cache
def load_lexicon(path: str | None = None) -> Lexicon:
    data: dict[str, Any] = json.loads(Path(path or LEXICON_PATH).read_text(encoding="utf-8"))
    return Lexicon(threshold=float(data["threshold"]), max_chars=int(data.get("max_chars", 20000)),
                   event=data["event_lemmas"], cue=data["cue_lemmas"], negative=data["negative_lemmas"],
                   weights=data["weights"],
                   patterns={k: re.compile(v, re.I) for k, v in data["patterns"].items()})


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
    return {lem: (weight, counts[lem]) for lem, weight in lexicon.items() if lem in counts}


def judge(title: str, text: str, url: str = "", *, threshold: float | None = None) -> Relevance:
    """Score a page from its title and main text; `threshold` overrides the configured one.

    `url` is accepted for callers that have it; the decision rests on the words alone, so a
    page moved to another address keeps its verdict.
    """
    lex = load_lexicon()
    w = lex.weights
    threshold = default_threshold() if threshold is None else float(threshold)
    title = title or ""
    body = (text or "")[: lex.max_chars]
    known = frozenset(lex.event) | frozenset(lex.cue) | frozenset(lex.negative)
    title_counts, text_counts = _lemma_counts(title, known), _lemma_counts(body, known)
    score = 0.0
    reasons: list[str] = []

    title_events = _hits(title_counts, lex.event)
    text_events = _hits(text_counts, lex.event)
    if title_events:
        best = max(title_events, key=lambda k: title_events[k][0])
        score += w["title_event"] * title_events[best][0]
        reasons.append(f"event word in title: {best}")
    if text_events:
        best = max(text_events, key=lambda k: text_events[k][0])
        score += w["text_event"] * text_events[best][0]
        total = sum(n for _w, n in text_events.values())
        if total >= 3:
            score += w["text_event_repeated"]
        reasons.append("event words in text: " + ", ".join(f"{k}×{n}" for k, (_w, n) in sorted(text_events.items())))
    cues = _hits({**text_counts, **title_counts}, lex.cue)
    if cues:
        best = max(cues, key=lambda k: cues[k][0])
        score += w["cue"] * cues[best][0] + (w["cue_second"] if len(cues) >= 2 else 0.0)
        reasons.append("invitation/report cues: " + ", ".join(sorted(cues)))
    if _hits(title_counts, lex.cue):
        score += w.get("cue_title", 0.0)
        reasons.append("invitation/report cue in title")
    for name in ("time", "date", "venue"):
        if lex.patterns[name].search(body):
            score += w[name]
            reasons.append(f"{name} mentioned")
    negative_title = _hits(title_counts, lex.negative)
    if negative_title:
        score -= w["negative_title"] * max(v[0] for v in negative_title.values())
        reasons.append("ordinary-news words in title: " + ", ".join(sorted(negative_title)))
    negative_text = _hits(text_counts, lex.negative)
    if negative_text:
        score -= min(w["negative_text_max"], w["negative_text"] * sum(v[0] for v in negative_text.values()))
        reasons.append("ordinary-news words in text: " + ", ".join(sorted(negative_text)))
    if not title_events and not text_events:
        score = min(score, w["no_event_cap"])
        reasons.append("no meeting, conference, training, workshop or consultation word")
    score = round(max(0.0, min(1.0, score)), 3)
    return Relevance(score=score, reasons=reasons, is_announcement=score >= threshold)
