"""Pages that do not print their date the Polish way: a CMS byline or widget with the month
first (`maj 30, 2023`, `May 25 2010`), an English template label (`date 2026-01-30`), or no
date at all, where a year-less day takes its year from the years the text names, and a
schedule given as a bulleted list.

Every example is invented, in the style of gmina and association pages."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.dates import find_dates, find_published

TODAY = dt.date(2026, 12, 3)


def events(text: str) -> list[str]:
    found = find_dates(text, today=TODAY)
    for m in found:
        assert text[m.span[0]:m.span[1]] == m.text
    return [m.start for m in found if m.kind == "event"]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.start) for m in find_dates(text, today=TODAY)]


# --- dates written month first --------------------------------------------------------------
def test_an_event_widget_printing_the_month_first_dates_the_body_s_year_less_day():
    text = ("Debata o budżecie obywatelskim\n\nczerwiec 12, 2024 17:00 19:00\n\n"
            "W środę 12 czerwca w godzinach 17:00-19:00 w auli Liceum im. Jana Wirskiego odbędzie się debata.")
    assert events(text) == ["2024-06-12T17:00"]


def test_an_english_cms_byline_is_the_publication_date_and_dates_the_report():
    text = ("Festyn w Brzozówce\nDodane przez redaktor dnia May 25 2010 08:40:18\n\n"
            "Dnia 23 maja w Brzozówce odbył się festyn rodzinny przygotowany przez Radę Sołecką.")
    assert find_published(text)[0] == dt.date(2010, 5, 25)
    assert kinds(text) == [("publication", "2010-05-25"), ("event", "2010-05-23")]


@pytest.mark.parametrize("line, day", [
    ("Posted on June 5th, 2024 by admin", dt.date(2024, 6, 5)),
    ("Dodano: 25 May 2010", dt.date(2010, 5, 25)),
    ("Opublikowano: maj 30, 2023", dt.date(2023, 5, 30)),
    ("Posted by admin on May 25, 2010", dt.date(2010, 5, 25)),
    ("maj 25, 2010 przez admin", dt.date(2010, 5, 25)),
    ("Autor: Jan Wiśniak, 25.05.2010", dt.date(2010, 5, 25)),
    ("Data publikacji: wt., 25.05.2010", dt.date(2010, 5, 25)),
    ("Wpis dodany 25 maja 2010 przez admin", dt.date(2010, 5, 25)),
])
def test_bylines_and_labelled_dates_in_any_order_are_publication_dates(line, day):
    assert find_published(f"Zebranie członków\n{line}\nZapraszamy na zebranie 2 czerwca.")[0] == day


def test_a_date_line_with_its_author_on_the_line_below_is_the_publication_date():
    # a theme printing the post's date, then its author's login, each on a line of its own
    text = "Sympozjum naukowe\n\n12 MAJA 2015\nadmin\n\nSympozjum w auli seminarium rozpoczęło się od powitania."
    assert find_published(text)[0] == dt.date(2015, 5, 12)
    assert kinds(text) == [("publication", "2015-05-12")]


def test_an_unlabelled_month_first_clock_at_the_top_is_no_publication_date():
    # a live clock widget prints seconds too; only a cue makes a month-first date the page's own
    text = "Lipiec 16 2019 08:21:38\nWitamy\n\nW dniu 2 lipca odbyła się debata młodzieżowa."
    assert find_published(text) is None


def test_month_first_needs_a_day_and_a_year_after_the_month():
    assert events("W maju 30 osób wzięło udział w spotkaniu, które odbyło się 14 czerwca 2023 r.") == [
        "2023-06-14"]


# --- an English template label at the top -----------------------------------------------------
def test_a_date_label_at_the_top_is_the_publication_date_and_no_event():
    text = ("date 2026-01-30 W poniedziałek (2 lutego) odbędzie się spotkanie otwarte dla mieszkańców "
            "w sprawie planu ogólnego.")
    assert find_published(text)[0] == dt.date(2026, 1, 30)
    assert kinds(text) == [("publication", "2026-01-30"), ("event", "2026-02-02")]


# --- the year of a page with no date of its own -----------------------------------------------
def test_a_summary_for_a_past_year_is_written_the_year_after():
    text = ("W tym roku podsumowanie odbyło się 20 lutego w sali wiejskiej w Lipowcu. Omówiono "
            "działalność koła za rok 2019 i plany członków.")
    assert events(text) == ["2020-02-20"]


def test_a_plan_for_a_coming_year_is_written_the_year_before():
    text = ("We wtorek 8 listopada zarząd stowarzyszenia rozmawiał o planie pracy na 2023 rok. "
            "Narada odbyła się online.")
    assert events(text) == ["2022-11-08"]


def test_a_report_for_last_year_and_a_plan_for_this_one_are_written_this_year():
    text = ("W niedzielne popołudnie, dnia 12 marca br. w świetlicy w Borkach odbyło się walne zebranie koła. "
            "Przedstawiono sprawozdanie z działalności za rok 2022 oraz plan działalności na rok 2023.")
    assert events(text) == ["2023-03-12"]


@pytest.mark.parametrize("text", [
    "Sesja odbędzie się 27 lutego w Lipnie. Radni rozpatrzą projekty uchwał w sprawie zmian w budżecie na 2018 rok.",
    "Sesja odbędzie się 27 lutego. W porządku obrad uchwała zmieniająca uchwałę budżetową gminy na rok 2018.",
])
def test_a_plan_changed_while_it_runs_is_of_the_year_of_writing(text):
    assert events(text) == ["2018-02-27"]


@pytest.mark.parametrize("text, day", [
    ("Nowa Rada Gminy Lipno gotowa do pracy!\n\n7 maja odbyła się inauguracyjna sesja Rady Gminy Lipno. Jan Nowak "
     "był już radnym w kadencji 2014-2018.\n\nSkład Rady Gminy Lipno w kadencji 2024-2029:", "2024-05-07"),
    ("W piątek 24 maja w Urzędzie Miasta odbył się Konwent Wójtów, pierwszy zorganizowany w trakcie trwania "
     "kadencji 2024-2029.", "2024-05-24"),
    ("Pierwsze zebranie odbędzie się w Borkach w poniedziałek 23 stycznia o godz. 18.00. Wybory sołtysów zostaną "
     "przeprowadzone na kadencję 2023-2026.", "2023-01-23T18:00"),
    ("Przewodniczący zwołał pierwszą sesję Młodzieżowej Rady Miejskiej w Lipnie VII kadencji na lata 2022-2025. "
     "Inauguracyjne posiedzenie odbyło się w czwartek 19 maja.", "2022-05-19"),
])
def test_the_first_meetings_of_a_term_are_in_its_first_year(text, day):
    assert events(text) == [day]


@pytest.mark.parametrize("text", [
    "Sesja Rady Gminy odbyła się 12 marca. Radni kadencji 2018-2023 przyjęli uchwały.",
    # elections held for the new term come before it
    "Zarząd Koła wyznaczył termin wyborów na nową kadencję 2027-2031. Zebranie odbyło się 12 marca o godz. 17.",
])
def test_a_term_named_with_no_start_of_it_dates_nothing(text):
    assert [day[:10] for day in events(text)] == ["2026-03-12"]


def test_periods_pointing_to_different_years_of_writing_decide_nothing():
    text = "Zebranie odbyło się 20 lutego. Omówiono sprawozdanie za 2019 rok i plan na 2019 rok."
    assert events(text) == ["2026-02-20"]   # the last 20 February before the day the page is read


@pytest.mark.parametrize("text, day", [
    ("Sesja inauguracyjna nowej rady odbyła się 7 maja.", "2026-05-07"),
    ("W dniu 1 grudnia odbyło się zebranie wiejskie.", "2026-12-01"),
    ("Zebranie wiejskie odbyło się 10 grudnia w świetlicy.", "2025-12-10"),
    ("Zebranie wiejskie odbędzie się 10 grudnia w świetlicy.", "2026-12-10"),
    ("Sesja rady odbędzie się 7 maja w sali narad.", "2027-05-07"),
])
def test_with_no_date_of_the_page_a_past_tense_names_a_day_gone_by(text, day):
    assert events(text) == [day]


def test_a_year_named_before_a_list_dates_its_days():
    text = "Zebrania wiejskie w 2023 roku\n- 3 marca – Lipowiec, świetlica\n- 5 marca – Brzozówka, remiza OSP\n"
    assert events(text) == ["2023-03-03", "2023-03-05"]


@pytest.mark.parametrize("text", [
    "Od 2019 roku stowarzyszenie działa w Lipowcu. Zebranie członków odbyło się 3 marca.",
    "Projekt realizowany w ramach PROW 2014-2020. Spotkanie informacyjne odbyło się 3 marca.",
])
def test_boundaries_and_programme_periods_date_no_day(text):
    assert events(text) == ["2026-03-03"]


def test_a_year_heading_a_report_dates_each_of_its_days():
    # the first day read does not carry its year on to the next as a written date would
    text = ("2023\n\nImprezy\n\n  • 8 czerwca – piknik rodzinny, który odbył się w Lipowcu.\n"
            "  • 16 listopada – odbył się koncert charytatywny w świetlicy.\n")
    assert events(text) == ["2023-06-08", "2023-11-16"]


def test_a_year_of_a_full_date_wins_over_a_named_year():
    text = "W 2019 roku powstało koło. Spotkanie odbyło się 12 maja 2021 r., a kolejne 3 czerwca."
    assert events(text) == ["2021-05-12", "2021-06-03"]


def test_a_weekday_counted_back_on_an_undated_page_names_no_day():
    # the page does not say when it was written: "w ubiegły wtorek" counts from no known day,
    # and here is the very day the next paragraph dates
    text = ("W ubiegły wtorek w Lipowcu odbyła się debata o bezpieczeństwie.\n\n"
            "11 października 2022 r. w Urzędzie Gminy Lipowiec odbyła się debata społeczna.")
    assert events(text) == ["2022-10-11"]


# --- schedules given as lists ----------------------------------------------------------------
def test_bulleted_dates_under_a_line_about_meetings_are_meetings():
    text = ("Odbyły się kolejne spotkania konsultacyjne:\n\n"
            "  • 30 maja 2022r.  z mieszkańcami, w Lipowcu\n"
            "  • 02 czerwca 2022r. z druhami OSP Gminy Brzozówka.\n"
            "  • 06 czerwca 2022r. z radą rodziców.\n\n"
            "Rozmawiano o potrzebach rozwojowych obszaru.")
    assert events(text) == ["2022-05-30", "2022-06-02", "2022-06-06"]


def test_bulleted_dates_under_a_line_about_no_meeting_stay_other():
    text = "Ważne daty:\n• 30 maja 2022 r. z mieszkańcami\n• 2 czerwca 2022 r. z radą rodziców\n"
    assert events(text) == []


# --- what a date in a sentence is for --------------------------------------------------------
def test_an_abbreviation_inside_the_sentence_does_not_cut_off_its_meeting():
    text = ("W dniu 24 czerwca 2024 r. pracownicy tut. Ośrodka wzięli udział w spotkaniu warsztatowym. "
            "W dniu 26 czerwca 2024 r. odbyła się konferencja.")
    assert events(text) == ["2024-06-24", "2024-06-26"]


def test_a_hosted_visit_is_a_meeting():
    assert events("8 grudnia 2023 r. w Starostwie gościła delegacja samorządowców z Litwy.") == ["2023-12-08"]


@pytest.mark.parametrize("text, kind", [
    ("Zebrania wiejskie rozpoczną się 2 marca 2020 r. i potrwają do 20 marca 2020 r.", "other"),
    ("Konsultacje rozpoczną się 2 marca 2020 r. i potrwają do 20 marca 2020 r.", "deadline"),
])
def test_what_lasts_until_a_day_is_a_deadline_only_for_submissions(text, kind):
    assert kinds(text)[-1] == (kind, "2020-03-20")


@pytest.mark.parametrize("text, kind", [
    ("Opis konsultacji:\nProjekt planu wyłożony jest do publicznego wglądu w dniach od 20.06.2025 r. do "
     "11.07.2025 r.", "other"),
    ("Opis konsultacji:\nUwagi do projektu można składać w dniach od 20.06.2025 r. do 11.07.2025 r.", "deadline"),
])
def test_a_period_open_to_read_has_no_deadline_one_open_to_comments_has(text, kind):
    assert [k for k, _ in kinds(text)] == [kind]


# --- the end of a month ------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Wnioski do budżetu miasta można składać jedynie do końca sierpnia.", [("deadline", "2012-08-31")]),
    ("Zgłoszenia przyjmujemy najpóźniej do końca lutego 2024 r.", [("deadline", "2024-02-29")]),
    # the end of a span of work is no deadline, and no day anyone meets on
    ("Remont sali potrwa do końca września.", []),
])
def test_the_end_of_a_month_is_its_last_day_as_a_deadline(text, expected):
    assert [(m.kind, m.start) for m in find_dates(text, published=dt.date(2012, 8, 21))] == expected


# --- a school year, a year summed up ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a school year runs from September of its first year
    ("Narada dyrektorów przed rokiem szkolnym 2023/24\n\n28 sierpnia w auli liceum dyrektorzy omówili plany.",
     ["2023-08-28"]),
    ("Plan pracy na rok szkolny 2023/2024\n\nZebranie z rodzicami odbędzie się 15 stycznia w sali nr 2.",
     ["2024-01-15"]),
    # ... to the summer of its second, whatever the tense of the report
    ("Spotkanie podsumowujące rok szkolny 2022/2023 odbyło się 20 czerwca w auli.", ["2023-06-20"]),
    ("W dniu 5 października rozpoczęliśmy nowy rok akademicki 2022/2023. Inauguracja odbyła się w auli.",
     ["2022-10-05"]),
    # a year called past is over: the page is written the year after
    ("Walne zebranie klubu\n\nW czwartek 21 marca odbyło się zebranie, które podsumowało miniony 2018 rok.",
     ["2019-03-21"]),
])
def test_a_school_year_or_a_past_year_dates_year_less_days(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a season of a league or of heating runs from one autumn into the next, like a school year
    ("Terminarz rundy jesiennej w sezonie 2019/20\n\nDrużyna z Lipna zagra u siebie 18 sierpnia i 10 listopada.",
     ["2019-08-18", "2019-11-10"]),
    ("Plan spotkań na sezon grzewczy 2019/2020: zebranie mieszkańców odbędzie się 14 stycznia w świetlicy.",
     ["2020-01-14"]),
])
def test_a_season_of_two_years_dates_its_year_less_days(text, expected):
    assert [m.day for m in find_dates(text, today=dt.date(2026, 1, 1))] == expected


def test_a_day_with_its_weekday_takes_the_year_named_on_the_page_it_falls_on():
    # two years named (this edition's and the next's): the Monday 5 December is of 2016, not of
    # a year near today
    text = ("Spotkanie organizatorów Dni Dziedzictwa 2016\nW poniedziałek, 5 grudnia w Domu Kultury w Lipnie odbyło "
            "się spotkanie organizatorów. Dyskutowano nad pomysłami na Dni Dziedzictwa 2017.")
    assert [m.day for m in find_dates(text, today=dt.date(2026, 12, 6))] == ["2016-12-05"]


def test_a_year_heading_a_list_dates_the_lists_days_over_the_pages_other_dates():
    text = ("Zebranie sprawozdawcze klubu seniora odbyło się 3 lutego 2017 r. Zarząd pełniący funkcję od "
            "14.01.2012 r. przedstawił sprawozdanie.\n\nNajważniejsze spotkania klubu w 2016 roku:\n\n"
            " • 21 stycznia spotkanie z okazji Dnia Babci,\n • 9 marca zorganizowaliśmy spotkanie z wnukami,\n"
            "Na zakończenie zebrania wybrano nowy zarząd.")
    assert events(text) == ["2017-02-03", "2016-01-21", "2016-03-09"]


def test_a_year_in_the_clause_before_a_colon_dates_the_days_listed_after_it_on_its_line():
    text = ("Sprawozdanie rady osiedla. W dniu 10 marca 2019 roku odbyły się wybory, a 2 kwietnia 2019 r. pierwsza "
            "sesja.\nW 2019 roku odbyło się 5 posiedzeń Rady Osiedla w dniach: 2 kwietnia, 29 maja, 14 czerwca, "
            "18 września, 9 października.")
    assert events(text)[-3:] == ["2019-06-14", "2019-09-18", "2019-10-09"]


def test_a_weekday_picks_the_year_next_to_the_one_a_plan_suggests():
    text = ("W minioną sobotę, 3 lutego, w remizie odbyło się Walne Zebranie Członków OSP. Podsumowano poprzedni rok "
            "i zaprezentowano plany na rok 2024.")
    assert events(text) == ["2024-02-03"]


# --- a law's date and `br.` on a page with no date of its own ---------------------------------
def test_a_laws_date_does_not_date_the_session_it_is_cited_for():
    text = ("Na podstawie art. 20 ust. 1 ustawy z dnia 8 marca 1990 r. o samorządzie gminnym zwołuję "
            "XX sesję Rady Gminy Borki na dzień 12 marca br. o godz. 10.00 w sali narad Urzędu Gminy.")
    assert events(text) == ["2026-03-12T10:00"]


def test_the_order_convening_a_meeting_dates_it_and_the_law_it_cites_does_not():
    text = ("Zarządzenie nr 5/2019 Wójta Gminy Borki z dnia 5 marca 2019 r. w sprawie zwołania zebrania\n"
            "Na podstawie ustawy z dnia 8 marca 1990 r. o samorządzie gminnym zwołuję zebranie wiejskie "
            "na dzień 12 marca o godz. 18.00 w świetlicy wiejskiej.")
    assert events(text) == ["2019-03-12T18:00"]


def test_laws_dated_in_parentheses_leave_the_year_to_the_heading():
    text = ("Wybory Samorządowe 2006\n\nDo urn pójdziemy 12 listopada w godz. 6-20. Podstawą prawną wyborów są "
            "dwie ustawy: o samorządzie gminnym (z 8 marca 1990 r.) oraz ordynacja wyborcza do rad gmin, "
            "rad powiatów i sejmików województw (z 16 lipca 1998 r.).")
    assert events(text)[0] == "2006-11-12T06:00"


def test_br_before_every_written_date_is_the_year_of_the_latest_and_dates_the_days_after_it():
    text = ("Dnia 12 lutego br. zmarł ks. Jan Nowak. Msza pogrzebowa odbyła się 15 lutego o godz. 11.00 "
            "w kościele parafialnym w Lipnie.\nUrodził się 17 grudnia 1937 r. w Borkach, święcenia przyjął "
            "23 czerwca 1963 r. Od 3 marca 2007 r. był rezydentem parafii.")
    assert [start for _, start in kinds(text)][:2] == ["2007-02-12", "2007-02-15T11:00"]


def test_br_under_a_years_heading_is_that_year_though_a_later_year_is_written_below():
    text = ("Kronika parafii\n\n2012 rok\n\n30 sierpnia b.r. – odnowiono krzyż misyjny.\n\n"
            "2 września b.r. – o godz. 10.30 odprawiono Mszę św. na rozpoczęcie roku szkolnego.\n\n"
            "2013 rok\n\n17 marca 2013 roku – rozpoczęły się rekolekcje wielkopostne.")
    assert [start for _, start in kinds(text)] == ["2012-08-30", "2012-09-02T10:30", "2013-03-17"]


def test_a_day_given_with_its_weekday_on_a_page_dated_by_nothing_is_in_a_year_it_falls_on_that_weekday():
    # (nearest to the day of reading, 28 August is this year's, a Friday; a Saturday the year after)
    text = "W najbliższą sobotę 28 sierpnia odbędą się Dożynki Gminne. Mszę o godz. 11.00 odprawi proboszcz."
    assert events(text) == ["2027-08-28T11:00"]


def test_a_day_months_from_the_date_the_page_names_takes_the_year_its_weekday_falls_in():
    # (9 July after a vote in November 2019 would be 2020, a Thursday; the Tuesday is July 2019)
    text = ("Już 9 lipca (wtorek) spotkanie z mieszkańcami odbędzie się w Zamku. Początek o godz. 17.00. "
            "Głosowanie odbędzie się w dniach 12-30 listopada 2019 roku.")
    assert events(text) == ["2019-07-09T17:00"]


def test_a_weekday_near_the_date_the_page_names_is_a_slip_and_keeps_the_nearest_year():
    # (4 December 2019 was a Wednesday, 2020's a Friday; the page's `czwartek` is a slip, not a date years away)
    text = "Spotkanie odbędzie się w czwartek 4 grudnia o godz. 18.00. Zapisy do 30 listopada 2019 r."
    assert events(text) == ["2019-12-04T18:00"]


def test_a_day_dated_by_its_weekday_dates_the_year_less_days_after_it():
    text = ("Już 9 lipca (wtorek) spotkanie z mieszkańcami odbędzie się w Zamku o godz. 17.00. "
            "Propozycje zadań można składać do 26 lipca. Głosowanie odbędzie się w dniach 12-30 listopada 2019 roku.")
    assert [(m.kind, m.start) for m in find_dates(text, today=TODAY) if m.kind in ("event", "deadline")] \
        == [("event", "2019-07-09T17:00"), ("deadline", "2019-07-26")]


def test_a_year_the_sentence_is_said_to_be_in_dates_its_days_on_a_dated_page():
    # written in December 2007 about the next year's plan: its days are in 2008, not the
    # nearest to the page's date
    text = ("W 2008 roku odbędą się cztery zebrania plenarne: w Lipnie 5-6 marca i 28-29 października, "
            "w Borkach 27 listopada.")
    days = [m.start for m in find_dates(text, published=dt.date(2007, 12, 21)) if m.kind == "event"]
    assert days == ["2008-03-05", "2008-10-28", "2008-11-27"]
    # a budget year the sentence aims at dates nothing
    deadline = [m.start for m in find_dates("Wnioski do budżetu miasta na rok 2013 można składać do końca sierpnia.",
                                            published=dt.date(2012, 8, 20)) if m.kind == "deadline"]
    assert deadline == ["2012-08-31"]


def test_a_chronicles_year_heading_dates_the_days_under_it():
    # (a birth date written in full is no year of the chronicle)
    text = ("Kronika parafii\n\nRok 2008\n\n1 stycznia rozpoczęła się peregrynacja obrazu w naszej parafii.\n\n"
            "12 lutego zmarł ks. Jan Lis urodzony 28.07.1917.\n\nRok 2009\n\n7 maja poświęcono nowy dzwon.\n")
    days = [m.start for m in find_dates(text) if m.start[:4] != "1917"]
    assert days == ["2008-01-01", "2008-02-12", "2009-05-07"]
    # a column of years (an archive's links) heads nothing
    archive = ("12 lutego zmarł ks. Jan Lis urodzony 28.07.1917.\n\nArchiwum\n2019\n2018\n2017\n\n"
               "7 maja poświęcono dzwon.\n")
    assert [m.start for m in find_dates(archive)][-1][:4] != "2017"


def test_an_english_templates_month_first_post_date_under_the_title_dates_the_report():
    text = ("Forum Organizacji Pozarządowych\n\nJanuary 16, 2024\n\n"
            "1 grudnia odbyło się Forum Organizacji Pozarządowych.")
    assert find_published(text)[0] == dt.date(2024, 1, 16)
    assert events(text) == ["2023-12-01"]


def test_year_less_days_joined_to_a_later_day_with_its_year_share_it():
    # (the page's own date, years later, does not date them)
    text = "Spotkania odbyły się 21 i 22 lutego w Lipnie oraz 24 lutego 2015 r. w Borkach."
    days = [m.start for m in find_dates(text, published=dt.date(2024, 6, 20)) if m.kind == "event"]
    assert days == ["2015-02-21", "2015-02-22", "2015-02-24"]
    # a day in another sentence is no part of the list
    other = "Zebranie odbyło się 21 lutego. Kolejne zaplanowano na 24 maja 2025 r."
    assert [m.start for m in find_dates(other, published=dt.date(2024, 6, 20))][0] == "2024-02-21"


def test_the_bounds_of_a_period_in_history_date_no_year_less_day_after_them():
    text = ("Wiadomości koła, maj 2017.\n\nPamięć ofiar\n\nOd maja do listopada 1945 roku w obozie zmarło wielu "
            "internowanych.\n\nDzień tańca\n\nW ramach Dnia Tańca, który przypadał 29 kwietnia, koło zorganizowało "
            "zabawę dla dzieci. Od godziny 12.00 do 15.00 można było tańczyć.")
    assert [m.day for m in find_dates(text, today=TODAY) if m.kind == "event"] == ["2017-04-29"]
