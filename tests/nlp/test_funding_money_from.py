"""`Środki … pochodzą z X`: a statement of where the money comes from names the funder."""
from nlp.funding import find_funding


def test_money_said_to_come_from_a_fund_names_the_funder():
    text = ("Ognisko integracyjne odbyło się 13 czerwca 2023 r. w ramach projektu „Klub Rodzica”. Środki na wykonanie "
            "zadania pochodzą z Europejskiego Funduszu Społecznego, pozyskane w ramach Działania 8.2.")
    assert [f.funder for f in find_funding(text)] == ["Europejski Fundusz Społeczny"]


def test_people_coming_from_a_town_are_no_funding():
    text = "Uczestnicy spotkania pochodzą z Lipna i okolic. Spotkanie odbyło się 13 czerwca 2023 r."
    assert find_funding(text) == []


def test_money_received_and_spent_names_its_programme():
    # `dzięki pozyskanym środkom … z Programu X`: an adjective between `dzięki` and the money
    text = ("Dzięki pozyskanym środkom w wysokości 108 000 zł z Programu Wieloletniego „Senior+” wyposażono klub. "
            "Otwarcie klubu odbyło się 9 lutego 2023 r.")
    assert [(f.funder, f.programme) for f in find_funding(text)] == [("budżet państwa", "Program Wieloletni Senior+")]


def test_a_project_a_resolution_is_about_funds_no_meeting():
    text = ("Przewodniczący Rady Powiatu poinformował, że wpłynął wniosek o wprowadzenie dwóch projektów uchwał: "
            "w sprawie wyrażenia zgody na przystąpienie do partnerstwa i realizację przez Powiat Borkowski projektu "
            "pn. Nowa jakość kształcenia w ramach Programu Operacyjnego Kapitał Ludzki, Działanie 9.2 Podniesienie jakości szkolnictwa "
            "zawodowego współfinansowanego przez Unię Europejską w ramach Europejskiego Funduszu Społecznego. "
            "Sesja odbyła się 30 kwietnia 2010 r.")
    assert find_funding(text) == []


def test_a_meeting_organised_from_a_programmes_means_names_it_by_its_short_name_too():
    text = ("Szkolenie dla pracowników gmin odbyło się 30 marca 2022 r. Spotkanie zorganizowało biuro Związku "
            "ze środków Programu Pomoc Techniczna.")
    assert [(f.funder, f.programme) for f in find_funding(text)] \
        == [("Unia Europejska", "Program Operacyjny Pomoc Techniczna")]


def test_a_body_that_organised_a_meeting_from_its_own_means_is_the_funder():
    assert [f.funder for f in find_funding("Festyn w Lipnie zorganizowano ze środków gminy Lipno.")] == ["Gmina Lipno"]


def test_a_body_allotting_money_to_the_meeting_is_the_funder_once():
    text = ("Seminarium odbędzie się 9 listopada 2010 r. Zarząd Województwa Lipowskiego przeznaczy na organizację "
            "seminarium z budżetu Województwa kwotę 11.502,80 zł.")
    assert [(f.funder, f.programme) for f in find_funding(text)] == [("Województwo Lipowskie", None)]


def test_a_funders_name_keeps_its_patron():
    text = ("Debata odbędzie się 17 października 2024 r. w ramach projektu Lipski Lew dofinansowanego przez "
            "Fundację im. Jana Lisa.")
    assert [f.funder for f in find_funding(text)] == ["Fundacja im. Jana Lisa"]


def test_a_ministry_and_the_union_after_it_are_two_funders():
    text = ("Konferencja odbyła się 13 października 2010 r. w ramach projektu dofinansowanego ze środków Ministerstwa "
            "Pracy i Polityki Społecznej oraz Unii Europejskiej.")
    assert [f.funder for f in find_funding(text)] == ["Ministerstwo Pracy i Polityki Społecznej", "Unia Europejska"]


def test_money_for_maintenance_works_named_beside_a_meeting_funds_no_meeting():
    text = ("9 kwietnia 2019 roku o godzinie 10:00 w sali narad urzędu odbędzie się Walne Zgromadzenie Spółki Wodnej. "
            "W latach 2015-2019 wyłącznie dzięki dotacji od Wojewody Lipowskiego udało się przeprowadzić konserwację "
            "rowów o łącznej długości 5 km.")
    assert find_funding(text) == []
