"""The office that meets the public hosts the meeting: `spotkanie Burmistrza X z
mieszkańcami`, `spotkanie Jana Nowaka, Prezydenta Miasta Y, z …`, `spotkanie Wójta Gminy Y, Jana
Nowaka z …`, `spotkanie z Wójtem Gminy Z`, `dyżur radnego W`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.clauses import clause_end
from nlp.morph import analyse, can_be
from nlp.org_names import Token, find_names, is_org_head, lemma_set
from nlp.org_words import may_be_first_name
from nlp.organiser_grammar import Span, frame_lemmas, frames


def host_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`spotkanie Burmistrza X z mieszkańcami`, `dyżur radnego Y`: the office that meets the
    public hosts the meeting."""
    spans: list[Span] = []
    for i, tok in enumerate(tokens[:-1]):
        if not tok.is_word or not frame_lemmas(tok.text, "hosted_meetings"):
            continue
        with_at = _with_after(tokens, i + 1)
        if with_at is not None and not lemma_set(tok.low) & {"dyżur"}:
            # `spotkanie z Burmistrzem Lipna`, `spotkanie informacyjne z Wójtem X`, `spotkanie mieszkańców z …`
            spans.extend(_office_met_with(text, tokens, with_at + 1))
            continue
        names = find_names(text, tokens[i + 1].start, clause_end(text, tokens[i + 1].start, 200), lowercase=True)
        person = _person_end(tokens, i + 1)
        if person is not None and names and tokens[person].text == "," and names[0][0] == tokens[person + 1].start:
            # `spotkanie Jana Nowaka, Prezydenta Miasta Lipna, z …`: the person, then the office
            names = [(tokens[i + 1].start, names[0][1])]
        if not names or names[0][0] != tokens[i + 1].start \
                or (tokens[i + 1].end == names[0][1] and not tokens[i + 1].is_cap
                    and not _one_office(tokens[i + 1].text)):
            continue   # (`dyżury radnych`: offices named by no one; but `spotkanie burmistrza z`: the mayor)
        end = names[0][1]
        k = next((m for m in range(i + 1, len(tokens)) if tokens[m].start >= end), len(tokens))
        holder = _person_end(tokens, k)
        if holder is not None:
            end = tokens[holder - 1].end   # `spotkanie Prezydenta Miasta Lipna Jana Nowaka z …`: its holder
        # `spotkanie Zastępcy Wójta Gminy Lipno, Jana Lisa z …`: the office, its holder in apposition
        apposed = _person_end(tokens, k + 1) if k < len(tokens) and tokens[k].text == "," else None
        with_whom = _WITH_RE.match(text, tokens[apposed - 1].end if apposed else end)
        if with_whom and _with_someone(with_whom.group(1)) or lemma_set(tok.text.lower()) & {"dyżur"}:
            spans.append((names[0][0], end))
    return spans


# `z` after the host (past a bracket: `radnego X (Klub Y) z`) and the word after it
_WITH_RE = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?[\s,]+ze?\s+(\w+)")


def _with_someone(word: str) -> bool:
    """`z mieszkańcami`: `z` with the instrumental meets someone; `z terenu powiatu` (the
    genitive) says where the ones meeting come from."""
    return not any(can_be(word, pos, case="gen") for pos in ("subst", "adj")) \
        or any(can_be(word, pos, case="inst") for pos in ("subst", "adj"))


def _with_after(tokens: Sequence[Token], k: int, reach: int = 2) -> int | None:
    """The index of `z` after a meeting noun, past at most `reach` words in lower case naming its
    kind or its public (`informacyjne`, `mieszkańców`), else None."""
    for m in range(k, min(k + reach + 1, len(tokens) - 1)):
        if tokens[m].low in ("z", "ze"):
            return m
        if not tokens[m].is_word or tokens[m].is_cap or _one_office(tokens[m].text) \
                or not any(r.pos in ("adj", "subst") for r in analyse(tokens[m].low)):
            return None   # (`spotkanie burmistrza z mieszkańcami`: the office before `z` meets them)
    return None


def _person_end(tokens: Sequence[Token], k: int) -> int | None:
    """The index after a first name and a surname opening at tokens[k] (else None)."""
    if k + 1 < len(tokens) and tokens[k].is_cap and tokens[k + 1].is_cap and tokens[k + 1].is_word \
            and may_be_first_name(tokens[k].text) and not is_org_head(tokens[k + 1].text):
        return k + 2
    return None


def _office_met_with(text: str, tokens: Sequence[Token], k: int) -> list[Span]:
    """`spotkanie z Wójtem Gminy X`: an office of local government (not a guest author or an
    expert) that residents are invited to meet holds the meeting."""
    if not tokens[k].is_word or not _one_office(tokens[k].text):
        return []   # (`spotkanie z sołtysami Gminy X`: with them, as guests)
    names = find_names(text, tokens[k].start, clause_end(text, tokens[k].start, 200), lowercase=True)
    if not names or names[0][0] != tokens[k].start or " " not in text[names[0][0]:names[0][1]]:
        return []   # (`spotkań z sołtysem czy radnym`: offices in general, named by no one)
    return names[:1]


def _one_office(word: str) -> bool:
    """A local government office meeting residents, in the singular (`burmistrza`, `Wójtem`)."""
    return any(r.lemma.lower() in frames().offices_meeting_residents and r.pos == "subst" and ":sg:" in r.tag
               for r in analyse(word.lower()))
