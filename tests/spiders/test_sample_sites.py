"""The bundled sample sites are what `civic demo` crawls: check what the demo and the crawl tests rely on.

Static checks only (no server, no crawl): the sites, the manifest and the files agree;
every announcement page is reachable from its homepage; the pages written after the seed
announcements carry a consistent reference annotation and no text of the seeds; encodings,
robots.txt, the RSS feed and the sitemap are real.
"""
from __future__ import annotations

import codecs
import json
import re
import urllib.robotparser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from spiders.registry import load_registry, teryt_units
from spiders.source import SOURCE_TYPES

ROOT = Path(__file__).resolve().parents[2]
SITES_DIR = ROOT / "spiders" / "sample_sites"
SEEDS_DIR = ROOT.parent / "shared" / "seeds"      # real pages, kept outside the repository
SEED_IDS = ("000", "001", "002", "003", "004")
BASE = "http://127.0.0.1:8123"

SITES = json.loads((SITES_DIR / "sites.json").read_text(encoding="utf-8"))["sites"]
MANIFEST = json.loads((SITES_DIR / "manifest.json").read_text(encoding="utf-8"))
BY_KEY = {site["key"]: site for site in SITES}


def file_for(key: str, path: str) -> Path:
    """The file a server answers `path` of site `key` with (`/a/` -> a/index.html)."""
    rel = urlsplit(path).path.lstrip("/")
    target = SITES_DIR / key / rel
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def read_page(key: str, path: str) -> str:
    return file_for(key, path).read_bytes().decode(BY_KEY[key]["charset"])


def served(data: bytes) -> bytes:
    """What the sample server sends: the {{BASE_URL}} placeholder replaced by the site's address."""
    return data.replace(b"{{BASE_URL}}", BASE.encode("ascii"))


def internal_links(key: str, path: str, html: str) -> set[str]:
    soup = BeautifulSoup(html, "html.parser")
    found = set()
    for tag in soup.find_all(["a", "link", "img"]):
        href = tag.get("href") or tag.get("src")
        if not href or href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin(BASE + path, href)
        if absolute.startswith(BASE):
            found.add(urlsplit(absolute).path)
    return found


def reachable(key: str, robots: urllib.robotparser.RobotFileParser | None = None) -> set[str]:
    """Paths reachable from the homepage by following links (obeying robots.txt when given)."""
    start = BY_KEY[key]["homepage"]
    seen, todo = {start}, [start]
    while todo:
        path = todo.pop()
        if not path.endswith((".html", "/")):
            continue
        for link in internal_links(key, path, read_page(key, path)):
            if link not in seen and (robots is None or robots.can_fetch("*", BASE + link)):
                seen.add(link)
                todo.append(link)
    return seen


def robots_for(key: str) -> urllib.robotparser.RobotFileParser:
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(served((SITES_DIR / key / "robots.txt").read_bytes()).decode("utf-8").splitlines())
    return parser


def normalise(text: str) -> str:
    """Whitespace, list bullets and angle brackets do not count when comparing article text."""
    return re.sub(r"[\s•<>]+", "", text.replace("\u00a0", " "))


# ---- sites.json -------------------------------------------------------------------------------------
def test_at_least_six_sites_each_a_valid_source_entry():
    assert len(SITES) >= 6
    keys = [s["key"] for s in SITES]
    ids = [s["source_id"] for s in SITES]
    assert len(set(keys)) == len(keys) and len(set(ids)) == len(ids)
    registry_ids = {s.id for s in load_registry()}
    units = teryt_units()
    for site in SITES:
        assert (SITES_DIR / site["key"]).is_dir(), site["key"]
        assert file_for(site["key"], site["homepage"]).is_file(), site["key"]
        assert site["type"] in SOURCE_TYPES
        assert site["region"] in units, f"{site['key']}: region {site['region']} not in TERC 2025"
        assert site["source_id"] not in registry_ids, "a sample source id must not shadow a real source"
        codecs.lookup(site["charset"])
        if site["http_charset"] is not None:
            codecs.lookup(site["http_charset"])


def test_site_styles_cover_what_the_demo_promises():
    styles = " ".join(s["style"] for s in SITES).lower()
    for needle in ("wordpress", "bip", "rss", "sitemap", "robots.txt", "windows-1250", "iso-8859-2"):
        assert needle in styles, needle
    assert {s["type"] for s in SITES} >= {"municipal", "rops", "ngo"}


# ---- manifest -----------------------------------------------------------------------------------------
def test_manifest_pages_exist_and_counts():
    assert set(MANIFEST) == set(BY_KEY)
    announcements = news = 0
    for key, pages in MANIFEST.items():
        for path, meta in pages.items():
            assert file_for(key, path).is_file(), f"{key}{path}"
            assert meta["kind"] in ("announcement", "news", "page")
            assert meta["announcement"] == (meta["kind"] == "announcement")
            if meta["announcement"] and not meta["robots_disallowed"]:
                announcements += 1
            news += meta["kind"] == "news"
    assert announcements >= 40
    assert news >= 10


def test_every_crawlable_page_is_reachable_from_its_homepage():
    for key, pages in MANIFEST.items():
        robots = robots_for(key)
        found = reachable(key, robots)
        for path, meta in pages.items():
            if meta["robots_disallowed"]:
                assert not robots.can_fetch("*", BASE + path), f"{key}{path} must be disallowed"
                assert path not in found
            else:
                assert robots.can_fetch("*", BASE + path), f"{key}{path} is disallowed by robots.txt"
                assert path in found, f"{key}{path} cannot be reached from the homepage"


def test_internal_links_point_to_existing_files():
    for site in SITES:
        for path in reachable(site["key"]):
            assert file_for(site["key"], path).is_file(), f"{site['key']}: broken link {path}"


def test_a_robots_disallowed_section_holds_an_announcement_looking_page():
    hidden = [(k, p) for k, pages in MANIFEST.items() for p, m in pages.items() if m["robots_disallowed"]]
    assert hidden
    for key, path in hidden:
        assert MANIFEST[key][path]["announcement"]
        assert "Disallow: /" + path.strip("/").split("/")[0] in (SITES_DIR / key / "robots.txt").read_text()
        # it is linked from a page a careless crawler would follow
        assert path in reachable(key)


# ---- the pages written after the seed announcements ------------------------------------------------
requires_seeds = pytest.mark.skipif(not (SEEDS_DIR / "gold.jsonl").is_file(),
                                    reason=f"the seed announcements are not at {SEEDS_DIR}")


def modelled_pages() -> dict[str, tuple[str, str]]:
    """Seed id -> (site key, path) of the sample page written after that seed."""
    return {m["modelled_on"]: (k, p) for k, pages in MANIFEST.items() for p, m in pages.items()
            if m.get("modelled_on")}


def page_text(key: str, path: str) -> str:
    return " ".join(BeautifulSoup(read_page(key, path), "html.parser").get_text(" ").split())


def test_each_seed_has_one_announcement_page_on_a_site_of_the_right_kind():
    pages = modelled_pages()
    assert set(pages) == set(SEED_IDS)
    expected_type = {"000": "ngo", "001": "municipal", "002": "municipal", "003": "rops", "004": "municipal"}
    for seed, (key, path) in pages.items():
        assert MANIFEST[key][path]["announcement"] and not MANIFEST[key][path]["robots_disallowed"]
        assert BY_KEY[key]["type"] == expected_type[seed]
    assert BY_KEY[pages["003"][0]]["region"] == "06"           # ROPS Lublin
    assert BY_KEY[pages["000"][0]]["region"].startswith("1061")  # Łódź
    assert BY_KEY[pages["004"][0]]["region"].startswith("1862")  # Przemyśl


@pytest.mark.parametrize("seed", SEED_IDS)
def test_expected_annotation_is_found_on_its_page(seed):
    """Names, addresses, evidence and contacts of the page's reference annotation are its words."""
    key, path = modelled_pages()[seed]
    expected, text = MANIFEST[key][path]["expected"], page_text(key, path)
    for venue in expected["venues"]:
        for field in ("name", "address"):
            assert venue[field] is None or venue[field] in text, (seed, venue[field])
        assert venue["city"]
    for value in expected["organisers"] + [f["evidence"] for f in expected["funding"]]:
        assert value in text, (seed, value)
    for values in expected["contacts"].values():
        for value in values:
            assert value in text, (seed, value)
    assert expected["event_type"] in {"spotkanie", "konferencja", "szkolenie", "warsztaty", "konsultacje",
                                      "debata", "forum", "inne"}


@pytest.mark.parametrize("seed", SEED_IDS)
def test_page_dates_agree_with_the_expected_annotation(seed):
    key, path = modelled_pages()[seed]
    published = MANIFEST[key][path]["expected"]["published"]
    assert MANIFEST[key][path]["published"] == published
    html = read_page(key, path)
    soup = BeautifulSoup(html, "html.parser")
    if published is None:
        assert soup.find("time") is None
        assert soup.find("meta", attrs={"property": "article:published_time"}) is None
        text = soup.get_text(" ")
        for label in ("Data publikacji", "Dodano", "Data dodania", "Opublikowano"):
            assert label not in text
    else:
        year, month, day = published.split("-")
        assert any(form in html for form in (published, f"{day}.{month}.{year}", f"{day}-{month}-{year}"))


def _seed_gold() -> dict[str, dict]:
    lines = (SEEDS_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["id"]: json.loads(line)["gold"] for line in lines if line.strip()}


def _shape(gold: dict) -> dict:
    """What makes two announcements the same kind of test case, whatever their words."""
    return {"event_type": gold["event_type"], "published": gold["published"] is not None,
            "events": [(len(e["start"]) > 10, e["end"] is not None) for e in gold["events"]],
            "deadlines": len(gold["deadlines"]), "venues": len(gold["venues"]),
            "organisers": len(gold["organisers"]), "funders": [f["funder"] for f in gold["funding"]],
            "contacts": {kind: len(values) for kind, values in gold["contacts"].items()}}


@requires_seeds
@pytest.mark.parametrize("seed", SEED_IDS)
def test_page_is_the_same_kind_of_announcement_as_its_seed(seed):
    key, path = modelled_pages()[seed]
    assert _shape(MANIFEST[key][path]["expected"]) == _shape(_seed_gold()[seed])


def _word_runs(text: str, n: int = 8) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


@requires_seeds
def test_no_run_of_eight_words_of_a_seed_is_in_the_sample_sites():
    """The seeds are third-party text: no sentence of theirs may be copied into a page or its source."""
    seed_runs = set().union(*(_word_runs(f.read_text(encoding="utf-8")) for f in SEEDS_DIR.glob("*.txt")))
    content = sorted((ROOT / "scripts" / "sample_sites_content").glob("*.toml"))
    sources = [(f, f.read_text(encoding="utf-8")) for f in content]
    for site in SITES:
        for f in sorted((SITES_DIR / site["key"]).rglob("*")):
            if f.suffix in (".html", ".xml", ".txt"):
                data = f.read_bytes().decode(site["charset"] if f.suffix == ".html" else "utf-8")
                sources.append((f, BeautifulSoup(data, "html.parser").get_text(" ") if f.suffix == ".html" else data))
    sources.append((SITES_DIR / "manifest.json", json.dumps(MANIFEST, ensure_ascii=False)))
    for f, text in sources:
        shared = _word_runs(text) & seed_runs
        assert not shared, f"{f.relative_to(ROOT)}: {sorted(shared)[:3]}"


# ---- encodings ----------------------------------------------------------------------------------------
def html_files(key: str) -> list[Path]:
    return sorted((SITES_DIR / key).rglob("*.html"))


def test_files_are_encoded_as_declared_in_sites_json():
    polish = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
    for site in SITES:
        for path in html_files(site["key"]):
            data = path.read_bytes()
            text = data.decode(site["charset"])            # strict: every byte valid in that charset
            assert polish & set(text), f"{path} has no Polish letters to test decoding with"
            if codecs.lookup(site["charset"]).name != "utf-8":
                with pytest.raises(UnicodeDecodeError):
                    data.decode("utf-8")


def test_legacy_encodings_and_wrong_declarations_are_present():
    charsets = {codecs.lookup(s["charset"]).name for s in SITES}
    assert {"cp1250", "iso8859-2"} <= charsets
    declared = []
    for site in SITES:
        if codecs.lookup(site["charset"]).name != "cp1250":
            continue
        assert site["http_charset"] is None, "the windows-1250 site must not declare its charset in HTTP"
        for path in html_files(site["key"]):
            head = path.read_bytes()[:600].decode("ascii", "replace").lower()
            match = re.search(r"charset=([\w-]+)", head)
            declared.append(codecs.lookup(match.group(1)).name if match else None)
    assert None in declared, "a windows-1250 page without any charset declaration"
    assert "iso8859-2" in declared, "a windows-1250 page that declares the wrong charset"
    assert "cp1250" in declared


# ---- feed and sitemap ---------------------------------------------------------------------------------
def path_of(url: str) -> str:
    assert url.startswith(BASE), url
    return urlsplit(url).path


def test_rss_feed_is_announced_and_lists_existing_pages():
    feeds = 0
    for site in SITES:
        soup = BeautifulSoup(read_page(site["key"], site["homepage"]), "html.parser")
        link = soup.find("link", attrs={"rel": "alternate", "type": "application/rss+xml"})
        if link is None:
            continue
        feeds += 1
        root = ElementTree.fromstring(served(file_for(site["key"], link["href"]).read_bytes()))
        items = root.findall("./channel/item")
        listed = {path_of(item.findtext("link")) for item in items}
        for path in listed:
            assert file_for(site["key"], path).is_file(), path
        articles = {p for p, m in MANIFEST[site["key"]].items() if m["kind"] != "page"}
        assert articles <= listed
    assert feeds >= 1


def test_sitemap_from_robots_lists_existing_pages():
    sitemaps = 0
    for site in SITES:
        robots = served((SITES_DIR / site["key"] / "robots.txt").read_bytes()).decode("utf-8")
        urls = [line.split(":", 1)[1].strip() for line in robots.splitlines() if line.lower().startswith("sitemap:")]
        if not urls:
            continue
        sitemaps += 1
        ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
        locs: set[str] = set()
        todo = list(urls)
        while todo:
            root = ElementTree.fromstring(served(file_for(site["key"], path_of(todo.pop())).read_bytes()))
            if root.tag.endswith("sitemapindex"):
                todo += [e.text for e in root.findall("sm:sitemap/sm:loc", ns)]
            else:
                locs |= {path_of(e.text) for e in root.findall("sm:url/sm:loc", ns)}
        for path in locs:
            assert file_for(site["key"], path).is_file(), path
        articles = {p for p, m in MANIFEST[site["key"]].items() if m["kind"] != "page"}
        assert articles <= locs
    assert sitemaps >= 1
