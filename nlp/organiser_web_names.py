"""Bodies known by a web address: a local portal or a foundation named by its domain
(`Lipno24.pl organizuje debatę`, `warsztaty organizowane przez fundację tato.net`).

The tokenizer splits such a name at its dots, and it may be all lower case, so the name
readers of `nlp.org_names` never see it; here it is read whole, as the subject of an
organising verb or the agent of an organising participle.
"""
from __future__ import annotations

import functools
import re

from nlp.org_names import lemma_set
from nlp.organiser_grammar import Span, frame_lemmas
from nlp.vocabulary import lexicon

__all__ = ["domains_in", "web_named_organisers"]

# a domain, not an e-mail address's nor a link's part
_DOMAIN_RE = re.compile(r"(?<![\w@/.:-])[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż0-9][\w-]*(?:\.[\w-]+)*"
                        r"\.(?:pl|com|net|org|eu|info|tv|fm)(?![\w@/-]|\.\w)")
_WORD_RE = re.compile(r"[ \t]+(\w+)")
_AGENT_BEFORE_RE = re.compile(r"(\w+)(?:\s+(?:był\w*|jest|są|będzie|będą|został\w*|zostanie|zostaną))?\s+przez\s+"
                              r"(?:(\w+)\s+)?$", re.IGNORECASE)


@functools.cache
def _kind_nouns() -> frozenset[str]:
    """Common nouns naming the kind of body a web name stands for (`fundację tato.net`)."""
    return frozenset(lexicon("organiser_frames.json")["web_name_kinds"])


def domains_in(text: str, start: int, end: int) -> list[Span]:
    """The bodies named by their domain between `start` and `end` (an item of a list of
    organisers: `Organizatorami są: Lipno24.pl, Gazeta X oraz …`), not a `www.` link."""
    return [m.span() for m in _DOMAIN_RE.finditer(text, start, end) if not m.group().lower().startswith("www.")]


def web_named_organisers(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _DOMAIN_RE.finditer(text):
        if m.group().lower().startswith("www."):
            continue   # (`Więcej na www.lipno.pl`: a link to read, not a body)
        verb = _WORD_RE.match(text, m.end())
        if verb and frame_lemmas(verb.group(1), "verbs"):
            out.append((m.start(), m.end()))   # `Lipno24.pl organizuje ją wspólnie z …`
            continue
        agent = _AGENT_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        if agent is None or not frame_lemmas(agent.group(1), "agent_participles"):
            continue
        kind = agent.group(2)
        if kind is None:
            out.append((m.start(), m.end()))
        elif lemma_set(kind.lower()) & _kind_nouns():
            out.append((agent.start(2), m.end()))   # `organizowane przez fundację tato.net`
    return out
