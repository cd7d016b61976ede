"""Reading a site's structure from its links: announcement sections, feeds, pagination, articles.

Generic on purpose: Polish municipal, BIP, ROPS and NGO sites name their sections with a
small shared vocabulary (`Aktualności`, `Ogłoszenia`, `Dla organizacji pozarządowych`, …)
kept in spiders/discovery_cues.json, and list their articles as title links outside the
navigation. Redesigns change markup far more often than this vocabulary, which is why
the cues are words and URL parts rather than per-site selectors.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import lxml.html

from spiders.article import ATTACHMENT_EXTENSIONS
from spiders.encoding import decode
from spiders.selectors import SimpleSelector

CUES_PATH = Path(__file__).with_name("discovery_cues.json")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "#", "fax:", "sms:")
_SLUG_MAX_HYPHENS = 3
_HEADINGS = ("h1", "h2", "h3", "h4", "h5")


@dataclass(frozen=True)
class Cues:
    section_texts: dict[str, float]
    section_url_parts: dict[str, float]
    never_sections: tuple[str, ...]
    next_page_texts: frozenset[str]
    more_texts: frozenset[str]
    pagination_url: re.Pattern[str]
    boilerplate: SimpleSelector
    min_title_words: int
    pdf_article_cues: tuple[str, ...]


@functools.cache
def cues() -> Cues:
    data = json.loads(CUES_PATH.read_text(encoding="utf-8"))
    return Cues(section_texts=data["section_texts"], section_url_parts=data["section_url_parts"],
                never_sections=tuple(data["never_sections"]),
                next_page_texts=frozenset(data["next_page_texts"]), more_texts=frozenset(data["more_texts"]),
                pagination_url=re.compile(data["pagination_url"], re.I),
                boilerplate=SimpleSelector.parse(data["boilerplate_containers"]),
                min_title_words=int(data["min_title_words"]),
                pdf_article_cues=tuple(data.get("pdf_article_cues", ())))


class _PerTree:
    """The last few results computed on a document tree: a page's tree is asked the same
    questions by several steps (its links, its navigation), and answering once is enough."""

    def __init__(self, size: int = 4):
        self.size = size
        self.entries: dict[tuple[int, str], tuple[object, object]] = {}

    def get(self, tree: object, key: str, compute):  # noqa: ANN001 - any callable of no argument
        slot = (id(tree), key)
        hit = self.entries.get(slot)
        if hit is not None and hit[0] is tree:
            return hit[1]
        value = compute()
        if len(self.entries) >= self.size * 3:
            self.entries.pop(next(iter(self.entries)))
        self.entries[slot] = (tree, value)   # the tree is kept alive, so its id is not reused
        return value


_per_tree = _PerTree()


def boilerplate_containers(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Navigation, site headers, footers, sidebars: where article links and titles are not."""
    def compute() -> list[lxml.html.HtmlElement]:
        found = list(cues().boilerplate.select(tree))
        for header in tree.iter("header"):
            if not any(a.tag in ("article", "main") for a in header.iterancestors()):
                found.append(header)
        return found

    return list(_per_tree.get(tree, "boilerplate", compute))


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, no diacritics, single spaces: how cues are compared."""
    from nlp.morph import fold as morph_fold

    return re.sub(r"\s+", " ", morph_fold(text)).strip(" :»›>\u00a0")


def html_tree(body: bytes, content_type: str | None = None, *,
              decoded: tuple[str, str] | None = None) -> lxml.html.HtmlElement | None:
    """The document tree of an HTML page, decoded by its bytes rather than its declarations."""
    text, _encoding = decoded or decode(body, content_type=content_type)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (lxml.etree.ParserError, ValueError):
        return None


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    in_boilerplate: bool
    in_heading: bool
    rel: str


def links(tree: lxml.html.HtmlElement, page_url: str) -> list[Link]:
    """Every followable link of a page, absolute, without fragments, in document order."""
    return list(_per_tree.get(tree, "links|" + page_url, lambda: _links(tree, page_url)))


def _links(tree: lxml.html.HtmlElement, page_url: str) -> list[Link]:
    base = page_url
    for href in tree.xpath("//base/@href")[:1]:
        base = urljoin(page_url, href.strip())
    boiler = set()
    for container in boilerplate_containers(tree):
        boiler.update(container.iter("a"))
    found: list[Link] = []
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            continue
        url = urldefrag(urljoin(base, href))[0]
        if not url.startswith(("http://", "https://")):
            continue
        text = re.sub(r"\s+", " ", anchor.text_content() or anchor.get("title") or "").strip()
        in_heading = any(a.tag in _HEADINGS for a in anchor.iterancestors()) or any(
            d.tag in _HEADINGS for d in anchor.iterdescendants())  # <h2><a> or a card's <a><h2>
        found.append(Link(url, text, anchor in boiler, in_heading, (anchor.get("rel") or "").lower()))
    return found


def anchor_texts(tree: lxml.html.HtmlElement, page_url: str) -> dict[str, str]:
    """{url: the longest text of a link to it on the page}: a page's name as its listing gives it."""
    found: dict[str, str] = {}
    for link in links(tree, page_url):
        if len(link.text) > len(found.get(link.url, "")):
            found[link.url] = link.text
    return found


def same_site(url: str, other: str) -> bool:
    a, b = urlsplit(url), urlsplit(other)
    host_a, host_b = (a.hostname or "").removeprefix("www."), (b.hostname or "").removeprefix("www.")
    return host_a == host_b and (a.port == b.port)


def related_site(url: str, home: str) -> bool:
    """The same site or one of its subdomains (`bip.gmina.pl` for `gmina.pl`), where municipal
    sites often keep their BIP or events section."""
    first, second = urlsplit(url), urlsplit(home)
    a, b = (first.hostname or "").removeprefix("www."), (second.hostname or "").removeprefix("www.")
    return bool(a and b) and first.port == second.port and (a == b or a.endswith("." + b) or b.endswith("." + a))


def _last_segment(url: str) -> str:
    segments = [s for s in unquote(urlsplit(url).path).split("/") if s]
    return re.sub(r"\.(html?|php|aspx?)$", "", segments[-1].lower()) if segments else ""


@functools.lru_cache(maxsize=65536)
def section_score(link: Link) -> float:
    """How strongly a link names an announcement section (0: not a section)."""
    c = cues()
    text = fold(link.text)
    if any(never in text for never in c.never_sections) or any(
            never.replace(" ", "-") in link.url.lower() for never in c.never_sections):
        return 0.0
    if len(text.split()) > 5:
        return 0.0  # section names are short; a long link text is an article title
    score = 0.0
    if text in c.section_texts:
        score = c.section_texts[text]
    elif len(text.split()) <= 5:
        for cue, weight in c.section_texts.items():
            if len(cue) > 3 and re.search(rf"\b{re.escape(cue)}\b", text):
                # Inside a menu a longer label still names a section; in content it is more
                # likely a short article title (`Konsultacje regulaminu grantów`).
                score = max(score, (0.8 if link.in_boilerplate else 0.4) * weight)
    segment = fold(_last_segment(link.url)).replace("_", "-")
    if segment and text not in c.more_texts:
        # Only a URL that *is* a section name counts (`/ogloszenia/`, `/dla-organizacji-pozarzadowych/`);
        # article slugs that merely contain a cue word (`/konsultacje-regulaminu-grantow/`) do not.
        named = {key.replace(" ", "-") for key in c.section_texts}
        url_score = 0.0
        if segment in named:
            url_score = c.section_texts[segment.replace("-", " ")]
        else:
            for part, weight in c.section_url_parts.items():
                if segment.startswith(part) and len(segment) <= len(part) + 4:
                    url_score = max(url_score, weight)
        if url_score:
            score = min(1.0, score + 0.1) if score else 0.7 * url_score
    if urlsplit(link.url).query and "id=" in urlsplit(link.url).query.lower() and score < 0.8:
        score *= 0.8
    return round(score, 3)


def section_links(tree: lxml.html.HtmlElement, page_url: str, *, limit: int = 8) -> list[tuple[str, float, str]]:
    """Announcement sections a homepage links to: [(url, score, text)], best first."""
    best: dict[str, tuple[float, str]] = {}
    home = urlsplit(page_url)
    for link in links(tree, page_url):
        if not related_site(link.url, page_url) or (
                same_site(link.url, page_url) and urlsplit(link.url).path in ("", "/", home.path)):
            continue
        if is_attachment(link.url):
            continue
        score = section_score(link)
        if score >= 0.5 and score > best.get(link.url, (0.0, ""))[0]:
            best[link.url] = (score, link.text)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], len(kv[0])))
    return [(url, score, text) for url, (score, text) in ranked[:limit]]


def feed_links(tree: lxml.html.HtmlElement, page_url: str) -> list[str]:
    """RSS/Atom feeds a page announces with `<link rel="alternate">`."""
    found = []
    for node in tree.xpath("//link[@href]"):
        rel = (node.get("rel") or "").lower().split()
        kind = (node.get("type") or "").lower()
        if "alternate" in rel and kind in FEED_TYPES:
            url = urljoin(page_url, node.get("href").strip())
            if url not in found:
                found.append(url)
    return found


def is_attachment(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(ATTACHMENT_EXTENSIONS)


def is_pagination(url: str) -> bool:
    return bool(cues().pagination_url.search(url))


def next_pages(tree: lxml.html.HtmlElement, page_url: str, *, css: str | None = None) -> list[str]:
    """Further pages of the same listing (next link, numbered pages, `?page=N`)."""
    c = cues()
    found: list[str] = []
    candidates: list[str] = []
    if css:
        candidates += [urljoin(page_url, a.get("href", "")) for a in tree.cssselect(css) if a.get("href")]
    candidates += [urljoin(page_url, h) for h in tree.xpath("//a[@rel='next']/@href | //link[@rel='next']/@href")]
    section_root = _section_root(page_url)
    for link in links(tree, page_url):
        if not same_site(link.url, page_url) or link.url == page_url:
            continue
        text = fold(link.text)
        if text in c.next_page_texts or (is_pagination(link.url) and _section_root(link.url) == section_root):
            candidates.append(link.url)
        elif text.isdigit() and _section_root(link.url) == section_root and link.url != page_url:
            candidates.append(link.url)
    for url in candidates:
        url = urldefrag(url)[0]
        if url not in found and url != page_url:
            found.append(url)
    return found


def _section_root(url: str) -> tuple[str, str]:
    """The listing a page of pagination belongs to (path without the page part)."""
    parts = urlsplit(url)
    path = re.sub(r"/(?:page|strona|str|p)[/,-]?\d+/?$", "/", parts.path, flags=re.I)
    path = re.sub(r"[,_-]p(?:age)?\d+(\.html?)$", r"\1", path, flags=re.I)
    return parts.netloc, path


def article_links(tree: lxml.html.HtmlElement, page_url: str, *, exclude: set[str] | frozenset[str] = frozenset(),
                  patterns: tuple[re.Pattern[str], ...] = (), css: str | None = None) -> list[str]:
    """Links of a listing page that lead to articles, in page order.

    With `patterns` or `css` (a source's overrides) those decide; otherwise an article link
    is an internal link outside navigation and footers whose text reads like a title (or
    `Czytaj więcej`), or a heading link, that is neither a section, a pagination page nor a
    parent of the listing.
    """
    c = cues()
    listing_path = urlsplit(page_url).path
    found: list[str] = []
    if css:
        for anchor in tree.cssselect(css):
            if anchor.get("href"):
                url = urldefrag(urljoin(page_url, anchor.get("href").strip()))[0]
                if url not in found and url not in exclude:
                    found.append(url)
        return found
    for link in links(tree, page_url):
        url = link.url
        if url in found or url in exclude or url == page_url:
            continue
        if patterns:
            if any(p.search(url) for p in patterns):
                found.append(url)
            continue
        if link.in_boilerplate or not same_site(url, page_url) or is_pagination(url):
            continue
        if is_attachment(url):
            # BIP listings often publish an announcement as a PDF only: take PDFs whose link
            # text names a meeting, not every ordinance and form.
            text = fold(link.text)
            if (urlsplit(url).path.lower().endswith(".pdf") and len(text.split()) >= c.min_title_words
                    and any(cue in text for cue in c.pdf_article_cues)):
                found.append(url)
            continue
        path = urlsplit(url).path
        if path in ("", "/") or (listing_path.startswith(path) and not urlsplit(url).query):
            continue
        text = fold(link.text)
        if text in c.next_page_texts or text.isdigit():
            continue
        if text in c.section_texts:
            continue  # a link to a section, not to an article
        title_like = len(text.split()) >= c.min_title_words
        if title_like or link.in_heading or "bookmark" in link.rel or text in c.more_texts:
            found.append(url)
    return found


def looks_like_listing(tree: lxml.html.HtmlElement, page_url: str) -> bool:
    """A page that lists several articles (reached through a sitemap, say) is not an article.

    Several title links outside the navigation, each with only a short summary: an article
    with a few related links below a long text is still an article.
    """
    headed = {link.url for link in links(tree, page_url)
              if not link.in_boilerplate and same_site(link.url, page_url)
              and (link.in_heading or "bookmark" in link.rel or fold(link.text) in cues().more_texts)
              and not is_attachment(link.url) and link.url != page_url}
    if len(headed) < 4:
        return False
    boiler = set()
    for container in boilerplate_containers(tree):
        boiler.update(container.iter())
    words = longest = 0
    for node in tree.iter("p", "li", "td", "dd", "div"):
        if node in boiler or any(a.tag == "a" for a in node.iterancestors()):
            continue
        # text of the node itself and of its children's tails, not of nested blocks
        own = sum(len(part.split()) for part in [node.text or ""] + [child.tail or "" for child in node])
        words += own
        longest = max(longest, own)
    # summaries are short; an article has at least one real paragraph
    return words / len(headed) < 60 and longest < 80
