"""Organisers named through the bodies they make up or belong to: a partnership's members in the
genitive or a group's members in a bracket, a unit with the faculty it belongs to after a comma,
a bulleted list whose items stand a blank line apart, people of a body before the bodies that
took part, and persons with their offices after a dash."""
import pytest

from nlp import Extractor
from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


def test_a_bulleted_list_with_blank_lines_between_its_items_after_a_role_noun():
    text = ("W dniach 3-4 marca 2025 r. w Opolu odbyła się konferencja „Rodzina dziś”.\n\n"
            "Jej organizatorami były:\n\n"
            "– Katedra Pracy Socjalnej, Wydziału Nauk Społecznych Uniwersytetu Opolskiego,\n\n"
            "– Opolski Oddział Polskiego Towarzystwa Pracowników Socjalnych,\n\n"
            "– Centrum Badań Lokalnych,\n\n"
            "– Samorząd Województwa Opolskiego\n\n"
            "Konferencja jest kontynuacją corocznych spotkań.")
    assert _names(text) == ["Katedra Pracy Socjalnej, Wydziału Nauk Społecznych Uniwersytetu Opolskiego",
                            "Opolski Oddział Polskiego Towarzystwa Pracowników Socjalnych",
                            "Centrum Badań Lokalnych", "Samorząd Województwa Opolskiego"]


def test_a_blank_line_still_ends_a_list_that_is_not_bulleted():
    text = ("Spotkanie odbyło się 3 marca 2025 r.\n\nOrganizatorzy:\n"
            "Fundacja Borki\n\nBank Spółdzielczy w Lipnie ufundował nagrody.")
    assert _names(text) == ["Fundacja Borki"]


@pytest.mark.parametrize("text, expected", [
    # a unit, then after a comma the faculty it belongs to, in the genitive
    ("Organizatorem konferencji 5 maja 2025 r. była Katedra Pracy Socjalnej, Wydziału Nauk Społecznych "
     "Uniwersytetu Opolskiego.", ["Katedra Pracy Socjalnej, Wydziału Nauk Społecznych Uniwersytetu Opolskiego"]),
    # two bodies in the nominative stay two
    ("Organizatorami konferencji 5 maja 2025 r. byli: Katedra Pracy Socjalnej, Wydział Nauk Społecznych "
     "Uniwersytetu Opolskiego oraz Centrum Badań Lokalnych.",
     ["Katedra Pracy Socjalnej", "Wydział Nauk Społecznych Uniwersytetu Opolskiego", "Centrum Badań Lokalnych"]),
    # a list in the genitive is a list
    ("Spotkanie odbyło się 5 maja 2025 r. z inicjatywy Fundacji Borki, Stowarzyszenia Lipno.",
     ["Fundacji Borki", "Stowarzyszenia Lipno"]),
])
def test_a_name_in_the_genitive_after_a_comma_names_what_the_unit_before_belongs_to(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group named by common nouns, its members in a bracket
    ("Konferencja „Praca socjalna jutro” została zorganizowana 5 maja 2025 r. przez konsorcjum instytucji "
     "należących do Opolskiego Partnerstwa na Rzecz Włączenia Społecznego (Stowarzyszenie Razem, Opolski Bank "
     "Żywności, Fundacja Rozwoju Śląska Opolskiego).",
     ["Stowarzyszenie Razem", "Opolski Bank Żywności", "Fundacja Rozwoju Śląska Opolskiego"]),
    # a partnership, its members in the genitive
    ("Organizatorem obchodów 5 maja 2025 r. było partnerstwo Polskiej Organizacji Turystycznej i Opolskiej "
     "Regionalnej Organizacji Turystycznej, ze wsparciem Forum Informacji Turystycznej.",
     ["Polskiej Organizacji Turystycznej", "Opolskiej Regionalnej Organizacji Turystycznej"]),
])
def test_a_group_named_by_common_nouns_is_the_members_it_names(text, expected):
    assert _names(text) == expected


def test_people_of_a_body_before_the_bodies_that_took_part_in_organising():
    text = ("Kongres odbył się 24 października 2013 r. W organizację Kongresu zaangażowali się pracownicy biura "
            "i członkowie naszego Stowarzyszenia, Urząd Miasta w Nysie, Biuro Podróży „Wagabunda”, Opolskie "
            "Centrum Rozwoju Gospodarki i wiele innych firm oraz instytucji.")
    assert _names(text)[1:] == ["Urząd Miasta w Nysie", "Biuro Podróży „Wagabunda”",
                                "Opolskie Centrum Rozwoju Gospodarki"]


def test_persons_named_with_their_offices_after_a_dash():
    text = ("Spotkanie „Kawa z Przedsiębiorcami” zostanie zorganizowane przez Jana Nowaka - Starostę Kolskiego "
            "i Adama Lisa - burmistrza Koła 8 lutego 2025 roku o godz. 8:00 w Kolskim Domu Kultury.")
    assert _names(text) == ["Jana Nowaka - Starostę Kolskiego", "Adama Lisa - burmistrza Koła"]


@pytest.mark.parametrize("text, expected", [
    # the initiative came from someone
    ("Inicjatywa zorganizowania spotkania wyszła od burmistrza miasta Jana Kowalskiego, który zna prelegenta "
     "od lat. Spotkanie odbędzie się 5 maja 2025 r.", ["burmistrza miasta Jana Kowalskiego"]),
    # a body putting a draft to consultation
    ("Zarząd Województwa Opolskiego przedkłada do konsultacji społecznych projekt Strategii rozwoju "
     "województwa. Konsultacje potrwają do 5 maja 2025 r.", ["Zarząd Województwa Opolskiego"]),
    # (a debate given up is no debate held)
    ("Komitet Obrony Parku poddał walkowerem publiczną debatę 5 maja 2025 r.", []),
])
def test_initiative_that_came_from_a_body_and_a_body_putting_a_draft_to_consultation(text, expected):
    assert _names(text) == expected


def test_a_unit_of_a_body_does_not_hide_the_body_named_as_organiser():
    text = ("Już po raz drugi Urząd Marszałkowski będzie organizatorem Kongresu Stowarzyszeń. Kongres odbędzie "
            "się 7 kwietnia 2025 r. – Zebraliśmy propozycje tematów – mówi Jan Lis, dyrektor Biura Komunikacji "
            "Społecznej Urzędu Marszałkowskiego – organizator kongresu.")
    assert _names(text)[0] == "Urząd Marszałkowski"


def test_bodies_listed_before_a_plural_role_in_apposition_all_organise():
    text = ("Forum odbędzie się 24 września 2025 r. w Opolu.\n\nSamorząd Województwa Opolskiego i Opolska Rada "
            "Działalności Pożytku Publicznego, organizatorzy przedsięwzięcia, kierują zaproszenie do "
            "organizacji.")
    assert _names(text) == ["Samorząd Województwa Opolskiego", "Opolska Rada Działalności Pożytku Publicznego"]


def test_a_singular_role_in_apposition_names_only_the_body_before_it():
    text = ("Spotkanie odbędzie się 24 września 2025 r. Zaprasza Jan Lis, prezes Stowarzyszenia Borki i Fundacji "
            "Lipno, organizator spotkania.")
    assert "Stowarzyszenia Borki" not in _names(text)


def test_a_posters_line_listing_bodies_above_their_verb():
    text = ("Pierwsze spotkanie w Nysie\n\nFundacja „Razem”\noraz\n"
            "Urząd Miejski w Nysie wraz z Nyską Radą Działalności Pożytku Publicznego\n"
            "zapraszają nyskie organizacje pozarządowe na spotkanie 5 maja 2025 r.")
    assert _names(text) == ["Fundacja „Razem”", "Urząd Miejski w Nysie",
                            "Nyską Radą Działalności Pożytku Publicznego"]
    # as the extractor reads the page: the verb's line joined to the names it wraps after
    assert [o["name"] for o in Extractor().extract(text)["organisers"]] == _names(text)


def test_a_list_of_partners_ends_at_the_edition_of_the_event_after_it():
    text = ("W dniu 2 czerwca 2025 r. w Borkach odbyło się przy współpracy z Gminą Borki, Opolskim Ośrodkiem "
            "Wsparcia Ekonomii Społecznej oraz Spółdzielnią Socjalną \"Razem\", I Forum Rad Seniorów "
            "województwa opolskiego.")
    assert _names(text) == ["Gminą Borki", "Opolskim Ośrodkiem Wsparcia Ekonomii Społecznej",
                            "Spółdzielnią Socjalną \"Razem\""]


def test_a_list_opened_by_a_person_with_the_office_after_a_dash():
    text = ("Dnia 24 listopada 2012 r. odbyła się debata oświatowa.\n\nOrganizatorami debaty byli: Jan Nowak - "
            "Wicemarszałek Sejmu Rzeczypospolitej Polskiej, Opolska Rada Regionalna Stowarzyszenia Razem, NSZZ "
            "„Solidarność\", Katolickie Stowarzyszenie Wychowawców.")
    assert _names(text) == ["Jan Nowak - Wicemarszałek Sejmu Rzeczypospolitej Polskiej",
                            "Opolska Rada Regionalna Stowarzyszenia Razem", "NSZZ „Solidarność\"",
                            "Katolickie Stowarzyszenie Wychowawców"]


def test_a_posters_line_joined_to_the_line_above_by_its_first_word():
    text = ("09-02-2015\nOGŁOSZENIE O KONSULTACJACH\n\nBURMISTRZ BOREK\n\nORAZ ZARZĄD DRÓG WOJEWÓDZKICH W OPOLU\n\n"
            "Zapraszają na konsultacje Dokumentacji Projektowej dla zadania:\n\n\"ROZBUDOWA DROGI\"")
    assert _names(text) == ["BURMISTRZ BOREK", "ZARZĄD DRÓG WOJEWÓDZKICH W OPOLU"]


def test_the_office_that_set_the_date_of_a_session_convenes_it():
    text = ("I sesja Rady Powiatu Borkowskiego\n\nKomisarz Wyborczy w Opolu Postanowieniem z dnia 9 listopada 2018 "
            "roku wyznaczył termin I sesji Rady Powiatu Borkowskiego na dzień 23 listopada 2018 r. na godz. 13.00.")
    assert _names(text) == ["Komisarz Wyborczy w Opolu"]


def test_a_notice_named_in_an_item_of_the_agenda_is_not_the_pages_notice():
    text = ("W dniu 20 marca 2017 r. na godz. 15:00 zwołane zostało posiedzenie Komisji Rolnej Rady Gminy Borki.\n\n"
            "Porządek posiedzenia:\n\n1. Omówienie nowych przepisów.\n\n2. Komunikat Powiatowego Lekarza "
            "Weterynarii.\n\n3. Omówienie spraw bieżących.")
    assert "Powiatowego Lekarza Weterynarii" not in _names(text)


def test_the_guests_listed_besides_the_host_are_no_organisers():
    text = ("W środę 4 grudnia 2024 r. z inicjatywy starosty Jana Lisa w siedzibie starostwa odbyło się spotkanie "
            "włodarzy powiatów. Oprócz gospodarza w spotkaniu uczestniczyli: Adam Nowak - starosta borkowski, "
            "Jan Kot – starosta lipnowski i starosta kolski Piotr Wróbel.")
    assert _names(text) == ["starosty Jana Lisa"]


def test_a_boards_body_named_alone_is_the_board_again():
    text = ("Zarząd Klubu Morsów „Foka” wraz z Komisją Rewizyjną zwołują w dniu 24 października br. o godz. 11.00 "
            "w Lipnie Walne Zebranie Członków Klubu Morsów „Foka”.")
    assert [o.name for o in find_organisers(text)] == ["Zarząd Klubu Morsów „Foka”", "Komisją Rewizyjną"]


def test_a_label_naming_its_event_before_the_colon_and_one_name_a_paragraph():
    text = ("Kongres odbędzie się 18 czerwca 2015 r.\nOrganizatorzy I Kongresu Stowarzyszeń Regionalnych Województwa "
            "Lipnowskiego:\n\nInstytut Historii Uniwersytetu Lipnowskiego,\n\nPolskie Towarzystwo Historyczne Oddział "
            "w Lipnie\n\nUrząd Marszałkowski Województwa Lipnowskiego\n\noraz Komitet Organizacyjny w składzie:\n\n"
            "przewodniczący – prof. Jan Nowak\n")
    assert [o.name for o in find_organisers(text)] == [
        "Instytut Historii Uniwersytetu Lipnowskiego", "Polskie Towarzystwo Historyczne Oddział w Lipnie",
        "Urząd Marszałkowski Województwa Lipnowskiego"]


def test_a_pronoun_for_the_event_between_the_copula_and_the_role():
    text = ("Stowarzyszenie Muzeów Uczelnianych wraz z Muzeum Uniwersytetu w Lipnie są jej współorganizatorami. "
            "Konferencja odbędzie się 4 lipca 2023 r.")
    assert [o.name for o in find_organisers(text)] == ["Stowarzyszenie Muzeów Uczelnianych",
                                                       "Muzeum Uniwersytetu w Lipnie"]


@pytest.mark.parametrize("text, expected", [
    # a town ends a name before the next one in the list, even one opening with the adjective of a country
    ("Organizatorami zlotu 10 września 2018 r. byli Zespół Placówek Wsparcia Dziennego w Lipnie, Polski "
     "Instytut Mediacji oraz Stowarzyszenie Asystentów Rodziny.",
     ["Zespół Placówek Wsparcia Dziennego w Lipnie", "Polski Instytut Mediacji", "Stowarzyszenie Asystentów Rodziny"]),
    # an acronym after `i` opens a second body
    ("Marszałek Województwa Lipskiego, Regionalny Ośrodek Polityki Społecznej i LKJ „Lewada” zapraszają na "
     "Dzień Rodziny 7 września 2024 r.",
     ["Marszałek Województwa Lipskiego", "Regionalny Ośrodek Polityki Społecznej", "LKJ „Lewada”"]),
    # a kind of body in lower case opens the name it introduces
    ("Organizatorem forum 5 maja 2024 r. jest Urząd Miejski w Lipnie wraz ze stowarzyszeniem Ośrodek Wspierania "
     "Organizacji Pozarządowych i Federacją Organizacji Pozarządowych Miasta Lipna.",
     ["Urząd Miejski w Lipnie", "stowarzyszeniem Ośrodek Wspierania Organizacji Pozarządowych",
      "Federacją Organizacji Pozarządowych Miasta Lipna"]),
])
def test_where_one_name_of_a_list_ends_and_the_next_begins(text, expected):
    assert _names(text) == expected


def test_an_inviting_verb_before_a_colon_takes_the_bulleted_bodies_below_it():
    text = ("Zapraszamy na spotkanie 5 maja 2020 r.\n\nNa kawę zapraszają:\n\n- Fundacja Nowe Pole z Lipna\n"
            "- Centrum Inicjatyw Lokalnych ze Słupska\n- Pracownia Rozwoju z Torunia\n\nDo zobaczenia!")
    assert _names(text) == ["Fundacja Nowe Pole z Lipna", "Centrum Inicjatyw Lokalnych ze Słupska",
                           "Pracownia Rozwoju z Torunia"]


def test_a_place_opening_the_sentence_is_not_the_inviting_body():
    text = ("Do Kawiarenki Obywatelskiej zapraszają organizacje, z którymi gmina realizowała projekty. "
            "Spotkanie odbędzie się 5 maja 2020 r.")
    assert _names(text) == []


def test_a_list_broken_by_the_layout_before_its_last_item_runs_on():
    text = ("W dniu 17.04.2013 r. w Zespole Szkół w Lipnie odbyła się konferencja, zorganizowana przez Starostwo "
            "Powiatowe, Stowarzyszenie „Nasz Powiat”\n\noraz Poradnię Psychologiczno-Pedagogiczną w Lipnie.\n\n"
            "W konferencji uczestniczyli pedagodzy.")
    assert _names(text) == ["Starostwo Powiatowe", "Stowarzyszenie „Nasz Powiat”",
                            "Poradnię Psychologiczno-Pedagogiczną w Lipnie"]


@pytest.mark.parametrize("text, expected", [
    ("Burmistrz Miasta Lipna, Związek Żołnierzy Armii Krajowej 4 Pułk Piechoty, Instytut Pamięci Narodowej "
     "Delegatura w Kielcach, Świętokrzyski Park Narodowy zapraszają na uroczystości.",
     ["Burmistrz Miasta Lipna", "Związek Żołnierzy Armii Krajowej 4 Pułk Piechoty",
      "Instytut Pamięci Narodowej Delegatura w Kielcach", "Świętokrzyski Park Narodowy"]),
    ("Burmistrz Miasta Lipna, Świętokrzyski Park Narodowy zapraszają na uroczystości.",
     ["Burmistrz Miasta Lipna", "Świętokrzyski Park Narodowy"]),
])
def test_a_list_of_bodies_before_a_plural_verb_keeps_an_item_of_unknown_head(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Starosta i Prezydent Miasta zapraszają do udziału w konsultacjach, które odbędą się 5 maja.",
     ["Starosta", "Prezydent Miasta"]),
    ("Wójt i Sołtys zapraszają na zebranie wiejskie, które odbędzie się 5 maja 2021 r.", ["Wójt", "Sołtys"]),
    # a complement both offices share
    ("Wójt i Rada Gminy w Lipnie zapraszają na spotkanie 5 maja.", ["Wójt i Rada Gminy w Lipnie"]),
])
def test_two_bare_offices_share_a_complement_only_of_their_kind(text, expected):
    assert _names(text) == expected


def test_a_person_set_off_by_dashes_after_an_organiser_is_an_aside_the_list_goes_on_past():
    text = ("Spotkanie 5 maja 2024 r. zostało zorganizowane przez Fundację Borki – jej prezes Annę Lis – we "
            "współpracy z Gminnym Ośrodkiem Kultury w Lipnie.")
    assert [o.name for o in find_organisers(text)] == ["Fundację Borki", "Gminnym Ośrodkiem Kultury w Lipnie"]


def test_a_unit_after_a_dash_stays_with_its_body_and_the_list_goes_on():
    text = ("Spotkanie odbyło się 5 maja 2024 r. Organizatorami byli: Gminny Ośrodek Kultury w Lipnie, Gminna "
            "Biblioteka Publiczna w Lipnie - filia w Borkach i Szkoła Podstawowa w Borkach.")
    assert [o.name for o in find_organisers(text)] == [
        "Gminny Ośrodek Kultury w Lipnie", "Gminna Biblioteka Publiczna w Lipnie - filia w Borkach",
        "Szkoła Podstawowa w Borkach"]


def test_one_initiator_named_after_a_dash_in_a_list_of_guests():
    text = ("W spotkaniu 17 sierpnia 2020 r. uczestniczyli także – wicestarosta Jan Lis, inicjatorka spotkania – "
            "radna powiatowa Anna Kowal, przewodniczący Rady Gminy Borki Adam Nowak.")
    assert [o.name for o in find_organisers(text)] == ["radna powiatowa Anna Kowal"]


def test_the_town_hall_named_by_one_word_organises():
    text = "Startują konsultacje. Magistrat zaplanował spotkanie z mieszkańcami 16 lipca o godz. 17.00."
    assert [o.name for o in find_organisers(text)] == ["Magistrat"]


@pytest.mark.parametrize("text, expected", [
    # a correlative pair or series, after the verb or after a phrase of taking part
    ("Spotkanie 5 maja 2023 r. zorganizowała nie tylko Fundacja Lipa, ale także Fundacja Dąb oraz Gmina Borki.",
     ["Fundacja Lipa", "Fundacja Dąb", "Gmina Borki"]),
    ("Spotkanie 5 maja 2023 r. zorganizowały zarówno Fundacja Lipa, jak i Fundacja Dąb.",
     ["Fundacja Lipa", "Fundacja Dąb"]),
    ("Warto podkreślić, że przy organizacji wydarzenia 5 maja 2023 r. pracowała bowiem nie tylko Fundacja Lipa, "
     "ale także Fundacja Dąb oraz Miejska Biblioteka Publiczna w Borkach.",
     ["Fundacja Lipa", "Fundacja Dąb", "Miejska Biblioteka Publiczna w Borkach"]),
])
def test_a_list_framed_as_not_only_but_also(text, expected):
    assert _names(text) == expected


def test_a_dash_between_the_meetings_kind_and_the_bodies_meeting():
    text = ("14 grudnia 2003 r. odbyło się uroczyste spotkanie opłatkowe - Oddziału Rejonowego Stowarzyszenia "
            "Diabetyków i Koła Terenowego Związku Niewidomych w Lipnie.")
    assert [o.name for o in find_organisers(text)] == [
        "Oddziału Rejonowego Stowarzyszenia Diabetyków", "Koła Terenowego Związku Niewidomych w Lipnie"]


def test_a_common_noun_in_the_genitive_inside_a_listed_name():
    text = ("Spotkanie odbędzie się 5 maja 2022 r. Organizatorami spotkania są Stowarzyszenie Lipa, Sekcja Oświaty "
            "regionu Lipowskiego NSZZ „Solidarność” oraz Fundacja Rozwoju im. ks. Jana Lisa.")
    assert [o.name for o in find_organisers(text)] == [
        "Stowarzyszenie Lipa", "Sekcja Oświaty regionu Lipowskiego NSZZ „Solidarność”",
        "Fundacja Rozwoju im. ks. Jana Lisa"]


def test_bodies_listed_after_their_kind_and_m_in():
    text = ("W imieniu Izb gospodarczych m.in. Zrzeszenia Kupców w Lipnie, Lipowskiej Izby Przemysłowo-Handlowej "
            "oraz Północnej Izby Gospodarczej zapraszamy na spotkanie 5 maja 2023 r.")
    assert _names(text) == ["Zrzeszenia Kupców w Lipnie", "Lipowskiej Izby Przemysłowo-Handlowej",
                            "Północnej Izby Gospodarczej"]
