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


@pytest.mark.parametrize("text, expected", [
    # co-organisers: a genitive partner with `z` and its instrumental partners
    ("Festyn zorganizowano we współpracy Gminnego Ośrodka Kultury w Lipnie z Kołem Gospodyń Wiejskich.",
     ["Gminnego Ośrodka Kultury w Lipnie", "Kołem Gospodyń Wiejskich"]),
    ("Do współpracy przy zorganizowaniu festynu włączyły się Fundacja Lipna oraz Koło Gospodyń Wiejskich.",
     ["Fundacja Lipna", "Koło Gospodyń Wiejskich"]),
    # `przy udziale` after a short aside that follows the main subject
    ("Wydarzenie przygotowały sołectwa Lipno i Borki z sołtysami na czele, przy udziale Szkoły Podstawowej "
     "w Lipnie oraz Koła Gospodyń Wiejskich.",
     ["sołectwa Lipno i Borki", "Szkoły Podstawowej w Lipnie", "Koła Gospodyń Wiejskich"]),
    ("Organizatorem było Starostwo Powiatowe w Lipnie we współpracy z dyrekcją Liceum.",
     ["Starostwo Powiatowe w Lipnie", "dyrekcją Liceum"]),
    ("Festyn był wspólnym przedsięwzięciem Gminnego Ośrodka Kultury w Lipnie, Biblioteki Publicznej oraz Koła "
     "Gospodyń Wiejskich.",
     ["Gminnego Ośrodka Kultury w Lipnie", "Biblioteki Publicznej", "Koła Gospodyń Wiejskich"]),
])
def test_co_organiser_phrasings(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Organizatorzy, którymi są rada sołecka, OSP Lipno, miejscowe koło DFK oraz Unia Borki, zapewniają bufet.",
     ["rada sołecka", "OSP Lipno", "miejscowe koło DFK", "Unia Borki"]),
    # a person with a title, not their office in apposition
    ("Jego inicjatorem był ks. Jan Nowak, proboszcz parafii w Lipnie.", ["ks. Jan Nowak"]),
    # `To … pomysł X` stands for the event of the sentence before, and only then
    ("W niedzielę odbył się piknik rodzinny. To ciekawy pomysł Wójta Gminy Lipno i Gminnej Biblioteki w Lipnie.",
     ["Wójta Gminy Lipno", "Gminnej Biblioteki w Lipnie"]),
    ("Mamy nowy chodnik. To ciekawy pomysł Wójta Gminy Lipno.", []),
    # a role noun in apposition names the body before it
    ("Jan Nowak, przewodniczący Stowarzyszenia Razem, głównego organizatora wydarzenia, powitał gości.",
     ["Stowarzyszenia Razem"]),
    ("Tym razem gospodarzem oprócz starosty Jana Nowaka był wójt gminy Lipno – Adam Kowal.",
     ["starosty Jana Nowaka", "wójt gminy Lipno – Adam Kowal"]),
    # next year's co-organiser, a host of another named event
    ("Starościna reprezentowała przyszłorocznego współorganizatora święta – gminę Borki.", []),
    ("Na sesji był Jan Lis, prezes Fundacji Las – główny organizator imprezy pn. „Święto Lasu”.", []),
    ("Z inicjatywy Jana Wolnego, przewodniczącego Rady Gminy Lipno, odbyło się zebranie.",
     ["Jana Wolnego, przewodniczącego Rady Gminy Lipno"]),
    # an abbreviation's full stop (`tut.` for `tutejszego`) ends no sentence
    ("Z inicjatywy Fundacji Barka oraz Burmistrza Lipna w środę, 26 października w siedzibie tut. Urzędu odbyło się "
     "spotkanie.", ["Fundacji Barka", "Burmistrza Lipna"]),
    # a first name Morfeusz marks as one only in its other forms
    ("Gospodarzem spotkania był dyrektor CKZiU Grzegorz Sip.", ["dyrektor CKZiU Grzegorz Sip"]),
])
def test_role_and_idea_nouns(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # lower-case groups and bare names stand in a list after a strong cue; `inne …` are not named
    ("Organizatorami koncertu byli zakonnicy, siostry i bracia z Zakonu Świeckich oraz młodzież franciszkańska, "
     "Caritas i inne wspólnoty parafialne, a także Ośrodek Kultury i Turystyki.",
     ["zakonnicy", "siostry i bracia z Zakonu Świeckich", "młodzież franciszkańska", "Caritas",
      "Ośrodek Kultury i Turystyki"]),
    ("Debatę zorganizowały Polska Macierz Szkolna i portal Polonia Razem.",
     ["Polska Macierz Szkolna", "portal Polonia Razem"]),
    ("Festyn zorganizowali Caritas oraz Dom Kultury w Lipnie.", ["Caritas", "Dom Kultury w Lipnie"]),
    ("Organizowana przez śródmiejskich policjantów i delegaturę biura bezpieczeństwa i zarządzania kryzysowego "
     "w dzielnicy Śródmieście debata ma poprawić bezpieczeństwo.",
     ["śródmiejskich policjantów",
      "delegaturę biura bezpieczeństwa i zarządzania kryzysowego w dzielnicy Śródmieście"]),
    ("Świetlica Wiejska, pani sołtys i Rada Sołecka zorganizowała festyn.",
     ["Świetlica Wiejska", "sołtys", "Rada Sołecka"]),
    # a sponsor's role in parentheses takes it off the list
    ("W organizację zaangażowani są: Gminny Ośrodek Kultury w Lipnie, Ochotnicza Straż Pożarna w Lipnie, "
     "Związek Gmin Pomorskich (fundator nagród).",
     ["Gminny Ośrodek Kultury w Lipnie", "Ochotnicza Straż Pożarna w Lipnie"]),
])
def test_lists_with_common_nouns(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # text flattened from a PDF: addresses between the names, headings set in capitals
    ("REGULAMIN TURNIEJU ORGANIZATORZY: Centrum Sportu w Lipnie ul. Polna 3, Lipno tel. 500 100 200 Wydział "
     "Teologiczny Uniwersytetu Opolskiego ul. Długa 1a, Opole KOORDYNATOR: Jan Nowak",
     ["Centrum Sportu w Lipnie", "Wydział Teologiczny Uniwersytetu Opolskiego"]),
    ("REGULAMIN ORGANIZATORZY Urząd Miejski w Lipnie OSiR w Lipnie Urząd Gminy Lipno PATRONAT MEDIALNY Echo Lipna",
     ["Urząd Miejski w Lipnie", "OSiR w Lipnie", "Urząd Gminy Lipno"]),
    # an item under a label line is no signature
    ("Rajd odbędzie się 5 maja.\n\nPatronat honorowy:\nMarszałek Województwa Pomorskiego\n", []),
    # a phrase ending its sentence is no label: the next lines are not its names
    ("Z inicjatywy Centrum Pomocy w Lipnie 20 września odbyło się spotkanie o realizacji wspólnych przedsięwzięć."
     "\n\nGaleria zdjęć ze spotkania\n", ["Centrum Pomocy w Lipnie"]),
])
def test_label_blocks_of_flattened_pages(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Zajęcia organizuje i prowadzić będzie Koło Gospodyń Wiejskich w Lipnie.", ["Koło Gospodyń Wiejskich w Lipnie"]),
    # a person or an office leading a meeting moderates it, and a moderator organises nothing;
    # a body leading it runs it
    ("Spotkanie poprowadzi dyrektor Ośrodka Pomocy Społecznej w Lipnie Anna Lis.", []),
    ("Obrady prowadziła Przewodnicząca Rady Seniorów, Pani Ewa Malec.", []),
    ("Warsztaty poprowadzą eksperci Fundacji Zielony Dom.", []),
    ("Konsultacje prowadzi Centrum Inicjatyw Społecznych „Most” na zlecenie Miasta.",
     ["Centrum Inicjatyw Społecznych „Most”"]),
    ("Forum zostało zorganizowane w Hotelu Lipa we Wrocławiu przy współpracy Stowarzyszenia Rozwoju Lokalnego z "
     "Powiatem Lipnowskim.", ["Stowarzyszenia Rozwoju Lokalnego", "Powiatem Lipnowskim"]),
    # a dated item of a list of meetings run with a partner; guests and a project's partner are none
    ("Zapraszamy na spotkania. Spotkania odbędą się:\n  • w Lipnie we współpracy z Punktem Konsultacyjnym – "
     "17 sierpnia (środa) w godz. 11.00-13.00\n  • w Borkach we współpracy ze Stowarzyszeniem Tratwa – 18 sierpnia",
     ["Punktem Konsultacyjnym", "Stowarzyszeniem Tratwa"]),
    ("Program:\n• 17 sierpnia – spotkanie z udziałem Wójta Gminy Lipno\n• 18 sierpnia – warsztaty", []),
    ("Nasze projekty:\n- Projekt „Razem” realizowany we współpracy z Fundacją Lipno w latach 2019-2020", []),
    ("Konsultacje prowadzą: Fundacja Zielony Dom i Stowarzyszenie Lipnowskich Psychologów.",
     ["Fundacja Zielony Dom", "Stowarzyszenie Lipnowskich Psychologów"]),
    ("Warsztaty poprowadzą: eksperci Fundacji Zielony Dom.", []),
    ("Uczestnicy odwiedzili Fundację Wiatrak, która prowadzi Klub Seniora. Wizyta odbyła się 5 marca 2024 r.", []),
    ("Członkinie Koła Gospodyń Wiejskich „Lipnianki” z Lipna w gminie Borki po raz drugi zaprosiły chętnych na "
     "warsztaty.", ["Koła Gospodyń Wiejskich „Lipnianki” z Lipna w gminie Borki"]),
    ("Dzielnicowy aspirant Jan Nowak spotkał się z mieszkańcami osiedla.", ["Dzielnicowy aspirant Jan Nowak"]),
    ("Spotkania rozpoczął 5 kwietnia Klub Seniora „Radość” z Lipna.", ["Klub Seniora „Radość” z Lipna"]),
    # an object pronoun standing for the event of the sentence before
    ("Sympozjum odbyło się na Uniwersytecie. Przygotowały je wspólnie Komenda Wojewódzka Policji w Lipnie oraz "
     "Instytut Socjologii UwB.", ["Komenda Wojewódzka Policji w Lipnie", "Instytut Socjologii UwB"]),
    ("Raport opublikowano w maju. Przygotowała go Fundacja Lipno.", []),
    # a chair opening the sitting organises nothing
    ("Obrady rozpoczął Przewodniczący Rady Gminy Lipno Jan Kot, rozdając radnym zaświadczenia.", []),
    ("Na coroczne seminarium Mazowiecki Ośrodek Doradztwa Rolniczego z siedzibą w Warszawie oddział w Siedlcach "
     "zaprosił koła gospodyń.", ["Mazowiecki Ośrodek Doradztwa Rolniczego z siedzibą w Warszawie oddział w Siedlcach"]),
    ("Piknik - przy partnerstwie OSP Lipno - zorganizowała grupa nieformalna „Młodzi Duchem”.",
     ["grupa nieformalna „Młodzi Duchem”"]),
    ("Towarzystwo Miłośników Lipna wraz z organizacjami partnerskimi zachęca do udziału w rajdzie.",
     ["Towarzystwo Miłośników Lipna"]),
    # not organisers: the object of an invitation, a guest host's other event, participants
    ("Seniorzy zapraszają Władze Miasta na spotkanie przy jajku.", []),
    ("Co roku Forum gości prezydentów miast.", []),
    ("Gośćmi będą Anna Nowak oraz Jan Lis z grupy nieformalnej „Rowerowy Lipno”, która w ubiegłym roku "
     "zorganizowała rajd.", []),
    ("Przedstawiciele Policji, samorządu oraz Straży Miejskiej spotkali się z mieszkańcami.", []),
])
def test_verb_frames_and_their_subjects(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Koncert organizowany przez Parafialny Zespół Caritas im. św. Brata Alberta działający przy Szkole "
     "Podstawowej w Lipnie.",
     ["Parafialny Zespół Caritas im. św. Brata Alberta działający przy Szkole Podstawowej w Lipnie"]),
    # a body attached to another is named with it; a street or a square is no body
    ("Warsztaty zorganizował Klub Seniora przy Gminnym Ośrodku Kultury w Lipnie.",
     ["Klub Seniora przy Gminnym Ośrodku Kultury w Lipnie"]),
    ("Rada Osiedla przy Placu Wolności zaprasza na zebranie.", ["Rada Osiedla"]),
    # a patron's first and last name after the head of a body
    ("Współorganizatorami byli: Wydział Prawa Uniwersytetu Jana Kochanowskiego w Kielcach oraz Wydział Pedagogiczny "
     "Uniwersytetu w Lipnie.", ["Wydział Prawa Uniwersytetu Jana Kochanowskiego w Kielcach",
                                 "Wydział Pedagogiczny Uniwersytetu w Lipnie"]),
    # a bare head, a dash, then the body's own name
    ("Organizatorem jest Fundacja Lipno, a gospodarzem Stowarzyszenie – Lokalna Grupa Działania „Lipnowski Raj”.",
     ["Fundacja Lipno", "Stowarzyszenie – Lokalna Grupa Działania „Lipnowski Raj”"]),
    ("Fundacja – partner projektu zaprasza na warsztaty.", []),
    # a compound adjective written apart opens a name
    ("Spotkanie zostało zorganizowane przez Miejsko – Gminny Ośrodek Pomocy Społecznej w Lipnie.",
     ["Miejsko – Gminny Ośrodek Pomocy Społecznej w Lipnie"]),
    ("Druhowie z Ochotniczej Straży Pożarnej (OSP) w Lipnie zorganizowali pokaz ratownictwa.",
     ["Ochotniczej Straży Pożarnej (OSP) w Lipnie"]),
    ("Festyn został zorganizowany przez Sołtysa i Radę Sołecką wsi Lipno.", ["Sołtysa", "Radę Sołecką wsi Lipno"]),
    ("Biblioteka- filia w Lipnie zaprasza na spotkanie autorskie.", ["Biblioteka- filia w Lipnie"]),
    ("Konferencję zorganizował kujawsko-pomorski Regionalny Ośrodek Polityki Społecznej.",
     ["kujawsko-pomorski Regionalny Ośrodek Polityki Społecznej"]),
    ("Zorganizowane przez jastrzębski Urząd spotkanie informacyjne odbyło się w marcu.", ["jastrzębski Urząd"]),
    ("Starostwo Powiatowe w Lipnie, Wydział Ochrony Środowiska, Rolnictwa i Leśnictwa po raz IX organizuje dożynki.",
     ["Starostwo Powiatowe w Lipnie", "Wydział Ochrony Środowiska, Rolnictwa i Leśnictwa"]),
    # a list of bodies is no name with commas inside
    ("Festyn był wspólnym przedsięwzięciem Urzędu Dzielnicy, Ośrodka Pomocy Społecznej oraz Ośrodka Kultury.",
     ["Urzędu Dzielnicy", "Ośrodka Pomocy Społecznej", "Ośrodka Kultury"]),
])
def test_name_boundaries(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


def test_each_line_under_an_organisers_label_is_one_whatever_its_head():
    from nlp import Extractor
    text = ("Konferencja „Rodzina się liczy”\npod Honorowym Patronatem\nMetropolity Lipnowskiego\nOrganizatorzy:\n"
            "Jan Lis – Poseł na Sejm RP, PiS\nArchidiecezjalne Wyższe Seminarium Duchowne w Lipnie\n"
            "Zespół Szkół Sióstr Misjonarek Świętej Rodziny\nim. Bł. B. Lament w Lipnie\n"
            "Region Podlaski NSZZ „Solidarność”\n\n25 maja 2013 roku, godz. 11.00\nAula Zespołu Szkół w Lipnie")
    names = [o["name"] for o in Extractor().extract(text)["organisers"]]
    assert names == ["Jan Lis – Poseł na Sejm RP, PiS", "Archidiecezjalne Wyższe Seminarium Duchowne w Lipnie",
                     "Zespół Szkół Sióstr Misjonarek Świętej Rodziny im. Bł. B. Lament w Lipnie",
                     "Region Podlaski NSZZ „Solidarność”"]
