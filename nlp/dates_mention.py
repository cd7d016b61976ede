"""A date found in a text: what `find_dates` returns and the rest of the pipeline reads
(`nlp.classify.status`, the `civic_dates` component)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DateMention"]


@dataclass(frozen=True)
class DateMention:
    start: str            # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (Europe/Warsaw local)
    end: str | None       # same format, or None for a single day with no end time (a range's last day)
    kind: str             # "event" | "deadline" | "publication" | "other"
    text: str             # the exact substring of the input the date was read from
    span: tuple[int, int]  # [start, end) offsets into the input; text == input[span[0]:span[1]]

    @property
    def day(self) -> str:
        return self.start[:10]

    @property
    def last_day(self) -> str:
        """The last day the mention covers: a deadline given as a range (`zapisy w dniach
        22-24 września`) falls on it."""
        return (self.end or self.start)[:10]

    @property
    def has_time(self) -> bool:
        return "T" in self.start
