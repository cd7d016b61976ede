"""The site walk: from the homepage alone, announcement-like pages first, within a page budget;
the whole archive or only recent pages on request. The site is a small saved copy written
here (invented names), served by the mirror server the way a real saved site is."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from crawlkit import FAST_SETTINGS, civic
from pipeline.store import Store
from spiders import walk
from spiders.links import Link
from spiders.mirror import mirror_config, serve_mirrors


def _page(title: str, body: str, published: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (f"<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>{title} – Gmina Jaworek</title>{meta}"
            f"</head><body><nav class='menu'><a href='/'>Start</a> <a href='/aktualnosci/'>Aktualności</a> "
            f"<a href='/przetargi/'>Przetargi</a> <a href='/o-gminie/'>O gminie</a> <a href='/archiwum/'>Archiwum</a>"
            f"</nav><main>{body}</main><footer>Urząd Gminy Jaworek, ul. Kwiatowa 2</footer></body></html>")


def _listing(title: str, items: list[tuple[str, str]], older: str | None = None) -> str:
    body = f"<h1>{title}</h1>" + "".join(f"<article><h2><a href='{url}'>{text}</a></h2><p>Krótki opis.</p>"
                                         f"<a href='{url}'>Czytaj więcej</a></article>" for url, text in items)
    if older:
        body += f"<div class='pagination'><a rel='next' href='{older}'>Następna »</a></div>"
    return _page(title, body)


ANNOUNCEMENTS = {
    "/aktualnosci/zebranie-wiejskie-w-jaworku/": ("Zebranie wiejskie w Jaworku", "2023-03-01",
        "Sołtys zaprasza na zebranie wiejskie, które odbędzie się 10 marca 2023 r. o godz. 18:00 w świetlicy."),
    "/aktualnosci/szkolenie-dla-rad-soleckich/": ("Szkolenie dla rad sołeckich", "2023-02-10",
        "Zapraszamy na bezpłatne szkolenie 20 lutego 2023 r. o godz. 10:00 w sali nr 5 urzędu gminy."),
    "/aktualnosci/sesja-rady-gminy-w-styczniu/": ("Sesja Rady Gminy 26 stycznia 2023", "2023-01-16",
        "Zwołuję sesję Rady Gminy Jaworek na dzień 26 stycznia 2023 r., godz. 9:00, sala sesyjna urzędu."),
    "/aktualnosci/konsultacje-programu-wspolpracy/": ("Spotkanie konsultacyjne programu współpracy", "2022-11-02",
        "Spotkanie konsultacyjne odbędzie się 15 listopada 2022 r. o godz. 16:00 w domu kultury."),
    "/2015/spotkanie-z-mieszkancami/": ("Spotkanie z mieszkańcami Jaworka", "2015-05-04",
        "Wójt zaprasza na spotkanie z mieszkańcami 12 maja 2015 r. o godz. 17:00 w szkole."),
}
NOT_ANNOUNCEMENTS = {
    "/przetargi/przebudowa-drogi/": ("Przetarg na przebudowę drogi gminnej", "2023-02-01",
        "Gmina Jaworek ogłasza przetarg nieograniczony na przebudowę drogi. Oferty należy składać do 15 lutego."),
    "/przetargi/zapytanie-ofertowe-szkolenie/": ("Zapytanie ofertowe na przeprowadzenie szkolenia", "2023-01-20",
        "Gmina Jaworek zaprasza do składania ofert na przeprowadzenie szkolenia komputerowego dla 20 osób."),
    "/przetargi/dostawa-opalu/": ("Dostawa opału dla szkoły", "2022-12-01",
        "Zapytanie ofertowe na dostawę opału. Oferty do 10 grudnia 2022 r."),
    "/o-gminie/": ("O gminie", None, "Gmina Jaworek leży nad rzeką Jaworką. Liczy 4 tysiące mieszkańców."),
}


def _write_site(root: Path) -> None:
    files = {
        "index.html": _page("Start", "<h1>Witamy w gminie Jaworek</h1><p>Serwis urzędu gminy.</p>"),
        "robots.txt": "User-agent: *\nAllow: /\n",
        "aktualnosci/index.html": _listing("Aktualności", [(u, ANNOUNCEMENTS[u][0]) for u in list(ANNOUNCEMENTS)[:2]],
                                           older="/aktualnosci/page/2/"),
        "aktualnosci/page/2/index.html": _listing("Aktualności – starsze wpisy",
                                                  [(u, ANNOUNCEMENTS[u][0]) for u in list(ANNOUNCEMENTS)[2:4]]),
        "przetargi/index.html": _listing("Przetargi", [(u, t) for u, (t, _d, _x) in NOT_ANNOUNCEMENTS.items()
                                                       if u.startswith("/przetargi/")]),
        "archiwum/index.html": _page("Archiwum", "<h1>Archiwum</h1><ul><li><a href='/2015/'>2015</a></li>"
                                                 "<li><a href='/2023/'>2023</a></li></ul>"),
        "2015/index.html": _listing("Archiwum 2015", [("/2015/spotkanie-z-mieszkancami/",
                                                      ANNOUNCEMENTS["/2015/spotkanie-z-mieszkancami/"][0])]),
        "2023/index.html": _listing("Archiwum 2023", [(u, ANNOUNCEMENTS[u][0]) for u in list(ANNOUNCEMENTS)[:3]]),
    }
    for url, (title, published, text) in {**ANNOUNCEMENTS, **NOT_ANNOUNCEMENTS}.items():
        files[url.strip("/") + "/index.html"] = _page(title, f"<article><h1>{title}</h1><p>{text}</p></article>",
                                                      published)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def _crawl(tmp_path: Path, name: str, *extra: str) -> tuple[set[str], list[str], set[str]]:
    """Crawl the saved site from its homepage; (paths asked for, in order), records, stored pages."""
    site_root = tmp_path / "site"
    if not site_root.exists():
        _write_site(site_root)
    with serve_mirrors([mirror_config(site_root, key="jaworek")]) as served:
        registry = tmp_path / f"{name}.csv"
        registry.write_text("id,type,name,region,homepage,enabled,confidence\n"
                            f"gmina-jaworek,municipal,Gmina Jaworek,0610033,{served['jaworek']}/,true,high\n",
                            encoding="utf-8")
        db = tmp_path / f"{name}.db"
        args = ["crawl", "--db", str(db), "--registry", str(registry), "--no-index"]
        for setting, value in {**FAST_SETTINGS, "DOWNLOAD_TIMEOUT": "10"}.items():   # no page here is slow on purpose
            args += ["--set", f"{setting}={value}"]
        args += extra   # (after the defaults, so a test's own settings win)
        result = civic(*args)
        assert result.returncode == 0, result.stderr[-3000:]
        asked = [urlsplit(r.path).path for r in served.requests() if r.status == 200]
    with Store(db, readonly=True) as store:
        records = {urlsplit(r["url"]).path for r in store.iter_records()}
        pages = {urlsplit(p["url"]).path for p in store.iter_pages()}
    return records, asked, pages


def test_the_walk_finds_announcements_from_the_homepage_alone(tmp_path: Path) -> None:
    records, asked, pages = _crawl(tmp_path, "whole")
    assert records == set(ANNOUNCEMENTS)             # the 2015 archive and the second listing page included
    assert set(NOT_ANNOUNCEMENTS) <= pages           # documents are kept and judged, not recorded
    for hub in ("/aktualnosci/", "/aktualnosci/page/2/", "/archiwum/", "/2015/", "/przetargi/"):
        assert hub in asked and hub not in pages     # listings are read for their links, never stored


def test_a_small_budget_goes_to_announcements_first_and_since_skips_older_archives(tmp_path: Path) -> None:
    # One request at a time: the order the walk spends a small budget in is then the walk's
    # own, not the order in which concurrent answers happen to arrive.
    records, asked, _pages = _crawl(tmp_path, "recent", "--max-pages", "6", "--since", "2023-01-01",
                                    "--set", "CONCURRENT_REQUESTS=1", "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
    pages = [path for path in asked if path.endswith("/") and path != "/"]
    assert len(pages) <= 6
    # the budget went to the announcement section and its posts, none to the tenders' documents
    assert "/aktualnosci/" in pages and not [path for path in pages if path.startswith("/przetargi/") and
                                             path in NOT_ANNOUNCEMENTS]
    recent = {path for path, (_t, published, _x) in ANNOUNCEMENTS.items() if published >= "2023-01-01"}
    assert records <= recent and len(records) >= 2
    assert "/2015/" not in asked and "/2015/spotkanie-z-mieszkancami/" not in asked


def test_link_scores_follow_the_cues() -> None:
    def score(text: str, url: str, context: float = 10.0, template: bool = False) -> float:
        link = Link(url, text, False, False, "")
        from spiders.links import section_score

        return walk.score(link, context=context, template=template, pagination=False, section=section_score(link))

    session = score("Sesje Rady", "http://g.example/sesje-rady/")
    tenders = score("Przetargi", "http://g.example/przetargi/")
    assert session > score("O gminie", "http://g.example/o-gminie/") > tenders
    # an article link inherits part of its listing's score, a menu entry repeated on every page does not
    assert score("Zebranie sołectwa Jaworek Dolny", "http://g.example/a/1/", context=100) > \
        score("Zebranie sołectwa Jaworek Dolny", "http://g.example/a/1/", context=100, template=True)
    assert walk.year_of(Link("http://g.example/2015/", "2015 [12]", False, False, "")) == 2015
    assert walk.year_of(Link("http://g.example/archiwum/?rok=2019", "Zobacz", False, False, "")) == 2019
    assert walk.skipped(Link("http://g.example/wp-login.php", "Zaloguj", False, False, ""))


def test_links_to_searches_and_logins_are_skipped_but_not_pages_whose_address_merely_contains_the_word() -> None:
    def skipped(url: str, text: str = "Zobacz") -> bool:
        return walk.skipped(Link(url, text, False, False, ""))

    assert skipped("http://g.example/search/label/warsztaty") and skipped("http://g.example/?s=sesja")
    assert skipped("http://g.example/index.php?option=com_search&searchword=rada")
    assert not skipped("http://g.example/2019/05/research-seminar-dla-doktorantow.html")
    assert not skipped("http://g.example/aktualnosci/koncert-musical-i-warsztaty/")
    # a blog's older posts are listed under its search address: that is pagination, not a search
    assert not skipped("http://g.example/search?updated-max=2013-05-01T10:00:00%2B02:00&max-results=7",
                       "Starsze posty")


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(url, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_the_mirror_answers_saved_addresses(tmp_path: Path) -> None:
    root = tmp_path / "saved"
    (root / "?p=7").mkdir(parents=True)
    page = "<html><head><meta charset='windows-1250'></head><body>Zażółć gęślą jaźń</body></html>".encode("cp1250")
    (root / "index3f2a.html").write_bytes(page)
    (root / "?p=7" / "index.html").write_text("<html><body>Wpis</body></html>", encoding="utf-8")
    (root / "wpisy").mkdir()
    (root / "wpisy" / "index.html").write_text("<html><body>Wpisy</body></html>", encoding="utf-8")
    (root / "feed.rss.xml").write_text("<?xml version='1.0'?><rss version='2.0'><channel/></rss>", encoding="utf-8")
    with serve_mirrors([mirror_config(root, key="saved")]) as served:
        base = served["saved"]
        status, headers, body = _get(base + "/index3f2a.html?sc=12&gp=4&m=1")     # HTTrack: the file before `?`
        assert status == 200 and body == page and headers["Content-Type"] == "text/html; charset=windows-1250"
        assert _get(base + "/?p=7/")[2] == b"<html><body>Wpis</body></html>"    # a folder named after the query
        status, headers, _body = _get(base + "/wpisy")
        assert status == 301 and headers["Location"] == "/wpisy/"
        assert _get(base + "/zalacznik.pdf?fn=media/zalacznik.pdf")[0] == 404     # not saved
        assert _get(base + "/feed.rss.xml")[1]["Content-Type"] == "application/rss+xml"
        assert [r.status for r in served.requests()] == [200, 200, 301, 404, 200]
    assert json.dumps(served.configs["saved"].entry)    # the config the mirror served is kept


def test_walk_arguments_become_spider_settings() -> None:
    import argparse

    from pipeline.commands.crawl import add_walk_arguments, walk_overrides
    from pipeline.errors import CivicError

    parser = argparse.ArgumentParser()
    add_walk_arguments(parser)
    assert walk_overrides(parser.parse_args([])) == {}
    assert walk_overrides(parser.parse_args(["--since", "2010-01-01", "--backfill", "--max-pages", "500"])) == {
        "CIVIC_SINCE": "2010-01-01", "CIVIC_BACKFILL": "True", "CIVIC_MAX_PAGES": "500"}
    for wrong in (["--since", "1 stycznia"], ["--max-pages", "0"]):
        try:
            walk_overrides(parser.parse_args(wrong))
        except CivicError:
            continue
        raise AssertionError(wrong)
