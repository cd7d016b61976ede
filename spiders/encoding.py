"""Decoding Polish pages whose charset is declared wrongly or not at all.

Municipal sites still serve windows-1250 and ISO-8859-2 pages, often behind a server that
says UTF-8 (or a `<meta>` that says the opposite of the header). Declarations are therefore
only tie-breakers: the bytes decide. Valid multi-byte UTF-8 is practically never produced by
chance, and between the two single-byte Polish code pages the letters ą, ś, ź, Ą, Ś, Ź sit
on different bytes, so the candidate that yields Polish letters instead of symbols such as
±, ¶, ¼ or š wins. A UTF-8 layout around content pasted in windows-1250 (old CMSs do
that) is decoded part by part. Pages that are not Polish fall back to charset-normalizer.
"""
from __future__ import annotations

import codecs
import re

POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# What the other Polish code page's letters turn into: never expected in Polish prose.
_SUSPICIOUS = frozenset("±¶¼¡¦¬¥¹œŸŒ\x8c\x8f\x9c\x9fšŠťŤžŽĽľ")
# Two-byte UTF-8 sequences of Polish letters (ą ć ę ł ń ó ś ź ż and capitals).
_UTF8_POLISH = re.compile("|".join(re.escape(ch.encode("utf-8")).decode("latin-1")
                                   for ch in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ").encode("latin-1"))
MIXED = "utf-8+cp1250"   # what decode() reports for a page mixing the two

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", re.I)


def normalise_name(name: str | None) -> str | None:
    """Python's canonical codec name (`windows-1250` -> `cp1250`), None when unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return normalise_name(match.group(1)) if match else None


def declared_charset(body: bytes) -> str | None:
    """The charset a document declares about itself (`<meta>` or XML declaration)."""
    head = body[:4096]
    match = _XML_DECL.search(head) or _META_CHARSET.search(head)
    return normalise_name(match.group(1).decode("ascii", "ignore")) if match else None


# Every letter the score counts is a byte above 0x7f in both single-byte code pages, so the
# page's high bytes alone, decoded, score the same as the whole page, at a fraction of the cost.
_HIGH_BYTES = re.compile(rb"[\x80-\xff]+")


def _polish_score(text: str) -> int:
    polish = sum(text.count(ch) for ch in POLISH_LETTERS)
    suspicious = sum(text.count(ch) for ch in _SUSPICIOUS)
    return polish - 3 * suspicious


def detect_encoding(body: bytes, *, content_type: str | None = None) -> str:
    """The encoding that turns `body` into correct text, judged on the bytes themselves."""
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    declared = [c for c in (header_charset(content_type), declared_charset(body)) if c]
    if body.isascii():
        return "utf-8"  # pure ASCII: every candidate agrees
    try:
        body.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if len(_UTF8_POLISH.findall(body)) >= 2:
        # UTF-8 Polish letters beside invalid bytes: a UTF-8 template around content pasted
        # in a single-byte code page. Decoded as UTF-8, the stray bytes as windows-1250.
        return MIXED
    high = b" ".join(_HIGH_BYTES.findall(body))
    scores: dict[str, int] = {}
    for name in ("cp1250", "iso8859-2"):
        scores[name] = _polish_score(high.decode(name, errors="replace"))
    best = max(scores.values())
    if best > 0:
        winners = [name for name, score in scores.items() if score == best]
        for name in declared:
            if name in winners:
                return name
        return winners[0]
    # Not recognisably Polish: trust a declared single-byte charset, else ask charset-normalizer.
    for name in declared:
        if name != "utf-8":
            return name
    from charset_normalizer import from_bytes

    guess = from_bytes(body).best()
    return normalise_name(guess.encoding) if guess is not None else "cp1250"


def _single_byte_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("cp1250", errors="replace"), error.end


codecs.register_error("civic-cp1250", _single_byte_fallback)


def decode(body: bytes, *, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a fetched document; undecodable bytes become U+FFFD, never an error."""
    encoding = detect_encoding(body, content_type=content_type)
    if encoding == MIXED:
        return body.decode("utf-8", errors="civic-cp1250").removeprefix("\ufeff"), MIXED
    text = body.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, encoding
