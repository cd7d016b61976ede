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
     "Regionalny Program Operacyjny Województwa Lubelskiego 2014-2020"),
    ("Zadanie dofinansowane ze środków Narodowego Instytutu Wolności – Centrum Rozwoju Społeczeństwa "
     "Obywatelskiego w ramach Rządowego Programu Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030.",
     "Narodowy Instytut Wolności", "Rządowy Program Fundusz Inicjatyw Obywatelskich NOWEFIO 2021-2030"),
    ("Szkolenie finansowane z budżetu Województwa Mazowieckiego.", "Województwo Mazowieckie", None),
    ("Spotkanie sfinansowano ze środków Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych.",
     "Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych", None),
    ("Projekt realizowany ze środków budżetu państwa.", "budżet państwa", None),
    ("Przedsięwzięcie dofinansowane przez Unię Europejską w ramach programu Fundusze Europejskie dla Rozwoju "
     "Społecznego 2021-2027.", "Unia Europejska", "Fundusze Europejskie dla Rozwoju Społecznego 2021-2027"),
    # a club whose opening is the event, created within a programme
    ("Klub Senior+ został utworzony w ramach Programu Wieloletniego Senior+ na lata 2015-2020.", "budżet państwa",
     "Program Wieloletni Senior+ 2015-2020"),
])
def test_statements_in_any_case_form(sentence, funder, programme):
    found = find_funding(sentence)
    assert [(f.funder, f.programme) for f in found] == [(funder, programme)]


def test_co_funders_in_one_statement_are_each_reported():
    found = find_funding("Wydarzenie współfinansowane ze środków Województwa Małopolskiego oraz Miasta Nowego Sącza.")
    assert [f.funder for f in found] == ["Województwo Małopolskie", "Miasto Nowy Sącz"]


def test_units_in_lower_case_before_their_towns_are_funders():
    found = find_funding("Projekt współfinansowany przez miasto Lipno oraz gminę Borki z Programu wspierania seniorów.")
    assert [f.funder for f in found] == ["Miasto Lipno", "Gmina Borki"]
    # the people of a gmina pay nothing
    assert find_funding("Spotkanie dla mieszkańców gminy Borki. Projekt współfinansowany z Europejskiego "
                        "Funduszu Społecznego.")[0].funder == "Europejski Fundusz Społeczny"


def test_a_topic_is_not_a_funding_statement():
    for text in ("Zapraszamy na spotkanie o możliwościach pozyskania dofinansowania ze środków Unii Europejskiej.",
                 "Omówimy nabór wniosków o dofinansowanie z Europejskiego Funduszu Społecznego Plus.",
                 "Spotkanie informacyjne o funduszach europejskich odbędzie się w Lublinie.",
                 "Projekty mogą być dofinansowane ze środków EFS+ w ramach programu Fundusze Europejskie dla Lubelskiego.",
                 "Dyskutowano o zakładaniu spółdzielni oraz perspektywach wsparcia finansowanego z Unii Europejskiej "
                 "za pośrednictwem ośrodków wsparcia."):
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
    ("Projekt „Bezpieczna droga” będzie realizowany przy dofinansowaniu z Rządowego Funduszu Rozwoju Dróg.",
     "Rządowy Fundusz Rozwoju Dróg", None),
    ("Projekt korzysta z dofinansowania z Norwegii, Islandii i Liechtensteinu w ramach Funduszy Norweskich i "
     "Funduszy EOG.", "Fundusze Norweskie i Fundusze EOG", None),
])
def test_programmes_named_before_or_in_quotes_and_unlisted_funders(sentence, funder, programme):
    assert [(f.funder, f.programme) for f in find_funding(sentence)] == [(funder, programme)]


def test_advice_is_not_funding():
    assert find_funding("Strategia opracowywana jest przy wsparciu Wielkopolskiego Ośrodka Doradztwa Samorządowego.") == []


@pytest.mark.parametrize("sentence, funder, programme", [
    # a statement naming only an EU programme names the Union, with the programme's full name (its
    # period written `2014-2020`, however the page writes it)
    ("Projekt współfinansowany w ramach Regionalnego Programu Operacyjnego Województwa Opolskiego na lata 2014-2020.",
     "Unia Europejska", "Regionalny Program Operacyjny Województwa Opolskiego 2014-2020"),
    ("Projekt współfinansowany w ramach Regionalnego Programu Operacyjnego Województwa Lubuskiego na lata 2014 – 2020.",
     "Unia Europejska", "Regionalny Program Operacyjny Województwa Lubuskiego 2014-2020"),
    ("Projekt „Razem dla rodziny” realizowany w ramach PO KL.", "Unia Europejska", "Program Operacyjny Kapitał Ludzki"),
    ("Kurs prowadzony jest w projekcie, który współfinansuje EFS w ramach PO WER 2014-2020.",
     "Europejski Fundusz Społeczny", "Program Operacyjny Wiedza Edukacja Rozwój 2014-2020"),
    ("Projekt jest współfinansowany w ramach programu Interreg Polska-Czechy 2021-2027.",
     "Unia Europejska", "Interreg Polska-Czechy 2021-2027"),
    # Senior+ is paid from the state budget unless the statement names the ministry
    ("Zajęcia w klubie prowadzimy dzięki dotacji z Programu Wieloletniego „Senior+” na lata 2021-2025.",
     "budżet państwa", "Program Wieloletni Senior+ 2021-2025"),
    ("Klub jest współfinansowany ze środków Ministra Rodziny i Polityki Społecznej w ramach Programu Wieloletniego Senior+.",
     "Ministerstwo Rodziny i Polityki Społecznej", "Program Wieloletni Senior+"),
    ("Zadanie dofinansowane ze środków Programu Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021-2030.",
     "Narodowy Instytut Wolności", "Program Fundusz Inicjatyw Obywatelskich NOWEFIO 2021-2030"),
    # the bare abbreviation is given by the programme's name
    ("Spotkanie w ramach projektu dofinansowanego w ramach FIO.", "Narodowy Instytut Wolności",
     "Fundusz Inicjatyw Obywatelskich"),
    ("Operacja współfinansowana ze środków Unii Europejskiej w ramach działania 19 LEADER Programu Rozwoju Obszarów "
     "Wiejskich na lata 2014-2020.",
     "Unia Europejska", "Program Rozwoju Obszarów Wiejskich 2014-2020"),
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
        ("Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich",
         "Program Rozwoju Obszarów Wiejskich 2014-2020")]


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
        ("Unia Europejska", "Program Rozwoju Obszarów Wiejskich 2014-2020")]


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
    "Szkolenie odnosiło się do krajowego Programu Operacyjnego Fundusz Inicjatyw Obywatelskich na lata 2009-2013, "
    "finansowanego z rezerwy celowej budżetu państwa.",
    # the calls of a programme an information meeting is about
    "Spotkania informacyjne przeprowadzone zostaną dla organizacji zainteresowanych konkursami w ramach FIO.",
    # works mentioned in passing
    "Jest też inwestycja w gminie Lipno, gdzie jest budowana ze środków unijnych ścieżka rowerowa.",
    "Przebudowa drogi będzie realizowana przy dofinansowaniu z Rządowego Funduszu Rozwoju Dróg.",
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
    ("Dofinansowanie warsztatów pochodzi z budżetu Powiatu Lipnowskiego.", "Powiat Lipnowski"),
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
     "Unia Europejska", "Regionalny Program Operacyjny Województwa Śląskiego 2014-2020"),
    # a government or multi-year programme is paid by the state, FIO by the National Freedom Institute
    ("Zadanie realizowane w ramach Rządowego Programu „Posiłek w szkole i w domu”.", "budżet państwa",
     "Posiłek w szkole i w domu"),
    ("Projekt dofinansowany z Funduszu Inicjatyw Obywatelskich.", "Narodowy Instytut Wolności",
     "Fundusz Inicjatyw Obywatelskich"),
])
def test_who_pays_when_a_statement_names_the_programme_or_its_implementers(sentence, funder, programme):
    assert [(f.funder, f.programme) for f in find_funding(sentence)] == [(funder, programme)]


@pytest.mark.parametrize("sentence, funder", [
    # a regional fund keeps the town of its seat, its abbreviation too
    ("Warsztaty dofinansowano ze środków Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Opolu.",
     "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Opolu"),
    ("Zajęcia sfinansowano ze środków WFOŚiGW w Toruniu.", "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Toruniu"),
    # a ministry the lexicon does not list, its name capitalised as the office writes it
    ("Spotkanie sfinansowano ze środków Ministerstwa Spraw Wewnętrznych i Administracji.",
     "Ministerstwo Spraw Wewnętrznych i Administracji"),
    ("Wizyta w ramach projektu finansowanego przez Ministerstwo Spraw zagranicznych RP.", "Ministerstwo Spraw Zagranicznych"),
    # a body in lower case after the budget that pays
    ("Koncert dofinansowano z budżetu miasta Gniezna.", "Miasto Gniezno"),
    # funds named by common nouns
    ("Konferencja podsumowała projekt finansowany ze środków norweskich.", "Fundusze Norweskie"),
    ("Wszystkie wymiany uczniów finansowane są z funduszy europejskich.", "Unia Europejska"),
    ("Wycieczka była możliwa dzięki finansowemu wsparciu Ministerstwa Edukacji i Nauki.", "Ministerstwo Edukacji i Nauki"),
    ("Konferencja odbyła się przy finansowym współudziale Gminy Miejskiej Kraków.", "Gmina Miejska Kraków"),
])
def test_more_funders_by_name(sentence, funder):
    assert [f.funder for f in find_funding(sentence)] == [funder]


def test_a_place_after_the_statement_is_not_a_funder():
    text = "Projekt finansowany przez Ministerstwo Cyfryzacji, spotkanie odbyło się w Starostwie Powiatu Kłodzkiego."
    assert [f.funder for f in find_funding(text)] == ["Ministerstwo Cyfryzacji"]


def test_the_fund_a_funder_pays_from_is_its_programme_not_a_co_funder():
    text = ("Dofinansowano ze środków Ministra Kultury i Dziedzictwa Narodowego pochodzących z Funduszu Promocji Kultury "
            "oraz budżetu miasta Gniezna.")
    assert [(f.funder, f.programme) for f in find_funding(text)] == [
        ("Ministerstwo Kultury i Dziedzictwa Narodowego", "Fundusz Promocji Kultury"), ("Miasto Gniezno", None)]


@pytest.mark.parametrize("text, funders", [
    # the source named before the money received, the recipient is no funder
    ("Z budżetu Gminy Wiślica stowarzyszenie otrzymało 4 000 zł na organizację festynu.", ["Gmina Wiślica"]),
    ("Gmina Wiślica otrzymała 300 tys. zł z Europejskiego Funduszu Rozwoju Regionalnego na cykl szkoleń.",
     ["Europejski Fundusz Rozwoju Regionalnego"]),
    # a grant awarded by the programme named before the verb
    ("Eksperci Rządowego Programu Fundusz Inicjatyw Obywatelskich przyznali nam dotację na cykl warsztatów.",
     ["Narodowy Instytut Wolności"]),
    # an agreement for funding: the fund that signs it pays, the municipality receives
    ("W dniu 3 marca podpisano z Wojewódzkim Funduszem Ochrony Środowiska i Gospodarki Wodnej w Rzeszowie umowę na "
     "dofinansowanie warsztatów.", ["Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Rzeszowie"]),
    ("Została podpisana umowa pomiędzy WFOŚiGW w Rzeszowie a Gminą Lesko na dofinansowanie zajęć ekologicznych.",
     ["Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Rzeszowie"]),
    ("Gmina Lesko oraz Powiat Bieszczadzki wsparły finansowo organizację konferencji.", ["Gmina Lesko", "Powiat Bieszczadzki"]),
])
def test_statements_naming_the_funder_before_the_phrase(text, funders):
    assert [f.funder for f in find_funding(text)] == funders


@pytest.mark.parametrize("text, funders", [
    ("Współfinansowanie: Województwo Opolskie", ["Województwo Opolskie"]),
    ("Organizator: Stowarzyszenie Razem\nPartner finansowy: Fundacja Rodziny Kowalskich", ["Fundacja Rodziny Kowalskich"]),
    ("Źródło finansowania: budżet Gminy Lesko", ["Gmina Lesko"]),
    ("Finansowanie: jak pozyskać środki na działalność?", []),
])
def test_a_funding_label_names_its_funders(text, funders):
    assert [f.funder for f in find_funding(text)] == funders


@pytest.mark.parametrize("sentence, funder, programme", [
    ("Konsultacje organizowane są przez Stowarzyszenie „Dolina Sanu” w ramach działania „Wsparcie dla rozwoju "
     "lokalnego w ramach inicjatywy LEADER”, objętego Programem Rozwoju Obszarów Wiejskich na lata 2014-2020.",
     "Unia Europejska", "Program Rozwoju Obszarów Wiejskich 2014-2020"),
    ("Izba realizuje operację pn. „Wiedza w praktyce” w ramach Planu Działania Krajowej Sieci Obszarów Wiejskich na "
     "lata 2014-2020.", "Unia Europejska", "Plan Działania Krajowej Sieci Obszarów Wiejskich 2014-2020"),
    ("Zajęcia są realizowane w ramach programu Maluch+.", "budżet państwa", "Program Maluch+"),
    ("Projekt realizowany w ramach programu Działaj Lokalnie.", "Polsko-Amerykańska Fundacja Wolności", "Działaj Lokalnie"),
    ("Spotkanie zorganizowano w ramach programu Korpus Solidarności.", "Narodowy Instytut Wolności", "Korpus Solidarności"),
    ("Projekt jest dofinansowany z Programu Operacyjnego Fundusz Inicjatyw Obywatelskich 2015.",
     "Narodowy Instytut Wolności", "Program Operacyjny Fundusz Inicjatyw Obywatelskich 2015"),
    ("Klub działa dzięki dotacji Senior +, przyznanej w ramach programu.", "budżet państwa", "Program Wieloletni Senior+"),
])
def test_programmes_that_imply_their_funder(sentence, funder, programme):
    assert [(f.funder, f.programme) for f in find_funding(sentence)] == [(funder, programme)]


@pytest.mark.parametrize("text", [
    "Spotkanie organizowane w ramach współpracy z Gminą Lipno.",
    "Szkolenie jest bezpłatne. Organizowane w ramach projektu realizowanego przez Gminę Lipno.",
    "Burmistrz przyznał nagrody najlepszym sportowcom.",
    "Podczas spotkania omówione zostaną zasady programu Maluch+ i możliwości uzyskania dotacji z budżetu państwa.",
    # a fund inside the name of the occasion an event is part of
    "Piknik organizowany jest w ramach Dni Otwartych Funduszy Europejskich.",
    "Spotkanie organizowane w ramach obchodów Dnia Unii Europejskiej.",
])
def test_partners_implementers_and_topics_are_not_funders(text):
    assert find_funding(text) == []


def test_the_nearest_programme_implying_a_funder_is_the_one_funded():
    text = ("Zajęcia są częścią projektu Program Aktywności Lokalnej „Razem łatwiej”, który Ośrodek realizuje w ramach "
            "Regionalnego Programu Operacyjnego Województwa Opolskiego na lata 2014-2020 współfinansowanego ze środków "
            "Europejskiego Funduszu Społecznego.")
    assert [(f.funder, f.programme) for f in find_funding(text)] == [
        ("Europejski Fundusz Społeczny", "Regionalny Program Operacyjny Województwa Opolskiego 2014-2020")]


def test_one_source_stated_twice_with_a_misspelling_or_other_spacing_is_reported_once():
    text = ("Piknik współfinansowany ze środków Europejskiego Funduszu Społecznego w ramach Regionalnego Programu "
            "Operacyjnego Województwa Opolskiego na lata 2014-2020.\n\n"
            "Projekt finansowany ze środków Europejskiego Fuduszu Społecznego w ramach Regionalnego Programu "
            "Operacyjnego Województwa Opolskiego na lata 2014 – 2020.")
    assert [f.funder for f in find_funding(text)] == ["Europejski Fundusz Społeczny"]


@pytest.mark.parametrize("text, funders", [
    ("Udział w szkoleniu jest bezpłatny – koszty pokrywa Powiat Kłodzki.", ["Powiat Kłodzki"]),
    ("Koszty udziału pokrywają uczestnicy.", []),
    ("Spotkanie współfinansowane ze środków m.st. Warszawy.", ["Miasto Stołeczne Warszawa"]),
    # an offer to organise a trip within a project: the project's own statement names the fund
    ("Zapytanie ofertowe na zorganizowanie wycieczki w ramach projektu „Razem”, współfinansowanego ze środków Unii "
     "Europejskiej w ramach Europejskiego Funduszu Społecznego.", ["Europejski Fundusz Społeczny"]),
])
def test_costs_covered_abbreviated_bodies_and_offers(text, funders):
    assert [f.funder for f in find_funding(text)] == funders


def test_a_misspelt_name_is_merged_but_a_different_fund_is_not():
    text = ("Projekt współfinansowany ze środków Europejskiego Funduszu Rozwoju Regionalnego.\n\n"
            "Szkolenia finansowane są ze środków Europejskiego Funduszu Spo.")
    assert [f.funder for f in find_funding(text)] == ["Europejski Fundusz Rozwoju Regionalnego", "Europejski Fundusz Spo"]


def test_one_programme_named_for_two_periods_is_one_source():
    text = ("Operacja współfinansowana ze środków Europejskiego Funduszu Rolnego na rzecz Rozwoju Obszarów Wiejskich "
            "w ramach PROW na lata 2007 – 2013.\nInstytucja Zarządzająca PROW 2014-2020 – Minister Rolnictwa i "
            "Rozwoju Wsi. Projekt współfinansowany ze środków Unii Europejskiej w ramach PROW 2014-2020.")
    assert [f.funder for f in find_funding(text)] == ["Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich"]


def test_financial_support_named_after_its_adjective_and_a_foundations_grant_programme():
    text = ("Warsztaty odbyły się 12 maja 2024 r. w świetlicy dzięki wsparciu finansowemu Fundacji Zielony Las. "
            "Projekt realizowany jest w ramach Programu \"Równać Szanse\" Polskiej Fundacji Dzieci i Młodzieży.")
    found = [(f.funder, f.programme) for f in find_funding(text)]
    assert found == [("Fundacja Zielony Las", None), ("Polsko-Amerykańska Fundacja Wolności", "Równać Szanse")]


@pytest.mark.parametrize("sentence, expected", [
    ("Projekt jest dofinansowany ze środków Polsko – Amerykańskiej Fundacji Wolności.",
     [("Polsko-Amerykańska Fundacja Wolności", None)]),
    ("Projekt finansowany ze środków funduszy EOG, pochodzących z Islandii, Liechtensteinu i Norwegii, "
     "oraz środków krajowych.", [("Fundusze EOG", None), ("budżet państwa", None)]),
    ("Szkolenie jest finansowane z budżetu obywatelskiego powiatu toruńskiego.", [("Powiat Toruński", None)]),
    ("Projekt realizowany w ramach Programu Fundusze Europejskie dla Rozwoju Społecznego 2021-2027 "
     "współfinansowanego z Europejskiego Funduszu Społecznego Plus, na zasadach Programu Erasmus+.",
     [("Europejski Fundusz Społeczny Plus", "Fundusze Europejskie dla Rozwoju Społecznego 2021-2027")]),
])
def test_funders_as_real_statements_write_them(sentence, expected):
    assert [(f.funder, f.programme) for f in find_funding(sentence)] == expected


@pytest.mark.parametrize("text, funder", [
    ("Miasto Borki dofinansowało organizację konferencji, która odbyła się 12 maja 2010 r.", "Miasto Borki"),
    ("Piknik odbył się 12 maja 2010 r. Wsparcia finansowego udzielił Bank Spółdzielczy w Borkach.",
     "Bank Spółdzielczy"),
    ("Konferencję 12 maja 2010 r. współfinansował Powiat Borkowski.", "Powiat Borkowski"),
])
def test_a_funder_named_as_the_subject_or_giver_of_the_money(text, funder):
    assert [f.funder for f in find_funding(text)] == [funder]


def test_a_titled_project_run_within_an_eu_programme():
    text = ("12 maja 2010 r. w Borkach odbyła się spotkanie otwierające projekt „Wieś czyta” w ramach "
            "Programu Operacyjnego Kapitał Ludzki 2007-2013.")
    assert [(f.funder, f.programme) for f in find_funding(text)] == [
        ("Unia Europejska", "Program Operacyjny Kapitał Ludzki 2007-2013")]


def test_a_titled_project_that_is_only_discussed_is_no_funding():
    text = "Na spotkaniu omówiono projekt „Razem” w ramach Programu Operacyjnego Kapitał Ludzki i możliwości jego realizacji."
    assert find_funding(text) == []


def test_who_carries_out_a_funded_project_is_no_funder():
    text = ("W sobotę podsumowaliśmy dwa projekty współfinansowane przez m.st. Warszawa: „Podwórko” "
            "realizowany przez Fundację Lipa oraz „Ogród” realizowany przez Fundację Brzoza.")
    assert [f.funder for f in find_funding(text)] == ["Miasto Stołeczne Warszawa"]


def test_a_task_commissioned_by_a_gmina_is_paid_by_it():
    text = "Zadanie jest realizowane na zlecenie Gminy Borki. Spotkanie odbędzie się 5 maja 2024 r."
    assert [f.funder for f in find_funding(text)] == ["Gmina Borki"]


def test_a_programme_and_a_budget_sharing_the_cost_are_two_funders():
    text = ("Piknik dofinansowano ze środków Funduszu Inicjatyw Obywatelskich NOWEFIO oraz budżetu Samorządu "
            "Województwa Mazowieckiego w ramach programu „Mazowsze Lokalnie”.")
    assert [(f.funder, f.programme) for f in find_funding(text)] == [
        ("Narodowy Instytut Wolności", "Fundusz Inicjatyw Obywatelskich"),
        ("Województwo Mazowieckie", "Mazowsze Lokalnie")]


def test_a_grant_agreement_is_no_funder():
    text = ("Wyjazd współfinansowano ze środków Unii Europejskiej w ramach Programu Rozwoju Obszarów Wiejskich "
            "na lata 2014-2020 zgodnie z Umową o przyznaniu pomocy nr 12/2022.")
    assert [f.funder for f in find_funding(text)] == ["Unia Europejska"]


def test_a_fund_named_in_an_agenda_item_is_the_item_s_subject_not_the_session_s_funding():
    text = ("Zawiadomienie o XXX Sesji Rady Powiatu Lipowskiego\n\nInformuję, że 9 marca 2018 r. o godz. 13.30 "
            "odbędzie się XXX Sesja Rady Powiatu.\n\nPORZĄDEK OBRAD:\n\n1. Otwarcie sesji.\n2. Podjęcie uchwał w "
            "sprawach:\na) określenia zadań, na które przeznacza się środki Państwowego Funduszu Rehabilitacji Osób "
            "Niepełnosprawnych przekazywane przez Prezesa Zarządu Funduszu samorządom powiatowym w roku 2018,\n"
            "b) zmiany uchwały budżetowej Powiatu Lipowskiego na 2018 rok.\n3. Zamknięcie obrad sesji.\n")
    assert find_funding(text) == []
