"""Which form of each organiser's name the record gives: a bare head or an office in full
(`Wójt` → `Wójt Gminy X`, `nasze stowarzyszenie` → `Stowarzyszenie X`), and one form per body
(`Urzędu Marszałkowskiego` and `Urząd Marszałkowski Województwa X` are one, the longest wins)."""
from __future__ import annotations

import re

from nlp.morph import numbers
from nlp.org_lower_names import governing_bodies
from nlp.org_names import OUR, is_office_title, is_org_head, lemma_set
from nlp.org_words import is_adjective, is_bare_name
from nlp.organiser_antecedents import full_name_of
from nlp.organiser_grammar import Span

__all__ = ["distinct_spans", "in_full"]


def in_full(text: str, span: Span) -> Span:
    """`Wójt` signing a notice that names `Wójta Gminy X` earlier: the office in full; a body's
    bare head (`Szpital`) or `nasze stowarzyszenie` on a page that names `Szpital X` or
    `Stowarzyszenie X`: the body by its name."""
    words = text[span[0]:span[1]].split()
    spelled = _spelled_out(text, span) or _acronym_spelled_out(text, words)
    if spelled is not None:
        return spelled
    if len(words) == 2 and words[0].lower() in OUR:
        return full_name_of(text, words[1]) or span
    head = words[0][:1].isupper() and not words[0].isupper() and is_org_head(words[0]) \
        and not is_bare_name(words[0])   # (an acronym, or `Policja`, is a name of its own)
    if len(words) > 1 or not (is_office_title(words[0]) or head):
        return span
    return full_name_of(text, words[0]) or span   # (`przez Powiat X i Szpital`: the hospital named before)


def _spelled_out(text: str, span: Span) -> Span | None:
    """`LGD „Wstęga Kociewia”` on a page that also writes `Lokalnej Grupy Działania „Wstęga
    Kociewia”`: the name with its acronym spelled out."""
    m = _ACRONYM_QUOTED_RE.fullmatch(text, span[0], span[1])
    if m is None:
        return None
    for full in re.finditer(r"((?:[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+\s+){2,6})" + re.escape(m.group("quoted")), text):
        if _initials(full.group(1)) == m.group("acronym"):
            return full.start(), full.end()
    return None


def _acronym_spelled_out(text: str, words: list[str]) -> Span | None:
    """`PCPR organizuje dzień otwarty` on a page that also writes `Powiatowe Centrum Pomocy
    Rodzinie w Opolu`: the name the acronym's letters begin, with its seat."""
    if len(words) != 1 or not _ACRONYM_RE.fullmatch(words[0]) or not 2 < len(words[0]) < 9:
        return None
    letters = re.sub(r"[a-z]", "", words[0])
    pattern = r"\s+".join(rf"{re.escape(c)}[^\W\d]+" for c in letters)
    seat = r"(?:\s+(?:w|we)\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d]+)?)?"
    full = re.search(rf"(?<![\w-]){pattern}{seat}", text)
    if full is None or any(numbers(w, ("subst", "adj")) == {"pl"} for w in full.group().split()[:2]):
        return None   # (`Ośrodków Wsparcia Ekonomii Społecznej`: the kind of body, many of them)
    return full.span()



# an acronym and the quoted name it stands before: `LGD „Wstęga Kociewia”`, `KGW "Jarzębina"`
_ACRONYM_QUOTED_RE = re.compile(
    r"(?P<acronym>[A-ZĄĆĘŁŃÓŚŹŻ]{2,6})\s+(?P<quoted>[„\"][^”\"\n]{1,60}[”\"])")


def distinct_spans(text: str, spans: list[Span]) -> list[Span]:
    """One span per body, in text order: the longest form of a name wins over its short forms."""
    ordered = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    keys = {span: _name_key(text[span[0]:span[1]]) for span in ordered}
    out: list[Span] = []
    for span in ordered:
        key = keys[span]
        if any(kept[0] <= span[0] and span[1] <= kept[1] for kept in out):
            continue
        if any(keys[other] != key and key < keys[other] and _heads_alike(text, span, other) for other in ordered):
            continue   # a short form of a name given in full elsewhere
        if any(keys[kept] == key for kept in out):
            continue
        out.append(span)
    return [span for span in out if not any(_abbreviates(text[span[0]:span[1]], text[other[0]:other[1]])
                                            or _board_of(text, other, span) for other in out if other != span)]


def _board_of(text: str, board: Span, body: Span) -> bool:
    """`Zarząd Gdańskiego Klubu Morsów` beside `Gdańskiego Klubu Morsów`: the body's board acts for
    it, and the board is the organiser the page names."""
    words, inner = text[board[0]:board[1]].split(), text[body[0]:body[1]].split()
    return len(words) > len(inner) and words[-len(inner):] == inner \
        and bool(lemma_set(words[0].lower()) & governing_bodies())


def _abbreviates(short: str, name: str) -> bool:
    """`MOPR` for `Miejski Ośrodek Pomocy Rodzinie w Lesznie`, `ZLPK` for `Zespół Lubelskich Parków
    Krajobrazowych`: an acronym of the (last) capitalised words of a name found beside it (its
    seat after `w` left out) is that name again."""
    if not _ACRONYM_RE.fullmatch(short) or not 2 < len(short) < 9:
        return False
    # (`MCKiE`: the conjunction of `Centrum Kultury i Edukacji` kept in lower case; `UTW` of
    # `Stowarzyszenie Uniwersytet Trzeciego Wieku`: the body the association is)
    return _initials(re.split(r"\s+(?:w|we)\s+", name, maxsplit=1)[0]).endswith(re.sub(r"[a-z]", "", short))


_ACRONYM_RE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,}(?:[iw][A-ZĄĆĘŁŃÓŚŹŻ]+)*")


def _heads_alike(text: str, short: Span, full: Span) -> bool:
    """`Urząd Marszałkowski` in `Urząd Marszałkowski Województwa X`, `Wójt Gminy X` in `Jan Lis Wójt
    Gminy X`: the short form names the same body, not the body a unit named before it belongs to
    (`Biuro X Urzędu Marszałkowskiego`)."""
    first = lemma_set(text[short[0]:short[1]].split()[0].lower())
    for word in text[full[0]:full[1]].split():
        if lemma_set(word.lower()) & first or not first:
            return True
        if word[:1].isupper() and is_org_head(word) and not is_office_title(word) and not is_adjective(word):
            return False
    return True


def _initials(phrase: str) -> str:
    """The first letters of a phrase's capitalised words (`Miejski Ośrodek Pomocy Rodzinie` -> MOPR)."""
    return "".join(w[0] for w in phrase.split() if w[:1].isupper())


def _name_key(text: str) -> frozenset[str]:
    """The words of a name as lemmas, so `Urzędu Marszałkowskiego` meets `Urząd Marszałkowski`."""
    return frozenset(min(lemma_set(w.lower())) if lemma_set(w.lower()) else w.lower() for w in re.findall(r"\w+", text))
