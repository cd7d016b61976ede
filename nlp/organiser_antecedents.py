"""Who a bare head or a pronoun standing for a body is: `Federacja zaprasza` on a page that
names `Opolska Federacja Organizacji Pozarządowych`, `Ono zaprasza` after a sentence naming
the body. The organiser frames read the subject; these name it in full."""
from __future__ import annotations

from collections.abc import Sequence

from nlp.clauses import clause_start
from nlp.org_names import Token, find_names, is_org_head, lemma_set, needs_name
from nlp.organiser_grammar import Span, can_be_subject, is_event_noun, is_glue_word

__all__ = ["full_name_of", "named_in_full", "pronoun_antecedent"]


def named_in_full(text: str, verb_start: int) -> list[Span]:
    """`Federacja zaprasza na Forum` … `Opolska Federacja Organizacji Pozarządowych`: a body
    named by its bare head noun before the verb is the body the text names in full with it."""
    start = clause_start(text, verb_start)
    words = [w for w in text[start:verb_start].split() if not w[:1].isdigit()]   # (`2012-06-06 Federacja zaprasza`)
    if len(words) != 1 or not words[0][:1].isupper() or not (is_org_head(words[0]) or needs_name(words[0])) \
            or is_event_noun(words[0]):   # (`Forum organizuje co roku X`: the event, fronted)
        return []
    full = full_name_of(text, words[0])
    return [full] if full else []


def full_name_of(text: str, head_word: str) -> Span | None:
    """The first name in the text of several words that has `head_word`'s lemma among its
    first three (`Federacja` … `Opolska Federacja Organizacji Pozarządowych`)."""
    head = lemma_set(head_word.lower())
    for span in find_names(text, 0, len(text), max_names=40):
        name_words = text[span[0]:span[1]].split()
        if len(name_words) > 1 and any(lemma_set(w.lower()) & head for w in name_words[:3]):
            return span
    return None


_PRONOUNS = frozenset({"on", "ona", "ono", "oni", "one"})


def pronoun_antecedent(text: str, tokens: Sequence[Token], i: int) -> list[Span]:
    """`Z tej okazji zorganizowało ono jubileusz`, `Ono zaprasza`: a personal pronoun as the
    verb's subject stands for the body the clause before names last as one."""
    near = [i - 1, i + 1] + ([i - 2] if i >= 2 and is_glue_word(tokens[i - 1].text) else [])   # (`Ona też zaprasza`)
    if not any(0 <= k < len(tokens) and tokens[k].low in _PRONOUNS for k in near):
        return []
    start = clause_start(text, tokens[i].start)
    previous = clause_start(text, max(0, start - 1))
    names = [span for span in find_names(text, previous, start)
             if can_be_subject(text[span[0]:span[1]].split()[0])]
    return names[-1:]
