"""Morfeusz 2 (SGJP dictionary) behind a per-word-form cache.

One place for Polish morphology, shared by extraction (lemmas, proper-name classes) and by
the search analysis of both index backends, so a query means the same everywhere.
Analysing a word form is ~15x slower than a cache hit, and announcement vocabulary is
small, so every answer is cached per form.
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata
from dataclasses import dataclass

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Interpretation:
    lemma: str          # without Morfeusz's homonym marker (`wójt:Sm1` -> `wójt`)
    tag: str            # e.g. `subst:sg:gen:f`
    qualifiers: tuple[str, ...]  # proper-name classes: `nazwa_geograficzna`, `imię`, `nazwisko`, ...

    @property
    def pos(self) -> str:
        return self.tag.split(":", 1)[0]


_local = threading.local()


def _morfeusz():
    instance = getattr(_local, "morfeusz", None)
    if instance is None:
        import morfeusz2

        instance = _local.morfeusz = morfeusz2.Morfeusz(separate_numbering=True)
    return instance


@functools.lru_cache(maxsize=500_000)
def analyse(form: str) -> tuple[Interpretation, ...]:
    """All interpretations of one word form ("ign" ones mean: not in the dictionary)."""
    seen: dict[tuple[str, str], Interpretation] = {}
    for _start, _end, (_orth, lemma, tag, names, _labels) in _morfeusz().analyse(form):
        if tag == "ign":
            continue
        interp = Interpretation(lemma.split(":", 1)[0], tag, tuple(names))
        seen.setdefault((interp.lemma, interp.tag), interp)
    return tuple(seen.values())


_POS_PREFERENCE = {"subst": 0, "adj": 1, "ger": 2, "fin": 3, "praet": 3, "inf": 3, "ppas": 4, "pact": 4}


@functools.lru_cache(maxsize=500_000)
def lemma(form: str) -> str:
    """The most likely lemma of a word form, lower-cased; the form itself when unknown.

    Nouns win over gerunds (`spotkaniu` -> `spotkanie`, not `spotkać`), so inflected
    queries and texts meet on the same lemma.
    """
    interps = analyse(form)
    if not interps:
        return form.lower()
    # Group readings by lower-cased lemma; the best part of speech wins, then the lemma
    # with most readings (`Łodzi`: Łódź/łódź x8 beats the rare Łodzia x3).
    groups: dict[str, list[Interpretation]] = {}
    for interp in interps:
        groups.setdefault(interp.lemma.lower(), []).append(interp)
    best = min(groups.items(), key=lambda kv: (min(_POS_PREFERENCE.get(i.pos, 5) for i in kv[1]),
                                               -len(kv[1]), kv[0]))
    return best[0]


@functools.lru_cache(maxsize=500_000)
def lemmas(form: str) -> frozenset[str]:
    """Every lemma a word form may have, lower-cased (the form itself when unknown)."""
    found = {i.lemma.lower() for i in analyse(form)}
    return frozenset(found or {form.lower()})


@functools.lru_cache(maxsize=200_000)
def name_classes(form: str) -> frozenset[str]:
    """Proper-name classes SGJP gives a form: `nazwa_geograficzna`, `imię`, `nazwisko`, ..."""
    return frozenset(q for i in analyse(form) for q in i.qualifiers)


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so `Lodz` matches `Łódź`."""
    text = text.lower().replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens of a text as (start, end, form)."""
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


@functools.lru_cache(maxsize=100_000)
def geo_lemmas(form: str) -> tuple[str, ...]:
    """Nominative names of places a form may inflect (`Łodzi` -> `Łódź`), case kept.

    Only readings SGJP marks as geographical names count, so `Kraków` is not read as the
    plural genitive of the surname `Krak`.
    """
    found: list[str] = []
    common = any("nazwa_pospolita" in i.qualifiers or not i.qualifiers for i in analyse(form))
    for interp in analyse(form):
        if interp.pos == "subst" and ("nazwa_geograficzna" in interp.qualifiers
                                      or ("człon_nazwy_geograficznej" in interp.qualifiers and not common)):
            name = interp.lemma
            if name[:1].islower() and form[:1].isupper():
                name = name[:1].upper() + name[1:]
            if name not in found:
                found.append(name)
    return tuple(found)


def _tag_values(tag: str, index: int) -> set[str]:
    parts = tag.split(":")
    return set(parts[index].split(".")) if len(parts) > index else set()


@functools.lru_cache(maxsize=50_000)
def _generate(lemma_: str) -> tuple[tuple[str, str], ...]:
    return tuple((form, tag) for form, _l, tag, _n, _q in _morfeusz().generate(lemma_) if tag != "ign")


def _keep_case(model: str, form: str) -> str:
    if model.isupper() and len(model) > 1:
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


_CASES = ("gen", "dat", "acc", "inst", "loc", "nom")


@functools.lru_cache(maxsize=50_000)
def nominative(phrase: str) -> str:
    """The nominative of an inflected name phrase (`Narodowego Instytutu Wolności` ->
    `Narodowy Instytut Wolności`, `Funduszy Europejskich dla Dolnego Śląska` ->
    `Fundusze Europejskie dla Dolnego Śląska`).

    Only the head noun and the adjectives that agree with it change; the genitive
    complements after them stay as written, as Polish names keep them.
    """
    tokens = phrase.split()
    if not tokens or any(re.search(r"[^\W\d]-[^\W\d]", t) for t in tokens):
        return phrase   # Morfeusz reads `Bielsku-Białej` as two words; keep compounds as written
    # Head: the first noun; its case and number come from the reading that fits the phrase.
    head_at, head = -1, None
    for i, tok in enumerate(tokens):
        word = tok.strip(",.;:()„”\"'")
        subst = [r for r in analyse(word) if r.pos == "subst"]
        if subst and any(r.pos == "adj" for r in analyse(word)) and i + 1 < len(tokens) \
                and any(r.pos == "subst" for r in analyse(tokens[i + 1].strip(",.;:()„”\"'"))):
            subst = []   # `Wojewódzkiego Funduszu`: an adjective before its noun, not a surname
        if subst:
            head_at, head = i, subst
            break
        if not any(r.pos == "adj" for r in analyse(word)):
            return phrase
    if head is None:
        return phrase
    # Case/number of the phrase: readings of the head shared with the preceding adjectives.
    options = []
    for r in head:
        for case in _tag_values(r.tag, 2) or {"nom"}:
            options.append((case, r.tag.split(":")[1], r))
    options.sort(key=lambda o: (_CASES.index(o[0]) if o[0] in _CASES else 9, o[1] != "sg"))
    if not options:
        return phrase
    case, number, reading = options[0]
    if case == "nom":
        return phrase
    gender = reading.tag.split(":")[3] if len(reading.tag.split(":")) > 3 else "m3"
    out = list(tokens)
    head_word = tokens[head_at].strip(",.;:()„”\"'")
    if number == "sg":
        new_head = reading.lemma
    else:
        cands = [f for f, t in _generate(reading.lemma) if t.startswith("subst:pl:") and "nom" in _tag_values(t, 2)]
        new_head = cands[0] if cands else head_word
    out[head_at] = tokens[head_at].replace(head_word, _keep_case(head_word, new_head))

    def agree(i: int) -> bool:
        word = tokens[i].strip(",.;:()„”\"'")
        for r in analyse(word):
            if r.pos == "adj" and r.tag.split(":")[1] == number and case in _tag_values(r.tag, 2) \
                    and (gender in _tag_values(r.tag, 3) or len(_tag_values(r.tag, 3)) > 2):
                forms = [f for f, t in _generate(r.lemma) if t.startswith(f"adj:{number}:")
                         and "nom" in _tag_values(t, 2) and gender in _tag_values(t, 3) and t.endswith(":pos")]
                if forms:
                    out[i] = tokens[i].replace(word, _keep_case(word, forms[0]))
                    return True
        return False

    for i in range(head_at):
        agree(i)
    for i in range(head_at + 1, len(tokens)):
        if not agree(i):
            break
    return " ".join(out)
