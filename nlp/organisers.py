"""Who organises, invites to or hosts the event, as the text writes it.

Polish announcements name the organiser in a few grammatical frames: the subject of
`zaprasza`/`zorganizował` (`Regionalny Ośrodek Polityki Społecznej w Lublinie
zorganizował…`), the agent after `przez` (`zorganizowany przez…`), the complement of
`W imieniu…` / `Organizatorem jest…`, a label line (`Organizator: …`) and an office's
signature at the end. Inside the frame an organisation is a capitalised name phrase opened
by an organisation head (Stowarzyszenie, Urząd, Ośrodek, Wójt… as Morfeusz lemmas, or
an acronym like GOPS), kept exactly as inflected in the text (`Wójta Gminy Czernica`).
Speakers' and moderators' employers never stand in these frames, so they are not taken.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from nlp.morph import analyse, lemmas, modifies, name_classes

LEXICONS = Path(__file__).with_name("lexicons")

TOKEN_RE = re.compile(r"\w+(?:[-’'+]\w+)*\+?|[^\w\s]")
# Lower-case words that may stand inside a name when a capitalised word follows
# (`Ośrodek Pomocy i Integracji Społecznej`, `Fundacja na rzecz Rozwoju`, `Szkoła nr 3`).
NAME_CONNECTORS = {"i", "w", "we", "na", "dla", "do", "ds", "im", "z", "ze", "pod", "przy", "rzecz", "nr", "oraz",
                   "św", "gen", "ks", "bł", "al", "ul", "o", "od", "-", "–", "."}
QUOTES_OPEN = {"„", "\"", "«", "“"}
QUOTES_CLOSE = {"”", "\"", "»", "“", "'"}


@functools.cache
def lexicon(name: str) -> dict:
    return json.loads((LEXICONS / name).read_text(encoding="utf-8"))


@functools.cache
def _heads() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon("organisation_heads.json")
    return (frozenset(data["nouns"]), frozenset(data["nouns_requiring_name"]),
            frozenset(data["acronyms"]), frozenset(data["person_roles"]))


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end)]


@functools.lru_cache(maxsize=200_000)
def _lemma_set(word: str) -> frozenset[str]:
    return lemmas(word)


@functools.lru_cache(maxsize=200_000)
def is_org_head(word: str) -> bool:
    nouns, _, acronyms, _ = _heads()
    if word in acronyms or (word.isupper() and len(word) >= 3 and word.isalpha() and word.endswith(("OPS", "PS", "CPR", "OK"))):
        return True
    return bool(_lemma_set(word) & nouns) and word[:1].isupper()


@functools.lru_cache(maxsize=200_000)
def is_acronym(word: str) -> bool:
    _, _, acronyms, _ = _heads()
    base = word.split("-")[0]
    return word in acronyms or base in acronyms


@functools.lru_cache(maxsize=200_000)
def needs_name(word: str) -> bool:
    """Heads that are no organisation on their own (`Gmina`, `Rada`, `Regionalny`)."""
    _, weak, _, _ = _heads()
    return bool(_lemma_set(word) & weak) and not is_acronym(word)


@functools.lru_cache(maxsize=200_000)
def _is_office_title(word: str) -> bool:
    return bool(_lemma_set(word) & _office_titles())


@functools.cache
def _office_titles() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["office_titles"])


def office_title_end(tokens: list[Token], i: int) -> int | None:
    """`Komendant Powiatowy Policji`, `Dyrektora Generalnego`: an office title followed by
    adjectives agreeing with it names the office itself (the index after those adjectives).

    An adjective that agrees with the noun after it modifies that noun instead
    (`Dyrektor Gminnego Ośrodka`: the role of a person in an organisation)."""
    if i >= len(tokens) or not tokens[i].is_cap or not _is_office_title(tokens[i].text):
        return None
    j = i + 1
    while j < len(tokens) and tokens[j].is_cap and tokens[j].is_word and modifies(tokens[j].text, tokens[i].text):
        k = j + 1
        while k < len(tokens) and tokens[k].is_cap and is_adjective(tokens[k].text) \
                and not any(r.pos == "subst" for r in analyse(tokens[k].text)):
            k += 1   # `Komendant Miejski Państwowej Straży`: find the noun after the adjectives
        if k < len(tokens) and tokens[k].is_cap and modifies(tokens[j].text, tokens[k].text):
            break
        j += 1
    return j if j > i + 1 else None


@functools.lru_cache(maxsize=200_000)
def is_person_role(word: str) -> bool:
    return bool(_lemma_set(word) & _heads()[3])


@functools.lru_cache(maxsize=200_000)
def is_adjective(word: str) -> bool:
    return any(i.pos == "adj" for i in analyse(word))


@functools.lru_cache(maxsize=200_000)
def _has_genitive(word: str) -> bool:
    return any(":gen" in r.tag or ".gen" in r.tag for r in analyse(word) if r.pos in ("subst", "adj"))


@functools.lru_cache(maxsize=200_000)
def _genitive_only(word: str) -> bool:
    """No nominative reading: the word cannot open a new name (`Inicjatyw`, not `Dyrektor`)."""
    readings = [r for r in analyse(word) if r.pos in ("subst", "adj")]
    return bool(readings) and all("nom" not in r.tag.split(":")[2].split(".") for r in readings
                                  if len(r.tag.split(":")) > 2) and _has_genitive(word)


@functools.lru_cache(maxsize=200_000)
def is_first_name(word: str) -> bool:
    classes = name_classes(word)
    return "imię" in classes and not (classes & {"nazwa_geograficzna", "nazwa_organizacji"}) \
        and not any(i.pos == "adj" for i in analyse(word))


_NOT_NAME_WORDS = {"zapraszamy", "zaprasza", "zapraszają", "serdecznie", "spotkanie", "konferencja", "szkolenie",
                   "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                   "październik", "listopad", "grudzień", "poniedziałek", "wtorek", "środa", "czwartek", "piątek",
                   "sobota", "niedziela", "godzina", "dzień", "termin", "temat", "program"}


@functools.lru_cache(maxsize=200_000)
def _stops_name(word: str) -> bool:
    return bool(_lemma_set(word) & _NOT_NAME_WORDS) or word.lower() in _NOT_NAME_WORDS


def _compound_place(tokens: list[Token], j: int) -> bool:
    """`Burmistrz Środy Wielkopolskiej`: a place name followed by its agreeing adjective is
    a town (Środa), not the weekday the same word also names."""
    word = tokens[j].text
    return j + 1 < len(tokens) and tokens[j + 1].is_cap \
        and bool(name_classes(word) & {"nazwa_geograficzna", "człon_nazwy_geograficznej"}) \
        and modifies(tokens[j + 1].text, word)


def _gap_breaks(text: str, a: Token, b: Token) -> bool:
    """A line break (or a wide gap) between two tokens ends a name."""
    return "\n" in text[a.end:b.start]


def read_name(text: str, tokens: list[Token], i: int, *, max_tokens: int = 14) -> int | None:
    """If an organisation name starts at tokens[i], the index after its last token."""
    n = len(tokens)
    office_end = office_title_end(tokens, i)
    if office_end is not None:
        return _read_name_rest(text, tokens, i, i, office_end, max_tokens)
    j = i
    # capitalised adjectives before the head (`Łęczyńskie Stowarzyszenie`, `Gminnego Ośrodka`)
    while j < n and tokens[j].is_cap and not is_org_head(tokens[j].text) and is_adjective(tokens[j].text) \
            and j - i < 3 and (j == i or not _gap_breaks(text, tokens[j - 1], tokens[j])):
        j += 1
    if j >= n or not tokens[j].is_cap or not is_org_head(tokens[j].text):
        # `Regionalny` is itself a head: adjectival heads open a name too
        return None
    if j > i and _gap_breaks(text, tokens[j - 1], tokens[j]):
        return None
    return _read_name_rest(text, tokens, i, j, j + 1, max_tokens)


def _read_name_rest(text: str, tokens: list[Token], i: int, head: int, j: int, max_tokens: int) -> int | None:
    """The rest of a name after its head (tokens[head:j]): its complements, as far as they go."""
    n = len(tokens)
    last_good = j
    while j < n and j - i < max_tokens:
        tok = tokens[j]
        prev = tokens[j - 1]
        if _gap_breaks(text, prev, tok):
            break
        word = tok.text
        if tok.text in QUOTES_OPEN:
            close = j + 1
            while close < n and close - j < 15 and tokens[close].text not in QUOTES_CLOSE:
                close += 1
            if close < n and tokens[close].text in QUOTES_CLOSE:
                j = last_good = close + 1
                continue
            break
        if tok.is_cap and tok.is_word:
            if is_person_role(word) or (_stops_name(word) and not _compound_place(tokens, j)):
                break
            after_im = j >= 2 and tokens[j - 1].text == "." and tokens[j - 2].text.lower() in ("im", "św", "bł", "ks")
            if not after_im and is_first_name(word) and j + 1 < n and tokens[j + 1].is_cap \
                    and not is_org_head(tokens[j + 1].text):
                break   # `Wójt Gminy Czernica Jan Kowalski`
            j += 1
            last_good = j
            continue
        if word.isdigit() and (prev.text.lower() in ("nr", "numer") or (j + 1 < n and tokens[j + 1].is_cap)):
            j += 1
            last_good = j
            continue
        low = word.lower()
        if low in ("i", "oraz") and j + 1 < n:
            nxt = tokens[j + 1]
            # `Pomocy i Integracji Społecznej` continues; `… i Dyrektor GOPS` starts another name
            units = bool(_lemma_set(nxt.text) & {"gmina", "miasto", "powiat"}) and \
                bool(_lemma_set(prev.text) & {"gmina", "miasto", "powiat"})   # `Miasta i Gminy`
            joins_units = units or (prev.is_cap and _genitive_only(nxt.text) and _has_genitive(prev.text)
                                    and j > i + 1)   # `Centrum Wolontariatu i Inicjatyw Społecznych`
            complement = is_org_head(nxt.text) and not _case_numbers(tokens[head].text) & _case_numbers(nxt.text) \
                and bool(_case_numbers(prev.text) & _case_numbers(nxt.text))   # `Przyjaciół Szkoły i Przedszkola`
            if nxt.is_cap and (joins_units or complement or (not is_org_head(nxt.text) and not is_person_role(nxt.text))) \
                    and low == "i" and not _gap_breaks(text, tok, nxt) \
                    and (units or not _coordinated_name(text, tokens, head, j + 1)):
                j += 1
                continue
            break
        if low in ("w", "we") and j + 1 < n and tokens[j + 1].is_cap:
            # seat of the organisation: `Ośrodek Polityki Społecznej w Lublinie`
            from nlp.gazetteer import gazetteer  # noqa: PLC0415  (loaded once)
            k = j + 1
            end = k + 1
            while end < n and end - k < 3 and tokens[end].is_cap and not _gap_breaks(text, tokens[end - 1], tokens[end]):
                end += 1
            for stop in range(end, k, -1):
                phrase = text[tokens[k].start:tokens[stop - 1].end]
                if gazetteer().is_place(phrase):
                    j = last_good = stop
                    break
            break
        if low in ("na", "rzecz", "dla", "ds", "im", "nr", "pod", "do", "z", "ze", "św", "ks", "gen", "bł") \
                and j + 1 < n and not _gap_breaks(text, tok, tokens[j + 1]):
            nxt = tokens[j + 1]
            if nxt.text == "." and j + 2 < n:
                nxt = tokens[j + 2]
            if low in ("z", "ze", "do") and not (nxt.is_cap and not is_org_head(nxt.text)):
                break
            if low in ("z", "ze") and is_first_name(nxt.text):
                break
            if nxt.is_cap or (low == "nr" and nxt.text.isdigit()) or (low == "na" and nxt.text == "rzecz"):
                j += 1
                if tokens[j].text == ".":
                    j += 1
                continue
            break
        if word in ("-", "–") and j + 1 < n and tokens[j + 1].is_cap and not is_person_role(tokens[j + 1].text) \
                and (tokens[j + 1].text.isupper() or is_org_head(tokens[j + 1].text)) and prev.end == tok.start:
            j += 1
            continue
        break
    end = last_good
    if end - i < 2 and not is_acronym(tokens[head].text):
        return None
    if end - i == 2 and needs_name(tokens[head].text) and head == i and not tokens[head + 1].is_cap:
        return None
    return end


def _case_numbers(word: str) -> set[tuple[str, str]]:
    out = set()
    for r in analyse(word):
        if r.pos in ("subst", "adj"):
            parts = r.tag.split(":")
            if len(parts) > 2:
                out.update((n, c) for n in parts[1].split(".") for c in parts[2].split("."))
    return out


def _coordinated_name(text: str, tokens: list[Token], head: int, k: int) -> bool:
    """`Miasto Łódź i Łódzkie Centrum Obywatelskie`: after `i` a second name opens (its own
    head, in the case and number of the first name's head), not a complement of the first
    (`Stowarzyszenie Przyjaciół Szkoły i Przedszkola`: genitive after a nominative head)."""
    if read_name(text, tokens, k) is None:
        return False
    return bool(_case_numbers(tokens[head].text) & _case_numbers(tokens[k].text))


def find_names(text: str, start: int, end: int, *, max_names: int = 6) -> list[tuple[int, int]]:
    """Organisation names in text[start:end], in order (a list joined by `,`/`oraz`/`i`)."""
    tokens = tokenize(text, start, end)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens) and len(found) < max_names:
        tok = tokens[i]
        if tok.is_cap and tok.is_word and (not is_person_role(tok.text) or office_title_end(tokens, i)):
            stop = read_name(text, tokens, i)
            if stop is not None:
                found.append((tok.start, tokens[stop - 1].end))
                i = stop
                continue
            if is_acronym(tok.text):
                found.append((tok.start, tok.end))
        i += 1
    return found


# --- frames --------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<!\b[A-ZŁŚŻŹĆa-qs-ząćęłńóśźż])(?<!\bul)(?<!\bnr)(?<!\bim)(?<!\bds)(?<!\bśw)(?<!\bks)"
                           r"(?<!\bgen)(?<!\bpl)(?<!\bal)(?<!\bos)(?<!\bprof)(?<!\bdr)(?<!\bgodz)(?<!\btel)(?<!\bok)"
                           r"(?<!\bnp)(?<!\btj)(?<!\bpn)(?<!\bwg)[.!?](?=\s+[A-ZŁŚŻŹĆ„\d])|\n")


def _clause_end(text: str, start: int, limit: int = 400) -> int:
    m = _SENTENCE_END.search(text, start, min(len(text), start + limit))
    return m.start() if m else min(len(text), start + limit)


_ABBREVIATION_BEFORE_DOT = re.compile(r"(?:\b(?:ul|nr|im|ds|św|ks|gen|pl|al|os|prof|dr|godz|tel|ok|np|tj|pn|wg)|(?<![\w])[A-ZŁŚŻŹĆa-qs-ząćęłńóśźż])$")
_UPPER_START = re.compile(r"\s+[A-ZŁŚŻŹĆ„\d]")


def _clause_start(text: str, end: int, limit: int = 300) -> int:
    """Start of the sentence (or line) that ends at `end`, scanning backwards (the same
    boundaries as `_SENTENCE_END`, found without running a look-behind regex forwards)."""
    lo = max(0, end - limit)
    nl = text.rfind("\n", lo, end)
    floor = nl + 1 if nl >= 0 else lo
    pos = end
    while pos > floor:
        k = max(text.rfind(".", floor, pos), text.rfind("!", floor, pos), text.rfind("?", floor, pos))
        if k < 0:
            break
        if _UPPER_START.match(text, k + 1) and not _ABBREVIATION_BEFORE_DOT.search(text, max(0, k - 6), k):
            return k + 1
        pos = k
    return floor


_SUBJECT_VERB_RE = re.compile(
    r"\b(?:za)?prasza(?:ją|ł[aoy]?|li)?\b|\bzaprosi(?:ł[aoy]?|li|ły)\b|\b(?:współ)?(?:z)?organizował(?:[aoy]|y|i)?\b"
    r"|\b(?:współ)?organizuj[eą]\b|\bogłasza(?:ją)?\b|\bogłosił[aoy]?\b|\bzwołuj[eą]\b|\bzwołał[aoy]?\b"
    r"|\bzawiadamia(?:ją)?\b|\bzawiadomił[aoy]?\b|\binformuj[eą]\b|\bpoinformował[aoy]?\b|\bprzeprowadził[aoy]?\b|\bprzeprowadza(?:ją)?\b|\bgości(?:ł[aoy]?|ć|li)?\b"
    r"|\bprzygotował[aoy]?\b|\bzachęca(?:ją)?\b|\b(?:po)?prowadz[ią]\b",
    re.IGNORECASE)
_ANNOUNCE_VERBS = re.compile(r"informuj|poinformował|ogłasza|ogłosił|zawiadamia|zawiadomił", re.IGNORECASE)
_EVENT_OBJECT_RE = re.compile(r"spotkani|zebrani|konsultac|debat|konferencj|szkoleni|warsztat|sesj|forum|seminari|"
                              r"festyn|piknik|obrad|dyżur|wydarzeni|uroczystoś", re.IGNORECASE)
_INVITE_RE = re.compile(r"zaprasz|zawiadam|organiz|serdecznie|spotkani|zebrani|konsultac|debat|konferencj|szkoleni|"
                        r"warsztat|sesj|forum|seminari|uroczystoś", re.IGNORECASE)
_MEETING_OF_RE = re.compile(r"\b(?:[Pp]osiedzeni[aeu]|[Zz]aproszeni[aeu]|[Zz]awiadomieni[aeu]|[Oo]bwieszczeni[aeu]|"
                            r"[Oo]głoszeni[aeu]|[Kk]omunikat(?:u)?)[ \t]+(?=[A-ZŁŚŻŹĆ])")
_EVENT_WORDS_RE = re.compile(r"wydarzeni|akcj|impre[zs]|konkurs|festiwal|zjazd|spacer|wizyt|kurs|wykład|pokaz|"
                             r"dzie[nń]|dni|gal[aię]|koncert|wystaw|kiermasz|zbiórk|turniej|rajd|bieg|spektakl|"
                             r"posiedzeni|obrad|spotkań|zajęci|webinar|wyjazd|rozmow|dyskusj|kampani|inicjatyw", re.IGNORECASE)
_RELATIVE_RE = re.compile(r"(?:^|,)\s*(?:któr[aąeyiegomu]+|gdzie)\s*$", re.IGNORECASE)
_FORWARD_ONLY = re.compile(r"(?:po)?prowadz", re.IGNORECASE)   # `X prowadzi…` may be a speaker
_FORWARD_VERBS = re.compile(r"(?:współ)?(?:z)?organiz|zaprasza|gości|ogłasza|zwołuj|(?:po)?prowadz[ią]|przygotow",
                            re.IGNORECASE)
_AGENT_RE = re.compile(
    r"\b(?:(?:współ)?(?:z)?organizowan|przygotowan|przeprowadzon|zwołan|zainicjowan)\w*"
    r"(?:\s+(?:jest|są|było|była|był|były|zostało|została|został|zostały|będzie|będą|wspólnie|wyłącznie))*\s+przez\s+",
    re.IGNORECASE)
_LEAD_RE = re.compile(
    r"\bw\s+imieniu\s+|\bna\s+zaproszenie\s+|\b(?:współ)?organizator(?:em|ami|ka|zy)?(?:\s+[a-ząćęłńóśźż]+){0,3}?"
    r"\s*(?:(?:jest|są|był[aoy]?|byli|będzie|będą)\s+|:[ \t]*)|\bgospodarz(?:em|ami)?(?:\s+\w+)?\s+(?:jest|są|był[aoy]?|byli|będzie)\s+"
    r"|\bpod\s+patronatem\s+|^(?:organizator(?:zy)?|zaprasza(?:ją)?|współorganizator(?:zy)?)\s*:?\s*$",
    re.IGNORECASE | re.MULTILINE)
_SIGNATURE_OFFICES = {"wójt", "burmistrz", "prezydent", "starosta", "marszałek", "zarząd", "sołtys", "przewodniczący",
                      "dyrektor", "kierownik", "prezes"}


@dataclass(frozen=True, slots=True)
class Organiser:
    name: str
    span: tuple[int, int]

    def as_dict(self) -> dict:
        return {"name": self.name, "text": self.name, "span": list(self.span)}


def _strip_role(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`Kierownik Gminnego Ośrodka…` -> `Gminnego Ośrodka…`: a person's role is not the
    organisation, but an office (`Wójta Gminy…`) is."""
    tokens = tokenize(text, *span)
    if len(tokens) > 2 and is_person_role(tokens[0].text) and not office_title_end(tokens, 0) \
            and not (_lemma_set(tokens[0].text) & {"wójt", "burmistrz", "prezydent", "starosta", "marszałek"}):
        return tokens[1].start, span[1]
    return span


def _names_after(text: str, pos: int, limit: int = 300) -> list[tuple[int, int]]:
    end = _clause_end(text, pos, limit)
    # a colon label may put the names on the next lines
    if text[pos:end].strip() == "":
        nl = text.find("\n", pos)
        if nl != -1:
            end2 = text.find("\n\n", nl + 1)
            end = min(len(text), nl + 400) if end2 == -1 else min(end2, nl + 400)
    # stop at the verb that ends an inverted frame (`W imieniu X … zapraszamy`)
    m = re.search(r"\bzaprasza\w*|\bserdecznie|\bna\s+(?:spotkanie|konferencj|szkoleni|warsztat|debat|forum|zebranie)", text[pos:end], re.IGNORECASE)
    if m:
        end = pos + m.start()
    names = find_names(text, pos, end)
    # the frame's complement starts right after it; later names must be joined to it
    out: list[tuple[int, int]] = []
    cursor = pos
    for span in names:
        glue = re.findall(r"\w+|,", text[cursor:span[0]])
        if any(w.lower() not in _LIST_GLUE and not is_person_role(w) for w in glue):
            break
        out.append(span)
        cursor = span[1]
    return out


_LIST_GLUE = {"i", "oraz", "a", "także", "wraz", "z", "ze", "wspólnie", "razem", "w", "imieniu", ","}


_SUBJECT_GLUE = {"i", "oraz", "a", "także", "wraz", "z", "wspólnie", "serdecznie", "uprzejmie", "ponownie", "również",
                 "gorąco", "już", "niniejszym", ","}


def _clause_opening_name(text: str, verb_start: int) -> list[tuple[int, int]]:
    """`Stowarzyszenie „Pogranicze Razem” oraz partner saksoński … zapraszają`: the name
    that opens the clause of the verb is its subject when no name stands right before it."""
    start = _clause_start(text, verb_start)
    lead = len(text[start:verb_start]) - len(text[start:verb_start].lstrip())
    names = find_names(text, start + lead, verb_start)
    if names and names[0][0] == start + lead and len(re.findall(r"\w+", text[names[0][1]:verb_start])) <= 8 \
            and not re.search(r"[!?;:]|(?<!\b\w)\.", text[names[0][1]:verb_start]):
        return [names[0]]
    return []


def _loose_name(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """Right after an organising verb, a capitalised multi-word name without a known head
    (`Spotkanie zorganizował Częstochowski Alarm Smogowy`) is the organiser too."""
    tokens = tokenize(text, pos, end)
    j = 0
    while j < len(tokens) and tokens[j].is_cap and tokens[j].is_word and not is_person_role(tokens[j].text) \
            and (j == 0 or "\n" not in text[tokens[j - 1].end:tokens[j].start]):
        j += 1
    if j < 2 or text[pos:tokens[0].start].strip() or \
            "imię" in name_classes(tokens[0].text) or \
            ("nazwisko" in name_classes(tokens[0].text) and not is_adjective(tokens[0].text)):
        return None
    return tokens[0].start, tokens[j - 1].end


def _names_before(text: str, verb_start: int) -> list[tuple[int, int]]:
    start = _clause_start(text, verb_start)
    names = find_names(text, start, verb_start)
    if not names:
        return []
    # only the names right before the verb form its subject (joined by `,`/`i`/`oraz`)
    subject: list[tuple[int, int]] = []
    cursor = verb_start
    for span in reversed(names):
        between = text[span[1]:cursor].strip(" ,\t")
        words = re.findall(r"\w+|,", between)
        if any(w.lower() not in _SUBJECT_GLUE and not is_person_role(w) for w in words):
            break
        subject.append(span)
        cursor = span[0]
    return list(reversed(subject))


_RELATED_RE = re.compile(
    r"^[ \t]*(?:Inne\s+(?:aktualności|wiadomości|wydarzenia|artykuły)|Zobacz\s+(?:też|także|również)|"
    r"Czytaj\s+(?:też|także|również)|Przeczytaj\s+(?:też|także|również)|Powiązane(?:\s+\w+)?|Podobne\s+\w+|"
    r"Ostatnie\s+(?:wpisy|aktualności|wiadomości)|Najnowsze\s+(?:wpisy|aktualności|wiadomości)|Polecane(?:\s+\w+)?|"
    r"Najczęściej\s+czytane|Archiwum\s+aktualności)[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)


def body_end(text: str) -> int:
    """Where the article ends and a list of other articles (`Inne aktualności`, `Zobacz
    też`) begins: their headlines name other events' places and hosts."""
    m = _RELATED_RE.search(text)
    return m.start() if m and m.start() > len(text) // 5 else len(text)


def find_organisers(text: str) -> list[Organiser]:
    cut = body_end(text)
    if cut < len(text):
        # headlines of other articles name other hosts; blanking them keeps offsets valid
        # and leaves the signature on the body's last lines
        text = text[:cut] + re.sub(r"[^\n]", " ", text[cut:])
    spans: list[tuple[int, int]] = []
    for m in _SUBJECT_VERB_RE.finditer(text):
        word = m.group()
        if word.lower().endswith(("amy", "imy")):
            continue
        if _ANNOUNCE_VERBS.match(word) and not _EVENT_OBJECT_RE.search(text, m.end(), min(_clause_end(text, m.end()), m.end() + 250)):
            continue   # `Burmistrz informuje, że rozstrzygnięto konkurs`: no event to organise
        before = _names_before(text, m.start())
        relative = bool(_RELATIVE_RE.search(text[_clause_start(text, m.start()):m.start()].strip()))
        if not before and not relative and not _FORWARD_ONLY.match(word):
            before = _clause_opening_name(text, m.start())
        if before and not _FORWARD_ONLY.match(word):
            spans.extend(before)
        elif _FORWARD_VERBS.match(word):
            # inverted order: `Spotkanie organizuje Stowarzyszenie X`, `Na spotkanie zaprasza Wójt
            # Gminy X wraz z GOPS`, `debatę, którą współorganizuje Centrum X`
            clause = _clause_start(text, m.start())
            lead = text[clause:m.start()].strip()
            lead_words = re.findall(r"\w+", lead)
            if not lead_words or _RELATIVE_RE.search(lead) or (len(lead_words) <= 3 and not re.search(r"[A-ZŁŚŻ]\w*\s+[A-ZŁŚŻ]", lead)):
                end = _clause_end(text, m.end(), 250)
                after = find_names(text, m.end(), end)
                if (not after or text[m.end():after[0][0]].strip(" ,:")) and not _FORWARD_ONLY.match(word):
                    loose = _loose_name(text, m.end(), end)
                    after = [loose] + after if loose else after
                if after and text[m.end():after[0][0]].strip(" ,:") in ("", "serdecznie", "uprzejmie", "również", "także"):
                    spans.append(after[0])
                    for nxt in after[1:]:
                        glue = text[spans[-1][1]:nxt[0]].strip(" ,").lower()
                        if glue in ("i", "oraz", "wraz z", "wspólnie z", "razem z", "a także", ""):
                            spans.append(nxt)
                        else:
                            break
    has_event = bool(_INVITE_RE.search(text))
    for m in _MEETING_OF_RE.finditer(text):
        # `posiedzenie Powiatowej Rady…`: the body that sits hosts its sitting;
        # `Zaproszenie Wójta Gminy X`, `Obwieszczenie Burmistrza…`: the office that calls it
        if not has_event and not m.group().lower().startswith("posiedz"):
            continue
        names = find_names(text, m.end(), _clause_end(text, m.end(), 200))
        if names and names[0][0] == m.end():
            spans.append(names[0])
    for m in _AGENT_RE.finditer(text):
        head = text[_clause_start(text, m.start(), 220):m.start()]
        if not _EVENT_OBJECT_RE.search(head) and not _EVENT_WORDS_RE.search(head):
            continue   # `badania przeprowadzonego przez ROPS`: it made a study, not this event
        spans.extend(_names_after(text, m.end()))
    for m in _LEAD_RE.finditer(text):
        if m.group().lower().startswith("pod"):
            continue  # patronage is not organisation
        if m.group().lower().startswith("w") and not _INVITE_RE.search(text, m.end(), _clause_end(text, m.end(), 400)):
            continue  # `w imieniu Gminy odbierać będzie odpady`: acting for, not inviting
        names = _names_after(text, m.end())
        spans.extend(names)
    if _INVITE_RE.search(text):
        spans.extend(_signature(text))   # an office signing a notice with no event organises nothing
    if not spans and _WE_INVITE_RE.search(text):
        spans.extend(_publisher(text))   # `Zapraszamy…` on a page headed by the inviting organisation
    out: list[Organiser] = []
    seen: set[str] = set()
    stripped = sorted(set(_strip_role(text, s) for s in spans))
    keys = {span: " ".join(text[span[0]:span[1]].lower().split()) for span in stripped}
    for span in stripped:
        name = text[span[0]:span[1]]
        key = keys[span]
        if key in seen or any(o.span[0] <= span[0] and span[1] <= o.span[1] for o in out):
            continue
        if any(other != key and other.startswith(key + " ") for other in keys.values()):
            continue   # a title's short form of a name given in full below
        seen.add(key)
        out.append(Organiser(name, span))
    return out


_WE_INVITE_RE = re.compile(r"\b(?:zapraszamy|organizujemy|zorganizowaliśmy|przygotowaliśmy|gościliśmy|"
                           r"współorganizujemy|zapraszaliśmy)\b", re.IGNORECASE)


def _publisher(text: str) -> list[tuple[int, int]]:
    """The organisation a page is headed with (its first lines: `Stowarzyszenie Przyjaciół
    Szkoły w Dobrzycy` above the menu), the `we` of `Zapraszamy`."""
    pos = 0
    seen_lines = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.strip():
            continue
        seen_lines += 1
        if seen_lines > 3:
            break
        stripped = line.strip()
        if len(stripped) > 100:
            continue
        body = re.split(r"\s[–|-]\s", stripped)[0]   # `Centrum X – Zgorzelec`
        offset = start + line.index(body)
        tokens = tokenize(text, offset, offset + len(body))
        if not tokens:
            continue
        stop = read_name(text, tokens, 0)
        if stop is not None and stop == len(tokens) and not is_acronym(tokens[0].text):
            return [(tokens[0].start, tokens[stop - 1].end)]
    return []


def _signature(text: str) -> list[tuple[int, int]]:
    """An office signing the announcement on one of its last lines (`Wójt Gminy Czernica`)."""
    lines = []
    pos = len(text)
    for line in reversed(text.splitlines(keepends=True)):
        pos -= len(line)
        if line.strip():
            lines.append((pos, line))
        if len(lines) >= 6:
            break
    found = []
    for k, (start, line) in enumerate(lines):
        stripped = line.strip()
        if len(stripped) > 80:
            continue
        tokens = tokenize(text, start, start + len(line.rstrip()))
        if len(tokens) == 1 and is_person_role(tokens[0].text) and k > 0:
            # `Dyrektor` / `Regionalnego Ośrodka Polityki Społecznej w Rzeszowie` on the next line
            nstart, nline = lines[k - 1]
            ntokens = tokenize(text, nstart, nstart + len(nline.rstrip()))
            stop = read_name(text, ntokens, 0) if ntokens else None
            if stop is not None and stop == len(ntokens):
                found.append((ntokens[0].start, ntokens[stop - 1].end))
            continue
        if not tokens or not (_lemma_set(tokens[0].text) & _SIGNATURE_OFFICES) or not tokens[0].is_cap:
            continue
        first = 1 if is_person_role(tokens[0].text) and len(tokens) > 1 and not is_org_head(tokens[0].text) else 0
        stop = read_name(text, tokens, first)
        if stop is not None and stop == len(tokens):
            found.append((tokens[first].start, tokens[stop - 1].end))
    return found
