"""Case-insensitive patterns searched as case-sensitive ones over the lower-cased text.

Python's `re` cannot skip ahead to a case-insensitive pattern's first letters: it tries the
whole pattern at every character, three to ten times slower than the same search made
case-sensitively over `text.lower()`. Both find the same matches wherever lower-casing
keeps every character in place and folds case as `re` does, which holds for every text
without `İ`, `ı` or `ſ` (checked over all of Unicode); a text holding one of them is searched
with the case-insensitive pattern itself. Either way the caller gets the case-insensitive
pattern's own match objects, their groups in the text's own letters.

The same lack of a first letter to skip to slows any pattern that opens with `\b` or a
look-behind: `guarded` compiles such a pattern behind a look-ahead for its first characters.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# the only characters whose lower case moves the text (`İ` -> `i̇`) or that `re` folds to a
# letter their lower case is not (`ı` ~ `i`, `ſ` ~ `s`)
_FOLDS_APART = "İıſ"
_ESCAPE_OR_GROUP_NAME_RE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", re.DOTALL)


@functools.lru_cache(maxsize=16)   # several patterns search the same text in turn
def lowered(text: str) -> str | None:
    """`text.lower()` when a case-sensitive search over it finds what a case-insensitive one
    finds over `text`, at the same positions; else None."""
    if any(ch in text for ch in _FOLDS_APART):
        return None
    return text.lower()


def _lower_pattern(pattern: str) -> str:
    """The pattern with its letters lower-cased, escapes (`\\S`, `\\W`) and group names kept."""
    if re.search(r"\(\?[a-zA-Z]*-|\\[xuUN0-9]", pattern):
        raise ValueError("caseless patterns may not switch case-sensitivity or escape characters by code")
    out, last = [], 0
    for m in _ESCAPE_OR_GROUP_NAME_RE.finditer(pattern):
        out.append(pattern[last:m.start()].lower())
        out.append(m.group())
        last = m.end()
    out.append(pattern[last:].lower())
    return "".join(out)


def _opens_with_letters(items, flags: int) -> bool:
    """Whether the parsed pattern opens with a letter, or (heeding case) with one of several
    letters: `re` skips ahead to those by itself, and a look-ahead would only slow it."""
    from re import _constants as c

    while items and items[0][0] is c.SUBPATTERN:
        items = items[0][1][-1].data
    if not items:
        return False
    op, av = items[0]
    return op is c.LITERAL or (op is c.BRANCH and not flags & re.IGNORECASE
                               and all(b.data and b.data[0][0] is c.LITERAL for b in av[1]))


def _first_chars(items) -> tuple[set[str], bool] | None:
    """(the characters a match of the parsed items can begin with, whether they can match
    nothing); None when a class, `.` or a back-reference may begin it."""
    from re import _constants as c

    chars: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue   # zero-width: the character after it opens the match
        if op is c.LITERAL:
            return chars | {chr(av)}, False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.add(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < 256:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None
            return chars, False
        if op is c.BRANCH:
            nullable = False
            for branch in av[1]:
                found = _first_chars(branch.data)
                if found is None:
                    return None
                chars |= found[0]
                nullable = nullable or found[1]
            if not nullable:
                return chars, False
        elif op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
            found = _first_chars((av[-1] if op is c.SUBPATTERN else av).data)
            if found is None:
                return None
            chars |= found[0]
            if not found[1]:
                return chars, False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found = _first_chars(av[2].data)
            if found is None:
                return None
            chars |= found[0]
            if av[0] > 0 and not found[1]:
                return chars, False
        else:
            return None
    return chars, True


def with_first_chars(pattern: str, flags: int = 0) -> str:
    """The pattern behind a look-ahead for the characters it can open with, when it does not
    open with a letter (`\\b`, a look-behind, an alternation of words): `re` then turns most
    positions away after one test instead of trying the whole pattern (under IGNORECASE the
    look-ahead ignores case too)."""
    from re import _parser   # the parse tree `re` itself compiles

    if not flags & re.IGNORECASE and re.search(r"\(\?[aLmsux]*i", pattern):
        return pattern   # a look-ahead outside `(?i:…)` would heed the case it ignores
    items = _parser.parse(pattern, flags).data
    if _opens_with_letters(items, flags) or pattern.startswith("(?") and not pattern.startswith(
            ("(?:", "(?<", "(?=", "(?!", "(?P")):
        return pattern   # (global flags must stay first)
    found = _first_chars(items)
    if found is None or found[1] or not found[0]:
        return pattern
    return f"(?=[{''.join(re.escape(ch) for ch in sorted(found[0]))}])(?:{pattern})"


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` behind the look-ahead of `with_first_chars`: the same
    matches, found faster over long texts."""
    return re.compile(with_first_chars(pattern, flags), flags)


class Caseless:
    """A case-insensitive pattern with a fast whole-text search (see the module's note)."""

    __slots__ = ("exact", "fast", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.exact = re.compile(pattern, flags | re.IGNORECASE)
        self.fast = guarded(_lower_pattern(pattern), flags & ~re.IGNORECASE)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """What `exact.finditer(text, pos, endpos)` finds."""
        end = len(text) if endpos is None else endpos
        low = lowered(text)
        if low is None:
            yield from self.exact.finditer(text, pos, end)
            return
        for m in self.fast.finditer(low, pos, end):
            yield self.exact.match(text, m.start(), end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """What `exact.search(text, pos, endpos)` finds."""
        end = len(text) if endpos is None else endpos
        low = lowered(text)
        if low is None:
            return self.exact.search(text, pos, end)
        m = self.fast.search(low, pos, end)
        return self.exact.match(text, m.start(), end) if m else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """What `exact.match(text, pos, endpos)` finds (cheaper where most tries fail)."""
        end = len(text) if endpos is None else endpos
        low = lowered(text)
        if low is None:
            return self.exact.match(text, pos, end)
        return self.exact.match(text, pos, end) if self.fast.match(low, pos, end) else None
