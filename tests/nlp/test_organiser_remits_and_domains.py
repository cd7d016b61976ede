"""Organisers' names that run past a preposition, a conjunction or a dot: an office's remit of
working with others (`Wydział Współpracy z Organizacjami Pozarządowymi`), a name whose second
part after `oraz` is in no case of its head (`Izba Rzemieślnicza oraz Małej i Średniej
Przedsiębiorczości`), a body's own name quoted after a dash (`Lokalna Grupa Działania – „X”`),
and a body named by its web domain as an item of a list (`Organizatorami są: Lipno.pl, …`); and
the people of a body's office who held the meeting (`Pracownicy biura Fundacji X`)."""
import pytest

from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    ("W dniu 6 czerwca br. z inicjatywy Wydziału Współpracy z Organizacjami Pozarządowymi Urzędu Marszałkowskiego "
     "Województwa Lipowskiego odbyło się w Lipnie Forum Pełnomocników.",
     ["Wydziału Współpracy z Organizacjami Pozarządowymi Urzędu Marszałkowskiego Województwa Lipowskiego"]),
    ("Pełnomocnik Burmistrza ds. Kontaktów z Mieszkańcami zaprasza na spotkanie 5 maja 2024 r.",
     ["Pełnomocnik Burmistrza ds. Kontaktów z Mieszkańcami"]),
    # (whom an office meets is still no part of its name)
    ("Spotkanie Wójta Gminy Lipno z Przedsiębiorcami odbędzie się 5 maja 2024 r.", ["Wójta Gminy Lipno"]),
])
def test_an_offices_remit_of_working_with_others_is_part_of_its_name(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Debata odbędzie się 17 października 2024 r. Organizatorami są: Lipno24.pl, Gazeta Lipowska oraz "
     "stowarzyszenie Miasto dla Mieszkańców Lipna.",
     ["Lipno24.pl", "Gazeta Lipowska", "stowarzyszenie Miasto dla Mieszkańców Lipna"]),
    ("Debata odbędzie się 17 października 2024 r. Organizatorami są: Gazeta Lipowska oraz lipno24.pl.",
     ["Gazeta Lipowska", "lipno24.pl"]),
])
def test_a_body_named_by_its_domain_stands_in_a_list_of_organisers(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Izba Rzemieślnicza oraz Małej i Średniej Przedsiębiorczości w Lipnie była organizatorem seminarium "
     "5 maja 2024 r.", ["Izba Rzemieślnicza oraz Małej i Średniej Przedsiębiorczości w Lipnie"]),
    ("Stowarzyszenie Rodziców oraz Przyjaciół Dzieci w Lipnie zaprasza na spotkanie 5 maja 2024 r.",
     ["Stowarzyszenie Rodziców oraz Przyjaciół Dzieci w Lipnie"]),
    # (a second name shares the case of the first; an acronym is a name of its own)
    ("Spotkanie odbyło się 5 maja 2024 r. z inicjatywy Fundacji Lipno oraz Małopolskiej Fundacji Rozwoju.",
     ["Fundacji Lipno", "Małopolskiej Fundacji Rozwoju"]),
    ("Spotkanie zorganizowali 5 maja 2024 r. Ośrodek Pomocy Społecznej i LKJ „Borki”.",
     ["Ośrodek Pomocy Społecznej", "LKJ „Borki”"]),
])
def test_a_name_goes_on_after_a_conjunction_in_no_case_of_its_head(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pracownicy biura Stowarzyszenia Lokalna Grupa Działania – „Dolina Rzeki” w dniu 12 grudnia 2017 r. "
     "przeprowadzili spotkanie informacyjne.", ["Stowarzyszenia Lokalna Grupa Działania – „Dolina Rzeki”"]),
    ("Pracownicy biura Fundacji Lipno przeprowadzili 12 grudnia 2017 r. spotkanie informacyjne.", ["Fundacji Lipno"]),
    # (after a name's own last word, a quoted title is no part of it)
    ("Fundacja Lipno – „Dzień Dziecka” zaprasza na spotkanie 1 czerwca 2024 r.", ["Fundacja Lipno"]),
])
def test_a_quoted_name_after_a_dash_and_the_people_of_a_bodys_office(text, expected):
    assert _names(text) == expected
