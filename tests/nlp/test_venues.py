"""Venues: name and street as written, city in the nominative; contact addresses are not venues."""
import pytest
from seedkit import load_seed

from nlp.venues import context_city, find_venues


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_seed_venues(prefix):
    text, gold = load_seed(prefix)
    found = find_venues(text, default_city=context_city(text))
    assert [(v.name, v.address, v.city) for v in found] == [(g["name"], g["address"], g["city"]) for g in gold["venues"]]
    for v in found:
        assert text[v.span[0]:v.span[1]] == v.text


def test_seed_with_the_city_known_from_the_source_region():
    text, gold = load_seed("001")
    found = find_venues(text, default_city="Łęczna")
    assert [(v.name, v.address, v.city) for v in found] == [(g["name"], g["address"], g["city"]) for g in gold["venues"]]


@pytest.mark.parametrize("text, expected", [
    ("Spotkanie odbędzie się 5 maja 2025 r. o godz. 10:00 w sali konferencyjnej Starostwa Powiatowego w Łęcznej, "
     "przy ul. Krasnystawskiej 52.",
     [("sali konferencyjnej Starostwa Powiatowego w Łęcznej", "ul. Krasnystawskiej 52", "Łęczna")]),
    ("Miejsce: Gminny Ośrodek Kultury, ul. Lubelska 3, 21-010 Łęczna",
     [("Gminny Ośrodek Kultury", "ul. Lubelska 3", "Łęczna")]),
    ("Konferencja odbędzie się w Zielonej Górze.", [(None, None, "Zielona Góra")]),
    ("• 3 lutego 2025 r., godz. 10:00 – Centrum Kultury w Górnie, Górno 169\n",
     [("Centrum Kultury w Górnie", "Górno 169", "Górno")]),
])
def test_venue_phrasings(text, expected):
    assert [(v.name, v.address, v.city) for v in find_venues(text)] == expected


def test_contact_and_submission_addresses_are_not_venues():
    text = ("Zapraszamy na spotkanie 5 maja 2025 r.\n"
            "Zgłoszenia należy składać w sekretariacie Urzędu Gminy, ul. Dąbrowskiego 5, 39-450 Baranów Sandomierski.\n\n"
            "Urząd Miejski w Dobrym Mieście, ul. Warszawska 14, 11-040 Dobre Miasto\n"
            "tel. 89 616 11 25, e-mail: sekretariat@dobremiasto.com.pl\n")
    assert find_venues(text) == []


def test_context_city_prefers_the_administrative_mention_over_a_speakers_town():
    text = ("Stowarzyszenie zaprasza organizacje z terenu Gminy Łęczna na spotkanie.\n"
            "W spotkaniu weźmie udział Pani Monika Nowak z Federacji w Olsztynie, była Pełnomocnik Prezydenta Miasta Olsztyn.")
    assert context_city(text) == "Łęczna"


@pytest.mark.parametrize("text, expected", [
    ("Spotkanie odbędzie się w środę 15 stycznia 2025 r. w formie hybrydowej:\n"
     "– stacjonarnie w Rybnickim Centrum Organizacji Pozarządowych, ul. Saint Vallier 8 (sala A),\n"
     "– online na platformie Zoom.", [("Rybnickim Centrum Organizacji Pozarządowych", "ul. Saint Vallier 8", None)]),
    ("Zapraszamy 12 maja o godz. 17:00 do Centrum Kultury w Lublinie (ul. Peowiaków 12) na debatę.",
     [("Centrum Kultury w Lublinie", "ul. Peowiaków 12", "Lublin")]),
    ("Warsztaty odbędą się w sobotę w świetlicy wiejskiej w Ratoszynie Pierwszym (Ratoszyn Pierwszy 52).",
     [("świetlicy wiejskiej w Ratoszynie Pierwszym", "Ratoszyn Pierwszy 52", "Ratoszyn Pierwszy")]),
    ("Obrady odbędą się w trybie zdalnym za pośrednictwem platformy MS Teams.", []),
    ("Uwagi można zgłaszać:\n– na formularzu w Urzędzie Miejskim w Łęcznej (pokój nr 5),\n– mailowo.", []),
])
def test_list_items_invitations_and_online_meetings(text, expected):
    assert [(v.name, v.address, v.city) for v in find_venues(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Miejsce:\nCentrum Kultury w Lublinie\nul. Peowiaków 12\n20-007 Lublin\n\nTermin: 5 maja",
     [("Centrum Kultury w Lublinie", "ul. Peowiaków 12", "Lublin")]),
    ("Gdzie: Sala Błękitna, Urząd Miasta Lublin, pl. Króla Władysława Łokietka 1",
     [("Sala Błękitna, Urząd Miasta Lublin", "pl. Króla Władysława Łokietka 1", "Lublin")]),
    ("📍 Biłgorajskie Centrum Kultury, ul. Kościuszki 19, Biłgoraj – sala widowiskowa",
     [("Biłgorajskie Centrum Kultury", "ul. Kościuszki 19", "Biłgoraj")]),
    ("Spotkanie odbędzie się w Internecie, na platformie Zoom, 5 maja o godz. 10:00.", []),
])
def test_labelled_venues_over_one_or_several_lines(text, expected):
    assert [(v.name, v.address, v.city) for v in find_venues(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Seminarium odbędzie się 26 lutego 2026 r. w godz. 10.00–14.00 w Lublinie, w sali konferencyjnej Wojewódzkiej "
     "Biblioteki Publicznej im. Hieronima Łopacińskiego, ul. Narutowicza 4.",
     [("sali konferencyjnej Wojewódzkiej Biblioteki Publicznej im. Hieronima Łopacińskiego", "ul. Narutowicza 4",
       "Lublin")]),
    ("Spotkanie odbędzie się 14 października 2026 r. od 12.00 do 14.30 w Centrum Dialogu im. Marka Edelmana, "
     "ul. Wojska Polskiego 83.",
     [("Centrum Dialogu im. Marka Edelmana", "ul. Wojska Polskiego 83", None)]),
])
def test_a_patron_named_after_im_is_part_of_the_venue_name(text, expected):
    assert [(v.name, v.address, v.city) for v in find_venues(text)] == expected


def test_a_town_before_the_venue_on_a_list_line_is_its_city():
    text = ("W ramach konsultacji organizujemy otwarte spotkania konsultacyjne:\n"
            "- 22 września 2026 r., godz. 10:00 – Biała Podlaska, Starostwo Powiatowe, ul. Brzeska 41,\n"
            "- 24 września 2026 r., godz. 10:00 – Zamość, Zamojski Dom Kultury, ul. Partyzantów 13,\n"
            "- 1 października 2026 r., godz. 10:00 – Puławy, Centrum Usług Społecznych, ul. Partyzantów 3.")
    assert [(v.name, v.address, v.city) for v in find_venues(text, default_city="Lublin")] == [
        ("Starostwo Powiatowe", "ul. Brzeska 41", "Biała Podlaska"),
        ("Zamojski Dom Kultury", "ul. Partyzantów 13", "Zamość"),
        ("Centrum Usług Społecznych", "ul. Partyzantów 3", "Puławy"),
    ]


def test_a_town_before_the_verb_of_happening_is_the_venue_city():
    text = "W dniach 5–6 czerwca 2025 r. w Zamościu odbyły się warsztaty dla koordynatorów pieczy zastępczej."
    assert [(v.name, v.address, v.city) for v in find_venues(text)] == [(None, None, "Zamość")]
    assert find_venues("W Zamościu mieszka 60 tysięcy osób, a warsztaty odbyły się online.") == []
