"""Logo captions: a fund's name with its motto states that the fund pays.

Pages funded by the EAFRD print the fund's caption, often on its own under the text and broken
over lines by the logo (`„Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich:` /
`Europa inwestująca w obszary wiejskie”`). With no funding phrase beside it, the caption is the
page's only funding statement. The mottos live in `lexicons/funding_cues.json`.
"""
from __future__ import annotations

import functools
import re

from nlp.funding_lexicon import lexicon, tokenize
from nlp.funding_merge import Funding
from nlp.funding_names import find_funders

_REACH = 160   # the fund's name before its motto, quotes and line breaks included
# between the fund's name and its motto: a colon, quotes, spaces, line breaks
_JOINT_RE = re.compile(r"[\s„\"”:.–-]*")


@functools.cache
def _slogan_re() -> re.Pattern[str]:
    slogans = lexicon("funding_cues.json")["slogans"]
    return re.compile("|".join(r"\s+".join(map(re.escape, s.split())) for s in slogans), re.IGNORECASE)


def slogan_statements(text: str) -> list[Funding]:
    """The funds named right before their mottos."""
    found: list[Funding] = []
    for m in _slogan_re().finditer(text):
        lo = max(0, m.start() - _REACH)
        funders = find_funders(text, tokenize(text, lo, m.start()))
        last = funders[-1] if funders else None
        if last is not None and _JOINT_RE.fullmatch(text, last.end, m.start()):
            found.append(Funding(last.name, None, (last.start, m.end()), text[last.start:m.end()]))
    return found
