"""The cue words of funding statements (`lexicons/funding_cues.json`), compiled once: what
makes a phrase a topic rather than a statement, a bare `ze środków` a statement, a line run
on into the next, money for travel or works rather than the event.
"""
from __future__ import annotations

import functools
import re

from nlp.funding_lexicon import lexicon

__all__ = ["cues"]


def _words_re(stems: list[str]) -> str:
    return "|".join(rf"{re.escape(s)}\w*" for s in stems)


@functools.cache
def cues() -> dict[str, re.Pattern[str]]:
    words = lexicon("funding_cues.json")
    topic = _words_re(words["topic"]) + "|" + "|".join(words["topic_phrases"])
    return {
        "topic": re.compile(rf"(?:{topic})\s+(?:\S+\s+){{0,4}}$", re.IGNORECASE),
        "bare_context": re.compile(rf"(?:{_words_re(words['bare_context'])})\s*(?:\S+\s+){{0,5}}$", re.IGNORECASE),
        "topic_of_sentence": re.compile(rf"\b(?:{_words_re(words['topic_of_sentence'])})", re.IGNORECASE),
        "resolution_subject": re.compile(
            rf"\b(?:{_words_re(words['resolution_subjects'])})[^.;\n]{{0,40}}?\bw\s+sprawie\b", re.IGNORECASE),
        "frame": re.compile(rf"\b(?:{'|'.join(words['frame'])})", re.IGNORECASE),
        "within": re.compile(r"\bw\s+ramach\s+(?:\w+\s+)?$", re.IGNORECASE),
        "programme_words": re.compile(rf"\b(?:{_words_re(words['programme_words'])})", re.IGNORECASE),
        "funded_subjects": re.compile(rf"\b(?:{_words_re(words['funded_subjects'])})", re.IGNORECASE),
        "travel": re.compile(rf"\b(?:{_words_re(words['travel'])})", re.IGNORECASE),
        "works": re.compile(rf"\b(?:{_words_re(words['works'])})", re.IGNORECASE),
        # (a line may also stop after a programme's quoted name: `ze środków programu „X”` / `Fundacji Y`)
        "continues": re.compile(rf"(?:\b(?:{'|'.join(map(re.escape, words['line_continuations']))})|[,–\-”])[ \t]*$",
                                re.IGNORECASE),
        "agreement": re.compile(rf"\b(?:{_words_re(words['grant_agreement'])})[^.;\n]{{0,120}}?\b(?:dla|w\s+ramach)\s+"
                                rf"(?:{_words_re(words['programme_parts'])})", re.IGNORECASE),
    }
