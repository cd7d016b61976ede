"""Names that name no place, though a place noun or a town's word stands in them: a phrase
(`rynku pracy`, `centrum miasta`), a country or region (`w Wielkopolsce`), who acts (`Burmistrz
Miasta X`), a word of a form or of the law (`Miejsce:`, `w art. 3`) or a day (`w Poniedziałek
Wielkiego Tygodnia`). The words live in `lexicons/venue_cues.json`."""
from __future__ import annotations

import functools
import re

from nlp.morph import analyse, fold, name_classes
from nlp.org_words import is_office_title
from nlp.venue_words import cue_set, folded_lemmas
from nlp.vocabulary import lexicon

__all__ = ["not_a_place"]

_WORD_RE = re.compile(r"\w+")


@functools.lru_cache(maxsize=50_000)   # (asked of every candidate and every venue's town: names repeat)
def not_a_place(name: str) -> bool:
    """`rynku pracy`, `centrum miasta`, `Wielkopolsce`: a place noun in a phrase that names
    no place, or a country or region."""
    words = _WORD_RE.findall(name)
    forms = [folded_lemmas(word) | {fold(word)} for word in words]
    if len(words) == 1 and forms[0] & (cue_set("not_places") | cue_set("regions")):
        return True   # (`Miejsce:`, `w Polsce`, `w art. 3`)
    if words and forms[0] & cue_set("weekdays") \
            and not (len(words) > 1 and "człon_nazwy_geograficznej" in name_classes(words[0])):
        return True   # `w Poniedziałek Wielkiego Tygodnia`: a day, named like a place (not `Środzie Śląskiej`)
    if len(words) > 1 and forms[0] & cue_set("regions") and not any(r.pos == "adj" for r in analyse(words[0].lower())):
        return True   # `w Wielkopolsce Rady Kobiet`: the region, then what is first in it (not `Polska Akademia`)
    for wanted in _not_venue_phrases():
        if len(words) >= len(wanted) and all(w in form for w, form in zip(wanted, forms)):
            return True
    if words and (is_office_title(words[0]) or forms[0] & cue_set("governing_bodies")):
        return True   # `Burmistrz Miasta X`, `Zarząd Stowarzyszenia Y`: who acts, not where
    # `rynku ziemniaka`, `rynku rolnym`: a market, not a town's square (`rynku miejskim`)
    return len(words) >= 2 and words[0].islower() and words[1].islower() and bool(forms[0] & cue_set("markets")) \
        and not forms[1] & cue_set("square_words")


@functools.cache
def _not_venue_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(phrase).split()) for phrase in lexicon("venue_cues.json")["not_venues"])
