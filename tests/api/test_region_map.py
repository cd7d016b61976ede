"""The regional map's shapes: every boundary joined to its TERYT unit, drawn as SVG paths."""
from __future__ import annotations

import re

from api.geomap import centre, country_map, inside, powiat_features, voivodeship_features, voivodeship_map
from api.regions import areas_of_level, gmina_code_of, in_filters, resolve, area

PATH = re.compile(r"^(M[\d. L]+Z)+$")


def test_every_powiat_boundary_joins_a_distinct_teryt_powiat():
    joined = powiat_features()
    teryt = {a.code for a in areas_of_level("powiat")}
    assert len(teryt) == 380
    assert set(joined) == teryt  # 380 features, 380 distinct codes, none left over


def test_powiats_of_a_repeated_name_land_in_their_own_voivodeships():
    # `brzeski` is a powiat of małopolskie (1202) and of opolskie (1601); each outline lies in its own.
    joined, outlines = powiat_features(), voivodeship_features()
    for code in ("1202", "1601"):
        assert inside(centre(joined[code]), outlines[code[:2]])
    assert {a.code for a in resolve("powiat", "brzeski")} == {"1202", "1601"}


def test_the_renamed_powiat_joins_under_its_current_name():
    assert area("0206").name == "karkonoski" and "0206" in powiat_features()


def test_voivodeship_map_draws_each_powiat_once_within_its_frame():
    drawn = voivodeship_map("06")
    codes = [s.teryt for s in drawn.shapes]
    assert sorted(codes) == [a.code for a in areas_of_level("powiat") if a.code.startswith("06")]
    assert len(codes) == 24
    for shape in drawn.shapes:
        assert PATH.match(shape.path), shape.teryt
        numbers = [float(n) for n in re.findall(r"[\d.]+", shape.path)]
        assert all(-0.5 <= n <= max(drawn.width, drawn.height) + 0.5 for n in numbers)


def test_country_map_has_the_sixteen_voivodeships():
    assert sorted(s.teryt for s in country_map().shapes) == [a.code for a in areas_of_level("voivodeship")]


def test_finer_codes_fold_into_their_gmina():
    assert gmina_code_of("1219044") == "1219043"   # the town of an urban-rural gmina
    assert gmina_code_of("1465028") == "1465011"   # a district of Warsaw
    assert gmina_code_of("0610033") == "0610033"
    assert gmina_code_of("06") is None


def test_region_filters_select_units_by_name_or_code():
    lublin_powiats = [a for a in areas_of_level("powiat") if in_filters(a, {"voivodeship": ["lubelskie"]})]
    assert len(lublin_powiats) == 24 and all(a.code.startswith("06") for a in lublin_powiats)
    gminas = [a for a in areas_of_level("gmina") if in_filters(a, {"powiat": ["0610"]})]
    assert {a.name for a in gminas} >= {"Łęczna", "Cyców"} and all(a.code.startswith("0610") for a in gminas)
    # Two gminas share a name in powiat łukowski (the town and the rural gmina around it).
    assert len(resolve("gmina", "Łuków")) == 2
