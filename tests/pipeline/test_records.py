"""The record built from a page and its extraction follows the published JSON Schema."""
from __future__ import annotations

import jsonschema
import pytest

from pipeline.records import make_record
from pipeline.schema import json_schema, record_id, validate

PAGE = {"url": "https://leczna.pl/aktualnosc/spotkanie-6261", "source_id": "jst-0610033",
        "source_type": "municipal", "title": "Spotkanie NGO", "text": "Spotkanie 26.10.2023, godz. 15:00-17:30.",
        "published": "2023-10-10", "fetched_at": "2026-11-21T12:00:00+00:00", "relevance": 0.9,
        "relevance_reasons": ["cue: spotkanie"], "attachments": []}
EXTRACTION = {"published": None, "events": [{"start": "2023-10-26T15:00", "end": "2023-10-26T17:30",
                                             "text": "26.10.2023, godz. 15:00-17:30", "span": [10, 39]}],
              "deadlines": [], "venues": [], "organisers": [], "funding": [],
              "contacts": {"emails": [], "phones": [], "urls": []}, "event_type": "spotkanie",
              "status": "past", "region": {"teryt": "0610033", "voivodeship": "lubelskie",
                                           "powiat": "łęczyński", "gmina": "Łęczna"},
              "extractor_version": "test"}


def test_record_from_page_and_extraction_is_valid():
    record = make_record(PAGE, EXTRACTION)
    validate(record)
    assert record["id"] == record_id(PAGE["url"])
    assert record["published"] == "2023-10-10", "the page's own date wins"
    assert record["events"][0]["start"] == "2023-10-26T15:00"
    assert record["relevance"] == {"score": 0.9, "reasons": ["cue: spotkanie"]}


def test_schema_rejects_a_malformed_event_date():
    record = make_record(PAGE, {**EXTRACTION, "events": [{"start": "19.10.2023", "end": None, "text": "x",
                                                          "span": [0, 1]}]})
    with pytest.raises(jsonschema.ValidationError):
        validate(record)


def test_schema_is_itself_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(json_schema())
