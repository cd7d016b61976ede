"""Subjects that a convocation or a report sets apart from their verb, bodies drafting a plan
(`prowadzi prace nad studium`), and words that only look like a body: a legal basis cited by
its article between an office and `zwołuje`, a request set off by dashes, a clause of its own
after `, a`; a verb opening the sentence, councils in the plural, and a line giving a library
branch's street and hour."""
import pytest

from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    # the basis cited by its article, then a request between dashes
    ("Przewodniczący Rady Powiatu Lipowskiego na podstawie art. 15 ust. 7 ustawy z dnia 5 czerwca 1998 r. "
     "o samorządzie powiatowym (Dz. U. z 2022 r. poz. 1526) – na wniosek Zarządu Powiatu Lipowskiego – "
     "zwołuje XL Sesję Rady Powiatu Lipowskiego, która odbędzie się 16 listopada 2022 r. o godz. 9.00.",
     ["Przewodniczący Rady Powiatu Lipowskiego", "Zarządu Powiatu Lipowskiego"]),
    # the basis with no bracket and no comma, up to the verb
    ("Przewodniczący Rady Gminy Borki na podstawie art. 20 ust. 1 ustawy o samorządzie gminnym zwołuje "
     "sesję Rady Gminy Borki na dzień 3 marca 2023 r.",
     ["Przewodniczący Rady Gminy Borki"]),
    # an adverbial participle and the basis opening the sentence: the office after them is the subject
    ("Działając na podstawie art. 15 ust. 7 ustawy z dnia 5 czerwca 1998 r. o samorządzie powiatowym "
     "(Dz. U. z 2017 r., poz. 1868), Przewodniczący Rady Powiatu Jan Kowal zwołuje na dzień 12 listopada 2019 r. "
     "sesję Rady Powiatu.", ["Przewodniczący Rady Powiatu Jan Kowal"]),
    # a basis after a date opening the sentence: the office after it is the subject
    ("W dniu 5 maja, na podstawie art. 20 ustawy, Przewodniczący Rady Gminy Borki zwołuje sesję.",
     ["Przewodniczący Rady Gminy Borki"]),
])
def test_a_subject_past_a_cited_legal_basis_convenes(text, expected):
    assert _names(text) == expected


def test_a_clause_opened_by_comma_and_a_has_its_own_subject_after_the_verb():
    text = ("Warsztaty organizowało Stowarzyszenie Dobra Wola, a współorganizowały Dom Kultury „Pod Lipami” "
            "i Fundacja Zielony Most.")
    assert _names(text) == ["Stowarzyszenie Dobra Wola", "Dom Kultury „Pod Lipami”", "Fundacja Zielony Most"]


def test_a_comma_and_a_takze_still_lists_the_subjects():
    text = "Stowarzyszenie Dobra Wola, a także Dom Kultury „Pod Lipami” zapraszają na warsztaty 4 maja."
    assert _names(text) == ["Stowarzyszenie Dobra Wola", "Dom Kultury „Pod Lipami”"]


@pytest.mark.parametrize("text", [
    # a verb in the first person opening the sentence, then the honorific
    "Pragniemy Państwa serdecznie zaprosić do udziału w dwóch spotkaniach konsultacyjnych "
    "poświęconych projektowi Strategii Miasta 2030.",
    # councils in the plural, who report at the village meetings
    "Jak co roku rozpoczynają się zebrania wiejskie. Na zebraniach Rady Sołeckie składają sprawozdania "
    "ze swojej działalności.",
    # a body's branch with its street and hour: where and when the meeting is
    "Budżet partycypacyjny - spotkania\n\nBiblioteka Publiczna - Wypożyczalnia nr 3 ul. Lipowa 36a "
    "godz: 18:00\n\nZapraszamy na otwarte spotkania mieszkańców.",
])
def test_words_that_only_look_like_an_inviting_body_name_no_organiser(text):
    assert _names(text) == []


def test_a_council_in_the_singular_genitive_still_holds_its_meeting():
    assert _names("Dnia 22 listopada 2015 roku odbyło się zebranie Rady Sołeckiej wsi Borki.") \
        == ["Rady Sołeckiej wsi Borki"]


@pytest.mark.parametrize("text, expected", [
    # a company named with its kind in lower case, drafting a study with its partner
    ("Firma projektowa TRAKT, we współpracy z Generalną Dyrekcją Dróg Krajowych i Autostrad, prowadzi obecnie "
     "prace nad Studium techniczno-ekonomicznym dla obwodnicy. Zaplanowano spotkania informacyjne z mieszkańcami.",
     ["Firma projektowa TRAKT", "Generalną Dyrekcją Dróg Krajowych i Autostrad"]),
    ("Gmina Borki prowadzi prace nad strategią rozwoju. Zaplanowano spotkania z mieszkańcami 5 maja.",
     ["Gmina Borki"]),
])
def test_a_body_drafting_a_plan_runs_the_meetings_about_it(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the day of the meeting between the subject and its verb, with `br.`
    ("Komenda Miejska Policji w Lipnie w dniu 22 maja br. zorganizowała debatę społeczną.",
     ["Komenda Miejska Policji w Lipnie"]),
    # a long rank's abbreviation between an office and its holder ends no sentence
    ("Zastępca Komendanta Miejskiego Policji w Lipnie podinsp. Jan Kowal był gospodarzem debaty społecznej.",
     ["Zastępca Komendanta Miejskiego Policji w Lipnie"]),
    # a unit named after a seat in a list is the next item, not another seat (the register knows a village Oddział)
    ("Organizatorami konferencji byli: Państwowy Powiatowy Inspektor Sanitarny w Lipnie, Oddział Lipnowski PTH "
     "i Wydział Zdrowia Urzędu Miasta Lipna.",
     ["Państwowy Powiatowy Inspektor Sanitarny w Lipnie", "Oddział Lipnowski PTH",
      "Wydział Zdrowia Urzędu Miasta Lipna"]),
])
def test_subjects_and_lists_real_reports_write(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    # who pays for the project the meeting belongs to does not organise it
    "Spotkanie zorganizowano w ramach projektu „Koordynacja ekonomii społecznej w regionie”, współfinansowanego "
    "przez Unię Europejską ze środków Europejskiego Funduszu Społecznego.",
    # the article's author under a label in capitals
    "Seminarium\n\nAUTOR\nMaciej Kowal\n27.06.2018\n\nWe wtorek 26 czerwca odbyło się seminarium.",
])
def test_a_funder_of_the_framework_and_the_articles_author_organise_nothing(text):
    assert _names(text) == []


def test_the_agent_after_a_framework_without_funding_words_still_organises():
    assert _names("Spotkanie zorganizowano w ramach projektu „Koordynacja” przez Fundację Borki.") == ["Fundację Borki"]


@pytest.mark.parametrize("text, subject", [
    ("Podczas Dni Ekonomii Społecznej, Ośrodki Wsparcia Ekonomii Społecznej działające w naszym regionie "
     "zorganizowały szereg wydarzeń, takich jak lokalne debaty.", "Ośrodki Wsparcia Ekonomii Społecznej"),
    # an adverbial participle, with a quoted title whose words (a verb among them) count for none
    ("Towarzystwo Wspierania Inicjatyw Społecznych w Lipowcu „Razem” działając w ramach akcji \"Masz głos – masz "
     "wybór\" zaprasza na spotkanie.", "Towarzystwo Wspierania Inicjatyw Społecznych w Lipowcu"),
])
def test_a_participle_phrase_without_commas_between_the_subject_and_its_verb(text, subject):
    assert _names(text) == [subject]


@pytest.mark.parametrize("legal_form", ["sp. z o.o.", "SP. Z O.O."])
def test_a_company_partner_with_its_legal_form_and_town(legal_form):
    text = (f"Prezydent Miasta Lipna wraz z Instytutem Badawczym IPC {legal_form} z Wrocławia zapraszają mieszkańców "
            "na otwarte konsultacje.")
    assert _names(text) == ["Prezydent Miasta Lipna", f"Instytutem Badawczym IPC {legal_form} z Wrocławia"]


def test_a_workshop_led_by_a_bodys_experts_is_not_that_bodys():
    text = ("Zapraszamy na spotkanie warsztatowe prowadzone przez ekspertów Obserwatorium Kultury, Regionalnego "
            "Instytutu Kultury w Katowicach. Spotkanie odbędzie się 5 maja.")
    assert _names(text) == []
    assert _names("Konsultacje prowadzone są przez Urząd Miasta Lipna. Odbędą się 5 maja.") == ["Urząd Miasta Lipna"]


@pytest.mark.parametrize("text, expected", [
    # a capitalised phrase of time in the genitive runs into the subject after it
    ("W Międzynarodowym Dniu Wolontariusza Lipowski Ośrodek Wsparcia Organizacji w Borkach zorganizował "
     "spotkanie dla wolontariuszy.", ["Lipowski Ośrodek Wsparcia Organizacji w Borkach"]),
    ("W Tygodniu Bibliotek Fundacja Czytamy Razem zorganizowała warsztaty dla dzieci.", ["Fundacja Czytamy Razem"]),
    # a place in the locative is still no subject
    ("W Ośrodku Kultury Gminy Borki zorganizowano warsztaty.", []),
])
def test_a_subject_after_a_capitalised_phrase_in_the_genitive(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("W dniach 2-4.06.2011 r. Fundacja Inicjatyw Wiejskich na zlecenie Urzędu Marszałkowskiego Województwa "
     "Lipowskiego- Sekretariatu Regionalnego Sieci zorganizowała wyjazd studyjny.",
     ["Fundacja Inicjatyw Wiejskich",
      "Urzędu Marszałkowskiego Województwa Lipowskiego- Sekretariatu Regionalnego Sieci"]),
    ("W dniu 5 maja Stowarzyszenie Razem z inicjatywy Wójta Gminy Borki zorganizowało spotkanie z mieszkańcami.",
     ["Stowarzyszenie Razem", "Wójta Gminy Borki"]),
])
def test_a_subject_acting_on_another_body_s_commission(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the body's head after `na czele z`, and the council he sits on, up to the verb
    ("W dniu 25 listopada 2019 r. Powiatowe Centrum Pomocy Rodzinie w Lipnie na czele z Dyrektorem Janem "
     "Kowalskim, Członkiem Rady Pomocy Społecznej przy Ministrze, zorganizowało w Domu Kultury konferencję.",
     ["Powiatowe Centrum Pomocy Rodzinie w Lipnie"]),
])
def test_the_person_heading_a_body_is_an_aside_before_its_verb(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("W dniu 5 marca 2026 r. w Centrum Kultury Fundacja Lipno zorganizowała spotkanie.", ["Fundacja Lipno"]),
    ("W Centrum Dydaktycznym Komenda Powiatowa Policji w Lipnie wraz z Fundacją Borki zorganizowała debatę.",
     ["Komenda Powiatowa Policji w Lipnie", "Fundacją Borki"]),
])
def test_the_subject_right_after_a_place_in_the_locative_is_a_name_of_its_own(text, expected):
    assert _names(text) == expected
