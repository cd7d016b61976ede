"""Polish announcement extraction: dates, venues, organisers, funding, contacts, region."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

EXTRACTOR_VERSION = "2027.01.06"

__all__ = ["Extractor", "EXTRACTOR_VERSION"]

if TYPE_CHECKING:
    from nlp.pipeline import Extractor


def __getattr__(name: str) -> Any:
    # spaCy loads only when the extractor is used, so `import nlp.morph` stays light
    if name == "Extractor":
        from nlp.pipeline import Extractor

        return Extractor
    raise AttributeError(name)
