"""Render the bundled sample sites (spiders/sample_sites/<key>/) from their article texts.

The sites are static files committed to the repository; this script is how they are
authored. Article texts live in scripts/sample_sites_content/<key>.toml, all of them written
for the sample (five are modelled on the seed announcements kept outside the repository, and
carry their own reference annotation, `expected`). Each site is written in the encoding and
page style its entry in spiders/sample_sites/sites.json describes, and
spiders/sample_sites/manifest.json lists every article page (announcement or not).

Re-running it replaces the generated sites and the manifest; nothing else is touched.

    .venv/bin/python scripts/build_sample_sites.py
"""
from __future__ import annotations

import html
import json
import re
import shutil
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from spiders.sample_server import minimal_pdf

ROOT = Path(__file__).resolve().parent.parent
SITES_DIR = ROOT / "spiders" / "sample_sites"
CONTENT_DIR = Path(__file__).resolve().parent / "sample_sites_content"
BASE = "{{BASE_URL}}"
WARSAW = ZoneInfo("Europe/Warsaw")

MONTHS_GEN = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
              "września", "października", "listopada", "grudnia")


@dataclass
class Article:
    slug: str
    title: str
    kind: str                      # announcement | news | page
    body_html: str
    section: str = ""
    path: str = ""
    published: datetime | None = None
    modelled_on: str | None = None          # id of the seed announcement this page is written after
    expected: dict | None = None            # its reference annotation, by the annotation guide
    event: str | None = None                # label of the real meeting it announces or reports (pages of one share it)
    author: str = ""
    robots_disallowed: bool = False
    declared_charset: str | None = None     # "none", a charset, or None for the site default
    extra: dict = field(default_factory=dict)

    @property
    def announcement(self) -> bool:
        return self.kind == "announcement"

    def iso(self) -> str:
        assert self.published
        return self.published.replace(tzinfo=WARSAW).isoformat()


# ---- text to HTML ---------------------------------------------------------------------------
_BULLET = re.compile(r"^\s*[-•]\s+")
_URL = re.compile(r"(https?://[^\s<>]+[^\s<>.,;)])")


def _inline(text: str) -> str:
    """Escape a line and turn bare URLs into links, as CMSs do."""
    out = html.escape(text, quote=False)
    return _URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', out)


def text_to_html(text: str) -> str:
    """Blank-line separated blocks become paragraphs; blocks of `- ` or `•` lines become lists."""
    blocks = [b for b in re.split(r"\n\s*\n", text.strip("\n")) if b.strip()]
    parts = []
    for block in blocks:
        lines = [ln for ln in block.split("\n") if ln.strip()]
        if all(_BULLET.match(ln) for ln in lines):
            items = "".join(f"<li>{_inline(_BULLET.sub('', ln, count=1).strip())}</li>" for ln in lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append("<p>" + "<br>\n".join(_inline(ln.strip()) for ln in lines) + "</p>")
    return "\n".join(parts)


def load_content(key: str) -> tuple[dict, list[Article], list[Article]]:
    data = tomllib.loads((CONTENT_DIR / f"{key}.toml").read_text(encoding="utf-8"))
    site = data["site"]
    default_section = site["sections"][0][1]
    items = []
    for raw in data.get("article", []) + data.get("page", []):
        kind = raw.get("kind", "page")
        body = text_to_html(raw["body"])
        extra = dict(raw)
        if "footnote" in raw:
            extra["footnote_html"] = text_to_html(raw["footnote"])
        published = raw.get("published")
        items.append(Article(
            slug=raw["slug"], title=raw["title"], kind=kind, body_html=body,
            section=raw.get("section", default_section),
            published=datetime.fromisoformat(published) if published else None,
            modelled_on=raw.get("modelled_on"), expected=json.loads(raw["expected"]) if "expected" in raw else None,
            event=raw.get("event"),
            author=raw.get("author", site.get("author", "")),
            robots_disallowed=raw.get("robots_disallowed", False),
            declared_charset=raw.get("declared_charset"), extra=extra))
    articles = [a for a in items if a.kind != "page"]
    articles.sort(key=lambda a: (a.published or datetime.min, a.slug), reverse=True)
    return site, articles, [a for a in items if a.kind == "page"]


def pl_date(d: datetime) -> str:
    return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year}"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def make_png(width: int = 4, height: int = 4, rgb: tuple[int, int, int] = (200, 30, 40)) -> bytes:
    """A small valid PNG, so that every image a page refers to exists."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ---- the common site machinery ------------------------------------------------------------------
class Site:
    """Paths, per-section pagination and writing files in the site's encoding; styles render."""

    per_page = 5

    def __init__(self, entry: dict, site: dict, articles: list[Article], pages: list[Article]):
        self.entry, self.site, self.articles, self.pages = entry, site, articles, pages
        self.key = entry["key"]
        self.charset = entry["charset"]
        self.per_page = site.get("per_page", self.per_page)
        self.files: dict[str, str | bytes] = {}
        self.sections = [tuple(s) for s in site["sections"]]
        for a in articles:
            a.path = a.extra.get("path") or self.article_path(a)
        for p in pages:
            p.path = p.extra.get("path") or f"/{p.slug}/"

    # paths
    def article_path(self, a: Article) -> str:
        return f"{self.site.get('article_prefix', a.section)}{a.slug}/"

    def listing_path(self, section: str, page: int) -> str:
        return section if page == 1 else f"{section}page/{page}/"

    def section_title(self, section: str) -> str:
        return next(t for t, p in self.sections if p == section)

    def listed(self, section: str | None = None) -> list[Article]:
        return [a for a in self.articles if not a.robots_disallowed and (section is None or a.section == section)]

    def meta_charset(self, a: Article | None = None) -> str | None:
        if a is not None and a.declared_charset is not None:
            return None if a.declared_charset == "none" else a.declared_charset
        return self.site.get("meta_charset", self.charset)

    def add(self, path: str, content: str | bytes) -> None:
        self.files[path] = content

    def build(self) -> None:
        for _title, section in self.sections:
            items = self.listed(section)
            chunks = [items[i:i + self.per_page] for i in range(0, len(items), self.per_page)] or [[]]
            for n, chunk in enumerate(chunks, start=1):
                self.add(self.listing_path(section, n), self.listing(section, chunk, n, len(chunks)))
        for a in self.articles + self.pages:
            self.add(a.path, self.article(a))
        for path, lines in self.site.get("pdfs", {}).items():
            self.add(path, minimal_pdf("\n".join(lines)))
        self.add(self.entry["homepage"], self.home())
        self.add("/robots.txt", self.robots())
        for path in sorted(set(re.findall(r'(?:src|href)="(/[^"]+\.png)"', "".join(
                c for c in self.files.values() if isinstance(c, str))))):
            self.add(path, make_png())

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /wp-admin/\n" if self.site["style"] == "wordpress" else "User-agent: *\nDisallow:\n"

    def write(self) -> None:
        root = SITES_DIR / self.key
        if root.exists():
            shutil.rmtree(root)
        for path, content in self.files.items():
            rel = path.lstrip("/") + ("index.html" if path.endswith("/") else "")
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_bytes(content.encode(self.charset if target.suffix == ".html" else "utf-8"))

    # shared bits of markup
    def head(self, title: str, a: Article | None = None, extra: str = "") -> str:
        charset = self.meta_charset(a)
        meta = ""
        if charset:
            meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                    if self.site.get("old_meta") else f'<meta charset="{charset}">\n')
        return (f"<!DOCTYPE html>\n<html lang=\"pl\">\n<head>\n{meta}<title>{esc(title)}</title>\n"
                f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{extra}</head>\n")

    def nav(self, cls: str = "menu") -> str:
        links = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for label, href in self.site["nav"])
        return f'<ul class="{cls}">{links}</ul>'

    def pager(self, section: str, n: int, total: int, labels: tuple[str, str] = ("« Poprzednia", "Następna »")) -> str:
        if total == 1:
            return ""
        out = ['<nav class="pagination">']
        if n > 1:
            out.append(f'<a class="prev page-numbers" href="{self.listing_path(section, n - 1)}">{labels[0]}</a>')
        for i in range(1, total + 1):
            out.append(f'<span aria-current="page" class="page-numbers current">{i}</span>' if i == n
                       else f'<a class="page-numbers" href="{self.listing_path(section, i)}">{i}</a>')
        if n < total:
            out.append(f'<a class="next page-numbers" href="{self.listing_path(section, n + 1)}">{labels[1]}</a>')
        out.append("</nav>")
        return "\n".join(out)

    def excerpt(self, a: Article, words: int = 28) -> str:
        text = re.sub(r"<[^>]+>", " ", a.body_html)
        text = html.unescape(re.sub(r"\s+", " ", text)).strip()
        cut = text.split(" ")
        return esc(" ".join(cut[:words]) + (" […]" if len(cut) > words else ""))

    def attachments(self, a: Article) -> str:
        atts = a.extra.get("attachments", [])
        if not atts:
            return ""
        links = "".join(f'<li><a class="attachment" href="{href}"><span class="ext">{esc(kind)}</span>{esc(label)}</a></li>'
                        for kind, label, href in atts)
        return f'<div class="attachments"><h3>Załączniki</h3><ul>{links}</ul></div>'

    def home(self) -> str: raise NotImplementedError
    def listing(self, section: str, items: list[Article], n: int, total: int) -> str: raise NotImplementedError
    def article(self, a: Article) -> str: raise NotImplementedError


# ---- styles --------------------------------------------------------------------------------------
class WordPressSite(Site):
    """A municipal WordPress theme: entry-title, entry-content, page/2/ pagination."""

    def frame(self, title: str, body: str, a: Article | None = None, extra_head: str = "") -> str:
        s = self.site
        return self.head(f"{title} – {s['title']}", a, extra_head) + f"""<body class="wp-site">
<a class="skip-link screen-reader-text" href="#content">Przejdź do treści</a>
<div class="top-bar"><span>A A A</span> <a href="/kontakt/">BIP</a> <a href="/kontakt/">Kontakt</a></div>
<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{esc(s['title'])}</a></p>
<nav id="site-navigation" class="main-navigation">{self.nav()}</nav></header>
<div id="content" class="site-content">
{body}
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Na skróty</h2>
<ul><li><a href="/kontakt/">Godziny pracy urzędu</a></li><li><a href="/aktualnosci/">Wszystkie aktualności</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>{esc(s['footer'])}</p>
<p>Copyright © {esc(s['title'])}. Wszelkie prawa zastrzeżone. | <a href="/kontakt/">Deklaracja dostępności</a></p></footer>
</body>
</html>
"""

    def card(self, a: Article) -> str:
        date = f'<time class="entry-date" datetime="{a.iso()}">{pl_date(a.published)}</time>' if a.published else ""
        return (f'<article class="post type-post"><h2 class="entry-title"><a href="{a.path}" rel="bookmark">'
                f'{esc(a.title)}</a></h2><div class="entry-meta">{date}</div>'
                f'<div class="entry-summary"><p>{self.excerpt(a)}</p></div>'
                f'<a class="more-link" href="{a.path}">Czytaj więcej</a></article>')

    def home(self) -> str:
        section = self.sections[0][1]
        cards = "\n".join(self.card(a) for a in self.listed()[:4])
        return self.frame("Strona główna", f'<main id="main"><h1 class="screen-reader-text">Strona główna</h1>'
                          f'<section class="home-news"><h2><a href="{section}">Aktualności</a></h2>{cards}'
                          f'<p><a href="{section}">Zobacz wszystkie aktualności</a></p></section></main>')

    def listing(self, section: str, items: list[Article], n: int, total: int) -> str:
        cards = "\n".join(self.card(a) for a in items)
        name = self.section_title(section)
        title = name + (f" – Strona {n}" if n > 1 else "")
        return self.frame(title, f'<main id="main"><header class="page-header"><h1 class="page-title">{esc(name)}</h1>'
                          f'</header>{cards}\n{self.pager(section, n, total)}</main>')

    def article(self, a: Article) -> str:
        extra = meta = link = ""
        if a.published:
            extra = (f'<meta property="og:type" content="article">\n'
                     f'<meta property="article:published_time" content="{a.iso()}">\n')
            meta = f'<div class="entry-meta"><span class="posted-on">Data dodania: {a.published:%Y-%m-%d %H:%M:%S}</span></div>'
        if a.extra.get("permalink_text"):
            url = a.extra["permalink_text"]
            link = f'<p class="permalink">Link: <a href="{esc(url)}">{esc(url)}</a></p>\n'
        back = f'<footer class="entry-footer"><a href="{a.section}">« Powrót do aktualności</a></footer>' if a.kind != "page" else ""
        body = (f'<main id="main"><article class="post type-post single"><header class="entry-header">'
                f'<h1 class="entry-title">{esc(a.title)}</h1>{meta}</header>'
                f'<div class="entry-content">{link}{a.body_html}{self.attachments(a)}</div>{back}</article></main>')
        return self.frame(a.title, body, a, extra)


class BipSite(Site):
    """A BIP (Biuletyn Informacji Publicznej): category menu, tables, the 'metryka' of each document."""

    def listing_path(self, section: str, page: int) -> str:
        return section if page == 1 else f"{section}strona-{page}/"

    def frame(self, title: str, body: str, a: Article | None = None) -> str:
        s = self.site
        return self.head(f"{title} - {s['title']}", a) + f"""<body>
<div id="skip"><a href="#tresc">Przejdź do treści</a> | <a href="#menu">Przejdź do menu</a></div>
<div id="naglowek"><a href="https://www.gov.pl/bip" class="logo-bip"><img src="/img/bip-logo.png" alt="Biuletyn Informacji Publicznej"></a>
<h1 class="nazwa-jednostki">{esc(s['title'])}</h1><p class="adres">{esc(s['footer'])}</p></div>
<div id="kolumna-lewa"><h2 id="menu">Menu przedmiotowe</h2>{self.nav('menu-przedmiotowe')}
<h2>Menu podmiotowe</h2><ul><li><a href="/urzad/">Dane urzędu</a></li><li><a href="/instrukcja/">Instrukcja obsługi BIP</a></li></ul></div>
<div id="tresc">
{body}
</div>
<div id="stopka"><p>Redaktor BIP: {esc(s['author'])} | <a href="/instrukcja/">Instrukcja obsługi</a> | <a href="/urzad/">Deklaracja dostępności</a></p></div>
</body>
</html>
"""

    def home(self) -> str:
        rows = "".join(f'<tr><td><a href="{a.path}">{esc(a.title)}</a></td><td>{a.published:%Y-%m-%d}</td></tr>'
                       for a in self.listed()[:6] if a.published)
        return self.frame("Strona główna", '<h2 class="tytul">Ostatnio opublikowane</h2>'
                          f'<table class="lista"><tr><th>Tytuł</th><th>Data publikacji</th></tr>{rows}</table>')

    def listing(self, section: str, items: list[Article], n: int, total: int) -> str:
        rows = "".join(f'<tr><td><a href="{a.path}">{esc(a.title)}</a></td>'
                       f'<td>{a.published:%Y-%m-%d}</td></tr>' for a in items)
        name = self.section_title(section)
        return self.frame(name, f'<h2 class="tytul">{esc(name)}</h2><table class="lista">'
                          f'<tr><th>Tytuł dokumentu</th><th>Data publikacji</th></tr>{rows}</table>'
                          + self.pager(section, n, total, ("poprzednia strona", "następna strona")))

    def article(self, a: Article) -> str:
        metryka = ""
        if a.published:
            made = a.extra.get("created", a.published.strftime("%Y-%m-%d"))
            metryka = (f'<table class="metryka"><caption>Metryka</caption>'
                       f'<tr><th>Podmiot udostępniający:</th><td>{esc(self.site["title"])}</td></tr>'
                       f'<tr><th>Wytworzył:</th><td>{esc(a.extra.get("made_by", a.author))}</td></tr>'
                       f'<tr><th>Data wytworzenia:</th><td>{made}</td></tr>'
                       f'<tr><th>Opublikował:</th><td>{esc(self.site["author"])}</td></tr>'
                       f'<tr><th>Data publikacji:</th><td>{a.published:%Y-%m-%d %H:%M}</td></tr>'
                       f'<tr><th>Liczba odwiedzin:</th><td>{37 + len(a.slug) * 3}</td></tr></table>'
                       f'<p><a href="{a.path}">Rejestr zmian</a> | <a href="{a.path}">Drukuj</a></p>')
        return self.frame(a.title, f'<h2 class="tytul">{esc(a.title)}</h2><div class="tresc-dokumentu">{a.body_html}'
                          f'{self.attachments(a)}</div>{metryka}', a)


class NgoSite(Site):
    """An NGO site with an RSS 2.0 feed announced in every page's head."""

    def frame(self, title: str, body: str, a: Article | None = None) -> str:
        s = self.site
        feed = f'<link rel="alternate" type="application/rss+xml" title="{esc(s["title"])} » Kanał RSS" href="/feed.xml">\n'
        return self.head(f"{title} | {s['title']}", a, feed) + f"""<body>
<div class="accessibility"><a href="#" class="font-small">A</a> <a href="#" class="font-medium">A</a> <a href="#" class="font-large">A</a></div>
<header class="header"><a class="logo" href="/">{esc(s['title'])}</a><nav class="main-nav">{self.nav()}</nav></header>
<div class="container">
{body}
</div>
<footer class="footer"><div class="newsletter">Zapisz się do newslettera – informacje o wydarzeniach co miesiąc.</div>
<p>{esc(s['footer'])}</p><p><a href="/feed.xml">RSS</a> | <a href="/o-nas/">O nas</a></p></footer>
</body>
</html>
"""

    def item(self, a: Article) -> str:
        date = f'<span class="date">{a.published:%d.%m.%Y}</span>' if a.published else ""
        return (f'<div class="news-item"><h3><a href="{a.path}">{esc(a.title)}</a></h3>{date}'
                f'<p>{self.excerpt(a, 22)}</p><a href="{a.path}" class="read-more">więcej »</a></div>')

    def home(self) -> str:
        items = "".join(self.item(a) for a in self.listed()[:3])
        return self.frame("Strona główna", f'<section class="intro"><p>{esc(self.site["intro"])}</p></section>'
                          f'<section class="latest"><h2>Aktualności</h2>{items}'
                          f'<p><a href="{self.sections[0][1]}">Wszystkie aktualności »</a></p></section>')

    def listing(self, section: str, items: list[Article], n: int, total: int) -> str:
        name = self.section_title(section)
        return self.frame(name, f'<div class="breadcrumbs"><a href="/">Start</a> &gt; {esc(name)}</div>'
                          f'<h1>{esc(name)}</h1>' + "".join(self.item(a) for a in items)
                          + self.pager(section, n, total))

    def article(self, a: Article) -> str:
        date = f'<div class="added">Dodano: {a.published:%d.%m.%Y}</div>' if a.published else ""
        gallery = ('<div class="gallery"><h3>Zdjęcia</h3><a href="/img/spotkanie.png"><img src="/img/spotkanie-m.png" '
                   'alt="zdjęcie ze spotkania"></a></div>') if a.extra.get("gallery") else ""
        crumbs = f'<div class="breadcrumbs"><a href="{a.section}">{esc(self.section_title(a.section))} &gt;&gt;&gt;</a></div>' \
            if a.kind != "page" else ""
        return self.frame(a.title, f'{crumbs}<article class="entry">{date}<h1>{esc(a.title)}</h1>'
                          f'<div class="entry-body">{a.body_html}{self.attachments(a)}</div>{gallery}</article>', a)

    def build(self) -> None:
        super().build()
        items = []
        for a in self.listed():
            pub = f"<pubDate>{format_datetime(a.published.replace(tzinfo=WARSAW))}</pubDate>" if a.published else ""
            items.append(f"<item><title>{esc(a.title)}</title><link>{BASE}{a.path}</link>"
                         f"<guid isPermaLink=\"true\">{BASE}{a.path}</guid>{pub}"
                         f"<description>{self.excerpt(a, 40)}</description></item>")
        self.add("/feed.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                 'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
                 f"<title>{esc(self.site['title'])}</title>\n<link>{BASE}/</link>\n"
                 f'<atom:link href="{BASE}/feed.xml" rel="self" type="application/rss+xml"/>\n'
                 f"<description>{esc(self.site['intro'])}</description>\n<language>pl</language>\n"
                 + "\n".join(items) + "\n</channel>\n</rss>\n")


class RopsSite(Site):
    """A ROPS site with a Yoast-style sitemap index named in robots.txt."""

    def frame(self, title: str, body: str, a: Article | None = None, extra_head: str = "") -> str:
        s = self.site
        return self.head(f"{title} - {s['title']}", a, extra_head) + f"""<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><div class="brand"><a href="/"><img src="/img/rops-logo.png" alt="{esc(s['title'])}"></a>
<span class="brand-name">{esc(s['title'])}</span></div>
<nav class="primary-menu">{self.nav()}</nav><form class="search" action="/"><input name="s" placeholder="Szukaj…"></form></header>
<main id="main" class="site-main">
{body}
</main>
<footer class="site-footer"><div class="footer-cols"><p>{esc(s['footer'])}</p>
<p>Projekty współfinansowane ze środków Unii Europejskiej realizowane przez ROPS – <a href="/projekty/">zobacz</a></p></div>
<p class="copy">© {esc(s['title'])} | <a href="/kontakt/">Deklaracja dostępności</a></p></footer>
</body>
</html>
"""

    def card(self, a: Article) -> str:
        date = f'<time datetime="{a.iso()}">{a.published:%d.%m.%Y}</time>' if a.published else ""
        return (f'<article class="card"><a href="{a.path}"><h2 class="card-title">{esc(a.title)}</h2></a>{date}'
                f'<p>{self.excerpt(a, 25)}</p></article>')

    def home(self) -> str:
        blocks = "".join(f'<section><h2><a href="{p}">{esc(t)}</a></h2>'
                         + "".join(self.card(a) for a in self.listed(p)[:2]) + "</section>" for t, p in self.sections)
        return self.frame("Strona główna", blocks)

    def listing(self, section: str, items: list[Article], n: int, total: int) -> str:
        name = self.section_title(section)
        return self.frame(name, f'<h1 class="archive-title">{esc(name)}</h1>'
                          + "".join(self.card(a) for a in items) + self.pager(section, n, total))

    def article(self, a: Article) -> str:
        extra = meta = ""
        if a.published:
            extra = f'<meta property="article:published_time" content="{a.iso()}">\n'
            meta = f'<div class="post-meta">Opublikowano: <time datetime="{a.iso()}">{pl_date(a.published)}</time></div>'
        return self.frame(a.title, f'<article class="single-post"><h1 class="entry-title">{esc(a.title)}</h1>{meta}'
                          f'<div class="entry-content">{a.body_html}{self.attachments(a)}</div></article>', a, extra)

    def robots(self) -> str:
        return f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {BASE}/sitemap.xml\n"

    def build(self) -> None:
        super().build()
        def urlset(entries: list[tuple[str, datetime | None]]) -> str:
            rows = []
            for path, mod in entries:
                lastmod = f"<lastmod>{mod.replace(tzinfo=WARSAW).isoformat()}</lastmod>" if mod else ""
                rows.append(f"<url><loc>{BASE}{path}</loc>{lastmod}</url>")
            return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>\n")
        posts = [(a.path, a.published) for a in self.listed()]
        pages = [("/", None)] + [(p, None) for _t, p in self.sections] + [(p.path, None) for p in self.pages]
        self.add("/post-sitemap.xml", urlset(posts))
        self.add("/page-sitemap.xml", urlset(pages))
        newest = max(a.published for a in self.articles if a.published).replace(tzinfo=WARSAW).isoformat()
        self.add("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                 f"<sitemap><loc>{BASE}/post-sitemap.xml</loc><lastmod>{newest}</lastmod></sitemap>\n"
                 f"<sitemap><loc>{BASE}/page-sitemap.xml</loc></sitemap>\n</sitemapindex>\n")


class OldSchoolSite(Site):
    """A 2000s-style municipal site: table layout, .html files, windows-1250 on disk."""

    def listing_path(self, section: str, page: int) -> str:
        return f"{section}.html" if page == 1 else f"{section}-{page}.html"

    def article_path(self, a: Article) -> str:
        return f"/art/{a.extra['number']}.html"

    def frame(self, title: str, body: str, a: Article | None = None) -> str:
        s = self.site
        links = " | ".join(f'<a href="{href}" class="menu">{esc(label)}</a>' for label, href in s["nav"])
        return self.head(f"{s['title']} - {title}", a) + f"""<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" class="naglowek"><img src="/grafika/herb.png" alt="herb" width="60"> <font size="5"><b>{esc(s['title'])}</b></font></td></tr>
<tr><td colspan="2" class="menu-gora">{links}</td></tr>
<tr><td width="180" valign="top" class="lewa"><b>Na skróty:</b><br><a href="/komunikaty.html">Komunikaty</a><br>
<a href="/kontakt.html">Kontakt</a><br><a href="/index.html">Strona główna</a></td>
<td valign="top" class="srodek">
{body}
</td></tr>
<tr><td colspan="2" class="stopka"><font size="1">{esc(s['footer'])} | Projekt i wykonanie: Studio WWW</font></td></tr>
</table>
</body>
</html>
"""

    def row(self, a: Article) -> str:
        return (f'<tr><td class="data">{a.published:%d.%m.%Y}</td><td><a href="{a.path}" class="tytul">'
                f'<b>{esc(a.title)}</b></a><br>{self.excerpt(a, 18)}</td></tr>')

    def home(self) -> str:
        rows = "".join(self.row(a) for a in self.listed()[:5])
        return self.frame("Strona główna", f'<p><font size="3"><b>{esc(self.site["intro"])}</b></font></p>'
                          f'<p><b>Najnowsze komunikaty</b></p><table width="100%" cellpadding="4">{rows}</table>'
                          f'<p><a href="{self.listing_path(self.sections[0][1], 1)}">Wszystkie komunikaty &raquo;</a></p>')

    def listing(self, section: str, items: list[Article], n: int, total: int) -> str:
        pages = " ".join(f"<b>[{i}]</b>" if i == n else f'<a href="{self.listing_path(section, i)}">[{i}]</a>'
                         for i in range(1, total + 1))
        nxt = f' <a href="{self.listing_path(section, n + 1)}">następna strona &raquo;</a>' if n < total else ""
        rows = "".join(self.row(a) for a in items)
        return self.frame(self.section_title(section),
                          f'<p><font size="4"><b>{esc(self.section_title(section))}</b></font></p>'
                          f'<table width="100%" cellpadding="4">{rows}</table><p>Strony: {pages}{nxt}</p>')

    def article(self, a: Article) -> str:
        date = f'<p class="data"><i>Data: {a.published:%d.%m.%Y}</i></p>' if a.published else ""
        author = f'<p align="right"><i>{esc(a.author)}</i></p>' if a.author and a.kind != "page" else ""
        return self.frame(a.title, f'<p><font size="4"><b>{esc(a.title)}</b></font></p>{date}'
                          f'<div class="tekst">{a.body_html}{self.attachments(a)}</div>{author}'
                          f'<p><a href="javascript:history.back()">&laquo; powrót</a></p>', a)

    def build(self) -> None:
        for p in self.pages:
            p.path = f"/{p.slug}.html"
        super().build()


class DrupalSite(Site):
    """A Drupal-like GOPS site: skip links, node fields with labels, ?page-style pagination."""

    def listing_path(self, section: str, page: int) -> str:
        return section if page == 1 else f"{section}strona-{page}/"

    def frame(self, title: str, body: str, a: Article | None = None) -> str:
        s = self.site
        return self.head(f"{title} | {s['title']}", a) + f"""<body class="path-node">
<a href="#main-content" class="visually-hidden focusable skip-link">Przejdź do treści</a>
<a href="#footer" class="visually-hidden focusable skip-link">Przejdź do stopki</a>
<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header">
<a href="/" rel="home" class="site-logo">{esc(s['title'])}</a></div>
<nav role="navigation" class="region-primary-menu">{self.nav('menu menu--main')}</nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
{body}
</main>
<footer id="footer" role="contentinfo"><div class="region region-footer"><p>{esc(s['footer'])}</p>
<p>Godziny pracy: poniedziałek–piątek 7:30–15:30</p></div></footer></div>
</body>
</html>
"""

    def teaser(self, a: Article) -> str:
        date = f'<div class="node__submitted">{a.published:%d.%m.%Y}</div>' if a.published else ""
        return (f'<article class="node node--type-article node--view-mode-teaser"><h2><a href="{a.path}" rel="bookmark">'
                f'<span class="field field--name-title">{esc(a.title)}</span></a></h2>{date}'
                f'<div class="field field--name-body">{self.excerpt(a, 24)}</div>'
                f'<a href="{a.path}" hreflang="pl">Czytaj więcej</a></article>')

    def home(self) -> str:
        teasers = "".join(self.teaser(a) for a in self.listed()[:3])
        return self.frame("Strona główna", f'<div class="region region-content"><p>{esc(self.site["intro"])}</p>'
                          f'<h2>Ogłoszenia</h2>{teasers}<a href="{self.sections[0][1]}">Wszystkie ogłoszenia</a></div>')

    def listing(self, section: str, items: list[Article], n: int, total: int) -> str:
        name = self.section_title(section)
        pager = ""
        if total > 1:
            pager = '<nav class="pager" role="navigation"><ul class="pager__items">' + "".join(
                f'<li class="pager__item{" is-active" if i == n else ""}"><a href="{self.listing_path(section, i)}">{i}</a></li>'
                for i in range(1, total + 1))
            if n < total:
                pager += f'<li class="pager__item pager__item--next"><a href="{self.listing_path(section, n + 1)}" rel="next">Następna strona ›</a></li>'
            pager += "</ul></nav>"
        return self.frame(name, f'<h1 class="page-title">{esc(name)}</h1><div class="view-content">'
                          + "".join(self.teaser(a) for a in items) + f"</div>{pager}")

    def article(self, a: Article) -> str:
        date = (f'<div class="node__meta">Opublikowano: <time datetime="{a.iso()}">{a.published:%d.%m.%Y}</time></div>'
                if a.published else "")
        return self.frame(a.title, f'<article class="node node--type-article node--view-mode-full">'
                          f'<h1 class="page-title"><span class="field field--name-title">{esc(a.title)}</span></h1>{date}'
                          f'<div class="node__content"><div class="clearfix text-formatted field field--name-body field--label-above">'
                          f'<div class="field__label">Treść</div><div class="field__item">{a.body_html}</div></div>'
                          f'{self.attachments(a)}</div></article>', a)


class CityPortal(Site):
    """A city portal: weather widget, language switch, search, 'Opublikował | Data publikacji' line."""

    def frame(self, title: str, body: str, a: Article | None = None) -> str:
        s = self.site
        return self.head(f"{title} - {s['title']}", a) + f"""<body>
<div class="topbar"><div class="weather">Przemyśl 4 °C</div><ul class="lang"><li><a href="/">PL</a></li><li><a href="/">EN</a></li><li><a href="/">UA</a></li></ul>
<div class="search-box"><button class="close">×</button><p>Szukaj na portalu</p><form action="/"><input name="q"></form></div></div>
<header class="city-header"><a href="/" class="logo">{esc(s['title'])}</a><nav class="nav-main">{self.nav()}</nav></header>
<div class="page">
{body}
</div>
<footer class="city-footer"><p>{esc(s['footer'])}</p><ul><li><a href="/kontakt/">Kontakt</a></li>
<li><a href="/archiwum/">Archiwum aktualności</a></li><li><a href="/kontakt/">Deklaracja dostępności</a></li></ul></footer>
</body>
</html>
"""

    def tile(self, a: Article) -> str:
        return (f'<div class="news-tile"><a href="{a.path}"><h3>{esc(a.title)}</h3></a>'
                f'<span class="date">{a.published:%d-%m-%Y}</span><p>{self.excerpt(a, 20)}</p></div>')

    def home(self) -> str:
        blocks = "".join(f'<section class="news-box"><h2><a href="{p}">{esc(t)}</a></h2>'
                         + "".join(self.tile(a) for a in self.listed(p)[:3]) + "</section>" for t, p in self.sections)
        return self.frame("Strona główna", blocks)

    def listing(self, section: str, items: list[Article], n: int, total: int) -> str:
        name = self.section_title(section)
        return self.frame(name, f'<h1>{esc(name)}</h1><div class="news-list">'
                          + "".join(self.tile(a) for a in items) + "</div>" + self.pager(section, n, total))

    def article(self, a: Article) -> str:
        footnote = f'<div class="footnotes">{a.extra["footnote_html"]}</div>' if a.extra.get("footnote_html") else ""
        image = (f'<p class="poster"><a href="/img/plakat.png">{esc(a.extra["image"])}</a></p>'
                 if a.extra.get("image") else "")
        meta = (f'<p class="article-meta">Opublikował: {esc(a.author)} | Data publikacji: {a.published:%d-%m-%Y %H:%M}</p>'
                if a.published else "")
        return self.frame(a.title, f'<article class="article"><h1 class="article-title">{esc(a.title)}</h1>'
                          f'<div class="article-body">{a.body_html}</div>{self.attachments(a)}{image}{footnote}{meta}</article>', a)

    def build(self) -> None:
        super().build()
        hidden = [a for a in self.articles if a.robots_disallowed]
        rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in hidden)
        self.add("/archiwum/", self.frame("Archiwum aktualności", f"<h1>Archiwum aktualności</h1><ul>{rows}</ul>"))

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /archiwum/\nDisallow: /szukaj/\n"


STYLES: dict[str, type[Site]] = {"wordpress": WordPressSite, "bip": BipSite, "ngo": NgoSite, "rops": RopsSite,
                                 "oldschool": OldSchoolSite, "drupal": DrupalSite, "city": CityPortal}


def main() -> int:
    entries = json.loads((SITES_DIR / "sites.json").read_text(encoding="utf-8"))["sites"]
    manifest: dict[str, dict[str, dict]] = {}
    for entry in entries:
        if not (CONTENT_DIR / f"{entry['key']}.toml").exists():
            print(f"skipped {entry['key']}: no content file")
            continue
        site_conf, articles, pages = load_content(entry["key"])
        site = STYLES[site_conf["style"]](entry, site_conf, articles, pages)
        site.build()
        site.write()
        manifest[entry["key"]] = {
            a.path: {"kind": a.kind, "announcement": a.announcement, "title": a.title,
                     "published": a.published.date().isoformat() if a.published else None,
                     "robots_disallowed": a.robots_disallowed,
                     "modelled_on": a.modelled_on, "expected": a.expected,
                     **({"event": a.event} if a.event else {})}
            for a in sorted(articles + pages, key=lambda x: x.path)}
        n_ann = sum(a.announcement for a in articles if not a.robots_disallowed)
        print(f"{entry['key']}: {len(site.files)} files, {n_ann} announcements, "
              f"{sum(a.kind == 'news' for a in articles)} news")
    (SITES_DIR / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
