"""The body whose meeting or notice a noun names hosts it: `Zebranie Członków Stowarzyszenia
Y`, `zebranie Klubu Seniora Z`, `Zaproszenie Wójta Gminy W`, and the bodies meeting jointly with
it (`zebranie Zarządu X i Rady Y`); a capitalised event whose title names a body right after it
is that body's own (`XII Forum Ogólnopolskiego Stowarzyszenia X`).

A council's or committee's sitting (`posiedzenie Komisji X`) is not among them: the body that
sits is what meets, and pages name who convenes it, if anyone, elsewhere.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.clauses import clause_end
from nlp.morph import agrees, analyse, can_be
from nlp.org_names import OUR, Token, find_names, is_acronym, is_adjective, is_office_title, is_org_head, lemma_set
from nlp.org_words import _UNITS, _has_genitive
from nlp.organiser_grammar import Span, frame_lemmas, frames, is_event_noun

__all__ = ["meeting_of_frames"]


def meeting_of_frames(text: str, tokens: Sequence[Token], has_event: bool) -> list[Span]:
    """`zebranie Klubu Seniora X`: the body whose members meet hosts their meeting; `Zaproszenie
    Wójta Gminy X`, `Obwieszczenie Burmistrza…`: the office that calls it."""
    sittings: list[tuple[Span, bool]] = []
    for i, tok in enumerate(tokens[:-1]):
        if not tok.is_word:
            continue
        if i > 0 and tokens[i - 1].is_word \
                and lemma_set(tokens[i - 1].low) & (frames().meeting_rooms | frames().notice_holders):
            continue   # `w sali zebrań OSP X`: a room, not a meeting; `na tablicach ogłoszeń Urzędu X`: a board
        if frame_lemmas(tok.text, "meeting_of_nouns") and (
                _ITEM_MARK_RE.fullmatch(text, text.rfind("\n", 0, tok.start) + 1, tok.start) or _menu_line(text, tok)
                or _BREADCRUMB_BEFORE_RE.search(text, max(0, tok.start - 60), tok.start)):
            continue   # `3. Komunikat Powiatowego Lekarza Weterynarii.`: an item of the agenda, not the page's notice;
            #           `Ogłoszenia CUW` / `Ogłoszenia GOPS`: a menu; `Informacje – Ogłoszenia – Ogłoszenia
            #           Urzędu Gminy`: a path through the site's sections
        k = _body_after(tokens, i, has_event)
        if k is None or k >= len(tokens) or "\n" in text[tok.end:tokens[k].start] and not _heading_alone(text, tok):
            continue   # (`OGŁOSZENIE` / `Wójta Gminy X`: a notice's heading, its issuer on the next line)
        # (`Ogłoszenie przewodniczącego Rady Powiatu`: a notice's issuing office, in lower case too)
        lower_office = not tokens[k].is_cap and frame_lemmas(tok.text, "meeting_of_nouns") \
            and is_office_title(tokens[k].text)
        if not tokens[k].is_cap and not lower_office:
            continue
        names = find_names(text, tokens[k].start, clause_end(text, tokens[k].start, 200), lowercase=bool(lower_office))
        organ = _organ_of_lower_body(text, (tokens[k].start, tokens[k].end))
        if organ[1] > tokens[k].end and (not names or names[0][1] <= tokens[k].end):
            names = [organ]
        if names and names[0][0] == tokens[k].start and \
                (" " in text[names[0][0]:names[0][1]] or is_acronym(tokens[k].text)) \
                and not any(lemma_set(w) & frames().agent_exclusions for w in text[names[0][0]:names[0][1]].split()[:2]):
            # (not a menu's `Ogłoszenia BIP`, nor `spotkań informacyjnych Programu X`)
            convened = any(t.is_word and lemma_set(t.low) & frames().convening_verbs for t in tokens[max(0, i - 3):i])
            sittings.extend((span, convened) for span in [names[0]] + _joint_sitters(text, names))
    # `starosta zwołał zebranie Zarządu X`: who convenes it organises; the body only meets,
    # wherever else the page names its sitting (a headline)
    convened_bodies = {" ".join(text[a:b].split()) for (a, b), convened in sittings if convened}
    return [span for span, _ in sittings if " ".join(text[span[0]:span[1]].split()) not in convened_bodies]


# the sections of a site before the page's own, a path (`Informacje – Ogłoszenia – `, `Start » Aktualności » `)
_BREADCRUMB_BEFORE_RE = re.compile(r"[^\W\d_]+[ \t]*[–»>|/][ \t]*[^\W\d_]+[ \t]*[–»>|/][ \t]*$")
_ITEM_MARK_RE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[IVX]{1,4}\.|[a-z]\)|[-–•*])[ \t]*")


def _menu_line(text: str, tok: Token) -> bool:
    """`Ogłoszenia CUW` / `Ogłoszenia GOPS`: a short line opening with a word another line
    next to it opens with too (an item of a menu)."""
    start, end = text.rfind("\n", 0, tok.start) + 1, text.find("\n", tok.start)
    end = len(text) if end < 0 else end
    if text[start:tok.start].strip() or len(text[start:end].split()) > 4:
        return False
    around = text[max(0, start - 80):start] + text[end:end + 80]
    return re.search(rf"(?m)^[ \t]*{re.escape(tok.text)}\s", around) is not None


def _heading_alone(text: str, tok: Token) -> bool:
    """A word alone on its line (`OGŁOSZENIE`, `Zawiadomienie`)."""
    start, end = text.rfind("\n", 0, tok.start) + 1, text.find("\n", tok.end)
    return text[start:end if end >= 0 else len(text)].strip() == tok.text


def _joint_sitters(text: str, names: list[Span]) -> list[Span]:
    """`posiedzenie Zarządu X i Rady Y`: the bodies joined to the first in the genitive sit
    with it (not `sesja Rady X i Wójt przedstawił`: a new subject)."""
    out: list[Span] = []
    for before, name in zip(names, names[1:]):
        head = text[name[0]:name[1]].split()[0]
        if text[before[1]:name[0]].strip() not in ("i", "oraz", ",") or not _has_genitive(head) or _nominative_reading(head):
            break
        out.append(name)
    return out


_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_]+)")


def _organ_of_lower_body(text: str, span: Span) -> Span:
    """`zebranie Zarządu stowarzyszenia`: a body's organ and, in lower case, the body it belongs to
    (the page's own), one name."""
    m = _NEXT_WORD_RE.match(text, span[1])
    if m and m.group(1).islower() and is_org_head(text[span[0]:span[1]]) and is_org_head(m.group(1).capitalize()) \
            and _one_body_genitive(m.group(1)):
        return span[0], m.end()
    return span


def _one_body_genitive(word: str) -> bool:
    """`Stowarzyszenia`, `Lokalnej (Grupy)`: one body in the genitive; not `Rad`, `Kół` (many)."""
    return any(can_be(word, pos, number="sg", case="gen") for pos in ("subst", "adj"))


def _nominative_reading(word: str) -> bool:
    """A singular nominative reading (`Wójt`), not `Rady`, which is also a plural one."""
    return can_be(word, "subst", number="sg", case="nom")


def _body_after(tokens: Sequence[Token], i: int, has_event: bool) -> int | None:
    """Where the name of the body whose meeting or notice tokens[i] names would begin, or None:
    right after `Zaproszenie` (on a page about an event); after the meeting's members or
    lower-case adjectives (`Zebranie Członków X`, `spotkania powiatowe X`); right after a body's
    own conference (`w konferencji Stowarzyszenia X`)."""
    tok = tokens[i]
    lemmas_here = frame_lemmas(tok.text, "meeting_of_nouns")
    if lemmas_here:
        return i + 1 if has_event else None
    members, own = bool(frame_lemmas(tok.text, "members_meetings")), bool(frame_lemmas(tok.text, "bodies_events"))
    if has_event and tok.is_cap and frame_lemmas(tok.text, "bodies_titled_events"):
        head = _titled_body(tokens, i)
        if head is not None:
            return head   # `XII Forum Ogólnopolskiego Stowarzyszenia X`: the body's own event, by its title
    if not members and not own:
        return None
    k = _past_meeting_words(tokens, i)
    if k > i + 1 and own and not members and k < len(tokens) and tokens[k].is_cap and is_org_head(tokens[k].text) \
            and _has_genitive(tokens[k].text) and not is_office_title(tokens[k].text):
        return k   # `Konferencja regionalna Ministerstwa X`: a body's own event, its kind said between them
    if k > i + 1:   # (`zebranie wiejskie Sołectwa X`: the village's residents meet, no body; `spotkanie
        #              monitoringowe Ośrodków Wsparcia X`: many bodies meet, each a participant)
        return k if has_event and members and k < len(tokens) and not lemma_set(tokens[k].low) & _UNITS \
            and _one_body_genitive(tokens[k].text) else None
    if has_event and (frame_lemmas(tok.text, "body_meetings") or members and tokens[i + 1].low in OUR):
        # (`spotkanie naszego Koła X`: the page's own body meets)
        head = _own_body(tokens, i)
        if head is not None:
            return head   # `zebranie (lipieńskiego) Klubu Seniora X`: the club meets (not `Zebrania Klubów`)
    own = own and not tok.is_cap and _one_body_genitive(tokens[k].text) and not is_office_title(tokens[k].text) \
        and not is_event_noun(tokens[k].text)
    # (`konferencja Forum Inicjatyw X`: the conference's own name; `konferencja Rad Osiedli`: the councils
    #  that take part)
    return k if own else None


def _titled_body(tokens: Sequence[Token], i: int) -> int | None:
    """Where a body in the singular genitive begins right after the capitalised event noun at
    tokens[i] (maybe after an adjective of its own: `Ogólnopolskiego Stowarzyszenia`), or None;
    `Forum Organizacji Pozarządowych` names its participants, in the plural."""
    k = i + 1
    if k + 1 < len(tokens) and tokens[k].is_cap and is_adjective(tokens[k].text) and tokens[k + 1].is_cap \
            and agrees(tokens[k].text, tokens[k + 1].text):
        k += 1
    if k >= len(tokens) or not tokens[k].is_cap or not is_org_head(tokens[k].text) or is_acronym(tokens[k].text) \
            or not _singular_genitive(tokens[k].text) or is_office_title(tokens[k].text):   # (`Forum NGO`: many)
        return None
    return None if _plural_after(tokens, k) else i + 1


def _plural_after(tokens: Sequence[Token], k: int) -> bool:
    """Does the adjective after the noun at tokens[k] show it is no singular genitive
    (`Organizacji Pozarządowych`, `Na zebraniach Rady Sołeckie`)? Then it names no one body."""
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is not None and after.is_word and is_adjective(after.text) and agrees(after.text, tokens[k].text) \
        and not can_be(after.text, "adj", number="sg", case="gen")


def _own_body(tokens: Sequence[Token], i: int) -> int | None:
    """Where the body holding the members' meeting at tokens[i] is named: after the lower-case
    words of its kind (`zebranie sprawozdawczo-wyborcze`), a body in the singular genitive
    (`Koła X`, `lipieńskiego Klubu`, `Ochotniczej Straży Pożarnej`), not a village or a town.
    Capitalised words of its kind make a name of the meeting itself (`Walne Zebranie
    Sprawozdawcze`), often of a body above the one named after it, and end the search."""
    k = i + 1
    while k < len(tokens) - 1 and k - i <= 2 and tokens[k].is_word and not tokens[k].is_cap \
            and _describes(tokens[k].text, tokens[i].text):
        k += 1
    if k + 1 >= len(tokens) or not tokens[k].is_word:
        return None
    first, second = tokens[k], tokens[k + 1]
    if is_adjective(first.text) and second.is_word and _singular_genitive(second.text) and agrees(first.text, second.text):
        noun, name = second, k if first.is_cap else k + 1   # `Ochotniczej Straży`, `(lipieńskiego) Klubu`
    elif _singular_genitive(first.text) and not _plural_after(tokens, k):
        noun, name = first, k   # (`Na zebraniach Rady Sołeckie składają`: the councils, in the plural)
    else:
        return None
    # (a body whose name opens with its adjective holds a general assembly: `walnego zgromadzenia Lipowskiej Izby`)
    assembly = i > 0 and _describes(tokens[i - 1].text, tokens[i].text)
    return None if not is_org_head((noun if assembly else tokens[name]).text) or lemma_set(noun.low) & _UNITS else name


def _describes(word: str, meeting: str) -> bool:
    """`sprawozdawcze`, `sprawozdawczo-wyborcze` of `zebranie`: the kind of the meeting."""
    last = word.rsplit("-", 1)[-1]
    return bool(lemma_set(last.lower()) & frames().members_meeting_adjectives) and agrees(last, meeting)


def _singular_genitive(word: str) -> bool:
    return is_acronym(word) or any(r.pos == "subst" and r.tag.split(":")[1:3] == ["sg", "gen"]
                                   for r in analyse(word.lower()))


def _past_meeting_words(tokens: Sequence[Token], i: int) -> int:
    """The index after the adjectives of the meeting at tokens[i] and the members whose
    meeting it is (`spotkania powiatowe`, `Zebranie Członków`, `spotkanie członkiń`)."""
    k = i + 1
    while k < len(tokens) and k - i <= 2 and tokens[k].is_word \
            and is_adjective(tokens[k].text) and agrees(tokens[k].text, tokens[i].text):
        k += 1
    if k < len(tokens) and tokens[k].is_word and lemma_set(tokens[k].low) & frames().members_nouns:
        return k + 1   # (`Zebraniem Ogólnym Członków X`)
    if any(t.is_cap for t in tokens[i + 1:k]):
        return i + 1   # `Zebranie Wiejskie Sołectwa X`: the meeting's own name, no body's
    if k > i + 1 and k + 1 < len(tokens) and tokens[k].text in ("-", "–") and tokens[k + 1].is_cap:
        return k + 1   # `spotkanie opłatkowe - Oddziału X`: a dash before the body
    return k
