"""Organisers given by the page's layout rather than by a sentence.

A label line with the names on the lines below (`Organizatorzy:`, `Serdecznie zapraszamy:`),
an office heading a letter above its body (`Przewodniczący Rady Gminy` / `w Lipnie`, the `I` of
`zwołuję`), and the organisation a page is headed with, which is the `we` of `Zapraszamy`. An
office signing on the last lines is `nlp.organiser_signature`'s.
"""
from __future__ import annotations

import re

from nlp.org_names import find_names, is_acronym, is_org_head, lemma_set, looks_like_acronym, read_name, tokenize
from nlp.org_words import names_a_body
from nlp.organiser_grammar import SEAT_LINE_RE, Span, can_be_subject, frames
from nlp.organiser_lists import NEXT_LABEL_RE, names_after
from nlp.organiser_nouns import is_verb_form
from nlp.organiser_signature import office_at, with_holder_above
from nlp.text_lines import line_bounds
from nlp.venue_addresses import ADDRESS_RE
from nlp.venue_context import DATE_OR_TIME_RE


_LABEL_LINE_RE = re.compile(r"^[ \t]*(?:(?:serdecznie|gorąco|uprzejmie)\s+)?(?:zaprasza(?:my|ją)?|zapraszają|"
                            r"organizator(?:zy|em|ami)?|współorganizator(?:zy|em|ami)?)[ \t]*:[ \t]*$",
                            re.IGNORECASE | re.MULTILINE)


# `Zapraszamy – Zarząd Stowarzyszenia X`: an invitation signed on its own line.
_SIGN_OFF_RE = re.compile(r"^[ \t]*(?:(?:serdecznie|gorąco|uprzejmie)\s+)?zaprasza(?:m|my|ją)?[ \t]*[–—:-][ \t]*(?=\S)",
                          re.IGNORECASE | re.MULTILINE)


def sign_offs(text: str) -> list[Span]:
    """The name that completes a line opened by `Zapraszamy –`."""
    spans: list[Span] = []
    for m in _SIGN_OFF_RE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        names = find_names(text, m.end(), end)
        if names and names[0][0] == m.end():
            spans.append(names[0])
    return spans


def label_blocks(text: str) -> list[Span]:
    """`Serdecznie zapraszamy:` / `Organizatorzy:` and the names that open the next lines
    (or follow a person's name and a dash: `Jan Nowak – Fundacja X`)."""
    spans: list[Span] = []
    for m in _LABEL_LINE_RE.finditer(text):
        pos = m.end() + 1
        for _ in range(6):
            if pos >= len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            line = text[pos:end]
            if not line.strip() or NEXT_LABEL_RE.match(line):
                break   # (`Partner:`, `Patronat:`: the next label's block)
            names = find_names(text, pos, end)
            lead = len(line) - len(line.lstrip())
            for span in names:
                before = text[pos + lead:span[0]]
                if not before.strip() or re.fullmatch(r"[\w\s.]+\s[–-]\s*", before):
                    spans.append(span)
                    break
            else:
                if _bare_name_line(line):
                    # (`Region Podlaski NSZZ „Solidarność”`: the label says it organises, whatever its head)
                    spans.append((pos + lead, pos + len(line.rstrip())))
            pos = end + 1
    return spans


def _bare_name_line(line: str) -> bool:
    """A line that can only be a name: capitalised words (and the small words inside names),
    no verb, no date or time."""
    words = _NAME_WORDS_RE.findall(line)
    if not 2 <= len(words) <= 12 or len(line.strip()) > 90 or DATE_OR_TIME_RE.search(line) \
            or line.rstrip().endswith(":"):
        return False
    capitalised = [w for w in words if w[0].isupper()]
    return words[0][0].isupper() and len(capitalised) * 2 > len(words) \
        and not any(is_verb_form(w) for w in words if w[0].islower())   # (`Lipnie` is a place, not a verb)


_NAME_WORDS_RE = re.compile(r"[^\W\d_]+")


def publisher(text: str) -> list[tuple[int, int]]:
    """The organisation a page is headed with (its first lines: `Stowarzyszenie Przyjaciół
    Szkoły w Dobrzycy` above the menu), the `we` of `Zapraszamy`."""
    pos = 0
    seen_lines = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.strip():
            continue
        seen_lines += 1
        if seen_lines > 3:
            break
        found = _body_line(text, start, line)
        if found:
            return [found]
    return []


def closing_body(text: str) -> list[tuple[int, int]]:
    """The organisation whose name is the text's last line (`Zapraszamy …` / `Borki, 20 lutego
    2024 r.` / `Koło Gospodyń Wiejskich w Borkach`): the `we` of `Zapraszamy` signing."""
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    found = _body_line(text, start, stripped[start:], named=True) if start > 0 else None
    line = stripped[start:]
    if found is None and start > 0 and (is_acronym(line.strip()) or looks_like_acronym(line.strip())):
        # `Anna Lis` / `GCPU`: a body known by its acronym, signed under the name of who writes for it
        signed = with_holder_above(text, start, (start + len(line) - len(line.lstrip()), len(stripped)))
        return [signed] if signed[0] < start else []
    if found is None:
        return []
    return [with_holder_above(text, start, found)]


_JOINING_LINES = ("i", "oraz", "&", ",")


def names_on_lines_above(text: str, verb_start: int, reach: int = 4) -> list[Span]:
    """`Zakład X` / `Archiwum Państwowe w Y` / `zapraszają na`: on a poster's layout, the
    bodies named each on a line of its own above the line the verb opens."""
    line_start = text.rfind("\n", 0, verb_start) + 1
    found: list[Span] = []
    if text[line_start:verb_start].strip():
        # `Fundacja X` / `oraz` / `Urząd Y wraz z Radą Z zapraszają`: the names before the verb on
        # its line go on from a joining line above
        found = _names_line(text, line_start, text[line_start:verb_start].rstrip())[::-1]
        above = text[slice(*line_bounds(text, line_start - 1))].strip().lower() if line_start else ""
        if not found or above not in _JOINING_LINES:
            return []
    end = line_start - 1
    while end > 0 and len(found) < reach:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and line.strip().lower() not in _JOINING_LINES:   # (`X` / `i` / `Y`)
            span = _body_line(text, start, line, named=True)
            listed = [span] if span else _names_line(text, start, line)
            if not listed or not can_be_subject(text[listed[0][0]:listed[0][1]].split()[0]):
                break   # (`Szkole Podstawowej w X` / `ZWOŁUJE`: where, not who)
            found.extend(listed[::-1])
        end = start - 1
    return found[::-1]


def _names_line(text: str, start: int, line: str) -> list[Span]:
    """`Urząd Miejski w X wraz z Radą Y`, `ORAZ ZARZĄD DRÓG W X`: a line that is a list of names and
    nothing more (maybe joined to the line above by its first word)."""
    lead = _LINE_JOINT_RE.match(line).end()
    spans = names_after(text, start + lead, limit=len(line))
    return spans if spans and spans[0][0] == start + lead and spans[-1][1] == start + len(line.rstrip()) else []


def _body_line(text: str, start: int, line: str, *, named: bool = False) -> tuple[int, int] | None:
    """The span of a short line that is an organisation's name and nothing more; `named`: a
    head that needs a name may open it when its name follows (`Koło Gospodyń Wiejskich w X`)."""
    stripped = line.strip()
    if not stripped or len(stripped) > 100:
        return None
    body = re.split(r"\s[–|-]\s", stripped)[0]   # `Centrum X – Zgorzelec`
    rest = stripped[len(body):]
    if DATE_OR_TIME_RE.search(rest) or ADDRESS_RE.search(rest):
        return None   # `Biblioteka X - Wypożyczalnia nr 2 ul. Y 36 godz. 18:00`: where and when, not who
    offset = start + line.index(body)
    tokens = tokenize(text, offset, offset + len(body))
    if not tokens:
        return None
    stop = read_name(text, tokens, 0)
    seated = len(tokens) > 2 and tokens[1].low in ("w", "we")   # (`UM w Augustowie`: an acronym with its seat)
    if stop is not None and stop == len(tokens) and (not is_acronym(tokens[0].text) or seated) \
            and (names_a_body(body) or named and len(tokens) > 1 and is_org_head(tokens[0].text)):
        return tokens[0].start, tokens[stop - 1].end
    return None


# what may open a line that goes on with the names of the line above
_LINE_JOINT_RE = re.compile(r"[ \t]*(?:(?:oraz|i|wraz\s+z|a\s+także)[ \t]+)?", re.IGNORECASE)


def letter_head(text: str, max_lines: int = 10) -> list[Span]:
    """An office heading a letter on its own line above the body (`Przewodniczący Rady
    Gminy`, its seat on the next line: `w Grodzisku`): the sender of `zwołuję`, `zapraszam`."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            lines.append((pos, line.rstrip("\r\n")))
        pos += len(line)
        if len(lines) >= max_lines:
            break
    for k, (start, line) in enumerate(lines):
        if len(line.strip()) > 100:
            break   # the body has begun
        if len(line.strip()) > 80:
            continue
        tokens = tokenize(text, start, start + len(line))
        office = office_at(tokens) if tokens else 0
        if not tokens or not tokens[0].is_cap or not (lemma_set(tokens[office].text) & frames().signature_offices):
            continue
        # (`Świętokrzyski Kurator Oświaty`: the office after its adjective)
        names = find_names(text, tokens[office].start, tokens[-1].end)
        words = [t for t in tokens if t.is_word]
        if (not names or names[0] != (tokens[office].start, tokens[-1].end)) \
                and not (len(words) <= 6 and all(t.is_cap for t in words)):
            continue   # (`Kurator Oświaty`: an office whose body is its remit, all capitalised)
        end = tokens[-1].end
        if k + 1 < len(lines) and SEAT_LINE_RE.fullmatch(lines[k + 1][1]):
            nstart, nline = lines[k + 1]
            end = nstart + len(nline.rstrip())
        return [with_holder_above(text, start, (tokens[0].start, end))]
    return []
