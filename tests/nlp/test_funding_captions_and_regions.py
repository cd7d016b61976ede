"""A fund's logo caption states funding; a regional EU programme is paid by the Union, not
by the region it is named after."""
from nlp.funding import find_funding


def _funders(text: str) -> list[tuple[str, str | None]]:
    return [(f.funder, f.programme) for f in find_funding(text)]


def test_a_caption_broken_over_lines_by_the_logo_names_the_fund():
    text = ("Zapraszamy na spotkanie konsultacyjne strategii 5 maja 2022 r. w świetlicy w Borkach.\n\n"
            "„Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich:\n\n"
            "Europa inwestująca w obszary wiejskie”")
    assert _funders(text) == [("Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich", None)]


def test_a_caption_beside_the_operation_statement_is_one_source():
    text = ("Szkolenie odbyło się 5 maja 2022 r.\n"
            "„Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich: Europa inwestująca w obszary wiejskie.”\n"
            "Operacja współfinansowana ze środków Unii Europejskiej w ramach Programu Rozwoju Obszarów Wiejskich "
            "na lata 2014-2020.")
    assert _funders(text) == [("Europejski Fundusz Rolny na rzecz Rozwoju Obszarów Wiejskich",
                               "Program Rozwoju Obszarów Wiejskich 2014-2020")]


def test_the_motto_alone_names_no_fund():
    text = "Hasło konkursu brzmiało: Europa inwestująca w obszary wiejskie. Gala odbyła się 5 maja 2022 r."
    assert find_funding(text) == []


def test_a_regional_programme_is_paid_by_the_union_not_the_region():
    text = ("Projekt współfinansowany ze środków Regionalnego Programu Operacyjnego Województwa Opolskiego. "
            "Szkolenie odbędzie się 5 maja 2020 r.")
    assert _funders(text) == [("Unia Europejska", "Regionalny Program Operacyjny Województwa Opolskiego")]


def test_the_union_named_before_a_regional_programme_is_its_only_funder():
    text = ("Szkolenie odbędzie się 5 maja 2020 r. Projekt współfinansowany ze środków Unii Europejskiej w ramach "
            "Regionalnego Programu Operacyjnego Województwa Opolskiego.")
    assert [f for f, _ in _funders(text)] == ["Unia Europejska"]


def test_a_ministry_still_owns_its_own_programme():
    text = ("Szkolenie odbyło się 5 maja 2012 r. w ramach projektu współfinansowanego ze środków Funduszu Inicjatyw "
            "Obywatelskich Ministerstwa Pracy i Polityki Społecznej.")
    assert [f for f, _ in _funders(text)] == ["Ministerstwo Pracy i Polityki Społecznej"]
