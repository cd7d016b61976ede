"""The shapes the date grammar hands on: a date expression with its calendar parts, and the
time of day attached to it. Kept in a module of their own so the date, time and word
grammars can share them without importing one another."""
from __future__ import annotations

from dataclasses import dataclass, field

from nlp.dates_clock import TimeExpr

__all__ = ["Candidate", "DateExpr", "DatePart", "TimeExpr"]


@dataclass
class DatePart:
    """One calendar day (or day range) of an expression; the year may still be unknown.

    `month` 0 stands for "the month of writing" (`4 bm.`), filled from the reference date;
    with `nth` the day is that weekday of the month, found once the year is known.
    """
    day: int
    month: int
    year: int | None
    end_day: int | None = None
    end_month: int | None = None
    end_year: int | None = None
    nth: tuple[int, int] | None = None   # (n, weekday): "ostatnia niedziela września" is (-1, 6)
    month_end: bool = False              # "do końca sierpnia": the month's last day, `day` left at 1
    left_behind: bool = False            # "z 17 na 24 maja": the day changed from (a night's first day, a
    #                                      meeting's former day), no meeting's own


@dataclass
class DateExpr:
    """A run of text naming one or more dates: `19 i 26 lipca br.`, `od 5 do 7 maja`."""
    start: int
    end: int
    parts: list[DatePart]
    current_year: bool = False          # `br.`: the year of writing
    year_offset: int = 0                # with current_year: `ub.r.` -1, `przyszłego roku` +1
    weekday: int | None = None          # stated weekday (0 = Monday), checks a guessed year
    relative_days: int | None = None    # dziś/jutro/za tydzień: days after the reference date
    anaphoric: bool = False             # "tego samego dnia", "nazajutrz": counted from the last date named
    span_day: int | None = None         # "drugiego dnia imprezy": that day of the meeting named before (-1 its last)
    counted: bool = False               # "za dwa dni", "za tydzień": a span of time as much as a day
    day_part: bool = False              # "wieczorem": the evening of the day last named, no meeting's own
    week_offset: int | None = None      # "w przyszłym tygodniu w czwartek": weeks after the reference week
    # (no parts and no relative_days but a weekday: "w najbliższy czwartek")
    time: TimeExpr | None = None
    iso_time: tuple[int, int] | None = None  # time printed inside an ISO stamp
    strong: bool = True                 # False for readings that need context to be believed
    past: bool = False                  # "w ubiegły czwartek": the weekday before the reference
    coming: bool = False                # "w przyszły czwartek": the first such day after the reference,
    #                                     never one in the week of a date named before it
    bare: bool = False                  # a weekday with no modifier or time ("we wtorek aresztowano"):
    #                                     a meeting's day only on a page that prints its own date
    tense: str | None = None            # "past"/"future": the verb of a bare weekday's clause;
    #                                     "unsaid": its clause has no verb that says
    eventless: bool = False             # "od poniedziałku do piątku": never a meeting's day
    follows: bool = False               # "w środę i czwartek": the first such day after the weekday before it
    sessions: list[TimeExpr] = field(default_factory=list)  # further sessions the same day

    @property
    def is_range(self) -> bool:
        return any(p.end_day is not None for p in self.parts)


@dataclass(order=True)
class Candidate:
    """One reading of a piece of text; the lowest priority wins where readings overlap."""
    priority: int
    start: int
    end: int = field(compare=False)
    item: object = field(compare=False)
