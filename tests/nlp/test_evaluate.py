"""The scorer counts by the annotation guide's rules, so every reported figure means the same."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from nlp.evaluate import (
    GoldFormatError,
    GoldItem,
    format_report,
    load_gold,
    score_all,
    score_record,
)
from nlp.eval_matching import normalise_phone, token_f1
from seedkit import SEED_IDS, SEEDS, requires_seeds

EVAL_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "eval"
GOLD = EVAL_DIR / "gold.jsonl"


def gold(**fields):
    base = {"published": None, "events": [], "deadlines": [], "venues": [], "organisers": [],
            "funding": [], "event_type": "spotkanie", "contacts": {"emails": [], "phones": [], "urls": []}}
    base.update(fields)
    return base


def ev(start, end=None, text="x", span=(0, 1)):
    return {"start": start, "end": end, "text": text, "span": list(span)}


# --------------------------------------------------------------------------- events and time

def test_event_matches_by_date_and_time_accuracy_counts_hh_mm():
    g = gold(events=[{"start": "2025-01-22T16:00", "end": "2025-01-22T18:30"}])
    right = score_record("a", g, {"events": [ev("2025-01-22T16:00", "2025-01-22T18:30")]})
    wrong_time = score_record("a", g, {"events": [ev("2025-01-22T18:00")]})
    no_time = score_record("a", g, {"events": [ev("2025-01-22")]})
    for s in (right, wrong_time, no_time):
        assert (s.counts["events"].tp, s.counts["events"].fp, s.counts["events"].fn) == (1, 0, 0)
    assert right.accuracy["event time"].as_dict()["accuracy"] == 1.0
    assert wrong_time.accuracy["event time"].correct == 0 and wrong_time.accuracy["event time"].total == 1
    assert no_time.accuracy["event time"].correct == 0


def test_wrong_date_is_one_false_positive_and_one_miss_and_time_counts_as_wrong():
    s = score_record("a", gold(events=[{"start": "2017-07-19T14:00", "end": None}]),
                     {"events": [ev("2017-07-17T14:00")]})
    c = s.counts["events"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)
    assert (s.accuracy["event time"].correct, s.accuracy["event time"].total) == (0, 1)


def test_gold_events_without_time_do_not_enter_time_accuracy():
    s = score_record("a", gold(events=[{"start": "2015-03-23", "end": None}]), {"events": [ev("2015-03-23T10:00")]})
    assert s.counts["events"].tp == 1
    assert s.accuracy["event time"].total == 0


def test_unknown_gold_year_matches_any_year_but_month_and_day_must_agree():
    g = gold(events=[{"start": "XXXX-05-12", "end": None}], deadlines=["XXXX-05-08"])
    s = score_record("a", g, {"events": [ev("2031-05-12")], "deadlines": [{"date": "2031-05-08"}]})
    assert s.counts["events"].tp == 1 and s.counts["deadlines"].tp == 1
    s = score_record("a", g, {"events": [ev("2031-05-13")], "deadlines": [{"date": "2031-08-05"}]})
    assert s.counts["events"].tp == 0 and s.counts["deadlines"].tp == 0


def test_one_prediction_matches_only_one_gold_event():
    g = gold(events=[{"start": "2025-02-03T10:00", "end": None}, {"start": "2025-02-03T14:00", "end": None}])
    s = score_record("a", g, {"events": [ev("2025-02-03T10:00")]})
    assert (s.counts["events"].tp, s.counts["events"].fn) == (1, 1)
    # a duplicate prediction of the same gold event is a false positive
    s = score_record("a", gold(events=[{"start": "2025-02-03T10:00", "end": None}]),
                     {"events": [ev("2025-02-03T10:00"), ev("2025-02-03T10:00")]})
    assert (s.counts["events"].tp, s.counts["events"].fp) == (1, 1)


def test_same_day_events_pair_by_time_whatever_the_prediction_order():
    g = gold(events=[{"start": "2025-02-03T10:00", "end": None}, {"start": "2025-02-03T14:00", "end": None}])
    s = score_record("a", g, {"events": [ev("2025-02-03T14:00"), ev("2025-02-03T10:00")]})
    assert s.counts["events"].tp == 2
    assert s.accuracy["event time"].correct == 2


def test_deadlines_accept_plain_strings_and_objects():
    g = gold(deadlines=["2025-01-20"])
    assert score_record("a", g, {"deadlines": ["2025-01-20"]}).counts["deadlines"].tp == 1
    assert score_record("a", g, {"deadlines": [{"date": "2025-01-20", "text": "do 20 stycznia"}]}).counts["deadlines"].tp == 1


# --------------------------------------------------------------------------- fuzzy fields

def test_token_f1_uses_five_character_prefixes_so_inflection_still_matches():
    assert token_f1("Wójt Gminy Czernica", "Wójta Gminy Czernica") == pytest.approx(2 / 3)
    assert token_f1("Regionalny Ośrodek Polityki Społecznej w Lublinie",
                    "Regionalnego Ośrodka Polityki Społecznej w Lublinie") == 1.0
    assert token_f1("Fundusze Europejskie dla Dolnego Śląska 2021-2027",
                    "Funduszy Europejskich dla Dolnego Śląska 2021-2027") == 1.0
    assert token_f1("Centrum OPUS", "Stowarzyszenie RCWIP") == 0.0


def test_venue_joins_name_address_and_city_and_needs_half_the_tokens():
    g = gold(venues=[{"name": "Ośrodek 3 Piętra", "address": "ul. 28 Pułku Strzelców Kaniowskich 71/73", "city": "Łódź"}])
    near = {"name": None, "address": "ul. 28 Pułku Strzelców Kaniowskich 71/73", "city": "Łódź"}
    city_only = {"name": None, "address": None, "city": "Łódź"}
    assert score_record("a", g, {"venues": [near]}).counts["venues"].tp == 1
    s = score_record("a", g, {"venues": [city_only]})
    assert (s.counts["venues"].tp, s.counts["venues"].fp, s.counts["venues"].fn) == (0, 1, 1)


def test_organisers_match_one_to_one():
    g = gold(organisers=["Wójta Gminy Czernica", "Gminnego Ośrodka Pomocy Społecznej"])
    s = score_record("a", g, {"organisers": [{"name": "Wójt Gminy Czernica"}, {"name": "Wójt Gminy Czernica"}]})
    c = s.counts["organisers"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)


def test_funding_matches_on_funder_and_programme_is_scored_separately():
    g = gold(funding=[{"funder": "Europejski Fundusz Społeczny Plus",
                       "programme": "Fundusze Europejskie dla Dolnego Śląska 2021-2027", "evidence": "..."}])
    s = score_record("a", g, {"funding": [{"funder": "Europejski Fundusz Społeczny Plus",
                                           "programme": "Fundusze Europejskie dla Dolnego Śląska 2021-2027"}]})
    assert s.counts["funding"].tp == 1 and s.accuracy["funding programme"].correct == 1
    s = score_record("a", g, {"funding": [{"funder": "Europejski Fundusz Społeczny Plus", "programme": None}]})
    assert s.counts["funding"].tp == 1 and s.accuracy["funding programme"].correct == 0
    s = score_record("a", g, {"funding": [{"funder": "Narodowy Instytut Wolności", "programme": None}]})
    assert (s.counts["funding"].fp, s.counts["funding"].fn) == (1, 1)


# --------------------------------------------------------------------------- acceptable answers

def test_acceptable_answer_is_neither_true_nor_false_positive():
    g = gold(organisers=["Łęczyńskie Stowarzyszenie Inicjatyw Społecznych"],
             acceptable={"organisers": ["Gmina Łęczna"]})
    s = score_record("a", g, {"organisers": [{"name": "Łęczyńskie Stowarzyszenie Inicjatyw Społecznych"},
                                             {"name": "Gminy Łęczna"}]})
    assert (s.counts["organisers"].tp, s.counts["organisers"].fp, s.counts["organisers"].fn) == (1, 0, 0)
    # an acceptable answer does not stand in for the required one
    s = score_record("a", g, {"organisers": [{"name": "Gmina Łęczna"}]})
    assert (s.counts["organisers"].tp, s.counts["organisers"].fp, s.counts["organisers"].fn) == (0, 0, 1)


def test_acceptable_venue_string_and_event_and_event_type():
    g = gold(event_type="szkolenie", events=[{"start": "2024-11-19T09:00", "end": "2024-11-20T15:00"}],
             acceptable={"venues": ["Lublin"], "events": [{"start": "2024-11-20T09:00", "end": None}],
                         "event_type": ["inne"]})
    s = score_record("a", g, {"venues": [{"name": None, "address": None, "city": "Lublin"}],
                              "events": [ev("2024-11-19T09:00"), ev("2024-11-20T09:00")], "event_type": "inne"})
    assert s.counts["venues"].fp == 0
    assert (s.counts["events"].tp, s.counts["events"].fp) == (1, 0)
    assert s.accuracy["event type"].total == 0


# --------------------------------------------------------------------------- extra lines

def test_contacts_normalise_phones_to_digits_and_urls_loosely():
    assert normalise_phone("+48 789 059 281") == normalise_phone("789-059-281") == "789059281"
    g = gold(contacts={"emails": ["J.Herok@czernica.pl"], "phones": ["tel. 426327977"], "urls": ["www.kornik.pl"]})
    s = score_record("a", g, {"contacts": {"emails": ["j.herok@czernica.pl"], "phones": ["42 632 79 77"],
                                           "urls": ["http://www.kornik.pl/"]}})
    assert [s.counts[k].tp for k in ("emails", "phones", "urls")] == [1, 1, 1]


def test_published_and_event_type_are_accuracies():
    g = gold(published="2017-06-28", event_type="konferencja")
    s = score_record("a", g, {"published": "2017-06-28", "event_type": "spotkanie"})
    assert s.accuracy["published"].correct == 1 and s.accuracy["event type"].correct == 0
    s = score_record("a", gold(), {"published": "2020-01-01"})
    assert s.accuracy["published"].correct == 0


def test_micro_average_sums_counts_over_records_before_dividing():
    items = [GoldItem("a", "", gold(events=[{"start": f"2025-01-0{d}", "end": None} for d in range(1, 10)])),
             GoldItem("b", "", gold(events=[{"start": "2025-02-01", "end": None}]))]
    predictions = [{"events": [ev(f"2025-01-0{d}") for d in range(1, 10)]}, {"events": [ev("2025-02-02")]}]
    total = score_all(items, predictions)
    c = total.counts["events"]
    assert (c.tp, c.fp, c.fn) == (9, 1, 1)
    assert c.precision == pytest.approx(0.9) and c.recall == pytest.approx(0.9)   # macro would be 0.5
    assert total.records == 2
    report = format_report(total, show_errors=True)
    assert "events" in report and "missed 2025-02-01" in report


def test_empty_prediction_has_zero_recall_and_nothing_found_in_nothing_is_perfect():
    s = score_record("a", gold(events=[{"start": "2025-01-01", "end": None}]), {})
    assert s.counts["events"].recall == 0.0 and s.counts["events"].f1 == 0.0
    s = score_record("a", gold(), {"events": []})
    assert s.counts["events"].f1 == 1.0


# --------------------------------------------------------------------------- reading gold

def test_load_gold_resolves_files_relative_to_gold_and_reads_inline_text(tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Spotkanie 19.10.2023", encoding="utf-8")
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "file": "texts/a.txt", "gold": gold()}) + "\n\n"
                    + json.dumps({"id": "b", "text": "inline", "gold": gold()}) + "\n", encoding="utf-8")
    items = load_gold(path)
    assert [(i.id, i.text) for i in items] == [("a", "Spotkanie 19.10.2023"), ("b", "inline")]


@pytest.mark.parametrize("line, message", [
    ("{not json", "not JSON"),
    (json.dumps({"id": "x", "gold": {}}), "needs a 'text' or a 'file'"),
    (json.dumps({"id": "x", "file": "missing.txt", "gold": {}}), "cannot read"),
    (json.dumps(["x"]), "'gold' object"),
])
def test_load_gold_names_the_bad_line(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=rf"gold.jsonl:1: .*{re.escape(message)}"):
        load_gold(path)


# --------------------------------------------------------------------------- the project's set

def _valid_when(value, *, time_allowed=True):
    match = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?", value or "")
    if not match or (match.group(4) and not time_allowed):
        return False
    year = 2024 if match.group(1) == "XXXX" else int(match.group(1))   # a leap year for XXXX-02-29
    dt.date(year, int(match.group(2)), int(match.group(3)))
    return not match.group(4) or (int(match.group(4)) < 24 and int(match.group(5)) < 60)


def test_evaluation_set_is_consistent_with_its_texts():
    """Every annotated name, address, evidence and contact occurs in its text; every date is valid."""
    items = load_gold(GOLD)
    assert len(items) >= 80
    assert len({i.id for i in items}) == len(items)
    for item in items:
        g, text = item.gold, item.text
        flat = " ".join(text.split())
        assert g["published"] is None or _valid_when(g["published"], time_allowed=False), item.id
        for event in g["events"]:
            assert _valid_when(event["start"]), item.id
            assert event["end"] is None or _valid_when(event["end"]), item.id
            assert event["end"] is None or event["end"][:10] >= event["start"][:10], item.id
        for deadline in g["deadlines"]:
            assert _valid_when(deadline, time_allowed=False), item.id
        for venue in g["venues"]:
            for key in ("name", "address"):
                assert venue[key] is None or venue[key] in text, (item.id, venue[key])
            assert venue["city"], item.id
        for organiser in g["organisers"]:
            assert organiser in text, (item.id, organiser)
        for funding in g["funding"]:
            assert funding["evidence"] in text and funding["funder"], (item.id, funding)
        for kind in ("emails", "phones", "urls"):
            for value in g["contacts"][kind]:
                assert value in text or value in flat, (item.id, value)
        assert g["event_type"] in {"spotkanie", "konferencja", "szkolenie", "warsztaty", "konsultacje",
                                   "debata", "forum", "inne"}, item.id


def test_evaluation_set_is_self_contained():
    """The set is the project's own 103 composites, each text in its `texts/` folder; real
    announcements are read from ../shared, never kept here."""
    lines = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) == 103
    for line in lines:
        assert (EVAL_DIR / line["file"]).resolve().parent == EVAL_DIR / "texts", line["id"]


@requires_seeds
def test_the_seeds_gold_reads_its_texts_from_its_own_folder():
    """`civic eval ../shared/seeds/gold.jsonl` finds the seed texts beside their gold."""
    items = load_gold(SEEDS / "gold.jsonl")
    assert [item.id for item in items] == list(SEED_IDS)
    assert all(item.text.strip() for item in items)


# --------------------------------------------------------------------------- the command

def test_civic_eval_scores_given_predictions_and_prints_each_field(tmp_path, capsys):
    from pipeline.cli import main

    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps({"id": "a", "text": "Spotkanie 19.10.2023 o 14:00 w Łęcznej.",
                                     "gold": gold(events=[{"start": "2023-10-19T14:00", "end": None}],
                                                  venues=[{"name": None, "address": None, "city": "Łęczna"}])}) + "\n",
                         encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(json.dumps({"events": [ev("2023-10-19T14:00")], "venues": [],
                                       "event_type": "spotkanie"}) + "\n", encoding="utf-8")
    assert main(["eval", str(gold_path), "--predictions", str(predictions), "--show-errors"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^events\s+1\s+1\s+1\s+0\s+0\s+1\.000\s+1\.000\s+1\.000$", out, re.M)
    assert re.search(r"^venues\s+1\s+0\s+0\s+0\s+1\s+0\.000\s+0\.000\s+0\.000$", out, re.M)
    assert re.search(r"^event time\s+1\s+1\s+1\.000$", out, re.M)
    assert "missed Łęczna" in out

    assert main(["eval", str(gold_path), "--predictions", str(predictions), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["fields"]["events"]["f1"] == 1.0 and report["accuracy"]["event time"]["total"] == 1


def test_civic_eval_rejects_bad_input_with_one_line(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["eval", str(tmp_path / "missing.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps({"id": "a", "text": "x", "gold": gold()}) + "\n", encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text("{}\n{}\n", encoding="utf-8")
    assert main(["eval", str(gold_path), "--predictions", str(predictions)]) == 2
    assert "2 predictions for 1 gold records" in capsys.readouterr().err
