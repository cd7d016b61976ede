"""The source registry: national coverage, validation errors a user can act on, and the CLI."""
from __future__ import annotations

import csv
import json
import textwrap
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.errors import CivicError
from spiders.registry import COLUMNS, RegistryError, find_sources, load_registry, teryt_units

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM = ROOT / "spiders" / "sources" / "upstream"
HEADER = ",".join(COLUMNS)


def write(path: Path, body: str) -> Path:
    path.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    return path


def row(**cells: str) -> str:
    base = {"id": "ngo-x", "type": "ngo", "name": "X", "homepage": "https://x.example.org", "enabled": "true"}
    base.update(cells)
    return ",".join(f'"{v}"' if ("," in v or "\n" in v) else v for v in (base.get(c, "") for c in COLUMNS))


@pytest.fixture(scope="module")
def sources():
    return load_registry()


# ---- coverage ------------------------------------------------------------------------------------------
def test_every_jst_office_with_a_website_is_a_source(sources):
    with open(UPSTREAM / "jst_websites.csv", encoding="utf-8", newline="") as fh:
        upstream = list(csv.DictReader(fh))
    jst = [s for s in sources if s.id.startswith("jst-")]
    assert len(upstream) == len(jst) == 2825
    municipal_enabled = [s for s in sources if s.type == "municipal" and s.enabled]
    assert len(municipal_enabled) >= 2800
    by_level = {2: 0, 4: 0, 7: 0}
    for s in jst:
        by_level[len(s.region)] += 1
    assert by_level == {2: 16, 4: 314, 7: 2495}   # 2,477 gminas + 18 Warsaw districts


def test_every_region_is_a_teryt_code_and_municipal_sources_all_have_one(sources):
    units = teryt_units()
    for s in sources:
        if s.type in ("municipal", "rops"):
            assert s.region, s.id
        if s.region:
            assert s.region in units, (s.id, s.region)
    warsaw_districts = [s for s in sources if s.region and units[s.region].level == "dzielnica"]
    assert len(warsaw_districts) == 18


def test_all_sixteen_voivodeships_have_their_rops(sources):
    voivodeships = {code for code in teryt_units() if len(code) == 2}
    assert len(voivodeships) == 16
    rops = {s.region: s for s in sources if s.id == f"rops-{s.region}"}
    assert set(rops) == voivodeships
    assert all(s.type == "rops" and s.enabled for s in rops.values())
    uncertain = {code for code, s in rops.items() if s.confidence != "high"}
    assert uncertain == {"08", "14", "16", "26", "28", "32"}   # the medium and low rows of the upstream list
    assert all(rops[code].note for code in uncertain)


def test_ids_are_unique_and_readable(sources):
    ids = [s.id for s in sources]
    assert len(ids) == len(set(ids))
    assert find_sources(["jst-0610033", "rops-06"])[1].name.startswith("Regionalny Ośrodek Polityki Społecznej")


def test_rows_flagged_for_review_are_fixed_or_disabled_with_a_note(sources):
    by_id = {s.id: s for s in sources}
    with open(UPSTREAM / "jst_websites.csv", encoding="utf-8", newline="") as fh:
        review = [r for r in csv.DictReader(fh) if r["url_needs_review"] == "1"]
    assert len(review) == 7
    for r in review:
        ids = [i for i in by_id if i.startswith("jst-" + r["teryt6"])]
        assert len(ids) == 1
        assert by_id[ids[0]].note, ids[0]
    assert by_id["jst-1465198"].homepage == "http://www.zoliborz.org.pl"
    assert not by_id["jst-2810032"].enabled


def test_seed_sites_are_in_the_registry(sources):
    homepages = " ".join(s.homepage for s in sources)
    for host in ("leczna.pl", "czernica.pl/gops", "rops.lubelskie.pl", "przemysl.pl"):
        assert host in homepages, host
    notes = " ".join(s.note for s in sources)
    for seed in ("000", "001", "002", "003", "004"):
        assert f"seed announcement {seed}" in notes, seed


def test_generated_files_are_what_the_build_script_produces():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_registry", ROOT / "scripts" / "build_registry.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    sources_dir = ROOT / "spiders" / "sources"
    assert build.render(build.build_jst()) == (sources_dir / "jst.csv").read_text(encoding="utf-8")
    assert build.render(build.build_rops()) == (sources_dir / "rops.csv").read_text(encoding="utf-8")


# ---- validation ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("cells, field, words", [
    ({"region": "9999999"}, "region", "not a TERYT code"),
    ({"type": "gmina"}, "type", "not one of"),
    ({"homepage": "www.example.org"}, "homepage", "http"),
    ({"homepage": "http://www.zoliborz.org.p"}, "homepage", "top-level domain"),
    ({"enabled": "maybe"}, "enabled", "true/false"),
    ({"confidence": "sure"}, "confidence", "not one of"),
    ({"article_patterns": "/aktualnosci/(["}, "article_patterns", "regular expression"),
    ({"css": "titel=h1"}, "css", "unknown key"),
    ({"css": "title=h1[["}, "css", "invalid CSS selector"),
    ({"feeds": "feed.xml"}, "feeds", "http"),
    ({"id": "Jst 1"}, "id", "lower-case"),
    ({"type": "municipal"}, "region", "needs a TERYT code"),
])
def test_a_bad_row_is_reported_with_file_line_and_field(tmp_path, cells, field, words):
    path = write(tmp_path / "bad.csv", f"{HEADER}\n{row(id='ngo-ok')}\n{row(**cells)}\n")
    with pytest.raises(RegistryError) as info:
        load_registry([path])
    message = str(info.value)
    assert "bad.csv:3: field '" + field + "'" in message
    assert words in message
    assert isinstance(info.value, CivicError)


def test_line_numbers_count_multi_line_cells(tmp_path):
    good = row(id="ngo-a", note="first line")
    multi = row(id="ngo-b", note="a note\nover two lines")
    path = write(tmp_path / "multi.csv", f"{HEADER}\n{good}\n{multi}\n{row(id='ngo-c', region='77')}\n")
    with pytest.raises(RegistryError) as info:
        load_registry([path])
    assert "multi.csv:5: field 'region'" in str(info.value)


def test_unknown_column_and_duplicate_ids_across_files(tmp_path):
    bad_header = write(tmp_path / "header.csv", "id,type,name,homepage,colour\nngo-a,ngo,A,https://a.example.org,red\n")
    with pytest.raises(RegistryError, match=r"header\.csv:1: field 'colour': unknown column"):
        load_registry([bad_header])
    first = write(tmp_path / "one.csv", f"{HEADER}\n{row(id='ngo-same')}\n")
    second = write(tmp_path / "two.csv", f"{HEADER}\n{row(id='ngo-other')}\n{row(id='ngo-same')}\n")
    with pytest.raises(RegistryError) as info:
        load_registry([first, second])
    assert "two.csv:3: field 'id': duplicate id 'ngo-same' (first defined at" in str(info.value)
    assert "one.csv:2" in str(info.value)


def test_a_valid_file_loads_every_field(tmp_path):
    path = write(tmp_path / "ok.csv", f"{HEADER}\n" + row(
        id="jst-0610033", type="municipal", region="0610033", homepage="https://leczna.pl",
        start_urls="https://leczna.pl/aktualnosci https://leczna.pl/ogloszenia", article_patterns=r"/aktualnosc/\w+",
        css="title=h1.entry-title; content=div.entry-content", confidence="medium", enabled="false",
        note="a note, with a comma") + "\n")
    [source] = load_registry([path])
    assert source.start_urls == ("https://leczna.pl/aktualnosci", "https://leczna.pl/ogloszenia")
    assert source.css == {"title": "h1.entry-title", "content": "div.entry-content"}
    assert (source.enabled, source.confidence, source.note) == (False, "medium", "a note, with a comma")


def test_unknown_ids_are_an_error():
    with pytest.raises(CivicError, match="unknown source id"):
        find_sources(["jst-0610033", "no-such-source"])


# ---- the CLI ------------------------------------------------------------------------------------------
def test_list_prints_one_municipal_source_per_line(capsys):
    assert main(["sources", "list", "--type", "municipal"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 2800
    first = lines[0].split("\t")
    assert first[1] == "municipal" and first[4].startswith("http")


def test_list_filters_by_voivodeship_name_or_code_and_json(capsys):
    assert main(["sources", "list", "--voivodeship", "Lubelskie", "--json"]) == 0
    by_name = json.loads(capsys.readouterr().out)
    assert main(["sources", "list", "--voivodeship", "06", "--json"]) == 0
    by_code = json.loads(capsys.readouterr().out)
    assert by_name == by_code and len(by_name) > 200
    assert all(s["region"].startswith("06") and s["voivodeship"] == "lubelskie" for s in by_name)
    assert {"rops-06", "jst-0610033", "jst-06"} <= {s["id"] for s in by_name}
    assert main(["sources", "list", "--voivodeship", "lodzkie", "--type", "rops"]) == 0
    assert {line.split("\t")[0] for line in capsys.readouterr().out.splitlines()} >= {"rops-10"}
    assert main(["sources", "list", "--voivodeship", "narnia"]) == 2


def test_list_hides_disabled_sources_unless_all(capsys):
    main(["sources", "list", "--type", "municipal"])
    enabled = capsys.readouterr().out
    main(["sources", "list", "--type", "municipal", "--all"])
    everything = capsys.readouterr().out
    assert "jst-2810032" not in enabled
    assert "jst-2810032" in everything and "[disabled, low confidence]" in everything


def test_check_prints_a_summary_and_fails_on_a_bad_file(tmp_path, capsys):
    assert main(["sources", "check"]) == 0
    out = capsys.readouterr().out
    assert "municipal 2826" in out and "registry OK" in out
    assert "06 lubelskie" in out
    bad = write(tmp_path / "bad.csv", f"{HEADER}\n{row(region='1')}\n")
    assert main(["sources", "check", "--registry", str(bad)]) == 1
    captured = capsys.readouterr()
    assert "bad.csv:2: field 'region'" in captured.err
