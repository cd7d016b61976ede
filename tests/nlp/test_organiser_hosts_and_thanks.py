"""Organisers named by meeting the public, by thanks, by a partner of an impersonal verb, by
a signature or a letter head in the shapes real notices take, and what stays out: a title
in capitals, the date of a request, the day of an election."""
import pytest

from nlp.dates import find_dates
from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    # the office holders who meet the residents host them, with a date between verb and `z`
    ("Burmistrz Lipna Jan Nowak i kierownik Miejskiego Ośrodka Pomocy Społecznej Anna Lis spotkali się "
     "5 maja 2024 r. z radą osiedla.",
     ["Burmistrz Lipna Jan Nowak", "kierownik Miejskiego Ośrodka Pomocy Społecznej Anna Lis"]),
    ("Wójt Gminy Lipno spotkał się w czwartek z mieszkańcami Kolonii.", ["Wójt Gminy Lipno"]),
    # the residents who meet an investor host nobody
    ("Mieszkańcy spotkali się w czwartek z inwestorem w świetlicy wiejskiej.", []),
    # an office that holds or closes a meeting with the public hosts it; the meeting that is
    # held (`odbyło się`) names no host
    ("W środę 14 maja 2025 r. Burmistrz Kłodawy Jan Wiśniak odbył spotkanie z mieszkańcami osiedla.",
     ["Burmistrz Kłodawy Jan Wiśniak"]),
    ("Starosta Lipski wraz z Wicestarostą Anną Lis zakończyli 3 marca 2024 r. spotkanie z sołtysami.",
     ["Starosta Lipski", "Wicestarostą Anną Lis"]),
    ("Spotkanie z Wójtem odbyło się 5 maja 2024 r. z udziałem mieszkańców.", []),
    # a single office meets the residents, even unnamed; a meeting with the sołtysi of a gmina
    # has them as guests
    ("Spotkania burmistrza z mieszkańcami\n\nCzwartek 17 września 2015 godz. 18.00, kawiarnia Pod Lipą.",
     ["burmistrza"]),
    ("Wczoraj, 5 marca 2024 r., odbyło się spotkanie z sołtysami Gminy Lipno.", []),
    # the office that welcomes the guests `jako gospodarz`
    ("Spotkanie odbyło się 5 maja 2019 r. Wójt Gminy Lipno jako gospodarz przedstawiła informacje o klubie.",
     ["Wójt Gminy Lipno"]),
    # those met, capitalised out of respect, are no part of the office's name
    ("16 marca 2020 r. odbyło się coroczne spotkanie Wójta Gminy Jana Lisa z Przedsiębiorcami.",
     ["Wójta Gminy Jana Lisa"]),
    # the office, then its holder in apposition
    ("W dniu 8 lutego 2019 r. odbyło się spotkanie Zastępcy Wójta Gminy Lipno, Jana Lisa z przedstawicielami "
     "organizacji pozarządowych.", ["Zastępcy Wójta Gminy Lipno"]),
    # `z` with the genitive says where the ones meeting come from, not whom they meet
    ("5 marca 2024 r. w remizie w Borkach odbyło się spotkanie kół gospodyń wiejskich z terenu powiatu.", []),
    # who presides over the meeting
    ("W dniu 5 maja 2020 r. odbyło się spotkanie. Spotkaniu przewodniczył Związek Organizacji Pozarządowych "
     "z Lipna.", ["Związek Organizacji Pozarządowych z Lipna"]),
    ("Spotkanie odbyło się 5 maja 2020 r. pod przewodnictwem Burmistrza Lipna.", ["Burmistrza Lipna"]),
    # the meeting's kind or its public between the noun and the office
    ("Spotkanie mieszkańców z Burmistrzem Lipna odbędzie się 5 maja o godz. 18 w sali OSP.", ["Burmistrzem Lipna"]),
    ("Zapraszam mieszkańców na spotkanie informacyjne z Wójtem Gminy Lipno.\n\nData: 24.05.2016 r.",
     ["Wójtem Gminy Lipno"]),
    # a list of guests ending a report signs nothing
    ("Zebranie odbyło się 8 marca 2014 r. w remizie. Gościliśmy między innymi:\n- Wójta Gminy Borki Jana Nowaka\n"
     "- Sołtysa Sołectwa Lipno Annę Lis", []),
    # the agent described before its list
    ("Wyjazd studyjny 20-22 września 2022 r. zorganizowany został przez partnerów projektu: Stowarzyszenie "
     "Dolina Lipy oraz Stowarzyszenie „Sąsiedzi”.", ["Stowarzyszenie Dolina Lipy", "Stowarzyszenie „Sąsiedzi”"]),
    # an office completed by its chamber, before its holder's name
    ("Szkolenie 17 stycznia 2019 r. zorganizowano z inicjatywy posła na Sejm RP Jana Nowaka we współpracy "
     "ze starostą lipskim Anną Lis.", ["posła na Sejm RP Jana Nowaka", "starostą lipskim Anną Lis"]),
    # a person named with courtesy, on whose invitation people came
    ("W dniu 4 lutego 2019 roku na zaproszenie Pana Jana Lisa licznie przybyli na spotkanie organizacyjne "
     "przedstawiciele stowarzyszeń.", ["Pana Jana Lisa"]),
    # the agent after the body on whose behalf or commission the event was held
    ("17 października 2019 r. w Borkach odbyła się konferencja zorganizowana w imieniu Marszałka Województwa "
     "Lipowskiego przez Zespół Parków Krajobrazowych w Lipnie.",
     ["Marszałka Województwa Lipowskiego", "Zespół Parków Krajobrazowych w Lipnie"]),
    # the event the participle describes, named after its agents, is no part of their names
    ("Spotkanie odbyło się 5 maja 2014 r. Dyskutowano na temat organizowanej przez Związek Stowarzyszeń „Razem” "
     "oraz Uniwersytet Lipowski Konferencji Naukowej „Perspektywy”, która odbędzie się 23 października 2014 r.",
     ["Związek Stowarzyszeń „Razem”", "Uniwersytet Lipowski"]),
    # the initiative shared by two bodies
    ("Spotkanie 6 listopada 2024 r. zostało zorganizowane ze wspólnej inicjatywy Fundacji Borki oraz Wydziału "
     "Kultury Urzędu Miasta Lipna.", ["Fundacji Borki", "Wydziału Kultury Urzędu Miasta Lipna"]),
    # ... and after the holder's name, in apposition
    ("Jan Nowak, poseł na Sejm RP, zaprasza mieszkańców na spotkanie 23 września o godzinie 16.00.",
     ["Jan Nowak, poseł na Sejm RP"]),
    # who receives the guests hosts them, but a resolution passed by a council hosts nothing
    ("Posiedzenie zarządu odbyło się 22 lutego 2024 r. w Borkach. Przybyli goście byli podejmowani przez "
     "Koło Gospodyń Wiejskich w Borkach.", ["Koło Gospodyń Wiejskich w Borkach"]),
    ("Wizyta odbyła się 5 marca 2024 r. Delegacja z Lipna została przyjęta przez Burmistrza Borek.",
     ["Burmistrza Borek"]),
    ("Uchwała została podjęta przez Radę Gminy Lipno na sesji 5 marca 2024 r.", []),
    # a body's meeting of its members is held by the body, not by a plural of bodies
    ("W czwartek 1 lutego odbyło się zebranie borkowskiego Klubu Seniora, na którym zarząd złożył sprawozdanie.",
     ["Klubu Seniora"]),
    ("Zebranie Klubów Okręgu odbędzie się 5 marca 2024 r. w hali.", []),
    # ... after the words of its kind, and with an adjective opening the body's name; a village's
    # meeting and an assembly named with capitals are no body's members' meeting
    ("W dniu 8 marca 2014 roku odbyło się zebranie sprawozdawczo-wyborcze Ochotniczej Straży Pożarnej "
     "w Borkach.", ["Ochotniczej Straży Pożarnej w Borkach"]),
    ("W dniu 8 marca 2014 roku odbyło się zebranie Ochotniczej Straży Pożarnej w Borkach.",
     ["Ochotniczej Straży Pożarnej w Borkach"]),
    ("17 grudnia podczas obrad walnego zgromadzenia Lipowskiej Izby Rolniczej odbędzie się debata rolnicza.",
     ["Lipowskiej Izby Rolniczej"]),
    # (a meeting of a body named by its adjective, with no word of a general assembly, is its sitting)
    ("Zebranie Lipowskiej Izby Rolniczej odbędzie się 5 marca 2024 r.", []),
    ("W dniu 8 marca 2014 roku odbyło się zebranie wiejskie sołectwa Borki.", []),
    ("Zgodnie z postanowieniem Zgromadzenia Ogólnego Organizacji Narodów Zjednoczonych 5 grudnia 2014 r. "
     "odbyło się forum wolontariuszy.", []),
    # bodies meeting jointly; a new subject after `i` is none of them
    ("Wspólne zebranie Zarządu Stowarzyszenia Lipa i Rady Fundacji Razem odbyło się 5 marca 2024 r.",
     ["Zarządu Stowarzyszenia Lipa", "Rady Fundacji Razem"]),
    ("Zebranie Zarządu Stowarzyszenia Lipa i Wójt Gminy przedstawili plan 5 marca 2024 r.",
     ["Zarządu Stowarzyszenia Lipa"]),
    # the body an organ belongs to in lower case: the page's own, one name with it
    ("5 marca 2024 r. w świetlicy w Borkach odbyło się zebranie Zarządu stowarzyszenia, na które zaproszono wójta.",
     ["Zarządu stowarzyszenia"]),
    # a council's or committee's sitting names the body that sits, not one that organises it
    ("Posiedzenie Komisji Budżetu Rady Gminy Lipno odbędzie się 5 marca 2024 r. o godz. 10.00 w sali nr 12.", []),
    ("Wspólne posiedzenie Zarządu Stowarzyszenia Lipa i Rady Fundacji Razem odbyło się 5 marca 2024 r.", []),
    # the `r.` of a year between a verb and its subject ends no clause
    ("Konferencję zorganizowały 5 marca 2024 r. Fundacja Lipa oraz Stowarzyszenie Razem.",
     ["Fundacja Lipa", "Stowarzyszenie Razem"]),
    # a person's second role in apposition makes the body of the first the host
    ("Adam Zając, kierownik Gminnej Biblioteki w Lipnie i gospodarz wieczoru, powitał 5 marca 2024 r. "
     "gości spotkania.", ["Gminnej Biblioteki w Lipnie"]),
    # the organisers of a contest hold its final ceremony, but not its other meetings
    ("Gala finałowa konkursu „Zielona Wieś” odbędzie się 5 marca 2024 r. w sali widowiskowej. Konkurs "
     "organizowany jest przez Fundację Zielone Pole we współpracy z Gminnym Ośrodkiem Kultury w Lipnie.",
     ["Fundację Zielone Pole", "Gminnym Ośrodkiem Kultury w Lipnie"]),
    ("Zgłoszenia do konkursu przyjmujemy do 5 marca 2024 r. Konkurs organizowany jest przez Fundację Zielone "
     "Pole. Spotkanie informacyjne odbędzie się 1 marca.", []),
    # a project run this year, its meetings announced after
    ("Stowarzyszenie Razem we współpracy z Biblioteką Publiczną w Lipnie realizuje w 2024 r. projekt "
     "„Czytamy razem”. Pierwsze spotkanie odbyło się 5 maja 2024 r.",
     ["Stowarzyszenie Razem", "Biblioteką Publiczną w Lipnie"]),
    # ... or one that has started running the project, whatever the tense
    ("Stowarzyszenie Nasz Lipnik rozpoczęło realizację projektu pt. „Sztuka”. W ramach projektu 5 marca 2024 r. "
     "odbyły się warsztaty.", ["Stowarzyszenie Nasz Lipnik"]),
    ("Ośrodek Pomocy Społecznej w Lipnie przystąpił do realizacji projektu „Razem”. W ramach projektu "
     "5 marca 2024 r. odbyły się warsztaty.", ["Ośrodek Pomocy Społecznej w Lipnie"]),
    # starting to draft a plan: the meetings and consultations for it are the body's
    ("Lokalna Grupa Działania Ziemi Lipnowskiej rozpoczyna prace nad nową lokalną strategią rozwoju (LSR). "
     "Zapraszamy na spotkanie konsultacyjne 5 maja 2023 r.", ["Lokalna Grupa Działania Ziemi Lipnowskiej"]),
    ("Rada Gminy rozpoczęła prace nad budżetem. Sesja odbędzie się 5 maja 2023 r.", []),
    # joining a contest runs nothing
    ("Gmina Borki przystąpiła do konkursu „Piękna Wieś”. Gala odbyła się 5 marca 2024 r.", []),
    # who is responsible for or joined in making the event, named before the verb
    ("Fundacja Razem odpowiada za organizację konferencji, która odbędzie się 5 czerwca 2019 r.",
     ["Fundacja Razem"]),
    ("Koło Gospodyń Wiejskich w Borkach włączyło się w organizację festynu, który odbył się 5 czerwca 2019 r.",
     ["Koło Gospodyń Wiejskich w Borkach"]),
    ("Spotkanie odbyło się 5 maja 2024 r. Do organizacji wydarzenia włączyli się: radny - p. Jan Lis oraz "
     "sołtys - p. Adam Zając.", ["radny - p. Jan Lis", "sołtys - p. Adam Zając"]),
    ("Zgłoszenia do organizacji kiermaszu przyjmuje sekretariat szkoły do 5 maja 2024 r.", []),
    # what they take part in making is no event
    ("Spotkanie odbyło się 5 maja 2024 r. Wzięli w nim udział pracownicy Urzędu Gminy Lipno zaangażowani w "
     "przygotowanie programu rewitalizacji.", []),
    # a list whose item is followed by its acronym goes on past it
    ("Debata została zorganizowana przez Powiatową Instytucję Kultury w Lipnie PIK, MOK Lipno oraz Ośrodek "
     "Kultury w Borkach. Wydarzenie miało miejsce 10 grudnia 2019 r.",
     ["Powiatową Instytucję Kultury w Lipnie", "MOK Lipno", "Ośrodek Kultury w Borkach"]),
    # a framework, however long, between the name opening the clause and its verb
    ("Ośrodek Pomocy Społecznej w Lipnie w ramach projektu „Kompas” współfinansowanego z Europejskiego Funduszu "
     "Społecznego w ramach Regionalnego Programu Operacyjnego na lata 2014-2020, w dniu 30 maja 2018r. "
     "zorganizował debatę społeczną.", ["Ośrodek Pomocy Społecznej w Lipnie"]),
    # names on the lines above the verb, joined by a lone `i`
    ("Stowarzyszenie Przyjaciół Lipna\ni\nKlub Muzyki we Wrocławiu\nzapraszają na:\nDebatę Konstytucyjną\n"
     "5 października 2019 r.", ["Stowarzyszenie Przyjaciół Lipna", "Klub Muzyki we Wrocławiu"]),
    # a voivodeship named by its lower-case adjective
    ("W sobotę 31 maja 2014 r. odbędą się obchody. Województwo warmińsko-mazurskie z tej okazji organizuje "
     "seminarium.", ["Województwo warmińsko-mazurskie"]),
    # a partner labelled before a dash; the day a project started, set off by one comma
    ("Fundacja Bliżej Pasji wraz z Partnerem – Gminnym Ośrodkiem Kultury w Lipnie, z dniem 1 czerwca b.r. "
     "rozpoczęła realizację projektu „Senior”. Warsztaty odbędą się 5 czerwca 2019 r.",
     ["Fundacja Bliżej Pasji", "Gminnym Ośrodkiem Kultury w Lipnie"]),
    # a programme's quoted name ends where the body's own name begins
    ("W ramach akcji „Masz głos” Fundacja Razem zorganizowała 5 marca 2018 r. debatę.", ["Fundacja Razem"]),
    ("Stowarzyszenie „Razem” Oddział w Lipnie zorganizowało 5 marca 2018 r. debatę.",
     ["Stowarzyszenie „Razem” Oddział w Lipnie"]),
    # an aside on the project, its closing comma left out, between the subject and its verb;
    # the unit a body's seat is in, named with its adjectives
    ("Powiatowe Centrum Pomocy Rodzinie w Powiecie Lipskim Zachodnim, w ramach projektu pn. „Dom bez "
     "przemocy” zorganizowało 11 października 2021 r. konferencję.",
     ["Powiatowe Centrum Pomocy Rodzinie w Powiecie Lipskim Zachodnim"]),
    ("Gmina Lipno rozpoczęła realizację inwestycji. Spotkanie z mieszkańcami odbyło się 5 marca 2024 r.", []),
    # ... or named in a relative clause on the project (but not the one who ran it before)
    ("W ramach projektu „Czytamy razem”, który w Borkach realizują wspólnie Dom Kultury w Borkach i "
     "Biblioteka Gminna, 5 marca 2024 r. odbędzie się spotkanie autorskie.",
     ["Dom Kultury w Borkach", "Biblioteka Gminna"]),
    ("Spotkanie z autorką odbędzie się 5 marca 2024 r. O projekcie, który realizowała Fundacja Lipa, opowie "
     "jej prezes.", []),
    # the partners or the agent of a participle after the day (and the town) it was held on
    ("Spotkanie zorganizowano 5 marca 2020 r. wspólnie z Fundacją Lipa i Stowarzyszeniem Razem.",
     ["Fundacją Lipa", "Stowarzyszeniem Razem"]),
    ("Spotkanie zorganizowane w dniu 5 marca 2020 r. w Lipnie przez Fundację Lipa.", ["Fundację Lipa"]),
    ("Konferencja, zorganizowana w Lipnie 4.12.2020 r. przez Fundację Lipa, przedstawiła wyzwania.",
     ["Fundację Lipa"]),
    # an impersonal verb names the body it was made with before it
    ("W sobotę, 4 marca 2023 r., wspólnie z Fundacją Lipa zorganizowano warsztaty dla seniorów.",
     ["Fundacją Lipa"]),
    # a board making a consultation known
    ("Wójt Gminy Lipno podaje do wiadomości mieszkańców termin zebrania wiejskiego w Kolonii: 5 maja 2024 r., "
     "godz. 18.", ["Wójt Gminy Lipno"]),
    ("Burmistrz Lipna podaje do publicznej wiadomości wykaz nieruchomości przeznaczonych do sprzedaży.", []),
    # an office with academic titles before the holder's name
    ("Seminarium odbyło się 26 maja 2023 r., przygotowane przez Dyrektora Naczelnego dr hab. n. med. Annę Lis.",
     ["Dyrektora Naczelnego dr hab. n. med. Annę Lis"]),
])
def test_hosts_in_the_shapes_of_real_reports(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zebranie odbyło się 26 marca 2024 r. w Lipnie. Dziękujemy za przygotowanie zebrania Marii Kowalskiej.",
     ["Marii Kowalskiej"]),
    ("Wycieczka do remizy odbyła się 11 maja 2022 r.\n\nGorąco dziękujemy Pani Dyrektor Annie Lis, "
     "P. Markowi Nowakowi i Panu Adamowi Zającowi za zorganizowanie spotkania.",
     ["Pani Dyrektor Annie Lis", "P. Markowi Nowakowi", "Panu Adamowi Zającowi"]),
    ("Spotkanie odbyło się 11 maja 2022 r. Dziękujemy Stowarzyszeniu Lipa za zorganizowanie spotkania.",
     ["Stowarzyszeniu Lipa"]),
    # thanked for hospitality: the host
    ("Warsztaty odbyły się 3 marca 2023 r. Podziękowania składamy dla uczestników oraz "
     "Gminnego Ośrodka Kultury w Borkach za gościnność.", ["Gminnego Ośrodka Kultury w Borkach"]),
    ("Spotkanie odbyło się 11 maja 2022 r. Dziękujemy Bibliotece Publicznej w Lipnie za gościnę.",
     ["Bibliotece Publicznej w Lipnie"]),
    # the thanked guests are not named: nobody
    ("Spotkanie odbyło się 11 maja 2022 r. Dziękujemy wszystkim za udział w spotkaniu.", []),
    # thanked for the refreshments they prepared, not for the meeting
    ("Debata odbyła się 11 maja 2022 r. Dziękujemy KGW w Borkach za przygotowanie pysznego poczęstunku.", []),
])
def test_the_ones_thanked_for_organising(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare office above its holder's name signs, with the holder
    ("Zebranie osiedla odbędzie się 7 czerwca 2024 r. o godz. 17 w szkole.\n\nPrzewodniczący\n\nPiotr Lis",
     ["Przewodniczący Piotr Lis"]),
    # a councillor's name, then the office on the line below: the office, with its holder
    ("Zapraszam mieszkańców na dyskusję 5 maja 2024 r. o godz. 18 w sali nr 4 Starostwa.\n\n"
     "     Jan Kowalski\n\n     Radny Rady Miejskiej w Lipnie\n", ["Jan Kowalski Radny Rady Miejskiej w Lipnie"]),
    # a signature set right at the end of the last line
    ("Zapraszam na zebranie wiejskie 5 maja 2024 r. o godz. 18 w świetlicy. Proszę o liczne przybycie.      "
     "Sołtys", ["Sołtys"]),
    # an office after its adjective heads the letter
    ("2 sierpnia 2024\n\nNarada sierpniowa\n\nLubuski Kurator Oświaty\n\nSzanowni Państwo,\n"
     "zapraszam na naradę, która odbędzie się 28 sierpnia 2024 r. o godz. 10.00 w Gorzowie.",
     ["Lubuski Kurator Oświaty"]),
    # a title in capitals above `Zapraszamy!` is no publisher
    ("KUCHNIA BABCI – CZĘŚĆ TRZECIA\n\nW czwartek 18 lipca 2024 r. odbyły się warsztaty kulinarne. "
     "Zapraszamy!", []),
    ("Stowarzyszenie Przyjaciół Szkoły w Dobrzycy\n\nW czwartek 18 lipca 2024 r. odbędą się warsztaty. Zapraszamy!",
     ["Stowarzyszenie Przyjaciół Szkoły w Dobrzycy"]),
])
def test_signatures_and_heads_in_real_layouts(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, days", [
    # the day a request was filed is no meeting
    ("Sesję zwołano na wniosek Burmistrza złożony 19 lutego 2024 r. Odbędzie się ona 18 marca 2024 r. "
     "o godz. 14 w ratuszu.", ["2024-03-18"]),
    # a sitting planned for a day is held on it; one called off stays that day's event, for
    # the record's status says it is cancelled (and joins it to the announcement it cancels)
    ("Zebranie sołeckie wyznaczone na 12 maja 2024 r. odbędzie się w remizie.", ["2024-05-12"]),
    ("Zebranie sołeckie zaplanowane na 12 maja 2024 r. zostało odwołane.", ["2024-05-12"]),
    # the day of an election is no meeting
    ("Debata odbędzie się 27 listopada 2024 r. o godz. 18. Zorganizował ją kandydat w wyborach w dniu "
     "30 listopada 2024 r.", ["2024-11-27"]),
])
def test_dates_that_are_not_meetings(text, days):
    assert [m.start[:10] for m in find_dates(text) if m.kind == "event"] == days


@pytest.mark.parametrize("text, expected", [
    # a list of university units, each ending in its parent body's acronym
    ("Instytut Nauk Ekonomicznych PAN, Mazowiecki Związek Pracodawców oraz Katedra Ekonomii SGGW zapraszają "
     "na konferencję, która odbędzie się 5 maja 2024 r.",
     ["Instytut Nauk Ekonomicznych PAN", "Mazowiecki Związek Pracodawców", "Katedra Ekonomii SGGW"]),
    # a body's own workshops
    ("W sali narad Urzędu Gminy odbyły się 5 maja 2024 r. warsztaty Lokalnej Grupy Działania Razem.",
     ["Lokalnej Grupy Działania Razem"]),
    # a name in capitals, its seat under it, the verb on the next line
    ("ZWIĄZEK GMIN NADBUŻAŃSKICH\nz siedzibą w Lipnie\n\nzaprasza mieszkańców na spotkanie, które odbędzie się "
     "5 maja 2024 r.", ["ZWIĄZEK GMIN NADBUŻAŃSKICH"]),
    # the meeting of an office holder with guests, either order of person and office
    ("W piątek, 15 listopada 2024 r., odbyło się spotkanie Anny Lis, Burmistrz Miasta Lipna, z ambasadorem Łotwy.",
     ["Anny Lis, Burmistrz Miasta Lipna"]),
    ("W piątek, 15 listopada 2024 r. odbyło się spotkanie Wójta Gminy Lipno Adama Zająca z sołtysami.",
     ["Wójta Gminy Lipno Adama Zająca"]),
])
def test_lists_own_events_and_meetings_of_office_holders(text, expected):
    assert _names(text) == expected


def test_an_event_noun_after_and_ends_a_name():
    text = ("Posiedzenia Komisji Budżetowej i Sesja Rady Gminy Lipno w dniach 3-5 marca 2024 r.\n\n"
            "Najbliższa sesja odbędzie się 5 marca 2024 r.")
    assert "Komisji Budżetowej i Sesja Rady Gminy Lipno" not in _names(text)


@pytest.mark.parametrize("text, expected", [
    ("Przed 15 laty w Lipnie powstało Lipnowskie Stowarzyszenie Seniorów. Z tej okazji 26 sierpnia 2024 r. "
     "zorganizowało ono jubileuszowe spotkanie.", ["Lipnowskie Stowarzyszenie Seniorów"]),
    ("Fundacja Lipa działa od 2010 roku. Ona też zaprasza na spotkanie 5 maja 2024 r.", ["Fundacja Lipa"]),
])
def test_a_pronoun_subject_stands_for_the_body_named_before(text, expected):
    assert _names(text) == expected


def test_the_body_that_commissioned_the_event_and_the_one_that_made_it():
    text = ("Spotkanie zostało przygotowane 5 maja 2024 r. przez Spółdzielnię Socjalną Lipa na zlecenie "
            "Regionalnego Ośrodka Polityki Społecznej w Toruniu.")
    assert _names(text) == ["Spółdzielnię Socjalną Lipa", "Regionalnego Ośrodka Polityki Społecznej w Toruniu"]


@pytest.mark.parametrize("text, expected", [
    # a unit named by its place's adjective
    ("W czwartek 5 maja 2024 r. powiat kłodawski zorganizował spotkanie dla sołtysów.", ["powiat kłodawski"]),
    # a body's branch named by its region's adjective
    ("W spotkaniu 5 maja 2024 r., zorganizowanym przez mazowiecki oddział Polskiego Związku Niewidomych, "
     "wzięło udział 40 osób.", ["mazowiecki oddział Polskiego Związku Niewidomych"]),
    # what the subject runs stands between it and the verb
    ("Związek Stowarzyszeń „Razem w Lipnie” prowadzący Lipnowskie Centrum Organizacji Pozarządowych zaprasza "
     "na forum 5 maja 2024 r.", ["Związek Stowarzyszeń „Razem w Lipnie”"]),
    # a project run since a month of this year
    ("Stowarzyszenie Lipa w partnerstwie z Miejskim Ośrodkiem Pomocy Społecznej w Lipnie realizuje od sierpnia "
     "br. projekt „Rodzina”. Warsztaty odbędą się 5 maja 2024 r.",
     ["Stowarzyszenie Lipa", "Miejskim Ośrodkiem Pomocy Społecznej w Lipnie"]),
])
def test_units_branches_and_subjects_in_real_shapes(text, expected):
    assert _names(text) == expected


def test_who_prepared_the_food_is_no_organiser():
    text = ("Dnia 20 października 2018 r. w świetlicy w Lipnie odbyło się spotkanie seniorów. Dopełnieniem spotkania "
            "był poczęstunek przygotowany przez Koło Gospodyń Wiejskich w Lipnie.")
    assert [o.name for o in find_organisers(text)] == []


@pytest.mark.parametrize("text, expected", [
    ("W dniu 22 czerwca br. na wniosek Rady Sołeckiej Borki odbyło się zebranie wiejskie.", ["Rady Sołeckiej Borki"]),
    # (residents asking name no body)
    ("Na wniosek mieszkańców odbyło się zebranie wiejskie.", []),
    # (a request about something else is no call for the meeting)
    ("Na wniosek Rady Sołeckiej Borki gmina wyremontowała świetlicę. Zebranie odbyło się 3 maja.", []),
    # an order convening a sitting, its date and the sitting on the lines its colon introduces
    ("Na podstawie art. 20 ustawy o samorządzie gminnym, na wniosek Prezydenta Miasta Lipna, zarządzam na dzień:\n"
     "02 grudnia 2020 r. (środa) o godz. 10:30\nXXX Nadzwyczajną Sesję Rady Miasta Lipna.",
     ["Prezydenta Miasta Lipna"]),
    # (a colon's lines two lines down are another matter's)
    ("Na wniosek Rady Sołeckiej Borki gmina wyremontowała świetlicę, w której znajdują się:\nkuchnia\nłazienka\n"
     "Zebranie odbyło się 3 maja.", []),
])
def test_a_meeting_held_on_a_bodys_request_is_its(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zgodnie z zapowiedzią Urzędu Gminy Lipno, dziś rozpoczynają się spotkania poświęcone transportowi zbiorowemu.",
     ["Urzędu Gminy Lipno"]),
    # (what an office announced that is no meeting names no organiser)
    ("Zgodnie z zapowiedzią Ministra Finansów podatki wzrosną od stycznia.", []),
])
def test_the_body_that_announced_the_meetings_holds_them(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pracownicy Centrum Pomocy Rodzinie w Lipnie oraz policjanci z Komendy Powiatowej Policji w Lipnie wyszli z "
     "inicjatywą organizacji tej konferencji.",
     ["Centrum Pomocy Rodzinie w Lipnie", "Komendy Powiatowej Policji w Lipnie"]),
    ("Rada Osiedla Borki wystąpiła z inicjatywą spotkania z mieszkańcami.", ["Rada Osiedla Borki"]),
    # (the initiative of building a playground is no event's)
    ("Stowarzyszenie Razem wyszło z inicjatywą budowy placu zabaw.", []),
])
def test_the_bodies_that_took_the_initiative_of_a_meeting(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("W dniach 3-5 października Przewodniczący Sejmików Województw i Dyrektorzy Biur Sejmików gościli na Konwencie "
     "w Lipnie.", []),
    ("Burmistrz Lipna gościł na spotkaniu z mieszkańcami Zalesia.", []),
    # (a body hosting the guests of a conference is its host)
    ("Gminny Ośrodek Kultury w Lipnie gościł uczestników konferencji.", ["Gminny Ośrodek Kultury w Lipnie"]),
])
def test_guests_at_an_event_are_not_its_hosts(text, expected):
    assert _names(text) == expected


def test_the_bodies_besides_those_involved_are_involved_too():
    text = ("Debata odbyła się 29 września 2011 r. Oprócz Fundacji Lipa oraz naszego stowarzyszenia, w organizację "
            "debat zaangażowane były:\n\nFundacja Borki, Parlament Studentów Lipna.")
    assert [o.name for o in find_organisers(text)] == ["Fundacji Lipa", "Fundacja Borki", "Parlament Studentów Lipna"]


@pytest.mark.parametrize("text, expected", [
    # an object pronoun after a verb of hosting leaves the name after it its subject, the host
    ("W sobotę, 15 września 2018 r. odbyło się coroczne spotkanie zespołów. W tym roku gościła nas Parafia "
     "pw. św. Jadwigi w Borkach.", ["Parafia pw. św. Jadwigi w Borkach"]),
    ("W sobotę, 15 września 2018 r. gościł nas Gminny Ośrodek Kultury w Borkach.",
     ["Gminny Ośrodek Kultury w Borkach"]),
    # (with none, the name after it is a guest)
    ("Spotkanie 15 września 2018 r. gościł Wójt Gminy Borki.", []),
    # the page's own body meets at its meeting
    ("W dniu 1 kwietnia 2017 roku odbyło się uroczyste spotkanie naszego Koła Pszczelarskiego, na którym "
     "gościliśmy prezesa.", ["Koła Pszczelarskiego"]),
])
def test_the_host_after_its_guests_pronoun_and_the_pages_own_body(text, expected):
    assert _names(text) == expected



@pytest.mark.parametrize("text, expected", [
    # the body whose members meet hosts their meeting, named after the verb or before it
    ("W piątek 17 grudnia 2021 r. w Centrum Organizacji w Borkach spotkali się członkowie Stowarzyszenia Seniorów "
     "„Alternatywa”.", ["Stowarzyszenia Seniorów „Alternatywa”"]),
    ("Członkowie Stowarzyszenia Seniorów „Alternatywa” spotkali się 17 grudnia 2021 r. w Borkach.",
     ["Stowarzyszenia Seniorów „Alternatywa”"]),
    # (residents meeting name no body)
    ("Mieszkańcy Borek spotkali się 17 grudnia 2021 r. w świetlicy.", []),
    # a LEADER group's own operation is its event
    ("Wyjazd 17 grudnia 2021 r. został zorganizowany w ramach realizacji operacji własnej Lokalnej Grupy Działania "
     "„Zapiecek” pt. „Bądźmy aktywni”.", ["Lokalnej Grupy Działania „Zapiecek”"]),
])
def test_a_bodys_members_meeting_and_its_own_operation(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Posiedzenie Konwentu odbyło się dzięki gościnności Wójta Gminy Borki.", ["Wójta Gminy Borki"]),
    ("11 stycznia członkowie Konwentu spotkali się po raz pierwszy. Posiedzenie dzięki gościnności dyrektor Anny "
     "Lis odbyło się w Domu Pomocy Społecznej w Borkach.", ["dyrektor Anny Lis"]),
])
def test_the_host_whose_hospitality_the_meeting_was_held_by(text, expected):
    assert _names(text) == expected


def test_documents_adopted_by_a_body_beside_a_guest_noun_are_no_guests_it_received():
    text = ("W spotkaniu wzięli udział kierownicy ośrodków. Pani Anna Lis przedstawiła uczestnikom krajowe "
            "uwarunkowania, w tym przyjęte przez Radę Ministrów nowe Programy Operacyjne.")
    assert _names(text) == []
