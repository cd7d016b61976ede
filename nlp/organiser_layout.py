"""Organisers given by the page's layout rather than by a sentence.

A label line with the names on the lines below (`Organizatorzy:`, `Serdecznie
zapraszamy:`), an office signing the notice on its last lines (`Wójt Gminy Czernica`), an
office heading a letter above its body (`Przewodniczący Rady Gminy` / `w Lipnie`, the `I` of
`zwołuję`), and the organisation a page is headed with, which is the `we` of `Zapraszamy`.
"""
from __future__ import annotations

import re

from nlp.org_names import (find_names, is_acronym, is_office_title, is_org_head, is_person_role, lemma_set, read_name,
                           tokenize)
from nlp.org_words import is_adjective
from nlp.organiser_grammar import Span, frames
from nlp.organiser_lists import NEXT_LABEL_RE


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
            pos = end + 1
    return spans


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
        stripped = line.strip()
        if len(stripped) > 100:
            continue
        body = re.split(r"\s[–|-]\s", stripped)[0]   # `Centrum X – Zgorzelec`
        offset = start + line.index(body)
        tokens = tokenize(text, offset, offset + len(body))
        if not tokens:
            continue
        stop = read_name(text, tokens, 0)
        if stop is not None and stop == len(tokens) and not is_acronym(tokens[0].text):
            return [(tokens[0].start, tokens[stop - 1].end)]
    return []


def signature(text: str) -> list[tuple[int, int]]:
    """An office signing the announcement on one of its last lines (`Wójt Gminy Czernica`)."""
    lines = []
    pos = len(text)
    for line in reversed(text.splitlines(keepends=True)):
        pos -= len(line)
        if line.strip():
            lines.append((pos, line))
        if len(lines) >= 6:
            break
    found = []
    for k, (start, line) in enumerate(lines):
        stripped = line.strip()
        if len(stripped) > 80 or (k + 1 < len(lines) and lines[k + 1][1].strip().endswith(":")):
            continue   # (an item under a label: `Patronat honorowy:` / `Marszałek Województwa X`)
        tokens = tokenize(text, start, start + len(line.rstrip()))
        if len(tokens) == 1 and is_person_role(tokens[0].text) and k > 0:
            # `Dyrektor` / `Regionalnego Ośrodka Polityki Społecznej w Rzeszowie` on the next line
            nstart, nline = lines[k - 1]
            ntokens = tokenize(text, nstart, nstart + len(nline.rstrip()))
            stop = read_name(text, ntokens, 0) if ntokens else None
            if stop is not None and stop == len(ntokens):
                found.append((ntokens[0].start, ntokens[stop - 1].end))
            continue
        offices, lead = frames().signature_offices, 0
        while lead < min(2, len(tokens) - 1) and tokens[lead].is_cap and is_adjective(tokens[lead].text) \
                and not lemma_set(tokens[lead].text) & offices:
            lead += 1   # `Młodzieżowa Rada Miasta X` (`Rada` may read as the adjective `rad`)
        if not tokens or not (lemma_set(tokens[lead].text) & offices) or not tokens[0].is_cap:
            continue
        office = is_office_title(tokens[0].text)
        first = 1 if (is_person_role(tokens[0].text) or office) and len(tokens) > 1 \
            and not is_org_head(tokens[0].text) else 0
        stop = read_name(text, tokens, first)
        if stop is not None and stop == len(tokens):
            # `Wiceprzewodniczący Rady Gminy`: the office signs, with the body it holds
            found.append((tokens[0 if office else first].start, tokens[stop - 1].end))
    return found


_SEAT_LINE_RE = re.compile(r"[ \t]*(?:w|we)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)?[ \t]*$")


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
        if not tokens or not tokens[0].is_cap or not (lemma_set(tokens[0].text) & frames().signature_offices):
            continue
        names = find_names(text, tokens[0].start, tokens[-1].end)
        if not names or names[0] != (tokens[0].start, tokens[-1].end):
            continue
        end = names[0][1]
        if k + 1 < len(lines) and _SEAT_LINE_RE.fullmatch(lines[k + 1][1]):
            nstart, nline = lines[k + 1]
            end = nstart + len(nline.rstrip())
        return [(tokens[0].start, end)]
    return []
