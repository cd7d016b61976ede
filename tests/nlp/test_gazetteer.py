"""Place names in any case form map to TERYT units; codes map back to names."""
import pytest

from nlp.gazetteer import gazetteer


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


@pytest.mark.parametrize("phrase, name, teryt", [
    ("Łęcznej", "Łęczna", "0610033"),
    ("Łodzi", "Łódź", "1061011"),
    ("Krakowie", "Kraków", "1261011"),
    ("Czernicy", "Czernica", "0223012"),
    ("Niedrzwicy Dużej", "Niedrzwica Duża", "0609102"),
    ("Nowym Mieście Lubawskim", "Nowe Miasto Lubawskie", "2812011"),
    ("Zielonej Górze", "Zielona Góra", "0862011"),
    ("Gorzowie Wlkp.", "Gorzów Wielkopolski", "0861011"),
    ("Piasecznie", "Piaseczno", "1418043"),
    ("Bielsku-Białej", "Bielsko-Biała", "2461011"),
    ("Tereszpolu", "Tereszpol", "0602132"),
])
def test_inflected_place_names_resolve_to_their_gmina(gaz, phrase, name, teryt):
    place = gaz.resolve(phrase)
    assert place is not None and place.name == name
    assert gaz.region_of_place(place).teryt == teryt


def test_common_words_are_not_places(gaz):
    for word in ("Miasta", "Rady", "Lubelskiej", "Spotkanie"):
        assert gaz.resolve(word) is None


def test_an_acronym_in_capitals_is_no_place_its_letters_fold_to(gaz):
    assert gaz.city_name("USC") is None       # Urząd Stanu Cywilnego, not the village Uść
    assert gaz.city_name("EŁK") == "Ełk"      # a short town in a heading's capitals, spelled as it is


def test_region_names_for_codes_of_every_level(gaz):
    assert gaz.region_of_code("06").as_dict() == {"teryt": "06", "voivodeship": "lubelskie", "powiat": None, "gmina": None}
    lublin = gaz.region_of_code("0663011")
    assert (lublin.voivodeship, lublin.powiat, lublin.gmina) == ("lubelskie", "Lublin", "Lublin")
    leczna = gaz.region_of_code("061003")
    assert (leczna.teryt, leczna.powiat, leczna.gmina) == ("0610033", "łęczyński", "Łęczna")
    assert gaz.region_of_code("99").teryt is None
    assert gaz.region_of_code("abc").voivodeship is None


def test_preferred_region_breaks_ties_between_same_named_places(gaz):
    anywhere = gaz.resolve("Dąbrówka")
    in_lubelskie = gaz.resolve("Dąbrówka", prefer="06")
    assert in_lubelskie is not None and in_lubelskie.teryt6.startswith("06")
    assert anywhere is not None


def test_voivodeship_adjectives(gaz):
    assert gaz.voivodeship_code("lubelskiego") == "06"
    assert gaz.voivodeship_code("Dolnośląskie") == "02"


def test_nearest_same_named_place_to_the_preferred_code_wins(gaz):
    # a village of the source's own gmina before same-named villages elsewhere in its voivodeship
    assert gaz.resolve("Stara Wieś", prefer="0610033").teryt6 == "061003"
    assert gaz.resolve("Dąbrówka", prefer="0610033").teryt6.startswith("06")


def test_sole_place_only_for_names_that_cannot_mean_another_place(gaz):
    assert gaz.sole_place("Zamościu").name == "Zamość"          # the one town among hamlets of that name
    assert gaz.sole_place("Stara Wieś") is None                 # villages in many gminas
    assert gaz.sole_place("Stara Wieś", "061003").teryt6 == "061003"
    assert gaz.sole_place("Nieistniejąca Miejscowość") is None


def test_a_city_outranks_a_village_of_its_name_in_the_preferred_voivodeship(gaz):
    # (a page from zachodniopomorskie naming `Lublinie` names the city, not the village Lublino there)
    assert gaz.resolve("Lublinie", prefer="32").name == "Lublin"
    assert gaz.resolve("Lublinie", prefer="321402").name == "Lublino"   # (but within its own gmina, the village)


@pytest.mark.parametrize("phrase, name", [
    ("Kamionkach", "Kamionki"),   # not the village Kamionka, whose locative is `Kamionce`
    ("Górach", "Góry"),           # not the town Góra (`w Górze`)
    ("Kowale", "Kowale"),         # not the town Kowal (`w Kowalu`)
    ("Jastrzębi", "Jastrzębia"),  # a singular place, though also a common noun's plural
    ("Szczecinie", "Szczecin"),
    ("Szczecin", "Szczecin"),     # (`szczecin`: the plural genitive of a common noun too)
])
def test_a_form_that_is_plural_only_names_a_place_with_a_plural_name(gaz, phrase, name):
    assert gaz.resolve(phrase).name == name
