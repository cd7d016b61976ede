"""Funding statements: funder and programme normalised, evidence exact."""
import pytest
from seedkit import load_seed

from nlp.funding import find_funding


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_seed_funding_statement(prefix):
    text, gold = load_seed(prefix)
    found = find_funding(text)
    assert [(f.funder, f.programme) for f in found] == [(g["funder"], g["programme"]) for g in gold["funding"]]
    for f, g in zip(found, gold["funding"]):
        assert text[f.span[0]:f.span[1]] == f.text
        assert f.text.startswith(g["evidence"][:30])


@pytest.mark.parametrize("sentence, funder, programme", [
    ("Projekt jest współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego Programu "
     "Operacyjnego Województwa Lubelskiego na lata 2014-2020.", "Europejski Fundusz Społeczny",
     "Regionalny Program Operacyjny Województwa Lubelskiego na lata 2014-2020"),
    ("Zadanie dofinansowane ze środków Narodowego Instytutu Wolności – Centrum Rozwoju Społeczeństwa "
     "Obywatelskiego w ramach Rządowego Programu Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030.",
     "Narodowy Instytut Wolności", "Rządowy Program Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030"),
    ("Szkolenie finansowane z budżetu Województwa Mazowieckiego.", "Województwo Mazowieckie", None),
    ("Spotkanie sfinansowano ze środków Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych.",
     "Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych", None),
    ("Projekt realizowany ze środków budżetu państwa.", "budżet państwa", None),
    ("Przedsięwzięcie dofinansowane przez Unię Europejską w ramach programu Fundusze Europejskie dla Rozwoju "
     "Społecznego 2021-2027.", "Unia Europejska", "Fundusze Europejskie dla Rozwoju Społecznego 2021-2027"),
])
def test_statements_in_any_case_form(sentence, funder, programme):
    found = find_funding(sentence)
    assert [(f.funder, f.programme) for f in found] == [(funder, programme)]


def test_co_funders_in_one_statement_are_each_reported():
    found = find_funding("Wydarzenie współfinansowane ze środków Województwa Małopolskiego oraz Miasta Nowego Sącza.")
    assert [f.funder for f in found] == ["Województwo Małopolskie", "Miasto Nowy Sącz"]


def test_a_topic_is_not_a_funding_statement():
    for text in ("Zapraszamy na spotkanie o możliwościach pozyskania dofinansowania ze środków Unii Europejskiej.",
                 "Omówimy nabór wniosków o dofinansowanie z Europejskiego Funduszu Społecznego Plus.",
                 "Spotkanie informacyjne o funduszach europejskich odbędzie się w Lublinie.",
                 "Projekty mogą być dofinansowane ze środków EFS+ w ramach programu Fundusze Europejskie dla Lubelskiego."):
        assert find_funding(text) == []


def test_a_logo_line_repeating_the_union_adds_nothing():
    text = ("Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego Plus.\n"
            "Fundusze Europejskie | Rzeczpospolita Polska | Dofinansowane przez Unię Europejską")
    assert [f.funder for f in find_funding(text)] == ["Europejski Fundusz Społeczny Plus"]


@pytest.mark.parametrize("sentence, funder, programme", [
    ("Debata jest częścią projektu realizowanego w ramach programu Obywatele dla Demokracji, finansowanego z Funduszy EOG.",
     "Fundusze EOG", "Obywatele dla Demokracji"),
    ("Projekt jest realizowany dzięki wsparciu finansowemu Województwa Podlaskiego w ramach programu "
     "„Podlaskie Inicjatywy Lokalne”.", "Województwo Podlaskie", "Podlaskie Inicjatywy Lokalne"),
    ("Przebudowa drogi będzie realizowana przy dofinansowaniu z Rządowego Funduszu Rozwoju Dróg.",
     "Rządowy Fundusz Rozwoju Dróg", None),
    ("Projekt korzysta z dofinansowania z Norwegii, Islandii i Liechtensteinu w ramach Funduszy Norweskich i "
     "Funduszy EOG.", "Fundusze Norweskie i Fundusze EOG", None),
])
def test_programmes_named_before_or_in_quotes_and_unlisted_funders(sentence, funder, programme):
    assert [(f.funder, f.programme) for f in find_funding(sentence)] == [(funder, programme)]


def test_advice_is_not_funding():
    assert find_funding("Strategia opracowywana jest przy wsparciu Wielkopolskiego Ośrodka Doradztwa Samorządowego.") == []
