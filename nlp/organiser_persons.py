"""A person named as an organiser, with the office or the body written right after the name.

`na zaproszenie p. Jana Lisa Marszałka Województwa X`, `współorganizator spotkania Jan Lis z
Borkowskiego Kuratorium Oświaty`: the person's span runs on over the office they hold or the
body they come from, so the organiser reads as the guide writes it.
"""
from __future__ import annotations

from collections.abc import Sequence

from nlp.clauses import clause_end
from nlp.org_names import Token, find_names, is_office_title

__all__ = ["with_body"]


def with_body(text: str, tokens: Sequence[Token], person_end: int) -> int:
    """The end of a person's name, or of the body they come from or the office they hold right after
    it (`współorganizator spotkania Jan Lis z Borkowskiego Kuratorium Oświaty`)."""
    end = tokens[person_end - 1].end
    if person_end < len(tokens) and tokens[person_end].is_cap and is_office_title(tokens[person_end].text) \
            and "\n" not in text[end:tokens[person_end].start]:
        office = find_names(text, tokens[person_end].start, clause_end(text, end, 200))
        if office and office[0][0] == tokens[person_end].start:
            return office[0][1]   # `Jan Lis Prezes Stowarzyszenia Sołtysów`: the office they hold, unpunctuated
    if person_end + 1 < len(tokens) and tokens[person_end].low in ("z", "ze") and tokens[person_end + 1].is_cap:
        names = find_names(text, tokens[person_end + 1].start, clause_end(text, end, 200))
        if names and names[0][0] == tokens[person_end + 1].start:
            return names[0][1]
    return end
