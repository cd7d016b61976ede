"""Who prepares what is performed at an event (a talk, a show, an artistic part) speaks or
performs, and organises nothing; who prepares the event itself organises it."""
import pytest

from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    ("Podczas spotkania 5 maja 2023 r. odbyła się prelekcja przygotowana przez dyrektor Biblioteki, "
     "Panią Annę Lis. Organizatorem była Fundacja Lipa.", ["Fundacja Lipa"]),
    ("Spotkanie seniorów 5 maja 2023 r. zorganizował Gminny Ośrodek Pomocy Społecznej w Borkach. Młodzież "
     "Gimnazjum w Borkach przygotowała dla uczestników spotkania występ muzyczny.",
     ["Gminny Ośrodek Pomocy Społecznej w Borkach"]),
    ("Na zakończenie spotkania 5 maja 2023 r. Szkoła Podstawowa w Borkach przygotowała część artystyczną. "
     "Spotkanie zorganizowała Fundacja Lipa.", ["Fundacja Lipa"]),
    ("Szkoła Podstawowa w Borkach przygotowała dla uczestników spotkania część artystyczną. Spotkanie odbyło się "
     "5 maja 2023 r.", []),
])
def test_who_prepares_a_performance_organises_nothing(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the event itself prepared, with a performance in it
    ("Gimnazjum w Borkach przygotowało spotkanie z występem zespołu 5 maja 2023 r.", ["Gimnazjum w Borkach"]),
    # a talk organised, not prepared, is the event
    ("Wykład zorganizowany przez Fundację Lipa odbył się 5 maja 2023 r.", ["Fundację Lipa"]),
])
def test_who_prepares_the_event_organises_it(text, expected):
    assert _names(text) == expected
