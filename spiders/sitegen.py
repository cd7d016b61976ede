"""A synthetic municipal website of any size, for crawl benchmarks and resumption tests.

Served by spiders/sample_server.py like the bundled sample sites: a homepage linking to an
`Aktualności` section, paginated listings and article pages, every other one an
announcement of a meeting, training, workshop or consultation, the rest ordinary news.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_EVENTS = [("spotkanie", "Spotkanie konsultacyjne w sprawie {topic}", "Zapraszamy mieszkańców na spotkanie konsultacyjne"),
           ("szkolenie", "Bezpłatne szkolenie: {topic}", "Zapraszamy organizacje pozarządowe na bezpłatne szkolenie"),
           ("warsztaty", "Warsztaty dla mieszkańców: {topic}", "Zapraszamy na warsztaty"),
           ("konferencja", "Konferencja „{topic}”", "Zapraszamy na konferencję"),
           ("konsultacje", "Konsultacje społeczne: {topic}", "Rozpoczynamy konsultacje społeczne, zapraszamy na spotkanie")]
_NEWS = [("Remont ulicy {street} – utrudnienia w ruchu", "Trwa remont nawierzchni ulicy {street}. Prace wykonuje firma wyłoniona w przetargu. Przepraszamy za utrudnienia."),
         ("Harmonogram odbioru odpadów – {street}", "Przypominamy o harmonogramie odbioru odpadów komunalnych z ulicy {street}."),
         ("Wyniki konkursu plastycznego nr {n}", "Komisja wyłoniła zwycięzców konkursu. Gratulujemy laureatom i dziękujemy za udział."),
         ("Przerwa w dostawie wody na ulicy {street}", "Z powodu awarii sieci wodociągowej nastąpi przerwa w dostawie wody.")]
_TOPICS = ["programu współpracy z organizacjami pozarządowymi", "budżetu obywatelskiego", "strategii rozwoju gminy",
           "rewitalizacji centrum", "pisania wniosków grantowych", "ekonomii społecznej", "polityki senioralnej",
           "bezpieczeństwa mieszkańców", "gminnego programu profilaktyki", "zieleni miejskiej"]
_STREETS = ["Lipowa", "Polna", "Szkolna", "Kościelna", "Ogrodowa", "Łąkowa", "Źródlana", "Słoneczna", "Żwirowa"]


def _page(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="pl"><head><meta charset="utf-8"><title>{title} – Gmina Przykładowa</title></head>
<body><header class="site-header"><a href="/">Gmina Przykładowa</a>
<nav class="menu"><a href="/">Strona główna</a> <a href="/aktualnosci/">Aktualności</a> <a href="/kontakt/">Kontakt</a></nav></header>
<main id="main">{main}</main>
<footer class="site-footer">Urząd Gminy Przykładowej, ul. Lipowa 1</footer></body></html>
"""


def article(n: int) -> tuple[bool, str, str, str]:
    """(is_announcement, slug, title, html body) of article number n."""
    day, month = n % 28 + 1, n % 12 + 1
    if n % 2 == 0:
        _kind, title_tpl, opening = _EVENTS[(n // 2) % len(_EVENTS)]
        topic = _TOPICS[n % len(_TOPICS)]
        title = title_tpl.format(topic=topic) + f" ({n})"
        body = (f"<p>{opening} dotyczące {topic}.</p>"
                f"<p>Spotkanie odbędzie się {day:02d}.{month:02d}.2027 r. o godz. {10 + n % 8}:00 w sali narad "
                f"Urzędu Gminy, ul. {_STREETS[n % len(_STREETS)]} {n % 40 + 1}. Zgłoszenia uczestników "
                f"przyjmujemy pod numerem 81 555 {n % 100:02d} {n % 97:02d}.</p>")
        return True, f"{n}-zaproszenie", title, body
    title_tpl, text_tpl = _NEWS[(n // 2) % len(_NEWS)]
    street = _STREETS[n % len(_STREETS)]
    title = title_tpl.format(street=street, n=n) + f" ({n})"
    return False, f"{n}-informacja", title, f"<p>{text_tpl.format(street=street)}</p><p>Data: {day:02d}.{month:02d}.2026</p>"


def generate_site(sites_dir: str | Path, *, key: str = "generated", articles: int = 100, per_page: int = 20,
                  validators: bool = True, delay: float = 0.0) -> dict[str, Any]:
    """Write a site of `articles` article pages under sites_dir/key and its sites.json entry.

    Returns the manifest of the site ({path: {"announcement": bool, "title": str}}).
    """
    root = Path(sites_dir) / key
    root.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {}
    pages = max(1, -(-articles // per_page))

    def write(path: str, html: str) -> None:
        target = root / path.lstrip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")

    write("/", _page("Strona główna", "<h1>Gmina Przykładowa</h1><p>Witamy na stronie gminy.</p>"))
    write("/kontakt/", _page("Kontakt", "<h1>Kontakt</h1><p>tel. 81 555 00 00</p>"))
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\n", encoding="utf-8")
    for page_no in range(1, pages + 1):
        items = []
        for n in range((page_no - 1) * per_page, min(articles, page_no * per_page)):
            is_announcement, slug, title, body = article(n)
            path = f"/aktualnosci/{slug}/"
            manifest[path] = {"announcement": is_announcement, "title": title}
            write(path, _page(title, f'<article><h1>{title}</h1><p class="meta">Data publikacji: 2026-11-{n % 28 + 1:02d}</p>{body}</article>'))
            items.append(f'<article class="post"><h2><a href="{path}">{title}</a></h2></article>')
        nav = []
        if page_no < pages:
            nav.append(f'<a class="next" href="/aktualnosci/page/{page_no + 1}/">Następna »</a>')
        listing = "/aktualnosci/" if page_no == 1 else f"/aktualnosci/page/{page_no}/"
        write(listing, _page("Aktualności", "<h1>Aktualności</h1>" + "".join(items)
                             + '<nav class="pagination">' + " ".join(nav) + "</nav>"))
    config_path = Path(sites_dir) / "sites.json"
    config = json.loads(config_path.read_text(encoding="utf-8")) if config_path.exists() else {"version": 1, "sites": []}
    entry = {"key": key, "source_id": f"gen-{key}", "name": f"Generated site {key}", "type": "municipal",
             "region": "0610033", "charset": "utf-8", "http_charset": "utf-8", "homepage": "/",
             "validators": validators, "style": f"generated: {articles} articles, {per_page} per listing page"}
    if delay:
        entry["behaviours"] = {"*": {"delay_all": delay}}
    config["sites"] = [s for s in config["sites"] if s["key"] != key] + [entry]
    config_path.write_text(json.dumps(config, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest
