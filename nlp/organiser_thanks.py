"""Thanks for organising, hosting or inviting: `Dziękujemy Stowarzyszeniu X za zorganizowanie
spotkania`, `Dziękuję za organizację spotkania Janowi Nowakowi`, `dziękujemy Panu Janowi
Nowakowi oraz P. Annie Lis za zorganizowanie`, `… Ośrodkowi X za gościnność`, `… za
zaproszenie`: the ones thanked, in the dative, organised or hosted the event.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.clauses import clause_start
from nlp.morph import analyse
from nlp.org_names import Token, find_names, lemma_set, tokenize
from nlp.org_words import may_be_first_name
from nlp.organiser_grammar import Span, frames, is_event_noun, joins_list_items, phrase_at
from nlp.organiser_involvement import names_other_thing
from nlp.organiser_lists import names_after

_LIST_SEPARATOR_RE = re.compile(r"\s*,\s*|\s+(?:oraz|i)\s+")


def thanks_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`Dziękujemy Stowarzyszeniu X za zorganizowanie spotkania`: the body thanked for
    organising the event, named in the dative right before the phrase."""
    spans: list[Span] = []
    thanks = frames().thanks_phrases
    for i, tok in enumerate(tokens):
        stop = phrase_at(tokens, i, thanks) if tok.low in thanks else None
        if stop is None or names_other_thing(tokens, stop):
            continue   # (`za przygotowanie pysznego poczęstunku`: the meal, not the event)
        start = clause_start(text, tok.start)
        verb_end = _thanks_verb_end(text[start:tok.start])
        people = _thanked_people(text, start + verb_end, tok.start) if verb_end is not None else []
        if people:
            spans.extend(people)
            continue
        names = find_names(text, start, tok.start, lowercase=True)
        if names and not text[names[-1][1]:tok.start].strip(" ,"):
            k = len(names) - 1
            while k > 0 and joins_list_items(text[names[k - 1][1]:names[k][0]]):
                k -= 1   # `Dziękujemy Ośrodkowi X oraz Fundacji Y za zaproszenie`: the list thanked
            spans.extend(names[k:])
        elif verb_end is not None:
            spans.extend(_thanked_after(text, tokens, stop))
    return spans


def _thanks_verb_end(lead: str) -> int | None:
    """Where the verb of thanks opening a sentence ends (`Serdecznie dziękujemy`), if it does."""
    for m in list(re.finditer(r"\w+", lead))[:2]:
        if lemma_set(m.group().lower()) & frames().thanks_verbs:
            return m.end()
    return None


def _thanked_after(text: str, tokens: Sequence[Token], k: int) -> list[Span]:
    """`Dziękuję za organizację spotkania Janowi Nowakowi`: the one thanked, in the dative
    after the event the phrase names."""
    if k < len(tokens) and is_event_noun(tokens[k].text):
        k += 1
    if k >= len(tokens) or not tokens[k].is_cap or not _dative(tokens[k].text):
        return []
    found = names_after(text, tokens[k].start)
    if found and found[0][0] == tokens[k].start:
        return found[:1]
    if k + 1 < len(tokens) and tokens[k + 1].is_cap and may_be_first_name(tokens[k].text) and _dative(tokens[k + 1].text):
        return [(tokens[k].start, tokens[k + 1].end)]   # (a person, by first name and surname)
    return []


@functools.lru_cache(maxsize=100_000)
def _dative(word: str) -> bool:
    return any(len(r.tag.split(":")) > 2 and "dat" in r.tag.split(":")[2].split(".")
               for form in {word, word.lower()} for r in analyse(form))


def _thanked_people(text: str, start: int, end: int) -> list[Span]:
    """`dziękujemy Panu Prezesowi OSP Janowi Nowakowi, P. Annie Lis oraz P. Adamowi Lisowi,`:
    people thanked by name, listed between the verb and the phrase (every item one)."""
    pos = start
    spans: list[Span] = []
    for item in _LIST_SEPARATOR_RE.split(text[start:end].strip(" ,")):
        item_start = text.find(item, pos)
        pos = item_start + len(item)
        if item and not _dative_person(text, item_start, pos):
            return []
        if item:
            spans.append((item_start, pos))
    return spans


def _dative_person(text: str, start: int, end: int) -> bool:
    """A short run of capitalised words (honorifics and offices allowed) holding a first
    name in the dative followed by a surname."""
    words = [t for t in tokenize(text, start, end) if t.is_word]
    if not 2 <= len(words) <= 6 or not all(t.is_cap for t in words):
        return False
    return any(may_be_first_name(a.text) and _dative(a.text) for a in words[:-1])
