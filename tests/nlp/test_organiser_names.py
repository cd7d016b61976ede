"""Names of inviting bodies that run past a person's role or a lower-case unit: the people a
body gathers (`Konwent Dyrektorów …`, `Związek Sołtysów …`) and an office of a unit named by
its adjective (`Wójt żarskiej gminy`)."""
import pytest

from nlp.organisers import find_organisers


@pytest.mark.parametrize("text, expected", [
    ("Polskie Towarzystwo Pracy Socjalnej, Instytut Nauk Społecznych Uniwersytetu w Borkach oraz Konwent "
     "Dyrektorów Powiatowych Centrów Pomocy Rodzinie Województwa Opolskiego zorganizowali konferencję "
     "naukową, która odbyła się 12 maja 2024 r. w Borkach.",
     ["Polskie Towarzystwo Pracy Socjalnej", "Instytut Nauk Społecznych Uniwersytetu w Borkach",
      "Konwent Dyrektorów Powiatowych Centrów Pomocy Rodzinie Województwa Opolskiego"]),
    ("Związek Sołtysów Ziemi Borkowskiej zaprasza na spotkanie 12 maja 2024 r.", ["Związek Sołtysów Ziemi Borkowskiej"]),
    ("Wójt borkowskiej gminy oraz Gminny Ośrodek Pomocy Społecznej zapraszają na Tydzień Seniora, który "
     "rozpocznie się 12 maja 2024 r.", ["Wójt borkowskiej gminy", "Gminny Ośrodek Pomocy Społecznej"]),
])
def test_a_name_runs_past_its_members_and_its_units_adjective(text, expected):
    assert [o.name for o in find_organisers(text)] == expected



def test_an_office_listed_beside_an_organising_office_organises_with_it():
    from nlp.organisers import _coordinated
    text = ("na zaproszenie Przewodniczącej Porozumienia Rad Seniorów Anny Lis i Przewodniczącej Opolskiej Rady "
            "Seniorów Ewy Kowalskiej uczestniczyli w zgromadzeniu, a Stowarzyszenie Borki i Fundacja Lipie pomogły.")
    first = text.index("Przewodniczącej Porozumienia")
    found = _coordinated(text, [(first, first + len("Przewodniczącej Porozumienia Rad Seniorów Anny Lis"))])
    assert [text[a:b] for a, b in found] == ["Przewodniczącej Opolskiej Rady Seniorów Ewy Kowalskiej"]
