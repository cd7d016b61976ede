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
    # places of other kinds than halls and offices: a mine, an opera, a brewery
    ("Konferencja odbędzie się 30 września 2019 r. w Kopalni Soli Wieliczka.",
     [("Kopalni Soli Wieliczka", None, "Wieliczka")]),
    ("Gala odbędzie się 5 maja 2020 r. w Starym Browarze w Lipnie.", [("Starym Browarze w Lipnie", None, "Lipno")]),
    # a compound adjective written apart in lower case stays in the name
    ("Zebranie odbędzie się 7 marca 2020 r. w Sali kinowo – widowiskowej „Mieszko” przy ul. Boreckiej 18 w Lipnie.",
     [("Sali kinowo – widowiskowej „Mieszko”", "ul. Boreckiej 18", "Lipno")]),
    # the street on the line under the place's name
    ("Konferencja odbędzie się 11 marca 2023 r. o godz. 10.00\nw Lipnowskim Domu Kultury „Lipka”\n"
     "ul. Mostowa 15 w Lipnie.\nkom. 506 152 734",
     [("Lipnowskim Domu Kultury „Lipka”", "ul. Mostowa 15", "Lipno")]),
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


def test_a_soltys_of_a_village_names_the_village_the_page_is_about():
    text = ("Sołtys Lubszy zaprasza na zebranie wiejskie, które odbędzie się 27 września o godz. 19:00 w sali "
            "„U św. Jakuba”. Zebranie zwołuje Wójt Gminy Woźniki.")
    assert context_city(text) == "Lubsza"


def test_the_people_a_body_gathers_and_a_country_are_no_town_of_its_hall():
    text = "W niedzielę 10 września spotkaliśmy się w sali Towarzystwa Słowaków w Polsce."
    assert [(v.name, v.city) for v in find_venues(text)] == [("sali Towarzystwa Słowaków w Polsce", None)]


def test_a_mayor_of_the_city_counts_for_his_city_as_a_mayor_of_the_town_does():
    text = ("Forum odbędzie się jutro w Pałacu Kultury.\n\nDebata prezydencka:\n"
            "Jan Nowak – Prezydent Miasta Dąbrowa Górnicza\nAnna Lis – Prezydent Miasta Gdańska\n"
            "Piotr Kos – Prezydent Wrocławia\n\nOrganizatorem jest Urząd Miejski w Dąbrowie Górniczej.")
    assert context_city(text) == "Dąbrowa Górnicza"


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
    # a patron in the genitive with no `im.`, and the owners a place is named after, are no person nor town
    ("Konferencja odbędzie się 28 listopada 2026 r. w Katolickim Uniwersytecie Lubelskim Jana Pawła II w Lublinie "
     "przy al. Racławickich 14.",
     [("Katolickim Uniwersytecie Lubelskim Jana Pawła II w Lublinie", "al. Racławickich 14", "Lublin")]),
    ("Piknik odbędzie się 19 maja w Lasowicach na terenie Pracowni Ceramiki Anny i Grzegorza Kowalskich.",
     [("Pracowni Ceramiki Anny i Grzegorza Kowalskich", None, "Lasowice")]),
])
def test_a_patron_or_an_owner_is_part_of_the_venue_name(text, expected):
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
    ("Debata odbędzie się 23 kwietnia 2025 r. w godz. 17.00-19.00 w sali 204, w Starostwie Powiatowym przy "
     "ul. Lipowej 7.", [("sali 204, w Starostwie Powiatowym", "ul. Lipowej 7", None)]),
    ("Zebranie odbędzie się 12 grudnia 2025 r. o godz. 15:00 w świetlicy wiejskiej w miejscowości Stara Wieś.",
     [("świetlicy wiejskiej w miejscowości Stara Wieś", None, "Stara Wieś")]),
    ("Sesja odbędzie się 30 marca 2026 r. o godz. 10:00 w małej sali sesyjnej urzędu miasta.",
     [("małej sali sesyjnej urzędu miasta", None, None)]),
    ("Festyn odbędzie się 22 września 2025 r. na terenie Miejskiego Ośrodka Sportu i Rekreacji w Zgierzu.",
     [("Miejskiego Ośrodka Sportu i Rekreacji w Zgierzu", None, "Zgierz")]),
    ("- spotkanie integracyjne 17 czerwca 2025 r. o godz. 14.00 przy Środowiskowym Domu Samopomocy „Jaskier”",
     [("Środowiskowym Domu Samopomocy „Jaskier”", None, None)]),
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


def test_bulleted_places_under_a_date_header_are_each_a_venue_and_the_event_takes_the_first():
    from nlp import Extractor

    text = ("Spotkania konsultacyjne o przyszłości miasta\n\n"
            "Konsultacje mają na celu stworzenie platformy dyskusji z mieszkańcami o mieście. Spotkania poprowadzą "
            "zewnętrzni eksperci pełniący funkcję moderatorów, a każdy uczestnik będzie mógł zabrać głos.\n\n"
            "12 marca 2026, 18:00\n\n"
            "  • Dom Kultury w Lasowicach, ul. Leśna 29\n"
            "  • Szkoła Podstawowa nr 26, ul. Morska 7\n\n"
            "19 marca 2026, 18:00\n\n"
            "  • Stadion Miejski, ul. Sportowa 21 (brama 1, sala konferencyjna)\n"
            "  • Szkoła Podstawowa nr 36, ul. Rybna 4\n\n"
            "Przyjdź i powiedz, czego potrzebujesz!")
    result = Extractor().extract(text)
    assert [(v["name"], v["address"]) for v in result["venues"]] == [
        ("Dom Kultury w Lasowicach", "ul. Leśna 29"), ("Szkoła Podstawowa nr 26", "ul. Morska 7"),
        ("Stadion Miejski", "ul. Sportowa 21"), ("Szkoła Podstawowa nr 36", "ul. Rybna 4")]
    assert [(e["start"], e["venue"]) for e in result["events"]] == [("2026-03-12T18:00", 0), ("2026-03-19T18:00", 2)]


def test_a_run_of_place_and_street_rows_each_gives_a_venue():
    text = ("Terminy i miejsca spotkań:\n"
            "- Osiedle Słoneczne – 4 marca\n"
            "siedziba Rady Osiedla, ul. Lipowa 58 - Osiedle Leśne – 6 marca\n"
            "Szkoła Podstawowa nr 10, ul. Brzozowa 1 - Osiedle Południe – 11 marca\n"
            "Dzielnicowy Dom Ludowy ul. Kopernika 17 - Dzielnica Zawodzie – 13 marca\n"
            "Szkoła Podstawowa Nr 8 ul. Prochownia 7\n")
    assert [(v.name, v.address) for v in find_venues(text)] == [
        ("Rady Osiedla", "ul. Lipowa 58"), ("Szkoła Podstawowa nr 10", "ul. Brzozowa 1"),
        ("Dzielnicowy Dom Ludowy", "ul. Kopernika 17"), ("Szkoła Podstawowa Nr 8", "ul. Prochownia 7")]


def test_schedule_rows_read_street_first_districts_rooms_in_brackets_and_villages():
    from nlp import Extractor

    text = ("Harmonogram zebrań mieszkańców:\n"
            " • 8 września 2026 r. (wtorek) - sołectwo Komorów, świetlica, ul. Kaliszany 18; godz. 18.00\n"
            " • 9 września 2026 r. (środa) - Opacz Mała, ul. Raszyńska 34, budynek gminny (sala II piętro), godz. 18.30\n"
            " • 10 września 2026 r. (czwartek) - Michałowice -Wieś, ul. Raszyńska 34, budynek gminny (sala II piętro), "
            "godz. 18.00\n"
            " • 11 września 2026 r. (piątek) - Reguły, al. Powstańców Warszawy 1, (sala multimedialna UG), godz. 17.30\n")
    result = Extractor().extract(text)
    assert [(v["name"], v["address"], v["city"]) for v in result["venues"]] == [
        ("świetlica", "ul. Kaliszany 18", "Komorów"),
        ("budynek gminny (sala II piętro)", "ul. Raszyńska 34", "Opacz Mała"),
        ("budynek gminny (sala II piętro)", "ul. Raszyńska 34", "Michałowice-Wieś"),
        ("sala multimedialna UG", "al. Powstańców Warszawy 1", "Reguły")]
    assert [e["venue"] for e in result["events"]] == [0, 1, 2, 3]


def test_a_district_before_the_place_is_neither_its_street_nor_its_town():
    from nlp.dates import find_dates

    text = ("Spotkania z mieszkańcami\n\n"
            "27 maja – os. Kwiatowe, godz. 17.00, Szkoła Podstawowa nr 6,\n\n"
            "29 maja – Ruptawa, godz. 18.00, Dom sołecki,\n\n"
            "8 czerwca – os. Górnicze, godz. 17.00, sala szkoleniowa nr 33 przy KWK Górnik,\n\n"
            "16 czerwca – os. Gwarków, godz. 17.00, Szkoła Podstawowa nr 9.")
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address) for v in find_venues(text, event_spans=spans)] == [
        ("Szkoła Podstawowa nr 6", None), ("Dom sołecki", None), ("sala szkoleniowa nr 33 przy KWK Górnik", None),
        ("Szkoła Podstawowa nr 9", None)]
    assert find_venues(text, event_spans=spans)[-1].city is None   # (`os. Gwarków` names no village Gwarek)


def test_a_village_in_a_schedule_cell_is_taken_as_written():
    from nlp.dates import find_dates

    text = "Zebrania wiejskie:\n12.03.2026 r. – godz. 18.00 Nowe Dwory\n13.03.2026 r. – godz. 18.00 Zamoście\n"
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [v.city for v in find_venues(text, event_spans=spans)] == ["Nowe Dwory", "Zamoście"]


def test_a_where_label_may_stand_a_blank_line_above_its_answer():
    text = ("KIEDY?\n\n16 listopada (środa) 2026 r. o godz. 17.00 - 19.00\n\nGDZIE?\n\n"
            "W Centrum Kultury Lasowice - Galeria Nowa (w sali widowiskowej) przy ul. Polnej 62\n\n"
            "Spotkanie ma na celu podsumowanie zebranych wniosków.")
    assert [(v.name, v.address) for v in find_venues(text)] == [
        ("Centrum Kultury Lasowice - Galeria Nowa (w sali widowiskowej)", "ul. Polnej 62")]


@pytest.mark.parametrize("text, expected", [
    # where people came to
    ("W dniu 18 grudnia kilkadziesiąt osób przybyło do Gminnego Ośrodka Kultury w Połajewie, by złożyć sobie "
     "życzenia.", [("Gminnego Ośrodka Kultury w Połajewie", None, "Połajewo")]),
    ("29 kwietnia do sali wiejskiej w Koźlinach przybyły panie z kół gospodyń.",
     [("sali wiejskiej w Koźlinach", None, "Koźliny")]),
    ("Zapraszamy do biura projektu 5 maja.", []),
    # a patron closes the name
    ("Koncert odbędzie się 8 grudnia w parafii pod wezwaniem Świętej Rodziny. „Czas i przestrzeń” to jego tytuł.",
     [("parafii pod wezwaniem Świętej Rodziny", None, None)]),
    ("5 Kwietnia 11:00\nKielno, parafia pw. św. Wojciecha\n\nPrzesłuchania chórów rozpoczną się o 11.00.",
     [("parafia pw. św. Wojciecha", None, "Kielno")]),
    ("W piątek, 28 września 2018 roku, w Miejskiej Galerii Sztuki im. Wł. hr. Zamoyskiego, odbyło się otwarcie "
     "wystawy.", [("Miejskiej Galerii Sztuki im. Wł. hr. Zamoyskiego", None, None)]),
    ("Spotkanie odbędzie się 5 maja w Szkole Podstawowej im. Jana Pawła II. Zapraszamy.",
     [("Szkole Podstawowej im. Jana Pawła II", None, None)]),
    # a shelter on a playground, and the village said before it with the time between
    ("W Budzieniu punktualnie o godz 16.00 w wiacie na placu zabaw spotkało się 18 osób.",
     [("wiacie na placu zabaw", None, "Budzień")]),
])
def test_arrivals_patrons_and_places_on_places(text, expected):
    from nlp.dates import find_dates

    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address, v.city) for v in find_venues(text, event_spans=spans)] == expected


@pytest.mark.parametrize("text, expected", [
    # a headline and a label name one place
    ("Wystawa „Lata 90.” w Galerii Miejskiej we Wrocławiu\n- TERMINY: czwartek 26.02 o 18:00\n"
     "- Miejsce: Galeria Miejska\n- BILETY: wstęp wolny\n", [("Galerii Miejskiej we Wrocławiu", None, "Wrocław")]),
    # an abbreviation says it again, with its street
    ("Lipowska Galeria Sztuki zaprasza na wernisaż, który odbędzie się 16 grudnia o godzinie 18:00 w siedzibie LGS, "
     "czyli przy ulicy Polnej 36.", [("LGS", "ulicy Polnej 36", None)]),
    # an abbreviation of a name that ends with its town
    ("W dniach 5-6.07.2018 r. w Miejskim Domu Kultury w Borkach odbyły się zajęcia plastyczne. W MDK spotkało się "
     "20 osób.", [("Miejskim Domu Kultury w Borkach", None, "Borki")]),
    # a show's title in quotes is not the museum's name; the full name and the street come later
    ("Podwieczorek w Muzeum „Czy to prawda, że dawniej było lepiej?”\nZapraszam w środę, 29 stycznia na podwieczorek "
     "w Miejskim Muzeum w Lipnie, przy ul. Chopina 6.\nCzas i miejsce: 29.01.25 godz. 17.00, Muzeum Miejskie w "
     "Lipnie, ul. Fryderyka Chopina 6", [("Muzeum Miejskie w Lipnie", "ul. Fryderyka Chopina 6", "Lipno")]),
])
def test_one_place_said_twice_is_one_venue(text, expected):
    from nlp.dates import find_dates

    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address, v.city) for v in find_venues(text, event_spans=spans)] == expected


@pytest.mark.parametrize("text, date, expected", [
    ("Muzeum Ziemi Lipowskiej zaprasza 16 maja 2026 r. na Noc Muzeów. Zwiedzanie od godz. 19.00.", "16 maja 2026",
     ["Muzeum Ziemi Lipowskiej"]),
    ("W sobotę, 25 maja 2026 od rana do wieczora Lipowskie Centrum Sportu będzie areną zmagań drużyn.",
     "25 maja 2026", ["Lipowskie Centrum Sportu"]),
    ("W środę 19 kwietnia 2026 swoje drzwi ponownie otworzyła Kawiarenka Obywatelska.", "19 kwietnia 2026",
     ["Kawiarenka Obywatelska"]),
    ("W piątek 15.03.2026 naszą bibliotekę odwiedzili uczniowie z Lasowic.", "15.03.2026", ["naszą bibliotekę"]),
    ("8 października 2026 roku odbyło się otwarcie Lipowskiej Kawiarenki Obywatelskiej.", "8 października 2026",
     ["Lipowskiej Kawiarenki Obywatelskiej"]),
    # an office or a society that invites is the organiser, not the place
    ("Urząd Gminy zaprasza 5 maja 2026 r. na konsultacje społeczne.", "5 maja 2026", []),
    ("Stowarzyszenie Razem zaprasza 5 maja 2026 r. na piknik sąsiedzki.", "5 maja 2026", []),
    # a date is no month's adjective (`lutego`) before the place
    ("W dniu 22 lutego biblioteka gościła pisarza.", "22 lutego", ["biblioteka"]),
    # a place said after `w` is the venue, the host not again
    ("Gminny Ośrodek Kultury zaprasza 5 maja 2026 r. na koncert w sali widowiskowej Urzędu Gminy.", "5 maja 2026",
     ["sali widowiskowej Urzędu Gminy"]),
])
def test_a_place_that_hosts_a_dated_event_is_its_venue(text, date, expected):
    at = text.index(date)
    assert [v.name for v in find_venues(text, event_spans=[(at, at + len(date))])] == expected


def test_a_table_flattened_with_blank_lines_gives_each_row_its_village_and_place():
    from nlp.dates import find_dates

    text = ("HARMONOGRAM ZEBRAŃ WIEJSKICH\n\nLp.\n\nSołectwo\n\nData spotkania\n\nGodzina\n\nMiejsce spotkania\n\n"
            "1\n\nOsowiec\n\n05.09.2026 r.\n\n18:00\n\nŚwietlica wiejska\n\n"
            "2\n\nŚmiardowo Złotowskie\n\n10.09.2026 r.\n\n18:00\n\nBudynek po szkole w Śmiardowie Zł.\n\n"
            "3\n\nGłomsk\n\n17.09.2026 r.\n\n19:00\n\nRemiza OSP\n\nPytania prosimy kierować do sołtysów.")
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.city) for v in find_venues(text, event_spans=spans)] == [
        ("Świetlica wiejska", "Osowiec"), ("Budynek po szkole w Śmiardowie Zł.", "Śmiardowo Złotowskie"),
        ("Remiza OSP", "Głomsk")]


def test_a_numbered_row_names_its_village_before_the_weekday():
    from nlp.dates import find_dates

    text = ("Harmonogram zebrań wiejskich w 2026 r.\n\nLp. Sołectwo Data i godzina zebrania Miejsce zebrania\n"
            "1. Aleksandrów Wt., 26.05, godz. 19.00 Świetlica wiejska\n"
            "2. Kuźniczka Śr., 27.05, godz. 17.00 Dom sołtysa\n")
    spans = [m.span for m in find_dates(text, published=__import__("datetime").date(2026, 5, 1)) if m.kind == "event"]
    assert [(v.name, v.city) for v in find_venues(text, event_spans=spans)] == [
        ("Świetlica wiejska", "Aleksandrów"), ("Dom sołtysa", "Kuźniczka")]


@pytest.mark.parametrize("text, towns, links", [
    ("W sobotę, tj. 6 lipca 2026 r., wybory sołtysa odbędą się:\n\nw Dębinie o godzinie 9 i w Lasowicach o godzinie "
     "11.\n\nW pozostałych sołectwach wybory odbędą się w innych terminach.", ["Dębina", "Lasowice"], None),
    ("W sobotę, tj. 6 lipca 2026 r., wybory sołtysa odbędą się w Dębinie o godzinie 9 i w Lasowicach o godzinie 11.",
     ["Dębina", "Lasowice"], [("2026-07-06T09:00", 0), ("2026-07-06T11:00", 1)]),
])
def test_towns_listed_after_a_colon_and_the_time_of_each(text, towns, links):
    from nlp import Extractor

    result = Extractor().extract(text)
    assert [v["city"] for v in result["venues"]] == towns
    if links:
        assert [(e["start"], e["venue"]) for e in result["events"]] == links


@pytest.mark.parametrize("text, expected", [
    # a stage in a park, a bonfire by the school
    ("Koncert odbędzie się 4 sierpnia 2026 r. na scenie Muszli Koncertowej w Parku Zdrojowym.",
     [("scenie Muszli Koncertowej w Parku Zdrojowym", None, None)]),
    ("10 czerwca ok. 18.00 uczniowie spotkali się przy ognisku obok szkoły, gdzie czekały kiełbaski.",
     [("ognisku obok szkoły", None, None)]),
    # a name read without its street and the street right after it are one place
    ("W piątek, 16 maja 2026 r., o godzinie 17:00 odbył się wernisaż w Galerii -x- przy ul. Polnej 19.",
     [("Galerii", "ul. Polnej 19", None)]),
    # a guess about a later event, the place it was not held in, and what a project builds are no venue
    ("Spotkanie odbyło się 25 maja 2026 r. w wiacie w Lasowicach. Jubileusz odbędzie się w sierpniu, "
     "prawdopodobnie w Teatrze Miejskim.", [("wiacie w Lasowicach", None, "Lasowice")]),
    ("15 grudnia odbyła się sesja rady gminy. Radni nietypowo – zamiast w urzędzie – spotkali się w świetlicy "
     "wiejskiej w Lasowicach.", [("świetlicy wiejskiej w Lasowicach", None, "Lasowice")]),
    ("Zapraszamy 9 maja na konsultacje projektu infrastruktury rekreacyjnej na terenie boiska sportowego w Lasowicach. "
     "Konsultacje odbędą się 9 maja o godz. 17.00 w świetlicy wiejskiej w Lasowicach.",
     [("świetlicy wiejskiej w Lasowicach", None, "Lasowice")]),
    # the room said again after its full name
    ("W sali widowiskowej Centrum Kultury 14 listopada celebrowano Dzień Seniora. Powitanie znajdujących się na "
     "sali seniorów było serdeczne.", [("sali widowiskowej Centrum Kultury", None, None)]),
    # a city the dictionary also knows as a surname
    ("Jubileusz odbędzie się 5 maja w Teatrze Miejskim w Gdyni.", [("Teatrze Miejskim w Gdyni", None, "Gdynia")]),
])
def test_parts_of_places_and_what_is_said_around_them(text, expected):
    from nlp.dates import find_dates

    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address, v.city) for v in find_venues(text, event_spans=spans)] == expected


def test_a_comma_inside_a_name_and_the_town_of_a_where_label():
    from nlp.dates import find_dates

    text = ("Spotkania odbędą się w następujących terminach i miejscach: 02.10.2026 r. (piątek) godz. 18:00 "
            "Miejski Ośrodek Kultury, Sportu i Rekreacji, ul. Słowackiego 13, 03.10.2026 r. (sobota) godz. 18:00 "
            "Szkoła Podstawowa nr 5, ul. Leśna 2.\nMiejsce wydarzenia: Szklarska Poręba")
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address, v.city) for v in find_venues(text, event_spans=spans)] == [
        ("Miejski Ośrodek Kultury, Sportu i Rekreacji", "ul. Słowackiego 13", "Szklarska Poręba"),
        ("Szkoła Podstawowa nr 5", "ul. Leśna 2", "Szklarska Poręba")]


def test_a_place_and_an_online_stream_on_a_header_line():
    from nlp.dates import find_dates

    text = ("25.04.2026 r. (niedziela), godz. 18:00\nOgród Pałacyku Lipowskiego + transmisja online\nWstęp wolny\n"
            "Zapraszamy Państwa na uroczyste otwarcie furtki do parku.")
    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [v.name for v in find_venues(text, event_spans=spans)] == ["Ogród Pałacyku Lipowskiego"]


def test_a_programme_list_gives_squares_parks_and_estates_and_each_event_its_row():
    from nlp import Extractor

    text = ("Kultura na wynos – harmonogram wydarzeń 2026\n\n"
            "Cykl wydarzeń kulturalnych realizowanych w przestrzeni miejskiej.\n\n"
            "  1. „Kwieciste spotkanie” – 22.04.2026, Park na Wyspie, koncerty, pokazy\n"
            "  2. „Majowe święto” – 02.05.2026, Park nad Stawem, koncert i piknik\n"
            "  3. „Zielono nam” – 15.07.2026, plac Konstytucji 3 Maja, koncert, animacje\n"
            "  4. „Po sąsiedzku” – 12.08.2026, Osiedle Motylewo, koncert, piknik\n"
            "  5. „Powidła i inne przysmaki” – 23.09.2026, Park na Wyspie, piknik, koncert\n")
    result = Extractor().extract(text)
    assert [(v["name"], v["address"]) for v in result["venues"]] == [
        ("Park na Wyspie", None), ("Park nad Stawem", None), ("plac Konstytucji 3 Maja", None),
        ("Osiedle Motylewo", None)]
    assert all(v["city"] != "Wyspa" for v in result["venues"])   # (a spot in a park, not a town)
    assert [e["venue"] for e in result["events"]] == [0, 1, 2, 3, 0]


@pytest.mark.parametrize("text, expected", [
    ("Festyn odbędzie się 1 września 2026 r. na placu zabaw mieszczącym się pomiędzy ulicami Lipową, Klonową "
     "i Polną.", [("placu zabaw", "ulicami Lipową, Klonową i Polną", None)]),
    ("Spotkanie odbędzie się 16 listopada 2026 r. W Centrum Kultury Zachód (w sali widowiskowej) przy "
     "ul. Polnej 62.", [("Centrum Kultury Zachód (w sali widowiskowej)", "ul. Polnej 62", None)]),
    ("W sali widowiskowej 14 listopada 2026 r. celebrowano Dzień Seniora.", [("sali widowiskowej", None, None)]),
    ("Spotkania odbywać się będą 6 czerwca w godz. 17-19 w Cafe Dobra, ul. Polna 1.",
     [("Cafe Dobra", "ul. Polna 1", None)]),
    # the headline names the museum with the show's title; the body says where it is
    ("Podwieczorek w Muzeum „Stare dzieje”\nZapraszam 29 stycznia 2026 r. na podwieczorek w Miejskim Muzeum w "
     "Lipnie, przy ul. Polnej 6.\nCzas i miejsce: 29.01.26 godz. 17.00, Muzeum Miejskie w Lipnie, ul. Polna 6",
     [("Miejskim Muzeum w Lipnie", "ul. Polnej 6", "Lipno")]),
    # a first line of several sentences is no headline: its place is one of the body's
    ("Agencja zorganizuje dla rolników cykl szkoleń. Najbliższe 21 marca 2012 r. o 10.00 w sali konferencyjnej "
     "Urzędu Miasta w Borkach – informuje rzecznik starostwa.\nKolejne spotkania:\nLipno - 22 marca 2012 - "
     "10.00 sala konferencyjna Urzędu Miasta",
     [("sali konferencyjnej Urzędu Miasta w Borkach", None, "Borki"), ("sala konferencyjna Urzędu Miasta", None, "Lipno")]),
])
def test_streets_between_rooms_in_brackets_and_names_that_look_like_towns(text, expected):
    from nlp.dates import find_dates

    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address, v.city) for v in find_venues(text, event_spans=spans)] == expected


def test_districts_of_a_big_city_named_in_the_headline_take_the_city():
    text = ("Rozmowa o przyszłości Bielska-Białej\n\n"
            "Zapraszamy mieszkańców na spotkania konsultacyjne.\n\n"
            "12 marca 2026, 18:00\n\n"
            "  • Dom Kultury w Komorowicach, ul. Sportowa 16\n"
            "  • Dom Kultury w Starym Bielsku, ul. Długa 307A\n"
            "  • Szkoła Podstawowa nr 26, ul. Rybna 7\n")
    assert context_city(text) == "Bielsko-Biała"
    found = find_venues(text, default_city=context_city(text))
    assert [v.city for v in found] == ["Bielsko-Biała"] * 3


def test_an_event_dated_in_the_summary_takes_the_venue_of_its_row_below():
    from nlp.event_venues import venue_of_each_event

    text = ("Spotkania z mieszkańcami\n  • środa 7 maja, 16:00 - 18:00\n\nZaplanowane spotkania:\n\n"
            "7 maja (środa), godz. 16:00–18:00 - Bazarek przy ul. Wąwozowej 3\n\n"
            "14 maja (środa), godz. 16:00–18:00 - Dom Kultury Zachód, ul. Kajakowa 12\n")
    first, second = text.index("środa 7 maja"), text.index("14 maja")
    events = [(first, first + 27), (second, second + 34)]
    venues = [(v.span[0], v.span[1]) for v in find_venues(text, event_spans=events)]
    assert [text[a:b] for a, b in venues] == ["Bazarek przy ul. Wąwozowej 3", "Dom Kultury Zachód, ul. Kajakowa 12"]
    assert venue_of_each_event(text, events, venues) == [0, 1]


def test_the_row_of_a_summary_day_is_the_line_opening_with_that_very_day():
    from nlp.event_venues import venue_of_each_event

    # `17 maja` and `7 majak` are not `7 maja`; the row below opens with it after a dash
    text = ("Dyżury radnych\n  • czwartek 7 maja, 17:00\n\nMiejsca dyżurów:\n"
            "17 maja – Klub Osiedlowy Sosna\n7 majak – Świetlica Pod Lipą\n– 7 maja: Biblioteka na Skarpie\n")
    day = text.index("7 maja")
    venues = [(text.index(name), text.index(name) + len(name))
              for name in ("Klub Osiedlowy Sosna", "Świetlica Pod Lipą", "Biblioteka na Skarpie")]
    assert venue_of_each_event(text, [(day, day + 13)], venues) == [2]


@pytest.mark.parametrize("text, expected", [
    # the meeting named right before a one-word place
    ("Sołtys wsi zwołuje na dzień 16.02.2026 r. (niedziela), godz. 14.45\n\nzebranie wiejskie w Świetlicy.\n",
     [("Świetlicy", None)]),
    ("Spotkanie poprowadzą konsultanci; omówimy możliwości uzyskania bezpłatnych konsultacji w Punkcie.", []),
    # the grounds of a place at a time
    ("Około godz. 10.30 na terenie szkoły planowane jest uroczyste rozpoczęcie pikniku 18 czerwca 2026 r.",
     [("szkoły", None)]),
    # an invitation to the host's own place
    ("W poniedziałek 21 maja o godz. 16.00 przedstawimy raport. Wszystkich zainteresowanych serdecznie zapraszamy "
     "do naszego ośrodka.", [("naszego ośrodka", None)]),
    # a table's row read as lines: a label without a colon, the street after a blank line
    ("Szczegółowe miejsca i terminy spotkań:\n\nmiejsce spotkania Lipowskie Centrum Organizacji Pozarządowych\n\n"
     "ul. Żabia 12 A\n\n87-800 Włocławek\n\ntermin spotkania 26.02.2026",
     [("Lipowskie Centrum Organizacji Pozarządowych", "ul. Żabia 12 A")]),
])
def test_one_word_places_grounds_our_place_and_table_labels(text, expected):
    from nlp.dates import find_dates

    spans = [m.span for m in find_dates(text) if m.kind == "event"]
    assert [(v.name, v.address) for v in find_venues(text, event_spans=spans)] == expected


def test_a_body_named_after_a_date_is_no_town_of_the_schedule():
    text = ("We wtorkowy wieczór 16 grudnia 2025 roku Koło Gospodyń Wiejskich z Lipowa zorganizowało spotkanie "
            "opłatkowe dla członkiń.")
    date = text.index("16 grudnia 2025 roku")
    assert find_venues(text, event_spans=[(date, date + len("16 grudnia 2025 roku"))]) == []
    text = "Zebrania wiejskie:\n16 grudnia 2025 roku Koło, godz. 18:00\n"
    date = text.index("16 grudnia 2025 roku")
    assert [v.city for v in find_venues(text, event_spans=[(date, date + len("16 grudnia 2025 roku"))])] == ["Koło"]


def test_a_venue_named_with_adjectives_joined_by_i():
    text = "Drugie spotkanie odbyło się 8 maja w Gminnej i Szkolnej Bibliotece Publicznej w Borkach."
    assert [(v.name, v.city) for v in find_venues(text)] == [
        ("Gminnej i Szkolnej Bibliotece Publicznej w Borkach", "Borki")]


@pytest.mark.parametrize("text, city", [
    # a town named by its parts or its mayor is the page's town
    ("Spotkania z mieszkańcami odbędą się w sześciu dzielnicach Opola.\n\n08.05 – Świetlica osiedlowa", "Opole"),
    ("Prezydent Lublina zaprasza na spotkanie 5 maja.", "Lublin"),
    # a mayor's first name is no town, and `dzielnicy X` names the district
    ("Prezydent Rafał Nowak zaprasza na spotkanie 5 maja.", None),
])
def test_the_town_a_page_is_about(text, city):
    assert context_city(text) == city


def test_a_compound_adjective_whose_dash_was_lost_opens_a_venue_s_name():
    text = "Debata odbyła się 5 maja 2023 r. w Miejsko Gminnym Ośrodku Kultury w Borkach."
    assert [(v.name, v.city) for v in find_venues(text)] == [("Miejsko Gminnym Ośrodku Kultury w Borkach", "Borki")]


def test_the_town_of_a_venue_s_postal_line_is_its_city_over_the_page_s():
    text = ("Spotkania dla mieszkańców powiatu:\n\n06-09-2022, godz. 16.30 – Gminne Centrum Kultury, ul. Polna 6, "
            "39-215 Borki\n\n07-09-2022, godz. 16.30 – Miejski Ośrodek Kultury, ul. Leśna 36, 39-120 Lipno Małe\n")
    found = find_venues(text, default_city="Dębina", event_spans=[(36, 59), (113, 136)])
    assert [(v.name, v.city) for v in found] == [("Gminne Centrum Kultury", "Borki"),
                                                 ("Miejski Ośrodek Kultury", "Lipno Małe")]
