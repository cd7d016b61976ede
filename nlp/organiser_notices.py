"""A notice that gives formal notice in its first line (`Wójt Gminy X zawiadamia o wyłożeniu
projektu planu …`) and announces a meeting further on (`Dyskusja publiczna odbędzie się …`):
the office that gives notice convenes the meeting, past its verb's own clause."""
from __future__ import annotations

import functools

from nlp.clauses import clause_start
from nlp.org_names import lemma_set, tokenize
from nlp.organiser_grammar import frames, is_event_noun, verb_reading
from nlp.vocabulary import lexicon

__all__ = ["opens_notice"]


_NOTICE_OPENING_REACH = 300   # characters of a page's title and dates before a notice's first line
_NOTICE_EVENT_REACH = 1500


def opens_notice(text: str, verb_start: int, lemma: str) -> bool:
    """`Wójt Gminy X zawiadamia o wyłożeniu projektu planu …` (and further on: `Dyskusja
    publiczna odbędzie się …`): a verb of giving notice in the line that opens the notice, whose
    subject convenes the meeting the notice announces past the verb's clause. A verb of
    informing does so only when the notice goes on to invite in its own voice (`Wójt Gminy X
    informuje, iż Rada przyjęła uchwałę …` / `zapraszamy mieszkańców na spotkanie`)."""
    informs = lemma in _informing_verbs()
    if lemma not in _notice_verbs() and not informs:
        return False
    line = text.rfind("\n", 0, verb_start) + 1
    if line > _NOTICE_OPENING_REACH and not _under_notice_heading(text, line) \
            or text[line:clause_start(text, verb_start)].strip():
        return False
    for token in tokenize(text, verb_start, verb_start + _NOTICE_EVENT_REACH)[1:]:
        verb = verb_reading(token.text) if token.is_word else None
        if verb is not None and verb[0] in frames().verbs:
            # (`X zawiadamia o zagrożeniu …` / `Wójt zaprasza na szkolenie`: the next one's meeting)
            return informs and verb[1] == "first_person"
        if token.is_word and is_event_noun(token.text) and not informs:
            return True
    return False


def _under_notice_heading(text: str, line: int, reach: int = 3) -> bool:
    """`ZAWIADOMIENIE` / `Na podstawie art. 3 …` / `Starosta X zawiadamia,`: the notice's own
    heading a few lines above (on a page whose menus put it far from the top)."""
    end, seen = line - 1, 0
    while end > 0 and seen < reach:
        start = text.rfind("\n", 0, end) + 1
        words = text[start:end].split()
        if len(words) == 1 and lemma_set(words[0].lower()) & frames().meeting_of_nouns:
            return True
        seen += bool(words)   # (a blank line counts for nothing)
        end = start - 1
    return False


@functools.cache
def _notice_verbs() -> frozenset[str]:
    return frozenset(lexicon("organiser_frames.json")["notice_verbs"])


@functools.cache
def _informing_verbs() -> frozenset[str]:
    return frozenset(lexicon("organiser_frames.json")["informing_verbs"])
