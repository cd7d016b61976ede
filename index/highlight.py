"""Highlighted snippets in the original words, whatever form the query matched.

The index matches lemmas, which are not what a reader should see; so the text is
re-tokenised with the same analysis, each token that matches the query (by folded form,
lemma, prefix or as part of a phrase) is marked, and the best window is cut from the
original text. Shared by both backends, so snippets look the same everywhere.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from index.analysis import query_word, word_tokens
from index.query import And, Node, Not, Or, Phrase, Prefix, Term
from nlp.morph import WORD_RE, fold

SNIPPET_CHARS = 240
MAX_SCAN_CHARS = 50_000  # matches beyond this far into a text are not looked for
_CONTEXT_BEFORE = 60


@dataclass
class Matcher:
    """The positive words of a query, analysed, for marking tokens of a text."""
    surfaces: set[str] = field(default_factory=set)
    lemmas: set[str] = field(default_factory=set)
    prefixes: list[str] = field(default_factory=list)
    phrases: list[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.surfaces or self.lemmas or self.prefixes or self.phrases)


def matcher(node: Node) -> Matcher:
    """What to mark for a query tree (negated parts and field filters other than title are skipped)."""
    found = Matcher()
    _collect(node, found)
    return found


def _collect(node: Node, found: Matcher) -> None:
    if isinstance(node, (And, Or)):
        for child in node.children:
            _collect(child, found)
    elif isinstance(node, Not):
        return
    elif isinstance(node, Term) and node.field in (None, "title"):
        qw = query_word(node.text)
        if len(qw.surfaces) == 1:
            if not qw.is_stopword:
                found.surfaces.add(qw.surfaces[0])
                found.lemmas.add(qw.lemmas[0])
        elif qw.surfaces:
            found.phrases.append((qw.surfaces, qw.lemmas))
    elif isinstance(node, Phrase) and node.field in (None, "title"):
        parts = [query_word(w) for w in node.words]
        surfaces = tuple(s for p in parts for s in p.surfaces)
        lemmas = tuple(lem for p in parts for lem in p.lemmas)
        if surfaces:
            found.phrases.append((surfaces, lemmas))
    elif isinstance(node, Prefix) and node.field in (None, "title"):
        key = fold(node.text).split()
        if len(key) == 1:
            found.prefixes.append(key[0])
        elif key:
            found.phrases.append((tuple(key), tuple(key)))


def marked_spans(text: str, match: Matcher, reach: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the tokens of `text` that match the query, in order.

    With `reach`, scanning stops that many characters after the first match: a snippet
    shows the first passage that matches, and long texts need not be read to the end.
    """
    surfaces, lemmas = match.surfaces, match.lemmas
    prefixes = tuple(match.prefixes)
    phrases = match.phrases
    recent: list[tuple[int, int, str, str]] = []  # the last tokens, for phrases
    longest = max((len(p[0]) for p in phrases), default=0)
    spans: list[tuple[int, int]] = []
    stop = MAX_SCAN_CHARS
    for m in WORD_RE.finditer(text, 0, MAX_SCAN_CHARS):
        base = m.start()
        if base > stop:
            break
        for s, e, surf, lem in word_tokens(m.group()):
            if surf in surfaces or lem in lemmas or (prefixes and (surf.startswith(prefixes)
                                                                   or lem.startswith(prefixes))):
                spans.append((base + s, base + e))
            if phrases:
                recent.append((base + s, base + e, surf, lem))
                if len(recent) > longest:
                    del recent[0]
                for p_surfaces, p_lemmas in phrases:
                    n = len(p_surfaces)
                    if surf != p_surfaces[-1] and lem != p_lemmas[-1]:
                        continue
                    if len(recent) >= n and all(recent[-n + k][2] == p_surfaces[k] or recent[-n + k][3] == p_lemmas[k]
                                                for k in range(n)):
                        spans.extend((t[0], t[1]) for t in recent[-n:])
        if reach is not None and spans and stop == MAX_SCAN_CHARS:
            stop = min(spans)[0] + reach
    if phrases:
        spans = sorted(set(spans))
    return spans


def _window(text: str, spans: list[tuple[int, int]], max_chars: int) -> tuple[int, int]:
    """Character range of the window that holds the most matches (earliest on ties)."""
    best_start, best_count, j = spans[0][0], 0, 0
    room = max_chars - _CONTEXT_BEFORE
    for a in range(len(spans)):
        j = max(j, a)
        while j + 1 < len(spans) and spans[j + 1][1] - spans[a][0] <= room:
            j += 1
        if j - a + 1 > best_count:
            best_count, best_start = j - a + 1, spans[a][0]
    lo = max(0, best_start - _CONTEXT_BEFORE)
    if lo > 0:  # start at a word
        space = text.find(" ", lo, best_start)
        lo = space + 1 if space >= 0 else best_start
    return lo, lo + max_chars


def snippet(text: str, match: Matcher, max_chars: int = SNIPPET_CHARS) -> str:
    """HTML-escaped text around the best matches, with `<mark>` around each matching run."""
    text = text or ""
    spans = marked_spans(text, match, reach=max_chars) if match else []
    lo, hi = _window(text, spans, max_chars) if spans else (0, max_chars)
    if hi >= len(text):
        hi = len(text)
    else:  # end at a word boundary
        cut = text.rfind(" ", lo, hi)
        hi = cut if cut > lo else hi
    parts: list[str] = ["…" if lo > 0 else ""]
    at, open_run = lo, False
    for start, end in spans:
        if end <= lo or start < at:
            continue
        if start >= hi:
            break
        gap = text[at:start]
        if open_run and not gap.strip():
            parts.append(html.escape(gap))
        else:
            if open_run:
                parts.append("</mark>")
            parts.append(html.escape(gap) + "<mark>")
        parts.append(html.escape(text[start:end]))
        open_run, at = True, end
    if open_run:
        parts.append("</mark>")
    parts.append(html.escape(text[at:hi]))
    if hi < len(text):
        parts.append("…")
    return " ".join("".join(parts).split())
