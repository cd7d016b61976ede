"""Dates in running news and blog text: hours said with a part of the day or past noon in
words, days of the month said as ordinal words, `zeszłej nocy` and `od jutra`, the tense of
past forms Morfeusz also reads as adjectives, a weekday after a past date in a future clause,
and `dzisiejszy` meaning "of our time".

Every example is invented, in the style of a local news portal. 15 October 2008 is a
Wednesday."""
from __future__ import annotations

import datetime as dt

import pytest

from datekit import WEDNESDAY, days
from nlp.dates import find_dates


def test_a_chronicles_year_before_1600_with_its_year_word():
    assert days("Król nadał wsi prawa miejskie 7 kwietnia 1421 r., a kościół konsekrowano 3 maja 1840 r.") \
        == [("7 kwietnia 1421 r.", "1421-04-07"), ("3 maja 1840 r.", "1840-05-03")]


# --- hours --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Zbiórka uczestników rajdu o 7 rano przy remizie.", [("o 7 rano", "2008-10-15T07:00")]),
    ("Koncert w parku zacznie się o 8 wieczorem.", [("o 8 wieczorem", "2008-10-15T20:00")]),
    ("Sesja rady zacznie się o dziewiętnastej.", [("o dziewiętnastej", "2008-10-15T19:00")]),
    ("Pociąg z Łodzi przyjechał około dwudziestej pierwszej.",
     [("około dwudziestej pierwszej", "2008-10-15T21:00")]),
])
def test_an_hour_said_with_a_part_of_the_day_or_past_noon_needs_no_day_before_it(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an hour just before or after which something happened is an hour of the day
    ("Strażacy dotarli na miejsce tuż po 22:00.", [("tuż po 22:00", "2008-10-15T22:00")]),
    ("Po 9.00 kolejka przed urzędem była już długa.", [("Po 9.00", "2008-10-15T09:00")]),
    ("Ekipa wróciła do bazy przed 15:00.", [("przed 15:00", "2008-10-15T15:00")]),
    ("Wczoraj wieczorem, kilka minut przed 19.00, dyżurny komendy odebrał zgłoszenie.",
     [("Wczoraj wieczorem, kilka minut przed 19.00", "2008-10-14T19:00")]),
    # an office's weekly hours are no hour of a day
    ("Sekretariat: Pn-Pt 7:30-16:00\nUczniowie pojechali na wycieczkę do Torunia.", []),
    # but an amount shared out is no hour
    ("Uczniowie zapłacili po 2.35 zł za bilet.", []),
])
def test_an_hour_before_or_after_which_something_happened(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text", [
    "Radni rozmawiali o piętnastej rocznicy powstania klubu.",   # an ordinal of a noun
    "Na przerwie mówiono o ósmej klasie.",
])
def test_a_number_or_ordinal_of_something_is_no_hour(text):
    assert days(text) == []


# --- days said in words -----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Pierwszego listopada cmentarze odwiedzą tłumy.", [("Pierwszego listopada", "2008-11-01")]),
    ("Dwudziestego czwartego grudnia spotkamy się przy wspólnym stole.",
     [("Dwudziestego czwartego grudnia", "2008-12-24")]),
    ("Zebranie zwołano dnia trzeciego października 2008 r.", [("trzeciego października 2008 r.", "2008-10-03")]),
    # the ordinal, then `dnia`, then the month
    ("Szóstego dnia września wyruszyliśmy do Lwowa.", [("Szóstego dnia września", "2008-09-06")]),
    # after an omission marked in brackets, a new sentence
    ("(...) Ósmego marca mieliśmy zajęcia w Lipnie.", [("Ósmego marca", "2008-03-08")]),
])
def test_a_day_of_the_month_said_as_an_ordinal_word(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text", [
    "Szkoła przy Trzeciego Maja zorganizowała kiermasz.",
    "Obchody Święta Konstytucji Trzeciego Maja przeniesiono do parku.",
    "Pierwszego dnia zawodów padał deszcz.",
])
def test_an_ordinal_word_in_a_name_or_without_a_month_is_no_date(text):
    assert days(text) == []


# --- words counted from the page's date ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Zeszłej nocy nieznani sprawcy włamali się do kiosku.", [("Zeszłej nocy", "2008-10-14")]),
    ("Od jutra kierowcy pojadą objazdem przez Leśną.", [("Od jutra", "2008-10-16")]),
])
def test_a_night_or_tomorrow_counted_from_the_page_date(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text", [
    "W dzisiejszych czasach mało kto pisze listy.",
    "Dzisiejsza młodzież nie pamięta tamtych lat.",
    "Dzisiejsi politycy rzadko odwiedzają wsie.",
    # a country by its proper name, capitalised
    "Dyrektor powiedział, że nie rozumiem dzisiejszej Polski.",
])
def test_today_of_our_time_names_no_day(text):
    assert days(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Dzisiejszy mecz zakończył się remisem.", [("Dzisiejszy", "2008-10-15")]),
    ("Dzisiejsze obchody rozpoczęły się mszą.", [("Dzisiejsze", "2008-10-15")]),
    # in the plural too
    ("Budżet był jednym z tematów dzisiejszych obrad.", [("dzisiejszych", "2008-10-15")]),
    ("Po wczorajszych zawodach trener chwalił drużynę.", [("wczorajszych", "2008-10-14")]),
])
def test_today_of_one_event_is_the_page_day(text, expected):
    assert days(text) == expected


# --- tense ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # "dostała", "była", "czekała" are also adjectives or rare nouns to Morfeusz
    ("W sobotę nasza drużyna dostała lekcję futbolu.", [("W sobotę", "2008-10-11")]),
    ("Wtorkowa sesja rady była wyjątkowo burzliwa.", [("Wtorkowa", "2008-10-14")]),
    ("Policja czekała na sprawcę do czwartku.", [("czwartku", "2008-10-09")]),
    # ... but "przyszła" before a noun it agrees with is the adjective "future"
    ("W sobotę przyszła sesja rady zostanie zwołana.", [("W sobotę", "2008-10-18")]),
    # "miał", "miałem" are also a rare noun (coal dust)
    ("W sobotę miał miejsce jesienny festyn w parku.", [("W sobotę", "2008-10-11")]),
    ("No i w czwartek miałem imieniny.", [("w czwartek", "2008-10-09")]),
    ("W sobotę będzie miał miejsce jesienny festyn w parku.", [("W sobotę", "2008-10-18")]),
])
def test_a_past_form_read_also_as_an_adjective_looks_back(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zebranie trwało do północy, a wieczorem przed remizą grała orkiestra.", [("wieczorem", "2008-10-15")]),
    # a part of the day said as a habit names a set of days, no day of its own
    ("Sąsiedzi wyprowadzają psy co rano, a wracamy wieczorem.", [("wieczorem", "2008-10-15")]),
    ("Autobus do Lipna odjeżdża codziennie wieczorem spod szkoły.", []),
    # so does a season's part of the day
    ("To lekka powieść, idealna na leniwe letnie popołudnie.", []),
    ("W zimowe wieczory klubowicze czytają na głos.", []),
])
def test_a_part_of_the_day_said_as_a_habit_is_no_day(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the page is dated Wednesday 15 October 2008: an invitation's present speaks of the coming
    # day, the day of writing included (news of the day: `już w środę o 18:30 czeka nas mecz`);
    # `w najbliższą środę` is next week's
    ("Spotykamy się w środę o 18:30 w sali ośrodka kultury.", [("w środę o 18:30", "2008-10-15T18:30")]),
    ("Spotykamy się w najbliższą środę o 18:30.", [("w najbliższą środę o 18:30", "2008-10-22T18:30")]),
    ("W piątek jest zebranie wiejskie.", [("W piątek", "2008-10-17")]),
    # `ma` before an infinitive says what is to happen, over a past verb across the comma
    ("Jak ustalił portal, w czwartek rada ma rozpocząć prace nad budżetem.", [("w czwartek", "2008-10-16")]),
])
def test_a_weekday_in_the_present_is_the_coming_one(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day something is set for is the coming one, whatever the tense of the setting
    ("Mecz zaplanowano na sobotę na godzinę 14:30.", [("sobotę na godzinę 14:30", "2008-10-18T14:30")]),
    ("Sesję rady przełożono na czwartek.", [("czwartek", "2008-10-16")]),
    # the colon of a clock time ends no clause: the verb after the hour gives the tense
    ("Wczoraj drużyna przegrała. W niedzielę o godzinie 16:00 piłkarze grają u siebie.",
     [("Wczoraj", "2008-10-14"), ("W niedzielę o godzinie 16:00", "2008-10-19T16:00")]),
])
def test_a_weekday_set_for_or_told_after_its_hour(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of the day said with its preposition is of the day of writing when no day was named
    ("Od rana na ulicach osiedla trwają prace drogowe.", [("Od rana", "2008-10-15")]),
    ("Do południa strażacy wypompowywali wodę z piwnic.", [("Do południa", "2008-10-15")]),
    # and of the day named right before it; a day heading the lines below it names no part
    ("Wczoraj od rana padał deszcz.", [("Wczoraj", "2008-10-14")]),
    ("Nad morzem\n\nNiedziela, 12 października 2008\n\nKąpaliśmy się w morzu.\n\nPoniedziałek, 13 października "
     "2008\n\nOd rana padał deszcz.",
     [("Niedziela, 12 października 2008", "2008-10-12"), ("Poniedziałek, 13 października 2008", "2008-10-13"),
      ("Od rana", "2008-10-13")]),
])
def test_a_part_of_the_day_from_or_until_its_bound(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a night from one day into the next: the second day follows the first, whatever the week
    ("W nocy z poniedziałku na wtorek spłonęła stodoła.", [("poniedziałku", "2008-10-13"), ("wtorek", "2008-10-14")]),
    ("W nocy z wtorku na środę strażacy gasili pożar.", [("wtorku", "2008-10-14"), ("środę", "2008-10-15")]),
    ("W nocy z soboty na niedzielę przestawimy zegarki.", [("soboty", "2008-10-18"), ("niedzielę", "2008-10-19")]),
])
def test_a_night_from_one_weekday_into_the_next(text, expected):
    assert days(text) == expected


def test_a_weekday_and_its_date_in_apposition_are_one_day():
    text = "W minioną niedzielę, tj. 12 października br., na boisku odbył się festyn."
    assert days(text) == [("niedzielę, tj. 12 października br.", "2008-10-12")]


def test_a_weekday_in_a_future_clause_after_a_past_date_is_the_coming_one():
    text = "Zebranie odbyło się 2 października. W czwartek radni zbiorą się ponownie."
    assert days(text) == [("2 października", "2008-10-02"), ("W czwartek", "2008-10-16")]


def test_a_weekday_with_its_own_hour_keeps_it_from_the_previous_sentence_date():
    text = "Pierwsze spotkanie odbyło się 9 października. Kolejne spotkanie w sobotę o 10."
    found = find_dates(text, published=WEDNESDAY, today=dt.date(2026, 1, 1))
    assert [(m.text, m.start[10:]) for m in found] == [("9 października", ""), ("w sobotę o 10", "T10:00")]


@pytest.mark.parametrize("text, expected", [
    ("W czwartek wieczorem (16 października) zagra kwartet smyczkowy.",
     [("czwartek wieczorem (16 października", "2008-10-16")]),
    ("Koncert 5.11 godz. 18 w sali widowiskowej.", [("5.11 godz. 18", "2008-11-05T18:00")]),
    ("Turniej rozegrano 9-go bm. w hali sportowej.", [("9-go bm.", "2008-10-09")]),
    ("Finał zaplanowano na 11-stego listopada o 17-stej.", [("11-stego listopada o 17-stej", "2008-11-11T17:00")]),
    ("Zebranie 20 października o godz. 10,30 w remizie.", [("20 października o godz. 10,30", "2008-10-20T10:30")]),
    # hours listed with commas are no hour and minutes, but hours of the day each
    ("Seanse 20 października o godz. 16,18 i 20.", [("20 października o godz. 16", "2008-10-20T16:00"),
                                                     ("18", "2008-10-20T18:00"), ("20", "2008-10-20T20:00")]),
    ("Rundy 20 października o godz. 9.30, 13 i 16, a 21 października o 10.",
     [("20 października o godz. 9.30", "2008-10-20T09:30"), ("13", "2008-10-20T13:00"), ("16", "2008-10-20T16:00"),
      ("21 października o 10", "2008-10-21T10:00")]),
    # (a list ends at what cannot follow an hour: a month, a counted noun)
    ("Zebrania 20 października o godz. 10 i 12 listopada o 9.", [("20 października o godz. 10", "2008-10-20T10:00"),
                                                                  ("12 listopada o 9", "2008-11-12T09:00")]),
    ("Zebranie 20 października o godz. 17, 20 osób przyszło.", [("20 października o godz. 17", "2008-10-20T17:00")]),
])
def test_a_weekday_a_day_and_a_time_read_together(text, expected):
    assert days(text) == expected


# --- a day and month with no year ------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a month written with its zero after a one-digit day is a date, not a decimal or a minute
    ("Zawody odbędą się 8.01 w Łodzi.", [("8.01", "2009-01-08")]),
    ("Zapisy przyjmujemy do 8.01 w sekretariacie.", [("8.01", "2009-01-08")]),
    ("Turniej 12.11 hala sportowa przy Szkolnej.", [("12.11", "2008-11-12")]),
    # a sentence's full stop with its space lost before the next item's day
    ("Wstęp wolny.24.10, godz. 18.00 - spektakl teatru szkolnego.", [("24.10, godz. 18.00", "2008-10-24T18:00")]),
])
def test_a_day_and_month_with_a_dot(text, expected):
    assert days(text) == expected


@pytest.mark.parametrize("text", [
    "Zwycięzca przebiegł dystans w 8.05 sek.",
    "Skoczek uzyskał 5.06 m w drugiej próbie.",
])
def test_a_measure_is_no_date(text):
    assert days(text) == []


@pytest.mark.parametrize("text", [
    # a weekday of a month in general is that day of every month
    "Rowerzyści zjeżdżają się w ostatni piątek miesiąca na plac przed ratuszem.",
    "Klub spotyka się w pierwszy wtorek każdego miesiąca w bibliotece.",
])
def test_a_weekday_of_every_month_is_no_date(text):
    assert days(text) == []


def test_a_date_set_for_a_day_in_a_past_form_looks_forward():
    # "zaplanowano na" sets the day ahead of the page's date, though the verb's form is past
    assert days("Wszystkie koncerty odbywają się w soboty. Ostatni koncert zaplanowano na 26 grudnia.") == [
        ("26 grudnia", "2008-12-26")]
    assert days("Ostatni koncert odbył się 26 grudnia.") == [("26 grudnia", "2007-12-26")]


@pytest.mark.parametrize("text, expected", [
    # a day and a capitalised month after a street word, with other streets' names between: a street
    ("Blokada trwała godzinę na skrzyżowaniu ulic Polnej i 3 Maja.", []),
    # (a street named earlier, then a verb: the holiday's date)
    ("Przy ul. Polnej odbędzie się 3 Maja festyn rodzinny.", [("3 Maja", "2009-05-03")]),
])
def test_a_street_named_by_a_date_is_no_date(text, expected):
    assert days(text) == expected


def test_an_hour_in_a_future_clause_takes_no_past_day():
    # the festival runs since yesterday; the evening's concerts start today
    text = "Święto Miasta od wczoraj przyciąga tłumy na rynek. O 18.30 zagra zespół z Lipna."
    assert days(text) == [("wczoraj", "2008-10-14"), ("O 18.30", "2008-10-15T18:30")]


@pytest.mark.parametrize("text, expected", [
    ("Eliminacje konkursu odbyły się w naszej szkole 20 marca 2008 roku.", [("20 marca 2008 roku", "2008-03-20")]),
    ("Wybory przeprowadzono w sali 12 października.", [("12 października", "2008-10-12")]),
    # a room's number, then a date of its own
    ("Zebranie w sali nr 5, 19 października o godz. 17.", [("19 października o godz. 17", "2008-10-19T17:00")]),
    # a month in capitals after a building's word may still name it
    ("Apel w Szkole 3 Maja w Lipnie odbył się wczoraj.", [("wczoraj", "2008-10-14")]),
])
def test_a_day_and_month_after_a_room_or_a_school_is_a_date(text, expected):
    assert days(text) == expected


def test_an_hour_in_the_paragraph_of_a_later_meeting_is_that_meeting_s():
    # the premiere is on Thursday the 23rd; the meeting set for Monday the 20th starts at five
    text = ("23 października przypada Dzień Teatru. Tego dnia teatr zaprasza na premierę o godz. 19. "
            "Spotkanie aktorów odbędzie się w poniedziałek w Teatrze Lalek. W programie wystawa i jubileusze. "
            "Początek o godz. 17.")
    assert ("o godz. 17", "2008-10-20T17:00") in days(text)


def test_a_day_on_which_the_page_will_host_guests_is_a_meeting_s():
    text = ("W czwartek 23 października po raz drugi będziemy gościć podróżników z Lipna. "
            "Serdecznie zapraszamy na godz. 18.00 – wstęp wolny.")
    assert [start for _evidence, start in days(text)] == ["2008-10-23T18:00"]


# --- a day counted inside a meeting's days ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # through the days of the last date of several days
    ("Dni Lipna potrwają od 17 do 19 października. Drugiego dnia imprezy zagra orkiestra, a ostatniego dnia "
     "odbędzie się festyn.",
     [("od 17 do 19 października", "2008-10-17"), ("Drugiego dnia", "2008-10-18"), ("ostatniego dnia", "2008-10-19")]),
    # from a day named just before it
    ("W czwartek, 16 października rajd ruszył z Borek. Pierwszy dzień upłynął uczestnikom na marszu.",
     [("czwartek, 16 października", "2008-10-16"), ("Pierwszy dzień", "2008-10-16")]),
    # a date right before it on its line is the day it names again
    ("14 października – rozpoczęła się wizytacja.\n16 października – w drugi dzień wizytacji biskup odwiedził szkołę.",
     [("14 października", "2008-10-14"), ("16 października", "2008-10-16"), ("drugi dzień", "2008-10-16")]),
    ("W piątek koncerty otworzyły festiwal. W sobotę drugi dzień festiwalu.",
     [("W piątek", "2008-10-10"), ("W sobotę", "2008-10-11"), ("drugi dzień", "2008-10-11")]),
    # a range right before it is counted through, not taken as its first day
    ("Rajd trwa 17-19 października, ostatni dzień kończy ognisko.",
     [("17-19 października", "2008-10-17"), ("ostatni dzień", "2008-10-19")]),
    # days of the calendar or of a life, and days counted from something else, count no meeting's day
    ("Wnioski można składać do ostatniego dnia miesiąca.", []),
    ("Pierwszego dnia po urlopie wrócił do pracy.", []),
    ("To był pierwszy dzień reszty jego życia.", []),
])
def test_a_day_counted_inside_a_meetings_days(text, expected):
    assert days(text) == expected


def test_a_day_counted_inside_a_meeting_leaves_the_hours_to_the_meeting():
    text = ("Konferencja odbędzie się w dniach 20-21 października 2008 r. w Lipnie. Pierwszego dnia obrady potrwają "
            "od 10:00 do 17:00.")
    assert days(text)[0] == ("20-21 października 2008 r. w Lipnie. Pierwszego dnia obrady potrwają od 10:00 do 17:00",
                             "2008-10-20T10:00")


# --- `tego roku` after a year written out --------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # the year the sentence wrote out, not the year of writing
    ("13 grudnia 1981 roku wprowadzono stan wojenny, a 16 grudnia tego roku spacyfikowano kopalnię.",
     [("13 grudnia 1981 roku", "1981-12-13"), ("16 grudnia tego roku", "1981-12-16")]),
    # with no year before it in its sentence, the year of writing
    ("Kolejna sesja rady odbędzie się 20 października tego roku.", [("20 października tego roku", "2008-10-20")]),
])
def test_this_year_after_a_year_written_out_is_that_year(text, expected):
    assert days(text) == expected
