"""The Polish analysis both backends index with: aligned streams, lemmas, folding, stop words."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.analysis import is_stopword, lemma_key, name_key, name_keys, query_word, streams, tokens
from index.document import display_name, index_document, region_codes
import jsonschema

from pipeline.schema import json_schema

# One validator for many records (pipeline.schema.validate re-checks the schema on every call).
validate = jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker()).validate

RECORDS = Path(__file__).resolve().parents[1] / "fixtures" / "records" / "records.jsonl"


def test_streams_are_aligned_word_for_word():
    text = "Spotkanie organizacji pozarządowych w Łęcznej (NIW-CRSO, 2021-2027)."
    surface, lemmas = streams(text)
    assert surface.split() == ["spotkanie", "organizacji", "pozarzadowych", "w", "lecznej", "niw", "crso",
                               "2021", "2027"]
    assert len(lemmas.split()) == len(surface.split())
    assert lemmas.split()[:5] == ["spotkanie", "organizacja", "pozarzadowy", "w", "leczna"]
    toks = tokens(text)
    assert [t.surface for t in toks] == surface.split()
    assert [text[t.start:t.end] for t in toks][4:7] == ["Łęcznej", "NIW", "CRSO"]


@pytest.mark.parametrize("form, key", [
    ("spotkaniu", "spotkanie"), ("organizacjach", "organizacja"), ("Łęcznej", "leczna"),
    ("Leczna", "leczna"), ("Łodzi", "lodz"), ("Lodz", "lodz"), ("konsultacji", "konsultacja"),
    ("Krakowie", "krakow"), ("Kraków", "krakow"), ("Zamościu", "zamosc"), ("2021", "2021"),
])
def test_inflected_and_diacritic_free_forms_meet_on_one_lemma(form, key):
    assert lemma_key(form) == key


def test_query_words_get_the_same_analysis_as_text():
    word = query_word("Łęcznej")
    assert word.surfaces == ("lecznej",) and word.lemmas == ("leczna",)
    assert query_word("NIW-CRSO").surfaces == ("niw", "crso")
    assert query_word("w").is_stopword and query_word("W").is_stopword
    assert not query_word("spotkanie").is_stopword
    assert is_stopword("dla") and not is_stopword("fundusz")


def test_names_in_any_case_share_a_key_and_show_in_the_nominative():
    assert name_key("Gminnego Ośrodka Pomocy Społecznej") == name_key("Gminny Ośrodek Pomocy Społecznej")
    # Diacritic-free spellings share the folded-words key.
    assert set(name_keys("Lodzkie")) & set(name_keys("łódzkie"))
    assert display_name("Wójta Gminy Cyców") == "Wójt Gminy Cyców"
    assert display_name("Urzędu Miasta Łodzi") == "Urząd Miasta Łodzi"
    assert display_name("Burmistrza Łęcznej") == "Burmistrz Łęcznej"  # the place stays as written
    # Names already in the nominative are kept as written.
    assert display_name("Burmistrz Łęcznej") == "Burmistrz Łęcznej"
    assert display_name("Wójt Gminy Ludwin") == "Wójt Gminy Ludwin"
    assert display_name("PFRON") == "PFRON"


def test_region_codes_from_the_most_specific_teryt():
    assert region_codes("0610033") == ("06", "0610", "0610033")
    assert region_codes("0610") == ("06", "0610", None)
    assert region_codes(None) == (None, None, None)


def _fixture_records():
    return [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fixture_records_follow_the_schema():
    records = _fixture_records()
    assert 40 <= len(records) <= 60
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        validate(record)
        for name in ("events", "organisers", "funding", "venues", "deadlines"):
            for item in record[name]:
                start, end = item["span"]
                assert record["text"][start:end] == item["text"]


def test_index_document_fields():
    record = next(r for r in _fixture_records() if r["title"].startswith("Warsztaty rodzinne"))
    doc = index_document(record)
    assert doc["organiser"] == ["Gminny Ośrodek Pomocy Społecznej w Łęcznej"]  # written "Gminnego Ośrodka…"
    assert doc["organiser_key"] == ["gminny osrodek pomoc spoleczny w leczna",
                                    "gminny osrodek pomocy spolecznej w lecznej"]
    assert (doc["voivodeship_code"], doc["powiat_code"], doc["gmina_code"]) == ("06", "0610", "0610033")
    assert doc["gmina"] == "Łęczna" and doc["gmina_key"] == ["leczna"]
    assert doc["voivodeship_key"] == ["lubelski", "lubelskie"]
    assert doc["event_days"] == [20261008] and doc["event_first"] == 20261008
    assert doc["months"] == ["2026-10"] and doc["published_day"] == 20250915
    assert len(doc["surface"].split()) == len(doc["lemmas"].split())
    json.dumps(doc)  # plain JSON, so a cluster backend can send it as is


def test_multi_day_events_cover_every_day():
    record = next(r for r in _fixture_records() if "23-24 listopada 2021" in r["text"])
    doc = index_document(record)
    assert doc["event_days"] == [20211123, 20211124]
    assert doc["months"] == ["2021-11"]
