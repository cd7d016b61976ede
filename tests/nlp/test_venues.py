"""Venues: name and street as written, city in the nominative; contact addresses are not venues."""
import pytest
from seedkit import load_seed

from nlp.evaluate import score_record
from nlp.venues import context_city, find_venues


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_seed_venues(prefix):
    text, gold = load_seed(prefix)
    found = find_venues(text, default_city=context_city(text))
    assert [(v.name, v.address, v.city) for v in found] == [(g["name"], g["address"], g["city"]) for g in gold["venues"]]
    for v in found:
        assert text[v.span[0]:v.span[1]] == v.text


def test_seed_with_the_city_known_from_the_source_region():
    """The reference keeps `siedzibie`; the guide drops that prefix: both match by its rule."""
    text, gold = load_seed("001")
    found = find_venues(text, default_city="Łęczna")
    assert found[0].name == "Rady Miasta" and found[0].address == "Plac Kościuszki 5"
    assert {v.city for v in found} == {"Łęczna"}
    counts = score_record("001", gold, {"venues": [v.as_dict() for v in found]}).counts["venues"]
    assert (counts.tp, counts.fp, counts.fn) == (len(gold["venues"]), 0, 0)


@pytest.mark.parametrize("text, expected", [
    ("Spotkanie odbędzie się 5 maja 2025 r. o godz. 10:00 w sali konferencyjnej Starostwa Powiatowego w Łęcznej, "
     "przy ul. Krasnystawskiej 52.",
     [("sali konferencyjnej Starostwa Powiatowego w Łęcznej", "ul. Krasnystawskiej 52", "Łęczna")]),
    # the postal line belongs to the address, as real pages write it
    ("Miejsce: Gminny Ośrodek Kultury, ul. Lubelska 3, 21-010 Łęczna",
     [("Gminny Ośrodek Kultury", "ul. Lubelska 3, 21-010 Łęczna", "Łęczna")]),
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


@pytest.mark.parametrize("text, expected", [
    # a town or village alone, in an event's clause
    ("Konferencja „Razem dla wsi” w Kazimierzu Dolnym\n\nW dniach 3–4 października 2025 r. w Kazimierzu Dolnym "
     "odbyła się konferencja sołtysów.", [(None, None, "Kazimierz Dolny")]),
    ("W Lwówku 9 kwietnia 2024 r. spotkał się zarząd stowarzyszenia.", [(None, None, "Lwówek")]),
    ("18.09.2025 r. w Zielonej Górze oraz 19.09.2025 r. w Gorzowie Wlkp. odbyły się spotkania sieci OWES.",
     [(None, None, "Zielona Góra"), (None, None, "Gorzów Wielkopolski")]),
    ("Warsztaty odbyły się 5 maja 2025 r. w świetlicach w Wąwolnicy, Celejowie i Rogalowie.",
     [(None, None, "Wąwolnica"), (None, None, "Celejów"), (None, None, "Rogalów")]),
    # not the event's town: a body's seat, a home, a region, what a body becomes
    ("Zajęcia 5 maja 2025 r. poprowadzi psycholog z Poradni Psychologiczno-Pedagogicznej w Kraśniku.", []),
    ("Spotkanie 5 maja 2025 r. dla osób mieszkających w Kraśniku odbędzie się online.", []),
    ("Podczas gali 5 maja 2025 r. nagrodzono wolontariuszy aktywnych w Wielkopolsce.", []),
    ("Spotkanie 5 maja 2025 r. dotyczyło przekształcenia ośrodka w Centrum Usług Społecznych.", []),
])
def test_towns_alone_as_venues(text, expected):
    from nlp.dates import find_dates

    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address, v.city) for v in find_venues(text, event_spans=spans)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Debata w Gminnej Bibliotece w Kraśniku odbędzie się 17 maja 2025 o godz. 10.00. Zainteresowanych "
     "zapraszamy do kontaktu pod nr tel. 81 111 22 33.", [("Gminnej Bibliotece w Kraśniku", None, "Kraśnik")]),
    ("Sesja odbędzie się 8 stycznia 2026 r. o godz. 17:30 w sali konferencyjnej w Urzędzie Miasta i Gminy "
     "Piaseczno.", [("sali konferencyjnej w Urzędzie Miasta i Gminy Piaseczno", None, "Piaseczno")]),
    ("Debata odbędzie się 23 kwietnia 2025 r. w godz. 17.00-19.00 w sali 103, w Starostwie Powiatowym przy "
     "ul. Skarbowej 1.", [("sali 103, w Starostwie Powiatowym", "ul. Skarbowej 1", None)]),
    ("Zebranie odbędzie się 12 grudnia 2025 r. o godz. 15:00 w świetlicy wiejskiej w miejscowości Stara Wieś.",
     [("świetlicy wiejskiej w miejscowości Stara Wieś", None, "Stara Wieś")]),
    ("Sesja odbędzie się 30 marca 2026 r. o godz. 10:00 w małej sali sesyjnej urzędu miasta.",
     [("małej sali sesyjnej urzędu miasta", None, None)]),
    ("Festyn odbędzie się 22 września 2025 r. na terenie Miejskiego Ośrodka Sportu i Rekreacji w Zgierzu.",
     [("Miejskiego Ośrodka Sportu i Rekreacji w Zgierzu", None, "Zgierz")]),
    ("- spotkanie integracyjne 17 czerwca 2025 r. o godz. 14.00 przy Środowiskowym Domu Samopomocy „Wrzos”",
     [("Środowiskowym Domu Samopomocy „Wrzos”", None, None)]),
    ("Projekt dokumentu wyłożono w dniach od 2 do 31 sierpnia 2025 r. w siedzibie Urzędu Gminy w dni robocze "
     "od godz. 8:00.", []),
    ("Spotkanie 5 maja 2025 r. poświęcone było sytuacji młodych na rynku pracy.", []),
])
def test_rooms_buildings_grounds_and_what_is_no_venue(text, expected):
    assert [(v.name, v.address, v.city) for v in find_venues(text)] == expected


def test_a_schedule_gives_each_row_its_own_venue_and_each_event_its_venue():
    from nlp import Extractor

    text = ("Harmonogram zebrań wiejskich:\n"
            "12.03.2026 (czwartek), godz. 18:00 – Celejów, świetlica wiejska\n"
            "13.03.2026 (piątek), godz. 17:00 – OSP Rogalów, ul. Szkolna 4\n"
            "14.03.2026\tSOBOTA\tZGÓRZE\t10:00\n")
    result = Extractor().extract(text)
    venues = [(v["name"], v["address"], v["city"]) for v in result["venues"]]
    assert venues == [("świetlica wiejska", None, "Celejów"), ("OSP Rogalów", "ul. Szkolna 4", "Rogalów"),
                      (None, None, "Zgórze")]
    assert [(e["start"], e["venue"]) for e in result["events"]] == [
        ("2026-03-12T18:00", 0), ("2026-03-13T17:00", 1), ("2026-03-14T10:00", 2)]
    assert result["events"][0]["region"]["gmina"] == "Wąwolnica"
