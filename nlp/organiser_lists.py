"""Lists of organisers after a cue: `Organizatorami byli A, B oraz C`, `przez A i B`.

The list runs over items joined by commas and conjunctions. Most items are names that
`nlp.org_names` reads; the others are read here: a capitalised name with no known head
(`Unia Raszowa-Daniec`), a bare organisation word (`Caritas`), and after a strong cue a
group named by a common noun (`zakonnicy`). An item that is none of these but holds no verb
(`inne wspólnoty działające przy parafiach`) is passed over when the list goes on after it.
"""
from __future__ import annotations

import functools
import re

from nlp.clauses import clause_end
from nlp.morph import analyse, modifies, name_classes
from nlp.org_names import find_names, from_place_end, is_office_title, is_org_head, is_person_role, lemma_set, tokenize
from nlp.org_words import case_numbers
from nlp.org_people import (honorific_at, named_person_end, office_of_person_before, person_with_office,
                            rank_holder_end)
from nlp.organiser_gaps import dash_apposition, unit_after_dash_end
from nlp.organiser_grammar import frames, is_instrumental, is_role_noun
from nlp.organiser_list_blocks import bulleted_block_end
from nlp.organiser_members import (after_partnership_noun, genitive_continuation, lower_genitive_continuation,
                                   members_in_brackets)
from nlp.organiser_subjects import support_before
from nlp.organiser_web_names import domains_in
from nlp.vocabulary import lexicon

Span = tuple[int, int]

_LIST_GLUE = {"i", "oraz", "a", "także", "wraz", "z", "ze", "wspólnie", "razem", "w", "we", "imieniu", "współpracy",
              "przy", "partnerstwie", "udziale", ","}
# `przez X oraz przez Y`: the agent's preposition said again after the conjunction
_AGENT_AGAIN_RE = re.compile(r"(?<!\w)(oraz|i)\s+przez(?!\w)")
_PARENTHESES_RE = re.compile(r"\([^()\n]{0,60}\)|/[^/\n]{1,60}/")
# `Powiatową Instytucję Kultury w Legionowie PIK, MOK Legionowo`: the item's acronym after it
_ACRONYM_AFTER_RE = re.compile(r"^[ \t]+[A-ZĄĆĘŁŃÓŚŹŻ]{2,6}(?=[ \t]*[,;])")
_WORD_RE = re.compile(r"\w+|,")
# a Roman numeral right before a name: the edition of an event (`I Forum`, `XII Zjazd`)
_EDITION_BEFORE_RE = re.compile(r"(?:^|[\s,])[IVX]{1,4}\.?[ \t]+$")
_CORRELATIVES = lexicon("organiser_frames.json")["correlative_lists"]


def _words_re(phrases: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


# What joins two items of a list (`nie tylko X, ale także Y`: a correlative's second half).
_SEPARATOR_RE = re.compile(r",|;|\b(?:" + _words_re(_CORRELATIVES["joiners"]) + r"|i|oraz|a\s+także|a\s+ponadto|"
                           r"jak\s+również|wraz\s+ze?|razem\s+ze?|wspólnie\s+ze?)\b")
# `pracowała bowiem nie tylko X`: words between the cue and the list's first name
_LIST_OPENERS_RE = re.compile(r"(?:[ \t]*(?:" + _words_re(_CORRELATIVES["openers"]) + r")(?!\w))+")
_CORRELATIVE_JOINT_RE = re.compile(r"\s*,?\s*(?:" + _words_re(_CORRELATIVES["joiners"]) + r")\s*")


def list_opening_end(text: str, pos: int) -> int:
    """Where a list's first name may begin after `pos`, past `bowiem`, `nie tylko`, `zarówno`."""
    opener = _LIST_OPENERS_RE.match(text, pos)
    return opener.end() if opener else pos


def correlative_joint(gap: str) -> bool:
    """`, ale także`, `, jak i`: the second half of a correlative, joining two items of a list."""
    return bool(_CORRELATIVE_JOINT_RE.fullmatch(gap))


# The verb that ends an inverted frame (`W imieniu X … zapraszamy`) or the event after the list.
_LIST_STOP_RE = re.compile(r"\bzaprasza\w*|\bserdecznie|\bna\s+(?:spotkanie|konferencj|szkoleni|warsztat|debat|forum|"
                           r"zebranie)", re.IGNORECASE)


def names_after(text: str, pos: int, limit: int = 300, *, loose: bool = False, label: bool = False,
                groups: bool = False) -> list[Span]:
    """The names that open the text at `pos` (a list joined by `,`/`i`/`oraz`/`wraz z`);
    `loose`: a capitalised name with no known head may open the list (`Organizatorami są:
    Kraj Kralowohradecki i Województwo Opolskie`), and groups named by common nouns stand in it
    (`groups`: only these, `organizowane przez śródmiejskich policjantów`);
    `label`: after a heading in capitals the list runs to the next heading, over full stops
    of addresses (`ORGANIZATORZY: X ul. Śl. 3, Opole Y … KOORDYNATOR:`)."""
    members = members_in_brackets(text, pos)
    if members:
        return members   # `przez konsorcjum instytucji należących do Partnerstwa X (A, B, C)`
    pos = after_partnership_noun(text, pos)   # `było partnerstwo Fundacji X i Stowarzyszenia Y`: its members
    pos = list_opening_end(text, pos)
    composed = _COMPOSED_OF_RE.match(text, pos)
    if composed:
        pos, loose = composed.end(), True   # `przez Partnerstwo w składzie: A, B`: its members
    end = clause_end(text, pos, limit)
    while end < len(text) - 1 and text[end] == "\n" and (text[pos:end].rstrip().endswith(",")
                                                          or _CONJUNCTION_OPENS_RE.match(text, end)):
        gap = text[end:end + 6]
        if gap.count("\n") - gap.lstrip().count("\n") > 2:
            break   # (two blank lines end the list)
        # `Organizatorami są Fundacja X,` / (a blank line, maybe) / `Centrum Y oraz Z`; `… przez X, Y` /
        # `oraz Z`: a line the page's layout broke before the list's last item
        end = clause_end(text, end + len(gap) - len(gap.lstrip()), limit)
    if label:
        opening = re.sub(r"\W", "", text[pos:pos + 30])
        pattern = _COLON_HEADING_RE if opening.isupper() else _HEADING_RE   # (a list set in capitals)
        heading = pattern.search(text, pos, min(len(text), pos + 400))
        end = heading.start() if heading else min(len(text), pos + 400)
        end = min(end, text.find("\n\n", pos) % (len(text) + 1))
    if text[pos:end].strip() == "" and text[end:end + 1] not in (".", "!", "?", ";"):
        # a colon label may put the names on the next lines (a full stop ends the phrase's sentence)
        nl = text.find("\n", pos)
        if nl != -1:
            block, reach = bulleted_block_end(text, nl + 1)
            end = min(len(text), nl + reach) if block == -1 else min(block, nl + reach)
            label = NEXT_LABEL_RE.search(text, nl + 1, end)
            end = label.start() if label else end   # (`Partner:` opens the next label's block)
    m = _LIST_STOP_RE.search(text, pos, end)
    if m:
        end = m.start()
    out: list[Span] = []
    cursor = aside_end = pos
    names = find_names(text, pos, end, lowercase=True)
    names = sorted(names + [d for d in domains_in(text, pos, end) if _ITEM_OPENS_RE.search(" " + text[pos:d[0]])
                            and not any(a < d[1] and d[0] < b for a, b in names)])
    held = person_with_office(text, pos, names)
    if held:
        out, cursor, names = [held], held[1], [n for n in names if n[0] >= held[1]]
    if loose and (not names or text[pos:names[0][0]].strip(" :")):
        first = loose_name(text, pos + len(text[pos:end]) - len(text[pos:end].lstrip(" :")), end)
        names = [first, *names] if first else names
    for span in names:
        if span[0] < cursor or text.count("(", cursor, span[0]) > text.count(")", cursor, span[0]):
            continue   # (a name inside a parenthesis: `X (partner: Y)`)
        if out and text[out[-1][1]:span[0]].strip() == "(":
            continue   # `Polskie Stowarzyszenie … (PSONI)`: the same body's acronym
        if out and cursor == out[-1][1] and (dash_apposition(text, out[-1], span)
                                             or genitive_continuation(text, out[-1], span)
                                             or lower_genitive_continuation(text, out[-1], span)):
            # `Polską Sieć LGD – Federację Regionalnych Sieci LGD`: one body's second name;
            # `Zakład X, Wydziału Y Uniwersytetu Z`: the unit's parent
            out[-1] = (out[-1][0], span[1])
            cursor = span[1]
            continue
        if out and office_of_person_before(text, out[-1], span):
            cursor = span[1]
            continue   # `ks. Jan Nowak, proboszcz parafii w Lipnie`: the person's office
        if out and _OTHERS_RE.search(text, cursor, span[0]):
            cursor = span[1]
            continue   # `i inne wspólnoty parafialne`: others, not named
        if span[0] < aside_end:
            continue   # a name inside the aside about the item before
        if out:
            cursor = max(cursor, aside_end)
            if cursor == out[-1][1]:
                cursor = _past_rank_holder(text, cursor, span[0])   # `Komendant Policji w X insp. Jan Nowak, …`
            unit = unit_after_dash_end(text, cursor, span[0]) if cursor == out[-1][1] else None
            if unit:   # `Gminna Biblioteka Publiczna w X - filia w Y, Szkoła …`: the body's unit
                out[-1], cursor = (out[-1][0], unit), unit
        gap = text[cursor:span[0]]
        if out and _EDITION_BEFORE_RE.search(gap):
            return out   # `…, Y oraz Z, I Forum Rad Seniorów`: the event's edition, not another body
        if out and support_before(text, cursor, span[0]):   # `X wraz z partnerami pod patronatem Y`: a patron
            return out + (_gap_items(text, cursor, span[0], loose=loose, groups=loose or groups, started=True,
                                     trailing=True) or [])
        if out and cursor == out[-1][1]:
            gap = _AGENT_AGAIN_RE.sub(r"\1", _ACRONYM_AFTER_RE.sub(" ", gap))
        glue = _WORD_RE.findall(_PARENTHESES_RE.sub(" ", gap))
        if out and [w.lower() for w in glue] in (["w"], ["we"]):
            return out   # `przez GOPS w Domu Kultury`: where the event is, not another body
        if out and any(is_role_noun(w) and not is_instrumental(w) for w in glue):
            return out   # `X i Y, organizatorów Forum Z`: what the named organise, not another name
        if any(w.lower() not in _LIST_GLUE and not is_person_role(w) and not _serves_in_bodies(w) for w in glue):
            items = _gap_items(text, cursor, span[0], loose=loose, groups=loose or groups, started=bool(out))
            if items is None:
                # the list ends inside the gap (`… i Kulturą Miejską, przy wsparciu Fundacji Y`):
                # its items before the end are still the list's
                return out + (_gap_items(text, cursor, span[0], loose=loose, groups=loose or groups,
                                         started=bool(out), trailing=True) or [])
            out.extend(items)
        if not _named_as_supporter(text, span[1], min(len(text), span[1] + 40)):
            out.append(span)
        cursor = span[1]
        # `Katedra X kierowana przez prof. Y, Katedra Z`, `Ośrodka X prowadzonego przez Agencję Y oraz Z`
        aside_end = _participle_aside_end(text, span[1], end)
    if out or groups:
        out.extend(_gap_items(text, cursor, end, loose=loose, groups=loose or groups, started=bool(out),
                              trailing=True) or [])
    return out


# where an item of a list opens (`Organizatorami są: Lipno24.pl, …`; not `portal internetowy lipno24.pl`)
_ITEM_OPENS_RE = re.compile(r"(?:^\s|[,:;]|\b(?:i|oraz|także))\s*$")
_CONJUNCTION_OPENS_RE = re.compile(r"\s*(?:oraz|i|a\s+także)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ„\"])")
_DASHED_ASIDE_RE = re.compile(r"[ \t]+[–—][ \t]+[^–—\n,.;:]{1,60}?[ \t]+[–—][ \t]+")


def _past_rank_holder(text: str, pos: int, end: int) -> int:
    """Where the holder of the office named before `pos`, with a service rank or a word of
    courtesy (`Kurator Oświaty pani Anna Lis – Nowak, …`), ends (else `pos`)."""
    tokens = tokenize(text, pos, end)
    holder = rank_holder_end(text, tokens, 0) \
        or (named_person_end(text, tokens, 0) if honorific_at(tokens, 0) else None)
    if holder is not None and holder + 1 < len(tokens) and tokens[holder].text in "-–" and tokens[holder + 1].is_cap:
        holder += 2   # (a double surname, its dash set off by spaces)
    return tokens[holder - 1].end if holder is not None else pos


def _serves_in_bodies(word: str) -> bool:
    """`strażacy`, `koledzy` (of `Organizatorami byli koledzy z Zespołu X`): the people of the body
    named after them, as the subject (not `przy współudziale funkcjonariuszy Komendy X`, who take part)."""
    return any(r.lemma.lower() in frames().people_of_bodies and "nom" in (r.tag.split(":") + ["", "", ""])[2].split(".")
               for r in analyse(word.lower()) if r.pos == "subst")


def _participle_aside_end(text: str, start: int, end: int) -> int:
    """`kierowana przez prof. Jana Nowaka`, `prowadzonego przez Agencję X` right after a list
    item: an aside about the item, up to the next separator outside the names it holds; or one
    set off by dashes (`X – Anna Lis – we współpracy z Y`) (`start` when there is none)."""
    dashed = _DASHED_ASIDE_RE.match(text, start, end)
    if dashed:
        return dashed.end()
    end = clause_end(text, start, min(300, end - start))
    tokens = tokenize(text, start, end)
    if not tokens or not tokens[0].is_word or tokens[0].is_cap \
            or not any(r.pos in ("ppas", "pact") for r in analyse(tokens[0].low)):
        return start
    inner = find_names(text, tokens[0].end, end)
    for tok in tokens[1:]:
        if any(a <= tok.start < b for a, b in inner):
            continue
        if tok.text in (",", ";") or tok.low in ("oraz", "i"):
            return tok.start
    return start


def _named_as_supporter(text: str, name_end: int, end: int) -> bool:
    """`X (fundator nagród)`, `Y (sponsor)`: a list item whose role in parentheses is to
    pay or patronise, not to organise."""
    m = _ROLE_IN_PARENTHESES_RE.match(text, name_end, end)
    return bool(m) and bool(lemma_set(m.group(1).lower()) & _supporter_roles())


_ROLE_IN_PARENTHESES_RE = re.compile(r"\s*\(\s*(\w+)")


@functools.cache
def _supporter_roles() -> frozenset[str]:
    return frozenset(lexicon("organiser_frames.json")["supporter_roles"])


def _gap_items(text: str, start: int, end: int, *, loose: bool, groups: bool, started: bool,
               trailing: bool = False) -> list[Span] | None:
    """The items of a list between two names (or after the last one), or None when the gap
    holds something that is no part of a list."""
    gap = _PARENTHESES_RE.sub(lambda m: " " * len(m.group()), text[start:end])
    if trailing and started and not _SEPARATOR_RE.match(gap.lstrip()):
        return []
    if started and loose and _ADDRESS_RE.search(gap) and not _is_finite_in(gap):
        return []   # `X ul. Drzymały 1a, Opole Y`: a label's list with addresses between the names
    items: list[Span] = []
    cursor = 0
    after_separator = bool(_SEPARATOR_RE.match(gap.lstrip()))
    for sep in [*_SEPARATOR_RE.finditer(gap), None]:
        seg_start, seg_end = cursor, sep.start() if sep else len(gap)
        cursor = sep.end() if sep else len(gap)
        if seg_start > 0:
            after_separator = True
        segment = gap[seg_start:seg_end]
        words = _WORD_RE.findall(segment)
        if all(w.lower() in _LIST_GLUE or is_person_role(w) for w in words):
            continue
        lead = len(segment) - len(segment.lstrip())
        item = _item_at(text, start + seg_start + lead, start + seg_end, caps=loose or started or bool(items),
                        groups=groups)
        if item is not None and items and _groups_joined(text, items[-1], item):
            items[-1] = (items[-1][0], item[1])   # `siostry i bracia z Zakonu`: one group
            continue
        if item is not None:
            if not _named_as_supporter(text, item[1], min(len(text), item[1] + 40)):
                items.append(item)
            if text[item[1]:start + seg_end].strip(" .:)"):
                return items if trailing else None   # the list ends inside this item
        elif (started or items) and _SEAT_RE.fullmatch(segment.strip()):
            continue   # `OSiR w Turku`: the seat of the item before
        elif not ((started or items) and after_separator and _passable(segment)) \
                and (trailing or not _people_of_body(segment)):
            return items if trailing else None
    return items


def _item_at(text: str, pos: int, end: int, *, caps: bool, groups: bool) -> Span | None:
    """An item of a list that `find_names` does not read: a capitalised name with no known
    head (`caps`), a bare organisation word, a group named by a common noun (`groups`)."""
    name = loose_name(text, pos, end) if caps else None
    if name is not None:
        return name
    tokens = tokenize(text, pos, end)
    if not tokens or not tokens[0].is_word:
        return None
    first = tokens[0]
    alone = len(tokens) == 1 or not tokens[1].is_word
    if caps and alone and first.is_cap and is_org_head(first.text) and not is_person_role(first.text):
        return first.start, first.end   # `Caritas`
    head = 0
    while head < len(tokens) - 1 and head < 2 and not tokens[head].is_cap and _is_adjective(tokens[head].text) \
            and modifies(tokens[head].text, tokens[-1].text if head + 1 == len(tokens) else tokens[head + 1].text):
        head += 1   # `śródmiejskich policjantów`
    noun = tokens[head]
    if groups and not noun.is_cap and is_group_noun(noun.text):
        stop = from_place_end(text, tokens, head + 1)
        if stop is not None:
            return first.start, tokens[stop - 1].end   # `bracia z Franciszkańskiego Zakonu`
        if head + 1 == len(tokens) or not tokens[head + 1].is_word:
            return first.start, noun.end   # `zakonnicy`, `strażacy`
    return None


@functools.lru_cache(maxsize=100_000)
def _is_adjective(word: str) -> bool:
    return any(r.pos == "adj" for r in analyse(word.lower()))


def _groups_joined(text: str, first: Span, second: Span) -> bool:
    """`siostry i bracia z Zakonu X`: two group nouns sharing the place they come from."""
    return text[first[1]:second[0]].strip() == "i" and " " not in text[first[0]:first[1]] \
        and bool(lemma_set(text[first[0]:first[1]].lower()) & _groups()) and " z" in text[second[0]:second[1]]


@functools.cache
def _groups() -> frozenset[str]:
    return frozenset(lexicon("organisation_heads.json")["lower_case_groups"])


def is_group_noun(word: str) -> bool:
    """`policjantów`, `strażacy`, `funkcjonariuszy`: people named by a common noun as a group."""
    return bool(lemma_set(word.lower()) & _groups())


_COMPOSED_OF_RE = re.compile(r"\s*[A-ZĄĆĘŁŃÓŚŹŻ]?\w+\s+w\s+składzie\s*:?", re.IGNORECASE)
# A label line (`Partner:`, `Patronat honorowy:`) that opens the next block of names.
NEXT_LABEL_RE = re.compile(r"^[ \t]*[A-ZĄĆĘŁŃÓŚŹŻ][\w ]{0,30}:[ \t]*$", re.MULTILINE)
_COLON_HEADING_RE = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ]{4,}(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]{4,})*\s*:")
_HEADING_RE = re.compile(_COLON_HEADING_RE.pattern + r"|\b[A-ZĄĆĘŁŃÓŚŹŻ]{4,}\s+[A-ZĄĆĘŁŃÓŚŹŻ]{4,}\b")
_OTHERS_RE = re.compile(r"\b(?:inn[eiya]\w*|pozostał\w+|wiel[eu]|liczn\w+|różn\w+)\s+$", re.IGNORECASE)
_ADDRESS_RE = re.compile(r"\b(?:ul|al|os|pl|tel|fax)\b\.?\s|@|\bwww\.|\b\d{2}-\d{3}\b", re.IGNORECASE)
_SEAT_RE = re.compile(r"we?\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?")


def _is_finite_in(gap: str) -> bool:
    return any(_is_finite(w) for w in _WORD_RE.findall(gap) if w[:1].islower())   # (`ul. Drzymały`: a street)


def _passable(segment: str) -> bool:
    """A short lower-case item with no verb (`inne wspólnoty działające przy parafiach`), or a
    short capitalised one that is no name: not an organiser, but the list goes on after it."""
    words = _WORD_RE.findall(segment)
    if 0 < len(words) <= 3 and segment.strip()[:1].isupper() and not any(c in segment for c in "():\n") \
            and not any(_is_finite(w) for w in words):
        return True   # `i Kościuszki-Ogrodowa z`: a short item the list leaves elliptical
    return 0 < len(words) <= 6 and segment.strip()[:1].islower() and not any(c in segment for c in "():\n") \
        and _opens_noun_phrase(words[0]) and not any(_is_finite(w) for w in words)


def _people_of_body(segment: str) -> bool:
    """`pracownicy biura`, `członkowie`: people named in the nominative plural before the body they
    belong to (`… i członkowie naszego Stowarzyszenia, Urząd Miasta X`) act for it; the list goes on."""
    words = _WORD_RE.findall(segment)
    return 0 < len(words) <= 3 and segment.strip()[:1].islower() and not any(c in segment for c in "():\n") \
        and (is_person_role(words[0]) or is_group_noun(words[0])) and ("pl", "nom") in case_numbers(words[0]) \
        and not any(_is_finite(w) for w in words)


@functools.lru_cache(maxsize=100_000)
def _opens_noun_phrase(word: str) -> bool:
    """`inne`, `wspólnoty`: a noun or adjective (not a preposition, participle or `który`)."""
    readings = analyse(word.lower())
    return bool(readings) and all(r.pos in ("subst", "adj", "depr", "num") for r in readings) \
        and not any(r.lemma.lower() in ("który", "jaki", "co") for r in readings)


@functools.lru_cache(maxsize=100_000)
def _is_finite(word: str) -> bool:
    return any(r.pos in ("fin", "praet", "bedzie", "impt", "inf", "winien") for r in analyse(word.lower()))


def loose_name(text: str, pos: int, end: int) -> Span | None:
    """Right after an organising verb, a capitalised multi-word name without a known head
    (`Spotkanie zorganizował Częstochowski Alarm Smogowy`) is the organiser too."""
    tokens = tokenize(text, pos, end)
    j = 0
    while j < len(tokens) and tokens[j].is_cap and tokens[j].is_word and not is_person_role(tokens[j].text) \
            and (j == 0 or "\n" not in text[tokens[j - 1].end:tokens[j].start]):
        j += 1
    if 1 <= j < len(tokens) and tokens[j].text.isdigit() \
            and (j + 1 == len(tokens) or tokens[j + 1].text in (",", ";", ".")):
        j += 1   # `Razem 24`: a name ending in a number
    if j == 1 and not text[pos:tokens[0].start].strip() and is_org_head(tokens[0].text) \
            and not is_office_title(tokens[0].text) and (len(tokens) == 1 or tokens[1].text in (".", ",", ";")):
        return tokens[0].start, tokens[0].end   # `zorganizuje Federacja.`: the page's own body by its head
    if j < 2 or text[pos:tokens[0].start].strip() or \
            ("imię" in name_classes(tokens[0].text) and "nazwisko" in name_classes(tokens[1].text)):
        return None   # `Jan Nowak`: a person, not a body
    return tokens[0].start, tokens[j - 1].end
