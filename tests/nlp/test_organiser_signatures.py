"""The office signing a notice: above the `(-)` of a signed copy wherever it stands (a
schedule may follow the letter), under a letter's closing words wherever they stand, named in
full when it signs by its bare title, and not a speaker's office listed under the speaker's name
in a programme."""
import pytest

from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


def test_an_office_above_a_signed_copy_mark_signs_even_with_a_schedule_after_it():
    text = ("Szanowni Państwo,\n\nZapraszam Mieszkańców Gminy Borki do udziału w spotkaniach konsultacyjnych "
            "według harmonogramu poniżej.\n\nWicewójt Gminy Borki\n\n(-) Jan Nowak\n\nHARMONOGRAM SPOTKAŃ\n\n"
            "12.05.2024 r. (poniedziałek) godz. 17.00 – świetlica wiejska w Kaliszanach\n"
            "13.05.2024 r. (wtorek) godz. 17.00 – remiza OSP w Olszance\n"
            "14.05.2024 r. (środa) godz. 17.00 – szkoła podstawowa w Woli\n")
    assert _names(text) == ["Wicewójt Gminy Borki"]


def test_a_vice_marshal_signing_the_last_lines_of_a_notice():
    text = ("Zapraszamy na spotkanie konsultacyjne programu ochrony powietrza. Spotkanie odbędzie się "
            "21 września 2016 r. o godz. 10.00 w sali audiowizualnej starostwa w Borkach.\n\n"
            "Wicemarszałek Województwa Opolskiego\n(-)Jan Nowak")
    assert _names(text) == ["Wicemarszałek Województwa Opolskiego"]


def test_a_bare_office_signs_with_its_holder():
    text = ("Zgodnie z zarządzeniem Wójta Gminy Borki z dnia 2 lutego 2011 r. informuje się, że zebrania "
            "wiejskie odbędą się w następujących terminach:\nKALISZANY – 14.02.2011 godz. 17:00 – świetlica\n"
            "OLSZANKA – 15.02.2011 godz. 17:30 – remiza OSP\n\nWójt\nJan Nowak")
    assert _names(text) == ["Wójt Jan Nowak"]


def test_a_speakers_office_under_his_name_in_a_programme_signs_nothing():
    text = ("Program konferencji 12 maja 2024 r.\n\n10.00 – 12.00 – I Sesja plenarna\n\n"
            "Dr Jan Nowak\nUniwersytet w Borkach\nSamorząd i jego granice\n\n"
            "Dr Adam Kowalski\nWicestarosta Powiatu Borkowskiego\nUrząd starosty w historii")
    assert _names(text) == []


def test_an_office_after_the_mark_of_a_signed_copy_signs():
    text = ("Zapraszamy mieszkańców na spotkanie konsultacyjne, które odbędzie się 12 maja 2024 r. o godz. 17.00 "
            "w sali narad urzędu.\n\nJan Nowak\n\n/-/ Wójt Gminy Borki")
    assert _names(text) == ["Wójt Gminy Borki"]


def test_an_organisation_signing_a_first_person_invitation_on_the_last_line():
    text = ("Zapraszamy na zebranie członków, które odbędzie się 5 marca 2024 r. o godz. 17 w świetlicy.\n\n"
            "Borki, 20 lutego 2024 r.\nKoło Gospodyń Wiejskich w Borkach")
    assert _names(text) == ["Koło Gospodyń Wiejskich w Borkach"]


def test_an_office_signing_the_last_line_with_its_holder_named_above_it():
    invitation = ("Zapraszamy wszystkich zainteresowanych na spotkanie 5 maja 2019 r. o godz. 17:00 "
                  "w świetlicy w Borkach.\n\nAnna Lis\n\nZASTĘPCA WÓJTA")
    assert _names(invitation) == ["Anna Lis ZASTĘPCA WÓJTA"]
    notice = ("Sesja Rady Gminy odbędzie się 5 maja 2019 r. o godz. 17:00 w sali.\n\nJan Nowak\n"
              "Przewodniczący Rady Gminy Borki")
    assert _names(notice) == ["Jan Nowak Przewodniczący Rady Gminy Borki"]


def test_a_bare_office_over_a_signed_copy_is_the_office_the_text_names_in_full():
    text = ("Wójt Gminy Borki zaprasza mieszkańców na zebranie wiejskie 12 maja 2024 r. o godz. 18.00 "
            "w świetlicy.\n\nWójt Gminy\n/-/ Jan Nowak")
    assert _names(text) == ["Wójt Gminy Borki"]


def test_a_signed_copy_mark_is_no_part_of_the_holders_name():
    text = "Zapraszamy na spotkanie konsultacyjne 12 maja 2024 r. w świetlicy.\n\n/-/ Jan Nowak\nWójt Gminy Borki"
    assert _names(text) == ["Jan Nowak Wójt Gminy Borki"]


def test_an_office_under_a_signed_copy_signs_though_a_contact_line_ends_the_text():
    text = ("Projekt planu wyłożono do wglądu 12 maja 2024 r. Dyskusja publiczna odbędzie się 20 maja 2024 r. "
            "o godz. 17.00 w sali narad.\n\n        /-/ Jan Nowak\n               Wójt Gminy Borki\n\n\n"
            "Odsyłanie uwag: urzad@borki.pl")
    assert _names(text) == ["Wójt Gminy Borki"]
    lecture = ("Spotkanie odbędzie się 20 maja 2024 r. o godz. 17.00 w sali narad.\n\n/-/ Jan Nowak\n"
               "Wykład: Ochrona środowiska w gminie\nDr Anna Lis")
    assert _names(lecture) == []


def test_two_offices_joined_on_the_signing_line_both_sign():
    text = ("Zebranie mieszkańców sołectwa Borki odbędzie się 5 marca 2025 r. o godz. 18.00 w świetlicy.\n"
            "Porządek zebrania:\n- Otwarcie zebrania.\n- Sprawy różne.\n"
            "SERDECZNIE ZAPRASZAMY MIESZKAŃCÓW DO WZIĘCIA UDZIAŁU W ZEBRANIU.\nSołtys i Rada Sołecka")
    assert _names(text) == ["Sołtys", "Rada Sołecka"]


def test_an_office_in_lower_case_signs_under_its_holders_name():
    text = ("Zebranie wiejskie odbędzie się 5 marca 2025 r. o godz. 18.00.\n"
            "Zebranie obradować będzie w świetlicy wiejskiej.\n\nJan Kowalski\nsołtys wsi")
    assert _names(text) == ["Jan Kowalski sołtys wsi"]


def test_a_lower_case_line_under_a_name_that_is_no_office_signs_nothing():
    text = ("Zebranie wiejskie odbędzie się 5 marca 2025 r. o godz. 18.00.\n"
            "Zebranie obradować będzie w świetlicy wiejskiej.\n\nJan Kowalski\nzdjęcia własne")
    assert _names(text) == []


def test_a_closing_line_signed_on_behalf_of_a_body():
    text = ("Zapraszamy mieszkańców na debatę o sporcie w Borkach, która odbędzie się 5 maja 2025 r. "
            "o godz. 18.00 w sali sesyjnej.\n\nZagadnienia poruszane w debacie:\n- prezentacja bazy sportowej,\n"
            "- dyskusja.\n\n\n"
            "W imieniu Komisji Kultury i Sportu\n\nJan Lis")
    assert _names(text) == ["Komisji Kultury i Sportu"]


def test_two_titles_of_the_person_named_above_them_are_no_two_signing_offices():
    text = ("Spotkanie o czystym powietrzu odbyło się 5 maja 2025 r. w świetlicy.\n\nTekst i zdjęcia:\n\n"
            "Jan Lis\n\nRadny i Sołtys Borek")
    assert "Radny" not in _names(text)


def test_an_office_held_in_a_village_signs_with_its_holder():
    text = ("Zwołuję zebranie wiejskie na dzień 5 maja 2024 r. o godz. 18.30 w świetlicy wiejskiej.\n\n"
            "Sołtys Wsi\nAnna Lis")
    assert _names(text) == ["Sołtys Wsi Anna Lis"]


def test_the_place_on_the_line_above_a_posters_verb_is_no_subject():
    # a poster: the office and its holder, the day and the place, each on a line, then the verb
    text = ("OGŁOSZENIE\n\nWÓJT GMINY BORKI\n\nJan Lis\n\nNA DZIEŃ\n\n21 czerwca 2022 r. (wtorek)\n\ngodz. 18.00\n\n"
            "Szkole Podstawowej w Woli\n\nZWOŁUJE\n\nZEBRANIE WIEJSKIE")
    assert _names(text) == ["WÓJT GMINY BORKI"]


def test_an_acronym_with_its_seat_signing_an_invitation():
    text = ("Podczas sesji 25 maja 2023 r. odbędzie się debata nad raportem o stanie miasta. Zapraszamy do udziału "
            "w debacie!\n\nUM w Lipnie")
    assert [o.name for o in find_organisers(text)] == ["UM w Lipnie"]


def test_an_office_giving_notice_under_its_notice_heading_far_down_a_bip_page():
    menu = "Biuletyn Informacji Publicznej\n" + "Pozycja menu\n" * 30
    text = (menu + "ZAWIADOMIENIE\n\nNa podstawie art. 3 ust. 1 ustawy o scalaniu i wymianie gruntów\n\n"
            "Starosta Lipnowski zawiadamia,\n\nże w dniu 4 września 2020 roku o godz. 11:00 w świetlicy wiejskiej "
            "w Borkach odbędzie się zebranie uczestników scalenia.")
    assert [o.name for o in find_organisers(text)] == ["Starosta Lipnowski"]


def test_an_acronym_organising_is_named_in_full_where_the_page_spells_it_out():
    text = ("W powiecie brakuje rodzin zastępczych. PCPR organizuje dzień otwarty 5 maja 2023 r.\n"
            "Co chwilę Powiatowe Centrum Pomocy Rodzinie w Lipnie otrzymuje informacje o dzieciach.")
    assert [o.name for o in find_organisers(text)] == ["Powiatowe Centrum Pomocy Rodzinie w Lipnie"]


def test_an_office_whose_remit_runs_onto_the_last_line_signs_past_its_holders_name():
    text = ("Zapraszam na spotkanie informacyjne o programie grantowym, które odbędzie się 13 grudnia 2018 r. "
            "o godz. 11.00 w Sali Kolumnowej Urzędu Wojewódzkiego.\n\nZ wyrazami szacunku\n\nJan Nowak\n\n"
            "Pełnomocnik Wojewody Lubelskiego\nds. społeczeństwa obywatelskiego")
    assert _names(text) == ["Pełnomocnik Wojewody Lubelskiego ds. społeczeństwa obywatelskiego"]


@pytest.mark.parametrize("text, expected", [
    ("Serdecznie zapraszam na spotkanie konsultacyjne, które odbędzie się 10 listopada 2024 r. o godzinie 17.00 "
     "w sali nr 12.\nJan Nowak, Burmistrz Lipna", ["Jan Nowak, Burmistrz Lipna"]),
    # with a body signing under it and a line of contact after them
    ("Serdecznie zapraszam na spotkanie konsultacyjne, które odbędzie się 10 listopada 2024 r. o godzinie 17.00.\n"
     "Jan Nowak, Burmistrz Lipna\nZarząd Lokalnej Grupy Działania „Puszcza”\nW sprawach organizacyjnych prosimy "
     "o kontakt z Panią Anną Lis tel. 85 682 64 45, e-mail: a.lis@lipno.pl",
     ["Jan Nowak, Burmistrz Lipna", "Zarząd Lokalnej Grupy Działania „Puszcza”"]),
])
def test_a_holder_signing_with_the_office_after_a_comma(text, expected):
    assert _names(text) == expected


def test_an_invitation_signed_above_the_programme_that_follows_it():
    text = ("Serdecznie zapraszam do udziału w konferencji „Aktywni seniorzy”, która odbędzie się 5 maja 2024 r. "
            "w sali sesyjnej Urzędu Miasta Lipna.\n\nAnna Nowak\nBurmistrz Miasta Lipna\n\nPROGRAM KONFERENCJI:\n\n"
            "11:00 – 11:20 Otwarcie konferencji – wystąpienie Jana Lisa, Zastępcy Burmistrza\n\nPANEL PIERWSZY:\n"
            "11:20 – 11:40 Formy aktywizacji seniorów – dr Adam Kowal\n11:40 – 12:00 Dzienny dom pobytu – Ewa Bąk\n"
            "12:00 – 12:30 Dyskusja\n\nPANEL DRUGI:\n12:30 – 13:00 Wolontariat seniorów – Jan Wilk\n"
            "13:00 – 13:30 Podsumowanie i zakończenie konferencji")
    assert _names(text) == ["Anna Nowak Burmistrz Miasta Lipna"]


@pytest.mark.parametrize("signed", [
    "Przewodniczący komisji\nRolnictwa i Ochrony Środowiska\n/-/ Jan Nowak",
    "Przewodnicząca Komisji\nOświaty i Kultury\n\n/-/ Anna Lis",
    "Przewodnicząca Komisji\nOświaty i Kultury",
])
def test_a_committees_office_signing_with_its_remit_on_the_next_line(signed):
    text = ("Zawiadamiam, że 6 maja 2016 r. o godz. 10.00 w sali narad odbędzie się posiedzenie komisji.\n"
            "1. Sprawy bieżące.\n\n" + signed)
    office, remit = signed.split("\n")[:2]
    assert _names(text) == [f"{office} {remit}"]


def test_the_people_a_panel_list_ends_the_page_with_sign_nothing():
    text = ("Muzeum Miejskie w Lipnie zaprasza na konferencję, która odbędzie się 5 maja 2024 r.\n\nProgram:\n\n"
            "Godzina 12.00\nPanel dyskusyjny\nW panelu wezmą udział:\n"
            "Anna Lis, Dyrektor Muzeum Regionalnego w Borkach,\nJan Kowal, Dyrektor Muzeum Wsi w Zalesiu")
    assert _names(text) == ["Muzeum Miejskie w Lipnie"]


def test_an_office_of_a_village_named_in_two_parts_signs_the_notice():
    text = ("Uprzejmie informuję mieszkańców sołectwa, że 27 września 2021 r. o godz. 18:30 odbędzie się zebranie "
            "wiejskie.\n\nSołtys wsi Stara Wieś – Zagóra\n\n/-/ Jan Kowal")
    assert _names(text) == ["Sołtys wsi Stara Wieś – Zagóra"]


def test_a_holder_and_office_joined_by_a_dash_on_the_last_line_sign():
    text = ("Zapraszam mieszkańców na zebranie wiejskie 5 maja 2024 r. o godz. 18.00 w świetlicy.\n\n"
            "Marcin Lis – Sołtys Lipowca")
    assert _names(text) == ["Marcin Lis – Sołtys Lipowca"]


def test_a_list_of_guests_with_their_offices_above_a_paragraph_signs_nothing():
    text = ("Zapraszamy na forum ośrodków pomocy do Borek (18-20 września)\n\n"
            "Anna Lis – Marszałek Województwa Borkowskiego\nJan Kot – Starosta Powiatu Borkowskiego\n\n"
            "18-20 września w Borkach odbędzie się Forum Ośrodków Pomocy Rodzinie. Forum przeznaczone jest "
            "dla dyrektorów i księgowych ośrodków, a patronat nad nim objęli marszałek i starosta.\n\n"
            "Stowarzyszenie Ośrodków Pomocy Rodzinie")
    assert "Jan Kot – Starosta Powiatu Borkowskiego" not in _names(text)


def test_the_office_under_the_signers_name_after_closing_words_signs_above_page_furniture():
    text = ("Zapraszam do udziału w warsztatach 5 maja 2023 r. o godz. 10.00 w siedzibie biura.\n\n"
            "Z poważaniem\nMałgorzata Lis\nPrezes LGD „Kraina wokół Lipna”\n\n"
            "Data opublikowania: 08:40, 22 lutego 2023\n\nKategorie: Aktualności, Ogłoszenia")
    assert _names(text) == ["Prezes LGD „Kraina wokół Lipna”"]


def test_a_signer_after_closing_words_at_the_end_of_a_flattened_last_line():
    text = ("Zapraszam na sesję Rady Miejskiej 5 maja 2020 r. o godz. 10.00 w sali obrad. Licząc na Państwa "
            "obecność, pozostaję z wyrazami szacunku, mgr Anna Lis Burmistrz Lipna |")
    assert _names(text) == ["mgr Anna Lis Burmistrz Lipna"]


@pytest.mark.parametrize("text, expected", [
    # the body signing the invitation, known by its acronym under the name of who writes for it,
    # beside the office whose meeting it is
    ("W dniu 5 marca 2026 r. o godz. 13.00 odbędzie się spotkanie Zastępcy Burmistrza Lipna z właścicielami "
     "sklepów. Serdecznie zapraszamy.\nAnna Lis\nGCPL", ["Zastępcy Burmistrza Lipna", "Anna Lis GCPL"]),
    # an acronym alone on the last line, signed by no one, is no signature
    ("W dniu 5 marca 2026 r. odbędzie się spotkanie. Serdecznie zapraszamy.\nGCPL", []),
])
def test_an_invitation_signed_by_a_body_known_by_its_acronym(text, expected):
    assert _names(text) == expected


def test_an_office_under_a_patrons_label_signs_nothing():
    text = ("Konferencja Naukowa\nLIPNO 3-4 GRUDNIA 2026\n\nPATRONAT HONOROWY:\n\nRektor Uniwersytetu w Lipnie\n\n"
            "Prezydent Miasta Lipna Jan Lis\n\nKOMITET NAUKOWY\n\nprof. dr hab. Anna Kowal")
    assert _names(text) == []


@pytest.mark.parametrize("text, expected", [
    # an invitation in the first person closing the page, its signer flattened onto the same line
    ("Spotkanie odbędzie się 16 maja 2012 roku w Domu Kultury. Serdecznie zapraszam na spotkanie. Starosta "
     "Opoczyński Jan Wieruszewski", ["Starosta Opoczyński Jan Wieruszewski"]),
    ("Spotkanie odbędzie się 16 maja 2012 roku w Domu Kultury. Serdecznie zapraszam na spotkanie. Wójt Gminy Borki "
     "Jan Lis", ["Wójt Gminy Borki Jan Lis"]),
    # (a credit after it signs nothing)
    ("Spotkanie odbędzie się 16 maja 2012 roku w Domu Kultury. Serdecznie zapraszamy. Fotografie Anna Lis", []),
])
def test_a_signer_after_a_closing_invitation_on_one_line(text, expected):
    assert [o.name for o in find_organisers(text)] == expected


def test_a_committees_remit_listed_over_two_signature_lines_keeps_the_whole_office():
    text = ("Posiedzenie Komisji odbędzie się 17 czerwca 2025 roku w sali 113 Starostwa.\nPorządek obrad:\n"
            "1. Otwarcie.\n2. Zakończenie obrad.\n\n"
            "    Przewodniczący Komisji Oświaty, Kultury, \n    Sportu i Współpracy z Organizacjami Pozarządowymi \n\n"
            "    Jan Kowalski\n")
    assert [o.name for o in find_organisers(text)] == [
        "Przewodniczący Komisji Oświaty, Kultury, Sportu i Współpracy z Organizacjami Pozarządowymi"]


def test_an_office_signing_with_a_body_joined_by_wraz_z_signs_with_it():
    text = ("Zebranie wiejskie odbędzie się w środę 26 sierpnia 2020 roku o godzinie 18.00 w Szkole Podstawowej.\n"
            "Zapraszamy mieszkańców.\n\nSołtys wraz z Radą Sołecką")
    assert [o.name for o in find_organisers(text)] == ["Sołtys", "Radą Sołecką"]


def test_a_village_s_head_signing_in_the_feminine():
    text = ("Zapraszam na zebranie wiejskie, które odbędzie się 12 marca 2024 r. o godz. 18 w świetlicy.\n\n"
            "Sołtyska Beata Lis\nRada Sołecka Borek")
    assert [o.name for o in find_organisers(text)] == ["Sołtyska Beata Lis", "Rada Sołecka Borek"]


def test_an_office_with_its_holder_under_a_letters_closing_words_signs_with_a_programme_after_it():
    text = ("Zaproszenie dla rodziców na spotkanie w przedszkolu dnia 8 lutego 2016 o godz. 17.00.\n\n"
            "Bardzo proszę o obecność.\n\nZ poważaniem:\nDyrektor Anna Lis\n\n\nProgram spotkania\n\n"
            "1. Powitanie gości przez dyrektora przedszkola.\n2. Wystąpienie dyrektora szkoły.\n3. Pytania rodziców.")
    assert _names(text) == ["Dyrektor Anna Lis"]
