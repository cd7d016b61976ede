"""Dates in the shapes news reports print them: a short range of days a meeting was held in
(even when its sentence names the project or the works it was about), and the clock a server
printed beside the posting date."""
import datetime as dt

import pytest

from nlp.dates import find_dates, find_published
from datekit import events


@pytest.mark.parametrize("text, expected", [
    ("W dniach 3-4 marca 2016 r. odbył się zjazd sołtysów, uczestników projektu dla bibliotek wiejskich.",
     [("2016-03-03", "2016-03-04")]),
    ("W dniach 10-11 maja 2013 r. nasi wolontariusze wzięli udział w spotkaniu poświęconym "
     "budowie nowej świetlicy.", [("2013-05-10", "2013-05-11")]),
    # a long range a series of meetings spans, and a project's period, are no meeting
    ("W dniach 1-30 czerwca 2015 r. trwa nabór do projektu.", []),
])
def test_a_short_range_of_days_a_meeting_was_held_in(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, published", [
    ("Radni o parkingu przy rynku\n\n21 lipca 2022 01:27\n\nWtorkowe posiedzenie komisji było otwarte dla mieszkańców.",
     dt.date(2022, 7, 21)),
    ("Debata w szkole\n14.03.2025, 14:03\n\nUczniowie dyskutowali o samorządzie.", dt.date(2025, 3, 14)),
])
def test_a_clock_no_meeting_starts_at_marks_a_posting_stamp(text, published):
    assert find_published(text)[0] == published


@pytest.mark.parametrize("text, published", [
    # what a template prints beside the date it posted an item on
    ("Oświatowcy rozmawiali w Borkach\n\nData: 09-11-2012    Drukuj     Udostępnij\n\nW czwartek 8 listopada "
     "dyrektorzy szkół spotkali się w urzędzie gminy.", dt.date(2012, 11, 9)),
    ("Zaproszenie na spotkanie w sprawie odpadów\n\n16 listopada 2012 | admin\n\nWójt Gminy zaprasza mieszkańców "
     "na otwarte spotkanie 22 listopada 2012 r.", dt.date(2012, 11, 16)),
    # a live clock with the name-days above is the day the page is shown on, not when it was written
    ("Dzisiaj:\nCzwartek, 18 lipca 2024 roku\nArnolda, Kamila\n\nNIE TRUJCIE NAS!\n\n28 marca 2023 | komentarze 3\n\n"
     "Mieszkańcy spotkali się z wójtem 27 marca przed urzędem gminy.", dt.date(2023, 3, 28)),
])
def test_a_templates_words_beside_a_date_mark_a_posting_stamp(text, published):
    assert find_published(text)[0] == published
    assert dt.date.fromisoformat(events(text)[0][0][:10]) != published


@pytest.mark.parametrize("clock", ["• Środa, 28 lutego 2024\n\n  • Imieniny: Romana, Lecha",
                                   "28 lutego 2024\nRomana, Lecha"])
def test_a_day_over_the_name_days_is_a_live_clock_not_the_pages_date(clock):
    text = (f"{clock}\n\nDyskusja publiczna ws projektu studium\n\n"
            "W związku z wyłożeniem projektu studium dyskusja publiczna odbędzie się 5 marca 2024 r. o godz. 16.00.")
    assert find_published(text) is None
    assert events(text) == [("2024-03-05T16:00", None)]


def test_a_day_with_its_name_days_beside_it_is_a_live_clock_over_a_meetings_headline():
    text = ("Środa, 28 Lutego 2024  Imieniny: Romana, Lecha\n\nW Lipnie odbyło się zebranie członków Związku\n\n"
            "5 marca 2024 r. w sali konferencyjnej w Lipnie odbyło się zebranie członków Związku Gmin.")
    assert find_published(text) is None
    assert events(text) == [("2024-03-05", None)]


def test_a_live_clock_dates_no_day_below_it():
    text = ("Sobota, 20 kwietnia 2024\nImieniny: Agnieszki, Teodora\n\nKonferencja naukowa\n\nW roku 2023 "
            "obchodzony jest jubileusz powiatu. Z tej okazji, 19 maja w Starostwie odbyła się konferencja naukowa.")
    assert events(text) == [("2023-05-19", None)]


def test_a_date_over_two_towns_is_no_live_clock():
    text = "Portal\n17 lutego 2026\nKraków, Lublin\nSpotkanie odbędzie się 20 lutego o godz. 17."
    assert find_published(text)[0] == dt.date(2026, 2, 17)


def test_a_date_labelled_as_posted_is_no_meeting():
    text = ("Rolnicza rada rozpoczęła kadencję\n\n(Zam: 28.08.2019 r., godz. 12.50)\n\nPierwsze posiedzenie rady "
            "odbyło się 13 sierpnia 2019 r.")
    assert events(text) == [("2019-08-13", None)]


def test_a_round_hour_under_a_lone_date_is_still_the_meetings():
    text = "Spotkanie z mieszkańcami\n\n21 lipca 2022 17:00\n\nZapraszamy do świetlicy wiejskiej."
    assert find_published(text) is None
    assert events(text) == [("2022-07-21T17:00", None)]


def test_the_one_year_a_page_names_dates_its_year_less_days():
    text = ("Nasza świetlica bierze udział w programie Kultura Blisko 2017.\n\nTerminarz spotkań:\n\n"
            "20 kwietnia Dom Kultury w Borkach godz. 17.00\n\n25 kwietnia Świetlica w Lipiu godz. 18.00")
    assert events(text) == [("2017-04-20T17:00", None), ("2017-04-25T18:00", None)]


def test_two_years_named_leave_year_less_days_to_the_calendar():
    text = "Omówimy Program 2020 oraz Program 2025. Spotkanie odbędzie się 20 kwietnia o godz. 17.00."
    assert events(text) == [("2026-04-20T17:00", None)]


@pytest.mark.parametrize("text", [
    "Konsultacje Strategii Rozwoju Gminy Borki 2030. Spotkanie odbędzie się 20 kwietnia o godz. 17.00.",
    "Konsultacje dokumentu Borki 2030+. Spotkanie odbędzie się 20 kwietnia o godz. 17.00.",
])
def test_the_year_a_plan_aims_at_dates_no_meeting(text):
    assert events(text) == [("2026-04-20T17:00", None)]


@pytest.mark.parametrize("text, expected", [
    # an election day is no meeting, even on a page about a debate before it
    ("Debata ma zachęcić mieszkańców do udziału w wyborach do Parlamentu Europejskiego, które odbędą się "
     "25 maja 2014 r.", []),
    ("Burmistrz zachęcał zebranych do udziału w wyborach 15 października 2023 r.", []),
    ("Przed wyborami samorządowymi 21 października 2018 r. kandydaci spotkają się z mieszkańcami.", []),
    # but a meeting that holds an election is one
    ("Wybory sołtysa odbędą się 5 maja 2024 r. na zebraniu wiejskim o godz. 17.", [("2024-05-05T17:00", None)]),
])
def test_the_day_of_an_election(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party or a celebration held for a group is a gathering; toys collected are not
    ("Dnia 13 lutego 2026 roku w Dziennym Domu Pobytu zorganizowano Walentynki dla seniorów.",
     [("2026-02-13", None)]),
    ("W sobotę 28 lutego 2026 r. w remizie zorganizowano zabawę karnawałową.", [("2026-02-28", None)]),
    ("W ubiegłą środę, tj. 16 listopada 2022 r. celebrowaliśmy Dzień Seniora.", [("2022-11-16", None)]),
    ("Dnia 13 lutego 2026 roku ruszyła zbiórka zabawek.", []),
    # what a body organised on a day is held that day; a collection of blood or gifts is no gathering
    ("12 marca 2024 r. Urząd Gminy Lipno zorganizował Dzień Seniora.", [("2024-03-12", None)]),
    ("13 lutego 2026 r. zorganizowano zbiórkę krwi w remizie.", []),
    # a sentence after the meeting's day that speaks of an observance keeps the day the meeting's
    ("Spotkanie odbyło się 17 listopada 2019 r. Obchodzono również Dzień Babci.", [("2019-11-17", None)]),
    # people who came together from far away
    ("11 marca 2024 r. do Teatru w Lipnie zjechali sołtysi z całego województwa.", [("2024-03-11", None)]),
    # the day a holiday falls on, beside the party held for it on another day
    ("Dzień Kobiet przypada 8 marca, ale Zarząd Koła postanowił zorganizować imprezę już we wtorek 4 marca 2025 r.",
     [("2025-03-04", None)]),
])
def test_a_party_is_a_gathering(text, expected):
    assert events(text) == expected


def test_a_meeting_of_a_projects_partners_over_two_days():
    text = ("W dniach 09.05.2019 r. – 10.05.2019 r. Ośrodek Kultury w Borkach był gospodarzem Spotkania "
            "Partnerów Projektu „Sąsiedzi”.")
    assert events(text) == [("2019-05-09", "2019-05-10")]


def test_days_run_into_the_word_dniach():
    text = "Targi Rękodzieła odbędą się w dniach28-30 listopada br. w hali sportowej."
    assert events(text, published=dt.date(2013, 11, 1)) == [("2013-11-28", "2013-11-30")]


def test_a_cms_byline_under_the_article_dates_the_page():
    text = ("Burmistrz zaprasza na konsultacje społeczne.\n\n" + "Zapraszamy wszystkich mieszkańców. " * 40
            + "\n\nSobota, 9 czerwca godz. 16:30, plac przy remizie.\n\n2018-06-04 09:47 Opublikował: Jan Kowalski")
    assert find_published(text)[0] == dt.date(2018, 6, 4)
    assert events(text) == [("2018-06-09T16:30", None)]


@pytest.mark.parametrize("text, expected", [
    ("W dniach 14 i 15 czerwca 2011 w remizie w Borkach odbyło się szkolenie.", [("2011-06-14", "2011-06-15")]),
    # two days apart, or without `w dniach`, stay two meetings
    ("W dniach 7 i 9 kwietnia 2010 odbędą się spotkania.", [("2010-04-07", None), ("2010-04-09", None)]),
    ("Spotkania odbędą się 7 i 8 kwietnia 2010 w świetlicy.", [("2010-04-07", None), ("2010-04-08", None)]),
])
def test_two_days_in_a_row_after_w_dniach_are_one_meeting(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("W dniach od 03.10.2021 do 14.10.2021 w ramach projektu „Zdrowy senior” odbył się cykl zajęć ruchowych.",
     [("2021-10-03", "2021-10-14")]),
    # the meetings a long range spans, counted, are listed on their own
    ("Od 4 marca do 30 kwietnia 2021 odbędzie się łącznie 9 spotkań w ramach projektu.", []),
    # one training the days were spent in
    ("Dwóch druhów z naszej OSP wzięło udział w dniach 02-07.12.2019 r. w szkoleniu dla sędziów zawodów, "
     "zorganizowanym w ramach projektu.", [("2019-12-02", "2019-12-07")]),
    ("W dniach 1-30 czerwca 2019 r. w szkoleniach wzięło udział 50 osób.", []),
])
def test_one_thing_held_over_a_long_range(text, expected):
    assert events(text) == expected


def test_the_minutes_of_an_earlier_sitting_date_no_meeting():
    text = ("Protokół z sesji Rady Gminy Borki odbytej w dniu 14 marca 2017 r.\n\nRadni postanowili, aby "
            "protokół z XX sesji odbytej w dniu 2 lutego 2017 r. uznać za przyjęty.")
    assert events(text) == [("2017-03-14", None)]


def test_resolutions_adopted_at_earlier_sittings_date_no_meeting_and_the_opening_hour_is_the_sittings():
    text = ("Protokół Nr III/17 - 29 grudnia 2017 roku\n\nZ sesji Rady Gminy w Borkach odbytej w dniu 29 grudnia "
            "2017 roku.\n\nOtwarcie sesji nastąpiło o godz.9.00 w sali konferencyjnej Urzędu Gminy.\nTematyka sesji:\n"
            "1. Otwarcie sesji i stwierdzenie quorum.\n2. Informacja o realizacji uchwał Rady Gminy podjętych na sesji "
            "w dniach\n 25 listopada i 4 grudnia 2017r.")
    assert events(text) == [("2017-12-29T09:00", None)]


def test_a_date_and_time_alone_closing_an_article_is_when_it_was_posted():
    text = ("Wczoraj mieszkańcy sołectwa Borki spotkali się z radnymi, by porozmawiać o remoncie drogi "
            "do szkoły i o oświetleniu przystanku. Dziękujemy wszystkim za liczne przybycie i pytania, "
            "na które odpowiemy w kolejnym wpisie.\n\n14/05/2021 - 12:10")
    assert find_published(text)[0] == dt.date(2021, 5, 14)
    assert events(text) == [("2021-05-13", None)]
    # alone, the same line is a meeting's date
    assert find_published("Zebranie wiejskie\n\n14/05/2021 - 18:00") is None


@pytest.mark.parametrize("text, published", [
    # a title, then the posting date after a bar
    ("Gminy pogranicza podsumowały rok wspólnych projektów | 11.10.2017\n\n"
     "W dniach 5-6 października w Borkach odbyło się spotkanie partnerów.", dt.date(2017, 10, 11)),
    # `godz.` before a time no meeting starts at
    ("Jan Nowak, Portal Borki\n19.03.2024, godz. 09:08\n\nPolicja zaprasza na debatę 26 marca.", dt.date(2024, 3, 19)),
    # the time it was posted, then when it was updated
    ("Zaproszenie na forum\n\n2010.05.26 11:30 , aktualizacja: 2010.05.26 11:35\n\nForum odbędzie się "
     "27 maja 2010 r. o godz. 10.00.", dt.date(2010, 5, 26)),
])
def test_posting_dates_in_a_news_header(text, published):
    assert find_published(text)[0] == published


def test_a_posters_date_with_its_hour_is_the_meetings():
    text = "Debata o bezpieczeństwie\n19.03.2024, godz. 17:00\n\nZapraszamy do sali widowiskowej."
    assert find_published(text) is None
    assert events(text) == [("2024-03-19T17:00", None)]


def test_the_minutes_heading_over_two_lines_dates_the_sitting():
    text = ("PROTOKÓŁ Z PRZEBIEGU VII SESJI RADY GMINY BORKI\n\nZ DNIA 14 MARCA 2017 ROKU.\n\n"
            "Obrady sesji odbyły się w sali narad urzędu o godz. 10.00.")
    assert find_published(text) is None
    assert events(text) == [("2017-03-14T10:00", None)]


def test_the_minutes_heading_over_four_lines_dates_the_sitting():
    text = ("Protokoły komisji\n\nPROTOKÓŁ NR 12/2019\nZ POSIEDZENIA\nKOMISJI DS. KULTURY\nZ DNIA 14 PAŹDZIERNIKA "
            "2019 ROKU\n\n\nPoczątek posiedzenia - 13:00\n\nPosiedzenie Komisji otworzyła jej Przewodnicząca.")
    assert events(text) == [("2019-10-14T13:00", None)]


@pytest.mark.parametrize("text, expected", [
    # the page's own minutes, with the body's long name, with or without `z` before the sitting
    ("Treść strony\n\nProtokół Nr 1/2016 z posiedzenia Powiatowej Rady Zatrudnienia w siedzibie Powiatowego Urzędu "
     "Pracy w Lipnie z dnia 29 stycznia 2016 roku\n\nPosiedzeniu przewodniczyła wiceprzewodnicząca Rady.",
     [("2016-01-29", None)]),
    ("Protokół Nr 7/19 posiedzenia Komisji Ochrony Środowiska, Rolnictwa i Leśnictwa Rady Powiatu Lipnowskiego z dnia "
     "24 czerwca 2019r.\n\nObecni na posiedzeniu członkowie Komisji – według listy obecności.",
     [("2019-06-24", None)]),
    # a short heading of the minutes is no document's date either
    ("Akty prawne i protokoły\nProtokół z posiedzenia Komisji Edukacji z dnia 10 marca 2020 r.\n\nPkt 1\n"
     "Przewodniczący Komisji otworzył posiedzenie.", [("2020-03-10", None)]),
])
def test_the_pages_own_minutes_date_the_sitting(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title's only date, then a blank line and the report of the meeting
    ("Podsumowanie 12 listopada 2012\n\nW sali konferencyjnej Zespołu Szkół w Borkach zorganizowana została "
     "konferencja podsumowująca projekt.", [("2012-11-12", None)]),
    ("KONFERENCJA\nLipno, 31 marca - 1 kwietnia 2022\n\nKonferencja zgromadziła gości z całego kraju.",
     [("2022-03-31", "2022-04-01")]),
    # but a notice under such a title speaks of no meeting
    ("Ogłoszenie 12 listopada 2012\n\nUrząd Gminy informuje o zmianie godzin pracy kasy.", []),
])
def test_a_titles_only_date_over_the_report_of_a_meeting(text, expected):
    assert events(text) == expected


def test_a_templates_stamp_with_a_space_before_the_year():
    # `18/03 2024` under a BIP's menu: the posting date, from which `Dzisiaj` counts
    text = ("BIP\n18/03 2024\n#Aktualności\n\nIII posiedzenie Rady Seniorów\n\nDzisiaj, w Sali Sesyjnej, odbyło się "
            "III posiedzenie Rady Seniorów Powiatu Lipnowskiego.")
    assert find_published(text)[0] == dt.date(2024, 3, 18)
    assert events(text) == [("2024-03-18", None)]


def test_a_range_the_verb_of_holding_comes_before():
    # the sentence runs on to a period of law that would make the range a period
    text = ("XXXIV spotkanie Forum Lipno odbyło się w dniach 12–13 lutego 2018 roku i było połączone z zebraniem "
            "założycielskim stowarzyszenia (zmiana ma związek z obowiązującymi od 20 maja 2016 roku przepisami).")
    assert events(text) == [("2018-02-12", "2018-02-13")]


def test_a_list_of_days_under_a_sentence_saying_the_meetings_are_held_on_them():
    text = ("Spotkania odbędą się w marcu w trzech terminach, według gmin, z których Państwo pochodzą.\n"
            "- Gmina Borki – 5 marca (środa)\n- Gmina Lipno – 7 marca (piątek)\n"
            "Prosimy o zgłoszenia do 25 lutego 2014.")
    assert events(text) == [("2014-03-05", None), ("2014-03-07", None)]
    # a paragraph that says no such thing leaves its list's days alone
    other = ("W marcu mija termin rozliczeń, według gmin, z których Państwo pochodzą.\n"
             "- Gmina Borki – 5 marca (środa)\n- Gmina Lipno – 7 marca (piątek)\n")
    assert events(other) == []


def test_days_of_the_calendar_kept_every_year_are_no_meetings():
    text = ("Seniorzy mają swoje święto kilka razy w roku: 1 października obchodzony jest Międzynarodowy Dzień Osób "
            "Starszych, 20 października Europejski Dzień Seniora. W czwartek, 30 września 2021 r. seniorzy z Borek "
            "spotkali się w świetlicy.")
    assert events(text) == [("2021-09-30", None)]
    yearly = ("Spotkanie pracowników urzędu pracy odbyło się 30 stycznia 2018 r. w sali narad. 27 stycznia corocznie "
              "obchodzone jest święto Publicznych Służb Zatrudnienia.")
    assert events(yearly) == [("2018-01-30", None)]
    national = ("11 marca w całej Polsce obchodzony jest Dzień Sołtysa. Sołtysi z gminy Borki przybyli na spotkanie, "
                "które odbyło się w sali sesyjnej urzędu 14 marca 2022 r.")
    assert events(national) == [("2022-03-14", None)]


def test_the_days_papers_were_filed_are_no_meetings():
    text = ("Burmistrz zaprasza na spotkanie w dniu 21.11.2016 r. o godz. 17:00 w sali kina. Informujemy, że petycje, "
            "które w dniach 14 października i 7 listopada 2016 r. zostały złożone w urzędzie, omówimy na spotkaniu.")
    assert events(text) == [("2016-11-21T17:00", None)]
    filed = ("Mieszkańcy Borek, w imieniu których 3 marca 2015 r. złożono wniosek o remont drogi, są zaproszeni na "
             "zebranie 10 marca 2015 r.")
    assert events(filed) == [("2015-03-10", None)]


def test_a_byline_with_the_poster_after_a_double_dash():
    text = "Spotkania informacyjne\n\n2 Czerwiec, 2015 - 14:02 -- OWES\n\nZapraszamy 10 czerwca o godz. 9.00."
    assert find_published(text)[0] == dt.date(2015, 6, 2)
    assert events(text) == [("2015-06-10T09:00", None)]


@pytest.mark.parametrize("text, published, meeting", [
    # a CMS's labelled date with the day apart from its month by a comma
    ("Spotkanie opłatkowe KGW\n- Opublikowano: wtorek, 23, grudzień 2014 13:32\n- Jan Nowak\n"
     "We wtorkowy wieczór 16 grudnia 2014 roku koło zorganizowało spotkanie opłatkowe.", "2014-12-23", "2014-12-16"),
    # a date and time followed by the page's counters of views and comments
    ("Zebranie sprawozdawcze OSP\n\nwtorek, 6.2.2018 15:13 1936 0\n\nW sobotę 27 stycznia 2018 r. "
     "odbyło się zebranie sprawozdawcze.", "2018-02-06", "2018-01-27"),
    # an ISO date opening a news item's title, its meeting dated in the text
    ("Aktualności\n\n2020-09-19 Po Walnym Zebraniu - podsumowania i plany\n\nWalne Zebranie Członków odbyło się "
     "w czwartek, 17 września w Ciechocinku.", "2020-09-19", "2020-09-17"),
])
def test_posting_dates_as_content_systems_print_them(text, published, meeting):
    assert find_published(text)[0].isoformat() == published
    assert [start[:10] for start, _ in events(text)] == [meeting]


def test_an_iso_date_opening_the_only_dated_line_is_the_meetings():
    text = "2020-09-19 Walne Zebranie Członków\n\nZapraszamy o godz. 17:00 do świetlicy."
    assert find_published(text) is None
    assert events(text) == [("2020-09-19T17:00", None)]


def test_a_sentence_giving_the_start_after_the_date_times_the_meeting():
    text = ("Konsultacje będą kontynuowane 4 lutego 2014 r. w Olsztynie. Spotkanie z mieszkańcami odbędzie się "
            "w Centrum Edukacji. Początek o godz. 11.00. Rejestracja od godz. 10.30.")
    assert events(text) == [("2014-02-04T11:00", None)]


def test_an_hour_after_another_days_sentence_is_not_the_meetings():
    text = ("27 marca przypada Dzień Teatru. Tego dnia odbędzie się prapremiera sztuki w Teatrze Polskim. Następne "
            "spektakle 28-29 marca. Spotkanie aktorów z widzami odbędzie się w poniedziałek w Teatrze Lalek. "
            "W programie bajka i wystawa prac plastycznych. Początek o godz. 17.")
    found = {m.text: m.start for m in find_dates(text, published=dt.date(2014, 3, 21))}
    assert found["Tego dnia"] == "2014-03-27"   # (the Monday's hour, not the premiere's)
    assert "o godz. 17" in found   # the hour stays a mention of its own


def test_a_weekday_after_a_date_is_in_its_week_on_a_page_of_unknown_date():
    assert events("Targi odbędą się 19-20 października 2024 r., start w sobotę o godz. 10.00.") == [
        ("2024-10-19T10:00", "2024-10-20")]


def test_a_weekday_joined_to_another_shares_its_preposition_and_week():
    # `i wtorek` stands for `i we wtorek`: the Tuesday after the Monday after the Sunday dated
    text = ("Turniej rozpocznie się w niedzielę 28 grudnia 2025 r. o godz. 9.30, a w poniedziałek i wtorek "
            "o godz. 10.00.")
    assert events(text) == [("2025-12-28T09:30", None), ("2025-12-30T10:00", None)]


def test_two_weekdays_running_after_a_singular_verb_are_one_meeting():
    text = ("Opublikowano: wtorek, 4 lutego 2014\n\nW czwartek i piątek w Lipnie będzie się odbywał konwent "
            "wójtów z całego regionu.")
    assert events(text) == [("2014-02-06", None)]


@pytest.mark.parametrize("text, published, meeting", [
    # a lone date line above a report that counts its days from it
    ("Jubileusz Domu Pomocy Społecznej w Lipnie\n\n28-08-2015\n\nW dniu wczorajszym, na zaproszenie DPS, "
     "uczestniczyliśmy w spotkaniu z okazji jubileuszu placówki.", "2015-08-28", "2015-08-27"),
    # the weekday in brackets after the posting date
    ("Spotkanie z mieszkańcami osiedla\n\n17 sierpnia 2018 (piątek)\n\nW miniony wtorek 14 sierpnia zastępca "
     "prezydenta spotkał się z mieszkańcami osiedla.", "2018-08-17", "2018-08-14"),
    # a top date line over a report that counts a past weekday from it
    ("22 listopada 2024\n\nDebata o bezpieczeństwie\n\nW miniony piątek w sali Starostwa odbyła się debata "
     "społeczna o bezpieczeństwie w powiecie.", "2024-11-22", "2024-11-15"),
    # an ISO date in brackets under the title
    ("XIII sesja Rady Miejskiej w Borkach\n(2015-09-09)\nZgodnie z art. 20 ustawy o samorządzie gminnym zwołuję "
     "sesję na dzień 15 września 2015 r.", "2015-09-09", "2015-09-15"),
    # a notice opening with the day it was issued
    ("OBWIESZCZENIE Wójta Gminy Borki z dnia 26 sierpnia 2022 r.\nZawiadamiam mieszkańców o konsultacjach, "
     "które odbędą się 3 września 2022 r. w świetlicy.", "2022-08-26", "2022-09-03"),
    # a template's short month first, with the category it was posted in
    ("Konferencja o ekonomii społecznej\n\nwrz 21, 2023 w Aktualności\n\nW dniach 20-21 września odbyła się "
     "konferencja.", "2023-09-21", "2023-09-20"),
    # a template's day / month / year
    ("08 / mar / 2019\n\nKonferencja o współpracy\n\nW tym roku 6 marca 2019 r. Urząd zorganizował "
     "konferencję.", "2019-03-08", "2019-03-06"),
])
def test_a_date_line_under_the_title_dates_a_report(text, published, meeting):
    assert find_published(text)[0].isoformat() == published
    assert [start for start, _ in events(text)] == [meeting]


def test_a_range_of_days_something_took_place_in():
    text = "W dniach 10 - 13 kwietnia 2016 r. miało miejsce ważne wydarzenie dla koordynatorów pieczy zastępczej."
    assert events(text) == [("2016-04-10", "2016-04-13")]


def test_the_other_items_posting_dates_on_a_listing_page_are_no_meetings():
    text = ("III spotkanie konsultacyjne\n\nPiątek, 14 października 2016\n\nW dniu 13 października 2016 roku odbyło się "
            "spotkanie konsultacyjne.\n\nII spotkanie konsultacyjne\n\nPiątek, 7 października 2016\n\nW dniu 19 lipca br. "
            "odbyło się spotkanie konsultacyjne.")
    assert events(text) == [("2016-10-13", None), ("2016-07-19", None)]
    # a schedule's day with its hour under it stays a meeting's
    poster = ("Zebrania wiejskie\n\nPiątek, 14 października 2016\n\nZapraszamy.\n\nHarmonogram:\n"
              "Sobota, 15 października 2016\ngodz. 17:00 świetlica\n")
    assert events(poster) == [("2016-10-15T17:00", None)]


def test_an_update_stamp_under_the_posting_date_is_no_other_items_posting_date():
    # `(akt. …)` is the page's own edit: its days still count from the posting date
    text = ("Relacja z turnieju\n\n14.09.2008 19:25\n(akt. 19.12.2018 21:37)\n\n"
            "W piątek odbyły się dwa mecze turnieju w Lipnie.")
    found = {m.text: m.start for m in find_dates(text, today=dt.date(2026, 1, 1))}
    assert found["W piątek"] == "2008-09-12"


def test_words_of_days_in_an_item_of_a_listing_count_from_that_items_posting_date():
    text = ("Dziennik z Lipna\n\nczwartek, 30 września 2010\n\nDziura w niebie\n\nDziś po dwóch dniach padania "
            "przejaśniło się.\n\nśroda, 29 września 2010\n\nLecą kasztany\n\nDziś w drodze do pracy padał deszcz.")
    found = find_published(text)
    assert found is not None and found[0] == dt.date(2010, 9, 30)
    assert [(m.span[0], m.start) for m in find_dates(text, published=found[0]) if m.kind == "other"
            and text[m.span[0]:m.span[1]] == "Dziś"] == [(text.index("Dziś"), "2010-09-30"),
                                                           (text.rindex("Dziś"), "2010-09-29")]


def test_a_programmes_day_over_a_place_and_timed_rows_is_no_posting_date():
    text = ("Program Dni Gminy\nsobota, 13 sierpnia 2011\nteren stadniny koni w Dąbrówce\n10.00 wyścigi – rajd konny\n"
            "14.30 rozdanie nagród\nniedziela, 14 sierpnia 2011 – sanktuarium w Lipnie\n11.00 msza polowa")
    assert find_published(text) is None
    assert [m.start for m in find_dates(text) if m.kind == "event"] == ["2011-08-13T10:00", "2011-08-14T11:00"]


def test_posting_stamps_of_related_items_under_an_article_are_no_meetings():
    text = ("REGION\nSpotkanie w Borkach\nczwartek, 10 września 2015 09:53 / Autor: Jan Nowak\n\nSpotkanie odbędzie się "
            "13 września o godz. 18.00 w świetlicy.\n\nCZYTAJ DALEJ\nNowy chodnik w Lipnie\n24 listopada 2015, 17:44\n"
            "Kiermasz w szkole\n21 listopada 2015, 11:31\n")
    assert events(text) == [("2015-09-13T18:00", None)]


def test_today_right_after_the_posting_stamp_is_the_meetings_day():
    # the stamp dates the page, not the meeting: `Dzisiaj` beside it still names the day
    text = "Opublikowano: 09.12.2025 Dzisiaj w Lipnie odbyła się pierwsza sesja Młodzieżowej Rady Miasta."
    assert events(text) == [("2025-12-09", None)]


def test_a_title_says_what_the_date_opening_the_paragraph_under_it_is_of():
    text = ("Aktualności\n\n22.02.2017\n\nUczniowie z wizytą w Ośrodku Kultury\n\nW piątek, 27 stycznia "
            "grupa uczniów gimnazjum odwiedziła nasz Ośrodek i poznała jego pracowników.")
    assert events(text) == [("2017-01-27", None)]


def test_a_title_above_the_posting_stamp_still_says_what_the_paragraph_is_of():
    text = ("„DZIEŃ OTWARTYCH DRZWI”\n\n2019-03-26\n\n20 marca 2019 r. nasza szkoła po raz kolejny otworzyła swoje "
            "drzwi dla rodziców z dziećmi.")
    assert events(text) == [("2019-03-20", None)]


@pytest.mark.parametrize("text", [
    # an item of a timetable, an act signed are no meeting under the title
    "Kalendarz konferencji\n\n • 05.03.2022 – rozpoczęcie okresu zgłaszania referatów i posterów do komitetu\n"
    " • 30.05.2022 – informacje na temat kwalifikacji nadesłanych propozycji",
    "Spotkanie konsultacyjne\n\nW dniu 5 lipca 2022 r. Stowarzyszenie Borki podpisało umowę z samorządem "
    "województwa.",
])
def test_a_title_says_nothing_of_a_timetable_or_an_act_below_it(text):
    assert events(text) == []


def test_the_day_a_sitting_was_first_planned_for_is_not_its_day():
    text = ("II sesja Sejmiku\n\nObrady (pierwotnie zaplanowane na 24 maja) odbędą się we wtorek 28 maja 2024 r. "
            "w sali konferencyjnej. Początek o godz. 13.00.")
    assert events(text) == [("2024-05-28T13:00", None)]


def test_a_day_this_year_the_page_also_writes_with_its_year():
    # the page's own date line is another day's; the day written in full says which year `br.` is
    text = ("21 maja 2024\n\nZapraszamy na spotkania, które odbędą się w dniu 4 marca br. w Lipnie i Borkach.\n\n"
            "Spotkanie w Lipnie rozpocznie się w poniedziałek 4 marca 2013 r. o godzinie 13.00 w sali.")
    assert events(text) == [("2013-03-04T13:00", None)]


@pytest.mark.parametrize("text, expected", [
    # a liturgy, an outage, a broadcast at an hour, with no meeting named beside it
    ("Ogłoszenia parafialne\n\nMałżeństwa zapraszamy na Mszę Św. w poniedziałek, 1 września 2025 r., "
     "o godz. 18.00.", []),
    ("W związku z pracami 21 maja 2025 r. od godz. 8:00 do 14:00 nastąpi przerwa w dostawie wody.", []),
    ("Emisja odcinka o naszej gminie przypada 24 sierpnia 2025 r. o godz. 16:00 w telewizji.", []),
    # ... but a meeting after one keeps its day
    ("Po Mszy Św. w niedzielę 21 września 2025 r. o godz. 15.00 spotkanie organizacyjne dla rodziców.",
     [("2025-09-21T15:00", None)]),
    # a project to cut emissions is no broadcast
    ("Spotkanie informacyjne dla mieszkańców / uczestników Projektu „Ograniczenie niskiej emisji na terenie "
     "działalności Międzygminnego Związku Gmin Doliny Borek” – CZYSTE POWIETRZE z terenu Gminy Borki zaplanowane "
     "jest 20 sierpnia 2020 roku (czwartek) na godzinę 13:00.", [("2020-08-20T13:00", None)]),
    # a village whose name begins like the word (Mszanów) is no liturgy
    ("W dniu 26 sierpnia 2019 r. w Ośrodku w Olsztynie spotkali się przedstawiciele kół z Mszanowa i Brodowa.",
     [("2019-08-26", None)]),
])
def test_a_liturgy_an_outage_or_a_broadcast_is_no_meeting(text, expected):
    assert events(text) == expected


def test_a_period_to_send_forms_in_closes_on_its_last_day():
    text = ("Osoby zainteresowane uczestnictwem powinny wypełniony formularz zgłoszeniowy dostarczyć lub przesłać "
            "w terminie: 27.10.2014 r. - 6.11.2014r., na adres: Ośrodek Doradztwa w Borkach.")
    assert [(m.kind, m.last_day) for m in find_dates(text) if m.kind != "publication"] == [("deadline", "2014-11-06")]


@pytest.mark.parametrize("text, published", [
    # a metadata table's header row, its values on the next line
    ("Otwarcie klubu odbyło się 9 lutego 2023 r. " + "Klub wyposażono w sprzęt do ćwiczeń i gier. " * 30
     + "\n\nMetadane dokumentu\nData publikacji / aktualizacjiAutor / Narzędzia\n"
     "2023-02-11 13:45:04 2023-10-12 14:36:30 Anna Lis", dt.date(2023, 2, 11)),
    # a date spaced out whole (`01 - 04 - 2025`)
    ("Trzecia sesja seniorów\ndział: / dodano: 01 - 04 - 2025\nW muzeum odbyła się wczoraj sesja Rady Seniorów.",
     dt.date(2025, 4, 1)),
    # a year-first date alone under the title is a machine's, even when a row of the schedule
    # below holds the same day
    ("Harmonogram zebrań sołeckich - aktualizacja\n2015.09.27\nWrzesień jest miesiącem zebrań.\n"
     "| 26.09.2015 r. | Borki – świetlica | 18.00 |\n| 27.09.2015 r. | Lipno – remiza OSP | 16.00 |",
     dt.date(2015, 9, 27)),
])
def test_a_posting_date_a_template_prints_apart_from_its_label_or_day_first(text, published):
    assert find_published(text)[0] == published


def test_a_reports_lines_of_places_and_days_are_its_meetings():
    text = ("Odbyło się 5 spotkań informacyjnych dla mieszkańców gmin.\n\nBorki - 03.11.2009 r.\n\n"
            "Ruda Lipowa - 09.11.2009 r.\n\nLipno - 12.11.2009 r.")
    assert events(text) == [("2009-11-03", None), ("2009-11-09", None), ("2009-11-12", None)]


@pytest.mark.parametrize("text, expected", [
    # a short range, then `i odbyło się`: the meeting's days
    ("Forum trwało trzy dni – od 7 do 9 września 2015 r. i odbyło się w Centrum Kultury w Borkach.",
     [("2015-09-07", "2015-09-09")]),
    # a day and month with no year in brackets inside the verb, or right after it
    ("W sali konferencyjnej Starostwa odbyło (6.10) się spotkanie warsztatowe. Dodano 7.10.2025",
     [("2025-10-06", None)]),
])
def test_days_a_report_gives_its_meeting(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the law's words for the debate over a report: the day before the session
    ("Uprzejmie zawiadamiam, że w dniu 6 czerwca 2019 roku o godz. 14.00 odbędzie się sesja Rady Powiatu. "
     "Zgłoszenie składa się najpóźniej w dniu poprzedzającym sesję.", ["2019-06-05"]),
    ("Zebranie odbędzie się 6 czerwca 2019 roku o godz. 17.00. Wnioski należy składać najpóźniej na 3 dni "
     "przed zebraniem.", ["2019-06-03"]),
    # the days counted in words
    ("Zebranie odbędzie się 6 czerwca 2019 roku o godz. 17.00. Zgłoszenia należy składać najpóźniej trzy dni "
     "przed zebraniem.", ["2019-06-03"]),
    # when people met, not what is due
    ("Sesja odbyła się 6 czerwca 2019 r. Radni spotkali się na dwa dni przed sesją.", []),
    # a day or a week before, with no `na`
    ("Debata rozpocznie się w czwartek 2 września 2021 r. o godz. 17:00. Formularz należy przesłać nie później niż "
     "dzień przed spotkaniem do godz. 10:00.", ["2021-09-01"]),
    ("Warsztaty odbędą się 15 marca 2024 r. Zapisy najpóźniej tydzień przed warsztatami.", ["2024-03-08"]),
    # each meeting of a cycle has its own, counted from `każdego`; with several and no `każdego`, none
    ("Spotkania odbędą się:\n• 18 maja 2012 r., Płock, godz. 13:00;\n• 21 maja 2012 r., Ciechanów, godz. 13:00.\n"
     "Udział należy potwierdzić najpóźniej w terminie dwóch dni przed datą każdego ze spotkań.",
     ["2012-05-16", "2012-05-19"]),
    ("Spotkania odbędą się 18 i 21 maja 2012 r. Zgłoszenia należy składać najpóźniej dwa dni przed spotkaniem.", []),
])
def test_deadlines_counted_back_from_the_meeting(text, expected):
    assert [m.day for m in find_dates(text) if m.kind == "deadline"] == expected


@pytest.mark.parametrize("text, expected", [
    # the session that adopted a resolution is the page's background; the meeting it set is the event
    ("Rada Gminy Lipno na XI sesji w dniu 30 listopada 2015 r. podjęła uchwałę w sprawie utworzenia Rady Seniorów.\n\n"
     "W dniu 30 maja 2016 r. odbyło się I posiedzenie Rady Seniorów.", [("2016-05-30", None)]),
    # (a session said to be held is the event, whatever it adopted)
    ("W dniu 30 listopada 2015 r. odbyła się XI sesja Rady Gminy Lipno, na której radni podjęli uchwałę budżetową.",
     [("2015-11-30", None)]),
])
def test_a_session_named_for_the_resolution_it_adopted(text, expected):
    assert events(text) == expected


def test_the_end_of_a_plans_display_said_before_its_verb_is_no_deadline():
    text = ("Wójt informuje, że od 26.09 do 17.10.2011 będzie wyłożony w urzędzie projekt planu. Dyskusja publiczna "
            "odbędzie się 3.10.2011 o godz. 16.00. Uwagi można składać do 7.11.2011, również mailem.")
    kinds = {m.start: m.kind for m in find_dates(text, published=dt.date(2011, 9, 20))}
    assert [day for day, kind in kinds.items() if kind == "deadline"] == ["2011-11-07"]
    alone = "Projekt planu do dnia 17.10.2011 będzie wyłożony do wglądu w urzędzie gminy."
    assert [m.kind for m in find_dates(alone, published=dt.date(2011, 9, 20))] == ["other"]


def test_a_public_discussion_of_a_displayed_plan_named_far_before_its_day_is_the_meeting():
    text = ("W dniach od 15 maja do 13 czerwca 2023 r. odbędzie się wyłożenie do publicznego wglądu projektu "
            "planu.\n\n"
            "DYSKUSJA PUBLICZNA w zakresie objętym wyłożeniem nad rozwiązaniami przyjętymi w wyłożonym do publicznego "
            "wglądu projekcie miejscowego planu zagospodarowania przestrzennego obszaru „Lipowa” w Borkach zostanie "
            "przeprowadzona w dniu 7 czerwca 2023 r. o godzinie 15.30")
    assert events(text) == [("2023-06-07T15:30", None)]


def test_a_displayed_plans_discussion_held_later_in_the_dates_own_sentence_is_the_meeting():
    text = ("W związku z wyłożeniem projektu studium Gminy Lipno przypominamy, że 4 marca 2022 r. o godz. 12.00 w "
            "sali gimnastycznej Szkoły Podstawowej w Lipnie, ul. Szkolna 13, 82-110 Lipno, odbędzie się dyskusja "
            "publiczna nad przyjętymi w projekcie rozwiązaniami.")
    assert events(text) == [("2022-03-04T12:00", None)]
    # (the display's own day, with the meeting in a clause of its own after it, stays open to read)
    text = "Projekt wyłożono do wglądu 5 marca 2022 r. w godz. 10-12, a dyskusja odbędzie się 10 marca 2022 r. w sali."
    assert events(text) == [("2022-03-10", None)]


def test_a_title_after_pt_does_not_part_the_meeting_from_its_day():
    text = "Szkolenie pt. „Zdrowa żywność” zostało zorganizowane w dniu 26 czerwca 2019 roku w Gminnym Ośrodku Kultury."
    assert events(text) == [("2019-06-26", None)]


def test_a_meetings_date_under_its_label_is_no_publication_and_the_minutes_it_approves_are_no_meeting():
    text = ("Data posiedzenia:\n2017-10-31\n\nPorządek posiedzenia:\n1. Otwarcie.\n"
            "2. Przyjęcie protokołu nr 1/17 z inauguracyjnej sesji Młodzieżowej Rady Miasta w dniu "
            "9 października 2017 roku.\n3. Sprawy bieżące.\n")
    assert find_published(text) is None
    assert events(text) == [("2017-10-31", None)]


def test_the_end_of_a_term_is_no_meeting():
    text = ("Dyżur radnych odbył się 2 lutego 2024 r. w świetlicy osiedla. Niniejszy dyżur był ostatnim w tej "
            "kadencji Rady Gminy (kończącej się 30.04.2024).")
    assert [m.start for m in find_dates(text, published=dt.date(2024, 2, 5)) if m.kind == "event"] == ["2024-02-02"]


@pytest.mark.parametrize("text, published, meeting", [
    # the author's name, then the date with the minute the item was posted, in a flattened header
    ("Wigilia w Lipnie Anna Lis 23.12.2023 11:51 Dziś w Lipnie odbędzie się spotkanie wigilijne o godz. 12.00.",
     "2023-12-23", "2023-12-23T12:00"),
    ("Zaproszenie na konsultacje\n05 października 2022 r. | 07:08\n\nBurmistrz zaprasza na konsultacje "
     "12 października o godz. 18.00.", "2022-10-05", "2022-10-12T18:00"),
    # a label, the posting time after `godz.`, and the item's view count
    ("Dni Seniora\n\nData: 05.03.2020 r., godz. 15.34    1132\nSpotkanie odbędzie się 20 marca o godz. 10.00.",
     "2020-03-05", "2020-03-20T10:00"),
    # the clock before the date
    ("14:33 22-03-2018\nW piątek 16 marca odbyło się spotkanie.", "2018-03-22", "2018-03-16"),
])
def test_a_date_printed_with_a_posting_clock_at_the_top_is_the_publication(text, published, meeting):
    assert find_published(text)[0] == dt.date.fromisoformat(published)
    assert [m.start for m in find_dates(text) if m.kind == "event"] == [meeting]


def test_a_meetings_round_hour_after_its_date_is_no_posting_stamp():
    assert find_published("Sesja Rady Gminy odbędzie się 12.03.2020 r., godz. 10.00.") is None


def test_a_date_line_under_the_bodys_paragraphs_heading_a_programme_is_its_day():
    paragraph = ("Uniwersytet Trzeciego Wieku powstał w Lipnie, a jego pierwszy rok zainaugurowano 4 października "
                 "1997 roku. Słuchacze uczestniczą w wykładach z "
                 "historii sztuki, profilaktyki zdrowia, filozofii, psychologii i literatury oraz w zajęciach "
                 "ruchowych, działają w grupie kabaretowej, zespole wokalnym i tanecznym.")
    text = (f"Jubileusz 25-lecia Uniwersytetu Trzeciego Wieku\n{paragraph}\n8 czerwca 2022\n"
            "Państwowa Uczelnia Zawodowa\nul. Polna 8\nKonferencja naukowa\n„Miejsce seniorów w społeczeństwie”\n")
    found = find_dates(text)
    assert ("2022-06-08", "event") in [(m.start, m.kind) for m in found]
    # (the same line at the head of a page dates the page)
    top = (f"8 czerwca 2022\nJubileusz 25-lecia Uniwersytetu Trzeciego Wieku\n{paragraph}\n"
           "Konferencja odbyła się 5 czerwca.")
    assert [(m.start, m.kind) for m in find_dates(top)][0] == ("2022-06-08", "publication")


def test_a_date_in_an_attached_files_name_dates_nothing():
    text = ("Spotkanie odbędzie się w dniu 9 maja 2018 roku (środa), o godzinie 13.30, w Urzędzie Gminy w Borkach.\n\n"
            "24-27.04.2018_Prezentacja_seminarium_informacyjne_LGD")
    assert events(text) == [("2018-05-09T13:30", None)]
