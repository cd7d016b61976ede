"""Which way a weekday in news prose points when its clause says little: a weekday joined to
another counts on from it, a day's adjective with no verb reports a day gone by, a weekday no
verb turns is that day when written on it, `będzie mówił` is a future, and a present participle
speaks of what is going on or coming."""
import pytest

from datekit import WEDNESDAY, days


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
