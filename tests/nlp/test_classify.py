"""The kind of event an announcement is about, and whether it is still to come."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.classify import EVENT_TYPES, event_type, status
from nlp.dates import find_dates
from seedkit import seed_params, seed_text


@pytest.mark.parametrize("text, title, expected", [
    ("Zapraszamy na konferencję, która odbędzie się 19.10.2023 o godz. 10:00.", "", "konferencja"),
    ("Zapraszamy na bezpłatne webinarium 23 kwietnia 2024 r., godz. 10:00.", "Webinarium: mieszkania wspomagane",
     "szkolenie"),
    ("KGW zaprasza na warsztaty kulinarne w sobotę 21 września 2024 r. od godz. 10:00.", "", "warsztaty"),
    ("Spotkanie konsultacyjne w sprawie strategii\n\nKonsultacje społeczne: spotkanie 19.10.2023 o 17:00.", "",
     "konsultacje"),
    ("Debata odbędzie się w środę, 9 kwietnia 2025 r., o godz. 18:00. Tematy debaty: zieleń.", "", "debata"),
    ("IV Forum Organizacji Pozarządowych\n\nForum odbędzie się 19.10.2023 o godz. 10:00.", "", "forum"),
    # the adjective after the generic word names the kind
    ("MCOP zaprasza skarbników na dwa spotkania szkoleniowe Akademii Skarbnika: 9 października 2025 r., "
     "godz. 16:00-19:00. Na każde spotkanie warto zabrać sprawozdanie.", "", "szkolenie"),
    # "na forum" is an idiom (in public), not a forum
    ("Dyskusja na forum i w grupach. Spotkanie 19.10.2023 o 10:00.", "", "spotkanie"),
    # a call for cooperation: no event date, no invitation to an event
    ("Zapraszamy podmioty ekonomii społecznej do współpracy w projekcie. Już wkrótce warsztaty.", "", "inne"),
    ("Gmina otrzymała dofinansowanie na budowę świetlicy. Umowę podpisano 28 lutego 2024 r.", "", "inne"),
])
def test_event_type(text, title, expected):
    assert event_type(text, title) == expected


@pytest.mark.parametrize("text, expected", [
    # council sessions, committee sittings, village assemblies and conventions are meetings
    ("Zawiadomienie\n\nZwołuję XII sesję Rady Gminy Lipno na dzień 14 marca 2024 r. o godz. 10:00 w sali narad "
     "Urzędu Gminy. Porządek obrad: 1. Otwarcie sesji.", "spotkanie"),
    ("Posiedzenie Komisji Rewizyjnej odbędzie się 5 czerwca 2023 r. o godz. 9:00 w sali nr 12.", "spotkanie"),
    ("Sołtys zaprasza mieszkańców na zebranie wiejskie, które odbędzie się 3 lutego 2024 r. o godz. 18:00.", "spotkanie"),
    ("Konwent Wójtów Powiatu Lipskiego obradował 12 stycznia 2024 r. Omówiono plan szkoleń i konferencji.", "spotkanie"),
    ("Zapraszamy na spotkanie informacyjne o konsultacjach społecznych, 12 maja 2023 r. o godz. 17:00.", "spotkanie"),
    # a consultation meeting is consultations
    ("Wójt zaprasza na spotkanie informacyjno-konsultacyjne 12 maja 2023 r. o godz. 17:00.", "konsultacje"),
    ("Zapraszamy mieszkańców na spotkania informacyjno – konsultacyjne 8 czerwca 2023 r.", "konsultacje"),
    ("Spółka zaprasza do udziału w spotkaniu informacyjnym i konsultacyjnym 19 grudnia 2016 r. o godz. 14.",
     "konsultacje"),
    ("Wykonawca studium zaprasza na zebranie konsultacyjne 24 października 2022 r. o godz. 17:30.", "konsultacje"),
    ("Zapraszamy mieszkańców na spotkanie informacyjne 8 czerwca 2023 r.", "spotkanie"),
    ("Zaproszenie na trzecie spotkanie w ramach konsultacji społecznych programu rewitalizacji\n\nSpotkanie "
     "odbędzie się 12 września 2023 r. o godz. 17:00 w świetlicy.", "konsultacje"),
    ("Zapraszamy na dyskusję publiczną o projekcie studium uwarunkowań, 3 lipca 2023 r. o godz. 16:00 w remizie.",
     "konsultacje"),
    ("Urząd Gminy zaprasza na publiczną dyskusję o nowym systemie odbioru odpadów, 3 lipca 2023 r. o godz. 16:00.",
     "konsultacje"),
    # congresses, fairs, galas, days of seniors and classes are `inne`
    ("I Kongres Sołtysów Powiatu Lipskiego\n\nKongres odbędzie się 7 października 2023 r. W programie panele, "
     "debata i warsztaty.", "inne"),
    ("Targi Organizacji Pozarządowych odbędą się 9 września 2023 r. na rynku. Zapraszamy do stoisk.", "inne"),
    ("Dzień Seniora w Lipnie\n\nZapraszamy seniorów na Dzień Seniora 1 października 2023 r. o godz. 14:00.", "inne"),
    ("Zajęcia gimnastyczne dla seniorów odbywają się od 10 stycznia 2024 r. w każdy wtorek o godz. 10:00.", "inne"),
    ("Piknik sąsiedzki w Zalesiu\n\nPiknik odbędzie się 19 maja 2023 r. na boisku. W programie także posiedzenie "
     "rady osiedla.", "inne"),
    ("Nowy semestr w Akademii Seniora\n\nStowarzyszenie zaprasza słuchaczy na inaugurację semestru. Spotkanie "
     "odbędzie się 2 października 2023 r. o godz. 16:00.", "inne"),
    ("Dnia 13 lutego 2026 roku w Dziennym Domu Pobytu zorganizowano Walentynki dla seniorów.", "inne"),
    ("W sobotę 28 listopada 2026 r. w remizie odbyły się Andrzejki dla seniorów.", "inne"),
    # `z okazji Dnia …` only dates the event
    ("W dniu 21 listopada 2023 r. z okazji Dnia Seniora odbyło się spotkanie w klubie.", "spotkanie"),
    # a seminar is a meeting, unless the text also calls it a conference or a training
    ("Spotkanie Rad Seniorów\n\nW dniach 8-9 grudnia 2022 r. w Lipnie odbyło się seminarium rad seniorów.",
     "spotkanie"),
    ("Zapraszamy na seminarium dla pracowników socjalnych 4 kwietnia 2024 r. o godz. 9:00.", "spotkanie"),
    ("Seminarium „Nowe przepisy” odbędzie się 15 maja 2014 r. Szkolenie poprowadzi radca prawny.", "szkolenie"),

    ("Seminarium „Ekonomia społeczna w gminie”\n\nZapraszamy na seminarium 4 kwietnia 2024 r. Konferencja "
     "zgromadzi samorządowców z regionu.", "konferencja"),
    ("Inauguracja konferencji nastąpi o godz. 10:00. Konferencja odbędzie się 23 marca 2024 r.", "konferencja"),
    ("Turniej Debat Oksfordzkich dla liceów odbędzie się 14 marca 2024 r. o godz. 9:00.", "debata"),
    ("Walny Zjazd Delegatów Stowarzyszenia odbędzie się 12 maja 2024 r. o godz. 10:00.", "spotkanie"),
    # what the text calls the event beats what it mentions most
    ("Konsultacje społeczne gminnego programu profilaktyki\n\nBurmistrz zaprasza mieszkańców na spotkanie w tej "
     "sprawie. Spotkanie odbędzie się 7 lutego 2024 r. Po spotkaniu nastąpi zebranie ankiet.", "konsultacje"),
    ("Obradowała Komisja Rewizyjna\n\nNa posiedzeniu 14 marca 2023 r. komisja omówiła plan szkoleń dla sołtysów. "
     "Szkolenie w maju, a szkolenia wyjazdowe jesienią.", "spotkanie"),
    ("Finałowa debata uczniów odbyła się 5 czerwca 2023 r. w ratuszu. Wcześniej w szkołach przeprowadzono "
     "warsztaty, a warsztaty prowadzili trenerzy.", "debata"),
    ("Zapraszamy do udziału w całodniowym warsztacie planistycznym. Tematem spotkania będą nowe inwestycje. "
     "Termin: 28.02.2024 r.", "warsztaty"),
    # a room or building named after events is not the event
    ("Szkolenie z pisania wniosków odbędzie się 8 marca 2024 r. w Centrum Szkoleniowo-Konferencyjnym, sala narad.",
     "szkolenie"),
    # a day named in the genitive is the occasion, not the subject of `odbyły się`
    ("W dniu 20 października 2023 r., przy okazji zbliżającego się Dnia Wszystkich Świętych odbyły się warsztaty "
     "tworzenia stroików.", "warsztaty"),
    # a title naming the occasion gives way to the event the page invites to
    ("Zaproszenie - Krajowy Dzień Sołtysa\n\nKRAJOWY DZIEŃ SOŁTYSA\n\nSerdecznie zapraszamy na ogólnopolską "
     "konferencję naukową, która odbędzie się 11 marca 2024 r. o godz. 10.00 w Domu Kultury.", "konferencja"),
    # the `obrady` of a forum are its proceedings, no meeting of another kind
    ("Ponad pięćdziesiąt organizacji było reprezentowanych podczas dzisiejszego Forum Inicjatyw Pozarządowych. "
     "Spotkanie w sali sesyjnej przygotował Zarząd Powiatu. W trakcie obrad organizacje dzieliły się "
     "doświadczeniami.", "forum"),
])
def test_event_type_is_what_the_text_calls_the_event(text, expected):
    assert event_type(text, has_event=True) == expected


def test_a_reported_meeting_without_a_date_still_has_a_type():
    text = "W ratuszu odbyła się narada z delegacją miasta partnerskiego z Litwy."
    assert event_type(text, has_event=False) == "spotkanie"
    assert event_type("Gmina otrzymała dotację na remont świetlicy.", has_event=False) == "inne"
    # "spotkali się": told in the past tense, the meeting took place
    told = "Tym razem sołtysi z całej gminy spotkali się w remizie OSP, by omówić plan zimowego odśnieżania."
    assert event_type(told, has_event=False) == "spotkanie"
    # ... and so is one still to be dated, or only mentioned in a report of what was said at it
    assert event_type("Sołtysi spotkają się, gdy tylko pozwoli na to pogoda.", has_event=False) == "spotkanie"
    assert event_type("Podczas sesji Rady Miejskiej mieszkańcy przekazali radnym petycję w sprawie odpadów.",
                      has_event=False) == "spotkanie"


@pytest.mark.parametrize("text, has_event, expected", [
    # a call for partners in a project names workshops to come, no event of its own ...
    ("Zapraszamy organizacje pozarządowe z Borek do współpracy w projekcie. Już wkrótce warsztaty dla liderów.",
     False, "inne"),
    ("Zapraszamy stowarzyszenia z Lipna do udziału w projekcie. W ramach projektu odbędą się szkolenia.",
     False, "inne"),
    # ... unless it dates one
    ("Zapraszamy stowarzyszenia z Lipna do udziału w projekcie. Szkolenie odbędzie się 5 maja 2024 r.",
     True, "szkolenie"),
])
def test_a_call_for_partners_is_no_event_unless_it_dates_one(text, has_event, expected):
    assert event_type(text, has_event=has_event) == expected
    assert event_type(text) == expected


def test_a_page_titled_with_its_event_has_that_type_without_a_date():
    body = "Uczestnicy odwiedzili dwie świetlice wiejskie i przystań, poznając, jak sąsiednie gminy wydają środki unijne."
    assert event_type("SZKOLENIE WYJAZDOWE DLA SOŁTYSÓW\n\n" + body, has_event=False) == "szkolenie"
    assert event_type(body, "Szkolenie wyjazdowe dla sołtysów", has_event=False) == "szkolenie"
    assert event_type("Nowe świetlice w gminie\n\n" + body, has_event=False) == "inne"


@pytest.mark.parametrize("text", [
    "Biblioteka Gminna w Zalesiu zorganizowała warsztaty florystyczne dla seniorów.",
    "Ośrodek Kultury po raz trzeci przeprowadził warsztaty fotograficzne dla młodzieży.",
    "Piętnaście osób z koła gospodyń uczestniczyło w warsztatach ceramicznych.",
    "W sobotę dwadzieścia osób wzięło udział w warsztatach ceramicznych.",
])
def test_an_undated_report_of_who_ran_or_attended_an_event_has_its_type(text):
    assert event_type(text, has_event=False) == "warsztaty"


def test_the_act_of_organising_named_as_a_noun_is_no_event():
    text = "Zapytanie ofertowe na zorganizowanie szkolenia z obsługi programu księgowego."
    assert event_type(text, has_event=False) == "inne"


def test_the_page_title_names_the_event():
    text = "Zapraszamy na spotkanie 12 maja 2023 r. o godz. 17:00 w świetlicy wiejskiej."
    assert event_type(text, "Konsultacje społeczne programu rewitalizacji", has_event=True) == "konsultacje"
    assert event_type(text, has_event=True) == "spotkanie"


def test_event_type_is_one_of_the_schema_values():
    assert set(EVENT_TYPES) == {"spotkanie", "konferencja", "szkolenie", "warsztaty", "konsultacje", "debata",
                                "forum", "inne"}
    assert event_type("") == "inne"


@pytest.mark.parametrize("record", seed_params())
def test_seed_event_types_match_gold(record):
    assert event_type(seed_text(record)) == record["gold"]["event_type"]


TODAY = dt.date(2025, 6, 10)


@pytest.mark.parametrize("text, events, expected", [
    ("Zapraszamy na spotkanie.", [{"start": "2025-06-26T17:00", "end": None}], "upcoming"),
    ("Zapraszamy na spotkanie.", [{"start": "2025-06-09", "end": "2025-06-10"}], "upcoming"),
    ("Spotkanie odbyło się.", [{"start": "2025-05-02", "end": None}], "past"),
    ("Zapraszamy na spotkanie.", [], "unknown"),
    ("ODWOŁANE – Spotkanie konsultacyjne w sprawie strategii", [{"start": "2025-06-26", "end": None}], "cancelled"),
    ("Informujemy, że spotkanie zaplanowane na 12 czerwca zostało odwołane.", [], "cancelled"),
    ("Z przyczyn organizacyjnych spotkanie zostaje przełożone. Nowy termin podamy wkrótce.",
     [{"start": "2025-06-12", "end": None}], "cancelled"),
    ("Spotkanie zostało przeniesione na inny termin.", [{"start": "2025-06-12", "end": None}], "cancelled"),
    ("Zebrania wiejskie, które zwykle odbywają się w lutym, odbędą się w późniejszych terminach, o których "
     "mieszkańcy zostaną powiadomieni.", [], "cancelled"),
    ("Zapraszamy na spotkanie. Szczegóły programu podamy w późniejszym terminie.",
     [{"start": "2025-06-26", "end": None}], "upcoming"),
    ("Spotkanie zostało przeniesione do sali nr 5.", [{"start": "2025-06-12", "end": None}], "upcoming"),
    # moved to a new date: the meeting still takes place, on the date the events hold
    ("Spotkanie zaplanowane na 12 czerwca zostało przełożone na czwartek 26 czerwca 2025 r.",
     [{"start": "2025-06-26T17:00", "end": None}], "upcoming"),
    # an appeal against a decision is no cancellation
    ("Od decyzji przysługuje odwołanie. Zapraszamy na spotkanie.", [{"start": "2025-06-26", "end": None}],
     "upcoming"),
])
def test_status(text, events, expected):
    assert status(text, events, dt.date(2025, 6, 5), TODAY) == expected


def test_status_reads_date_mentions_too():
    text = "Spotkanie odbędzie się 26 czerwca 2025 r. o godz. 17:00."
    events = [m for m in find_dates(text, published=dt.date(2025, 6, 5)) if m.kind == "event"]
    assert status(text, events, dt.date(2025, 6, 5), TODAY) == "upcoming"
    assert status(text, events, dt.date(2025, 6, 5), dt.date(2025, 7, 1)) == "past"


def test_a_refined_meeting_in_the_body_outweighs_the_bare_word_for_it():
    text = ("W dniu 8 maja 2017 r. obyło się spotkanie konsultacyjne dotyczące programu rewitalizacji. Na poprzednim "
            "spotkaniu rozmawialiśmy o wniosku. Na spotkaniu omówiono rolę mieszkańców. Po spotkaniu zebrano ankiety. "
            "Kolejne spotkanie jesienią.")
    assert event_type(text, has_event=True) == "konsultacje"


def test_a_generic_meeting_named_after_a_forum_is_a_forum():
    from nlp.classify_type import event_type
    text = ("W dniu 16 lutego 2018 roku odbyło się w Borkach spotkanie pn. „Mini Forum Organizacji "
            "Pozarządowych” zorganizowane przez Wójta Gminy.")
    assert event_type(text) == "forum"
