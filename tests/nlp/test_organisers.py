"""Organisers come from the frames Polish uses for them, exactly as inflected in the text."""
import pytest
from seedkit import load_seed

from nlp.evaluate import score_record
from nlp.organisers import find_organisers


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_organisers(prefix):
    """Every reference organiser found and nothing else, by the guide's matching rule."""
    text, gold = load_seed(prefix)
    found = find_organisers(text)
    counts = score_record(prefix, gold, {"organisers": [o.as_dict() for o in found]}).counts["organisers"]
    assert (counts.fp, counts.fn) == (0, 0), [o.name for o in found]
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
     ["Wójt Gminy Sawin", "Kierownik Gminnego Ośrodka Pomocy Społecznej"]),
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
    ("Spotkanie zorganizował Częstochowski Alarm Smogowy we współpracy z Urzędem Miasta Częstochowy.",
     ["Częstochowski Alarm Smogowy", "Urzędem Miasta Częstochowy"]),
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
    # an adjective agreeing with the noun after it belongs to that organisation; the
    # person's office in it is the organiser named
    ("Dyrektor Gminnego Ośrodka Pomocy Społecznej w Czernicy zaprasza na spotkanie.",
     ["Dyrektor Gminnego Ośrodka Pomocy Społecznej w Czernicy"]),
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


@pytest.mark.parametrize("text, expected", [
    # the subject of any form of an organising verb, Morfeusz telling the form
    ("Lokalna Grupa Działania Dolina Zielawy rozpoczyna konsultacje społeczne nowej strategii.",
     ["Lokalna Grupa Działania Dolina Zielawy"]),
    ("Gmina Stary Brus we współpracy z Ośrodkiem Pomocy Społecznej w Starym Brusie oraz kołami gospodyń "
     "wiejskich realizowała warsztaty kulinarne.",
     ["Gmina Stary Brus", "Ośrodkiem Pomocy Społecznej w Starym Brusie", "kołami gospodyń wiejskich"]),
    ("Młodzieżowa Rada Miasta Włodawa ma zaszczyt zaprosić na III sesję.", ["Młodzieżowa Rada Miasta Włodawa"]),
    ("Tamtejszy ośrodek kultury odwiedził Związek Emerytów, który wczoraj zorganizował spotkanie.",
     ["Związek Emerytów"]),
    # a letter puts the subject on the line above its verb
    ("ZAWIADOMIENIE\n\nPrzewodniczący Rady Gminy Hańsk\nzwołuje na dzień 5 maja 2026 r. sesję Rady Gminy Hańsk.",
     ["Przewodniczący Rady Gminy Hańsk"]),
    # not the subject: a place in the locative, a sponsor, the page's `we`
    ("W Domu Kultury zorganizowano wystawę.", []),
    ("Fundacja Dobra Wola, przy wsparciu Urzędu Gminy Wola Uhruska, zaprasza na warsztaty.", ["Fundacja Dobra Wola"]),
    ("Stowarzyszenie Razem Lepiej gościło wczoraj delegację z Ukrainy i zorganizowało dla niej konferencję.",
     ["Stowarzyszenie Razem Lepiej"]),
    ("Urząd Gminy Sosnowica informuje, że zmienił się harmonogram odbioru odpadów.", []),
])
def test_subjects_of_organising_verbs(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Konferencja przygotowywana jest we współpracy merytorycznej z Polskim Towarzystwem Gerontologicznym.",
     ["Polskim Towarzystwem Gerontologicznym"]),
    ("Był to już V Gminny Dzień Seniora, zorganizowany przez Wójta i Radę Gminy w Urszulinie.",
     ["Wójta i Radę Gminy w Urszulinie"]),
    ("Zajęcia były realizowane przez Centrum Aktywności Lokalnej, a prowadziła je Anna Nowak.",
     ["Centrum Aktywności Lokalnej"]),
    ("Wyniki badania przeprowadzonego przez Regionalny Ośrodek Polityki Społecznej omówiono na sesji.", []),
])
def test_agents_of_participles(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Organizatorem tegorocznego Forum była Fundacja „Razem dla Wsi” z Parczewa.", ["Fundacja „Razem dla Wsi” z Parczewa"]),
    ("Organizatorami wydarzenia są: Kraj Żyliński i Województwo Śląskie, we współpracy z Euroregionem Beskidy.",
     ["Kraj Żyliński", "Województwo Śląskie", "Euroregionem Beskidy"]),
    ("Gmina Wyryki będzie współgospodarzem najbliższego spotkania konsultacyjnego.", ["Gmina Wyryki"]),
    ("Spotkanie otworzył gospodarz wydarzenia starosta Jan Kowalczyk.", ["starosta Jan Kowalczyk"]),
    ("Inicjatorem szkolenia było stowarzyszenie „Sołectwa Razem”.", ["stowarzyszenie „Sołectwa Razem”"]),
    ("W imieniu FAPW zapraszamy na forum wiejskie.", ["FAPW"]),
    ("Organizatorem wydarzenia jest Polskie Stowarzyszenie na rzecz osób z Autyzmem (PSA) wspólnie z "
     "Fundacją Szansa.", ["Polskie Stowarzyszenie na rzecz osób z Autyzmem", "Fundacją Szansa"]),
    ("Serdecznie zapraszamy:\nUrząd Miasta Chełm\nJan Nowak – Fundacja Wspólny Chełm\n\nDo zobaczenia!",
     ["Urząd Miasta Chełm", "Fundacja Wspólny Chełm"]),
])
def test_role_nouns_initiatives_and_label_blocks(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


def test_a_short_form_of_a_name_given_in_full_is_one_organiser():
    text = ("Urząd Marszałkowski Województwa Lubelskiego w Lublinie zaprasza na dzień otwarty. "
            "Na początek Urząd Marszałkowski wspólnie z Ministerstwem Rodziny zaprasza na spotkanie informacyjne.")
    assert [o.name for o in find_organisers(text)] == [
        "Urząd Marszałkowski Województwa Lubelskiego w Lublinie", "Ministerstwem Rodziny"]


@pytest.mark.parametrize("text, expected", [
    # taking part in the organising, thanks for it, meeting the public as host
    ("W organizację festynu zaangażowani są: Gminny Ośrodek Kultury w Wąwolnicy, Stowarzyszenie Razem.",
     ["Gminny Ośrodek Kultury w Wąwolnicy", "Stowarzyszenie Razem"]),
    ("Organizacją rajdu zajęło się Stowarzyszenie Przyjaciół Wąwolnicy.", ["Stowarzyszenie Przyjaciół Wąwolnicy"]),
    ("Dziękujemy Fundacji Zielony Most za zorganizowanie spotkania.", ["Fundacji Zielony Most"]),
    ("Burmistrz Miasta Kraśnik Jan Lis spotkał się z mieszkańcami osiedla.", ["Burmistrz Miasta Kraśnik Jan Lis"]),
    ("W środę odbyło się spotkanie burmistrza Kraśnika z przedsiębiorcami.", ["burmistrza Kraśnika"]),
    ("Zebranie odbędzie się 5 maja we współpracy z Gminnym Ośrodkiem Kultury.", ["Gminnym Ośrodkiem Kultury"]),
    # labels and lists with bodies named by common nouns
    ("Organizator Rajdu:\n\nStowarzyszenie Przyjaciół Lipna", ["Stowarzyszenie Przyjaciół Lipna"]),
    ("Zebrania wiejskie organizowane są przez sołtysów poszczególnych wsi.", ["sołtysów poszczególnych wsi"]),
    ("Wydarzenie przygotowało Centrum Wolontariatu w Kraśniku.", ["Centrum Wolontariatu w Kraśniku"]),
    # not organisers: a guest, an object, a programme's operator
    ("Na festynie gościł również wójt Jan Nowak.", []),
    ("Urząd Gminy przygotował dla dzieci odblaskowe opaski.", []),
    ("Koncert dofinansowano w ramach programu Lokalne Inicjatywy realizowanego przez Fundację Wspólnota.", []),
])
def test_involvement_thanks_hosts_and_lists(text, expected):
    assert [o.name for o in find_organisers(text)] == expected
