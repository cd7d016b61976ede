"""Organisers around a programme's frame, a description in apposition, a meeting word inside
a body's name and the bodies a conference gathers. Every example is invented."""
import pytest

from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    # a body opening the clause after a programme's name acts
    ("W ramach wakacyjnego programu Letnie Słowa Biblioteka Miejska organizuje cykl spotkań z autorami. "
     "Pierwsze spotkanie już w czwartek 14 lipca 2024 r.", ["Biblioteka Miejska"]),
    # but the programme's own words stay the programme's
    ("Na dwa spotkania w ramach przygotowywanego Programu Rewitalizacji Miasta Lipna zapraszają specjaliści "
     "z firmy Projekty Lokalne. Spotkania odbędą się 12 i 19 maja 2024 r.", ["firmy Projekty Lokalne"]),
    ("Stowarzyszenie Borki w ramach programu Gmina Przyjazna Seniorom zorganizowało 12 maja 2024 r. spotkanie.",
     ["Stowarzyszenie Borki"]),
    ("Politechnika Lipowska wspólnie z partnerami w przygotowywanym projekcie AWT zorganizowała konferencję "
     "5 maja 2024 r.", ["Politechnika Lipowska"]),
    # an opening frame ended by a comma holds no subject
    ("W ramach prac nad Programem Rewitalizacji dla Miasta Lipna, Prezydent Jan Nowak zaprasza do udziału "
     "w konsultacjach, które odbędą się 1 lipca 2024 r.", ["Prezydent Jan Nowak"]),
])
def test_a_programmes_frame_and_the_body_that_acts(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the organiser is, after a dash, is no second organiser
    ("Organizatorem Kongresu jest Konfederacja Inicjatyw Lokalnych – związek stowarzyszeń, których członków "
     "łączą wspólne wartości. Kongres odbędzie się 12 maja 2024 r.", ["Konfederacja Inicjatyw Lokalnych"]),
    # a meeting word in the genitive inside a body's name belongs to the name
    ("Organizatorem wymiany jest Europejski Dom Spotkań Młodzieży. Wymiana rozpocznie się 12 maja 2024 r.",
     ["Europejski Dom Spotkań Młodzieży"]),
    ("Europejski Dom Spotkań Młodzieży jest organizatorem wymiany, która odbędzie się 12 maja 2024 r.",
     ["Europejski Dom Spotkań Młodzieży"]),
])
def test_a_description_after_a_dash_and_a_meeting_word_inside_a_name(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the councils a conference gathers take part in it
    ("Relacja z ogólnopolskiej konferencji Rad Seniorów\n\nW dniach 26-27 kwietnia 2024 r. seniorzy z całej "
     "Polski spotkali się w Lipnie.", []),
    # one body's conference is its own
    ("Zapraszamy 12 maja 2024 r. do udziału w konferencji Stowarzyszenia Lipno.", ["Stowarzyszenia Lipno"]),
])
def test_a_conference_of_many_bodies_and_of_one(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second role in the same sentence, with its own copula (also `to`)
    ("Spotkanie odbędzie się 12 maja 2024 r. Organizatorem jest Fundacja Lipno, współorganizatorami są "
     "Uniwersytet Borecki i Stowarzyszenie Dębina.", ["Fundacja Lipno", "Uniwersytet Borecki", "Stowarzyszenie Dębina"]),
    ("Konferencja odbędzie się 12 maja 2024 r. Głównym organizatorem konferencji jest Fundacja Lipno, "
     "współorganizatorzy to Uniwersytet Borecki, Stowarzyszenie Polonistów w Borkach.",
     ["Fundacja Lipno", "Uniwersytet Borecki", "Stowarzyszenie Polonistów w Borkach"]),
    # what was prepared thanks to the bodies' cooperation they co-organised
    ("Spotkanie 12 maja 2024 r. zostało przygotowane dzięki współpracy Fundacji Lipno oraz Stowarzyszenia "
     "Aktywnych Kobiet.", ["Fundacji Lipno", "Stowarzyszenia Aktywnych Kobiet"]),
    # a board that met at its own meeting sat; residents who met organised nothing
    ("Dziś, 5 stycznia 2024 r., na swym noworocznym zebraniu spotkał się Zarząd Oddziału Towarzystwa Miłośników "
     "Lipna.", ["Zarząd Oddziału Towarzystwa Miłośników Lipna"]),
    ("W sobotę 5 stycznia 2024 r. spotkali się mieszkańcy Lipna.", []),
    # a name set in capitals ends before a headline's verb
    ("Zdjęcie ze starostą.\n\nPOWIATOWA RADA SENIORÓW ROZPOCZĘŁA SWOJĄ DZIAŁALNOŚĆ\n\n22 marca 2024 r. w Starostwie "
     "Powiatowym w Lipnie odbyło się pierwsze spotkanie.", []),
])
def test_second_roles_cooperation_boards_that_meet_and_headlines(text, expected):
    assert _names(text) == expected


def test_invited_guests_are_a_noun_not_a_host():
    # `gości` after its adjective are the guests; the school the sitting is in hosts nothing
    text = ("Protokół Nr II z posiedzenia Komisji Edukacji z dnia 10 marca 2024 r.\n\nPkt 1\nPrzewodniczący Komisji "
            "Edukacji radny Jan Lis o godz. 13.30 otworzył posiedzenie komisji w Samorządowej Szkole Podstawowej "
            "w Lipnie, powitał radnych oraz zaproszonych gości.")
    assert "Samorządowej Szkole Podstawowej w Lipnie" not in _names(text)


@pytest.mark.parametrize("text, expected", [
    # a dash between places, countries or points of the compass stays inside a body's name
    ("Fundacja Innowacja i Stowarzyszenie Współpracy Polska – Wschód zorganizowały 24 listopada 2024 r. konferencję.",
     ["Fundacja Innowacja", "Stowarzyszenie Współpracy Polska – Wschód"]),
    ("Konferencja 16.10.2024, której organizatorem jest Stowarzyszenie Bank Żywności Lipno – Borki.",
     ["Stowarzyszenie Bank Żywności Lipno – Borki"]),
    # but the holder after an office's dash is a person
    ("Przewodniczący Rady Osiedla Borki – Adam Sowa zwołał obrady XIII sesji na dzień 26 listopada 2024 r.",
     ["Przewodniczący Rady Osiedla Borki"]),
])
def test_a_dash_between_places_inside_a_name(text, expected):
    assert _names(text) == expected
