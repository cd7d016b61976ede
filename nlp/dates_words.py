"""Days named by words instead of numbers: `dziś`, `jutro`, `dzisiejsze obchody`,
`w najbliższy czwartek`, `we wtorek aresztowano`, `czwartkowej sesji`.

Such a word only counts days from a reference (the publication date), and a weekday says
neither which week nor which way unless a modifier (`ubiegły`, `najbliższy`) or its week
(`w przyszłym tygodniu`) does: otherwise the verb of its clause does (`wybrała w środę` is
the Wednesday before, `w poniedziałek ogłoszone zostaną` the Monday after, `w sobotę o godz.
15 rozegrano mecz` the Saturday before), read with Morfeusz. Words that name no one day are
left out: a plural weekday (`w soboty`), a weekly timetable (`od poniedziałku do piątku w
godz. 8–16`), a name (`tygodnik Niedziela`), `jutro` as a noun (`lepsze jutro`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from nlp import morph
from nlp.dates_lexicon import (DAY_PART_WORD, DAY_WORD, GENERIC_TODAY_NOUNS, ITEM_JOINT, LEXICON, LIST_SEP, RANGE_SEP,
                               RELATIVE_ADJECTIVE_OF, RELATIVE_ADJECTIVE_WORD, RELATIVE_NOUN_OWNERS, RELATIVE_OF,
                               RELATIVE_WORD, WEEK_PHRASE, WEEK_PHRASE_OF, WEEKDAY_ADJECTIVE_OF,
                               WEEKDAY_EVERY_BEFORE, WEEKDAY_EXCLUDED_BEFORE, WEEKDAY_FOLDS, WEEKDAY_MODIFIER,
                               WEEKDAY_OF, WEEKDAY_PAST_MODIFIER, WEEKDAY_PLURAL, alternation)
from nlp.dates_sentences import left_of, right_sentence
from nlp.dates_tense import clause_tense
from nlp.dates_types import DateExpr, TimeExpr

_I = re.IGNORECASE
_POLISH_LETTERS_RE = re.compile("[ąćęłńóśźż]")
RELATIVE_RE = re.compile(rf"(?<!\w)(?P<word>{RELATIVE_WORD})(?!\w)", _I)
RELATIVE_ADJECTIVE_RE = re.compile(rf"(?<!\w)(?P<word>{RELATIVE_ADJECTIVE_WORD})", _I)
WEEKDAY_RE = re.compile(rf"(?<!\w)(?P<wd>{DAY_WORD})", _I)
_WEEKDAY_LEFT_RE = re.compile(
    rf"(?<!\w)(?P<prep>w|we)\s+(?:(?:(?P<past>{WEEKDAY_PAST_MODIFIER})|(?P<mod>{WEEKDAY_MODIFIER}))\s+)?$"
    rf"|(?<!\w)(?:(?P<past2>{WEEKDAY_PAST_MODIFIER})|(?P<mod2>{WEEKDAY_MODIFIER}))\s+$", _I)
_WEEKDAY_EXCLUDED_RE = re.compile(rf"(?<!\w)(?:{WEEKDAY_EXCLUDED_BEFORE})\s*$", _I)
# `cyklu "Teatralny czwartek"`, `film „Piątek trzynastego”`: the first words of a quoted title
_IN_TITLE_RE = re.compile(rf"(?<!\w)(?:{'|'.join(LEXICON['title_nouns'])})\s*[„\"«]\s*(?:[^\W\d]+\s+){{0,3}}$", _I)
# "w każdą trzecią niedzielę", "co drugi czwartek": every such day, one ordinal between; "5 niedzielę
# Wielkiego Postu" counts Sundays (a date never puts its day's number right before a weekday)
_WEEKDAY_ORDINAL_HABIT_RE = re.compile(
    rf"(?:(?<!\w)(?:{WEEKDAY_EVERY_BEFORE})\s+[^\W\d_]+|(?<![\d.,:/-])\d{{1,2}})\s*$", _I)
_ROMAN_BEFORE_RE = re.compile(r"(?<![\w.])(?!I[ \t])[IVXL]{1,6}[ \t]+$")   # (not `I piątek`: the first of the month)
# "w dni powszednie i niedzielne": the days of a kind, every week
_DAYS_OF_KIND_RE = re.compile(r"(?<!\w)dni(?:\s+\w+\s+(?:i|oraz|lub|a))?\s*$", _I)
# "zaplanowano na sobotę": a weekday a thing is set for
_SCHEDULED_FOR_RE = re.compile(r"(?<!\w)na\s+$", _I)
# "z soboty na niedzielę": a night from one day into the next
_NIGHT_FROM_RE = re.compile(r"(?<!\w)ze?\s+$", _I)
_NIGHT_INTO_RE = re.compile(r"\s+na\s+", _I)
_WEEKDAY_JOINT_RE = re.compile(ITEM_JOINT, _I)
# "od poniedziałku do piątku": days of a week in general, never one meeting's day
_WEEKDAY_SPAN_RE = re.compile(r"(?<!\w)(?:od|do)\s*$", _I)


def stems(forms, size: int) -> tuple[str, ...]:
    """Short lower-case prefixes of word forms, for a plain substring search that finds the
    few places where the (slower) regular expression is worth trying."""
    return tuple(sorted({f.lower()[:size] for f in forms}))


_RELATIVE_STEMS = stems(RELATIVE_OF, 8)
_RELATIVE_ADJECTIVE_STEMS = stems(RELATIVE_ADJECTIVE_OF, 6)
WEEKDAY_STEMS = stems(list(WEEKDAY_OF) + list(WEEKDAY_ADJECTIVE_OF), 4)


def find_words(text: str, lowered: str, stems_: tuple[str, ...], regex: re.Pattern[str]) -> list[re.Match]:
    """Matches of `regex` at the places where one of `stems_` occurs, in text order."""
    if len(lowered) != len(text):  # a letter whose lower case is longer: search the slow way
        return list(regex.finditer(text))
    starts: set[int] = set()
    for stem in stems_:
        i = lowered.find(stem)
        while i >= 0:
            starts.add(i)
            i = lowered.find(stem, i + 1)
    out = []
    for i in sorted(starts):
        m = regex.match(text, i)
        if m:
            out.append(m)
    return out


def relative_days(text: str, lowered: str) -> list[tuple[int, int, int]]:
    """(start, end, days after the reference) of `dziś`, `jutro`, `za tydzień`, `dzisiejszy`."""
    out = []
    for m in find_words(text, lowered, _RELATIVE_STEMS, RELATIVE_RE):
        days = RELATIVE_OF.get(re.sub(r"\s+", " ", m.group("word").lower()))
        if days is not None and not _after_agreeing_adjective(text, m.start()):
            out.append((m.start(), m.end(), days))
    for m in find_words(text, lowered, _RELATIVE_ADJECTIVE_STEMS, RELATIVE_ADJECTIVE_RE):
        days = RELATIVE_ADJECTIVE_OF.get(m.group("word").lower())
        if days is None or days == 0 and _of_our_time(text, m.group("word"), m.end()):
            continue
        if _capitalised(m.group("word")) and not _sentence_start(text, m.start()):
            continue   # "… Grządki i Rabatki Ówczesne i Dzisiejsze": a capital inside a sentence is a title
        out.append((m.start(), m.end(), days))
    return out


def _next_word_readings(word: str) -> tuple:
    """The readings of the word after an adjective, a capitalised one also as the name it is
    (`dzisiejszej Polski`: Polska, not `polski`)."""
    return morph.analyse(word.lower()) + (morph.analyse(word) if word[:1].isupper() else ())


def _of_our_time(text: str, adjective: str, end: int) -> bool:
    """`w dzisiejszych czasach`, `dzisiejsza młodzież`, `dzisiejsi politycy`: "today's" before
    a noun of the age (or of people in the plural) means "of our time", no day."""
    m = _NEXT_WORD_RE.match(text, end)
    if not m:
        return False
    adj = [f for f in (_features(r.tag) for r in morph.analyse(adjective.lower()) if r.pos == "adj") if f]
    for reading in _next_word_readings(m.group(1)):
        noun = _features(reading.tag) if reading.pos == "subst" else None
        if noun is None or not any(a[0] & noun[0] and a[1] & noun[1] and a[2] & noun[2] for a in adj):
            continue
        if reading.lemma in GENERIC_TODAY_NOUNS or noun[0] == {"pl"} and noun[2] == {"m1"}:
            return True
    return False


_PREVIOUS_WORD_RE = re.compile(r"(?<!\w)(\w+)[ \t\xa0]+$")


def _after_agreeing_adjective(text: str, pos: int) -> bool:
    """`lepsze jutro`, `nasze dziś`: a possessive or a comparative right before the word, in
    the neuter singular, makes it a noun (the future, the present), no day. A plain adjective
    may be a predicate (`biuro czynne jutro`) and does not count."""
    m = _PREVIOUS_WORD_RE.search(left_of(text, pos, 24))
    if not m:
        return False
    for reading in morph.analyse(m.group(1).lower()):
        parts = reading.tag.split(":")
        if parts[0] == "adj" and len(parts) > 4 and "sg" in parts[1].split(".") \
                and {"nom", "acc"} & set(parts[2].split(".")) and "n" in parts[3].split(".") \
                and (parts[4] in ("com", "sup") or reading.lemma in RELATIVE_NOUN_OWNERS):
            return True
    return False


# what may stand between a weekday and its time: "w sobotę, godz. 10", "w sobotę wieczorem o 20"
_TIME_GAP_RE = re.compile(rf"[ ,]*(?:(?s:.){{0,3}}|(?:{DAY_PART_WORD}))[ ,]*", _I)
_NEXT_WORD_RE = re.compile(r"[ \t\xa0]+(\w+)")


def _features(tag: str) -> tuple[set[str], set[str], set[str]] | None:
    """Number, case and gender sets of an adjective or noun tag (`adj:pl:nom.acc:m2.m3.f.n:pos`)."""
    parts = tag.split(":")
    if len(parts) < 4:
        return None
    return set(parts[1].split(".")), set(parts[2].split(".")), set(parts[3].split("."))


def _before_plural_noun(text: str, adjective: str, end: int) -> bool:
    """Does the adjective agree with the noun after it only in the plural (`sobotnie treningi`),
    the noun not being one with no singular (`sobotnie obrady` is one day's)?"""
    m = _NEXT_WORD_RE.match(text, end)
    if not m:
        return False
    adj = [f for f in (_features(r.tag) for r in morph.analyse(adjective) if r.pos == "adj") if f]
    numbers: set[str] = set()
    for reading in _next_word_readings(m.group(1)):
        noun = _features(reading.tag) if reading.pos == "subst" else None
        if noun is None:
            continue
        for a in adj:
            if a[0] & noun[0] and a[1] & noun[1] and a[2] & noun[2]:
                numbers |= {"sg"} if reading.tag.endswith(":pt") else a[0] & noun[0]
    return numbers == {"pl"}


_HABIT_LIST_RE = re.compile(LIST_SEP, _I)
_DATES_OWN_WEEKDAY_RE = re.compile(r"[ \t]*[,–—-]?[ \t]*")
# "w piątki i soboty": a plural the weekday finder does not read (`piątki`) opening the list
_PLURAL_LISTED_RE = re.compile(rf"(?<!\w)(?:{alternation(sorted(WEEKDAY_PLURAL))}){LIST_SEP}$", _I)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[„\"(]\s*|\s[-–—•]\s+)$")
_SINCE_RE = re.compile(r"(?<!\w)od\s*$", _I)
_EVERY_MONTH_RE = re.compile(r"\s+(?:" + alternation(LEXICON["every_month_after_weekday"]) + r")(?!\w)", _I)
_MONTH_RE = re.compile(r"\s+(?:" + alternation(LEXICON["month_after_weekday"]) + r")(?!\w)", _I)
# "Czwarta niedziela Wielkiego Postu", "5 niedziela zwykła": a Sunday counted in the church year
_SEASON_AFTER_RE = re.compile(r"\s+(?:" + alternation(LEXICON["liturgical_seasons"]) + r")(?!\w)", _I)
_COUNT_BEFORE_RE = re.compile(r"(?<!\w)(?:" + alternation(LEXICON["sunday_ordinals"]) + r"|\d{1,2}\.?)\s+$", _I)


def _capitalised(word: str) -> bool:
    """`Niedziela`, not `niedziela` nor `NIEDZIELA` (capitals throughout are emphasis)."""
    return word[0].isupper() and not word.isupper()


def _sentence_start(text: str, pos: int) -> bool:
    return bool(_SENTENCE_START_RE.search(left_of(text, pos, 4)))


def weekdays(text: str, lowered: str, taken: list[tuple[int, int]], times: list[TimeExpr]) -> list[DateExpr]:
    """`w najbliższy czwartek`, `w środę o godz. 17`, `we wtorek aresztowano`: a weekday
    standing for a date.

    A modifier (`najbliższy`, `ubiegły`), its week or a time right after it makes it a strong
    reading; otherwise it is `bare`. Unless a modifier or its week says which way, its
    direction comes from the tense of its clause. A weekday in general (`w każdy czwartek`,
    `co środę`, `w soboty`) names no date.
    """
    out: list[DateExpr] = []
    time_starts = [t.start for t in times]
    folded = not _POLISH_LETTERS_RE.search(lowered)   # "w niedziele" may be "w niedzielę" typed without them
    habit_end = -1
    taken_ends = sorted(e for _, e in taken)
    for m in find_words(text, lowered, WEEKDAY_STEMS, WEEKDAY_RE):
        if any(s <= m.start() < e for s, e in taken):
            continue
        k = bisect.bisect_right(taken_ends, m.start())
        if k and _DATES_OWN_WEEKDAY_RE.fullmatch(text, taken_ends[k - 1], m.start()):
            continue   # `11 grudnia sobota`, `12.05.2024, niedziela`: the date's own weekday
        word = m.group("wd").lower()
        if _capitalised(m.group("wd")) and not _sentence_start(text, m.start()) \
                or _IN_TITLE_RE.search(left_of(text, m.start(), 60)):
            continue   # "Gość Niedzielny", "tygodnik Niedziela", "cyklu „Teatralny czwartek”": names
        wd = WEEKDAY_OF.get(word)
        adjective = wd is None
        if adjective:
            wd = WEEKDAY_ADJECTIVE_OF.get(word)
            if wd is None or _before_plural_noun(text, word, m.end()) \
                    and clause_tense(text, m.start(), m.end()) not in ("past", "future"):
                continue   # "sobotnie treningi cieszą się …": every such day ("piątkowe spotkania
                #            odbyły się …" were one Friday's, "będą niedzielne koncerty" the coming one's)
        left = left_of(text, m.start(), 30)
        cue = _WEEKDAY_LEFT_RE.search(left)
        if word in WEEKDAY_PLURAL and (
                cue and cue.group("prep") and (word not in WEEKDAY_FOLDS or not folded)
                or habit_end >= 0 and _HABIT_LIST_RE.fullmatch(text, habit_end, m.start())
                or _PLURAL_LISTED_RE.search(left)):
            habit_end = m.end()
            continue   # "w soboty i niedziele", "we wtorki": every such day, a habit
        if _EVERY_MONTH_RE.match(text, m.end()) \
                or _MONTH_RE.match(text, m.end()) and clause_tense(text, m.start(), m.end()) == "present":
            continue   # "spotykamy się w ostatni piątek miesiąca": that day of every month (but "z racji
            #            I niedzieli miesiąca" in a parish's notices of the week is the coming one)
        start = m.start() - (len(left) - cue.start()) if cue else m.start()
        before = left_of(text, start, 20)
        if _SEASON_AFTER_RE.match(text, m.end()) and _COUNT_BEFORE_RE.search(left_of(text, m.start(), 20)):
            continue   # (`IV niedziela Wielkiego Postu` the Roman numerals below catch)
        if _WEEKDAY_EXCLUDED_RE.search(before) and not _WEEKDAY_SPAN_RE.search(before) \
                or _WEEKDAY_ORDINAL_HABIT_RE.search(before) or adjective and _DAYS_OF_KIND_RE.search(before) \
                or _ROMAN_BEFORE_RE.search(before) and not _MONTH_RE.match(text, m.end()):
            continue   # (`XXVIII niedziela zwykła`, `V NIEDZIELA WIELKIEGO POSTU`: counted Sundays)
        i = bisect.bisect_left(time_starts, m.end())
        timed = i < len(times) and bool(_TIME_GAP_RE.fullmatch(text, m.end(), times[i].start))
        past = bool(cue and (cue.group("past") or cue.group("past2")))
        week = _week_of(text, start, m.end())
        # "w poniedziałek i wtorek": the second shares the first's preposition and modifier
        joined = out[-1] if not cue and out and _WEEKDAY_JOINT_RE.fullmatch(text, out[-1].end, m.start()) else None
        if joined:
            past, week = joined.past, week if week is not None else joined.week_offset
        modified = past or week is not None or bool(cue and (cue.group("mod") or cue.group("mod2")))
        strong = not adjective and (modified or bool((cue and cue.group("prep") or joined) and timed))
        if not strong and word.endswith("."):
            continue   # "pt." is also "pod tytułem"; "pon. 7:30–15:30" heads office hours
        expr = DateExpr(start, m.end(), [], weekday=wd, strong=False, past=past, bare=not strong,
                        week_offset=week, coming=bool(cue and (cue.group("mod") or cue.group("mod2"))))
        if out and _night_into(text, out[-1], expr):
            # "w nocy z soboty na niedzielę": the day after the one the night began on
            out.append(replace(expr, anaphoric=True, relative_days=1, bare=out[-1].bare,
                               eventless=out[-1].eventless))
            continue
        # only "w czwartek" may be a meeting's day; "od poniedziałku do piątku" never is
        if joined:
            # (`w czwartek i piątek odbędzie się konwent`: two days running, with no hours, are one
            # meeting, dated by the first)
            expr.eventless = joined.eventless or not timed and wd == (joined.weekday + 1) % 7
        else:
            expr.eventless = bool(_WEEKDAY_SPAN_RE.search(before)) or (not strong and not adjective and not cue)
        if not modified and _SCHEDULED_FOR_RE.search(left):
            expr.tense = "future"   # "spotkanie zaplanowano na sobotę", "przełożono na czwartek": the coming one
        elif not modified:
            # "w sobotę o godz. 15 rozegrano mecz" looks back as much as a bare weekday does
            expr.tense = clause_tense(text, start, m.end())
            if expr.tense == "present":
                # "od poniedziałku trwają ferie": a state since the last such day; otherwise
                # the present speaks of the coming one ("w piątek jest spotkanie")
                expr.tense = "past" if _SINCE_RE.search(before) else "future"
            elif expr.tense is None:
                # "ofiarami sobotniej katastrofy", "wyniki niedzielnych wyborów": a day's adjective
                # with no verb to say reports a day gone by ("Początek sobotniego spotkania o godz. 9.00",
                # with its hour, announces one)
                expr.tense = "past" if adjective and not _hour_in_sentence(text, m.end(), times) else "unsaid"
        expr.follows = joined is not None
        out.append(expr)
    return _without_weekly_hours(text, out, times)


def _hour_in_sentence(text: str, pos: int, times: list[TimeExpr]) -> bool:
    """Does a clock time follow `pos` in its sentence (`sobotniego spotkania o godz. 9.00`)?"""
    end = pos + len(right_sentence(text, pos))
    return any(pos <= t.start < end for t in times)


def _night_into(text: str, first: DateExpr, second: DateExpr) -> bool:
    """`z soboty na niedzielę`: the second weekday is the day after the first."""
    return first.weekday is not None and second.weekday == (first.weekday + 1) % 7 \
        and bool(_NIGHT_INTO_RE.fullmatch(text, first.end, second.start)) \
        and bool(_NIGHT_FROM_RE.search(left_of(text, first.start, 4)))


_WEEK_WORD_RE = re.compile(r"tygod|tydzie", re.IGNORECASE)   # a week named near: worth the phrase search
_WEEK_BEFORE_RE = re.compile(rf"(?<!\w)(?P<week>{WEEK_PHRASE})[ \t\xa0]*,?[ \t\xa0]*$", _I)
_WEEK_AFTER_RE = re.compile(rf"[ \t\xa0]*,?[ \t\xa0]*(?P<week>{WEEK_PHRASE})(?!\w)", _I)


def _week_of(text: str, start: int, end: int) -> int | None:
    """Weeks from the reference week of a weekday said with its week: `w przyszłym tygodniu
    w czwartek`, `we wtorek w ubiegłym tygodniu`, `w środę tego tygodnia`."""
    if not _WEEK_WORD_RE.search(text, max(0, start - 40), end + 40):
        return None   # every week phrase names "tydzień" in the genitive or locative
    m = _WEEK_BEFORE_RE.search(left_of(text, start, 40)) or _WEEK_AFTER_RE.match(text, end)
    return WEEK_PHRASE_OF.get(re.sub(r"\s+", " ", m.group("week").lower())) if m else None


# "od poniedziałku do piątku w godz. 8–16": the days of every week an office keeps its hours
_WEEKDAY_TO_RE = re.compile(RANGE_SEP, _I)
_RANGE_FROM_WEEKDAY_RE = re.compile(rf"(?<!\w)(?:{DAY_WORD})\s*(?:{RANGE_SEP})\s*$", _I)
# `poniedziałek 8.00-16.00, wtorek-`: one item's hours, then the next item of the timetable
_TIMETABLE_ITEM_GAP_RE = re.compile(rf"\s*\d{{1,2}}[.:]\d{{2}}\s*[-–]\s*\d{{1,2}}[.:]\d{{2}}\s*[,;]\s*"
                                    rf"(?:(?:{DAY_WORD})\s*(?:{RANGE_SEP})\s*)?", _I)
_HOURS_REACH = 24


def _without_weekly_hours(text: str, found: list[DateExpr], times: list[TimeExpr]) -> list[DateExpr]:
    """A range of weekdays followed by hours is a weekly timetable, no date, and so is a weekday
    with its hours listed before such a range (`poniedziałek 8.00-16.00, wtorek-piątek 7.00-15.00`)."""
    time_starts = [t.start for t in times]

    def timed(e: DateExpr) -> bool:
        i = bisect.bisect_left(time_starts, e.end)
        return i < len(times) and time_starts[i] - e.end <= _HOURS_REACH

    drop: set[int] = set()
    for k, last in enumerate(found):
        if last.weekday is None or not timed(last):
            continue
        first = found[k - 1] if k else None
        if first is not None and first.weekday is not None and _WEEKDAY_TO_RE.fullmatch(text, first.end, last.start):
            drop.update((k - 1, k))
        elif _RANGE_FROM_WEEKDAY_RE.search(text, max(0, last.start - 20), last.start):
            drop.add(k)   # (`wtorek-piątek`, its first day read with no date)
    for k in sorted(drop):
        if k and k - 1 not in drop and found[k - 1].weekday is not None \
                and _TIMETABLE_ITEM_GAP_RE.fullmatch(text, found[k - 1].end, found[k].start):
            drop.add(k - 1)
    return [e for k, e in enumerate(found) if k not in drop]
