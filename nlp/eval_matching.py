"""The matching rules of the annotation guide: when a predicted date, name or contact is the gold one.

Why a module of its own: the scorer (`nlp.evaluate`) counts matches; what a match is, down to
the 5-character token prefixes and the `XXXX` year, is the guide's rule and is kept here, apart
from the counting.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

MATCH_THRESHOLD = 0.5
PREFIX_LENGTH = 5

_DATE_RE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})")
_TIME_RE = re.compile(r"T(\d{2}):(\d{2})")
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


# --------------------------------------------------------------------------- normalising

def date_of(value: Any) -> str | None:
    """`YYYY-MM-DD` (or `XXXX-MM-DD`) at the head of a date, datetime or deadline entry."""
    if isinstance(value, dict):
        value = value.get("start", value.get("date"))
    if not isinstance(value, str):
        return None
    match = _DATE_RE.match(value.strip())
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else None


def time_of(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("start")
    if not isinstance(value, str):
        return None
    match = _TIME_RE.search(value)
    return f"{match.group(1)}:{match.group(2)}" if match else None


def dates_match(gold: str | None, predicted: str | None) -> bool:
    """Same date; `XXXX` as a year (on either side) matches any year."""
    if not gold or not predicted:
        return False
    if gold[5:] != predicted[5:]:
        return False
    return gold[:4] == predicted[:4] or "XXXX" in (gold[:4], predicted[:4])


def prefix_tokens(text: str | None) -> Counter[str]:
    """Lower-cased word tokens cut to 5 characters, so inflected forms of a name still meet."""
    return Counter(token[:PREFIX_LENGTH] for token in _TOKEN_RE.findall((text or "").lower()))


def token_f1(gold: str | None, predicted: str | None) -> float:
    g, p = prefix_tokens(gold), prefix_tokens(predicted)
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def venue_text(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(str(value[k]) for k in ("name", "address", "city") if value.get(k))
    return str(value or "")


def organiser_text(value: Any) -> str:
    return str(value.get("name") or "") if isinstance(value, dict) else str(value or "")


def funder_text(value: Any) -> str:
    return str(value.get("funder") or "") if isinstance(value, dict) else str(value or "")


def programme_text(value: Any) -> str:
    return str(value.get("programme") or "") if isinstance(value, dict) else ""


def normalise_email(value: str) -> str:
    return value.strip().lower().removeprefix("mailto:")


def normalise_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if len(digits) == 11 and digits.startswith("48"):
        digits = digits[2:]
    if len(digits) == 10 and digits.startswith("0"):
        digits = digits[1:]
    return digits


def normalise_url(value: str) -> str:
    value = value.strip().lower()
    value = re.sub(r"^[a-z]+://", "", value)
    value = value.removeprefix("www.")
    return value.rstrip("/.,;:)")


CONTACT_NORMALISERS: dict[str, Callable[[str], str]] = {
    "emails": normalise_email, "phones": normalise_phone, "urls": normalise_url}


# --------------------------------------------------------------------------- matching

def one_to_one(gold: Sequence[Any], predicted: Sequence[Any],
               similarity: Callable[[Any, Any], float]) -> dict[int, int]:
    """Pairs gold index -> prediction index, best similarity first; 0 means no match."""
    pairs = sorted(((similarity(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
                   key=lambda t: (-t[0], t[1], t[2]))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for sim, gi, pi in pairs:
        if sim <= 0:
            break
        if gi in matched or pi in used:
            continue
        matched[gi] = pi
        used.add(pi)
    return matched


def fuzzy(text_of: Callable[[Any], str]) -> Callable[[Any, Any], float]:
    def similarity(g: Any, p: Any) -> float:
        f1 = token_f1(text_of(g), text_of(p))
        return f1 if f1 >= MATCH_THRESHOLD else 0.0
    return similarity


def event_similarity(g: Any, p: Any) -> float:
    gd, pd = date_of(g), date_of(p)
    if not dates_match(gd, pd):
        return 0.0
    score = 1.0
    if time_of(g) == time_of(p):
        score += 1.0        # prefer the same-time prediction when a day has several events
    if gd and pd and gd[:4] == pd[:4]:
        score += 0.5
    return score


def date_similarity(g: Any, p: Any) -> float:
    gd, pd = date_of(g), date_of(p)
    if not dates_match(gd, pd):
        return 0.0
    return 1.5 if gd and pd and gd[:4] == pd[:4] else 1.0
