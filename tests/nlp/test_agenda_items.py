"""A meeting's agenda: its items name the meeting's topics, never who convenes it."""
import pytest

from nlp.agenda_items import agenda_items
from nlp.organisers import find_organisers

_NOTICE = ("W dniu 5 marca 2026 r. o godz. 10.00 odbędzie się posiedzenie Komisji Oświaty Rady Powiatu "
           "Lipnowskiego, wg następującego porządku:\n\n"
           "1. Otwarcie obrad.\n\n"
           "2. Sprawozdanie z imprez organizowanych przez Starostwo Powiatowe w Lipnie.\n\n"
           "3. Wolne wnioski.\n\n"
           "Przewodnicząca Komisji\n\nAnna Kowalska")


def test_a_body_named_in_an_agenda_item_organises_nothing():
    assert [o.name for o in find_organisers(_NOTICE)] == ["Przewodnicząca Komisji Anna Kowalska"]


@pytest.mark.parametrize("text, items", [
    # the items run over blank lines, up to the first line that opens none
    (_NOTICE, ["1. Otwarcie obrad.", "3. Wolne wnioski."]),
    ("Porządek obrad XX sesji Rady Gminy Borki:\n1) Otwarcie sesji.\n2) Sprawy różne.\nZapraszamy.",
     ["1) Otwarcie sesji.", "2) Sprawy różne."]),
    # a sentence about the agenda heads no list
    ("Porządek obrad jest dostępny w biurze rady.\n1. Otwarcie.", []),
])
def test_an_agenda_runs_from_its_heading_over_its_item_lines(text, items):
    spans = agenda_items(text)
    assert [(text[a:b].split("\n")[0], text[a:b].split("\n")[-1]) for a, b in spans] == \
        ([(items[0], items[-1])] if items else [])
