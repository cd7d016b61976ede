"""Organisers come from the frames Polish uses for them, exactly as inflected in the text."""
import pytest
from seedkit import load_seed

from nlp.organisers import find_organisers


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_organisers(prefix):
    text, gold = load_seed(prefix)
    found = find_organisers(text)
    assert [o.name for o in found] == gold["organisers"]
    for o in found:
        assert text[o.span[0]:o.span[1]] == o.name


@pytest.mark.parametrize("text, expected", [
    ("Burmistrz Miasta Łęczna zaprasza mieszkańców na konsultacje.", ["Burmistrz Miasta Łęczna"]),
    ("Spotkanie zorganizowane przez Fundację Rozwoju Demokracji Lokalnej im. Jerzego Regulskiego odbyło się w maju.",
     ["Fundację Rozwoju Demokracji Lokalnej im. Jerzego Regulskiego"]),
    ("Organizatorem konferencji jest Miejski Ośrodek Pomocy Społecznej w Lublinie.",
     ["Miejski Ośrodek Pomocy Społecznej w Lublinie"]),
    ("Organizatorzy:\nStowarzyszenie Aktywni Razem\nGOPS w Sawinie\n\nZapraszamy!",
     ["Stowarzyszenie Aktywni Razem", "GOPS w Sawinie"]),
    ("Wójt Gminy Sawin oraz Kierownik Gminnego Ośrodka Pomocy Społecznej zapraszają na spotkanie.",
     ["Wójt Gminy Sawin", "Gminnego Ośrodka Pomocy Społecznej"]),
    ("Zapraszamy na warsztaty. Zajęcia poprowadzi Anna Nowak z Fundacji Pracownia Zmian.", []),
    ("Projekt jest współfinansowany ze środków Europejskiego Funduszu Społecznego.", []),
])
def test_organiser_frames(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


def test_signature_office_on_the_last_line():
    text = "Informuję, że sesja Rady Gminy odbędzie się 5 maja 2025 r. o godz. 10:00.\n\nWójt Gminy Czernica\n"
    assert [o.name for o in find_organisers(text)] == ["Wójt Gminy Czernica"]


@pytest.mark.parametrize("text, expected", [
    ("Na spotkanie zaprasza Burmistrz Miasta Kraśnik wraz z Miejskim Ośrodkiem Pomocy Społecznej w Kraśniku.",
     ["Burmistrz Miasta Kraśnik", "Miejskim Ośrodkiem Pomocy Społecznej w Kraśniku"]),
    ("Spotkanie zorganizował Częstochowski Alarm Smogowy we współpracy z Urzędem Miasta.", ["Częstochowski Alarm Smogowy"]),
    ("Dyskusja dotyczyła kontroli palenisk prowadzonych przez Straż Miejską.", []),
    ("Burmistrz Świebodzina informuje, że rozstrzygnięto otwarty konkurs ofert.", []),
    ("Zapraszamy na spotkanie 5 maja.\n\nDyrektor\nMiejskiego Ośrodka Pomocy Społecznej w Łęcznej\nJan Kowalski\n",
     ["Miejskiego Ośrodka Pomocy Społecznej w Łęcznej"]),
])
def test_inverted_frames_cooperation_and_non_events(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


def test_we_invite_on_a_page_headed_by_the_organisation():
    text = ("Stowarzyszenie Przyjaciół Szkoły w Dobrzycy\nStrona główna · O nas · Galeria\n\n"
            "Zapraszamy mieszkańców na sadzenie drzew w ogrodzie szkolnym 12 kwietnia.")
    assert [o.name for o in find_organisers(text)] == ["Stowarzyszenie Przyjaciół Szkoły w Dobrzycy"]
    assert find_organisers("Aktualności\n\nZapraszamy mieszkańców na sadzenie drzew 12 kwietnia.") == []


def test_headlines_of_other_articles_are_not_organisers():
    text = ("Zebranie wiejskie odbędzie się 14 marca o godz. 18:00 w świetlicy.\n\n"
            "Inne aktualności\nGminny Ośrodek Kultury zaprasza na Dzień Kobiet\n")
    assert find_organisers(text) == []


def test_title_of_an_invitation_names_the_inviting_office():
    text = "Zaproszenie Burmistrza Łęcznej na spotkanie z mieszkańcami\n\nSpotkanie odbędzie się 5 maja o godz. 17:00."
    assert [o.name for o in find_organisers(text)] == ["Burmistrza Łęcznej"]
    assert find_organisers("Ogłoszenie Prezydenta Miasta Lublin o naborze na stanowisko urzędnicze.") == []


@pytest.mark.parametrize("text, expected", [
    # an adjective agreeing with the title names the office with it (`Komendant Powiatowy`)
    ("Komendant Powiatowy Policji w Łęcznej oraz Burmistrz Łęcznej zapraszają mieszkańców na debatę.",
     ["Komendant Powiatowy Policji w Łęcznej", "Burmistrz Łęcznej"]),
    ("Na szkolenie zaprasza Komendant Miejski Państwowej Straży Pożarnej w Lublinie.",
     ["Komendant Miejski Państwowej Straży Pożarnej w Lublinie"]),
    ("W imieniu Komendanta Wojewódzkiego Policji w Lublinie zapraszamy na konferencję.",
     ["Komendanta Wojewódzkiego Policji w Lublinie"]),
    ("Dyrektor Generalny Urzędu Wojewódzkiego zaprasza na konferencję.", ["Dyrektor Generalny Urzędu Wojewódzkiego"]),
    # an adjective agreeing with the noun after it belongs to that organisation
    ("Dyrektor Gminnego Ośrodka Pomocy Społecznej w Czernicy zaprasza na spotkanie.",
     ["Gminnego Ośrodka Pomocy Społecznej w Czernicy"]),
])
def test_office_titles_with_adjectives_after_the_noun(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # `i` before a second name in the head's case joins two organisers
    ("Organizatorami Forum są Łódzka Rada Działalności Pożytku Publicznego, Miasto Łódź i Łódzkie Centrum "
     "Obywatelskie. Rejestracja do 4 grudnia.",
     ["Łódzka Rada Działalności Pożytku Publicznego", "Miasto Łódź", "Łódzkie Centrum Obywatelskie"]),
    ("Dom Kultury i Biblioteka Publiczna w Łęcznej zapraszają na spotkanie.",
     ["Dom Kultury", "Biblioteka Publiczna w Łęcznej"]),
    # `i` inside one name: genitive complements, units of one office
    ("Stowarzyszenie Przyjaciół Szkoły i Przedszkola w Dobrzycy zaprasza na festyn.",
     ["Stowarzyszenie Przyjaciół Szkoły i Przedszkola w Dobrzycy"]),
    ("Centrum Wolontariatu i Inicjatyw Społecznych zaprasza na szkolenie.", ["Centrum Wolontariatu i Inicjatyw Społecznych"]),
    ("Burmistrz Miasta i Gminy Niepołomice zaprasza na spotkanie.", ["Burmistrz Miasta i Gminy Niepołomice"]),
])
def test_coordinated_names_and_names_with_i(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


def test_a_town_named_like_a_weekday_stays_in_the_office_name():
    text = "Data: 21.09.2026 Burmistrz Środy Wielkopolskiej ogłasza konsultacje społeczne, spotkanie 8 października."
    assert [o.name for o in find_organisers(text)] == ["Burmistrz Środy Wielkopolskiej"]


def test_an_office_giving_notice_of_a_meeting_organises_it():
    text = ("Sołtys Sołectwa Staniątki zawiadamia, że w dniu 22 września 2026 r. o godz. 18:00 w budynku Szkoły "
            "Podstawowej w Staniątkach odbędzie się zebranie wiejskie.")
    assert [o.name for o in find_organisers(text)] == ["Sołtys Sołectwa Staniątki"]
