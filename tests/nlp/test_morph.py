"""Names inflected in the text are shown in the nominative the way Polish builds it."""
import pytest

from nlp.morph import modifies, nominative


@pytest.mark.parametrize("phrase, expected", [
    # the head noun and its agreeing adjectives take the nominative singular
    ("Wójta Gminy Ludwin", "Wójt Gminy Ludwin"),
    ("Narodowego Instytutu Wolności", "Narodowy Instytut Wolności"),
    ("Gminnego Ośrodka Pomocy Społecznej w Czernicy", "Gminny Ośrodek Pomocy Społecznej w Czernicy"),
    ("Rady Miejskiej w Niepołomicach", "Rada Miejska w Niepołomicach"),
    ("Komendanta Powiatowego Policji w Łęcznej", "Komendant Powiatowy Policji w Łęcznej"),
    ("Starosty Łęczyńskiego", "Starosta Łęczyński"),
    ("Urzędem Gminy Czernica", "Urząd Gminy Czernica"),
    ("Kołem Gospodyń Wiejskich w Starej Wsi", "Koło Gospodyń Wiejskich w Starej Wsi"),
    # a participle used as a noun heads its phrase; the genitive after it stays
    ("Przewodniczącego Rady Gminy Cyców", "Przewodniczący Rady Gminy Cyców"),
    # genitive complements, also place names, stay as written
    ("Burmistrza Łęcznej", "Burmistrz Łęcznej"),
    ("Miasta Łodzi", "Miasto Łodzi"),
    ("Prezydenta Miasta Przemyśla", "Prezydent Miasta Przemyśla"),
    # a plural head stays plural
    ("Funduszy Europejskich dla Dolnego Śląska", "Fundusze Europejskie dla Dolnego Śląska"),
    ("Lokalnych Grup Działania", "Lokalne Grupy Działania"),
    # a single place name
    ("Łodzi", "Łódź"),
])
def test_inflected_names_take_the_nominative(phrase, expected):
    assert nominative(phrase) == expected


@pytest.mark.parametrize("phrase", [
    "Wójt Gminy Ludwin",
    "Burmistrz Łęcznej",
    "Komendant Powiatowy Policji w Łęcznej",
    "Dyrektor Generalny",
    "Wójtowie Gmin",
    "Miasto Łódź",
    "Stowarzyszenie RCWIP",
])
def test_names_already_in_the_nominative_are_kept(phrase):
    assert nominative(phrase) == phrase


def test_an_adjective_modifies_the_noun_it_agrees_with():
    assert modifies("Wojewódzkiego", "Funduszu")
    assert modifies("Powiatowy", "Komendant")
    assert not modifies("Powiatowy", "Policji")
    assert not modifies("Przewodniczącego", "Rady")
