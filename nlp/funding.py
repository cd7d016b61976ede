"""Funding statements: who pays for the event or project, and from which programme.

A statement is a funding participle or phrase (`współfinansowany`, `dofinansowanemu`,
`finansowane przez`, `realizowany ze środków`, `dzięki dotacji`) with its complement:
`ze środków X w ramach Y`. X is normalised to a funder through a lexicon matched on
Morfeusz lemmas, so every case form matches (`Europejskiego Funduszu Społecznego Plus`,
`Europejskim Funduszem…`), or, for a local budget, rebuilt in the nominative
(`Miasta Łodzi` -> `Miasto Łódź`). Y is the programme, in the nominative. A named fund
wins over the Union that holds it (`ze środków Unii Europejskiej w ramach Europejskiego
Funduszu Społecznego` -> EFS). Gerunds (`o dofinansowanie`, `możliwości finansowania`)
name a topic, not a statement, and are not taken.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from nlp.morph import fold, lemma, lemmas, nominative
from nlp.organisers import Token, lexicon, tokenize

_PARTICIPLE = r"(?:współ|do|s)?finansowan(?:y|a|e|ego|ej|emu|ym|ych|ymi|ą|o|i)"
_TRIGGER_RE = re.compile(
    rf"\b{_PARTICIPLE}\b|\b(?:współ|do|s)?finansowano\b|\b(?:współ|do|s)?finansow(?:uje|ują|ał[aoy]?|ali)\b"
    r"|\bdzięki\s+(?:wsparciu|dofinansowaniu|dotacji|środkom|finansowaniu|grantowi)\b"
    r"|\bkorzysta\w*\s+z\s+(?:dofinansowania|dotacji|grantu|wsparcia\s+finansowego)\b|\bz\s+dofinansowaniem\b"
    r"|\bprzy\s+(?:współ|do)?finansowaniu\b"
    r"|\brealizowan\w*\s+(?:jest\s+|są\s+|był\w*\s+)?w\s+ramach\s+(?=[Pp]rogram|[Ff]undusz|Regionaln|Rządow|Krajow)"
    r"|\bprzy\s+(?:finansowym\s+)?wsparciu\s+(?:finansowym\s+)?(?:ze\s+środków\s+)?"
    r"|\bz\s+dotacji\b|\bze\s+środków\b|\bz\s+budżetu\b|\bw\s+ramach\s+(?:dotacji|grantu|dofinansowania)\b"
    r"|\bsfinansowan\w*|\bdotowan\w*\b|\bze\s+wsparciem\s+finansowym\b",
    re.IGNORECASE)
_MEMBER_STATES_RE = re.compile(r"(?:członkowsk\w*|kraj\w*|państw\w*)\s+$", re.IGNORECASE)
# `realizowany w ramach Programu X` states funding only through a funder it names or implies
_IN_PROGRAMME_RE = re.compile(r"realizowan", re.IGNORECASE)
_WEAK_RE = re.compile(r"(?:przy|dzięki)\s+wsparciu(?!\s+finansow)", re.IGNORECASE)
_STRONG_RE = re.compile(rf"{_PARTICIPLE}|korzysta|realizowan\w*\s+(?:\w+\s+)?w\s+ramach|przy\s+(?:współ|do)?finansowaniu|z\s+dofinansowaniem|finansowano|finansow(?:uje|ują|ał)|sfinansowan|dotowan|dzięki|przy\s", re.IGNORECASE)
# A bare `ze środków` / `z budżetu` states funding only after a project or a realisation verb.
_BARE_CONTEXT_RE = re.compile(r"(?:realizowan\w*|realizacj\w*|planowan\w*|sfinansowan\w*|prowadzon\w*|organizowan\w*|pokryt\w*|opłacon\w*|zakupion\w*|"
                              r"wykonan\w*|jest|są|został\w*|będzie|finansowan\w*|projekt\w*|zadani\w*)\s*(?:\S+\s+){0,5}$",
                              re.IGNORECASE)
_TOPIC_RE = re.compile(r"(?:możliwoś\w+|pozyska\w+|pozyskiwa\w+|ubiega\w+|wniosk\w*|nabor\w*|nabór|konkurs\w*|"
                       r"aplikowa\w+|informacj\w+\s+o|temat\w*|dotycząc\w+|o\s+(?:tym|jak)|zasad\w*|sposob\w*|źródł\w+|"
                       r"szans\w*|ofert\w*|mog\w+\s+(?:być|zostać|uzyskać|otrzymać)|może\s+(?:być|zostać|uzyskać|otrzymać)|można|"
                       r"będą\s+mogły|mogą|ubiegać)\s+(?:\S+\s+){0,4}$", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"\||(?<!\bnr)(?<!\bul)(?<!\bim)(?<!\bds)(?<!\bpn)(?<!\bst)(?<![\s.]\w)[.!?](?=\s|$)|\n\s*\n|\n(?=\s*[A-ZŁŚŻ•\-*])")
_COMPLEMENT_RE = re.compile(r"\b(?:ze\s+środków|z\s+budżetu|z\s+dotacji|przez|dzięki\s+\w+|ze\s+strony|od|przy\s+(?:finansowym\s+)?wsparciu(?:\s+finansowym)?|z)\s+",
                            re.IGNORECASE)
_YEARS_RE = re.compile(r"\s*(?:na\s+lata\s+)?(?:\d{4}\s*[-–]\s*\d{4}|\d{4}\+?)")
_ACTION_RE = re.compile(r",?\s*(?:(?:Oś|Działani\w|Poddziałani\w|Priorytet\w*|Osi)\s+(?:priorytetow\w+\s+)?[IVX\d][\w.]*)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Funding:
    funder: str
    programme: str | None
    span: tuple[int, int]
    text: str

    def as_dict(self) -> dict:
        return {"funder": self.funder, "programme": self.programme, "text": self.text, "span": list(self.span)}


@dataclass(frozen=True, slots=True)
class _Match:
    start: int      # char offsets
    end: int
    name: str
    rank: int
    implied: str | None = None


@functools.cache
def _funders() -> tuple[list[tuple[tuple[str, ...], str, int]], dict[str, tuple[str, int]], frozenset[str]]:
    data = lexicon("funders.json")
    seqs, abbrs = [], {}
    for entry in data["funders"]:
        for seq in entry["lemmas"]:
            seqs.append((tuple(fold(w) for w in seq), entry["name"], entry["rank"]))
        for abbr in entry["abbr"]:
            abbrs[abbr] = (entry["name"], entry["rank"])
    seqs.sort(key=lambda s: -len(s[0]))
    return seqs, abbrs, frozenset(fold(h) for h in data["public_bodies"]["heads"])


_GENERIC_PROGRAMMES = (["program"], ["rzadowy", "program"], ["program", "rzadowy"])


@functools.cache
def _programmes() -> list[dict]:
    entries = [dict(e, lemmas=[fold(w) for w in e["lemmas"]]) for e in lexicon("programmes.json")["programmes"]]
    return sorted(entries, key=lambda e: -len(e["lemmas"]))


@functools.cache
def _first_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Lemmas that open some funder or programme name, and compound stems (`polsko-amerykańsk*`)."""
    firsts = [seq[0] for seq, _, _ in _funders()[0]] + [e["lemmas"][0] for e in _programmes()]
    return (frozenset(f for f in firsts if not f.endswith("*")),
            tuple(f[:-1] for f in firsts if f.endswith("*")))


@functools.cache
def _programme_abbreviations() -> frozenset[str]:
    return frozenset(a for e in _programmes() for a in e["abbr"])


@functools.lru_cache(maxsize=200_000)
def _may_open(word: str) -> bool:
    """Whether a lexicon name can start at this word: most words are skipped at once."""
    words, stems = _first_words()
    return bool(_word_lemmas(word) & words) or (bool(stems) and fold(word).startswith(stems))


@functools.lru_cache(maxsize=200_000)
def _word_lemmas(word: str) -> frozenset[str]:
    return frozenset({fold(x) for x in lemmas(word)} | {fold(word)})


def _seq_at(tokens: list[Token], i: int, seq: tuple[str, ...]) -> int | None:
    """Index after the lemma sequence when it starts at tokens[i] (punctuation skipped)."""
    j = i
    for want in seq:
        while j < len(tokens) and tokens[j].text in ("-", "–", ",") and want not in ("-",):
            j += 1
        if j >= len(tokens):
            return None
        if want.endswith("*"):
            # a compound adjective SGJP splits (`Polsko-Amerykańskiej`): match its written stem
            if not fold(tokens[j].text).startswith(want[:-1]):
                return None
        elif want not in _word_lemmas(tokens[j].text):
            return None
        j += 1
    return j


def _extend_name(text: str, tokens: list[Token], j: int, limit: int) -> int:
    """Run a programme name on over capitalised words, quotes, `dla`/`i`/`na rzecz` and years."""
    n = len(tokens)
    end_tok = j
    while j < n and j - end_tok < 12:
        tok = tokens[j]
        if "\n" in text[tokens[j - 1].end:tok.start]:
            break
        if tok.text[:1].isupper() and tok.text[:1].isalpha():
            low = tok.text.lower()
            if low.startswith(("działani", "priorytet", "oś", "poddziałani")):
                break
            j += 1
            end_tok = j
            continue
        if tok.text in ("„", "\""):
            k = j + 1
            while k < n and k - j < 12 and tokens[k].text not in ("”", "\""):
                k += 1
            if k < n:
                j = end_tok = k + 1
                continue
            break
        if tok.text.lower() in ("dla", "i", "na", "rzecz", "w", "–", "-") and j + 1 < n and \
                (tokens[j + 1].text[:1].isupper() or tokens[j + 1].text == "rzecz" or tokens[j + 1].text.isdigit()):
            j += 1
            continue
        if tok.text.isdigit() and len(tok.text) == 4:
            j += 1
            end_tok = j
            continue
        break
    end = tokens[end_tok - 1].end
    m = _YEARS_RE.match(text, end)
    if m and m.end() <= limit:
        end = m.end()
    return end


def _find_funders(text: str, tokens: list[Token], limit: int) -> list[_Match]:
    seqs, abbrs, public_heads = _funders()
    found: list[_Match] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.text in abbrs or (tok.text + "+") in abbrs and i + 1 < len(tokens) and tokens[i + 1].text == "+":
            key = tok.text if tok.text in abbrs else tok.text + "+"
            name, rank = abbrs[key]
            found.append(_Match(tok.start, tok.end, name, rank))
            i += 1
            continue
        matched = False
        for seq, name, rank in (seqs if _may_open(tok.text) else ()):
            stop = _seq_at(tokens, i, seq)
            if stop is not None:
                # `Europejski Fundusz Społeczny` followed by `Plus` / `+` is EFS+
                if name == "Europejski Fundusz Społeczny" and stop < len(tokens) and tokens[stop].text == "+":
                    name, rank, stop = "Europejski Fundusz Społeczny Plus", 1, stop + 1
                if name == "Unia Europejska" and _MEMBER_STATES_RE.search(text[max(0, tok.start - 40):tok.start]):
                    break   # `krajami członkowskimi Unii Europejskiej` names no funder
                found.append(_Match(tok.start, tokens[stop - 1].end, name, rank))
                i = stop
                matched = True
                break
        if matched:
            continue
        if tok.text[:1].isupper() and _word_lemmas(tok.text) & public_heads:
            body = _public_body(text, tokens, i)
            if body:
                found.append(body)
                while i < len(tokens) and tokens[i].start < body.end:
                    i += 1
                continue
        i += 1
    return found


_OFFICE_HEADS = frozenset(fold(w) for w in ("samorząd", "urząd", "budżet", "prezydent", "burmistrz", "wójt", "marszałek",
                                            "sejmik", "zarząd", "starosta", "starostwo"))
_BODY_HEADS = frozenset(fold(w) for w in ("miasto", "gmina", "powiat", "województwo"))


def _public_body(text: str, tokens: list[Token], i: int) -> _Match | None:
    """`Miasta Łodzi` -> Miasto Łódź, `Samorządu Województwa Lubelskiego` -> Województwo
    Lubelskie, `Gminy Czernica` -> Gmina Czernica."""
    from nlp.gazetteer import gazetteer  # noqa: PLC0415

    n = len(tokens)
    lem = _word_lemmas(tokens[i].text)
    if lem & _OFFICE_HEADS:
        if i + 1 < n and _word_lemmas(tokens[i + 1].text) & _BODY_HEADS:
            inner = _public_body(text, tokens, i + 1)
            if inner:
                return _Match(tokens[i].start, inner.end, inner.name, inner.rank)
        return None
    if i + 1 >= n or not tokens[i + 1].text[:1].isupper():
        return None
    j = i + 1
    while j < n and j - i <= 3 and tokens[j].text[:1].isupper() and "\n" not in text[tokens[j - 1].end:tokens[j].start]:
        j += 1
    phrase_tokens = tokens[i:j]
    head = nominative(tokens[i].text)
    rest = text[tokens[i + 1].start:tokens[j - 1].end]
    if lem & {"wojewodztwo", "powiat"}:
        name = nominative(text[tokens[i].start:tokens[j - 1].end])
    else:
        city = gazetteer().city_name(rest)
        if city is None and len(phrase_tokens) > 2:
            city = gazetteer().city_name(tokens[i + 1].text)
            j = i + 2 if city else j
        name = f"{head} {city or rest}"
        if lem & {"miasto"} and _word_lemmas(tokens[i + 1].text) & {"stołeczny"}:
            name = nominative(text[tokens[i].start:tokens[j - 1].end])
            name = name.replace("Warszawy", "Warszawa")
    return _Match(tokens[i].start, tokens[j - 1].end, name, 4)


_QUOTED_PROGRAMME_RE = re.compile(r"\b[Pp]rogram(?:u|ie|em)?\b[^„\".;\n]{0,80}?[„\"]([^”\"\n]{3,120})[”\"]")


def _find_programmes(text: str, tokens: list[Token], limit: int) -> list[_Match]:
    found: list[_Match] = []
    if tokens:
        # `w ramach programu „Podlaskie Inicjatywy Lokalne”`: the quoted name is the programme
        for m in _QUOTED_PROGRAMME_RE.finditer(text, tokens[0].start, limit):
            name, end = m.group(1).strip(), m.end(1)
            found.append(_Match(m.start(1), end, name, 0, None))
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.text in ("programu", "program", "programie") and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() \
                and not any(f.start <= tokens[i + 1].start < f.end for f in found) \
                and not any(_seq_at(tokens, i + 1, tuple(e["lemmas"])) for e in _programmes()):
            # `w ramach programu Obywatele dla Demokracji`: the capitalised name after the noun
            end = _extend_name(text, tokens, i + 2, limit)
            found.append(_Match(tokens[i + 1].start, end, " ".join(text[tokens[i + 1].start:end].split()), 0, None))
            while i < len(tokens) and tokens[i].start < end:
                i += 1
            continue
        if not tok.text[:1].isupper() or any(f.start <= tok.start < f.end for f in found):
            i += 1
            continue
        hit = None
        if not _may_open(tok.text) and tok.text not in _programme_abbreviations():
            i += 1
            continue
        for entry in _programmes():
            stop = _seq_at(tokens, i, tuple(entry["lemmas"]))
            if stop is None:
                if tok.text in entry["abbr"]:
                    hit = _Match(tok.start, tok.end, entry["name"] or tok.text, 0, entry.get("funder"))
                    i += 1
                    break
                continue
            end = _extend_name(text, tokens, stop, limit)
            surface = text[tok.start:end]
            if entry["name"] and entry.get("fixed"):
                name = entry["name"]
            else:
                name = nominative(" ".join(surface.split()))
            if entry["name"] is None and entry["lemmas"] in _GENERIC_PROGRAMMES:
                if end == tokens[stop - 1].end:
                    break  # a bare `Programu` names nothing
                if any(_seq_at(tokens, stop, tuple(e["lemmas"])) for e in _programmes()
                       if e["lemmas"] not in _GENERIC_PROGRAMMES):
                    break  # `Programu Fundusze Europejskie dla…`: the name proper follows
            hit = _Match(tok.start, end, name, 0, entry.get("funder"))
            while i < len(tokens) and tokens[i].start < end:
                i += 1
            break
        if hit:
            found.append(hit)
        else:
            i += 1
    # a named programme that merely opens a quoted one (`Programu Ministra … „Korpus …”`) yields to it
    quoted = [f for f in found if f.rank == 0 and f.implied is None and text[f.start - 1:f.start] in ("„", "\"")]
    found = [f for f in found if f in quoted or not any(q.start > f.start and q.start - f.end <= 3 for q in quoted)]
    return sorted(found, key=lambda f: f.start)


def _statement_end(text: str, start: int) -> int:
    m = _SENTENCE_END_RE.search(text, start, min(len(text), start + 500))
    return m.start() if m else min(len(text), start + 500)


def find_funding(text: str) -> list[Funding]:
    out: list[Funding] = []
    covered_until = -1
    for m in _TRIGGER_RE.finditer(text):
        if m.start() < covered_until:
            continue
        before = text[max(0, m.start() - 80):m.start()]
        sentence_break = max(before.rfind(". "), before.rfind("\n"))
        before_clause = before[sentence_break + 1:] if sentence_break >= 0 else before
        if _TOPIC_RE.search(before_clause):
            continue
        if not _STRONG_RE.match(m.group()) and not _BARE_CONTEXT_RE.search(before_clause):
            continue
        end = _statement_end(text, m.end())
        if _IN_PROGRAMME_RE.match(m.group()) and any(_STRONG_RE.match(n.group()) and not _IN_PROGRAMME_RE.match(n.group())
                                                      for n in _TRIGGER_RE.finditer(text, m.end(), end)):
            continue   # `realizowane w ramach Programu X, finansowanego ze środków Y`: Y's statement
        tokens = tokenize(text, m.start(), end)
        funders = [f for f in _find_funders(text, tokens, end)]
        programmes = _find_programmes(text, tokens, end)
        # a funder inside a programme's name is part of that name (`Fundusz Inicjatyw Obywatelskich`)
        funders_out = [f for f in funders if not any(p.start <= f.start and f.end <= p.end and p.name != f.name
                                                         and f.rank >= 3 for p in programmes)]
        # each further `ze środków X` without a known funder names one by itself
        if not _WEAK_RE.match(m.group()) and not _IN_PROGRAMME_RE.match(m.group()):
            funders_out += _generic_funders(text, m.start(), end, funders_out + programmes)
        # `przy wsparciu` alone may be advice, not money: only a known funder makes it funding
        if not funders_out and not any(p.implied for p in programmes):
            continue
        if not programmes:
            # `projektu realizowanego w ramach programu X, współfinansowanego ze środków Y`
            start = _sentence_start(text, m.start())
            programmes = [p for p in _find_programmes(text, tokenize(text, start, m.start()), m.start())
                          if p.implied is not None or not p.name.lower().startswith("program ")]
        if funders_out:
            best = min(funders_out, key=lambda f: (f.rank, f.start))
            names = [best.name]
            # co-funders in one statement (`ze środków Województwa Małopolskiego oraz Miasta
            # Nowego Sącza`); the Union or the state budget beside a named fund is its container
            for other in sorted(funders_out, key=lambda f: f.start):
                if other.name in names or (other.rank >= 7 and best.rank < 7 and other.start < best.start):
                    continue
                if other.rank >= 5 and best.rank <= 2:
                    continue
                names.append(other.name)
        else:
            names = [next(p.implied for p in programmes if p.implied)]
        if "Fundusze EOG" in names and "Fundusze Norweskie" in names:
            # the two grants always travel together as one funding source
            first = min(("Fundusze EOG", "Fundusze Norweskie"),
                        key=lambda n: next(f.start for f in funders_out if f.name == n))
            pair = f"{first} i {'Fundusze Norweskie' if first == 'Fundusze EOG' else 'Fundusze EOG'}"
            names = [pair if n == first else n for n in names if n not in ("Fundusze EOG", "Fundusze Norweskie") or n == first]
        programme = programmes[0] if programmes else None
        # a programme named `Fundusz Inicjatyw Obywatelskich` also names FIO funding; keep the funder
        last = max([f.end for f in funders_out] + [p.end for p in programmes[:1]] + [m.end()])
        action = _ACTION_RE.match(text, last)
        if action and programme and action.start() - programme.end <= 2:
            last = action.end()
        span = (m.start(), last)
        statement = text[span[0]:span[1]]
        for name in names:
            out.append(Funding(name, programme.name if programme else None, span, statement))
        covered_until = end
    return _dedupe(out)


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 300)
    last = lo
    for m in _SENTENCE_END_RE.finditer(text, lo, pos):
        last = m.end()
    return last


def _generic_funders(text: str, start: int, end: int, known: list[_Match]) -> list[_Match]:
    """`ze środków Fundacji Orlen` -> `Fundacja Orlen`: a capitalised name after a
    complement that no lexicon entry covers, in the nominative."""
    found = []
    for m in _COMPLEMENT_RE.finditer(text, start, end):
        tokens = tokenize(text, m.end(), end)
        if not tokens or any(k.start <= tokens[0].start < k.end or 0 <= k.start - m.end() <= 12 for k in known):
            continue
        j = 0
        while j < len(tokens) and j < 8 and (tokens[j].text[:1].isupper() or
                                             (j and tokens[j].text in ("i", "na", "rzecz", "dla") and j + 1 < len(tokens)
                                              and tokens[j + 1].text[:1].isupper())):
            j += 1
        if j == 0 or not tokens[0].text[:1].isupper():
            continue
        if lemma(tokens[0].text) in ("program", "projekt", "działanie", "priorytet", "oś", "zadanie", "unia"):
            continue
        phrase = text[tokens[0].start:tokens[j - 1].end]
        found.append(_Match(tokens[0].start, tokens[j - 1].end, nominative(phrase), 7))
    return found


_EU_FUNDS = {"Europejski Fundusz Społeczny Plus", "Europejski Fundusz Społeczny", "Europejski Fundusz Rozwoju Regionalnego",
             "Fundusz Spójności", "Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich",
             "Fundusz na rzecz Sprawiedliwej Transformacji", "Europejski Fundusz Pomocy Najbardziej Potrzebującym"}


def _dedupe(found: list[Funding]) -> list[Funding]:
    """One entry per funder and programme; a bare `Unia Europejska` (a logo line such as
    `Dofinansowane przez Unię Europejską`) repeats a statement that names the EU fund."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    has_eu_fund = any(item.funder in _EU_FUNDS for item in found)
    for item in found:
        if item.funder == "Unia Europejska" and item.programme is None and has_eu_fund:
            continue
        key = (item.funder, item.programme)
        if key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out
