"""The extractor as the crawl pipeline and `civic extract` use it: one spaCy pipeline,
every value with its evidence, records valid against the published schema."""
import datetime as dt

import pytest

from nlp import EXTRACTOR_VERSION, Extractor
from nlp.evaluate import score_record
from pipeline.records import make_record
from pipeline.schema import validate
from seedkit import SEED_IDS, requires_seeds, seed_records, seed_text

TODAY = dt.date(2026, 11, 21)


def _seeds() -> list[tuple[str, str, dict]]:
    """(id, text, gold) of the seed announcements, read from ../shared (skips without them)."""
    return [(record["id"], seed_text(record), record["gold"]) for record in seed_records()]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(today=TODAY)


def _evidence_items(result: dict):
    for field in ("events", "deadlines", "venues", "organisers", "funding"):
        yield from result[field]


def test_pipeline_is_a_spacy_language_with_registered_components(extractor):
    assert extractor.nlp.lang == "pl"
    assert extractor.nlp.pipe_names == ["civic_dates", "civic_contacts", "civic_venues", "civic_organisers",
                                        "civic_funding", "civic_classify", "civic_region"]


@requires_seeds
@pytest.mark.parametrize("seed_id", SEED_IDS)
def test_seed_dates_deadlines_and_funding(extractor, seed_id):
    _, text, gold = next(s for s in _seeds() if s[0] == seed_id)
    result = extractor.extract(text)
    assert result["published"] == gold["published"]
    assert [(e["start"], e["end"]) for e in result["events"]] == [(e["start"], e["end"]) for e in gold["events"]]
    assert [d["date"] for d in result["deadlines"]] == gold["deadlines"]
    assert [(f["funder"], f["programme"]) for f in result["funding"]] == \
        [(f["funder"], f["programme"]) for f in gold["funding"]]
    assert _misses_and_spurious(seed_id, gold, result, "organisers") == (0, 0)
    assert result["extractor_version"] == EXTRACTOR_VERSION


def _misses_and_spurious(rid, gold, result, field):
    """By the guide's matching rule (acceptable answers are neither right nor wrong)."""
    counts = score_record(rid, gold, result).counts[field]
    return counts.fn, counts.fp


def test_seed_venues_with_city_from_text_or_source_region(extractor):
    seeds = {sid: (text, gold) for sid, text, gold in _seeds()}
    text, gold = seeds["002"]
    result = extractor.extract(text)
    assert _misses_and_spurious("002", gold, result, "venues") == (0, 0)
    assert result["region"] == {"teryt": "0223012", "voivodeship": "dolnośląskie", "powiat": "wrocławski",
                                "gmina": "Czernica"}
    text, gold = seeds["001"]
    result = extractor.extract(text, source_region="0610033")
    assert _misses_and_spurious("001", gold, result, "venues") == (0, 0)
    assert {v["city"] for v in result["venues"]} == {"Łęczna"}
    assert result["region"]["powiat"] == "łęczyński"


def test_region_falls_back_to_the_source_region(extractor):
    _, text, _ = next(s for s in _seeds() if s[0] == "004")
    result = extractor.extract(text, source_region="1862011")
    assert result["venues"] == []
    assert result["region"] == {"teryt": "1862011", "voivodeship": "podkarpackie", "powiat": "Przemyśl",
                                "gmina": "Przemyśl"}


def test_every_value_points_at_its_evidence(extractor):
    for _, text, _ in _seeds():
        result = extractor.extract(text)
        for item in _evidence_items(result):
            start, end = item["span"]
            assert text[start:end] == item["text"]


def test_records_built_from_extractions_validate_against_the_schema(extractor):
    for sid, text, _ in _seeds():
        extraction = extractor.extract(text, source_region="06")
        page = {"url": f"https://example.org/{sid}", "source_id": "seed", "source_type": "ngo", "title": sid,
                "text": text, "published": None, "fetched_at": "2026-11-21T12:00:00Z"}
        validate(make_record(page, extraction))


def test_batches_give_the_same_results_in_order(extractor):
    seeds = _seeds()
    items = [(text, {"published": gold["published"], "source_region": None, "title": sid})
             for sid, text, gold in seeds]
    batched = list(extractor.extract_many(items, batch_size=2))
    single = [extractor.extract(text, published=ctx["published"], title=ctx["title"]) for text, ctx in items]
    assert batched == single


def test_given_publication_date_resolves_years(extractor):
    text = "Spotkanie odbędzie się 19 lipca br. o godz. 14:00 w sali konferencyjnej Urzędu Gminy Sawin."
    result = extractor.extract(text, published=dt.date(2021, 6, 1))
    assert result["published"] == "2021-06-01"
    assert result["events"][0]["start"] == "2021-07-19T14:00"
    assert result["status"] == "past"


def test_bad_input_is_a_clear_error(extractor):
    with pytest.raises(TypeError):
        extractor.extract(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="published"):
        extractor.extract("Tekst", published="wczoraj")
    empty = extractor.extract("")
    assert empty["events"] == [] and empty["venues"] == [] and empty["event_type"] == "inne"


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ĄŁź.,\n\t\r\u00a0-")), max_size=60))
def test_tokenizer_keeps_the_text_exactly(text):
    nlp = _shared_nlp()
    assert nlp.make_doc(text).text == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ĄŁź.,\n\t\r\u00a0\u2028-")), max_size=60))
def test_tokens_are_the_words_between_white_space(text):
    doc = _shared_nlp().make_doc(text)
    assert [t.text for t in doc if not t.text.isspace()] == text.split()
    assert all(t.text.isspace() or not any(ch.isspace() for ch in t.text) for t in doc)


def test_a_paragraph_break_stays_a_token_of_its_own():
    doc = _shared_nlp().make_doc("Zebranie wiejskie.\n\nMiejsce:  świetlica w Borkach")
    assert [t.text for t in doc] == ["Zebranie", "wiejskie.", "\n\n", "Miejsce:", " ", "świetlica", "w", "Borkach"]


_NLP = []


def _shared_nlp():
    if not _NLP:
        from nlp.pipeline import build

        _NLP.append(build())
    return _NLP[0]


def test_a_related_articles_list_adds_no_venue(extractor):
    text = ("Zebranie wiejskie odbędzie się 14 marca 2024 r. o godz. 18:00 w świetlicy wiejskiej w Wierzbicy, "
            "ul. Kolejowa 12.\n\nInne aktualności\nDzień Kobiet w Gminnym Ośrodku Kultury – 8 marca 2024\n")
    result = extractor.extract(text)
    assert [(v["name"], v["address"]) for v in result["venues"]] == [("świetlicy wiejskiej w Wierzbicy", "ul. Kolejowa 12")]


def test_other_news_of_the_town_after_the_article_add_no_venue(extractor):
    text = ("Spotkanie z mieszkańcami osiedla odbędzie się 27 listopada 2025 r. o godz. 16:00 w Szkole Podstawowej "
            "nr 9 przy ul. Miłej 58 w Lipnie. Ankieta jest anonimowa.\n\nReklama\n\nKomentarze\n\n"
            "Pozostałe wiadomości z Lipna\n\nLipno\n\nKiermasz \"Niezła Sztuka\" w Galerii Lipowej\n\n"
            "Winyle, płyty i książki czekać będą na odwiedzających w sobotę.")
    result = extractor.extract(text)
    assert [v["name"] for v in result["venues"]] == ["Szkole Podstawowej nr 9"]


def test_region_trusts_a_town_outside_the_source_area_only_when_its_name_is_unambiguous(extractor):
    from nlp.gazetteer import gazetteer
    from nlp.regions import region_for

    gaz = gazetteer()
    # the source's own village of a common name
    assert region_for(gaz, [{"city": "Stara Wieś"}], "0610033")["gmina"] == "Łęczna"
    # the only town of the name, outside the source's gmina
    assert region_for(gaz, [{"city": "Zamość"}], "0610033")["teryt"] == "0664011"
    # a name many villages of the voivodeship share: the regional source keeps its region
    assert region_for(gaz, [{"city": "Stara Wieś"}], "06") == {"teryt": "06", "voivodeship": "lubelskie",
                                                                "powiat": None, "gmina": None}
    text = ("Spotkania konsultacyjne:\n- 24 września 2026 r., godz. 10:00 – Zamość, Zamojski Dom Kultury, "
            "ul. Partyzantów 13.")
    assert extractor.extract(text, source_region="06")["region"]["gmina"] == "Zamość"


def test_venues_in_several_towns_give_the_unit_that_holds_them_all(extractor):
    text = ("Otwarte spotkania konsultacyjne:\n"
            "- 22 września 2026 r., godz. 10:00 – Biała Podlaska, Starostwo Powiatowe, ul. Brzeska 41,\n"
            "- 1 października 2026 r., godz. 10:00 – Puławy, Centrum Usług Społecznych, ul. Partyzantów 3.")
    result = extractor.extract(text, source_region="06")
    assert [v["city"] for v in result["venues"]] == ["Biała Podlaska", "Puławy"]
    assert result["region"] == {"teryt": "06", "voivodeship": "lubelskie", "powiat": None, "gmina": None}


def test_same_named_villages_resolve_near_the_source(extractor):
    text = "Dyskusja publiczna odbędzie się 2 grudnia 2026 r. o godz. 16:00 w Świetlicy Wiejskiej w Podłężu, ul. Krakowska 150."
    result = extractor.extract(text, source_region="1219043")
    assert [v["city"] for v in result["venues"]] == ["Podłęże"]
    assert result["region"]["gmina"] == "Niepołomice"


def test_a_table_flattened_into_one_line_is_read_row_by_row(extractor):
    text = ("Zebrania wiejskie w sołectwach Gminy Borki.\n\nHARMONOGRAM ZEBRAŃ     Lp.\tSołectwo\tData\tGodzina\t"
            "Miejsce  1.\t LIPNO \t3 marca 2023\t10:00\tŚwietlica Wiejska  2.\t DĘBINA \t6 marca 2023\t17:30\t"
            "Remiza OSP  3.\t KALISZANY \t7 marca 2023\t18:00\tSzkoła Podstawowa\n\nZapraszamy mieszkańców!")
    result = extractor.extract(text)
    venues = [(v["name"], v["city"]) for v in result["venues"]]
    assert venues == [("Świetlica Wiejska", "Lipno"), ("Remiza OSP", "Dębina"), ("Szkoła Podstawowa", "Kaliszany")]
    assert [result["venues"][e["venue"]]["city"] for e in result["events"]] == ["Lipno", "Dębina", "Kaliszany"]
    for value in _evidence_items(result):
        assert text[value["span"][0]:value["span"][1]] == value["text"]   # quoted from the page as it came


def test_a_paragraph_wrapped_mid_sentence_is_read_as_one_sentence(extractor):
    text = ("Sołtysi podsumowali rok | 11.10.2017\n"
            "W dniach 5-6 października odbyło się spotkanie\n"
            "w Kaliszanach, a jego gospodarzem był wójt gminy Borki.")
    result = extractor.extract(text)
    assert [v["city"] for v in result["venues"]] == ["Kaliszany"]
    assert [(e["start"], e["end"]) for e in result["events"]] == [("2017-10-05", "2017-10-06")]
    for value in _evidence_items(result):
        assert text[value["span"][0]:value["span"][1]] == value["text"]


def test_a_line_ending_in_a_quoted_name_runs_on_into_the_lower_case_line_after_it(extractor):
    # the subject's quoted name closes its line; its verb, after an adverbial participle's phrase,
    # and the meeting's day and place follow on the next lines of the same sentences
    text = ("Stowarzyszenie Przyjaciół Wsi Lipowiec i Okolic „Razem”\n"
            "działając w ramach akcji „Głos mieszkańców” zaprasza wszystkich zainteresowanych na spotkanie.\n"
            "Kolejne spotkanie już w najbliższy czwartek (5 marca 2026 r.)\n"
            "w Szkole Podstawowej nr 2 w Lipowcu.")
    result = extractor.extract(text)
    assert [o["name"] for o in result["organisers"]] == ["Stowarzyszenie Przyjaciół Wsi Lipowiec i Okolic „Razem”"]
    assert [(e["start"], result["venues"][e["venue"]]["name"]) for e in result["events"]] == [
        ("2026-03-05", "Szkole Podstawowej nr 2 w Lipowcu")]


def test_a_name_run_over_the_wrap_of_a_wrapped_paragraph_is_one_name(extractor):
    # the paragraph is wrapped at a width (`osób` / `zagrożonych`), so a full line ending in a
    # word before a capital (`Małopolskiego` / `Ośrodka`) runs on too
    text = ("Celem jest wsparcie nowych placówek dla dzieci i młodzieży, osób starszych oraz osób\n"
            "zagrożonych wykluczeniem społecznym, w tym osób niepełnosprawnych, oraz przedsiębiorstw\n"
            "społecznych.\n\n"
            "W imieniu Stowarzyszenia Lipowa Dolina, Regionalnego Ośrodka Polityki Społecznej oraz Borkowskiego\n"
            "Ośrodka Wspierania Ekonomii Społecznej zapraszamy do udziału w spotkaniu, na którym będziemy omawiać\n"
            "nowe możliwości finansowania. Spotkanie odbędzie się 5 maja 2024 r. w Borkach.")
    result = extractor.extract(text)
    assert [o["name"] for o in result["organisers"]] == [
        "Stowarzyszenia Lipowa Dolina", "Regionalnego Ośrodka Polityki Społecznej",
        "Borkowskiego Ośrodka Wspierania Ekonomii Społecznej"]
    for value in _evidence_items(result):
        assert text[value["span"][0]:value["span"][1]] == value["text"]


def test_a_square_with_its_house_number_is_the_address_of_the_room(extractor):
    text = "Spotkanie odbędzie się 7 września 2023 r. o 17.30 w sali nr 4 Urzędu Miasta przy Zielonym Rynku 11/13."
    venues = extractor.extract(text)["venues"]
    assert [(v["name"], v["address"]) for v in venues] == [("sali nr 4 Urzędu Miasta", "Zielonym Rynku 11/13")]


def test_list_items_with_a_dash_glued_to_their_day(extractor):
    text = ("Komisje Rady Gminy Borki obradować będą przed sesją (26.04.2018):\n\n"
            "-18 kwietnia br. od godz. 8:00 obradować będzie Komisja Finansów;\n"
            "-20 kwietnia br. od godz. 9:00 obradować będzie Komisja Rolnictwa.")
    starts = [e["start"] for e in extractor.extract(text)["events"]]
    assert "2018-04-18T08:00" in starts and "2018-04-20T09:00" in starts


_ANNOUNCEMENT = ("Spotkanie odbędzie się 5 maja 2025 r. o godz. 17.00 w świetlicy wiejskiej w Borkach. "
                 "Organizatorem jest Fundacja Borki.")


def test_a_component_failing_on_a_document_costs_only_its_own_fields(monkeypatch):
    import nlp.organisers

    def broken(text):
        raise RuntimeError("unreadable\nsecond line")

    monkeypatch.setattr(nlp.organisers, "find_organisers", broken)   # read when the pipeline is built
    result = Extractor(today=TODAY).extract(_ANNOUNCEMENT)
    assert result["organisers"] == []
    assert result["errors"] == ["civic_organisers: RuntimeError: unreadable"]
    assert [e["start"] for e in result["events"]] == ["2025-05-05T17:00"]
    assert [v["city"] for v in result["venues"]] == ["Borki"]
    assert result["event_type"] == "spotkanie"
    validate(make_record({"url": "https://borki.example/a", "source_id": "borki", "text": _ANNOUNCEMENT,
                          "fetched_at": "2025-05-01T10:00:00+00:00"}, result))


def test_an_evaluation_counts_a_document_with_a_failed_component_and_scores_the_rest(monkeypatch):
    import nlp.organisers
    from nlp.eval_sets import extract_isolated
    from nlp.evaluate import GoldItem

    monkeypatch.setattr(nlp.organisers, "find_organisers", lambda text: 1 / 0)
    item = GoldItem("x1", _ANNOUNCEMENT, {"events": [{"start": "2025-05-05T17:00"}], "organisers": []})
    predictions, failures = extract_isolated([item], Extractor(today=TODAY))
    assert failures == [("x1", "civic_organisers: ZeroDivisionError: division by zero")]
    assert [e["start"] for e in predictions[0]["events"]] == ["2025-05-05T17:00"]


def test_a_document_every_component_reads_lists_no_errors(extractor):
    assert extractor.extract(_ANNOUNCEMENT)["errors"] == []


def test_villages_of_a_schedule_in_one_gmina_resolve_to_its_namesakes_there(extractor):
    # `Nowa Wieś` and `Łazy` name dozens of villages; the schedule's other villages, each the only
    # one of its name, lie in one gmina, which holds a `Nowa Wieś` and a `Łazy` of its own
    text = ("Wójt Gminy zaprasza mieszkańców na zebrania wiejskie:\n"
            "12 marca 2024 r. – Bukowie Dolne, Nowa Wieś\n"
            "13 marca 2024 r. – Wola Głupicka, Łazy\n")
    result = extractor.extract(text)
    assert [(e["start"], result["venues"][e["venue"]]["city"], e["region"]["gmina"]) for e in result["events"]] == [
        ("2024-03-12", "Bukowie Dolne", "Drużbice"), ("2024-03-12", "Nowa Wieś", "Drużbice"),
        ("2024-03-13", "Wola Głupicka", "Drużbice"), ("2024-03-13", "Łazy", "Drużbice")]
    assert result["region"]["gmina"] == "Drużbice"
    # villages that lie apart give no area: a name many places share stays unresolved
    apart = extractor.extract("Zebrania wiejskie:\n12 marca 2024 r. – Bukowie Dolne\n"
                              "13 marca 2024 r. – Żerań Mały\n14 marca 2024 r. – Nowa Wieś\n")
    assert [e["region"]["gmina"] for e in apart["events"]][:2] == ["Drużbice", "Olszewo-Borki"]
    assert apart["events"][2]["region"]["gmina"] not in ("Drużbice", "Olszewo-Borki")
