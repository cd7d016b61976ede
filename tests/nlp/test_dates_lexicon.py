"""The calendar vocabulary of `nlp/lexicons/dates.json` holds every singular form Morfeusz 2
knows of each month and weekday (and of the weekday and today/tomorrow adjectives), so a
date written in any case is read: `w maju`, `przed majem`, `ku majowi`, `czwartkowej sesji`."""
from __future__ import annotations

import pytest

from nlp import morph
from nlp.dates_lexicon import LEXICON

MONTHS = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
          "październik", "listopad", "grudzień"]
WEEKDAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
WEEKDAY_ADJECTIVES = ["poniedziałkowy", "wtorkowy", "środowy", "czwartkowy", "piątkowy", "sobotni", "niedzielny"]
DAY_ADJECTIVES = {"dzisiejszy": 0, "wczorajszy": -1, "jutrzejszy": 1, "przedwczorajszy": -2, "pojutrzejszy": 2}


def _singular(lemma: str, pos: str) -> set[str]:
    """Morfeusz's singular forms of a lemma as the given part of speech, vocative-only ones left
    out (`styczniu!` names no date), degrees other than the positive too (`niedzielniejszy`)."""
    out = set()
    for form, tag in morph._generate(lemma):
        parts = tag.split(":")
        if parts[0] != pos or len(parts) < 3 or "sg" not in parts[1].split("."):
            continue
        if parts[2] == "voc" or (pos == "adj" and parts[-1] != "pos"):
            continue
        out.add(form)
    return out


@pytest.mark.parametrize("number, lemma", list(enumerate(MONTHS, 1)))
def test_every_case_of_every_month_is_in_the_lexicon(number, lemma):
    forms = _singular(lemma, "subst")
    assert forms, f"Morfeusz knows no forms of {lemma}"
    assert forms <= set(LEXICON["months"][str(number)])


@pytest.mark.parametrize("number, lemma", list(enumerate(WEEKDAYS)))
def test_every_case_of_every_weekday_is_in_the_lexicon(number, lemma):
    forms = _singular(lemma, "subst")
    assert forms, f"Morfeusz knows no forms of {lemma}"
    assert forms <= set(LEXICON["weekdays"][str(number)])


@pytest.mark.parametrize("number, lemma", list(enumerate(WEEKDAY_ADJECTIVES)))
def test_every_form_of_every_weekday_adjective_is_in_the_lexicon(number, lemma):
    forms = _singular(lemma, "adj")
    assert forms, f"Morfeusz knows no forms of {lemma}"
    assert forms <= set(LEXICON["weekday_adjectives"][str(number)])


@pytest.mark.parametrize("lemma, days", list(DAY_ADJECTIVES.items()))
def test_every_form_of_today_and_tomorrow_adjectives_is_in_the_lexicon(lemma, days):
    forms = _singular(lemma, "adj")
    assert forms, f"Morfeusz knows no forms of {lemma}"
    assert forms <= set(LEXICON["relative_day_adjectives"][str(days)])


@pytest.mark.parametrize("lemma", ["poranny", "wieczorny", "popołudniowy", "przedpołudniowy"])
def test_every_form_of_the_parts_of_a_day_adjectives_is_in_the_lexicon(lemma):
    forms = _singular(lemma, "adj")
    assert forms, f"Morfeusz knows no forms of {lemma}"
    assert forms <= set(LEXICON["day_parts"])
