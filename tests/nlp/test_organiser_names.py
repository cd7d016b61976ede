"""Names of inviting bodies that run past a person's role or a lower-case unit: the people a
body gathers (`Konwent Dyrektorów …`, `Związek Sołtysów …`) and an office of a unit named by
its adjective (`Wójt żarskiej gminy`)."""
import pytest

from nlp.organisers import find_organisers


@pytest.mark.parametrize("text, expected", [
    ("Polskie Towarzystwo Pracy Socjalnej, Instytut Nauk Społecznych Uniwersytetu w Borkach oraz Konwent "
     "Dyrektorów Powiatowych Centrów Pomocy Rodzinie Województwa Opolskiego zorganizowali konferencję "
     "naukową, która odbyła się 12 maja 2024 r. w Borkach.",
     ["Polskie Towarzystwo Pracy Socjalnej", "Instytut Nauk Społecznych Uniwersytetu w Borkach",
      "Konwent Dyrektorów Powiatowych Centrów Pomocy Rodzinie Województwa Opolskiego"]),
    ("Związek Sołtysów Ziemi Borkowskiej zaprasza na spotkanie 12 maja 2024 r.", ["Związek Sołtysów Ziemi Borkowskiej"]),
    ("Wójt borkowskiej gminy oraz Gminny Ośrodek Pomocy Społecznej zapraszają na Tydzień Seniora, który "
     "rozpocznie się 12 maja 2024 r.", ["Wójt borkowskiej gminy", "Gminny Ośrodek Pomocy Społecznej"]),
    # a members' meeting named in capitals is the meeting, not a body
    ("W dniu 19 stycznia 2020 roku odbyło się Walne Zgromadzenie Koła Wędkarskiego w Lipnie. Walne Zgromadzenie "
     "otworzył i przywitał wszystkich uczestników prezes koła.", ["Koła Wędkarskiego w Lipnie"]),
    ("SEJMIK SPRAWOZDAWCZO-WYBORCZY\n\nW piątek 17 lutego 2023 roku odbył się sejmik Towarzystwa Miłośników "
     "Ziemi Lipnowskiej. Zapraszamy do galerii.", []),
    # a body gathering organisers names no organisers of the meeting held in its seat
    ("24 lutego 2020 r. w siedzibie Polskiego Związku Organizatorów Zakładów Aktywności Zawodowej i Warsztatów "
     "Terapii Zajęciowej w Lipnie odbędzie się spotkanie informacyjne.", []),
    # an office with its region's adjective in lower case; a generic adjective is no region
    ("Starosta lipnowski wspólnie z kierownikiem Powiatowego Centrum Pomocy Rodzinie w Lipnie byli organizatorami "
     "konferencji, która odbyła się 1 października 2015 r. w Borkach.",
     ["Starosta lipnowski", "kierownikiem Powiatowego Centrum Pomocy Rodzinie w Lipnie"]),
    ("Burmistrz miejski zaprasza na spotkanie 12 maja 2024 r.", ["Burmistrz"]),
    ("Na zebranie wiejskie 5 marca 2024 r. zaprasza Rada Sołecka miejscowości Borki.",
     ["Rada Sołecka miejscowości Borki"]),
    # an adverb between a role's copula and the name it introduces, either way round
    ("Festyn odbędzie się 5 marca 2024 r. Organizatorem jest również Gminny Ośrodek Kultury w Lipnie.",
     ["Gminny Ośrodek Kultury w Lipnie"]),
    ("Festyn odbędzie się 5 marca 2024 r. Stowarzyszenie Razem będzie także współorganizatorem festynu.",
     ["Stowarzyszenie Razem"]),
    # the holder after the office's seat and a comma is no second seat; an adverb opening the sentence is no name
    ("Przewodniczący Rady Miejskiej w Lipnie, Jakub Kowal zwołał pierwszą sesję Młodzieżowej Rady Miejskiej "
     "w Lipnie na 5 maja 2022 r.", ["Przewodniczący Rady Miejskiej w Lipnie"]),
    ("W dniu 5 maja 2022 r. odbyło się spotkanie z mieszkańcami. Poprzednio Burmistrz spotkał się "
     "z mieszkańcami osiedla Borki.", ["Burmistrz"]),
    # a word that is also a person's role (`Państwa`), after its adjective in a complement
    ("Fundacja Lepsze Jutro wraz ze Stowarzyszeniem Instytut na rzecz Lepszego Państwa mają zaszczyt zaprosić "
     "Państwa na konferencję 5 maja 2020 r.",
     ["Fundacja Lepsze Jutro", "Stowarzyszeniem Instytut na rzecz Lepszego Państwa"]),
    # a seat of two parts written with a spaced dash
    ("Miejski Ośrodek Pomocy Społecznej w Kędzierzynie – Koźlu zorganizował 5 maja 2022 r. konferencję.",
     ["Miejski Ośrodek Pomocy Społecznej w Kędzierzynie – Koźlu"]),
    # an office's unit named by its remits, joined by `i`
    ("Konferencja odbyła się 5 maja 2020 r. Zorganizował ją Referat Zdrowia i Spraw Społecznych Urzędu Miasta Lipno.",
     ["Referat Zdrowia i Spraw Społecznych Urzędu Miasta Lipno"]),
])
def test_a_name_runs_past_its_members_and_its_units_adjective(text, expected):
    assert [o.name for o in find_organisers(text)] == expected



def test_an_office_listed_beside_an_organising_office_organises_with_it():
    from nlp.organiser_partners import coordinated
    text = ("na zaproszenie Przewodniczącej Porozumienia Rad Seniorów Anny Lis i Przewodniczącej Opolskiej Rady "
            "Seniorów Ewy Kowalskiej uczestniczyli w zgromadzeniu, a Stowarzyszenie Borki i Fundacja Lipie pomogły.")
    first = text.index("Przewodniczącej Porozumienia")
    found = coordinated(text, [(first, first + len("Przewodniczącej Porozumienia Rad Seniorów Anny Lis"))])
    assert [text[a:b] for a, b in found] == ["Przewodniczącej Opolskiej Rady Seniorów Ewy Kowalskiej"]


@pytest.mark.parametrize("text, expected", [
    # a participial aside after each item of a list of organisers
    ("Organizatorami konferencji były Katedra Prawa Cywilnego kierowana przez prof. Jana Nowaka, Katedra Prawa "
     "Pracy kierowana przez prof. Adama Lisa oraz Fundacja Prawo i Ludzie. Konferencja odbyła się 12 maja 2024 r.",
     ["Katedra Prawa Cywilnego", "Katedra Prawa Pracy", "Fundacja Prawo i Ludzie"]),
    # an aside naming another body, before the next item
    ("Spotkanie odbyło się 16 lutego 2018 r. w Borkach, zorganizowane we współpracy Opolskiego Ośrodka Wsparcia "
     "Ekonomii Społecznej prowadzonego przez Agencję Rozwoju Regionalnego w Opolu S.A. oraz Wójta Gminy Borki "
     "Pana Jana Nowaka.", ["Opolskiego Ośrodka Wsparcia Ekonomii Społecznej", "Wójta Gminy Borki"]),
    # a label's first item named without a known head, ending in a number
    ("Spotkanie odbyło się 12 maja 2024 r.\n\nOrganizatorzy spotkania: Razem 24, Fundacja Nowy Dok.",
     ["Razem 24", "Fundacja Nowy Dok"]),
    # the list goes on up to a sponsor
    ("Organizatorami Kongresu są: Projekt Borki wraz z Fundacją Rozwoju Obywatelskiego (FRO) i Kulturą Miejską, "
     "przy wsparciu Fundacji im. Jana Lisa. Kongres odbędzie się 12 maja 2024 r.",
     ["Projekt Borki", "Fundacją Rozwoju Obywatelskiego", "Kulturą Miejską"]),
    # `oraz przez` repeats the agent's preposition; the patron after unnamed partners is none
    ("Szkolenie zorganizowane przez Wójta Gminy Lipno oraz przez Zespół Doradztwa Rolniczego w Borkach odbyło się "
     "12 maja 2024 r.", ["Wójta Gminy Lipno", "Zespół Doradztwa Rolniczego w Borkach"]),
    ("Dzień Przedsiębiorczości, zorganizowany przez Powiatowy Urząd Pracy w Lipnie wraz z partnerami pod patronatem "
     "Wojewódzkiego Urzędu Pracy w Borkach, odbył się 12 maja 2024 r.", ["Powiatowy Urząd Pracy w Lipnie"]),
    # a relative clause between the role noun and its copula
    ("Organizatorami kursu z którego skorzystało 30 rolników był Opolski Ośrodek Doradztwa Rolniczego oraz Gmina "
     "Borki, która pokryła część jego kosztów. Kurs odbył się 12 maja 2024 r.",
     ["Opolski Ośrodek Doradztwa Rolniczego", "Gmina Borki"]),
    # ... set off by a comma, its own passive auxiliary no copula of the role
    ("Organizatorem szkolenia, które przeprowadzone zostało w dniach 4-5 listopada 2017r. w Hotelu „Lipa” w Borkach "
     "(pow. lipski) był Zarząd Oddziału Wojewódzkiego ZOSP RP w Lipnie.",
     ["Zarząd Oddziału Wojewódzkiego ZOSP RP w Lipnie"]),
    # an office's remit with a word typed without its diacritics
    ("Przewodnicząca Rady Działalności Pożytku Publicznego oraz Pełnomocnik Burmistrza ds. współpracy z "
     "organizacjami pozarzadowymi zapraszają na spotkanie konsultacyjne 5 maja 2024 r.",
     ["Przewodnicząca Rady Działalności Pożytku Publicznego",
      "Pełnomocnik Burmistrza ds. współpracy z organizacjami pozarzadowymi"]),
    # a person of a role opens the meeting, which is no organising
    ("Spotkanie 10 lutego 2024 r. rozpoczął Szkoleniowiec Komisji Sędziowskiej Jan Nowak.", []),
    # when and where between the verb and its subject after it
    ("Konferencję dla sołtysów organizuje na początku listopada w Opolu Stowarzyszenie Sołtysi Borek. "
     "Konferencja odbędzie się 4 listopada 2024 r.", ["Stowarzyszenie Sołtysi Borek"]),
    # the people of a body organise in its name
    ("Spotkanie zorganizowane przez funkcjonariuszy Komendy Powiatowej Policji w Borkach odbyło się 12 maja 2024 r.",
     ["Komendy Powiatowej Policji w Borkach"]),
])
def test_lists_of_organisers_as_reports_write_them(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Spotkanie 5 maja 2022 r. zorganizowało Stowarzyszenie Kulturalno - Oświatowe Wsi Borki.",
     ["Stowarzyszenie Kulturalno - Oświatowe Wsi Borki"]),
    ("Warsztaty 5 maja 2022 r. przygotowało Towarzystwo Naukowo – Społeczne w Lublinie.",
     ["Towarzystwo Naukowo – Społeczne w Lublinie"]),
    # the villages of one association, joined by `i`, and a compound adjective in a lower-case name
    ("Spotkanie odbyło się 5 maja 2022 r. Projekt jest realizowany przez stowarzyszenia Kulturalno - Sportowe "
     "Wsi Lipnik i Nowej Wsi.", ["stowarzyszenia Kulturalno - Sportowe Wsi Lipnik i Nowej Wsi"]),
])
def test_a_compound_adjective_written_apart_stays_in_the_name(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("words, joined", [
    ("Kulturalno - Oświatowe", True), ("Społeczno – Kulturalne", True),
    ("Lipno - Nowe", False),   # a town's name before a dash is no stem
    ("Kulturalno - Jan", False),
])
def test_only_a_compound_stem_joins_across_a_dash(words, joined):
    from nlp.org_name_parts import compound_dash
    from nlp.org_names import tokenize
    assert compound_dash(tokenize(words), 1) is joined


def test_an_office_holders_double_surname_written_apart_keeps_the_list_whole():
    text = ("Wójt Gminy Borki Maria Kubiak - Sowa, Sołtys Sołectwa Lipie Ewa Nowak i Rada Sołecka zapraszają "
            "na festyn 5 maja 2022 r.")
    assert [o.name for o in find_organisers(text)] == ["Wójt Gminy Borki", "Sołtys Sołectwa Lipie", "Rada Sołecka"]


def test_participles_standing_for_people_continue_a_names_genitive_series():
    text = "Spotkanie 5 maja 2022 r. zorganizowało Stowarzyszenie Wysiedlonych, Poszkodowanych i Represjonowanych oraz Fundacja Borki."
    assert [o.name for o in find_organisers(text)] == [
        "Stowarzyszenie Wysiedlonych, Poszkodowanych i Represjonowanych", "Fundacja Borki"]


def test_what_a_body_of_study_studies_is_part_of_its_name():
    text = ("Konferencja odbyła się 5 maja 2022 r., a jej organizatorem był Zakład Nauk o Zdrowiu Uniwersytetu "
            "w Lublinie oraz Fundacja Borki.")
    assert [o.name for o in find_organisers(text)] == ["Zakład Nauk o Zdrowiu Uniwersytetu w Lublinie", "Fundacja Borki"]


def test_a_board_and_the_staff_of_one_body_share_its_name():
    text = ("Zarząd oraz pracownicy Stowarzyszenia Lokalna Grupa Działania „Ziemia Borek” zapraszają rolników "
            "na szkolenie 5 maja 2022 r.")
    assert [o.name for o in find_organisers(text)] == [
        "Zarząd oraz pracownicy Stowarzyszenia Lokalna Grupa Działania „Ziemia Borek”"]


def test_an_unknown_acronym_keeps_its_seat():
    text = "OWOP w Zielonej Górze zaprasza na spotkanie 5 maja 2022 r."
    assert [o.name for o in find_organisers(text)] == ["OWOP w Zielonej Górze"]


@pytest.mark.parametrize("text, expected", [
    # a hyphen declines only an acronym, even one the dictionary reads as a word (`kod`)
    ("Spotkanie zorganizowano 5 maja 2022 r. wspólnie z borkowskim KOD-em i Stowarzyszeniem „Pro-Borki”.",
     ["borkowskim KOD-em", "Stowarzyszeniem „Pro-Borki”"]),
    # a declined acronym after `i` opens a second name
    ("Spotkanie zorganizowano 5 maja 2022 r. wspólnie ze Stowarzyszeniem „Pro-Borki” i PTTK-iem.",
     ["Stowarzyszeniem „Pro-Borki”", "PTTK-iem"]),
    # an acronym of a thing is none of a body
    ("Spotkanie zorganizowała 5 maja 2022 r. Fundacja Lipa. Omówiono zmiany VAT-u i PIT-u.", ["Fundacja Lipa"]),
])
def test_acronyms_declined_after_a_hyphen(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # `,,` typed for quotation marks encloses the name's own part
    ("Uczniowie wzięli udział 5 maja 2022 r. w warsztatach zorganizowanych przez Lokalną Grupę Działania "
     ",,Kraina Lip,,.", ["Lokalną Grupę Działania ,,Kraina Lip,,"]),
    ("Uczniowie wzięli udział 5 maja 2022 r. w warsztatach zorganizowanych przez Koło Gospodyń Wiejskich "
     ",,Malwy,, z Borek.", ["Koło Gospodyń Wiejskich ,,Malwy,, z Borek"]),
    # a comma typed twice between names is a comma
    ("Spotkanie 5 maja 2022 r. zorganizowały Fundacja Lipa,, Stowarzyszenie Dąb i Gmina Borki.",
     ["Fundacja Lipa", "Stowarzyszenie Dąb", "Gmina Borki"]),
])
def test_commas_typed_for_quotation_marks(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the Roman numeral of an edition makes the name an event's
    ("W ramach Tygodnia Seniora zaplanowano m.in.:\n– I Lubuski Sejmik Seniorów, który zainauguruje XIX Lubuski "
     "Tydzień Seniora. Uroczystość odbędzie się 16 października 2023 r.", []),
    ("Spotkanie 16 października 2023 r. zorganizowało III Forum Organizacji Pozarządowych.", []),
    # a numbered school or unit is a body
    ("II Liceum Ogólnokształcące w Borkach zorganizowało debatę 16 października 2023 r.",
     ["II Liceum Ogólnokształcące w Borkach"]),
    ("Debatę 16 października 2023 r. zorganizował I Oddział Związku w Borkach.", ["I Oddział Związku w Borkach"]),
])
def test_an_edition_of_an_event_is_no_body(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


def test_a_common_noun_introducing_a_name_with_pn():
    text = ("Organizatorem warsztatów było stowarzyszenie pn. Akademia Liderów Wiejskich z siedzibą w "
            "Lublinie. Warsztaty odbyły się 5 maja 2022 r.")
    assert [o.name for o in find_organisers(text)] == [
        "stowarzyszenie pn. Akademia Liderów Wiejskich z siedzibą w Lublinie"]


def test_offices_listed_as_guests_beside_the_host_are_guests():
    text = ("Dnia 3 marca 2019 roku w Liceum w Borkach odbyło się seminarium, zorganizowane przez Fundację "
            "Lipa. W seminarium uczestniczyła Wicestarosta Anna Nowak oraz Dyrektor Ewa Lis, jako "
            "gospodarz wydarzenia.")
    assert "Wicestarosta Anna Nowak" not in [o.name for o in find_organisers(text)]


def test_a_capitalised_saints_title_inside_a_name_ends_no_sentence():
    text = "Spotkanie 5 maja 2022 r. zorganizowała Fundacja im. Królowej Polski Św. Jadwigi wraz z Gminą Borki."
    assert [o.name for o in find_organisers(text)] == ["Fundacja im. Królowej Polski Św. Jadwigi", "Gminą Borki"]


def test_a_committee_named_by_its_remit_in_lower_case():
    text = "Przewodniczący Komisji skarg, wniosków i petycji zawiadamia, że 1 lipca 2020 r. odbędzie się posiedzenie."
    assert [o.name for o in find_organisers(text)] == ["Przewodniczący Komisji skarg, wniosków i petycji"]


def test_two_adjectives_of_one_noun_joined_by_i_stay_one_name():
    text = ("Jej organizatorem było Krajowe Stowarzyszenie Gminnych i Miejskich Bibliotek Publicznych „Czytelnia”. "
            "Konferencja odbyła się 5 maja 2016 r.")
    assert [o.name for o in find_organisers(text)] == [
        "Krajowe Stowarzyszenie Gminnych i Miejskich Bibliotek Publicznych „Czytelnia”"]


def test_an_informal_group_named_after_what_kind_of_group_it_is():
    text = "Grupa nieformalna Aktywne Mamy z Borek zaprasza na warsztaty 5 maja 2019 r."
    assert [o.name for o in find_organisers(text)] == ["Grupa nieformalna Aktywne Mamy z Borek"]


@pytest.mark.parametrize("text, expected", [
    # a body's whole name in quotes, its lower-case words and all
    ("5 czerwca 2019 r. na osiedlu odbył się piknik zorganizowany przez „Klub nowa droga do integracji "
     "polsko – ukraińskiej” oraz Stowarzyszenie Razem.",
     ["Klub nowa droga do integracji polsko – ukraińskiej", "Stowarzyszenie Razem"]),
    # ... but a meeting's own title in quotes names no body
    ("Fundacja Lipie zaprasza na „Konwent NGO – współpraca gminy z organizacjami pozarządowymi”, "
     "który odbędzie się 5 czerwca 2019 r.", ["Fundacja Lipie"]),
])
def test_a_name_set_whole_in_quotes(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the people serving in a body, named before it, stand for the body
    ("Policjanci z Komisariatu Policji w Borkach zapraszają na debatę społeczną, która odbędzie się "
     "1 października 2025 r. w remizie.", ["Komisariatu Policji w Borkach"]),
    ("Wolontariusze ze Stowarzyszenia Razem zorganizowali 5 maja 2024 r. festyn dla dzieci.",
     ["Stowarzyszenia Razem"]),
    # ... after a role noun too, with the body's seat in a unit named in lower case
    ("Dzień Doradcy odbył się 14 września 2019 r. w Brzeziu. Gospodarzami spotkania byli koledzy z Zespołu "
     "Doradczego w powiecie lipskim.", ["Zespołu Doradczego w powiecie lipskim"]),
    # ... but people from a village are no body
    ("Seniorzy z Gozdanina zorganizowali 5 maja 2024 r. spotkanie.", []),
])
def test_the_people_of_a_body_stand_for_it(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb joined by `i` to the one before it shares its subject
    ("Stowarzyszenie Razem i Koło Inicjatyw Administracyjnych połączyły swoje siły i organizują debatę, "
     "która odbędzie się 27 maja 2024 r.", ["Stowarzyszenie Razem", "Koło Inicjatyw Administracyjnych"]),
    # those the event is for, between the participle and its agent
    ("Harmonogram naborów będzie tematem konferencji organizowanej dla przedstawicieli jednostek sektora "
     "publicznego przez Departament Rozwoju Urzędu Marszałkowskiego w Kielcach. Spotkanie odbędzie się "
     "22 listopada 2016 r.", ["Departament Rozwoju Urzędu Marszałkowskiego w Kielcach"]),
])
def test_an_organiser_past_a_shared_predicate_or_an_audience(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a co-organiser between the subject and its verb
    ("Regionalny Ośrodek Polityki Społecznej w Lipnie w porozumieniu z Fundacją Aktywnej Rehabilitacji „FAR” "
     "Oddział Podlaski zorganizował 5 maja 2019 r. piknik integracyjny.",
     ["Regionalny Ośrodek Polityki Społecznej w Lipnie",
      "Fundacją Aktywnej Rehabilitacji „FAR” Oddział Podlaski"]),
    # `pw.` ends no sentence
    ("Zapraszamy na festyn\n\nParafia pw. Św. Ducha w Borkach oraz Miejski Ośrodek Pomocy Społecznej zapraszają "
     "na festyn parafialny, który odbędzie się 5 maja 2019 r.",
     ["Parafia pw. Św. Ducha w Borkach", "Miejski Ośrodek Pomocy Społecznej"]),
    # a role said before the name of who answered for the making
    ("Festyn odbył się 5 maja 2019 r. Za organizację festynu odpowiedzialny był partner projektu – "
     "Stowarzyszenie Razem.", ["Stowarzyszenie Razem"]),
    # `pw.` written with two stops in a parish's name in a list of organisers
    ("Festyn odbył się 17 czerwca 2018 r. Organizatorami Festynu byli Gminny Ośrodek Kultury w Lipnie, Księża z "
     "Parafii p.w. św. Jana Chrzciciela w Lipnie.",
     ["Gminny Ośrodek Kultury w Lipnie", "Parafii p.w. św. Jana Chrzciciela w Lipnie"]),
    # a relative clause on the event between the phrase and its verb
    ("Za organizację spotkania, które odbyło się 12 marca 2024 r. w świetlicy w Borkach, odpowiadało "
     "Koło Gospodyń Wiejskich w Borkach.", ["Koło Gospodyń Wiejskich w Borkach"]),
    ("Organizacją warsztatów, które odbyły się 12 marca 2024 r., zajęła się Fundacja Dębina.",
     ["Fundacja Dębina"]),
    # who saw to the meal organised nothing
    ("Spotkanie odbyło się 12 marca 2024 r. Przygotowaniem poczęstunku zajęło się Koło Gospodyń Wiejskich "
     "w Borkach.", []),
    # an event's own name fronted before a plural verb is its object; the subject follows
    ("VIII Ogólnopolski Zlot Asystentów Rodziny organizują miasto Lipno wraz z Regionalnym Centrum Polityki "
     "Społecznej w Łodzi. Zlot odbędzie się 9 września 2019 r.",
     ["miasto Lipno", "Regionalnym Centrum Polityki Społecznej w Łodzi"]),
])
def test_partners_roles_and_fronted_events_around_the_verb(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Dlatego też pełnomocnik wojewody lipowskiego do spraw rozwoju społeczeństwa obywatelskiego zaprasza "
     "organizacje pozarządowe na spotkanie 5 marca 2018 r.",
     ["pełnomocnik wojewody lipowskiego do spraw rozwoju społeczeństwa obywatelskiego"]),
    ("Pełnomocnik Burmistrza do spraw Profilaktyki zaprasza na szkolenie 5 marca 2018 r.",
     ["Pełnomocnik Burmistrza do spraw Profilaktyki"]),
    ("Szkolenie organizuje pełnomocnik burmistrza do spraw profilaktyki. Odbędzie się 5 marca 2018 r.",
     ["pełnomocnik burmistrza do spraw profilaktyki"]),
    ("Na debatę 5 marca 2018 r. zaprasza wiceburmistrz ds. społecznych.", ["wiceburmistrz ds. społecznych"]),
    # and over the unit it serves
    ("Forum odbyło się 5 maja 2018 r. Organizatorem była Fundacja Lipno, przy współpracy z pełnomocnikiem ds. "
     "organizacji pozarządowych w powiecie lipnowskim Janem Kotem.",
     ["Fundacja Lipno", "pełnomocnikiem ds. organizacji pozarządowych w powiecie lipnowskim"]),
])
def test_an_office_runs_on_over_its_remit(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a purpose in lower case, then the seat
    ("Forum odbyło się 5 maja 2019 r. Organizatorem był Punkt Konsultacyjny dla organizacji pozarządowych w Lipnie.",
     ["Punkt Konsultacyjny dla organizacji pozarządowych w Lipnie"]),
    # (with no seat after it, the purpose is the sentence's)
    ("Warsztaty odbyły się 5 maja 2019 r. Gminny Ośrodek Kultury dla dzieci przygotował warsztaty w Lipnie.",
     ["Gminny Ośrodek Kultury"]),
    # what an agreement is about, after `o`
    ("Kongres odbył się 5 maja 2018 r., a jego organizatorami byli:\n• Ogólnopolskie Porozumienie o Współpracy "
     "Rad Seniorów,\n• Prezydent Miasta Lipna",
     ["Ogólnopolskie Porozumienie o Współpracy Rad Seniorów", "Prezydent Miasta Lipna"]),
    # a patron's initial that is also a preposition (`W.`, `Z.`)
    ("Spotkanie odbyło się 5 maja 2019 r. Organizatorami spotkania byli Ośrodek Badań Naukowych im. W. Kętrzyńskiego "
     "w Lipnie oraz Regionalny Ośrodek Debaty w Lipnie.",
     ["Ośrodek Badań Naukowych im. W. Kętrzyńskiego w Lipnie", "Regionalny Ośrodek Debaty w Lipnie"]),
    # a branch after a comma
    ("Wójt Gminy Lipno oraz Łódzki Ośrodek Doradztwa Rolniczego, Rejon Opoczno, serdecznie zapraszają rolników na "
     "kurs 29 lutego 2016 r.", ["Wójt Gminy Lipno", "Łódzki Ośrodek Doradztwa Rolniczego, Rejon Opoczno"]),
    # an economic zone is a body
    ("Konferencja odbędzie się 3 kwietnia 2019 r. Wydarzenie jest organizowane przez Instytut Samorządu, "
     "we współpracy z Lipnowską Specjalną Strefą Ekonomiczną.",
     ["Instytut Samorządu", "Lipnowską Specjalną Strefą Ekonomiczną"]),
])
def test_names_run_over_their_purpose_topic_and_kind(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a body's members named after it are no part of its name (a first name that is a place's too)
    ("Forum odbyło się 5 maja 2019 r. Organizatorem było Stowarzyszenie Femina Hanna Ilnicka i Anna Kot.",
     ["Stowarzyszenie Femina"]),
    # an office keeps its holder
    ("Kongres odbędzie się 5 maja 2022 r. Organizatorami wydarzenia są Prezydent Miasta Lipna Marek Materek oraz "
     "Centrum Usług Społecznych.", ["Prezydent Miasta Lipna Marek Materek", "Centrum Usług Społecznych"]),
    # a flattened heading ends in a place's name, then the office inviting
    ("Zaproszenie na konsultacje w sprawie Studium uwarunkowań Gminy Lipno Wójt Gminy Lipno zaprasza wszystkie "
     "zainteresowane osoby do udziału w konsultacjach 5 maja 2022 r. o godz. 10.", ["Wójt Gminy Lipno"]),
])
def test_where_a_name_ends_before_people_and_offices(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Debata odbędzie się 20 marca 2024 r. Lipno24.pl organizuje ją wspólnie z Młodzieżową Radą Miasta.",
     ["Lipno24.pl", "Młodzieżową Radą Miasta"]),
    ("1 grudnia 2018 r. odbyło się spotkanie ojców. Warsztaty organizowane były przez fundację tato.net.",
     ["fundację tato.net"]),
    # an e-mail address and a link to read are no bodies
    ("Spotkanie 5 maja 2024 r. Zgłoszenia: biuro@lipno.pl. Więcej na www.lipno.pl zaprasza redakcja.", []),
])
def test_a_body_known_by_its_web_address(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("W dniu 18.06.2016 r. odbyły się Dni Sąsiadów przy ul. Polnej w Lipnie. Spotkanie umilała muzyka.\n"
     "Z pozdrowieniami Jan Kowalski, organizator.", ["Jan Kowalski"]),
    # an author met is no organiser
    ("5 maja 2020 r. odbyło się spotkanie z Anną Nowak, autorką książki o historii biblioteki.", []),
])
def test_a_person_named_organiser_in_apposition(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("5 stycznia działające przy parafii oddziały Akcji Katolickiej i Caritas zorganizowały spotkanie opłatkowe.",
     ["oddziały Akcji Katolickiej", "Caritas"]),
    ("Spotkanie zorganizowała 5 maja 2024 r. filia Biblioteki Publicznej w Borkach.",
     ["filia Biblioteki Publicznej w Borkach"]),
])
def test_a_unit_in_lower_case_before_its_bodys_name(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


def test_a_compound_adjective_whose_dash_was_lost_and_allotment_gardens_open_names():
    text = ("Okręgowy Zarząd Polskiego Związku Działkowców w Lipnie, Rodzinne Ogrody Działkowe w Borkach, Miejsko "
            "Gminny Ośrodek Kultury i Sportu w Borkach zapraszają na Dzień Działkowca, który odbędzie się 30 sierpnia.")
    assert [o.name for o in find_organisers(text)] == [
        "Okręgowy Zarząd Polskiego Związku Działkowców w Lipnie", "Rodzinne Ogrody Działkowe w Borkach",
        "Miejsko Gminny Ośrodek Kultury i Sportu w Borkach"]
