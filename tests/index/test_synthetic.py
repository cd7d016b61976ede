"""The benchmark's synthetic records: valid, deterministic, and varied enough to measure with."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import jsonschema

from pipeline.schema import json_schema

# One validator for many records (pipeline.schema.validate re-checks the schema on every call).
validate = jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker()).validate

_SPEC = importlib.util.spec_from_file_location(
    "bench_synthetic", Path(__file__).resolve().parents[2] / "bench" / "synthetic.py")
synthetic = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(synthetic)
generate_records = synthetic.generate_records


def test_synthetic_records_are_valid_and_deterministic():
    records = list(generate_records(200))
    assert [r["id"] for r in generate_records(50)] == [r["id"] for r in records[:50]]
    assert len({r["id"] for r in records}) == 200
    for record in records:
        validate(record)
        for name in ("events", "organisers", "funding", "deadlines"):
            for item in record[name]:
                start, end = item["span"]
                assert record["text"][start:end] == item["text"]
    assert len({r["region"]["voivodeship"] for r in records}) == 16
    assert len({r["event_type"] for r in records}) >= 7
    assert {r["source_type"] for r in records} == {"municipal", "rops", "ngo"}
    years = {int((r["published"] or "2000")[:4]) for r in records} - {2000}
    assert min(years) <= 2011 and max(years) >= 2025
