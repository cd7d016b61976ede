"""Where the event happens: venue name, street address and city.

Announcements say it in three ways, all read here:
- a label line: `Gdzie?  Budynek Urzędu Gminy Czernica, ul. Kolejowa 3`, `Miejsce: …`;
- a locative phrase opened by a place noun (Morfeusz lemma: siedziba, sala, budynek,
  świetlica, ośrodek…) or by a capitalised name after `w`/`we`: `w siedzibie Rady Miasta
  Plac Kościuszki 5`, `w sali widowiskowej Centrum Kultury i Biblioteki w Dobrym Mieście`;
- a line that gives a date or time and then a place and a street:
  `19 lipca br., godz. 14:00 - 17:00, Ośrodek 3 Piętra, ul. 28 Pułku Strzelców Kaniowskich 71/73`.
Name and address are kept as written; the city is given in the nominative through the
gazetteer (`w Łęcznej` -> Łęczna). A footer or contact address (tel., NIP, e-mail) is
not a venue.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass

from nlp.gazetteer import gazetteer
from nlp.morph import analyse, fold, lemmas
from nlp.organisers import Token, body_end, is_first_name, is_org_head, is_person_role, lexicon, tokenize

_STREET = (r"(?:ul\.|ul\s|ulic[ay]|al\.|Al\.|Alej[ae]|Alei|Alejach|Aleja|aleja|alei|pl\.|Pl\.|Plac[u]?|plac[u]?|os\.|Os\.|"
           r"Osiedl[eu]|osiedl[eu]|Rynek|Rynku|rynek|rynku|Rond[oa]|rondo|Skwer|skwer|Bulwar|bulwar)")
_STREET_WORD = r"(?:[A-ZŁŚŻŹĆÓĘĄŃ][\w’'-]*\.?|\d{1,2}(?=\s+[A-ZŁŚŻŹĆ])|[IVX]{1,4}\b|i\b|im\.|gen\.|ks\.|św\.|bp\.|marsz\.|kard\.|prof\.|dr\.?|al\.|pl\.|ppor\.|por\.|płk\.?|mjr\.?|Wlkp\.?)"
_NUMBER = r"\d{1,4}[a-zA-Z]?(?![a-zA-Ząćęłńóśźż])(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?(?![a-zA-Ząćęłńóśźż]))?(?![\d:.]\d)"
_LOCATIVE_RE = re.compile(r"\b(w|we|na|W|We|Na|do)\s+(\w+)")
_INVITE_TO_RE = re.compile(r"zaprasza\w*|przyjdź\w*|przybąd\w*|wpadnij\w*|przyjść|zapraszam", re.IGNORECASE)
ADDRESS_RE = re.compile(
    rf"\b(?:(?:Stary|Starym|Nowy|Nowym|Mały|Małym|Wielki|Wielkim|Górny|Górnym|Dolny|Dolnym)\s+)?(?:Rynek|Rynku)\s+{_NUMBER}\b|\b{_STREET}\s*(?:{_STREET_WORD}\s*){{1,6}}?{_NUMBER}\b(?:\s*(?:lok\.|lokal|pok\.|pokój|m\.)\s*\d+[a-z]?)?"
    r"|\b(?:ul\.|al\.|pl\.|os\.)\s*(?:" + _STREET_WORD + r"\s*){1,5}(?=[,.\n]|\s+w\s|\s+\(|$)",
)
VILLAGE_ADDRESS_RE = re.compile(r"(?:(?<=[,(–-] )|(?<=\())([A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+(?: [A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)?) (\d{1,4}[a-zA-Z]?)(?=\s*[,;)\n.]|$)")
POSTCODE_RE = re.compile(r"\b\d{2}-\d{3}\s+([A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+){0,2})")
_LABEL_RE = re.compile(
    r"^[ \t•*\-–]*(?:(?:📍|🏠|🏢|📌)\s*|(?:Gdzie\s*\??|Miejsce(?:\s+(?:spotkania|szkolenia|konferencji|wydarzenia|"
    r"warsztatów|debaty|konsultacji|forum|zebrania|zajęć|realizacji|i\s+termin|i\s+czas))?|Termin\s+i\s+miejsce|"
    r"Lokalizacja|Adres(?:\s+spotkania|\s+wydarzenia)?)\s*[:?\-–]\s*)", re.IGNORECASE | re.MULTILINE)
_CONTACT_RE = re.compile(r"\b(?:czynn[ey]|tel\.?|telefon|fax|e-mail|email|mail|NIP|REGON|KRS|konto|kontakt|godziny\s+pracy|"
                         r"adres\s+do\s+korespondencji|skrytka|www\.|http)", re.IGNORECASE)
_DATE_OR_TIME_RE = re.compile(r"\b(?:\d{1,2}[.:]\d{2}|godz|\d{1,2}\s+(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|"
                              r"sierpnia|września|października|listopada|grudnia)|\d{1,2}\.\d{1,2}\.\d{2,4}|"
                              r"\d{1,2}\.[IVX]+\.)", re.IGNORECASE)
_SUBMIT_RE = re.compile(r"(?:składa\w*|złoż\w*|złoże\w*|przesła\w*|przesyła\w*|dostarcz\w*|doręcz\w*|odbi\w+|na\s+adres|"
                        r"pocztą|osobiście|sekretaria\w+|kancelari\w+|dziennik\w*\s+podawcz\w+|biura\b|czynne|"
                        r"wrzuci\w*|urn\w+|punkt\w*\s+obsługi|dostępn\w+\s+(?:są|jest)|wyłożon\w+|do\s+pobrania|"
                        r"wgląd\w*|przekaz\w*|przekazyw\w*|odda\w*|zgłosze\w*|zgłasza\w*|zapis\w*|rejestracj\w*|siedzib\w+\s+(?:firmy|stowarzyszenia|fundacji|ośrodka)\s*:)", re.IGNORECASE)
_EVENT_CUE_RE = re.compile(r"(?:odbęd|odbyw|odbył|odbyła|spotkani|konferencj|szkoleni|warsztat|zebrani|debat|forum|"
                           r"konsultac|sesj|zaprasz|miejsc|rozpocz|godz|obrad|seminar|festyn|piknik|gal[ia]\b|"
                           r"wydarzeni|uroczyst|prezentacj|dyżur|kiermasz|zjazd|wizyt|spacer)", re.IGNORECASE)
_HAPPEN_RE = re.compile(r"\b(?:odbędzie|odbędą|odbywa(?:ć|ją)?|odbyło|odbyła|odbył|odbyły|zostanie\s+zorganizowan\w+|"
                        r"zorganizowan\w+\s+zostan\w+|spotykamy|spotkamy|zbieramy|będzie\s+miało\s+miejsce|miało\s+miejsce|"
                        r"ma\s+miejsce|mieć\s+miejsce|zapraszamy|zaprasza(?:ją)?)\s+(?:się\s+)?", re.IGNORECASE)
_HAPPEN_STRICT_RE = re.compile(r"\b(?:odbęd\w+|odbyw\w+|odbył\w*|miał\w*\s+miejsce|ma\s+miejsce|będzie\s+miało\s+miejsce|"
                               r"spotka(?:my|ją)|zbiera\w+|obradow\w+|obrad\w*)\b", re.IGNORECASE)
_HAPPEN_AFTER_RE = re.compile(r"\s+(?:odbył\w*|odbęd\w+|odbywa\w*)\s+się\b")
_ONLINE_RE = re.compile(r"\b(?:online|on-line|on line|zdaln\w+|zoom|ms teams|teams|webinar\w*|clickmeeting|youtube|facebook\w*)\b",
                        re.IGNORECASE)


@dataclass(slots=True)
class Venue:
    name: str | None
    address: str | None
    city: str | None
    span: tuple[int, int]
    text: str
    city_explicit: bool = False

    def as_dict(self) -> dict:
        return {"name": self.name, "address": self.address, "city": self.city, "text": self.text, "span": list(self.span)}


@functools.cache
def _cues() -> tuple[frozenset[str]]:
    data = lexicon("venue_cues.json")
    return (frozenset(fold(n) for n in data["nouns"]),)


@functools.lru_cache(maxsize=200_000)
def _folded_lemmas(word: str) -> frozenset[str]:
    return frozenset(fold(x) for x in lemmas(word))


@functools.lru_cache(maxsize=100_000)
def _is_verb(word: str) -> bool:
    readings = analyse(word)
    return bool(readings) and all(i.pos in ("fin", "praet", "impt", "bedzie", "inf") for i in readings)


@functools.lru_cache(maxsize=100_000)
def _is_noun(word: str) -> bool:
    return any(i.pos == "subst" for i in analyse(word))


@functools.lru_cache(maxsize=100_000)
def _has_singular(word: str) -> bool:
    return any(i.pos == "subst" and ":sg:" in i.tag for i in analyse(word)) or not analyse(word)


def _is_venue_noun(word: str) -> bool:
    return bool(_folded_lemmas(word) & _cues()[0])


@functools.lru_cache(maxsize=200_000)
def _is_adj(word: str) -> bool:
    return any(i.pos in ("adj", "ppas", "pact") for i in analyse(word))


@functools.lru_cache(maxsize=200_000)
def _is_gen_noun(word: str) -> bool:
    return any(i.pos == "subst" and "gen" in i.tag.split(":")[2].split(".") for i in analyse(word) if len(i.tag.split(":")) > 2)


# The source's TERYT code while one text is read: among same-named places (`w Podłężu`:
# Podłęże or Podłęż) the one nearest the source is meant.
_PREFER: ContextVar[str | None] = ContextVar("venue_region_preference", default=None)


def _city_name(phrase: str) -> str | None:
    return gazetteer().city_name(phrase, _PREFER.get())


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _place_after_w(text: str, tokens: list[Token], k: int) -> tuple[int, str] | None:
    """If tokens[k:] start with a place name (`Dobrym Mieście`), (index after it, nominative)."""
    n = len(tokens)
    end = k
    while end < n and end - k < 3 and tokens[end].is_cap and tokens[end].is_word \
            and (end == k or "\n" not in text[tokens[end - 1].end:tokens[end].start]):
        end += 1
    for stop in range(end, k, -1):
        phrase = text[tokens[k].start:tokens[stop - 1].end]
        name = _city_name(phrase)
        if name:
            return stop, name
    return None


def _read_venue_name(text: str, tokens: list[Token], i: int, *, allow_plain_cap: bool) -> tuple[int, str | None] | None:
    """A venue name starting at tokens[i]: (index after it, city named inside it or None)."""
    n = len(tokens)
    first = tokens[i]
    j = i
    if first.is_cap and _is_adj(first.text) and not _is_venue_noun(first.text):
        while j < n and j - i < 3 and tokens[j].is_cap and _is_adj(tokens[j].text) and not _is_venue_noun(tokens[j].text):
            j += 1
    if j >= n:
        return None
    head = tokens[j]
    if not (_is_venue_noun(head.text) or is_org_head(head.text)
            or (allow_plain_cap and head.is_cap and head.is_word and not is_first_name(head.text)
                and (_is_noun(head.text) or not analyse(head.text)))):
        return None
    if head.is_cap and gazetteer().is_place(head.text) and not _is_venue_noun(head.text) and not is_org_head(head.text):
        return None
    j += 1
    # lower-case adjectives and genitive nouns of a common-noun venue (`sali konferencyjnej urzędu`)
    while j < n and not tokens[j].is_cap and tokens[j].is_word and j - i < 6 \
            and "\n" not in text[tokens[j - 1].end:tokens[j].start] \
            and tokens[j].text.lower() not in ("w", "we", "na", "przy", "i", "oraz", "o", "od", "do", "z", "ze", "dla", "pod") \
            and (_is_adj(tokens[j].text) or _is_gen_noun(tokens[j].text)):
        j += 1
    # `placu przy remizie OSP`: a place given by the building it adjoins (not `przy ul.`)
    if j + 1 < n and tokens[j].text == "przy" and _is_venue_noun(tokens[j + 1].text) \
            and not re.match(_STREET, tokens[j + 1].text + " "):
        j += 2
        while j < n and not tokens[j].is_cap and tokens[j].is_word and _is_adj(tokens[j].text):
            j += 1
    city = None
    last_good = j
    while j < n and j - i < 16:
        tok = tokens[j]
        if "\n" in text[tokens[j - 1].end:tok.start]:
            break
        low = tok.text.lower()
        if tok.is_cap and tok.is_word:
            patron = j >= 2 and tokens[j - 1].text == "." and tokens[j - 2].text.lower() in ("im", "św", "bł", "ks")
            if is_person_role(tok.text) or re.match(_STREET, tok.text + " ") or (
                    not patron and is_first_name(tok.text) and j + 1 < n and tokens[j + 1].is_cap
                    and not is_org_head(tokens[j + 1].text)):
                break   # `… Jan Kowalski` is a person; `im. Hieronima Łopacińskiego` names the patron
            j += 1
            last_good = j
            continue
        if tok.text in ("„", "\"", "“"):
            k = j + 1
            while k < n and k - j < 12 and tokens[k].text not in ("”", "\"", "“"):
                k += 1
            if k < n:
                j = last_good = k + 1
                continue
            break
        if low in ("w", "we") and j + 1 < n and tokens[j + 1].is_cap:
            place = _place_after_w(text, tokens, j + 1)
            if place:
                j = last_good = place[0]
                city = place[1]
            break
        if tok.text == "." and tokens[j - 1].text.lower() not in ("im", "św", "ks", "gen", "nr", "bł", "pw", "wlkp", "ds", "prof", "dr"):
            break
        if low in ("i", "im", "nr", "na", "dla", "ds", "pod", "św", "-", "–", ".") and j + 1 < n \
                and "\n" not in text[tok.end:tokens[j + 1].start]:
            nxt = tokens[j + 1]
            if nxt.text == "." and j + 2 < n:
                nxt = tokens[j + 2]
            if (nxt.is_cap and nxt.is_word and not re.match(_STREET, nxt.text + " ")) or (low == "nr" and nxt.text.isdigit()):
                j += 1
                if tokens[j].text == ".":
                    j += 1
                continue
        if tok.text.isdigit() and j + 2 < n and tokens[j + 1].text == "." and tokens[j + 2].text.isdigit() \
                and tok.start == tokens[j - 1].end + 1 and tokens[j + 2].start == tokens[j + 1].end:
            j = last_good = j + 3   # `Centrum 3.0`
            continue
        if tok.text.isdigit() and tokens[j - 1].text.lower() in ("nr", "numer") :
            j = last_good = j + 1
            continue
        break
    if last_good - i < 1:
        return None
    return last_good, city


def _address_at(text: str, pos: int, limit: int) -> re.Match | None:
    """A street address starting at pos (after optional `,`, `-`, `przy`), or a village
    and house number (`(Ratoszyn Pierwszy 52)`)."""
    m = re.compile(r"\.?[\s,;–\-(*]*(?:przy\s+)?").match(text, pos, limit)
    start = m.end() if m else pos
    found = ADDRESS_RE.match(text, start, limit)
    if found:
        return found
    # `(Munina, ul. Szkolna 4)`: the village, then its street
    lead = re.compile(r"[A-ZŁŚŻŹĆ][\w-]+(?:\s[A-ZŁŚŻŹĆ][\w-]+)?,\s*").match(text, start, limit)
    if lead and gazetteer().is_place(lead.group().rstrip(", ")):
        found = ADDRESS_RE.match(text, lead.end(), limit)
        if found:
            return found
    found = VILLAGE_ADDRESS_RE.match(text, start, limit)
    if found and gazetteer().is_place(found.group(1)):
        return found
    return None


def _city_after(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """City right after an address: `, 20-123 Lublin`, `, Lublin`, ` w Łęcznej`."""
    window = text[pos:min(limit, pos + 60)]
    m = re.match(r"[\s,]*(?:\d{2}-\d{3}\s+)([A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+){0,2})", window)
    if m:
        name = _city_name(m.group(1)) or m.group(1)
        return name, pos + m.end()
    m = re.match(r"(?:\s*,\s*|\s+w\s+|\s+we\s+|\s+)([A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+){0,2})", window)
    if m:
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[:k])
            name = _city_name(phrase)
            if name:
                return name, pos + m.start(1) + len(phrase)
    return None


_SENTENCE_CUT_RE = re.compile(r"[.!?](?=\s+[A-ZŁŚŻŹĆ„])|\n")


def _sentence_before(text: str, pos: int, limit: int = 160) -> str:
    lo = max(0, pos - limit)
    chunk = text[lo:pos]
    cut = -1
    for m in _SENTENCE_CUT_RE.finditer(chunk):
        cut = m.end()
    return chunk[cut:] if cut >= 0 else chunk


def _inside_quotes(text: str, pos: int) -> bool:
    ls = text.rfind("\n", 0, pos) + 1
    before = text[ls:pos]
    return before.count("„") > before.count("”") or before.count("\"") % 2 == 1


def _is_submission(text: str, pos: int) -> bool:
    """`należy składać … w Biurze Obsługi…`, `przesłać na adres…`: an office to send
    papers to, not where the event is (also as an item of a list introduced so)."""
    if _SUBMIT_RE.search(_sentence_before(text, pos)):
        return True
    return bool(_SUBMIT_RE.search(_list_intro(text, pos)))


def _list_intro(text: str, pos: int) -> str:
    """For a list item (`– stacjonarnie w …`), the line that introduces the list."""
    ls, _ = _line_bounds(text, pos)
    if not re.match(r"[ \t]*[-–•*]", text[ls:pos]) or ls == 0:
        return ""
    prev_end = ls - 1
    for _ in range(8):
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end]
        if not re.match(r"[ \t]*[-–•*]", line):
            return line
        if prev_start == 0:
            break
        prev_end = prev_start - 1
    return ""


def _context_ok(text: str, pos: int) -> bool:
    """The place is said in a sentence about the event, not in a footer or contact line."""
    ls, le = _line_bounds(text, pos)
    line = text[ls:le]
    if _CONTACT_RE.search(line) or _is_submission(text, pos):
        return False
    sent_start = max(text.rfind(". ", 0, pos), ls - 1) + 1
    window = text[max(sent_start, pos - 250):min(len(text), pos + 120)]
    intro = _list_intro(text, pos)
    return bool(_EVENT_CUE_RE.search(window) or _DATE_OR_TIME_RE.search(line)
                or (intro and (_EVENT_CUE_RE.search(intro) or _DATE_OR_TIME_RE.search(intro))))


def find_venues(text: str, *, default_city: str | None = None, prefer: str | None = None) -> list[Venue]:
    """Venues of one text; `prefer` (the source's TERYT code) decides between same-named towns."""
    token = _PREFER.set(prefer)
    try:
        return _find_venues(text, default_city)
    finally:
        _PREFER.reset(token)


def _find_venues(text: str, default_city: str | None) -> list[Venue]:
    cut = body_end(text)
    if cut < len(text):
        # headlines of other articles after `Inne aktualności` name other events' places;
        # blanking keeps every offset valid
        text = text[:cut] + re.sub(r"[^\n]", " ", text[cut:])
    found: list[Venue] = []
    taken: list[tuple[int, int]] = []

    def add(name_span, address_span, city, city_explicit, strong=False, city_span=None):
        spans = [s for s in (name_span, address_span, city_span) if s]
        if not spans:
            return
        start = min(s[0] for s in spans)
        end = max(s[1] for s in spans)
        if any(a <= start < b or a < end <= b for a, b in taken):
            return
        name = text[name_span[0]:name_span[1]].strip(" ,-–") if name_span else None
        address = text[address_span[0]:address_span[1]].strip(" ,") if address_span else None
        if name and len(name) < 3:
            name = None
        if not name and not address and not city:
            return
        taken.append((start, end))
        found.append(Venue(name, address, city, (start, end), text[start:end], city_explicit))

    # 1. label lines: `Gdzie?`, `Miejsce:`
    for m in _LABEL_RE.finditer(text):
        ls, le = _line_bounds(text, m.end())
        seg_start = m.end()
        if not text[seg_start:le].strip():
            nxt = text.find("\n", seg_start)
            if nxt == -1:
                continue
            seg_start = nxt + 1
            while seg_start < len(text) and text[seg_start] in " \t":
                seg_start += 1
            le = _line_bounds(text, seg_start)[1]
        _from_segment(text, seg_start, le, add, strong=True)

    # 2. locative phrases: `w siedzibie…`, `w sali…`, `odbędzie się w Centrum…`
    for lead in _LOCATIVE_RE.finditer(text):
        word = lead.group(2)
        if lead.group(1).lower() == "na" and not _is_venue_noun(word):
            continue
        if lead.group(1) == "do" and not (_is_venue_noun(word) and word[:1].isupper()
                                          and _INVITE_TO_RE.search(_sentence_before(text, lead.start(), 120))):
            continue   # `zapraszamy do Centrum Kultury`: only an invitation makes `do` a venue
        if not word[:1].isupper() and not _is_venue_noun(word):
            continue   # cheap test first: most `w` open no place at all
        # read the phrase from a local window of tokens
        tokens = tokenize(text, lead.start(), min(len(text), lead.start() + 200))
        idx = 0
        tok, nxt = tokens[0], tokens[1]
        before = text[max(0, tok.start - 60):tok.start]
        sentence = _sentence_before(text, tok.start, 200)
        strong = bool(_HAPPEN_RE.search(sentence)) or bool(re.search(r"(?:godz\.?|\d{1,2}[:.]\d{2}|r\.|\))\s*,?\s*$", before))
        if _is_submission(text, tok.start) or _inside_quotes(text, tok.start):
            continue
        adj_led = nxt.is_cap and _is_adj(nxt.text) and idx + 2 < len(tokens) and \
            (_is_venue_noun(tokens[idx + 2].text) or is_org_head(tokens[idx + 2].text))
        if not (_is_venue_noun(nxt.text) or adj_led or (nxt.is_cap and strong)):
            continue
        if _is_venue_noun(nxt.text) and not _has_singular(nxt.text):
            continue   # `w sołectwach`: places in general, not a venue
        if not nxt.is_cap and not _is_venue_noun(nxt.text):
            continue
        if any(a <= nxt.start < b for a, b in taken):
            continue
        plain_ok = bool(_HAPPEN_STRICT_RE.search(sentence)) or bool(re.search(r"(?:godz\.?|\d{1,2}[:.]\d{2}|r\.|\))\s*,?\s*$", before))
        res = _read_venue_name(text, tokens, idx + 1, allow_plain_cap=plain_ok)
        if res is None:
            # `odbędzie się w Łęcznej`, `5 czerwca w Zamościu odbyły się warsztaty`: a city only
            if strong and nxt.is_cap:
                place = _place_after_w(text, tokens, idx + 1)
                said = bool(_HAPPEN_STRICT_RE.search(sentence)) or bool(
                    place and _HAPPEN_AFTER_RE.match(text, tokens[place[0] - 1].end))
                if place and said and _context_ok(text, tok.start):
                    address = _address_at(text, tokens[place[0] - 1].end, _line_bounds(text, tok.start)[1])
                    add(None, address.span() if address else None, place[1], True,
                        city_span=(nxt.start, tokens[place[0] - 1].end))
            continue
        stop, city = res
        if stop - (idx + 1) < 2 and not strong:
            continue   # `w Punkcie`: one word says too little without an event verb
        name_span = (nxt.start, tokens[stop - 1].end)
        name_text = text[name_span[0]:name_span[1]]
        if not strong and not _context_ok(text, tok.start):
            continue
        if nxt.is_cap and not _is_venue_noun(nxt.text) and gazetteer().is_place(name_text):
            continue   # `w Łęcznej` alone is a city, handled above
        if _ONLINE_RE.search(name_text) or _folded_lemmas(nxt.text) & {"internet", "sieć", "siec"}:
            continue   # `w Internecie`, `na platformie Zoom`: no place
        line_end = _line_bounds(text, name_span[1])[1]
        address = _address_at(text, name_span[1], min(line_end, name_span[1] + 120))
        explicit = city is not None
        if address is not None and address.re is VILLAGE_ADDRESS_RE:
            city, explicit = _city_name(address.group(1)) or city, True   # `Motycz 1A`
        elif address:
            after = _city_after(text, address.end(), line_end)
            if after:
                city, explicit = after[0], True
        add(name_span, address.span() if address else None, city, explicit)

    # 3. a street address on a line with a date, time or event verb: the part before it
    for m in list(ADDRESS_RE.finditer(text)) + list(VILLAGE_ADDRESS_RE.finditer(text)):
        if any(a <= m.start() < b for a, b in taken):
            continue
        ls, le = _line_bounds(text, m.start())
        line = text[ls:le]
        if _CONTACT_RE.search(line) or _is_submission(text, m.start()):
            continue
        village = m.re is VILLAGE_ADDRESS_RE
        if village and not (_DATE_OR_TIME_RE.search(line) and gazetteer().is_place(m.group(1))):
            continue
        name_span = _name_before(text, ls, m.start())
        dated = bool(_DATE_OR_TIME_RE.search(text[ls:m.start()]))
        sentence = _sentence_before(text, m.start(), 250)
        said = bool(_HAPPEN_RE.search(sentence) or re.search(r"\b(?:Miejsce|miejsce|Gdzie|gdzie)\b", sentence))
        next_line = text[le + 1:_line_bounds(text, min(len(text), le + 1))[1]] if le < len(text) else ""
        if _CONTACT_RE.search(next_line):
            continue   # an office's letterhead or footer
        labelled = name_span is not None and _is_venue_noun(text[name_span[0]:name_span[1]].split()[0]) \
            and len(line.strip()) <= 120 and _EVENT_CUE_RE.search(text[max(0, ls - 400):ls]) \
            and not POSTCODE_RE.search(line)
        if not (dated or said or labelled):
            continue
        if village:
            add(name_span, m.span(), _city_name(m.group(1)), True)
            continue
        after = _city_after(text, m.end(), le)
        if after is None and name_span is not None:
            town = _town_before(text, ls, name_span[0])
            if town:
                after = (town, 0)
        add(name_span, m.span(), after[0] if after else None, after is not None)

    found = _town_then_venue(text, found)
    for venue in found:
        if venue.city is None:
            venue.city = _city_in_name(venue.name) or default_city
    return _dedupe(found)


def _town_then_venue(text: str, found: list[Venue]) -> list[Venue]:
    """`odbędzie się w Lublinie, w sali konferencyjnej…`: a town said right before the
    venue is the venue's city, not a place of its own."""
    found = sorted(found, key=lambda v: v.span[0])
    out: list[Venue] = []
    for k, venue in enumerate(found):
        if not venue.name and not venue.address and venue.city and k + 1 < len(found):
            nxt = found[k + 1]
            gap = text[venue.span[1]:nxt.span[0]]
            if nxt.city is None and re.fullmatch(r"\s*,\s*(?:w|we|na)?\s*", gap):
                nxt.city, nxt.city_explicit = venue.city, True
                continue
        out.append(venue)
    return out


def _from_segment(text: str, start: int, end: int, add, strong: bool) -> None:
    """`Budynek Urzędu Gminy Czernica, ul. Kolejowa 3` -> name, address, city."""
    segment = text[start:end]
    if not segment.strip() or _ONLINE_RE.search(segment) and not ADDRESS_RE.search(segment):
        return
    address = ADDRESS_RE.search(text, start, end)
    if address is None and end < len(text):
        # `Miejsce:` / `Centrum Kultury` / `ul. Peowiaków 12` / `20-007 Lublin` on separate lines
        nxt_start = end + 1
        nxt_end = _line_bounds(text, nxt_start)[1]
        lead = re.compile(r"[ \t•*\-–]*").match(text, nxt_start, nxt_end).end()
        candidate = ADDRESS_RE.match(text, lead, nxt_end)
        if candidate:
            address = candidate
            city_line = _line_bounds(text, min(len(text), nxt_end + 1))
            after = _city_after(text, nxt_end, city_line[1]) if nxt_end < len(text) else None
            if after is None:
                after = _city_after(text, address.end(), nxt_end)
    # a date or time before the place on the same line (`19.10.2023, godz. 10:00, Sala…`)
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^,;|]+", segment)]
    name_span = None
    city = None
    explicit = False
    for a, b in parts:
        a, b = start + a, start + b
        piece = text[a:b].strip()
        if not piece or _DATE_OR_TIME_RE.search(piece) and not re.search(r"[A-ZŁŚŻ][a-ząćęłńóśźż]{3,}", piece.replace("godz", "")):
            continue
        if address and a <= address.start() < b:
            break
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        # a town alone (`Lublin`) is the city
        place = _city_name(piece) if len(piece.split()) <= 3 else None
        if place and name_span is None and not address:
            city, explicit = place, True
            continue
        if name_span is None:
            name_span = (a + lead, a + lead + len(piece))
        elif place:
            city, explicit = place, True
        elif piece[:1].isupper() and (a + lead) - name_span[1] <= 3:
            name_span = (name_span[0], a + lead + len(piece))   # `Sala Błękitna, Urząd Miasta Lublin`
    if address and address.start() < end:
        after = _city_after(text, address.end(), end)
        if after:
            city, explicit = after[0], True
    elif address:
        nxt_end = _line_bounds(text, address.start())[1]
        after = _city_after(text, address.end(), nxt_end) or (
            _city_after(text, nxt_end, _line_bounds(text, min(len(text), nxt_end + 1))[1]) if nxt_end < len(text) else None)
        if after:
            city, explicit = after[0], True
    if city is None and name_span:
        city = _city_in_name(text[name_span[0]:name_span[1]])
        explicit = city is not None
    if name_span and address and name_span[0] > address.start():
        name_span = None
    if name_span:
        name = text[name_span[0]:name_span[1]]
        m = re.search(r"\s(?:w|we)\s+([A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+)?)\s*$", name)
        if m and city is None:
            place = _city_name(m.group(1))
            if place:
                city, explicit = place, True
        if address is None and re.search(r"\s\d{1,4}[a-z]?$", name):
            # `Górno 169`: a village with a house number is an address
            head = re.sub(r"\s\d{1,4}[a-z]?$", "", name)
            place = _city_name(head)
            if place:
                add(None, name_span, place, True, strong)
                return
    add(name_span, address.span() if address else None, city, explicit, strong)


def _name_before(text: str, line_start: int, address_start: int) -> tuple[int, int] | None:
    """The venue name before an address on its line: the first capitalised part after the
    date and time parts (`19 lipca br., godz. 14:00 - 17:00, Ośrodek 3 Piętra, ul. …`,
    `… – Urząd Miasta i Gminy w Daleszycach, sala konferencyjna, Plac Staszica 9`)."""
    segment = text[line_start:address_start]
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^,;|:()]+?(?=\s*(?:[,;|:()]|\s[-–]\s|$))", segment)]
    pieces = [(a, b) for a, b in pieces if segment[a:b].strip(" -–\t•*")]
    after_dates = []
    for a, b in pieces:
        piece = segment[a:b]
        if _DATE_OR_TIME_RE.search(piece):
            after_dates = []
            continue
        after_dates.append((a, b))
    for a, b in after_dates:
        piece = segment[a:b].strip(" -–\t•*")
        if not re.match(r"[A-ZŁŚŻŹĆ„\"]", piece) or len(piece) > 90:
            continue
        if gazetteer().is_place(piece) and not _is_venue_noun(piece.split()[0]):
            continue
        if _LABEL_RE.match(piece + ":") or re.match(r"(?:Miejsce|Gdzie|Adres|Termin)\b", piece):
            continue
        if any(_is_verb(w) for w in re.findall(r"\w+", piece)):
            return None   # a clause (`Organizator zapewnia zakwaterowanie`), not a name
        off = segment[a:b].find(piece)
        return line_start + a + off, line_start + a + off + len(piece)
    return None


def _town_before(text: str, line_start: int, name_start: int) -> str | None:
    """`– Biała Podlaska, Starostwo Powiatowe, ul. Brzeska 41`: a list line that names the
    town on its own just before the venue gives the venue's city."""
    segment = text[line_start:name_start].rstrip(" ,;–-\t")
    m = re.search(r"(?:^|[,;:(]|\s[-–]\s)\s*([A-ZŁŚŻŹĆ][\w-]+(?:\s+[A-ZŁŚŻŹĆ][\w-]+){0,2})$", segment)
    if not m or _is_venue_noun(m.group(1).split()[0]) or is_org_head(m.group(1).split()[0]):
        return None
    return _city_name(m.group(1))


def _city_in_name(name: str | None) -> str | None:
    """`Budynek Urzędu Gminy Czernica` -> Czernica: a place named inside the venue name."""
    if not name:
        return None
    name = re.sub(r"„[^”]*”|\"[^\"]*\"", " ", name)
    words = re.findall(r"[A-ZŁŚŻŹĆ][\w-]+", name)
    for k in range(len(words)):
        for length in (3, 2, 1):
            phrase = " ".join(words[k:k + length])
            if len(words[k:k + length]) != length:
                continue
            if length == 1 and (is_org_head(phrase) or _is_venue_noun(phrase)):
                continue
            place = _city_name(phrase)
            if place:
                return place
    return None


def _dedupe(found: list[Venue]) -> list[Venue]:
    out: list[Venue] = []
    seen: set[tuple[str, str]] = set()
    for venue in sorted(found, key=lambda v: v.span[0]):
        key = (fold(venue.name or ""), fold(re.sub(r"\s+", " ", venue.address or "")))
        if key in seen:
            continue
        if not venue.name and not venue.address and any(v.city == venue.city for v in out):
            continue
        seen.add(key)
        out.append(venue)
    # `w sali widowiskowej` again, after `w sali widowiskowej Giżyckiego Centrum Kultury`
    names = [fold(v.name) for v in out if v.name]
    out = [v for v in out if not (v.name and not v.address and
                                  any(n != fold(v.name) and n.startswith(fold(v.name) + " ") for n in names))]
    # a city-only venue says nothing more than a full one in the same city
    if any(v.name or v.address for v in out):
        out = [v for v in out if v.name or v.address or not any((w.name or w.address) and w.city == v.city for w in out)]
    return out


_GEO_CONTEXT_RE = re.compile(r"\b(?:w|we|Gminy|Gminie|Gmina|Miasta|Mieście|Miasto|Powiatu|Urzędu\s+Gminy|Urzędu\s+Miasta|gminie|gminy|mieście)\s+"
                             r"([A-ZŁŚŻŹĆ][\wąćęłńóśźż]+(?:[ -][A-ZŁŚŻŹĆ][\wąćęłńóśźż]+)?)")


_SPEAKER_RE = re.compile(r"\b(?:Pani|Pan|Panie|prelegen\w+|poprowadz\w+|prowadząc\w+|moderu\w+|moderowa\w+|moderator\w*|"
                         r"weźmie\s+udział|wezmą\s+udział|wystąpi\w*|przedstawiciel\w*|ekspert\w*|trener\w*|dr|prof\.)",
                         re.IGNORECASE)


def _sentence_end(text: str, pos: int) -> int:
    m = re.compile(r"[.!?](?=\s+[A-ZŁŚŻŹĆ])|\n").search(text, pos, min(len(text), pos + 300))
    return m.start() if m else min(len(text), pos + 300)


def context_city(text: str, prefer: str | None = None) -> str | None:
    """The town the text is about: administrative mentions (`Gminy Łęczna`) count twice,
    `w X` once, and an organisation's seat (`Federacji … w Olsztynie`) half."""
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in _GEO_CONTEXT_RE.finditer(text):
        words = m.group(1).split()
        name = None
        for k in range(len(words), 0, -1):
            name = gazetteer().city_name(" ".join(words[:k]), prefer)
            if name:
                break
        if not name:
            continue
        cue = m.group().split()[0]
        before = text[max(0, m.start() - 30):m.start()].rstrip()
        if cue.lower() in ("w", "we"):
            weight = 0.5 if re.search(r"[A-ZŁŚŻŹĆ][\wąćęłńóśźż]+$", before) else 1.0
        else:
            weight = 2.0
        sentence = _sentence_before(text, m.start(), 200) + text[m.start():_sentence_end(text, m.end())]
        if _SPEAKER_RE.search(sentence):
            weight *= 0.25   # a speaker's home town or employer's seat
        votes[name] += weight
        first.setdefault(name, m.start())
    if not votes:
        return None
    return max(votes, key=lambda k: (votes[k], -first[k]))
