"""Projects whose implementers run the meetings a page announces: `MOPS realizuje projekt`,
`realizuje w 2019 r. projekt`, `Stowarzyszenie X rozpoczęło realizację projektu`, `Projekt …
realizuje Fundacja X`, `projektu „Y”, który realizują X i Z`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from nlp.clauses import clause_start
from nlp.morph import analyse, only_pos
from nlp.org_names import DATE_LEMMAS, Token, lemma_set
from nlp.organiser_grammar import Span, frames, is_glue_word
from nlp.organiser_lists import names_after
from nlp.organiser_partners import past_partners

__all__ = ["implementers_after", "project_antecedent", "project_fronted", "realised_by", "runs_project"]


def runs_project(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """`MOPS realizuje projekt`, `realizują wspólny mikroprojekt`, `realizuje w partnerstwie z X
    projekt`: a verb of running a project in the present tense, its object a project noun
    (after at most one adjective, or after the partners it is run with); or of obtaining a grant
    for it (`pozyskało 50 tysięcy zł`, `otrzymał dofinansowanie`), in any tense."""
    f = frames()
    if lemma in f.project_start_verbs:
        return _starts_project(tokens, past_partners(tokens, i + 1))
    if lemma in f.grant_verbs:
        k = past_partners(tokens, i + 1)   # `pozyskało 50 tysięcy zł`, `otrzymał dofinansowanie`
        return any(lemma_set(t.low) & f.grant_nouns for t in tokens[k:k + 4])
    if lemma not in f.project_verbs or not any(r.pos == "fin" for r in analyse(tokens[i].low)):
        return False
    k = past_partners(tokens, i + 1)
    while k < len(tokens) and tokens[k].is_word and only_pos(tokens[k].low, "adv"):
        k += 1   # (`prowadzi obecnie prace nad studium`, `realizuje także projekt`)
    k = _past_year(tokens, k)   # (`realizuje w 2019 r. projekt`, `realizuje w tym roku projekt`)
    k = _past_commission(tokens, k)   # (`realizuje na zlecenie Miasta X zadanie publiczne`)
    # (`Fundacja X prowadzi prace nad studium`: the drafting of a plan, run as a project is)
    return any(lemma_set(t.low) & f.project_nouns for t in tokens[k:k + 2] if t.is_word) or _drafts_plan(tokens, k)


def _past_commission(tokens: Sequence[Token], k: int, limit: int = 8) -> int:
    """The index after `na zlecenie` and the capitalised name of who commissioned the task, else k."""
    if k + 2 >= len(tokens) or (tokens[k].low, tokens[k + 1].low) != ("na", "zlecenie") or not tokens[k + 2].is_cap:
        return k
    m = k + 2
    while m < len(tokens) and m - k < limit and (tokens[m].is_cap or tokens[m].low in ("w", "we")):
        m += 1
    return m


def realised_by(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`w związku z realizacją projektu pn. „X” przez Grupę Y`, `projektu „X”, który realizowany
    jest przez Y`: who runs the project named as the agent of its running; `projektu „X”, za
    który odpowiedzialna jest Fundacja Y`: the body answerable for it."""
    out: list[Span] = [span for m in _ANSWERABLE_RE.finditer(text) for span in names_after(text, m.end())]
    out += [span for pattern in (_PROJECT_BY_RE, _FRAMING_PROJECT_BY_RE, _OWN_OPERATION_RE)
            for m in pattern.finditer(text)
            if not _FUNDED_BEFORE_RE.search(text, clause_start(text, m.start()), m.start())
            for span in names_after(text, m.end())[:2]]
    for i, tok in enumerate(tokens[:-2]):
        if tok.is_word and tok.low.startswith("realizac") and lemma_set(tokens[i + 1].low) & frames().project_nouns:
            m = _TITLED_BY_RE.match(text, tokens[i + 1].end)
            if m:
                out.extend(names_after(text, m.end()))
    return out


# `projektu „Sztuka Aktywności”, za który odpowiedzialna jest`, `projektu „X”, który realizowany jest przez`
_ANSWERABLE_RE = re.compile(
    r"\bprojekt\w*\s+(?:[a-ząćęłńóśźż]+\s+)?(?:(?:pn\.|pt\.)\s*)?[„\"][^”\"\n]{1,150}[”\"]\s*,\s*(?:za\s+któr\w+\s+"
    r"(?:odpowiada(?:ją)?|odpowiedzialn\w+\s+(?:jest|są|był\w*|będzie))|"
    r"któr\w+\s+(?:(?:jest|był\w*|będzie)\s+)?realizowan\w+\s+(?:(?:jest|był\w*|będzie)\s+)?przez)\s+",
    re.IGNORECASE)
# `Celem projektu realizowanego przez Fundację X`, `Operacja opracowana przez LGD X` (the footer of a
# LEADER operation): a project's participle of running or drafting it, then its agent
# (one project, not the topic: `dyskutowano o projektach realizowanych przez X`)
_PROJECT_BY_RE = re.compile(r"(?<!\Wo )\b(?:(?:mikro)?projekt(?:u|em|cie)?|operacj[aięą])\s+"
                            r"(?:realizowan|opracowan)\w*\s+"
                            r"(?:(?:jest|był\w*|będzie|została?|zostało)\s+)?przez\s+", re.IGNORECASE)
# `w ramach projektu „Eko przygoda”, realizowanego przez`: the project the event is part of, its
# title between it and its participle (not `Uczestnicy projektu „X” realizowanego przez`: its people)
# (a cycle of a project's meetings too: `w ramach cyklu projektowego „X”, realizowanego partnersko m.in. przez`)
_FRAMING_PROJECT_BY_RE = re.compile(r"\bw\s+ramach\s+(?:projektu|cyklu(?:\s+projektowego)?)\s+"
                                    r"(?:(?:pn\.|pt\.|pod\s+nazwą)\s*)?[„\"][^”\"\n]{1,150}[”\"]\s*,?\s*"
                                    r"realizowan\w*\s+(?:(?:partnersko|wspólnie|m\.\s?in\.|między\s+innymi)\s+){0,2}"
                                    r"przez\s+", re.IGNORECASE)
# `zorganizowany w ramach realizacji operacji własnej Lokalnej Grupy Działania X`: the body whose own
# operation (a LEADER group's term) or project the event is
_OWN_OPERATION_RE = re.compile(r"\bw\s+ramach\s+(?:realizacji\s+)?(?:operacji|projektu|zadania)\s+własne(?:j|go)\s+",
                               re.IGNORECASE)
# `Zadanie dofinansowane ze środków X w ramach projektu „Y” realizowanego przez Z`: the project is the
# channel of the funding, Z its operator, not the event's organiser
_FUNDED_BEFORE_RE = re.compile(r"finansowan\w*|ze\s+środków|dotowan\w*", re.IGNORECASE)
# after the project noun: its title, then `przez` (`projektu pn. „Na zmianę” przez`)
_TITLED_BY_RE = re.compile(
    r"\s+(?:(?:pn\.|pt\.|pod\s+nazwą)\s*)?[„\"][^”\"\n]{1,150}[”\"]\s+przez\s+|\s+przez\s+")


def _starts_project(tokens: Sequence[Token], k: int) -> bool:
    """`rozpoczęło realizację projektu`, `kontynuuje realizację zadania`, `przystąpiło do
    realizacji projektu`: the running of a project; `rozpoczyna pracę nad nową Lokalną Strategią
    Rozwoju`, `kończy przygotowywanie strategii`: the drafting of a plan."""
    if k < len(tokens) and tokens[k].low == "do":
        k += 1
    if _drafts_plan(tokens, k):
        return True
    return k + 1 < len(tokens) and bool(lemma_set(tokens[k].low) & {"realizacja", "realizować"}) \
        and any(lemma_set(t.low) & frames().project_nouns for t in tokens[k + 1:k + 3] if t.is_word)


def _drafts_plan(tokens: Sequence[Token], k: int) -> bool:
    """`pracę nad nową Lokalną Strategią Rozwoju`, `przygotowywanie strategii` at tokens[k]:
    the drafting of a plan."""
    if k + 1 < len(tokens) and lemma_set(tokens[k].low) & {"praca"} and tokens[k + 1].low == "nad":
        return any(lemma_set(t.low) & frames().plan_nouns for t in tokens[k + 2:k + 5] if t.is_word)
    return k + 1 < len(tokens) and bool(lemma_set(tokens[k].low) & frames().plan_drafting_nouns) \
        and any(lemma_set(t.low) & frames().plan_nouns for t in tokens[k + 1:k + 3] if t.is_word)


_WHEN_WORDS = frozenset({"w", "we", "od", "do", "na", "tym", "roku", "rok", "r", "br", "b", ".", "latach", "-", "–"})


def _past_year(tokens: Sequence[Token], k: int, limit: int = 7) -> int:
    """The index after a phrase of when opening at tokens[k] (`w 2019 r.`, `od sierpnia br.`,
    `w tym roku`), else k."""
    if k >= len(tokens) or tokens[k].low not in ("w", "we", "od", "na"):
        return k
    m = k + 1
    while m < len(tokens) and m - k < limit and (tokens[m].low in _WHEN_WORDS or tokens[m].text.isdigit()
                                                 or lemma_set(tokens[m].low) & DATE_LEMMAS):
        m += 1
    return m if m > k + 1 else k


def project_fronted(text: str, tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """`Projekt … realizuje Fundacja X`, `Projekt „Y” realizowała Fundacja X`: a sentence opening
    with the project, its implementer named right after a verb of running it."""
    f = frames()
    if lemma not in f.project_verbs or i + 1 >= len(tokens) or not tokens[i + 1].is_cap \
            or not any(r.pos in ("fin", "praet") for r in analyse(tokens[i].low)):
        return False
    start = clause_start(text, tokens[i].start)
    first = next((t for t in tokens[:i] if t.start >= start and t.is_word), None)
    return first is not None and bool(lemma_set(first.low) & f.project_nouns)


def project_antecedent(text: str, tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """`projektu „X”, który w Lipnie realizują`: a verb of running a project in the present
    tense in a relative clause whose antecedent is a project noun (or its quoted title)."""
    if lemma not in frames().project_verbs or not any(r.pos == "fin" for r in analyse(tokens[i].low)):
        return False
    m = _ANTECEDENT_RE.search(text, max(0, tokens[i].start - 200), tokens[i].start)
    return bool(m) and bool(lemma_set(m.group(1).lower()) & frames().project_nouns)


def implementers_after(text: str, tokens: Sequence[Token], i: int) -> list[Span]:
    """The names right after the verb at tokens[i], past adverbs (`realizują wspólnie X i Y`)."""
    k = i + 1
    while k < len(tokens) and tokens[k].is_word and not tokens[k].is_cap and is_glue_word(tokens[k].text):
        k += 1   # `wspólnie`, `obecnie`
    return names_after(text, tokens[k].start) if k < len(tokens) and tokens[k].is_cap else []


# `projektu „Czytamy razem”, który w Lipnie realizują`: the noun, its title, the pronoun, words of where
_ANTECEDENT_RE = re.compile(r"(\w+)(?:\s+(?:pn\.|pt\.)?\s*[„\"«][^”\"»\n]{1,80}[”\"»])?\s*,\s*któr\w+\s+"
                            r"(?:[^\W\d_]+\s+){0,3}$")
