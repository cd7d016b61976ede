"""Funding stated by what made an event possible (`nie byłoby możliwe bez wsparcia finansowego
X`), by a body's own share (`wkład własny Powiatu X`) or costs it covered (`Gmina X, która
pokryła część kosztów`), by the ministry a programme is named after, and by the programme of the
project an organiser runs the event within; and the statements that say the opposite."""
import pytest

from nlp.funding import find_funding


def _funding(text):
    return [(f.funder, f.programme) for f in find_funding(text)]


@pytest.mark.parametrize("text, expected", [
    ("Konferencja odbyła się 10 maja 2024 r. Zorganizowanie konferencji nie byłoby możliwe bez wsparcia "
     "finansowego Wojewódzkiego Funduszu Ochrony Środowiska i Gospodarki Wodnej w Lublinie oraz Województwa "
     "Lubelskiego.",
     [("Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Lublinie", None),
      ("Województwo Lubelskie", None)]),
    ("Projekt „Bezpieczne dzieci” jest współfinansowany z Programu Osłonowego Ministerstwa Rodziny i Polityki "
     "Społecznej. Całkowity koszt projektu to 83 600 zł, z czego 30 000 zł stanowi wkład własny "
     "Powiatu Kłodzkiego.",
     [("Ministerstwo Rodziny i Polityki Społecznej", "Program Osłonowy Ministerstwa Rodziny i Polityki Społecznej"),
      ("Powiat Kłodzki", None)]),
    ("Szkolenie odbyło się 10 maja 2024 r. Organizatorami kursu był Ośrodek Doradztwa Rolniczego oraz Gmina Borki, "
     "która pokryła część jego kosztów.", [("Gmina Borki", None)]),
    ("Regionalny Ośrodek Polityki Społecznej w Lublinie, w ramach projektu „Koordynacja” Działanie 1.2 "
     "Priorytet I Programu Operacyjnego Kapitał Ludzki organizuje konferencję 10 maja 2024 r.",
     [("Unia Europejska", "Program Operacyjny Kapitał Ludzki")]),
    ("Warsztaty odbędą się 12 maja 2016 r. Projekt finansuje Narodowe Centrum Kultury, program Dom Kultury Plus, "
     "Inicjatywy Lokalne 2016", [("Narodowe Centrum Kultury", "Dom Kultury+")]),
    ("Spotkanie odbędzie się 12 maja 2022 r. Fundacja, wspólnie z OWOP w Borkach, realizuje na zlecenie Miasta "
     "Łomża zadanie publiczne „Centrum Organizacji”.", [("Miasto Łomża", None)]),
    ("Spotkanie odbędzie się 12 maja 2017 r. Ośrodek Kultury w Borkach jest beneficjentem programu "
     "Dom Kultury + Inicjatywy lokalne 2017.", [("Narodowe Centrum Kultury", "Dom Kultury+")]),
    # the project's realisation in a programme named by its acronym, the title unquoted
    ("W związku z realizacją projektu pt. Centrum Usług Społecznych w Borkach w ramach POWER 2014-2020 "
     "zapraszamy 19 maja 2021 r. na spotkanie.",
     [("Unia Europejska", "Program Operacyjny Wiedza Edukacja Rozwój 2014-2020")]),
    # a programme's quoted name ending a line, its owner on the next
    ("Konferencja odbyła się 5 maja 2024 r. Została sfinansowana ze środków programu „Seniorzy razem”\n"
     "Polsko-Amerykańskiej Fundacji Wolności, realizowanego przez Towarzystwo Przyjaciół Borek.",
     [("Polsko-Amerykańska Fundacja Wolności", "Seniorzy razem")]),
    # a region's office in lower case, as a sentence may write it
    ("Konferencja odbyła się 5 maja 2024 r. Wsparcia finansowego udzielił również samorząd województwa "
     "kujawsko-pomorskiego.", [("Województwo Kujawsko-Pomorskie", None)]),
    # the implementer and its partner between the participle and the programme; a regional
    # programme named without `Regionalny`
    ("Konferencja odbyła się 5 maja 2017 r. Niniejszy projekt realizowany jest przez Stowarzyszenie „Na Rzecz "
     "Rozwoju Miasta i Gminy Borki” w partnerstwie z Centrum Inicjatyw Obywatelskich w Lipnie w ramach Programu "
     "Operacyjnego Województwa Pomorskiego na lata 2014-2020. Gościliśmy Dyrektora Departamentu Europejskiego "
     "Funduszu Społecznego.",   # (a fund in an office's name says nothing of who pays)
     [("Unia Europejska", "Program Operacyjny Województwa Pomorskiego 2014-2020")]),
    # the state budget's share and a fund's share, each with its percentage
    ("Spotkanie odbędzie się 12 maja 2019 r. Projekt finansowany ze środków budżetu Państwa, w tym w 15 % ze "
     "środków krajowych i w 85 % ze środków Funduszu Spójności.",
     [("Fundusz Spójności", None), ("budżet państwa", None)]),
    # EU support said with the adjective after its noun
    ("Turniej odbył się 25 października 2017 r. w Lipnie. Turniej zrealizowano dzięki wsparciu unijnemu.",
     [("Unia Europejska", None)]),
])
def test_funding_stated_by_what_made_it_possible_or_who_paid_a_share(text, expected):
    assert _funding(text) == expected


@pytest.mark.parametrize("text", [
    "Gmina utworzyła centrum bez dofinansowania ze środków unijnych. Spotkanie odbyło się 10 maja 2024 r.",
    "Spotkanie w ramach projektu „Sąsiedzi” odbędzie się 10 maja 2024 r. w świetlicy.",
    "Na spotkaniu 12 maja opowiemy, jak zostać beneficjentem programu FIO.",
])
def test_no_funding_without_a_payer(text):
    assert _funding(text) == []


@pytest.mark.parametrize("text, expected", [
    # the rural network of the rural development programme: the Union pays through it
    ("Szkolenie sfinansowano ze środków Krajowej Sieci Obszarów Wiejskich.",
     [("Unia Europejska", "Krajowa Sieć Obszarów Wiejskich")]),
    # the grantee named after `uzyskanej przez` pays nothing
    ("Organizacja warsztatów możliwa była dzięki dotacji uzyskanej przez Izbę Rolniczą w Lipnie z Krajowej Sieci "
     "Obszarów Wiejskich.", [("Unia Europejska", "Krajowa Sieć Obszarów Wiejskich")]),
    # a part of a programme named right before it: the programme it is part of
    ("Operacja współfinansowana ze środków Unii Europejskiej w ramach Schematu II Pomocy Technicznej „Krajowa Sieć "
     "Obszarów Wiejskich” Programu Rozwoju Obszarów Wiejskich na lata 2014-2020.",
     [("Unia Europejska", "Program Rozwoju Obszarów Wiejskich 2014-2020")]),
    ("Spotkanie sfinansowane było z Narodowego Programu Rozwoju Czytelnictwa.",
     [("budżet państwa", "Narodowy Program Rozwoju Czytelnictwa")]),
])
def test_the_rural_network_the_reading_programme_and_a_grantee(text, expected):
    assert [(f.funder, f.programme) for f in find_funding(text)] == expected


def test_funding_the_meeting_presents_as_its_topic_is_no_funding_of_it():
    text = ("W dniu 29 stycznia 2015 r. w Gminnym Ośrodku Kultury w Lipnie odbyło się spotkanie Wójta Gminy z "
            "przedsiębiorcami. Zaprezentował bieżące inwestycje gminne oraz perspektywy nowego finansowania projektów "
            "ze środków Unii Europejskiej.")
    from nlp import Extractor
    assert Extractor().extract(text)["funding"] == []
