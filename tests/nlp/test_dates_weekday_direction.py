"""Which way a weekday in news prose points when its clause says little: a weekday joined to
another counts on from it, a day's adjective with no verb reports a day gone by, a weekday no
verb turns is that day when written on it, `będzie mówił` is a future, and a present participle
speaks of what is going on or coming."""
import pytest

from datekit import days


@pytest.mark.parametrize("text, expected", [
    # the second day of `w środę i czwartek` is the Thursday after that Wednesday, whatever the tense
    ("Premier przewodniczył delegacji uczestniczącej w środę i czwartek w szczycie.",
     [("w środę", "2008-10-15"), ("czwartek", "2008-10-16")]),
    ("W poniedziałek i wtorek trwały rozmowy w ministerstwie.",
     [("W poniedziałek", "2008-10-13"), ("wtorek", "2008-10-14")]),
])
def test_a_weekday_joined_to_another_counts_on_from_it(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ofiarami sobotniej katastrofy byli turyści z Lipna.", [("sobotniej", "2008-10-11")]),
    ("Komisja ma ogłosić wyniki niedzielnych wyborów.", [("niedzielnych", "2008-10-12")]),
])
def test_a_days_adjective_with_no_verb_to_say_reports_a_day_gone_by(text, expected):
    assert days(text) == expected


def test_a_days_adjective_in_a_sentence_giving_its_hour_announces_the_coming_day():
    assert days("Zapraszamy. Początek sobotniego spotkania o godzinie 9.00.")[-1] \
        == ("sobotniego spotkania o godzinie 9.00", "2008-10-18T09:00")


def test_a_weekday_set_by_a_past_scheduling_verb_is_the_coming_one():
    assert days("Kolejne spotkanie zaplanowano w sobotę w Lipnie.") == [("w sobotę", "2008-10-18")]


def test_a_weekday_no_verb_turns_is_that_day_when_written_on_it():
    text = "Kolejka ligowa\n\nŚRODA\n\nLipno - Borki 20.00\nKoło - Turek 18.00"
    assert days(text)[0] == ("ŚRODA\n\nLipno - Borki 20.00", "2008-10-15T20:00")


def test_a_past_form_after_bedzie_is_a_future():
    assert days("Szef rządu będzie mówił w piątek o budżecie.") == [("w piątek", "2008-10-17")]


def test_a_present_participle_speaks_of_what_is_coming():
    text = "We wtorek ustalono porządek obrad posiedzenia rozpoczynającego się w piątek."
    assert days(text)[-1] == ("w piątek", "2008-10-17")


def test_a_coming_weekday_counts_from_the_page_date_not_from_a_date_named_before_it():
    text = ("Zarząd zebrał się 15.10.2008 r. Sprawozdanie zostanie przedstawione radzie w przyszłą środę "
            "lub czwartek.")
    assert days(text)[1:] == [("w przyszłą środę", "2008-10-22"), ("czwartek", "2008-10-23")]


@pytest.mark.parametrize("text, expected", [
    # a past tense would point to the Saturday before the page; the span it follows holds one
    ("W dniach 13-14 września 2008 r. na boisku w Lipnie trwał turniej. Mecze grupowe w sobotę trwały "
     "po 15 minut, a finał rozegrano w niedzielę.",
     [("13-14 września 2008 r.", "2008-09-13"), ("w sobotę", "2008-09-13"), ("w niedzielę", "2008-09-14")]),
    # a future tense, a paragraph further on
    ("Dnia 18 i 19 października 2008 r. Gmina Borki zaprasza na Dni Ziemniaka. Występy zaczną się od "
     "godz. 11.00 na scenie przy remizie, a po nich wystąpią zespoły ludowe z całego powiatu, koła gospodyń "
     "i szkolne kapele. Przygotowano stoiska z wyrobami regionalnymi, konkursy dla dzieci i pokazy "
     "strażackie. Na najmłodszych czekają dmuchane zjeżdżalnie, przejażdżki bryczką i warsztaty garncarskie, "
     "a dla starszych pokazy dawnych maszyn rolniczych.\n\nZ kolei w niedzielę wystąpi kabaret z Lipna.",
     [("w niedzielę", "2008-10-19")]),
])
def test_a_weekday_after_a_span_of_days_is_the_one_among_them_whatever_the_tense(text, expected):
    found = days(text, published=None)
    assert [pair for pair in found if pair[0] in dict(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    # `Lipnie` is also a form of `lipnąć`; inside a sentence, capitalised, it is the town
    ("Spotkanie odbyło się 2 lutego w Lipnie.", [("2 lutego", "2008-02-02")]),
    ("Zebranie odbyło się 5 stycznia w Lipnie i Borkach.", [("5 stycznia", "2008-01-05")]),
])
def test_a_town_whose_form_a_verb_shares_says_no_tense(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (written on Wednesday 15 October 2008: `kolejna środa` is the next week's, not that day)
    ("W kolejną środę pojedziemy do Lipna.", [("W kolejną środę", "2008-10-22")]),
    ("W kolejny piątek zebranie sołeckie.", [("W kolejny piątek", "2008-10-17")]),
])
def test_a_weekday_called_the_next_one_is_the_coming_week_s(text, expected):
    assert days(text) == expected


def test_a_spaced_hyphen_ends_the_clause_a_weekday_takes_its_tense_from():
    # `- wynika z danych` is another clause: its present tense does not turn the Saturday ahead
    text = "Piątek przyniósł trzy, a sobota kolejne dwie kolizje na drogach powiatu - wynika z danych policji."
    assert days(text) == [("Piątek", "2008-10-10"), ("sobota", "2008-10-11")]


@pytest.mark.parametrize("text, expected", [
    # a weekday named as the subject, its modifier in the nominative (written on Wednesday 15 October)
    ("Przyszła niedziela będzie obchodzona jako Niedziela Biblijna.", [("Przyszła niedziela", "2008-10-19")]),
    ("Najbliższa sobota będzie dniem otwartym szkoły.", [("Najbliższa sobota", "2008-10-18")]),
    ("Kolejna środa przyniesie decyzję rady.", [("Kolejna środa", "2008-10-22")]),
])
def test_a_coming_weekday_as_the_subject_of_its_sentence(text, expected):
    assert days(text) == expected
