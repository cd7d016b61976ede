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


@pytest.mark.parametrize("sentence, funder, programme", [
    # a statement naming only an EU programme names the Union, with the programme's full name
    ("Projekt współfinansowany w ramach Regionalnego Programu Operacyjnego Województwa Opolskiego na lata 2014-2020.",
     "Unia Europejska", "Regionalny Program Operacyjny Województwa Opolskiego na lata 2014-2020"),
    ("Projekt „Razem dla rodziny” realizowany w ramach PO KL.", "Unia Europejska", "Program Operacyjny Kapitał Ludzki"),
    ("Kurs prowadzony jest w projekcie, który współfinansuje EFS w ramach PO WER 2014-2020.",
     "Europejski Fundusz Społeczny", "Program Operacyjny Wiedza Edukacja Rozwój 2014-2020"),
    ("Projekt jest współfinansowany w ramach programu Interreg Polska-Czechy 2021-2027.",
     "Unia Europejska", "Interreg Polska-Czechy 2021-2027"),
    # Senior+ is paid from the state budget unless the statement names the ministry
    ("Zajęcia w klubie prowadzimy dzięki dotacji z Programu Wieloletniego „Senior+” na lata 2021-2025.",
     "budżet państwa", "Program Wieloletni Senior+ na lata 2021-2025"),
    ("Klub jest współfinansowany ze środków Ministra Rodziny i Polityki Społecznej w ramach Programu Wieloletniego Senior+.",
     "Ministerstwo Rodziny i Polityki Społecznej", "Program Wieloletni Senior+"),
    ("Zadanie dofinansowane ze środków Programu Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021-2030.",
     "Narodowy Instytut Wolności", "Program Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021-2030"),
    ("Operacja współfinansowana ze środków Unii Europejskiej w ramach działania 19 LEADER Programu Rozwoju Obszarów "
     "Wiejskich na lata 2014-2020.",
     "Unia Europejska", "Program Rozwoju Obszarów Wiejskich na lata 2014-2020"),
    ("Przedsięwzięcie dofinansowano ze środków budżetu Województwa Mazowieckiego w ramach projektu „Aktywne sołectwa”.",
     "Województwo Mazowieckie", None),
])
def test_programme_statements_normalised(sentence, funder, programme):
    assert [(f.funder, f.programme) for f in find_funding(sentence)] == [(funder, programme)]


@pytest.mark.parametrize("sentence, funder", [
    ("Festiwal dofinansowano ze środków Województwa Warmińsko-Mazurskiego.", "Województwo Warmińsko-Mazurskie"),
    ("Spotkanie współfinansowane ze środków Gminy Miejskiej Biała Podlaska.", "Gmina Miejska Biała Podlaska"),
    ("Na festyn koło wydało środki finansowe przyznane przez Krajowy Ośrodek Wsparcia Rolnictwa Oddział Terenowy "
     "w Lublinie.", "Krajowy Ośrodek Wsparcia Rolnictwa"),
])
def test_funders_in_the_nominative(sentence, funder):
    assert [f.funder for f in find_funding(sentence)] == [funder]


def test_the_programme_fund_named_in_a_slogan_replaces_the_union():
    statement = ("Wyjazd współfinansowany ze środków Unii Europejskiej w ramach Programu Rozwoju Obszarów Wiejskich "
                 "na lata 2014-2020.")
    slogan = "Logo: Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich\n\n"
    assert [f.funder for f in find_funding(statement)] == ["Unia Europejska"]
    assert [f.funder for f in find_funding(slogan + statement)] == [
        "Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich"]


def test_a_line_broken_inside_the_statement_runs_on():
    text = ("Spotkanie współfinansowane ze środków Unii Europejskiej w ramach\nEuropejskiego Funduszu Społecznego.\n"
            "Ośrodek Pomocy Społecznej w Lipnie")
    found = find_funding(text)
    assert [f.funder for f in found] == ["Europejski Fundusz Społeczny"]
    assert found[0].text.endswith("Europejskiego Funduszu Społecznego")


def test_a_programme_in_the_next_sentence_completes_the_statement():
    text = ("Wyjazd studyjny współfinansowany ze środków Europejskiego Funduszu Rolnego na rzecz Rozwoju Obszarów "
            "Wiejskich. Operacja objęta Programem Rozwoju Obszarów Wiejskich na lata 2014-2020.")
    assert [(f.funder, f.programme) for f in find_funding(text)] == [
        ("Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich", "Program Rozwoju Obszarów Wiejskich na lata 2014-2020")]


@pytest.mark.parametrize("text", [
    "Projekt współfinansowany ze środków Europejskiego Funduszu Rozwoju Regionalnego w ramach Programu Operacyjnego "
    "Pomoc Techniczna 2014-2020 oraz budżetu państwa.",
    "Projekt współfinansowany ze środków budżetu państwa oraz Europejskiego Funduszu Rozwoju Regionalnego.",
])
def test_the_state_budget_joined_to_a_fund_is_a_second_source(text):
    assert sorted(f.funder for f in find_funding(text)) == ["Europejski Fundusz Rozwoju Regionalnego", "budżet państwa"]


def test_the_state_budget_holding_a_fund_is_not_a_second_source():
    text = "Projekt współfinansowany ze środków budżetu państwa w ramach Europejskiego Funduszu Społecznego."
    assert [f.funder for f in find_funding(text)] == ["Europejski Fundusz Społeczny"]


def test_a_grant_agreement_for_a_measure_names_the_programme_not_the_signing_office():
    text = ("Lokalna Grupa Działania zawarła umowę z Zarządem Województwa Opolskiego o przyznanie pomocy w ramach "
            "poddziałania 19.1 Programu Rozwoju Obszarów Wiejskich na lata 2014-2020.")
    assert [(f.funder, f.programme) for f in find_funding(text)] == [
        ("Unia Europejska", "Program Rozwoju Obszarów Wiejskich na lata 2014-2020")]


def test_one_source_repeated_without_its_programme_is_reported_once():
    text = ("Spotkanie promuje projekt współfinansowany z Europejskiego Funduszu Społecznego w ramach Regionalnego "
            "Programu Operacyjnego Województwa Lubuskiego na lata 2014-2020.\n\n"
            "Goście opowiedzieli o swoich projektach współfinansowanych z EFS.")
    assert [f.funder for f in find_funding(text)] == ["Europejski Fundusz Społeczny"]


@pytest.mark.parametrize("text", [
    # travel subsidies for participants
    "Przejazd uczestników na targi sfinansowała Gmina Lipno ze środków własnych.",
    "Koszty dojazdu uczestników pokryte zostaną ze środków Powiatu Lipskiego.",
    # an example or the topic of the meeting, not its funding
    "Przedstawimy dobre praktyki na przykładzie remontu remizy w Zalesiu, współfinansowanego ze środków Unii Europejskiej.",
    "Konsultacje dotyczą projektu programu regionalnego Fundusze Europejskie dla Lubelskiego 2021-2027, który będzie "
    "finansowany ze środków Europejskiego Funduszu Społecznego Plus.",
    "Spotkanie informacyjne dotyczące Programu Fundusz Inicjatyw Obywatelskich finansowanego przez Narodowy Instytut "
    "Wolności.",
])
def test_travel_examples_and_topics_are_not_funding(text):
    assert find_funding(text) == []


@pytest.mark.parametrize("text", [
    "Udział w szkoleniu, wyżywienie oraz zwrot kosztów dojazdu są finansowane ze środków Europejskiego Funduszu "
    "Społecznego Plus.",
    "Na spotkaniu przedstawiono projekt „Aktywni razem” współfinansowany ze środków Europejskiego Funduszu Społecznego "
    "Plus.",
])
def test_an_event_paid_with_its_travel_or_a_project_presented_is_funding(text):
    assert [f.funder for f in find_funding(text)] == ["Europejski Fundusz Społeczny Plus"]


def test_meeting_on_carrying_out_a_funded_project_is_funded_by_it():
    text = ("Rozmowy dotyczyły realizacji projektu partnerskich gmin, współfinansowanego przez Europejski Instrument "
            "Sąsiedztwa w ramach Programu Współpracy Transgranicznej Polska – Białoruś – Ukraina 2014-2020.")
    found = find_funding(text)
    assert [f.funder for f in found] == ["Europejski Instrument Sąsiedztwa"]
    assert found[0].programme.startswith("Program Współpracy Transgranicznej Polska")


@pytest.mark.parametrize("sentence, funder", [
    # a grant competition a public task is held within is its frame, not a topic
    ("Zadanie realizowane w ramach otwartego konkursu ofert, współfinansowane ze środków Gminy Lipno.", "Gmina Lipno"),
    ("Koncert zrealizowano dzięki wsparciu Fundacji Banku Ziemi Lipskiej.", "Fundacja Banku Ziemi Lipskiej"),
    ("Piknik sponsorowany przez Bank Spółdzielczy w Lipnie.", "Bank Spółdzielczy"),
    ("Koło Gospodyń Wiejskich otrzymało dotację z Gminy Lipno na organizację festynu.", "Gmina Lipno"),
    ("Środki na organizację spotkania pochodzą z budżetu Gminy Lipno.", "Gmina Lipno"),
    ("Zadanie publiczne zlecone przez Gminę Miejską Lipno.", "Gmina Miejska Lipno"),
])
def test_other_ways_of_stating_who_pays(sentence, funder):
    assert [f.funder for f in find_funding(sentence)] == [funder]


@pytest.mark.parametrize("text", [
    "Pozostałe oferty otrzymały dofinansowanie w niższej wysokości niż wnioskowana.",
    # a project of a participant, mentioned in passing
    "Koło Gospodyń opowie o projekcie, który zrealizowało w ubiegłym roku z Programu Rozwoju Obszarów Wiejskich.",
])
def test_no_funding_without_a_statement_about_this_event(text):
    assert find_funding(text) == []


@pytest.mark.parametrize("sentence, funder, programme", [
    ("Projekt finansuje Unia Europejska.", "Unia Europejska", None),
    # the bodies carrying a project out are not its funders
    ("Projekt realizowany przez Stowarzyszenie Razem w partnerstwie z Gminą Lipno w ramach Regionalnego Programu "
     "Operacyjnego Województwa Śląskiego na lata 2014-2020.",
     "Unia Europejska", "Regionalny Program Operacyjny Województwa Śląskiego na lata 2014-2020"),
    # a government or multi-year programme is paid by the state, FIO by the National Freedom Institute
    ("Zadanie realizowane w ramach Rządowego Programu „Posiłek w szkole i w domu”.", "budżet państwa",
     "Posiłek w szkole i w domu"),
    ("Projekt dofinansowany z Funduszu Inicjatyw Obywatelskich.", "Narodowy Instytut Wolności",
     "Fundusz Inicjatyw Obywatelskich"),
])
def test_who_pays_when_a_statement_names_the_programme_or_its_implementers(sentence, funder, programme):
    assert [(f.funder, f.programme) for f in find_funding(sentence)] == [(funder, programme)]
