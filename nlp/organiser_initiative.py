"""The body on whose initiative, invitation or commission an event is held, or in whose name
the page invites: `z inicjatywy X`, `na zaproszenie X`, `W imieniu X zapraszamy`, `To pomysł X`
(about the event of the sentence before), a partner phrase after `odbędzie się` or beside the
page's own `zapraszamy`, and `na wniosek X` beside a verb of convening."""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.clauses import clause_end, clause_start
from nlp.morph import analyse
from nlp.org_names import Token, find_names, lemma_set, tokenize
from nlp.org_people import named_person_end
from nlp.organiser_grammar import Span, frames, is_glue, mentions_event, phrase_at, we_organise
from nlp.organiser_lists import names_after
from nlp.organiser_partners import past_partner_label
from nlp.organiser_persons import with_body
from nlp.organiser_subjects import subject_before
from nlp.vocabulary import is_event_verb, lexicon

__all__ = ["initiative_frames"]


def initiative_frames(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`z inicjatywy X`, `na zaproszenie X`, `W imieniu X zapraszamy`: when the clause is
    about an event or an invitation."""
    f = frames()
    spans: list[Span] = []
    for i, tok in enumerate(tokens):
        if tok.low not in f.initiative_phrases and tok.low not in f.partner_phrases \
                and tok.low not in f.request_phrases:
            continue
        if tok.is_cap and text[clause_start(text, tok.start):tok.start].strip():
            continue   # `Funduszu Inicjatyw Obywatelskich`, `Komisji Planowania i Inicjatyw`: a word of a name
        stop = phrase_at(tokens, i, f.initiative_phrases)
        if stop is None:
            stop = phrase_at(tokens, i, f.partner_phrases)   # `odbędzie się 5 maja we współpracy z X`
            if stop is not None and (not (_after_happening(text, tokens, i) or _opens_invitation(text, tokens, i))
                                     or " ".join(t.low for t in tokens[i:stop]) in ("z udziałem", "przy udziale")):
                continue   # (`odbędzie się debata z udziałem burmistrza`: a participant)
        if stop is None:
            stop = _request_beside_convening(tokens, i)
        if stop is None:
            continue
        if stop + 2 < len(tokens) and tokens[stop].low in _own_behalf_words() and tokens[stop + 1].low in ("i", "oraz"):
            stop += 2   # `W imieniu własnym i Instytutu X zapraszamy`: the body beside the writer
        start, end = clause_start(text, tok.start), clause_end(text, tokens[stop - 1].end, 400)
        clause = tokenize(text, start, _lines_introduced_end(text, end))
        if not mentions_event(clause) and not _refers_to_event_before(text, start, tok.start):
            continue   # `w imieniu Gminy odbierać będzie odpady`: acting for, not inviting
        lemmas = {lemma for t in clause if t.is_word for lemma in lemma_set(t.low)}
        if stop > i + 1 and tokens[i + 1].low == "imieniu" \
                and not lemmas & (f.verbs | f.verbs_needing_event_object | f.meeting_of_nouns):
            continue   # `W imieniu starosty w spotkaniu udział wzięła X`, `… wręczył dyplomy`: acting for X
        found = names_after(text, tokens[past_partner_label(tokens, stop) - 1].end)
        person = named_person_end(text, tokens, stop) if not found and tok.low in f.initiative_phrases else None
        if person is not None:   # `na zaproszenie Pana Jana Lisa`: a person invites
            found = [(tokens[stop].start, with_body(text, tokens, person))]
        spans.extend(found)
    return spans + _initiative_taken(text, tokens)


def _lines_introduced_end(text: str, end: int, lines: int = 2) -> int:
    """`zarządzam na dzień:` / `2 grudnia 2020 r.` / `XXX Sesję Rady Miasta`: a clause ending in a
    colon runs on over the lines it introduces."""
    if not text[max(0, end - 2):end + 1].rstrip().endswith(":"):
        return end
    end = text.rfind(":", 0, end + 1)
    for _ in range(lines + 1):   # (the colon's own line, then the lines under it)
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


@functools.cache
def _own_behalf_words() -> frozenset[str]:
    return frozenset(lexicon("organiser_frames.json")["own_behalf_words"])


_INITIATIVE_REACH = 4   # words after `z inicjatywą` that say what was taken up


def _initiative_taken(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`Pracownicy Centrum X oraz policjanci z Komendy Y wyszli z inicjatywą organizacji tej
    konferencji`: the subject of a verb of taking the initiative, when what it took up is an event."""
    spans: list[Span] = []
    for i, tok in enumerate(tokens[:-2]):
        if not tok.is_word or (tokens[i + 1].low, tokens[i + 2].low) != ("z", "inicjatywą") \
                or not lemma_set(tok.low) & _initiative_words()["verbs"]:
            continue
        taken = tokens[i + 3:i + 3 + _INITIATIVE_REACH]
        # (`… z inicjatywą spotkania`, `… z inicjatywą organizacji tej konferencji`; not `budowy placu zabaw`)
        if taken and (mentions_event(taken[:1]) or lemma_set(taken[0].low) & _initiative_words()["objects"]
                      and mentions_event(taken[1:])):
            spans.extend(subject_before(text, tok.start))
    return spans


def _request_beside_convening(tokens: Sequence[Token], i: int, reach: int = 4) -> int | None:
    """The index after `na wniosek` at tokens[i] when a verb of convening stands within a few
    words of it (`zwołuję na wniosek Burmistrza sesję`, `sesja zwołana na wniosek Wójta`), or the
    meeting happened on it (`na wniosek Pani Wójt Anny Nowak odbyła się narada`)."""
    f = frames()
    stop = phrase_at(tokens, i, f.request_phrases)
    if stop is None:
        return None
    # (past the body's name after it: `– na wniosek Zarządu Powiatu X – zwołuje`)
    near = tokens[max(0, i - reach):i] + tokens[stop:stop + 2 * reach]
    if any(lemma_set(t.low) & f.convening_verbs for t in near if t.is_word):
        return stop
    after = tokens[stop:stop + 2 * reach + 1]
    happened = any(is_event_verb(t.text) and after[k + 1].low == "się" for k, t in enumerate(after[:-1]) if t.is_word)
    return stop if happened else None


_THIS_WAS_RE = re.compile(r"\s*(?:(?:był|była|było|jest)\s+)?to\s+(?:jedn\w+\s+z\s+)?(?:[a-ząćęłńóśźż]+\s+){0,2}$",
                          re.IGNORECASE)   # (`Była to jedna z wakacyjnych propozycji X`)


def _refers_to_event_before(text: str, start: int, phrase_start: int) -> bool:
    """`To ciekawy pomysł X`, `Było to wspólne przedsięwzięcie X`: `to` stands for the event
    of the sentence before."""
    if not _THIS_WAS_RE.fullmatch(text, start, phrase_start) or start == 0:
        return False
    end = len(text[:start].rstrip()) - 1   # (before the previous sentence's full stop)
    return end > 0 and mentions_event(tokenize(text, clause_start(text, end), end))


def _after_happening(text: str, tokens: Sequence[Token], i: int) -> bool:
    """A verb of happening (`odbędzie się`) earlier in the clause, and no name between it and
    tokens[i]: a partner phrase there belongs to the event, not to a name."""
    start = clause_start(text, tokens[i].start)
    for k in range(i - 1, -1, -1):
        if tokens[k].start < start:
            return False
        if tokens[k].text.lower() == "się" and k > 0 and is_event_verb(tokens[k - 1].text):
            return all(_PLACE_BEFORE_RE.search(text, 0, a) for a, _ in find_names(text, tokens[k].end, tokens[i].start))
    return False


# (`odbędzie się 5 maja w Lipnie we współpracy z X`: a place between the verb and the phrase owns no partner)
_PLACE_BEFORE_RE = re.compile(r"(?<!\w)(?:w|we|na|przy|u)\s+$", re.IGNORECASE)


def _opens_invitation(text: str, tokens: Sequence[Token], i: int) -> bool:
    """`Wspólnie z X mamy przyjemność zaprosić…`, `W czwartek razem z X zorganizowaliśmy`,
    `zorganizowaliśmy wspólnie z X spotkanie`: a partner phrase beside the publisher's own
    verb of inviting or organising, in the first person (opening its sentence, or after
    nothing but when)."""
    if i > 0 and tokens[i - 1].is_word and we_organise(tokens[i - 1].text):
        return True
    start = clause_start(text, tokens[i].start)
    if not is_glue(text[start:tokens[i].start].strip(" \t\n•*-–")):
        return False
    end = clause_end(text, tokens[i].end, 300)
    verbs = frames().verbs
    return any(we_organise(t.text) or any(r.pos == "inf" and r.lemma.lower() in verbs for r in analyse(t.low))
               for t in tokenize(text, tokens[i].end, end) if t.is_word and not t.is_cap)


@functools.cache
def _initiative_words() -> dict[str, frozenset[str]]:
    """`wyjść`, `wystąpić` (`z inicjatywą`): verbs of taking the initiative; `organizacja`,
    `zwołanie`: nouns of organising what was taken up."""
    data = lexicon("organiser_frames.json")
    return {"verbs": frozenset(data["initiative_verbs"]), "objects": frozenset(data["initiative_objects"])}
