"""Funders named in a funding statement, normalised.

Listed funders come from `lexicons/funders.json`, matched on Morfeusz lemmas (every case
form) or abbreviations; a local budget is rebuilt in the nominative from its head noun and
name (`Miasta Łodzi` -> `Miasto Łódź`, `Gminy Miejskiej Giżycko` -> `Gmina Miejska Giżycko`,
`Województwa Kujawsko-Pomorskiego` -> `Województwo Kujawsko-Pomorskie`); an unlisted name
after `ze środków` / `przez` is put in the nominative as written, without a branch office
(`Oddział Terenowy w …`).
"""
from __future__ import annotations

import functools
import re

from nlp.funding_lexicon import (Name, Token, abbr_at, abbreviation_starts, funder_candidates, funders, lexicon,
                                 may_open, seat_funders, seq_at, tokenize, word_lemmas)
from nlp.morph import fold, geo_lemmas, is_place_adjective, lemma, modifies, nominative

_EFS = "Europejski Fundusz Społeczny"
_EFS_PLUS = "Europejski Fundusz Społeczny Plus"
_UNION = "Unia Europejska"
_COMPOUND_RE = re.compile(r"^([^\W\d]+o-)([^\W\d]+\W*)$")   # `Kujawsko-Pomorskiego`
_COMPLEMENT_RE = re.compile(r"\b(?:ze\s+środków|z\s+budżetu|z\s+dotacji|przez|dzięki\s+\w+(?:\s+finansow\w+)?|ze\s+strony|od|pokryw\w*|"
                            r"przy\s+(?:finansowym\s+)?wsparciu(?:\s+finansowym)?|finansowego\s+udzielił\w*|z)\s+", re.IGNORECASE)
_LABEL_COLON_RE = re.compile(r"(?<=\w):[ \t]+")   # `Partner finansowy: Fundacja X`
_CARRIED_OUT_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(s) for s in lexicon("funding_cues.json")["realisation_verbs"]
                         + lexicon("funding_cues.json")["grantee_participles"]) + r")\w*\s+$", re.IGNORECASE)
_NUMERAL_RE = re.compile(r"[IVXLC]+|\d+")


@functools.cache
def _public_bodies() -> dict[str, frozenset[str]]:
    data = lexicon("funders.json")["public_bodies"]
    return {key: frozenset(fold(w) for w in data[key])
            for key in ("heads", "office_heads", "body_heads", "named_heads", "budget_heads")} | {
        "ministry_heads": frozenset(fold(w) for w in lexicon("funders.json")["ministry_heads"]),
        "ministry_stops": frozenset(lexicon("funders.json")["ministry_stops"]),
        "ministry_join_stops": frozenset(lexicon("funders.json")["ministry_join_stops"]),
        "not_funder_heads": frozenset(lexicon("funders.json")["not_funder_heads"]),
        "union_not_after": frozenset(lexicon("funders.json")["union_not_after"])}


def name_nominative(phrase: str) -> str:
    """`nominative()` that also inflects a compound adjective (`Województwa Kujawsko-Pomorskiego`
    -> `Województwo Kujawsko-Pomorskie`): its first part (`Kujawsko-`) never changes."""
    words = phrase.split()
    prefixes = {}
    for i, word in enumerate(words):
        m = _COMPOUND_RE.match(word)
        if m and i:
            prefixes[i] = m.group(1)
            words[i] = m.group(2)
    if not prefixes:
        return nominative(phrase)
    out = nominative(" ".join(words)).split()
    if len(out) != len(words):
        return phrase
    return " ".join(prefixes.get(i, "") + w for i, w in enumerate(out))


def _names_union_members(text: str, start: int) -> bool:
    """`krajami członkowskimi Unii Europejskiej` names no funder."""
    before = text[max(0, start - 40):start].split()
    return bool(before) and any(before[-1].lower().startswith(w) for w in _public_bodies()["union_not_after"])


def find_funders(text: str, tokens: list[Token]) -> list[Name]:
    """Every funder the lexicon or a public body's name gives among the tokens."""
    abbrs = funders()[1]
    starts = abbreviation_starts()
    public_heads = _public_bodies()["heads"]
    found: list[Name] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.text in starts:
            hit = next(((abbr, value) for abbr, value in abbrs.items() if abbr_at(tokens, i, abbr)), None)
            if hit:
                (name, rank), stop = hit[1], i + len(hit[0])
                name, stop = _with_seat(name, tokens, stop)
                found.append(Name(tok.start, tokens[stop - 1].end, name, rank))
                i = stop
                continue
        matched = False
        for seq, name, rank in (funder_candidates(tok.text) if may_open(tok.text) else ()):
            stop = seq_at(tokens, i, seq)
            if stop is not None:
                # `Europejski Fundusz Społeczny` followed by `Plus` / `+` is EFS+
                if name == _EFS and stop < len(tokens) and tokens[stop].text == "+":
                    name, rank, stop = _EFS_PLUS, 1, stop + 1
                if name == _UNION and _names_union_members(text, tok.start):
                    break
                name, stop = _with_seat(name, tokens, stop)
                found.append(Name(tok.start, tokens[stop - 1].end, name, rank))
                i = stop
                matched = True
                break
        if matched:
            continue
        if tok.text[:1].isupper() and word_lemmas(tok.text) & _public_bodies()["ministry_heads"]:
            ministry = _ministry(text, tokens, i)
            if ministry:
                found.append(ministry)
                while i < len(tokens) and tokens[i].start < ministry.end:
                    i += 1
                continue
        if word_lemmas(tok.text) & public_heads and (tok.text[:1].isupper() or _after_budget(tokens, i)
                                                     or _office_of_region(tokens, i) or _town_after(tokens, i)):
            body = _public_body(text, tokens, i)
            if body:
                found.append(body)
                while i < len(tokens) and tokens[i].start < body.end:
                    i += 1
                continue
        i += 1
    return found


def _town_after(tokens: list[Token], i: int) -> bool:
    """`przez miasto Wisła oraz gminę Nydek`: a unit in lower case before a town the register
    knows is that town's own body."""
    from nlp.gazetteer import gazetteer  # noqa: PLC0415

    return i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and tokens[i].text.islower() \
        and gazetteer().city_name(tokens[i + 1].text) is not None


def _with_seat(name: str, tokens: list[Token], stop: int) -> tuple[str, int]:
    """`Wojewódzkiego Funduszu … w Kielcach`: a regional body keeps the town of its seat."""
    if name in seat_funders() and stop + 1 < len(tokens) and tokens[stop].text in ("w", "we") \
            and tokens[stop + 1].text[:1].isupper():
        return f"{name} {tokens[stop].text} {tokens[stop + 1].text}", stop + 2
    return name, stop


def _after_budget(tokens: list[Token], i: int) -> bool:
    """`z budżetu miasta Poznania`, `ze środków gminy Kłodzko`, `z budżetu obywatelskiego powiatu
    toruńskiego`: a lower-case body named after the budget that pays."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    k = i - 1
    if k > 0 and tokens[k].text.islower() and modifies(tokens[k].text, tokens[k - 1].text):
        k -= 1   # (`budżetu obywatelskiego`)
    named = tokens[i + 1].text[:1].isupper() or (
        bool(word_lemmas(tokens[i].text) & _public_bodies()["named_heads"]) and is_place_adjective(tokens[i + 1].text))
    return named and bool(word_lemmas(tokens[k].text) & _public_bodies()["budget_heads"])


def _office_of_region(tokens: list[Token], i: int) -> bool:
    """`samorząd województwa kujawsko-pomorskiego`, `zarządu powiatu toruńskiego`: an office of a
    region named by its adjective, in lower case as a sentence may write it."""
    bodies = _public_bodies()
    return i + 2 < len(tokens) and bool(word_lemmas(tokens[i].text) & bodies["office_heads"]) \
        and bool(word_lemmas(tokens[i + 1].text) & bodies["named_heads"]) and is_place_adjective(tokens[i + 2].text)


def _ministry(text: str, tokens: list[Token], i: int) -> Name | None:
    """`przez Ministerstwo Spraw zagranicznych RP` -> Ministerstwo Spraw Zagranicznych: a
    ministry or minister the lexicon does not list, named by the genitive words after the head,
    which never change with its case."""
    j = i + 1
    words: list[str] = []
    while j < len(tokens) and "\n" not in text[tokens[j - 1].end:tokens[j].start]:
        word = tokens[j].text
        if word in ("i", "oraz") and words and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper():
            if fold(lemma(tokens[j + 1].text)) in _public_bodies()["ministry_join_stops"]:
                break   # (`… Polityki Społecznej oraz Unii Europejskiej`: another funder)
            words.append("i")
        elif word[:1].isupper() and word.isalpha() and word not in _public_bodies()["ministry_stops"]:
            words.append(word)
        elif word.isalpha() and word.islower() and words and words[-1] != "i" and modifies(word, words[-1]):
            words.append(word[:1].upper() + word[1:])   # `Spraw zagranicznych`
        else:
            break
        j += 1
    if not words or words[-1] == "i":
        return None
    return Name(tokens[i].start, tokens[j - 1].end, "Ministerstwo " + " ".join(words), 3)


def _public_body(text: str, tokens: list[Token], i: int) -> Name | None:
    """`Miasta Łodzi` -> Miasto Łódź, `Samorządu Województwa Lubelskiego` -> Województwo
    Lubelskie, `Gminy Czernica` -> Gmina Czernica."""
    from nlp.gazetteer import gazetteer  # noqa: PLC0415

    bodies = _public_bodies()
    n = len(tokens)
    lem = word_lemmas(tokens[i].text)
    if lem & bodies["office_heads"]:
        if i + 1 < n and word_lemmas(tokens[i + 1].text) & bodies["body_heads"]:
            inner = _public_body(text, tokens, i + 1)
            if inner:
                return Name(tokens[i].start, inner.end, inner.name, inner.rank)
        return None
    if i + 1 < n and lem & bodies["named_heads"] and tokens[i + 1].text.islower() \
            and is_place_adjective(tokens[i + 1].text):
        name = name_nominative(text[tokens[i].start:tokens[i + 1].end]).title()   # `powiatu toruńskiego`
        return Name(tokens[i].start, tokens[i + 1].end, name, 4)
    if i + 1 >= n or not tokens[i + 1].text[:1].isupper():
        return None
    j = i + 1
    while j < n and j - i <= 3 and tokens[j].text[:1].isupper() and "\n" not in text[tokens[j - 1].end:tokens[j].start]:
        j += 1
    k = i + 1   # `Gminy Miejskiej Giżycko`: adjectives agreeing with the head belong to it
    while k < j - 1 and modifies(tokens[k].text, tokens[i].text) and not geo_lemmas(tokens[k].text):
        k += 1
    head = name_nominative(text[tokens[i].start:tokens[k - 1].end])
    rest = text[tokens[k].start:tokens[j - 1].end]
    if lem & bodies["named_heads"]:
        name = name_nominative(text[tokens[i].start:tokens[j - 1].end])   # `Województwo Lubelskie`
    else:
        city = gazetteer().city_name(rest)
        if city is None and j - k > 1:
            city = gazetteer().city_name(tokens[k].text)
            j = k + 1 if city else j
        name = f"{head} {city or rest}"
        if fold("miasto") in lem and fold("stołeczny") in word_lemmas(tokens[i + 1].text):
            name = nominative(text[tokens[i].start:tokens[j - 1].end]).replace("Warszawy", "Warszawa")
    return Name(tokens[i].start, tokens[j - 1].end, name[:1].upper() + name[1:], 4)


def generic_funders(text: str, start: int, end: int, known: list[Name], *, label: bool = False) -> list[Name]:
    """`ze środków Fundacji Orlen` -> `Fundacja Orlen`: a capitalised name after a
    complement (or a label's colon) that no lexicon entry covers, in the nominative; a branch (`Oddział
    Terenowy w Olsztynie`) belongs to its institution and is left out."""
    found = []
    for m in (_LABEL_COLON_RE if label else _COMPLEMENT_RE).finditer(text, start, end):
        if m.group().lower().startswith("przez") and _CARRIED_OUT_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue   # `realizowanego przez Fundację X`, `dotacji uzyskanej przez X`: who carries it out or got it
        tokens = tokenize(text, m.end(), end)
        if not tokens or any(k.start <= tokens[0].start < k.end or 0 <= k.start - m.end() <= 12 for k in known):
            continue
        j = 0
        while j < len(tokens) and j < 8 and (tokens[j].text[:1].isupper() or
                                             (j and tokens[j].text in ("i", "na", "rzecz", "dla") and j + 1 < len(tokens)
                                              and tokens[j + 1].text[:1].isupper())):
            if j and lemma(tokens[j].text) == "oddział":
                break
            j += 1
            if j + 2 < len(tokens) and tokens[j].text == "im" and tokens[j + 1].text == "." \
                    and tokens[j + 2].text[:1].isupper():
                j += 2   # `Fundacji im. Stefana Batorego`: its patron, in the genitive
        if j == 0 or not tokens[0].text[:1].isupper() or lemma(tokens[0].text) in _public_bodies()["not_funder_heads"] \
                or _NUMERAL_RE.fullmatch(tokens[0].text):
            continue
        phrase = text[tokens[0].start:tokens[j - 1].end]
        found.append(Name(tokens[0].start, tokens[j - 1].end, name_nominative(phrase), 7))
    return found


# the unit of an office named after a fund it manages
_UNIT_BEFORE_RE = re.compile(r"(?<!\w)(?:departament|wydział|biur|zespoł|referat)\w*\s+$", re.IGNORECASE)
_FUND_MENTION_RE = re.compile(r"\b(?:Europejsk\w*\s+)?Fundusz\w*|\bEF[A-Z+]*", re.IGNORECASE)


def funds_named(text: str) -> set[str]:
    """The funds the lexicon finds anywhere in the text (a slogan or logo line naming a fund)."""
    found: set[str] = set()
    for m in _FUND_MENTION_RE.finditer(text):
        if _UNIT_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue   # `Dyrektora Departamentu Europejskiego Funduszu Społecznego`: an office's name
        found |= {f.name for f in find_funders(text, tokenize(text, m.start(), min(len(text), m.start() + 100)))
                  if f.rank <= 2}
    return found
