"""Reading one article page: title, main text, publication date and attachments.

Main text comes from trafilatura (a maintained main-content extractor), with a
BeautifulSoup fallback for the tiny pages it declines; the publication date from page
metadata first (meta tags, JSON-LD, `<time>`), then from the labels Polish CMSs print
(`Data publikacji:`, `Dodano:`, BIP's `Data wytworzenia:`). PDF documents are read with pypdf.
"""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

import lxml.html

from spiders.encoding import decode

log = logging.getLogger(__name__)

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods")
_MONTHS = {"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
           "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
           "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6, "lipiec": 7,
           "sierpień": 8, "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12}
_DATE_META_KEYS = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
                   "dc.date.issued", "dc.date.created", "dcterms.issued", "dcterms.created", "pubdate",
                   "publishdate", "publish_date", "sailthru.date", "citation_publication_date")
# Labels in order of preference: the publication date beats the document's creation date.
_DATE_LABEL_GROUPS = (
    r"data\s+publikacji|data\s+opublikowania|opublikowano|data\s+dodania|dodano|data\s+udost[eę]pnienia|"
    r"data\s+wprowadzenia|data\s+wpisu|wpis\s+z\s+dnia|opublikowany|data\s+aktualizacji",
    r"data\s+wytworzenia|data\s+utworzenia|utworzono",
    r"\bdata",
)
_DATE_VALUE = (r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|"
               r"\d{1,2}\s+(?:" + "|".join(_MONTHS) + r")\s+\d{4})")
_LABELLED_DATES = tuple(re.compile(rf"(?:{labels})\s*:?\s*(?:dnia\s+)?{_DATE_VALUE}", re.I)
                        for labels in _DATE_LABEL_GROUPS[:2]) + (
    re.compile(rf"{_DATE_LABEL_GROUPS[2]}\s*:\s*{_DATE_VALUE}", re.I),)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_MAIN_XPATH = ("//article | //main | //*[@role='main'] | //*[@id='content'] | //*[@id='main'] | "
               "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')] | "
               "//*[contains(concat(' ', normalize-space(@class), ' '), ' content ')] | "
               "//*[contains(@id,'tresc') or contains(@class,'tresc') or contains(@class,'srodek') or "
               "contains(@id,'srodek') or contains(@class,'artykul') or contains(@id,'artykul')]")


@dataclass
class Article:
    url: str
    title: str = ""
    text: str = ""
    published: str | None = None           # YYYY-MM-DD
    attachments: list[str] = field(default_factory=list)   # absolute URLs of PDF/DOC attachments
    encoding: str | None = None
    is_pdf: bool = False


def parse_date(value: str) -> str | None:
    """A date written the ways Polish sites write it, as YYYY-MM-DD (None when not a date)."""
    value = value.strip().lower()
    try:
        if m := re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", value):
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
        elif m := re.match(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value):
            d, mo, y = int(m[1]), int(m[2]), int(m[3])
        elif m := re.match(r"(\d{1,2})\s+(\w+)\s+(\d{4})", value):
            d, mo, y = int(m[1]), _MONTHS[m[2]], int(m[3])
        else:
            return None
        return date(y, mo, d).isoformat()
    except (KeyError, ValueError):
        return None


def is_pdf(body: bytes, content_type: str | None = None) -> bool:
    return body[:5] == b"%PDF-" or "application/pdf" in (content_type or "").lower()


def pdf_text(body: bytes) -> tuple[str, str]:
    """(title, text) of a PDF; empty strings when pypdf cannot read it (scans, encryption)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(body))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or ""
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        log.info("unreadable PDF: %s", exc)
        return "", ""
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    return str(title).strip(), text


def _clean(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


_TITLE_SEPARATORS = re.compile(r"(\s+(?:[|–—»:-]|::)\s+)")


def _boilerplate_nodes(tree: lxml.html.HtmlElement) -> set:
    from spiders.links import boilerplate_containers

    nodes: set = set()
    for container in boilerplate_containers(tree):
        nodes.update(container.iter())
    return nodes


def _title(tree: lxml.html.HtmlElement, main: lxml.html.HtmlElement | None, css: dict[str, str]) -> str:
    """The article's own title, not the site's name that CMSs put in the first <h1>.

    A heading outside navigation and headers that the <title> repeats wins; then the first
    such <h1>, og:title, and finally the <title> without the site-name parts the page
    header repeats.
    """
    if css.get("title"):
        found = tree.cssselect(css["title"])
        if found:
            return _clean(found[0].text_content())
    boiler = _boilerplate_nodes(tree)
    titles = tree.xpath("//title/text()")
    page_title = " ".join(titles[0].split()) if titles else ""
    headings = [(h.tag, " ".join(h.text_content().split())) for h in tree.xpath("//h1 | //h2 | //h3")
                if h not in boiler]
    headings = [(tag, text) for tag, text in headings if len(text) > 3]
    for _tag, text in headings:
        if text.casefold() in page_title.casefold():
            return text
    for tag, text in headings:
        if tag == "h1":
            return text
    for node in tree.xpath("//meta[@property='og:title']/@content"):
        if node.strip():
            return node.strip()
    if page_title:
        boiler_text = " ".join(" ".join(n.text or "" for n in boiler).split()).casefold()
        pieces = _TITLE_SEPARATORS.split(page_title)   # [part, sep, part, sep, part]
        while len(pieces) > 2 and pieces[0].strip().casefold() in boiler_text:
            pieces = pieces[2:]
        while len(pieces) > 2 and pieces[-1].strip().casefold() in boiler_text:
            pieces = pieces[:-2]
        return "".join(pieces).strip()
    return headings[0][1] if headings else ""


def _published(tree: lxml.html.HtmlElement, html: str, page_text: str, css: dict[str, str]) -> str | None:
    if css.get("date"):
        for node in tree.cssselect(css["date"]):
            found = parse_date(node.get("datetime") or "") or _date_in(node.text_content())
            if found:
                return found
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META_KEYS and (found := parse_date(meta.get("content", ""))):
            return found
    if (m := _JSONLD_DATE.search(html)) and (found := parse_date(m.group(1))):
        return found
    for node in tree.xpath("//article//time | //main//time | //time"):
        found = parse_date(node.get("datetime") or "") or _date_in(node.text_content())
        if found:
            return found
    return _date_in_labelled(page_text)


def _date_in(text: str) -> str | None:
    m = re.search(_DATE_VALUE, text, re.I)
    return parse_date(m.group(1)) if m else None


def _main_node(tree: lxml.html.HtmlElement, css: dict[str, str]) -> lxml.html.HtmlElement | None:
    if css.get("content"):
        found = tree.cssselect(css["content"])
        if found:
            return found[0]
    nodes = tree.xpath(_MAIN_XPATH)
    if not nodes:
        return None
    # The deepest candidate that still holds most of the text is the article body.
    sizes = {node: len(node.text_content().strip()) for node in nodes}
    largest = max(sizes.values())
    if largest == 0:
        return None
    good = [node for node, size in sizes.items() if size >= 0.5 * largest]
    return max(good, key=lambda node: sum(1 for _ in node.iterancestors()))


def _attachments(container: lxml.html.HtmlElement, url: str) -> list[str]:
    found: list[str] = []
    for anchor in container.xpath(".//a[@href]"):
        href = urljoin(url, anchor.get("href").strip())
        path = urlsplit(href).path.lower()
        if path.endswith(ATTACHMENT_EXTENSIONS) or "pdf" in (anchor.get("type") or "").lower():
            if href not in found:
                found.append(href)
    return found


def _soup_text(html: str) -> str:
    """Visible text without navigation, for pages too small for trafilatura."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for node in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        node.decompose()
    main = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    return _clean(main.get_text("\n"))


def parse_article(body: bytes, url: str, *, headers: dict | None = None,
                  css: dict | None = None) -> Article:
    """Everything the pipeline needs from one fetched article page (HTML or PDF)."""
    headers = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
    css = dict(css or {})
    content_type = headers.get("content-type")
    if is_pdf(body, content_type):
        title, text = pdf_text(body)
        if not title:
            title = next((line.strip() for line in text.splitlines() if line.strip()), "")[:300]
        return Article(url=url, title=title, text=text, published=_date_in_labelled(text),
                       encoding=None, is_pdf=True)
    html, encoding = decode(body, content_type=content_type)
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (lxml.etree.ParserError, ValueError):
        return Article(url=url, encoding=encoding)
    main = _main_node(tree, css)
    title = _title(tree, main, css)
    attachments = _attachments(main if main is not None else tree, url)
    page_text = " ".join(" ".join(tree.itertext()).split())
    published = _published(tree, html, page_text, css)

    text = ""
    if css.get("content") and main is not None:
        text = _clean(main.text_content())
    if not text:
        import trafilatura

        text = _clean(trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                                          favor_recall=True, deduplicate=False) or "")
    fallback = _soup_text(html) if len(text) < 400 else ""
    if len(fallback) > len(text) * 1.5:
        text = fallback
    if title and text.startswith(title):
        text = text[len(title):].lstrip()
    return Article(url=url, title=title, text=text, published=published, attachments=attachments,
                   encoding=encoding)


def _date_in_labelled(text: str) -> str | None:
    for pattern in _LABELLED_DATES:
        if (m := pattern.search(text)) and (found := parse_date(m.group(1))):
            return found
    return None
