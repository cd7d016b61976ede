"""The relevance decision: announcements and reports of meetings pass, ordinary news does not."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.relevance import judge

SEEDS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"   # real pages, kept outside
SEEDS = sorted(SEEDS_DIR.glob("*.txt")) or [
    pytest.param(None, marks=pytest.mark.skip(reason=f"the seed announcements are not at {SEEDS_DIR}"))]

NEWS = [
    ("Remont drogi gminnej w Lipnikach", "Trwa remont drogi. Prace wykonuje firma wyłoniona w przetargu. Przepraszamy za utrudnienia."),
    ("Harmonogram odbioru odpadów", "Przedstawiamy harmonogram odbioru odpadów komunalnych na 2027 rok."),
    ("Wyniki konkursu plastycznego", "Komisja wyłoniła zwycięzców konkursu. Gratulujemy laureatom!"),
    ("Zakończono remont świetlicy", "W świetlicy będą odbywać się spotkania i warsztaty dla mieszkańców."),
    ("Konkurs ofert dla organizacji", "Burmistrz ogłasza otwarty konkurs ofert. Oferty do 15.03.2026 do godz. 15:00, ul. Rynek 1."),
]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3] if p else "no-seeds")
def test_seed_announcements_pass(seed: Path) -> None:
    verdict = judge("", seed.read_text(encoding="utf-8"))
    assert verdict.is_announcement, verdict
    assert verdict.reasons


@pytest.mark.parametrize("title, text", NEWS, ids=[t for t, _ in NEWS])
def test_ordinary_news_does_not_pass(title: str, text: str) -> None:
    verdict = judge(title, text)
    assert not verdict.is_announcement, verdict


def test_inflected_forms_count_and_threshold_is_configurable() -> None:
    verdict = judge("Zaproszenie", "Zapraszamy na spotkaniu w sprawie konsultacjach programu, 12 marca o godz. 10:00.")
    assert verdict.is_announcement
    assert any("spotkanie" in reason for reason in verdict.reasons)
    assert not judge("Zaproszenie", "Zapraszamy na spotkaniu.", threshold=0.99).is_announcement


def test_environment_overrides_the_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    weak = ("Kasa urzędu", "Kasa czynna do 12:00, ul. Rynek 1.")   # only a time and a street: a low score
    assert 0 < judge(*weak).score < 0.5 and not judge(*weak).is_announcement
    monkeypatch.setenv("CIVIC_RELEVANCE_THRESHOLD", "0.04")
    assert judge(*weak).is_announcement
    monkeypatch.setenv("CIVIC_RELEVANCE_THRESHOLD", "1.01")
    assert not judge("Szkolenie dla NGO", "Zapraszamy na szkolenie 12 marca o godz. 10:00, sala 12.").is_announcement


# ---- real pages' kinds (examples written for these tests, with invented names) ------------

ANNOUNCEMENTS = [
    # a banner of another notice above the page's own title is no title; a Day held is an event
    ("", "*** Apel o oszczędne korzystanie z wody ***\n\nZebranie wiejskie 17.09.2019 r.\n\nDziś tj. 17.09.2019 r. "
         "odbyło się zebranie wiejskie w sprawie funduszu sołeckiego. Dziękujemy wszystkim za przybycie."),
    ("", "W dniu 7 marca w Domu Ludowym w Borkach odbył się Gminny Dzień Kobiet. Zaproszenie otrzymały Panie z "
         "kół gospodyń. Całość poprowadziła dyrektor ośrodka kultury."),
    # a ticker of other notices above the page's own title is no title
    ("", "||   OSTRZEŻENIA METEOROLOGICZNE   ||   NABÓR NA STANOWISKO PODINSPEKTORA   ||   OPŁATY ZA ODPADY   ||\n\n"
         "Konsultacje społeczne dotyczące sieci szkół\n\nWójt Gminy Lipno informuje, że 23.01.2019 r. o godz. 17:00 w "
         "świetlicy wiejskiej w Borkach odbędą się konsultacje społeczne. Zapraszam wszystkich mieszkańców."),
    # a Day of Seniors celebrated: an event of its own, as the annotation guide types it
    ("DZIEŃ SENIORA W LIPNIE", "W ubiegłą środę, 16 listopada, celebrowaliśmy Dzień Seniora. Uczestnikami spotkania "
     "byli seniorzy korzystający ze wsparcia Ośrodka Pomocy Społecznej w Lipnie. Wysłuchaliśmy występu uczniów "
     "szkoły muzycznej."),
    ("", "Zgodnie z art. 20 ust. 1 ustawy o samorządzie gminnym zwołuję sesję Rady Gminy Jaworek na dzień "
         "14 marca 2024 r. o godz. 10:00 w sali narad urzędu z następującym porządkiem obrad: 1. Otwarcie sesji. "
         "2. Przyjęcie protokołu. 3. Podjęcie uchwał."),
    ("XII Sesja Rady Gminy w Jaworku na dzień 5 maja 2019 roku", "Porządek obrad\nProtokół nr XII/2019"),
    ("Spotkanie konsultacyjne w Olszynce", "Wójt zaprasza mieszkańców na spotkanie konsultacyjne projektu planu, "
                                           "które odbędzie się 20 kwietnia 2023 r. o godz. 17:00 w świetlicy."),
    ("Obchody Dnia Seniora", "W sobotę 14 października o godz. 15:00 w domu kultury odbędzie się uroczystość "
                             "z okazji Dnia Seniora. Serdecznie zapraszamy wszystkich seniorów."),
    ("", "Zapraszamy na Jaworkowe Spotkania z Książką, które odbędą się 12 czerwca 2021 r. o godz. 11:00 "
         "w bibliotece gminnej."),
    # a briefing, a symposium, an inauguration and a fête are events too
    ("Narada sołtysów w Jaworku", "W czwartek 14 marca 2024 r. w sali urzędu gminy odbyła się narada sołtysów "
                                  "z wójtem. Omówiono plan prac na wiosnę."),
    ("", "Inauguracja roku akademickiego Uniwersytetu Trzeciego Wieku w Jaworku odbyła się 4 października "
         "2023 r. w auli szkoły."),
    # consultations held at stands open for hours, beside the written remarks they also take
    ("Sieci Jaworek S.A. zapowiadają konsultacje w sprawie trasy linii 400 kV",
     "Spółka organizuje konsultacje społeczne. Uwagi można składać pisemnie. Zainteresowani mieszkańcy mogą wyrazić "
     "opinię:\n • 26 października 2021 r., w godzinach od 8:00 do 18:00, w sołectwie Jaworek (Dom Sołecki)"),
    # a debate reported by when it began; a meeting with residents reported with its troubles
    ("", "Zapowiadali to wczoraj i tak zrobili. O godzinie szesnastej w sali ratusza rozpoczęła się publiczna debata "
         "w sprawie budowy spalarni. Przedstawiciele komitetu na debatę nie przyszli. 22.07.2022"),
    ("", "Rekordowo długie było piątkowe spotkanie Burmistrza z mieszkańcami 6 kwietnia. Dyskutowano o odpadach "
         "i kanalizacji, a dyskusja trwała trzy godziny."),
    # a notice of a plan laid open, with the public discussion of it held on a day
    ("", "Obwieszczenie gminy Jaworek\n\nInformujemy o wyłożeniu do publicznego wglądu projektu studium uwarunkowań "
         "w okresie od 5 do 26 maja 2023 r. Dyskusja publiczna nad przyjętymi rozwiązaniami odbędzie się 15 maja "
         "2023 r. o godz. 16:00 w Urzędzie Gminy."),
    # a day celebrated together on a date given, with no event noun to name it
    ("Dzień Sołtysa", "12 marca 2024 r. w Świetlicy Wiejskiej w Borkach, z inicjatywy sołtysów gminy, obchodziliśmy "
     "Dzień Sołtysa. Wśród licznie przybyłych gości był Wójt Gminy Borki."),
    # greetings that invite to the day's meeting
    ("Dzień Seniora w Borkach", "Z okazji Dnia Seniora składamy wszystkim seniorom serdeczne życzenia. Zapraszamy "
     "na spotkanie, które odbędzie się 14 października o godz. 15:00 w świetlicy wiejskiej w Borkach."),
    # meetings reported held on a day the page leaves unsaid (`dzisiaj` on a page that prints no date, or no day at
    # all) are reports of meetings still, as the annotation guide counts them
    ("ZEBRANIE WIEJSKIE – RELACJA", "W dniu dzisiejszym w świetlicy wiejskiej w Borkach odbyło się zebranie wiejskie. "
     "Sołtys przedstawił sprawozdanie z wydatków funduszu sołeckiego, a mieszkańcy zgłosili wnioski. Gośćmi zebrania "
     "byli Wójt Gminy i radni. Dziękuję wszystkim za udział."),
    ("Spotkanie konsultacyjne z mieszkańcami", "W Gminnym Ośrodku Kultury w Lipnie odbyło się spotkanie konsultacyjne "
     "z mieszkańcami w sprawie programu rewitalizacji. Spotkanie prowadził sekretarz gminy, który omówił cele programu "
     "i odpowiadał na pytania uczestników."),
]
NOT_ANNOUNCEMENTS = [
    # greetings on an observance day, however they date it or recall its first celebration
    ("Święto Samorządu Terytorialnego – 27 maja", "Dnia 27 maja obchodzimy Dzień Samorządu Terytorialnego. Jest to "
     "święto upamiętniające pierwsze wolne wybory, które odbyły się 27 maja 1990 r. Z okazji święta wszystkim osobom, "
     "które tworzą samorząd, składamy najserdeczniejsze życzenia."),
    ("", "Dzisiaj Światowy Dzień Organizacji Pozarządowych. Pierwsze obchody odbyły się 27 lutego 2014 roku w "
         "Helsinkach podczas forum organizacji. Z tej okazji składamy wszystkim społecznikom serdeczne podziękowania."),
    ("Ośrodek Pomocy Społecznej w Jaworku zaprasza do składania ofert na przeprowadzenie szkolenia "
     "„Opiekun osoby starszej” dla uczestniczek projektu",
     "Zapytanie ofertowe. Szkolenie odbędzie się w terminie 10-20 maja 2023 r. w godz. 8:00-14:00 w Jaworku. "
     "Oferty należy składać do 28 kwietnia 2023 r."),
    ("Konsultacje projektu programu współpracy z organizacjami pozarządowymi",
     "Rozpoczęły się konsultacje projektu programu. Uwagi można składać za pomocą formularza konsultacyjnego "
     "do 20 października 2023 r. Po ich zebraniu przygotujemy projekt uchwały."),
    ("Konsultacje społeczne projektu programu współpracy na 2025 r.",
     "Zarząd Powiatu zaprasza organizacje pozarządowe do konsultacji projektu programu współpracy. Konsultacje "
     "odbędą się w dniach od 15 do 28 października 2024 r. Projekt programu wraz z ankietą jest do pobrania na stronie "
     "internetowej oraz w siedzibie Starostwa, pok. 218."),
    # comments brought in writing or in person at the office's hours: no meeting
    ("Województwo konsultuje program współpracy z NGO",
     "Zarząd Województwa zaprasza do udziału w konsultacjach projektu programu współpracy na 2024 rok. Uwagi można "
     "zgłaszać do 27 października 2023 r.\n\nPropozycje można zgłaszać na formularzu konsultacji:\n • osobiście w godz. "
     "8.00–16.00 w punkcie podawczym przy ul. Polnej 26 w Lipnie,\n • pocztą na adres urzędu."),
    # a survey, and comments brought in writing by a deadline, the title only the page's first line
    ("", "Konsultacje społeczne przejazdów kolejowych\n\nSpółka kolejowa planuje przeprowadzenie prac na linii "
     "przebiegającej przez teren naszej gminy w ramach projektu pn. Prace na liniach kolejowych. W związku z tym, w celu "
     "uzyskania opinii mieszkańców dotyczących przejazdów, prowadzone jest badanie ankietowe.\n\nAnkieta dostępna jest "
     "tutaj oraz w Urzędzie Gminy. Zachęcamy do wypełnienia ankiety!"),
    ("", "Projekt planu utrzymania wód – konsultacje społeczne\n\nDyrektor Zarządu Gospodarki Wodnej w Lipnie\n\n"
     "zawiadamia o sporządzeniu projektu planu utrzymania wód, do którego można wnosić uwagi i wnioski w terminie do "
     "dnia 30 września 2015\n\nObwieszczenie – Zarząd Gospodarki Wodnej w Lipnie"),
    ("Uchwała Nr XII/88/2019 Rady Gminy Jaworek z dnia 5 maja 2019 r. w sprawie zmian w budżecie",
     "Na podstawie art. 18 ustawy o samorządzie gminnym Rada Gminy uchwala, co następuje: § 1. Zmienia się budżet."),
    ("Pan Kuleczka. Spotkanie", "Kolejna część opowieści o rodzinie Kuleczków, pięknie zilustrowana. Książka dla "
                                "najmłodszych czytelników, pełna ciepła i humoru."),
    ("Życzenia z okazji Dnia Pracownika Socjalnego", "Z okazji Dnia Pracownika Socjalnego składamy wszystkim "
                                                     "pracownikom pomocy społecznej najserdeczniejsze życzenia."),
    ("Praca w GOPS", "Zapraszamy osoby chętne do pracy w Gminnym Ośrodku Pomocy Społecznej w Jaworku na stanowisku "
                     "asystenta rodziny. Dokumenty przyjmujemy do 30 listopada."),
    # consultations that begin run over weeks: no meeting starts
    ("", "Wójt Gminy Jaworek\n\nzawiadamia o rozpoczęciu konsultacji społecznych projektu dokumentu: Diagnoza "
         "sytuacji Gminy Jaworek\n\nRozpoczynają się konsultacje społeczne projektu dokumentu pn. Diagnoza sytuacji "
         "Gminy Jaworek. Celem konsultacji społecznych jest poznanie Państwa opinii na temat dokumentu.\n\n"
         "Konsultacje społeczne przeprowadzone są w terminie od dnia 9.12.2021 r. do dnia 29.12.2021 r."),
    # a programme of cooperation consulted over a period, proposals handed in: no meeting
    ("", "Zarząd Powiatu Lipnowskiego zaprasza przedstawicieli organizacji pozarządowych do konsultacji projektu "
         "„Programu współpracy Powiatu Lipnowskiego z organizacjami pozarządowymi na 2022 r.”\n\nKonsultacje prowadzone "
         "będą w dniach od 15 października 2021 r. do 26 października 2021 r. Propozycje zmian w konsultowanym "
         "Programie można składać do Starostwa Powiatowego w Lipnie.\n\nKonsultacje prowadzi Biuro Polityki Społecznej."),
    ("Konsultacje społeczne Programu Współpracy na 2021 rok", "Zaproszenie do konsultacji\n\nZapraszamy organizacje "
     "pozarządowe do udziału w konsultacjach społecznych projektu programu współpracy Powiatu Lipnowskiego. Celem "
     "konsultacji jest poznanie opinii o projekcie, a tym samym zapewnienie możliwości wnoszenia uwag.\n\nKonsultacje "
     "społeczne zostaną przeprowadzone w okresie od 14 października do 6 listopada 2020 roku."),
    # comments taken until an hour of a day, or gathered by post and e-mail: still no meeting
    ("Konsultacje w sprawie powołania dyrektora GOK w Jaworku", "20 września rozpoczną się konsultacje w sprawie "
     "powołania dyrektora Gminnego Ośrodka Kultury w Jaworku. Potrwają do 4 października br. do godziny 15:30. "
     "Opinie i uwagi do projektu należy zgłaszać na adres e-mailowy lub w Biurze Obsługi Klienta Urzędu Gminy."),
    ("Konsultacje społeczne – obwody głosowania", "Wójt Gminy Jaworek ogłasza konsultacje "
     "społeczne projektu uchwały. Konsultacje polegają na zbieraniu uwag do projektu uchwały. Zapraszam do składania "
     "uwag pocztą, na adres e-mail lub w kancelarii urzędu. Konsultacje potrwają od 10 do 17 kwietnia 2018 r."),
    ("Rekrutacja do projektu „Aktywni w Jaworku”", "Trwa rekrutacja uczestników do projektu. Uczestnicy wezmą udział "
     "w szkoleniach zawodowych od 1 marca 2024 r. Formularz zgłoszeniowy i regulamin rekrutacji w sekretariacie."),
    # comments handed in at an office in its hours, or over a period of days written like hours: no meeting
    ("Konsultacje publiczne projektu programu ochrony powietrza", "Zarząd Województwa zaprasza do udziału w "
     "konsultacjach publicznych projektu w terminie do 17 września 2021 r. Dokumentacja jest wyłożona w siedzibie "
     "urzędu w Lipnie, pon. – pt. w godzinach 9.00-15.00. Uwagi można zgłaszać na formularzu pocztą lub na adres "
     "e-mail urzędu."),
    ("", "Konsultacje społeczne projektu programu gospodarki wodnej. Składanie uwag do Wojewody odbywać się będzie "
         "w okresie 31.08-20.09.2021 r. Uwagi należy składać drogą elektroniczną lub pocztą."),
    # a contest held in a conference room: the room is no conference
    ("Konkurs Wiedzy o Samorządzie", "Zapraszamy uczniów szkół podstawowych do udziału w Konkursie Wiedzy o "
     "Samorządzie. Zgłoszenia do 17 maja. Finał konkursu odbędzie się 21 maja 2024 r. o godz. 10.00 w sali "
     "konferencyjnej Urzędu Gminy w Lipnie. Na zwycięzców czekają nagrody."),
    # a family festival and a run: shows and sports, not meetings
    ("Festyn Rodzinny w Borkach", "Już 30 czerwca na błoniach w Borkach odbędzie się XI Festyn Rodzinny. Gwiazdą "
     "imprezy będzie zespół Lipowe Echo, koncert rozpocznie się o godz. 19.30. W programie pokaz mody, loteria i "
     "zabawa taneczna do północy. Wstęp wolny!"),
    ("", "Klub Biegacza zaprasza w niedzielę 23 marca 2025 r. na VII Bieg Wiosenny. Start o godz. 11:00 na stadionie "
         "miejskim w Lipnie, trasa ok. 5 km. Po biegu dekoracja zwycięzców zawodów i wspólne zdjęcie uczestników."),
    # a centre closed for a time: its classes and workshops are called off, none is held
    ("Ważna informacja Dyrektora GOK", "W związku z decyzjami rządu zawieszam działalność Gminnego Ośrodka Kultury w "
     "Lipnie na okres od 12 do 25 marca 2020 r. W tym okresie nie odbędą się zaplanowane seanse kinowe, nieczynne "
     "będą świetlice wiejskie w Borkach i Dębinie. Odwołujemy również zajęcia taneczne oraz warsztaty rękodzieła."),
    # enrolment for courses opened: recruitment, though the courses are held somewhere
    ("", "W Powiatowym Urzędzie Pracy w Lipnie ruszyły zapisy na nieodpłatne kursy języka polskiego dla osób, które "
         "przybyły do Polski po 24 lutego. Kursy odbywać się będą dwa razy w tygodniu. Udział w szkoleniu "
         "jest bezpłatny, a uczestnicy otrzymają materiały."),
    # a call to take up a project's support, its workshops among what it offers
    ("Zapraszamy organizacje do współpracy!", "Dodano: 20 maja, 2020\n\nStowarzyszenie Borki we współpracy z Gminą "
     "Lipno zaprasza organizacje pozarządowe z terenu powiatu do skorzystania ze wsparcia oferowanego w ramach "
     "projektu „Aktywne organizacje”. Oferta obejmuje warsztaty edukacyjne i usługi doradcze. Organizacje będą "
     "mogły korzystać z biura w Lipnie, przy ul. Polnej 3, i uczestniczyć w pracach nad programem współpracy."),
]


@pytest.mark.parametrize("title, text", ANNOUNCEMENTS, ids=range(len(ANNOUNCEMENTS)))
def test_sessions_meetings_and_celebrations_are_announcements(title: str, text: str) -> None:
    from pipeline.relevance import verdict

    found = verdict(title, text)
    assert set(found) == {"is", "score", "reasons"}
    assert found["is"], found


@pytest.mark.parametrize("title, text", NOT_ANNOUNCEMENTS, ids=range(len(NOT_ANNOUNCEMENTS)))
def test_tenders_written_consultations_documents_and_notices_are_not(title: str, text: str) -> None:
    from pipeline.relevance import verdict

    found = verdict(title, text)
    assert not found["is"], found


def test_the_store_and_every_command_share_one_verdict() -> None:
    from pipeline.relevance import verdict

    title, text = ANNOUNCEMENTS[2]
    found, stored = verdict(title, text), judge(title, text)
    assert (found["is"], found["score"], found["reasons"]) == (stored.is_announcement, stored.score, stored.reasons)


def test_an_invitation_to_the_event_after_an_ordinal() -> None:
    from pipeline.relevance import verdict

    found = verdict("", "Rada Seniorów Jaworka zaprasza do udziału w trzecim spotkaniu, podczas którego omówimy plan "
                        "pracy. Czekamy 12 czerwca 2021 r. o godz. 11:00 w bibliotece gminnej.")
    assert found["is"] and "event frames: invite_to" in found["reasons"], found


def test_a_day_the_date_grammar_reads_dates_a_report() -> None:
    from pipeline.relevance import verdict

    found = verdict("", "Spotkanie opłatkowe rolników w Lipnie 20 12 2023\n\nRolnicy z gminy spotkali się w świetlicy "
                        "wiejskiej. Wójt złożył życzenia, a ksiądz proboszcz poświęcił opłatki.")
    assert found["is"] and "no day or time is given" not in found["reasons"], found


def test_today_on_a_page_whose_date_the_crawl_read_is_that_day() -> None:
    from pipeline.relevance import verdict

    text = ("W dniu dzisiejszym w świetlicy wiejskiej w Borkach odbyło się zebranie wiejskie. Sołtys przedstawił "
            "sprawozdanie z wydatków funduszu sołeckiego, a mieszkańcy zgłosili wnioski.")
    undated = verdict("Zebranie wiejskie", text)
    assert undated["is"] and "no day or time is given" in undated["reasons"]
    # (the byline the crawl took off the text dates it, and so does one left in it)
    for dated in (verdict("Zebranie wiejskie", text, published="2024-03-12"),
                  verdict("Zebranie wiejskie", "Dodano: 12.03.2024\n\n" + text)):
        assert dated["is"] and "no day or time is given" not in dated["reasons"]
        assert dated["score"] > undated["score"]


def test_a_report_that_a_body_organised_a_meeting_passes_without_its_hour_or_place() -> None:
    from pipeline.relevance import verdict

    found = verdict("", "W trosce o bezpieczeństwo seniorów, 11 grudnia br., Komenda Powiatowa Policji w Lipnie "
                        "zorganizowała ogólnodostępną debatę społeczną. Celem debaty było uświadomienie mieszkańcom "
                        "zagrożeń. Spotkanie wchodzi w skład cyklu debat.")
    assert found["is"] and "event frames: organised" in found["reasons"], found


def test_a_report_of_a_conference_organised_in_the_passive_passes() -> None:
    from pipeline.relevance import verdict

    found = verdict("", "Pod takim tytułem obradowała już po raz trzeci cykliczna konferencja Zakładu Pedagogiki "
                        "Społecznej Uniwersytetu w Lipnie, która została zorganizowana w dn. 16-17 lutego 2018 r. we "
                        "współpracy z Towarzystwem Gerontologicznym. Jej inicjatorką jest prof. Anna Lis.")
    assert found["is"] and "event frames: organised" in found["reasons"], found


def test_a_report_in_the_first_person_that_we_organised_a_workshop_passes() -> None:
    from pipeline.relevance import verdict

    found = verdict("Warsztaty wikliniarskie",
                    "15 września 2019 r. w Borkach przy współpracy z Biblioteką Publiczną w Lipnie zorganizowaliśmy "
                    "warsztaty wikliniarskie. Spotkanie zaczęło się od krótkiego wykładu.")
    assert found["is"] and "event frames: organised" in found["reasons"], found
