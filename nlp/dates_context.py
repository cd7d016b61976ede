"""What a date in an announcement is for: the meeting itself, a deadline, the page's own
publication date, or something else (the date of a law, a project period, a birthday).

Polish marks this in the words right before the date (`do dnia`, `ustawy z dnia`, `Dodano:`)
and in the verb of its sentence (`zgłoszenia … do`, `konsultacje trwają od … do`), so each
rule looks either at the tail of the left context or at the date's sentence.
"""
from __future__ import annotations

import re

from nlp.dates_live_clock import name_days_below
from nlp.dates_sentences import left_sentence, right_sentence
from nlp.dates_lexicon import (CUES, LEXICON, MEETING_PREFIXES, MEETING_WHOLE_WORDS, OFFICE_HOURS_WORDS, cue_anywhere,
                               cue_before)
from nlp.vocabulary import is_event_noun

EVENT, DEADLINE, PUBLICATION, OTHER = "event", "deadline", "publication", "other"
# A date whose sentence says nothing of what it is for: `other` unless the page around it says
# more (a coordinated meeting day, the page's only day). Never returned by `find_dates`.
UNDETERMINED = "undetermined"

_I = re.IGNORECASE
_PUBLICATION_BEFORE = cue_before("publication_before")
_MODIFICATION_BEFORE = cue_before("modification_before")
_DOCUMENT_DATE_BEFORE = cue_before("document_dates_before")
_STATUTE_DATE_BEFORE = cue_before("statute_dates_before")
_DEADLINE_BEFORE = cue_before("deadline_before")
_DEADLINE_TERMIN = cue_before("deadline_termin")
# "19.10.2023 r. upływa termin składania wniosków": the cue after the date
_DEADLINE_AFTER = re.compile("|".join(f"(?:{c})" for c in CUES["deadline_after"]), _I)
_NEXT_SENTENCE_RE = re.compile(r"\.\s+[A-ZĄĆĘŁŃÓŚŹŻ]")
_OBSERVANCE_AFTER = re.compile("|".join(f"(?:{c})" for c in CUES["observance_after"]), _I)
# "W dniach 12-13 lutego odbył się zjazd uczestników projektu": the range is when it was held
# (a few days; over a longer range "odbędzie się 17 spotkań" lists the meetings it spans)
_HELD_AFTER_RANGE = re.compile("|".join(f"(?:{c})" for c in CUES["held_after_range"]), _I)
_SHORT_RANGE_DAYS = 4
# `… odbyło się w dniach 12–13 lutego`: the verb of holding right before the range
_HELD_BEFORE_RANGE = re.compile(CUES["held_before_range"], _I)
# (over any range, one thing held: not `odbędzie się łącznie 17 spotkań`, which it spans)
_HELD_ONCE_AFTER_RANGE = re.compile("|".join(f"(?:{c})" for c in CUES["held_once_after_range"]), _I)
_PROJECT_WORDS = cue_anywhere("project_words")
_OTHER_BEFORE = cue_before("other_before")
# most dates follow none of the cues above: one search of their union rules them all out
_ANY_CUE_BEFORE = cue_before("publication_before", "modification_before", "document_dates_before",
                             "deadline_before", "other_before")
_DEADLINE_DO = re.compile(CUES["deadline_before_do"], _I)
_OTHER_Z_DNIA = re.compile(CUES["other_z_dnia"], _I)
_MEETING_Z_DNIA = re.compile(CUES["meeting_before_z_dnia"], _I)
# "… aby protokół z I sesji odbytej w dniu 19 listopada przyjąć": the minutes of an earlier sitting
_MINUTES_BEFORE = re.compile(CUES["minutes_before"], _I)
_DOCUMENT_WORDS = cue_anywhere("document_words")
# "W dniu 5 lipca Stowarzyszenie podpisało umowę": an act signed, no meeting under the page's title
_SIGNED_ACTS = cue_anywhere("signed_acts")
_DEADLINE_WORDS = cue_anywhere("deadline_sentence")
_PERIOD_WORDS = cue_anywhere("period_sentence")
_PERIOD_SUBJECT_DO = cue_anywhere("period_subject_do")
_RESULT_SUBJECT_DO = cue_anywhere("result_subject_do")
# "zebrania … potrwają do 20 marca": the last day of what runs, no deadline unless submissions run
_DURATION_DO = cue_anywhere("duration_do")
_LIST_LEAD_WORDS = cue_anywhere("list_lead_words")
_REGISTRATION_WORDS = cue_anywhere("registration_words")
# "zapraszamy na Mszę Św. w poniedziałek o godz. 18.00", "przerwa w dostawie wody 21 maja od godz. 8:00":
# a liturgy, an outage, a broadcast at that hour, and no meeting named beside it
_NOT_MEETING_ACTIVITY = cue_anywhere("not_meeting_activities")
_RESOLUTION_ADOPTED = cue_anywhere("resolutions_adopted")
_HELD_HERE = cue_anywhere("held_here")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_SUBMISSION_PERIOD = cue_anywhere("submission_periods")
_NAMED_PERIOD_RE = re.compile(r"(?<!\w)(?:w\s+)?okresie\s*$", re.IGNORECASE)
_OPENING_VERBS = cue_anywhere("opening_verbs")
_ACCESS_WORDS = cue_anywhere("access_period_words")
_HELD_LATER_RE = re.compile(CUES["held_later_in_sentence"], _I)
_ACCESS_AFTER = re.compile(r"[^,;.\n]{0,25}?" + _ACCESS_WORDS.pattern, _I)   # `do 17.10 będzie wyłożony`
_OFFICE_HOURS = re.compile(rf"(?<!\w)(?:{OFFICE_HOURS_WORDS})", _I)
# a limit ("do dnia", "nie później niż"), unlike "termin upływa", says nothing of what ends
_LIMIT_CUE = re.compile(r"(?<!\w)(?:do|niż)\s*(?:dnia\s+|dn\.\s*)?$", _I)
_WORD_EDGE = "\"'„”«»()[]{}.,;:!?–—-•·*/"


def _held_later(right: str) -> bool:
    """The date's own sentence goes on to hold a meeting (`… 4 marca o godz. 12.00 w sali X odbędzie się
    dyskusja publiczna`), with no other date or clause between."""
    held = _HELD_LATER_RE.match(right)
    return held is not None and mentions_meeting(right[held.end():])


def mentions_meeting(text: str) -> bool:
    """Does a word of the text start like a meeting word (`spotkanie`, `odbędzie się`)?

    White-space tokens are compared by their first four letters (a set lookup), then with
    str.startswith: no regex scan.
    """
    lowered = text.lower()
    for token in lowered.split():
        token = token.lstrip(_WORD_EDGE)
        if (token[:4] in _MEETING_HEADS or _SHORT and token.startswith(_SHORT)) and (
                token.startswith(MEETING_PREFIXES) or token.rstrip(_WORD_EDGE) in MEETING_WHOLE_WORDS):
            return True
    # entries of two words ("dzień otwarty")
    return any(p in lowered for p in _MEETING_PHRASES)


_MEETING_HEADS = frozenset({p[:4] for p in MEETING_PREFIXES} | {w[:4] for w in MEETING_WHOLE_WORDS})
_MEETING_PHRASES = tuple(p for p in MEETING_PREFIXES if " " in p)
_SHORT = tuple(p for p in MEETING_PREFIXES if len(p) < 4)   # shorter than the lookup key


_TAIL = 64
_LONG_TAIL = 140
_LONG_SENTENCE = 400
_LONG_RANGE_DAYS = 7


_ALONE_RE = re.compile(r"[ \t\r\xa0]*(?:r\.|roku)?[ \t\r\xa0]*$")
_HEADING_REACH = 160


# what may stand before a date alone on its line: a bullet, `w dniu`, `dnia`, `z dnia`
_TOWN_LEAD_RE = re.compile(r"[ \t]*[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+(?:[ \t-]+[A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+)?,?[ \t]+")
_DAY_LEAD_RE = re.compile(r"[ \t\r\xa0•*\-–]*(?:(?:(?:w|z)[ \t\xa0]+)?(?:dniu|dnia)|dn\.)?[ \t\xa0]*", re.IGNORECASE)


def _heading_above(text: str, start: int, end: int, *, town_led: bool = False) -> str:
    """For a date that stands alone on its line ("Zapraszamy na Targi Książki!\n24-26.03.2017",
    "POSIEDZENIE\nRady Parafialnej\nw dniu 26.06.2024 r."), or, `town_led`, after its town
    ("KRAKÓW 3-4 GRUDNIA 2018": a poster's days, which no letter head spans), the lines just
    above it, which say what the date is of; else nothing."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lead = _DAY_LEAD_RE.fullmatch(text, line_start, start) \
        or town_led and _TOWN_LEAD_RE.fullmatch(text, line_start, start)
    if not lead or not _ALONE_RE.fullmatch(text, end, line_end):
        return ""
    return " " + text[max(0, line_start - _HEADING_REACH):line_start]


_PARAGRAPH_OPENING = 40
_PROSE_OPENING_RE = re.compile(r"(?:[^\W\d]+,?[ \t\xa0]+){0,4}")
_PROSE_GOES_ON_RE = re.compile(r"[^\n]*?(?:[^\W\d]{2,}[ \t\xa0,]+){4}")
_TITLE_LENGTH = 150
_DATE_LINE_RE = re.compile(r"[\d.\-/:, \t]{6,24}")   # a posting stamp alone between a title and its text


def _title_of_paragraph(text: str, start: int, end: int, right: str) -> str:
    """For a date opening a paragraph of prose under a title ("Uczniowie z wizytą w Ośrodku\n\nW
    piątek, 27 stycznia grupa uczniów …"), the title, which says what the date is of; else
    nothing (not for a stamp alone on its line, nor for an item of a list, nor when the
    sentence's `right` part tells of an act signed)."""
    opening = text.rfind("\n\n", max(0, start - _PARAGRAPH_OPENING), start)
    if opening < 0 or not _PROSE_OPENING_RE.fullmatch(text, opening + 2, start) \
            or not _PROSE_GOES_ON_RE.match(text, end) or _SIGNED_ACTS.search(right):
        return ""
    title_start = text.rfind("\n", 0, opening) + 1
    title = text[title_start:opening].strip()
    if _DATE_LINE_RE.fullmatch(title):   # (`„DZIEŃ OTWARTYCH DRZWI”` / `2019-03-26` / the paragraph)
        above = text[:title_start].rstrip()
        title = above[above.rfind("\n") + 1:].strip()
    return title if 0 < len(title) <= _TITLE_LENGTH and not title.endswith((".", ":")) else ""


_BULLETS = " \t\xa0•*·▪►-–"
_ITEM_MARK_RE = re.compile(r"[ \t\xa0]*(?:[•*·▪►\-–]|\d{1,2}[.)]|[IVX]{1,4}\.)?[ \t\xa0]*")   # "• ", "2. ", "II. "
_ROMAN_ITEM_RE = re.compile(r"[IVX]{1,4}\.\s")
# an item's label before its date: `- Dzieci – 5 marca`, `• Nysa (21.02.2020 r.)`, `• Brzeg, 26.02.2020 r.`
_LABELLED_ITEM_RE = re.compile(r"[ \t\xa0]*[•*·▪►\-–][ \t\xa0]*[^\W\d][^\n\d–:(,]{0,60}?"
                               r"(?:[ \t\xa0]+[–—-]|[ \t\xa0]*[(,])[ \t\xa0]*")
_HELD_LEAD_RE = re.compile(r"(?<!\w)(?:odbęd\w*|odbywa\w*)\s+się\b[^.!?]*\bw\s+(?:\w+\s+)?terminach\b", re.IGNORECASE)
_LIST_REACH_LINES = 8
_RUN_ON_MARKS = ",;"
_LIST_REACH = 800


_TABLE_HEADER_RE = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w.]*[ \t|]*){2,5}")


def _list_lead(text: str, start: int) -> str:
    """For a date opening an item of a list ("Odbyły się spotkania:\n• 30 maja 2022 r. z
    mieszkańcami …"), the line that introduces the list, which says what its dates are of;
    else nothing."""
    line_start = text.rfind("\n", 0, start) + 1
    if not (_ITEM_MARK_RE.fullmatch(text, line_start, start) or _LABELLED_ITEM_RE.fullmatch(text, line_start, start)):
        return ""   # (`- Dzieci i młodzież – 5 marca (środa)`: an item's label before its date)
    pos = line_start - 1
    floor = max(0, start - _LIST_REACH)
    for _ in range(_LIST_REACH_LINES):
        if pos <= floor:
            return ""
        newline = text.rfind("\n", floor, pos)
        if newline < 0 and floor > 0:
            return ""   # the lead lies beyond reach
        prev_start = newline + 1
        line = text[prev_start:pos].strip()
        if line[:1] and line[0] in _RUN_ON_MARKS and prev_start > 0:   # (`na szkolenia` / `, dla Was:`)
            prev_start = text.rfind("\n", 0, prev_start - 1) + 1
            line = text[prev_start:pos].strip()
        pos = prev_start - 1
        if not line or line[0] in _BULLETS or line[0].isdigit() or _ROMAN_ITEM_RE.match(line) \
                or _TABLE_HEADER_RE.fullmatch(line):
            continue   # a blank line, another item, or a table's column names (`Data Miejsce Osiedla`)
        # a lead ends in a colon, or is a heading (no sentence stop), or says the meetings
        # are held on the days below (`Spotkania odbędą się w pięciu terminach.`); a
        # paragraph is no lead
        if line[-1] in ".!?" and not _HELD_LEAD_RE.search(line):
            return ""
        return " " + line if _LIST_LEAD_WORDS.search(line) else ""
    return ""


def dates_a_document(text: str, start: int) -> bool:
    """Does the date at `start` date a law, a resolution or a letter (`ustawy z dnia …`, `data
    wpływu: …`) rather than something that happens?"""
    tail = text[max(0, start - _TAIL):start]
    return bool(_OTHER_Z_DNIA.search(tail) or _DOCUMENT_DATE_BEFORE.search(tail))


def dates_a_statute(text: str, start: int) -> bool:
    """Does the date at `start` date a law (`ustawy z dnia 8 marca 1990 r.`), which is no guide
    to when the page was written?"""
    return bool(_STATUTE_DATE_BEFORE.search(text, max(0, start - _LONG_TAIL), start))


def _only_project_words(sentence: str) -> bool:
    """The sentence's period words all name the project a meeting belongs to, no process
    that runs over the days (a call, works, an exhibition)."""
    return all(_PROJECT_WORDS.fullmatch(m.group()) for m in _PERIOD_WORDS.finditer(sentence))


_HEADING_LINES, _HEADING_REACH = 3, 240
# a sentence opening on the limit (`Do 15 marca …`, `Do końca marca …`), with nothing before it
_OPENING_LIMIT = re.compile(r"\s*(?:najpóźniej\s+)?do(?:\s+(?:dnia|końca))?\s*", re.IGNORECASE)


def classify(text: str, start: int, end: int, *, is_range: bool, range_days: int, timed: bool) -> str:
    """The kind of the date expression at text[start:end]."""
    if name_days_below(text, end):
        return OTHER   # `Wtorek, 29 Listopada 2022  Imieniny: …`: the day a template shows the page on
    left = left_sentence(text, start)
    # cues end right before the date: search only the last characters (a regex tries every
    # start position, so the length of what it searches is what it costs)
    tail = left[-_TAIL:]
    cued = _ANY_CUE_BEFORE.search(tail) is not None
    if cued and _PUBLICATION_BEFORE.search(tail):
        return PUBLICATION
    if _OTHER_Z_DNIA.fullmatch(left.strip() + " "):
        # (the heading's lines above it, up to a blank line: `PROTOKÓŁ NR 12/2019` / `Z POSIEDZENIA` /
        # `KOMISJI DS. KULTURY` / `Z DNIA 14 PAŹDZIERNIKA 2019 ROKU`)
        above = text[max(0, start - _HEADING_REACH):text.rfind("\n", 0, start) + 1].rstrip().rsplit("\n\n", 1)[-1]
        heading = " ".join(above.split("\n")[-_HEADING_LINES:]) + " " + left.strip() + " "
    else:
        heading = left
    # ("PROTOKÓŁ Z XIV SESJI RADY …\nZ DNIA 28 SIERPNIA 2003": the heading runs over two lines)
    minutes = _MINUTES_BEFORE.search(heading) if "rotok" in heading or "ROTOK" in heading else None
    if minutes:
        # "przyjęto protokół z sesji z dnia …" dates a document; the page's own heading
        # ("PROTOKÓŁ Z XIV SESJI RADY … Z DNIA 28 SIERPNIA 2003") dates the sitting it records
        return OTHER if heading[:minutes.start()].strip() else EVENT
    if cued and (_MODIFICATION_BEFORE.search(tail) or _DOCUMENT_DATE_BEFORE.search(tail)):
        return OTHER   # "Zmodyfikowano: …", "(data wpływu: 20 grudnia 2023 r.)"
    if _OTHER_Z_DNIA.search(tail):
        # "sprawozdanie ze spotkania z dnia 5 maja" dates the meeting; "protokół z sesji z
        # dnia …" or "uchwała … z dnia …" date a document
        longer = left[-_LONG_TAIL:]
        return EVENT if _MEETING_Z_DNIA.search(longer) and not _DOCUMENT_WORDS.search(longer) else OTHER
    if cued and _OTHER_BEFORE.search(tail) and not is_range:
        return OTHER
    if _OPENING_LIMIT.fullmatch(left) and not _DEADLINE_WORDS.search(right_sentence(text, end)):
        return OTHER   # `Do końca marca urzędnicy odwiedzą 13 dzielnic`: when a series ends, nothing due
    if (cued and _DEADLINE_BEFORE.search(tail)) or ("ermin" in left and _DEADLINE_TERMIN.search(left[-_LONG_TAIL:])):
        # "uwagi zostaną rozpatrzone nie później niż do dnia …" is the office's own promise;
        # "można się z nim zapoznać … najpóźniej do dnia …" closes a period of access
        if _LIMIT_CUE.search(tail) and (
                _RESULT_SUBJECT_DO.search(left) or not _DEADLINE_WORDS.search(left)
                and (_ACCESS_WORDS.search(left) or _PERIOD_SUBJECT_DO.search(left)
                     or _ACCESS_AFTER.match(text, end, end + 40))):
            return OTHER   # "wystawę można oglądać do dnia …", "prace potrwają do dnia …"
        return DEADLINE
    right = right_sentence(text, end)
    if _DEADLINE_AFTER.match(right):
        return DEADLINE
    if _OBSERVANCE_AFTER.match(right) and not _NEXT_SENTENCE_RE.match(text, end - 1):
        return OTHER   # "1 października obchodzony jest Dzień Seniora": a day of the calendar (not `… 2019 r.
        #                 Obchodzono też Dzień Babci`: the next sentence)
    sentence = left + text[start:end] + right + _heading_above(text, start, end, town_led=is_range) \
        + _list_lead(text, start)
    if _DEADLINE_DO.search(tail[-16:]):
        # "zgłoszenia … do 17 lipca", "konsultacje trwają do 24 listopada" (the last day for
        # comments) are deadlines; "prace potrwają do …", "wystawa czynna do …" are not.
        # "raport zostanie opublikowany do …" is the office's own promise, not a deadline.
        if _RESULT_SUBJECT_DO.search(left) \
                or not _DEADLINE_WORDS.search(left) and _ACCESS_AFTER.match(text, end, end + 40):
            return OTHER   # (`od 26.09 do 17.10 będzie wyłożony projekt`: open to read)
        if _DEADLINE_WORDS.search(left) or not (_PERIOD_SUBJECT_DO.search(left) or _DURATION_DO.search(left)):
            return DEADLINE
        return OTHER
    if _ACCESS_WORDS.search(left) and not mentions_meeting(left_sentence(text, start, _LONG_SENTENCE)) \
            and not _held_later(right):
        # `Materiały są do wglądu w dniach 02.03.-06.03.2020 w godzinach 16.00-17.00`: open to read (but
        # `DYSKUSJA PUBLICZNA nad projektem wyłożonym do wglądu … odbędzie się …`: a meeting, named far back,
        # and `W związku z wyłożeniem projektu … 4 marca o godz. 12.00 w sali X odbędzie się dyskusja`)
        return OTHER
    if is_range:
        if range_days <= _SHORT_RANGE_DAYS and (
                _HELD_AFTER_RANGE.match(right) or _HELD_BEFORE_RANGE.search(tail) or (
                mentions_meeting(sentence) and _only_project_words(sentence))):
            return EVENT   # (`W dniach 2-3 kwietnia X był gospodarzem Spotkania Partnerów Projektu`)
        if _HELD_ONCE_AFTER_RANGE.match(right):
            return EVENT   # `W dniach od 18.11 do 28.11 odbył się cykl zajęć`: one thing over the range
        if _PERIOD_WORDS.search(sentence):
            # a consultation or a call open "od … do …" closes on its last day: a deadline for
            # comments and applications; a project or an exhibition period is neither
            own_line = left.rsplit("\n", 1)[-1]
            # (`Konsultacje odbywać się będą w okresie od … do …`: the word naming the range is no subject)
            subject = _NAMED_PERIOD_RE.sub("", left)
            if _SUBMISSION_PERIOD.search(left) and not _PERIOD_SUBJECT_DO.search(subject) \
                    and not (_ACCESS_WORDS.search(own_line) and not _DEADLINE_WORDS.search(own_line)):
                return DEADLINE   # (a plan "wyłożony do publicznego wglądu w dniach od … do …" is open to read)
            return OTHER
        if _DEADLINE_WORDS.search(left) and not mentions_meeting(left):
            return DEADLINE
        if range_days > _LONG_RANGE_DAYS:
            return OTHER
    if _REGISTRATION_WORDS.search(left) and _OPENING_VERBS.search(left):
        return OTHER  # "zapisy ruszą 1 marca": registration opens, nobody meets
    if _OFFICE_HOURS.search(sentence):
        return OTHER  # "… w godz. 14.30–15.35 w ramach skarg i wniosków dyżurować będzie radny"
    if _NOT_MEETING_ACTIVITY.search(sentence) \
            and not any(map(is_event_noun, _LETTERS_RE.findall(_NOT_MEETING_ACTIVITY.sub(" ", sentence)))):
        return OTHER   # (`Dni wolne od zajęć:` / `• 2 maja`: the classes of the phrase are none held)
    around = left + right
    if _RESOLUTION_ADOPTED.search(around) and not _HELD_HERE.search(around):
        return OTHER   # "Rada na XI sesji w dniu 30 listopada podjęła uchwałę": the background of the page
    if timed or mentions_meeting(sentence) or mentions_meeting(_title_of_paragraph(text, start, end, right)):
        return EVENT
    return UNDETERMINED


# a plural verb of holding with a plural meeting noun: the sentence speaks of several meetings
_SEVERAL_VERB_RE = re.compile("|".join(rf"(?:{p})" for p in LEXICON["several_meetings"]["verbs"]), _I)
_SEVERAL_NOUN_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in LEXICON["several_meetings"]["nouns"]) + r")(?!\w)", _I)


def names_several_meetings(text: str, start: int, end: int) -> bool:
    """Does the date's sentence say that several meetings are held (`spotkania, które odbędą
    się 7 lipca`)?"""
    left = left_sentence(text, start)
    sentence = left + text[start:end] + right_sentence(text, end)
    if not _SEVERAL_VERB_RE.search(sentence):
        return False
    # (a verb with no subject of its own: `Spotkania są otwarte. Zaczynają się o godz. 17`)
    opening = start - len(left)
    return bool(_SEVERAL_NOUN_RE.search(sentence)) or bool(_SEVERAL_NOUN_RE.search(left_sentence(text, opening)))
