"""Quotation marks a wrong encoding turned into question marks are put back before the text is
read, and every span still points into the page as it came."""
import pytest

from nlp import Extractor
from nlp.layout import restore_lost_quotes


@pytest.mark.parametrize("text, expected", [
    ("Stowarzyszenie ?Razem dla Wsi? zaprasza.", "Stowarzyszenie „Razem dla Wsi” zaprasza."),
    ("Lokalna Grupa Działania ?LGD 2020?, Gmina Borki", "Lokalna Grupa Działania „LGD 2020”, Gmina Borki"),
    # real questions stay questions
    ("Czy przyjdziesz? Tak. Kto? Ja?", "Czy przyjdziesz? Tak. Kto? Ja?"),
])
def test_question_marks_glued_around_a_name_are_its_quotes(text, expected):
    assert restore_lost_quotes(text) == expected


def test_a_name_in_lost_quotes_is_read_and_its_evidence_is_the_page_as_it_came():
    text = ("W dniu 17.02.2020 r. Lokalna Grupa Działania ?Razem ku Lepszej Przyszłości? przeprowadziła "
            "warsztat refleksyjny w Borkach.")
    result = Extractor().extract(text)
    organisers = result["organisers"]
    assert [o["name"] for o in organisers] == ["Lokalna Grupa Działania „Razem ku Lepszej Przyszłości”"]
    start, end = organisers[0]["span"]
    assert organisers[0]["text"] == text[start:end] == "Lokalna Grupa Działania ?Razem ku Lepszej Przyszłości?"
