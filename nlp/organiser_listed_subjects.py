"""A list of bodies opening the clause of a plural verb, read as a list when a subject's
reader stops short: `Burmistrz X, Związek Y 4 Pułk Z, Instytut W, Świętokrzyski Park Narodowy
zapraszają` ends in a name whose head no lexicon knows, and the reader going back from the verb
finds none; the list read forwards from its first name takes that item too."""
from __future__ import annotations

from nlp.clauses import clause_start
from nlp.org_names import find_names
from nlp.organiser_grammar import Span, is_glue
from nlp.organiser_lists import names_after
from nlp.organiser_agreement import plural_verb

_MIN_ITEMS = 2


def listed_subject(text: str, verb_start: int) -> list[Span]:
    """The bodies of a list that opens the clause and runs up to the plural verb."""
    if not plural_verb(text, verb_start):
        return []
    start = clause_start(text, verb_start)
    names = find_names(text, start, verb_start, max_names=12)
    if not names or text[start:names[0][0]].strip(" \t-–•*"):
        return []
    listed = names_after(text, names[0][0], loose=True)
    if len(listed) < _MIN_ITEMS or listed[-1][1] > verb_start or not is_glue(text[listed[-1][1]:verb_start]):
        return []
    return listed
