"""Meetings counted on a date's line, then listed by their places.

`Dzisiaj odbędą się jeszcze 2 debaty:` / `1. Sala Osiedla X przy ul. Polnej 4` / `2. Klub Y przy
ul. Leśnej 14`: the line names the day and how many meetings it holds, and each numbered item
under it is one of them, at its own place. Each item's venue is then an event of that day (the
guide: two sessions on one day at different places are two events).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from nlp.dates_mention import DateMention
from nlp.text_lines import line_bounds
from nlp.vocabulary import is_event_noun, lexicon

Span = tuple[int, int]

_ITEM_RE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*(?=\S)")
_BLANK_LINES_RE = re.compile(r"(?:[ \t]*\n)*")
_WORD_RE = re.compile(r"[^\W\d_]+|\d{1,2}")
_MAX_ITEMS = 30


@functools.cache
def _count_words() -> dict[str, int]:
    return dict(lexicon("event_words.json")["count_words"])


def _counted_meetings(line: str) -> int | None:
    """`2 debaty`, `kolejnych 6 debat`, `trzy spotkania`: how many meetings the line counts."""
    words = _WORD_RE.findall(line)
    for k, word in enumerate(words):
        count = int(word) if word.isdigit() else _count_words().get(word.lower())
        if count is not None and count >= 2 and any(is_event_noun(w) for w in words[k + 1:k + 3]):
            return count
    return None


def _items(text: str, pos: int) -> list[Span]:
    """The numbered items (one line each, blank lines between allowed) that open at `pos`."""
    items: list[Span] = []
    while len(items) < _MAX_ITEMS:
        pos = _BLANK_LINES_RE.match(text, pos).end()
        item = _ITEM_RE.match(text, pos)
        if item is None or pos >= len(text):
            break
        end = line_bounds(text, pos)[1]
        items.append((pos, end))
        pos = end + 1
    return items


def events_of_listed_places(text: str, events: list[dict[str, Any]], mentions: Sequence[DateMention],
                            venue_spans: list[Span]) -> list[dict[str, Any]]:
    """The events, with one event a place for each date line counting its meetings before a numbered
    list of their places (an item whose place was not read is still a meeting, of no known
    venue); the line's own mention of the day, if it is an event, is replaced by them."""
    out = list(events)
    event_days = {e["start"][:10] for e in events}
    done: set[int] = set()
    for mention in reversed(mentions):   # (a line's last date is the one its count follows)
        line_start, line_end = line_bounds(text, mention.span[0])
        if mention.kind not in ("event", "other") or mention.day not in event_days or line_start in done \
                or mention.span[1] > line_end or not text[line_start:line_end].rstrip().endswith(":"):
            continue
        done.add(line_start)
        count = _counted_meetings(text[mention.span[1]:line_end])
        items = _items(text, line_end + 1)
        if count is None or len(items) != count:
            continue   # (as many items as the line counts)
        places = [next((v for v, (s, _) in enumerate(venue_spans) if a <= s < b), None) for a, b in items]
        found = [v for v in places if v is not None]
        if not found or len(set(found)) != len(found):
            continue
        listed = [{"start": mention.start, "end": mention.end, "text": mention.text, "span": list(mention.span),
                   "venue": v} for v in places]
        out = [e for e in out if tuple(e["span"]) != mention.span] + listed
    return sorted(out, key=lambda e: e["span"][0])
