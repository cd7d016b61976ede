"""An office signing a notice on its last lines: `Wójt Gminy Czernica`, an office with its holder
above or below it (`Anna Lis` / `Zastępca Wójta`, `Przewodniczący Rady` / `(-) Jan Lis`), an
office whose remit runs onto the last line (`Pełnomocnik Wojewody X` / `ds. …`), a body signing
`W imieniu …`, and the office above the `(-)` of a signed copy wherever it stands.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.org_names import (find_names, is_office_title, is_org_head, is_person_role, lemma_set, read_name, Token,
                           tokenize)
from nlp.org_lower_names import gazetteer_place, lower_name_end
from nlp.org_people import academic_titles, named_person_end
from nlp.org_words import _UNITS, _committees, _has_genitive, is_adjective, may_be_first_name
from nlp.organiser_grammar import Span, frames
from nlp.organiser_lists import is_group_noun
from nlp.vocabulary import lexicon


def with_holder_above(text: str, line_start: int, span: Span) -> Span:
    """`Anna Lis` / `Zastępca Wójta`: an office signing on the last line, with its holder named
    on the line above (the span from the holder to the office)."""
    if text[line_start:span[0]].strip():
        return span   # (`Jan Nowak` / `/-/ Wójt Gminy X`: the mark of a signed copy stands between)
    above = text[:line_start].rstrip()
    holder_start = above.rfind("\n") + 1
    holder = (holder_start, above[holder_start:])
    if not holder[1].strip() or not person_line(text, holder):
        return span
    mark = _SIGNED_COPY_RE.match(holder[1])   # (`/-/ Jan Nowak` / `Wójt Gminy X`: from the name)
    return holder_start + (mark.start("signed") if mark else len(holder[1]) - len(holder[1].lstrip())), span[1]


def _under_label(text: str, start: int, reach: int = 6) -> bool:
    """Is the line at `start` one of the people a label of taking part opens, with no blank
    line between (`W panelu wezmą udział:` / `Anna Lis, Dyrektor Muzeum X` / …)?"""
    block = text[:start].rstrip("\n").rsplit("\n\n", 1)[-1].split("\n")[-reach:]
    return any(line.rstrip().endswith(":")
               and any(lemma_set(w) & _participant_labels() for w in _WORDS_RE.findall(line)) for line in block)


def _under_support_label(text: str, start: int, reach: int = 4) -> bool:
    """Is the line at `start` one of those a label of patrons or sponsors heads, blank lines
    between (`PATRONAT HONOROWY:` / `` / `JM Rektor X` / `` / `Prezydent Miasta Y`)? The
    first label above it decides."""
    for line in [line for line in text[:start].split("\n")[::-1] if line.strip()][:reach]:
        if line.rstrip().endswith(":"):
            return bool({lemma for w in _WORDS_RE.findall(line) for lemma in lemma_set(w.lower())}
                        & _support_labels())
    return False


@functools.cache
def _support_labels() -> frozenset[str]:
    return frozenset(lexicon("organiser_frames.json")["support_labels"])


def _after_closing_words(line: str) -> int | None:
    """Where the signer starts after a letter's closing words inside a flattened last line
    (`Licząc na Państwa obecność, pozostaję z wyrazami szacunku, Anna Lis Burmistrz Lipna`)."""
    low = line.lower()
    ends = [at + len(words) for words in _closing_formulas() if (at := low.rfind(words)) > 0]
    if not ends:
        return None
    signed = max(ends)
    signed += len(line[signed:]) - len(line[signed:].lstrip(" \t,"))
    return signed if 0 < len(line[signed:].strip()) <= 80 else None


def _closes_letter(lines: list[tuple[int, str]], k: int) -> bool:
    """Is line k (counted from the end) a letter's closing words (`Z poważaniem`)?"""
    return k < len(lines) and lines[k][1].strip().lower().startswith(_closing_formulas())


@functools.cache
def _closing_formulas() -> tuple[str, ...]:
    return tuple(lexicon("organiser_frames.json")["closing_formulas"])


@functools.cache
def _participant_labels() -> frozenset[str]:
    return frozenset(lexicon("organiser_frames.json")["participant_labels"])


_WORDS_RE = re.compile(r"[^\W\d_]+")


def signature(text: str) -> list[tuple[int, int]]:
    """An office signing the announcement on one of its last lines (`Wójt Gminy Czernica`), or
    on the line above the `(-)` of a signed copy (`Wójt Gminy X` / `(-) Jan Kowalski`) wherever
    it stands (a schedule may follow the letter)."""
    lines: list[tuple[int, str]] = []
    pos = len(text)
    for line in reversed(text.splitlines(keepends=True)):
        pos -= len(line)
        if line.strip():
            lines.append((pos, line))
        if len(lines) >= 6:
            break
    if lines:
        last_start, last = lines[0]
        gap = _SIGN_OFF_GAP_RE.search(last.rstrip())
        invitation = _INVITATION_THEN_SIGNER_RE.search(last.rstrip())
        signed = gap.end() if gap else _after_closing_words(last) or (invitation.end() if invitation else None)
        if signed is not None:
            # `Zapraszam do udziału w zebraniu.      Sołtys`, `… z wyrazami szacunku, Anna Lis Burmistrz
            # Lipna |`: signed at the end of the last line
            lines[0] = (last_start + signed, last[signed:].rstrip().rstrip("|").rstrip())
        if len(lines) > 1 and _OFFICE_REMIT_RE.match(last):
            # `Pełnomocnik Wojewody X` / `ds. społeczeństwa obywatelskiego`: one office on two lines
            office = office_line(text, tokenize(text, lines[1][0], lines[1][0] + len(lines[1][1].rstrip())))
            if office:
                return [(office[0], last_start + len(last.rstrip()))]
    for mark in _SIGNED_COPY_RE.finditer(text):
        above = text[:mark.start()].rstrip()
        line_start = above.rfind("\n") + 1
        if not any(start == line_start for start, _ in lines):
            # the signer's name after the mark and the office above it, or the office after the
            # mark (`Jan Nowak` / `/-/ Wójt Gminy X`)
            lines.extend([(mark.start("signed"), mark.group("signed")), (line_start, above[line_start:])])
    found = []
    for k, (start, line) in enumerate(lines):
        stripped = line.strip()
        if len(stripped) > 80 or (k + 1 < len(lines) and lines[k + 1][1].strip().endswith(":")) \
                or _LIST_ITEM_RE.match(stripped) or _under_label(text, start) or _under_support_label(text, start):
            continue   # (an item under a label: `Patronat honorowy:` / `Marszałek Województwa X`, or of
            #           a list: `Gościliśmy:` / `- Sołtysa Sołectwa X`)
        remit = _committee_remit_below(text, lines, k)
        if remit is not None:
            found.append((start + len(line) - len(line.lstrip()), remit))
            continue
        behalf = _ON_BEHALF_RE.match(line)
        if behalf and k <= 2:   # `W imieniu Komisji Kultury i Sportu` / `Jan Lis`: the body signs
            names = find_names(text, start + behalf.end(), start + len(line.rstrip()))
            if names and names[-1][1] == start + len(line.rstrip().rstrip(".,:")):
                found.extend(names)
            continue
        tokens = tokenize(text, start, start + len(line.rstrip()))
        while tokens and tokens[0].text in ("(", "/", "-", ")"):
            tokens = tokens[1:]   # (`/-/ Wójt Gminy X`: the mark of a signed copy)
        if k > 0 and _bare_office(tokens) and person_line(text, lines[k - 1]):
            # `Przewodnicząca` / `Anna Nowak`, `Przewodniczący Rady` / `(-) Jan Lis`: the office
            # signs, with its holder
            holder_start, holder = lines[k - 1]
            if _SIGNED_COPY_RE.match(holder) and len(tokens) > 1:
                # (`Wójt Gminy` / `/-/ Jan Nowak`: the office of a signed copy, the one the text
                # names in full, if it does)
                found.append((tokens[0].start, tokens[-1].end))
            else:
                found.append((tokens[0].start, holder_start + len(holder.rstrip())))
            continue
        if _people_line(tokens) and k > 0:
            # `Dyrektor` / `Regionalnego Ośrodka Polityki Społecznej w Rzeszowie` on the next line
            # (`Dyrektor oraz pracownicy` / `Powiatowego Centrum Pomocy Rodzinie`: its people sign)
            nstart, nline = lines[k - 1]
            ntokens = tokenize(text, nstart, nstart + len(nline.rstrip()))
            stop = read_name(text, ntokens, 0) if ntokens else None
            if stop is not None and stop == len(ntokens):
                found.append((ntokens[0].start, ntokens[stop - 1].end))
            continue
        if 0 < k < len(lines) - 1 and person_line(text, lines[k + 1]) and not _closes_letter(lines, k + 2):
            continue   # (`Dr Jan Kowalski` / `Wicestarosta Powiatu X` / `Tytuł wykładu`: a speaker's office,
            #           where `Jan Kowalski` / `Kierownik GOPS` ending the text signs it)
        # (`Jan Lis – Starosta X` only in the closing block: above a paragraph, one of a list of guests)
        office = office_line(text, tokens) \
            or _office_after_holder(text, tokens, closing=all(len(below.strip()) <= 80 for _, below in lines[:k]))
        if office is None and k == 0 and len(lines) > 1 and person_line(text, lines[1]):
            office = _lower_office_line(text, tokens)   # `Jan Kowalski` / `sołtys wsi`
        if office:
            found.append(with_holder_above(text, start, office) if k == 0 else office)
        elif not (k + 1 < len(lines) and person_line(text, lines[k + 1])):
            found.extend(_offices_joined(text, tokens))   # (`Jan Lis` / `Radny i Sołtys X`: one person's titles)
    return found + [span for span in _offices_under_signed_copies(text) + _signers_after_closing_words(text)
                    if not any(s < span[1] and span[0] < e for s, e in found)]


def _signers_after_closing_words(text: str) -> list[Span]:
    """`Z poważaniem:` / `Dyrektor Anna Lis` wherever it stands (a programme may follow the
    letter): the office on the line under a letter's closing words signs, with its holder."""
    found = []
    for m in _CLOSING_LINE_RE.finditer(text):
        tokens = tokenize(text, m.start("signer"), m.end("signer"))
        if _bare_office(tokens[:1]) and len(tokens) > 1 and named_person_end(text, tokens, 1) == len(tokens):
            found.append((tokens[0].start, tokens[-1].end))
        else:
            found.extend([office] if (office := office_line(text, tokens)) else [])
    return found


# the rest of a committee's name on the line below its office: capitalised words and their joints
def _remit_line_re(joints: str, comma: str = "") -> re.Pattern[str]:
    word = r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*"
    return re.compile(rf"[ \t]*{word}(?:{comma}[ \t]+(?:{joints}|{word}|[-–][ \t]))*[ \t]*$")


_REMIT_LINE_RE = _remit_line_re("i|oraz")
# (a remit listed on, after a comma ending the line above: `Sportu i Współpracy z Organizacjami`)
_REMIT_RUNS_ON_RE = _remit_line_re("i|oraz|z|ze|do|na|dla", ",?")


def _committee_remit_below(text: str, lines: list[tuple[int, str]], k: int) -> int | None:
    """`Przewodniczący komisji` / `Rolnictwa i Ochrony Środowiska` / `/-/ Jan Nowak`: a committee's
    office on one line, its remit on the next, its holder (or nothing) after it. The end of the
    remit's line, or None."""
    if k < 1:
        return None
    tokens = tokenize(text, lines[k][0], lines[k][0] + len(lines[k][1].rstrip()))
    words = [t for t in tokens if t.is_word]
    # (`Przewodniczący Komisji Edukacji, Kultury,` / `Sportu i Współpracy z Organizacjami`: its
    # remit, a list, runs on over the comma ending the line)
    runs_on = lines[k][1].rstrip().endswith(",") and all(t.is_cap for t in words[1:])
    if not (len(words) == 2 or runs_on and len(words) > 2) or not is_office_title(words[0].text) \
            or not lemma_set(words[1].low) & _committees():
        return None
    remit_start, remit = lines[k - 1]
    if not (_REMIT_RUNS_ON_RE if runs_on else _REMIT_LINE_RE).fullmatch(remit.rstrip("\r\n")) \
            or len(remit.strip()) > 80:
        return None
    if k >= 2 and not person_line(text, lines[k - 2]):
        return None
    return remit_start + len(remit.rstrip())


def _offices_under_signed_copies(text: str) -> list[Span]:
    """`/-/ Jan Nowak` / `Wójt Gminy X` wherever it stands (a contact line may follow): the office
    under the signer's name signs."""
    found = []
    for mark in _SIGNED_COPY_RE.finditer(text):
        below = text.find("\n", mark.end()) + 1
        end = text.find("\n", below) if below else -1
        office = office_line(text, tokenize(text, below, end if end >= 0 else len(text))) if below else None
        if office and person_line(text, (mark.start("signed"), mark.group("signed"))):
            found.append(office)
    return found


def _lower_office_line(text: str, tokens: Sequence[Token]) -> Span | None:
    """A line that is an office in lower case, with the body it is held in (`sołtys wsi`,
    `przewodniczący rady osiedla`): under its holder's name it signs."""
    if not tokens or tokens[0].is_cap or not lemma_set(tokens[0].text) & frames().signature_offices:
        return None
    stop = 1 if len(tokens) == 1 else lower_name_end(text, tokens, 0)
    return (tokens[0].start, tokens[-1].end) if stop == len(tokens) else None


def _offices_joined(text: str, tokens: Sequence[Token]) -> list[Span]:
    """`Sołtys i Rada Sołecka`, `Wójt Gminy X oraz Rada Gminy X`, `Sołtys wraz z Radą Sołecką`: a
    line of offices and bodies joined by `i`, `oraz` or `wraz z`, each of which would sign alone."""
    cuts = [(k, k + 1) for k, t in enumerate(tokens) if t.low in ("i", "oraz")]
    cuts += [(k, k + 2) for k, t in enumerate(tokens[:-1])
             if t.low in ("wraz", "wspólnie", "razem") and tokens[k + 1].low in ("z", "ze")]
    if not cuts or len(cuts) > 2:
        return []
    parts, start = [], 0
    for cut, after in [*sorted(cuts), (len(tokens), len(tokens))]:
        part = tokens[start:cut]
        office = None if not part else (part[0].start, part[-1].end) if _bare_office(part) else office_line(text, part)
        if office is None:
            return []
        parts.append(office)
        start = after
    return parts


def _bare_office(tokens: Sequence[Token]) -> bool:
    """An office alone (`Przewodnicząca`), or with the bare head of the body or unit it is held
    in (`Przewodniczący Rady`, `Prezes Zarządu`, `Sołtys Wsi`, in lower case too: `Sołtys wsi`)."""
    if not tokens or not lemma_set(tokens[0].text) & frames().signature_offices:
        return False
    return len(tokens) == 1 or (len(tokens) == 2 and tokens[1].is_word and _has_genitive(tokens[1].text)
                                and (is_org_head(tokens[1].text) or bool(lemma_set(tokens[1].text) & _UNITS)))


def _people_line(tokens: Sequence[Token]) -> bool:
    """A line of the people of a body, whose name the next line gives: `Dyrektor`,
    `Dyrektor oraz pracownicy`, `Zarząd i wolontariusze`."""
    words = [t for t in tokens if t.text != ","]
    return bool(words) and len(words) <= 5 and words[0].is_cap and all(
        (is_person_role(t.text) or is_group_noun(t.text)) if k % 2 == 0 else t.low in ("i", "oraz")
        for k, t in enumerate(words))


def person_line(text: str, line: tuple[int, str]) -> bool:
    """A line that is a person's name, maybe after academic titles (`Dr hab. Jan Kowalski`)."""
    words = [t for t in tokenize(text, line[0], line[0] + len(line[1].rstrip())) if t.is_word]
    while words and words[0].low in academic_titles():
        words = words[1:]
    return 2 <= len(words) <= 4 and all(t.is_cap for t in words) and may_be_first_name(words[0].text) \
        and not is_org_head(words[0].text) and not any(is_office_title(t.text) for t in words)


# a letter's closing words on a line of their own, and the line under them
_CLOSING_LINE_RE = re.compile(rf"(?im)^[ \t]*(?:{'|'.join(map(re.escape, _closing_formulas()))})[ \t]*[:,.]?[ \t]*\n"
                              r"[ \t]*(?P<signer>[^\n]{3,80}?)[ \t]*$")


# A closing line signed for a body: `W imieniu Zarządu Stowarzyszenia X`.
_ON_BEHALF_RE = re.compile(r"[ \t]*(?:[Zz]\s+poważaniem,?\s+)?[Ww]\s+imieniu\s+")
# A line opening a list's item with a dash or a bullet (not the `/-/` or `(-)` of a signed copy).
_LIST_ITEM_RE = re.compile(r"[-–—•*]\s")
_OFFICE_REMIT_RE = re.compile(r"[ \t]*(?:ds\.|do[ \t]+spraw)[ \t]+\w")
# A run of spaces before a short closing run of words at a line's end: a signature set right.
_SIGN_OFF_GAP_RE = re.compile(r"[.!][ \t]{4,}(?=\S[^\n]{0,60}$)")
# `Serdecznie zapraszam na spotkanie. Starosta X Jan Nowak`: a first-person invitation closing the
# page, its signer after it on the same (flattened) line
_INVITATION_THEN_SIGNER_RE = re.compile(r"\b(?:[Zz]aprasza(?:m|my)|[Zz]achęca(?:m|my))\b[^.!\n]{0,80}[.!][ \t]+"
                                        r"(?=[A-ZĄĆĘŁŃÓŚŹŻ][^\n.!?]{0,80}$)")
# The mark of a signed copy, before the signer's name: `(-) Jan Kowalski`, `/-/ Jan Kowalski`.
_SIGNED_COPY_RE = re.compile(r"^[ \t]*(?:\(-\)|/-/)[ \t]*(?P<signed>\S[^\n]*)", re.MULTILINE)


def office_line(text: str, tokens: Sequence[Token]) -> tuple[int, int] | None:
    """A line that is an office with its body (`Wiceprzewodniczący Rady Gminy`, `Młodzieżowa
    Rada Miasta X`): its span."""
    offices = frames().signature_offices
    if not tokens or not (lemma_set(tokens[office_at(tokens)].text) & offices) or not tokens[0].is_cap:
        return None
    office = is_office_title(tokens[0].text)
    first = 1 if (is_person_role(tokens[0].text) or office) and len(tokens) > 1 \
        and not is_org_head(tokens[0].text) else 0
    stop = read_name(text, tokens, first)
    if stop is None and first == 1 and len(tokens) == 2 and is_office_title(tokens[1].text):
        stop = 2   # `Zastępca Wójta`: the deputy of an office
    if stop is not None and stop + 1 < len(tokens) <= stop + 3 and tokens[stop].text in ("–", "-") \
            and gazetteer_place(text[tokens[stop + 1].start:tokens[-1].end]):
        stop = len(tokens)   # `Sołtys wsi Mszalnica – Zagóra`: a village named in two parts
    if stop is not None and (stop == len(tokens) or named_person_end(text, tokens, stop) == len(tokens)):
        # `Wiceprzewodniczący Rady Gminy`: the office signs, with the body it holds (and its
        # holder's name after it on the line: `Burmistrz Lipna Jan Nowak`)
        return tokens[0 if office else first].start, tokens[stop - 1].end
    return None


def _office_after_holder(text: str, tokens: Sequence[Token], *, closing: bool) -> tuple[int, int] | None:
    """`Jan Nowak, Burmistrz Lipna`: a person's name, then after a comma the office that signs
    (the span from the name); in the `closing` block also after a dash (`Jan Nowak – Sołtys
    Borek`) or right after the name (`mgr Anna Lis Burmistrz Lipna`)."""
    cut = next((m for m, t in enumerate(tokens[:5]) if t.text in (_HOLDER_OFFICE_CUTS if closing else ",")), None)
    office_from = None if cut is None else cut + 1
    if cut is None and closing:
        cut = office_from = next((m for m, t in enumerate(tokens[:6]) if m >= 2 and is_office_title(t.text)
                                  and all(w.is_word or w.text == "." for w in tokens[:m])), None)
    if cut is None or office_from is None or cut < 2 \
            or not person_line(text, (tokens[0].start, text[tokens[0].start:tokens[cut - 1].end])):
        return None
    office = office_line(text, tokens[office_from:])
    return (tokens[0].start, office[1]) if office else None


_HOLDER_OFFICE_CUTS = (",", "–", "-", "—")


def office_at(tokens: Sequence[Token]) -> int:
    """The index of the office word of a line, after at most two capitalised adjectives
    (`Młodzieżowa Rada Miasta X`: `Rada` may read as the adjective `rad`)."""
    offices, lead = frames().signature_offices, 0
    while lead < min(2, len(tokens) - 1) and tokens[lead].is_cap and is_adjective(tokens[lead].text) \
            and not lemma_set(tokens[lead].text) & offices:
        lead += 1
    return lead
