"""Reading one organisation or office name from its head to its last complement.

An organisation name opens with a head (Stowarzyszenie, Urząd, Ośrodek, Wójt… as Morfeusz
lemmas, or an acronym like GOPS), optionally after capitalised adjectives (`Gminny
Ośrodek`), and runs over its complements: capitalised words, genitive phrases, `na rzecz`,
`im.`, `nr`, quoted names and the seat (`w Lublinie`, checked against the gazetteer). The
name is kept exactly as inflected in the text (`Wójta Gminy Czernica`).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from nlp.gazetteer import gazetteer
from nlp.morph import is_place_adjective, is_verb, modifies
from nlp.org_acronyms import ROMAN_RE, is_institution_acronym, looks_like_acronym
from nlp.org_companies import company_name_end
from nlp.org_words import (NAME_CONNECTORS, QUOTES_CLOSE, QUOTES_OPEN, _BRANCHES, _SAINTS, _UNITS, Token,
                           _acts_at, _bare_names, _bare_offices, _can_be_nominative, _committees,
                           _descriptive_adjectives, _gap_breaks, _genitive_only, _has_genitive, _may_be_surname,
                           _noun_reading, _stops_name, case_numbers, generic_place_adjectives, instrumental_only,
                           is_acronym, is_adjective, is_first_name, is_nominal, is_office_title, is_org_head,
                           is_person_role, lemma_set, may_be_first_name, members_of_head, needs_name,
                           office_title_end, person_after_office, remit_relations)
from nlp.org_name_parts import (REGIONS, acronym_after_name, branch_after_comma, capital_heading, capital_unit_at,
                                compound_dash, compound_place, compound_spaced, inner_locatives, nouns_of_study,
                                numbered_heads, opens_person, quoted_name_after_dash, units_within_bodies)
from nlp.org_name_series import (adjective_opens_name, continues_after_conjunction, duty_phrase_end,
                                 genitive_complement, genitive_series_end, is_gerund, lower_complement_end,
                                 lower_series_end, seat_preposition, subject_opens_after)
from nlp.vocabulary import is_event_noun, lexicon


def read_name(text: str, tokens: Sequence[Token], i: int, *, max_tokens: int = 14) -> int | None:
    """If an organisation name starts at tokens[i], the index after its last token."""
    n = len(tokens)
    if ROMAN_RE.fullmatch(tokens[i].text) and i + 1 < n and tokens[i + 1].is_cap \
            and lemma_set(tokens[i + 1].text) & numbered_heads():
        return read_name(text, tokens, i + 1, max_tokens=max_tokens)   # `II Liceum Ogólnokształcące`: numbered
    company = company_name_end(text, tokens, i)
    if company is not None:
        return company   # `Polskie Sieci Elektroenergetyczne S.A.`: its legal form makes it a name
    office_end = office_title_end(tokens, i)
    if office_end is not None:
        return _read_name_rest(text, tokens, i, i, office_end, max_tokens)
    # (`Miejsko – Gminny Ośrodek`, `Miejsko Gminny Ośrodek`: one adjective apart)
    lead = j = i + 2 if compound_dash(tokens, i + 1) else i + 1 if compound_spaced(tokens, i) else i
    # capitalised adjectives before the head (`Łęczyńskie Stowarzyszenie`, `Gminnego Ośrodka`)
    while j < n and tokens[j].is_cap and not is_org_head(tokens[j].text) and is_adjective(tokens[j].text) \
            and j - i < 3 and (j == i or not _gap_breaks(text, tokens[j - 1], tokens[j])):
        j += 1
    if j > i and j < n and tokens[j].is_cap and is_office_title(tokens[j].text) and not is_org_head(tokens[j].text) \
            and not _gap_breaks(text, tokens[j - 1], tokens[j]) \
            and all(modifies(tokens[m].text, tokens[j].text) for m in range(lead, j)):
        # `Świętokrzyski Kurator Oświaty`, `Lubelski Wojewoda`: the office's region first
        return _read_name_rest(text, tokens, i, j, office_title_end(tokens, j) or j + 1, max_tokens)
    if j >= n or not tokens[j].is_cap or not is_org_head(tokens[j].text):
        # `Regionalny` is itself a head: adjectival heads open a name too
        return None
    if j > i and _gap_breaks(text, tokens[j - 1], tokens[j]):
        return None
    # the adjectives, and an adjectival head (`Regionalny`), agree with the noun after them (`Letnie
    # Słowa Biblioteka Miejska`, `Strategii Rozwoju Lokalnego Zarząd LGD`: they belong to what is before)
    stop = j + 1 if is_adjective(tokens[j].text) and not _noun_reading(tokens[j].text) else j
    if stop > i and not is_acronym(tokens[j].text):   # (`Sądecki UTW`: an acronym agrees with no adjective)
        noun = next((k for k in range(stop, min(stop + 3, n)) if _noun_reading(tokens[k].text)), None)
        if noun is not None and not all(modifies(tokens[m].text, tokens[noun].text) for m in range(lead, stop)):
            return None
    return _read_name_rest(text, tokens, i, j, j + 1, max_tokens)


def _read_name_rest(text: str, tokens: Sequence[Token], i: int, head: int, j: int, max_tokens: int) -> int | None:
    """The rest of a name after its head (tokens[head:j]): its complements, as far as they go."""
    n = len(tokens)
    last_good = j
    works_at = False
    while j < n and j - i < max_tokens:
        tok = tokens[j]
        prev = tokens[j - 1]
        if _gap_breaks(text, prev, tok):
            break
        word = tok.text
        if word in ("–", "-") and j == head + 1 == i + 1 and j + 1 < n and tokens[j + 1].is_cap:
            stop = read_name(text, tokens, j + 1)   # `Stowarzyszenie – Lokalna Grupa Działania „X”`: its own name
            if stop is None:
                break
            j = last_good = stop
            continue
        if quoted_name_after_dash(tokens, head, j):
            j += 1   # `Stowarzyszenie Lokalna Grupa Działania – „Gniazdo”`: its own name, quoted after a dash
            tok = tokens[j]
        if tok.text in QUOTES_OPEN:
            close = j + 1
            while close < n and close - j < 15 and tokens[close].text not in QUOTES_CLOSE:
                close += 1
            if close < n and tokens[close].text in QUOTES_CLOSE:
                j = last_good = close + 1
                if j < n and _opens_next_name(tokens[j]):
                    break   # `akcji „Masz głos” Fundacja Razem zorganizowała`: the next name's head
                continue
            break
        initial = len(word) == 1 and j + 1 < n and tokens[j + 1].text == "."   # (`im. W. Kętrzyńskiego`: no `w`)
        if tok.is_cap and tok.is_word and not (word.isupper() and word.lower() in NAME_CONNECTORS and not initial):
            # (a name set in capitals keeps its connectors: `RADA DS. OSÓB … W STAROGARDZIE`)
            if ((is_person_role(word) and not members_of_head(tokens, head, j) and not acronym_after_name(tokens, j))
                    or (_stops_name(word) and not compound_place(tokens, j))) \
                    and not (j > head + 1 and prev.is_cap and is_adjective(prev.text) and modifies(prev.text, word)
                             and not modifies(prev.text, tokens[head].text)):
                break   # (but `Instytut na rzecz Lepszego Państwa`: a noun after its adjective)
            if j > head + 1 and is_office_title(word) and gazetteer().is_place(prev.text) \
                    and not is_org_head(prev.text):
                break   # `Studium … Gminy Lipno Wójt Gminy Lipno zaprasza`: a flattened heading, then the office
            if capital_heading(tokens, j) and not prev.text.isupper() or word.isupper() and is_verb(word.lower()):
                break   # `Urząd Gminy Turek PATRONAT MEDIALNY`: the next heading of a flattened page;
                #         `RADA MŁODZIEŻY ZACZĘŁA OBRADY`: a headline's verb
            if ROMAN_RE.fullmatch(word) and j + 1 < n and is_event_noun(tokens[j + 1].text):
                break   # `z inicjatywy Urzędu Marszałkowskiego XVII Forum …`: the next edition's number
            after_im = j >= 2 and tokens[j - 1].text == "." and tokens[j - 2].text.lower() in ("im", "św", "bł", "ks", "pw")
            if not after_im and j + 1 < n and opens_person(word, tokens[j + 1].text, tokens[i:j]) \
                    and _can_be_nominative(word) and not (is_org_head(prev.text) and _has_genitive(word)
                                                          and _has_genitive(tokens[j + 1].text)):
                break   # `Wójt Gminy Czernica Jan Kowalski` (but `Uniwersytet Kardynała Stefana Wyszyńskiego`,
                #         `Uniwersytetu Jana Kochanowskiego`: the patron of the head before)
            if j > head + 1 and subject_opens_after(tokens, head, j):
                break   # `w sali Urzędu Miasta Miejska Rada Seniorów zorganizowała`: the subject after a place
            j = last_good = j + 1
            continue
        if j == head + 1 == last_good and not tok.is_cap and tok.is_word and is_office_title(tokens[head].text) \
                and is_place_adjective(word) and modifies(word, tokens[head].text) \
                and not lemma_set(word) & generic_place_adjectives() \
                and not (j + 1 < n and lemma_set(tokens[j + 1].text) & _UNITS):
            j = last_good = j + 1   # `Starosta tucholski`: the office's region in lower case (not the
            continue                # unit's, `Wójt borkowskiej gminy`)
        if (j == head + 1 or (j == head + 2 and modifies(prev.text, tokens[head].text))) and not tok.is_cap \
                and lemma_set(word) & _UNITS and j + 1 < n and tokens[j + 1].is_cap:
            j += 1   # `Wójt gminy Zalesie`, `Rada Sołecka wsi Dębina`: the unit in lower case
            continue
        capital = capital_unit_at(tokens, j)
        if capital is not None:
            j = capital   # `Zarząd Zieleni miasta stołecznego Warszawy`
            continue
        if not tok.is_cap and tok.is_word and lemma_set(prev.text) & REGIONS and is_place_adjective(word) \
                and modifies(word.rsplit("-", 1)[-1], prev.text):
            j = last_good = j + 1   # `Województwo warmińsko-mazurskie`, `Samorządu Powiatu lipskiego`
            continue
        if j == head + 1 and not tok.is_cap and tok.is_word and j + 1 < n and not tokens[j + 1].is_cap \
                and lemma_set(tokens[j + 1].text) & _UNITS and modifies(word, tokens[j + 1].text) \
                and is_office_title(tokens[head].text) and is_place_adjective(word):
            j = last_good = j + 2   # `Wójt żarskiej gminy`: the office of the unit named by its adjective
            continue
        if j == head + 1 and not tok.is_cap and tok.is_word and j + 1 < n and tokens[j + 1].is_cap \
                and (lemma_set(word) & _descriptive_adjectives()
                     or is_adjective(word) and tokens[j + 1].text.isupper() and len(tokens[j + 1].text) > 1) \
                and modifies(word, tokens[head].text):
            j += 1   # `Grupa nieformalna Aktywne Mamy`, `Firma projektowa TRAKT`: what kind of body, then its name
            continue
        if j == head + 1 and not tok.is_cap and tok.is_word and lemma_set(tokens[head].text) & _committees() \
                and _has_genitive(word) and (_noun_reading(word) or is_adjective(word)):
            stop = lower_series_end(tokens, j)
            if stop > j:
                j = last_good = stop   # `Komisji skarg, wniosków i petycji`, `Komisji rewizyjnej`: in lower case
                continue
        if word.isdigit() and (prev.text.lower() in ("nr", "numer") or (j + 1 < n and tokens[j + 1].is_cap)):
            j = last_good = j + 1
            continue
        low = word.lower()
        if low in ("i", "oraz") and j + 1 < n:
            nxt = tokens[j + 1]
            # `Pomocy i Integracji Społecznej` continues; `… i Dyrektor GOPS` starts another name
            units = bool(lemma_set(nxt.text) & {"gmina", "miasto", "powiat"}) and \
                bool(lemma_set(prev.text) & {"gmina", "miasto", "powiat"})   # `Miasta i Gminy`
            joins_units = units or (prev.is_cap and _genitive_only(nxt.text) and _has_genitive(prev.text)
                                    and j > i + 1)   # `Centrum Wolontariatu i Inicjatyw Społecznych`
            complement = is_org_head(nxt.text) and not case_numbers(tokens[head].text) & case_numbers(nxt.text) \
                and bool(case_numbers(prev.text) & case_numbers(nxt.text))   # `Przyjaciół Szkoły i Przedszkola`
            # `Stowarzyszenie Powiatowych i Miejskich Ośrodków`: two adjectives of one noun, in a case the
            # head is not in (`Samorząd Województwa Wielkopolskiego i Regionalny Ośrodek`: a second name)
            adjectives = j > head + 1 and prev.is_cap and is_adjective(prev.text) and not _noun_reading(prev.text) \
                and is_adjective(nxt.text) \
                and any(case != "voc" for _, case in
                        case_numbers(prev.text) & case_numbers(nxt.text) - case_numbers(tokens[head].low))
            if adjective_opens_name(tokens, j + 1, head) or person_after_office(tokens, head, j + 1):
                break   # `Stowarzyszenie X i Diecezjalny Duszpasterz`, `Starostę X i Adama Lisa`: a second name
            if works_at and nxt.is_cap and is_org_head(nxt.text) \
                    and any(c == "loc" for _, c in case_numbers(nxt.text)):
                j += 1   # `działające przy Gimnazjum X i Liceum Y`: both where it works
                continue
            if nxt.is_cap and (joins_units or complement or adjectives
                               or (not is_org_head(nxt.text) and not is_person_role(nxt.text)
                                   and not is_event_noun(nxt.text) and not is_institution_acronym(nxt.text))) \
                    and low == "i" and not _gap_breaks(text, tok, nxt) \
                    and (units or adjectives or not _coordinated_name(text, tokens, head, j + 1)) \
                    or continues_after_conjunction(tokens, head, j + 1) and not _gap_breaks(text, tok, nxt):
                j += 1   # (`Izba Rzemieślnicza oraz Małej i Średniej Przedsiębiorczości`: not a second name)
                continue
            break
        if word == "," and j > head + 1 and genitive_complement(prev.text) and prev.is_cap:
            stop = genitive_series_end(text, tokens, j)
            if stop is not None:
                j = last_good = stop   # `Wydział Ochrony Środowiska, Rolnictwa i Leśnictwa`
                continue
        if j + 2 < n and _acts_at(word) and tokens[j + 1].low in ("przy", "na") and tokens[j + 2].is_cap \
                and is_org_head(tokens[j + 2].text):
            j += 2   # `Koło Caritas działające przy Szkole Podstawowej`, `działający na Uniwersytecie X`: where it works
            works_at, max_tokens = True, max_tokens + 10   # (the body it works at is a name of its own)
            continue
        branch = branch_after_comma(tokens, j) if word == "," else None
        if branch is not None:
            j = last_good = branch   # `Ośrodek Doradztwa Rolniczego, Rejon Opoczno`, `…, Oddział w Lipnie`
            continue
        if low in _BRANCHES and j + 2 < n and tokens[j + 1].text.lower() in ("w", "we") and tokens[j + 2].is_cap:
            j += 1   # `Ośrodek Doradztwa Rolniczego oddział w Kościerzynie`: the branch and its seat
            tok, word, low = tokens[j], tokens[j].text, tokens[j].text.lower()
        if low in ("w", "we") and j + 2 < n and lemma_set(tokens[j + 1].low) & _UNITS \
                and not _gap_breaks(text, tok, tokens[j + 2]) \
                and (tokens[j + 2].is_cap or (is_place_adjective(tokens[j + 2].text)
                                              and modifies(tokens[j + 2].text, tokens[j + 1].text))):
            # `z Chwałek w gminie Obrazów`, `w Powiecie Warszawskim Zachodnim`, `w powiecie lipskim`: the seat's unit
            unit, j = tokens[j + 1], j + 3
            while j < n and j - i < max_tokens and tokens[j].is_cap and not _gap_breaks(text, tokens[j - 1], tokens[j]) \
                    and is_adjective(tokens[j].text) and modifies(tokens[j].text, unit.text):
                j += 1
            last_good = j
            continue
        if low == "o" and j + 1 < n and tokens[j + 1].is_cap and tokens[j + 1].is_word \
                and lemma_set(prev.text) & nouns_of_study() and not _gap_breaks(text, tok, tokens[j + 1]):
            j = last_good = j + 2   # `Instytut Nauk o Ziemi`: what the body studies
            continue
        if low in ("w", "we") and j + 1 < n and lemma_set(tokens[j + 1].low) & inner_locatives() \
                and not _gap_breaks(text, tok, tokens[j + 1]):
            j = last_good = j + 2   # `ds. Przeciwdziałania Przemocy w Rodzinie w Łęcznej`: a phrase of the name
            continue
        if low in ("w", "we") and j + 1 < n and tokens[j + 1].is_cap:
            # seat of the organisation: `Ośrodek Polityki Społecznej w Lublinie`
            k = j + 1
            end = k + 1
            while end < n and end - k < 3 and tokens[end].is_cap and not _gap_breaks(text, tokens[end - 1], tokens[end]):
                end += 1
            if end == k + 1 and k + 2 < n and tokens[k + 1].text in ("-", "–") and tokens[k + 2].is_cap \
                    and gazetteer().is_place(f"{tokens[k].text}-{tokens[k + 2].text}"):
                end = k + 3   # `w Busku – Zdroju`: a town of two parts written apart
            for stop in range(end, k, -1):
                phrase = re.sub(r"\s*[–-]\s*", "-", text[tokens[k].start:tokens[stop - 1].end])
                if gazetteer().is_place(phrase.title() if phrase.isupper() else phrase):
                    j = last_good = stop
                    while j < n and j - k < 3 and tokens[j].is_cap and not _gap_breaks(text, tokens[j - 1], tokens[j]) \
                            and is_adjective(tokens[j].text) and modifies(tokens[j].text, tokens[k].text):
                        j = last_good = j + 1   # `w Stargardzie Szczecińskim`: a former name's adjective
                    while j + 1 < n and tokens[j].text in (",", "i", "oraz") and tokens[j + 1].is_cap \
                            and gazetteer().is_place(tokens[j + 1].text) and not is_org_head(tokens[j + 1].text) \
                            and not _gap_breaks(text, tokens[j], tokens[j + 1]) \
                            and (j + 2 >= n or not tokens[j + 2].is_cap
                                 or tokens[j].text == "," and not is_org_head(tokens[j + 2].text)) \
                            and not (j + 2 < n and may_be_first_name(tokens[j + 1].text)
                                     and _may_be_surname(tokens[j + 2].text)):   # (`w Lipnie, Jakub Kowal`)
                        j = last_good = j + 2   # `Ośrodki … w Ełku, Olsztynie i Nidzicy`: one name, several seats
                    break
            if j == last_good and j + 2 < n and tokens[j].low in _BRANCHES and tokens[j + 1].low in ("w", "we") \
                    and tokens[j + 2].is_cap and not _gap_breaks(text, tokens[j - 1], tokens[j]):
                j += 1   # `… z siedzibą w Bratoszewicach oddział w Kościerzynie`: a branch after the seat
                continue
            if j + 1 < n and tokens[j].low in ("w", "we") and lemma_set(tokens[head].text) & units_within_bodies():
                stop = read_name(text, tokens, j + 1)
                if stop is not None:
                    j = last_good = stop   # `Departament Ekonomii Społecznej w Ministerstwie Rodziny`: its body
                    continue
            break
        if word == "." and ((len(prev.text) == 1 and prev.text.isupper()) or prev.low in _SAINTS) \
                and j + 1 < n and tokens[j + 1].is_cap and tokens[j + 1].is_word \
                and not _gap_breaks(text, tok, tokens[j + 1]):
            j += 1   # `im. K. Marcinkowskiego`, `Królowej Polski Św. Jadwigi`: an initial or a saint's title
            continue
        if low == "m" and [t.text for t in tokens[j + 1:j + 4]] == [".", "st", "."] and j + 4 < n \
                and tokens[j + 4].is_cap:
            j += 4   # `Dzielnicy Włochy m.st. Warszawy`
            continue
        if low in ("imienia", "imieniem") and j + 1 < n and tokens[j + 1].is_word \
                and not _gap_breaks(text, tok, tokens[j + 1]):
            j = last_good = j + 2   # `Biblioteka Publiczna imienia Papuszy` (its patron even in lower case)
            while j < n and j - i < max_tokens and tokens[j].is_cap and tokens[j].is_word \
                    and not _gap_breaks(text, tokens[j - 1], tokens[j]):
                j = last_good = j + 1
            continue
        if low == "p" and j + 4 < n and [t.text.lower() for t in tokens[j + 1:j + 4]] == [".", "w", "."] \
                and (tokens[j + 4].is_cap or tokens[j + 4].low in _SAINTS):
            j += 4   # `Parafii p.w. św. Jana`: `pw.` written with two stops
            continue
        if low in ("na", "rzecz", "dla", "ds", "im", "nr", "pod", "do", "z", "ze", "św", "ks", "gen", "bł", "nad", "pw",
                   "st", "przy") \
                and j + 1 < n and not _gap_breaks(text, tok, tokens[j + 1]):
            nxt = tokens[j + 1]
            if nxt.text == "." and j + 2 < n:
                nxt = tokens[j + 2]
            seat = seat_preposition(tokens, j)
            if seat is not None:
                j = seat   # `Ośrodek Doradztwa Rolniczego z siedzibą (z/s) w Bratoszewicach`: its seat
                continue
            duty = duty_phrase_end(tokens, j) if low == "do" else None
            if duty is not None:
                j = last_good = duty   # `Pełnomocnik Wojewody do spraw Rozwoju …`: the office's remit
                continue
            # (`Wydziału Współpracy z Organizacjami Pozarządowymi`: whom the office works with, in its name)
            remit = low in ("z", "ze") and bool(lemma_set(tokens[j - 1].low) & remit_relations())
            if low in ("z", "ze", "do") and not (nxt.is_cap and not is_org_head(nxt.text)) and not remit:
                break
            if low == "przy" and read_name(text, tokens, j + 1) is None:
                break   # `Klub Seniora przy Gminnym Ośrodku Kultury`: the body it belongs to (not `przy Placu X`)
            if low in ("z", "ze") and (is_first_name(nxt.text) or is_office_title(tokens[head].text)
                                       and instrumental_only(nxt.text) and not remit):
                break   # (`Wójta Gminy … z Przedsiębiorcami`: whom the office meets, not where it is from)
            if nxt.is_cap or (low == "nr" and nxt.text.isdigit()) or (low == "na" and nxt.text == "rzecz") \
                    or (low in ("im", "pw") and nxt.low in _SAINTS and _saint_name_follows(tokens, nxt)):
                # (`im. św. Brata Alberta`: a patron saint)
                j += 1
                if tokens[j].text == ".":
                    j += 1
                continue
            if low == "dla" and nxt is tokens[j + 1] and is_nominal(nxt.text):
                end = lower_complement_end(tokens, j + 1)
                if end + 1 < n and tokens[end].low in ("w", "we") and tokens[end + 1].is_cap \
                        and gazetteer().is_place(tokens[end + 1].text):
                    # `Punkt Konsultacyjny dla organizacji pozarządowych w Zgorzelcu`: the purpose in
                    # lower case, then the seat (not `Ośrodek Kultury dla dzieci przygotował`)
                    j = last_good = end
                    continue
            if low in ("rzecz", "ds") and (is_nominal(nxt.text) or low == "ds" and is_gerund(nxt.text)):
                # `na rzecz osób z Niepełnosprawnością`, `ds. osób niepełnosprawnych`: the
                # purpose runs on in lower case as long as it is a noun phrase
                j = last_good = lower_complement_end(tokens, j + 1 if nxt is tokens[j + 1] else j + 2)
                continue
            break
        if word in ("-", "–") and j + 3 < n and tokens[j + 1].low in _BRANCHES and tokens[j + 2].low in ("w", "we") \
                and tokens[j + 3].is_cap:
            j += 2   # `Biblioteka- filia w Lipnie`: the branch and its seat
            continue
        if word == "(" and j + 3 < n and (is_acronym(tokens[j + 1].text) or looks_like_acronym(tokens[j + 1].text)) \
                and tokens[j + 2].text == ")" and tokens[j + 3].low in ("w", "we"):
            j += 3   # `Ochotniczej Straży Pożarnej (OSP) w Lipnie`: the acronym inside the name
            continue
        if word in ("-", "–") and j + 1 < n and tokens[j + 1].is_cap and not is_person_role(tokens[j + 1].text) \
                and (tokens[j + 1].text.isupper() or is_org_head(tokens[j + 1].text)) and prev.end == tok.start:
            j += 1
            continue
        if compound_dash(tokens, j):
            j += 1   # `Stowarzyszenie Kulturalno - Oświatowe`: a compound adjective written apart
            continue
        if word in ("-", "–") and 0 < j < n - 1 and _place_word(tokens[j - 1]) and _place_word(tokens[j + 1]) \
                and not may_be_first_name(tokens[j + 1].text):
            j = last_good = j + 2   # `Stowarzyszenie Współpracy Polska – Wschód`, `Bank Żywności Lipno – Borki`
            continue
        if word in ("-", "–") and j + 1 < n and j >= 2 and may_be_first_name(tokens[j - 2].text) \
                and tokens[j + 1].is_cap and tokens[j + 1].is_word and _may_be_surname(tokens[j + 1].text):
            j = last_good = j + 2   # `Wójt Gminy X Anna Kusy - Kłos`: the holder's double surname
            continue
        break
    end = last_good
    if end - i < 2 and not is_acronym(tokens[head].text) and not (lemma_set(tokens[head].text) & _bare_offices()
                                                                 and _can_be_nominative(tokens[head].text)) \
            and not lemma_set(tokens[head].text) & _bare_names():
        return None
    if end - i == 2 and needs_name(tokens[head].text) and head == i and not tokens[head + 1].is_cap \
            and not (lemma_set(tokens[head].text) & REGIONS and is_place_adjective(tokens[head + 1].text)):
        return None
    return end


def _opens_next_name(tok: Token) -> bool:
    """A body's head in the nominative (`Fundacja`), not its branch (`Oddział`) nor a genitive."""
    return tok.is_cap and tok.is_word and is_org_head(tok.text) and not _has_genitive(tok.text) \
        and not lemma_set(tok.low) & _BRANCHES


def _saint_name_follows(tokens: Sequence[Token], title: Token) -> bool:
    """`św. Brata Alberta`: a capitalised name after an abbreviated title."""
    k = tokens.index(title) + 1
    if k < len(tokens) and tokens[k].text == ".":
        k += 1
    return k < len(tokens) and tokens[k].is_cap


def _coordinated_name(text: str, tokens: Sequence[Token], head: int, k: int) -> bool:
    """`Miasto Łódź i Łódzkie Centrum Obywatelskie`: after `i` a second name opens (its own
    head, in the case and number of the first name's head), not a complement of the first
    (`Stowarzyszenie Przyjaciół Szkoły i Przedszkola`: genitive after a nominative head)."""
    if read_name(text, tokens, k) is None:
        return False
    return bool(case_numbers(tokens[head].text) & case_numbers(tokens[k].text))


def _place_word(tok: Token) -> bool:
    """A capitalised town, country or point of the compass (`Lipno`, `Polska`, `Wschód`)."""
    return tok.is_cap and tok.is_word and (gazetteer().is_place(tok.text) or bool(
        ({lemma.lower() for lemma in lemma_set(tok.text.lower())} | {tok.low}) & _compass_and_countries()))


@functools.cache
def _compass_and_countries() -> frozenset[str]:
    heads, venues = lexicon("organisation_heads.json"), lexicon("venue_cues.json")
    return frozenset(heads["compass_words"]) | frozenset(venues["regions"])
