"""E-mail addresses, Polish phone numbers and web addresses, exactly as the page writes them.

Phone numbers are the hard part: a page is full of nine-digit things that are not phones
(REGON, account numbers, postcodes next to house numbers). A number counts as a phone when a
cue stands before it (`tel.`, `telefon`, `pod numerem`), when it carries the country code
(`+48`), or when it is grouped the way Polish numbers are printed (`789 059 281`,
`(42) 632 79 77`, `61 8170 411`).
"""
from __future__ import annotations

import bisect
import re

__all__ = ["find_contacts"]

_EMAIL_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_EMAIL_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-")
_DIGITS_RE = re.compile(r"[0-9]+")
URL_RE = re.compile(
    r"(?:https?://|(?<![\w./@-])www\.)[^\s<>\"'{}\[\]|\\^`]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}»”\"'’*"
# A phone candidate: digits with the separators Polish pages use, 9 digits or more in all.
PHONE_RE = re.compile(
    r"(?<![\w+/.,-])(?:\(?(?:\+|00)\s?48\)?[\s.-]?)?(?:\(\s?0?[\s-]?\d{2}\s?\)[\s.-]?)?"
    r"\d(?:[\s.-]?\d){6,10}(?![\w-]|[.,]\d)")
_PHONE_CUE_RE = re.compile(
    r"(?<!\w)(?:tel|tel\.|telefon\w*|tel\./fax|fax|faks|kom|kom\.|komórk\w*|gsm|nr|numer\w*|infolini\w*|"
    r"dzwoń\w*|zadzwoń\w*|sms|kontakt\w*|mobile|phone)(?!\w)[^\d\n]{0,25}$", re.IGNORECASE)
_NOT_PHONE_CUE_RE = re.compile(
    r"(?<!\w)(?:nip|regon|krs|pesel|konta|konto|rachunk\w*|iban|bank\w*|nr\s+rej\w*|sygn\w*|isbn|issn|"
    r"kod\w*|decyzj\w*|uchwał\w*|zarządzeni\w*|umow\w*)(?!\w)[^\n]{0,25}$", re.IGNORECASE)
_GROUPED_RE = re.compile(
    r"^(?:\(?(?:\+|00)\s?48\)?[\s.-]?.*"                         # with the country code
    r"|\(\s?0?[\s-]?\d{2}\s?\).*"                                # (42) 632 79 77
    r"|\d{3}[\s-]\d{3}[\s-]\d{3}"                                # 789 059 281, 789-059-281
    r"|\d{2}[\s-]\d{3}(?:[\s-]\d{2}){2}"                         # 42 632 79 77
    r"|\d{2}[\s-]\d{2}[\s-]\d{2}[\s-]\d{3}"                      # 77 44 15 250
    r"|\d{2}[\s-]\d{4}[\s-]\d{3}"                                # 61 8170 411
    r"|\d{2}[\s-]\d{3}[\s-]\d{4}"                                # 61 817 0411
    r"|\d{2}[\s-]\d{3}[\s-]\d{2}[\s-]\d{2}"                      # 61 817 04 11
    r")$")


_SPACES_RE = re.compile(r"\s+")


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _national(number: str) -> str | None:
    """The 9-digit national number, or None when the digits cannot be a Polish phone."""
    digits = _digits(number)
    if len(digits) == 13 and digits.startswith("0048"):
        digits = digits[4:]
    elif len(digits) == 11 and digits.startswith("48") and ("+" in number or number.lstrip("( ").startswith("48")):
        digits = digits[2:]
    elif len(digits) == 10 and digits.startswith("0"):
        digits = digits[1:]
    if len(digits) != 9 or digits[0] == "0":
        return None
    return digits


def _phone_candidates(text: str):
    """PHONE_RE matches, tried only where a run of digits starts (or a `+48`/`(42)` before it)."""
    consumed = 0
    for run in _DIGITS_RE.finditer(text):
        p = run.start()
        if p < consumed:
            continue
        for q in (p - 3, p - 2, p - 1, p):
            if q < consumed or q < 0 or text[q] not in "(+0123456789":
                continue
            m = PHONE_RE.match(text, q)
            if m and m.end() > p:
                consumed = m.end()
                yield m
                break


def _emails(text: str) -> list[re.Match | tuple[int, int, str]]:
    """Addresses around each `@` (found with str.find: most texts hold one or two)."""
    out = []
    i = text.find("@")
    while i >= 0:
        s = i
        while s > 0 and text[s - 1] in _EMAIL_LOCAL or (s > 0 and text[s - 1].isalnum()):
            s -= 1
        domain = _EMAIL_DOMAIN_RE.match(text, i + 1)
        if s < i and domain:
            address = text[s:domain.end()].lstrip(".+-")
            start = domain.end() - len(address)
            out.append((start, domain.end(), address))
        i = text.find("@", i + 1)
    return out


def _phones(text: str, taken: list[tuple[int, int]]) -> list[str]:
    out: list[str] = []
    last_end = -100
    taken = sorted(taken)
    taken_starts = [s for s, _ in taken]
    for m in _phone_candidates(text):
        k = bisect.bisect_left(taken_starts, m.end())
        if k and taken[k - 1][1] > m.start() or any(s < m.end() and m.start() < e for s, e in taken[max(0, k - 8):k]):
            continue  # part of an e-mail address or a URL
        raw = m.group().rstrip(" .-")
        if _national(raw) is None:
            continue
        left = text[max(0, m.start() - 40):m.start()]
        if _NOT_PHONE_CUE_RE.search(left):
            continue
        # a second number right after the first ("tel. 81 111 11 11, 600 100 100") shares its cue
        chained = m.start() - last_end <= 6 and re.fullmatch(r"[\s,;/]*(?:lub|i|oraz|albo)?[\s,;/]*",
                                                              text[last_end:m.start()]) is not None
        if not (_PHONE_CUE_RE.search(left) or _GROUPED_RE.match(raw) or chained):
            continue
        out.append(_SPACES_RE.sub(" ", raw))  # a non-breaking space is still a space
        last_end = m.start() + len(raw)
    return out


def _trim_url(url: str) -> str:
    """Drop the sentence's punctuation after a URL, but keep a closing bracket it opened."""
    while url and url[-1] in _URL_TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _find_all(text: str, needle: str):
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def find_contacts(text: str) -> dict[str, list[str]]:
    """`{"emails": [...], "phones": [...], "urls": [...]}`, as written, de-duplicated, in order."""
    emails, urls, taken = [], [], []
    lowered = text.lower()
    starts = sorted({i for stem in ("http", "www.") for i in _find_all(lowered, stem)}) \
        if len(lowered) == len(text) else [m.start() for m in URL_RE.finditer(text)]
    consumed = 0
    for i in starts:
        if i < consumed:  # inside the previous address
            continue
        m = URL_RE.match(text, i)
        if not m:
            continue
        consumed = m.end()
        url = _trim_url(m.group())
        if "@" in url or len(url) <= len("https://"):
            continue
        if url.lower() in ("www.", "http://", "https://"):
            continue
        urls.append(url)
        taken.append((m.start(), m.start() + len(url)))
    for start, end, address in _emails(text):
        emails.append(address.rstrip("."))
        taken.append((start, end))
    return {"emails": _dedupe(emails), "phones": _dedupe(_phones(text, taken)), "urls": _dedupe(urls)}
