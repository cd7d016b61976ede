"""Organisers named through a participle or a phrase standing away from the name it joins:
partners whose participle gives them the organising role (`Partnerami współorganizującymi
wydarzenie są: X`), the agent of a participle opening a sentence before a capitalised event
(`Organizowane przez X Forum …`), and co-organisers joined to the meeting across its place
(`odbędzie się 5 maja w Lipnie we współpracy z X`)."""
import pytest

from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    ("Forum odbędzie się 12 maja 2024 r. w Domu Kultury w Lipnie. Partnerami współorganizującymi wydarzenie są: "
     "Stowarzyszenie Lipno, Urząd Miejski w Lipnie oraz Klub Integracji Społecznej.",
     ["Stowarzyszenie Lipno", "Urząd Miejski w Lipnie", "Klub Integracji Społecznej"]),
    ("Spotkanie odbędzie się 12 maja 2024 r. w Lipnie. Partnerzy współorganizujący: Fundacja Borki, "
     "Powiatowy Urząd Pracy w Lipnie.",
     ["Fundacja Borki", "Powiatowy Urząd Pracy w Lipnie"]),
    ("Forum odbędzie się 12 maja 2024 r. w Lipnie. Instytucje współorganizujące forum: Stowarzyszenie Lipno, "
     "Gminny Ośrodek Kultury w Borkach.",
     ["Stowarzyszenie Lipno", "Gminny Ośrodek Kultury w Borkach"]),
])
def test_partners_named_by_an_organising_participle_organise(text, expected):
    assert _names(text) == expected


def test_partners_of_an_event_with_no_organising_role_organise_nothing():
    text = ("Spotkanie odbędzie się 12 maja 2024 r. w Domu Kultury w Lipnie. Partnerami wydarzenia są: "
            "Stowarzyszenie Lipno oraz Klub Integracji Społecznej.")
    assert _names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("11 października w Lipnie odbyło się Forum Ekonomii Społecznej. Organizowane przez Regionalny Ośrodek "
     "Polityki Społecznej w Lipnie Forum co roku przyciąga przedstawicieli środowisk.",
     ["Regionalny Ośrodek Polityki Społecznej w Lipnie"]),
    ("11 października w Lipnie odbyło się Forum Ekonomii Społecznej. Organizowane przez ROPS Forum "
     "przyciąga przedstawicieli środowisk.", ["ROPS"]),
    ("W sobotę 14 maja odbyło się organizowane co roku przez Zarząd Powiatu Forum Sołtysów.", ["Zarząd Powiatu"]),
])
def test_the_agent_of_a_participle_before_a_capitalised_event_ends_at_the_event(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Spotkanie odbędzie się 5 maja 2024 r. w Lipnie we współpracy z Fundacją Borki i Klubem Seniora.",
     ["Fundacją Borki", "Klubem Seniora"]),
    ("Spotkanie odbędzie się 5 maja 2024 r. w Domu Kultury w Lipnie wspólnie z Fundacją Borki.",
     ["Fundacją Borki"]),
])
def test_a_partner_phrase_after_the_meetings_place_joins_the_meeting(text, expected):
    assert _names(text) == expected


def test_the_agent_of_projects_listed_as_examples_organises_no_meeting():
    text = ("W dniach 25-27 września przedstawiciele fundacji wzięli udział w konferencji organizowanej przez "
            "Polską Sieć LGD. Konferencja to zaprezentowanie przykładów projektów, które były realizowane przez LGD.")
    assert _names(text) == ["Polską Sieć LGD"]
