"""Polish letters a page lost to the wrong one of its two code pages, put back.

A page written in windows-1250 and read as ISO-8859-2 (or the other way round) shows most
Polish letters right, since the two pages share them, but a handful wrong: `odbędš się w
dniu 1 wrzeœnia` for `odbędą się w dniu 1 września`. Bytes decoded at the crawl are read
right (`spiders/encoding.py`); this mends text that came already misread, as saved copies
and pasted texts do. The wrong letters are worked out from the two codecs themselves, and a
text is mended only when it shows them inside words and never the letters they stand for.
Each letter is replaced by one letter, so every span found in the text read is a span of the
original.
"""
from __future__ import annotations

import re

__all__ = ["mend_code_page"]

_POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"


def _misreadings(written_in: str, read_as: str) -> dict[str, str]:
    """{wrong letter: Polish letter} for text written in one code page and read in another
    (a C1 control also as a browser shows it, in windows-1252)."""
    out: dict[str, str] = {}
    for letter in _POLISH:
        raw = letter.encode(written_in)
        for codec in (read_as, "cp1252"):
            try:
                wrong = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if wrong != letter and wrong not in _POLISH:
                out.setdefault(wrong, letter)
    return out


_MAPS = [_misreadings("cp1250", "iso8859-2"), _misreadings("iso8859-2", "cp1250")]
_CLUES = [re.compile(rf"(?<=\w)[{re.escape(''.join(m))}]|[{re.escape(''.join(m))}](?=\w)") for m in _MAPS]
_ANY_CLUE = re.compile(f"[{re.escape(''.join(set().union(*_MAPS)))}]")   # (most texts have none: one pass)
_MIN_CLUES = 2


def mend_code_page(text: str) -> str:
    """The text with the letters of a misread code page put back (the same length), or the
    text itself when it shows no such misreading."""
    if not _ANY_CLUE.search(text):
        return text
    for mapping, clue in zip(_MAPS, _CLUES):
        found = clue.findall(text)
        if len(found) < _MIN_CLUES:
            continue
        real = {mapping[c] for c in found}
        if any(letter in text for letter in real):
            continue   # (the letters they would stand for are written right elsewhere: a name, not a misreading)
        return text.translate(str.maketrans(mapping))
    return text


def as_written(value: str, read: str, within: tuple[int, int], page: str, mended: str) -> str:
    """A name read in the mended text, somewhere in read[within], with the page's own misread
    letters back, so that it stays an exact substring of the page (the value itself when it is
    not found there)."""
    start = read.find(value, within[0], within[1])
    if start < 0:
        return value
    return "".join(page[p] if page[p] != mended[p] else read[p] for p in range(start, start + len(value)))
