"""Reading one article page: title, main text, publication date and attachments.

Main text is what spiders/maintext.py keeps of the page (no menus, breadcrumbs, layout-table
frames), read line by line: CMS metadata lines (BIP's responsibility and date table) and a
byline at the top are taken out of the text, because their dates are the page's publication
and creation dates, never a meeting's; they go to `published` instead (spiders/published.py).
The title is the document's own: its heading, the last step of its breadcrumb, og:title or
the `<title>` without the site's name, never a name every page of the site carries (`BIP`);
a crawler may pass the text of the link that led to the page for pages that state no title.
PDF documents are read with pypdf.
"""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html

from spiders import maintext
from spiders.encoding import decode
from spiders.published import byline, date_in, from_markup, labelled, parse_date
from spiders.selectors import SimpleSelector

log = logging.getLogger(__name__)

__all__ = ["ATTACHMENT_EXTENSIONS", "Article", "parse_article", "parse_date", "is_pdf", "pdf_text"]

ATTACHMENT_EXTENSIONS = maintext.ATTACHMENT_EXTENSIONS
# Where themes put the document (whole class names, or parts of Polish ids and classes).
_MAIN = SimpleSelector.parse("article, main, [role=main], #content, #main, .entry-content, .content, "
                             "[id*=tresc], [class*=tresc], [class*=srodek], [id*=srodek], [class*=artykul], "
                             "[id*=artykul]")
_BYLINE_WINDOW = 4     # bylines sit within the first lines of a post (before or after its title)
_JUNK_MAX = 40         # page furniture (`Drukuj`, `Powrót`) is a line of a word or two


@dataclass
class Article:
    url: str
    title: str = ""
    text: str = ""
    published: str | None = None           # YYYY-MM-DD
    attachments: list[str] = field(default_factory=list)   # absolute URLs of PDF/DOC attachments
    encoding: str | None = None
    is_pdf: bool = False
    own_text: str = ""                     # the page's own text, before a title taken from elsewhere is added
    unlinked_words: int = 0                # words of it that are not the text of a link to another page
    listed_links: int = 0                  # links to other pages in it, and lists of links taken out of it


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


_FOLD = str.maketrans("ąćęłńóśźżäöüéèáàíìúùýčřšžťďňľĺŕ", "acelnoszzaoueeaaiiuuycrsztdnllr")


def _fold(text: str) -> str:
    """Lower case without Polish (and common Latin) diacritics, single spaces: how titles and
    cue lines are compared (nlp.morph.fold, without its per-character Unicode pass)."""
    return " ".join(text.lower().translate(_FOLD).split()).strip(" .:|-–—»")


def _squeezed(text: str) -> str:
    return re.sub(r"[\W_]+", "", _fold(text))


def is_site_title(text: str, site_title: str | None = None) -> bool:
    """A title every page of a site carries (`BIP`, the site's name), not a document's."""
    folded = _fold(text)
    if not folded or folded in maintext.cues().generic_titles:
        return True
    if not site_title:
        return False
    names = {_squeezed(site_title)} | {_squeezed(piece) for piece in _TITLE_SEPARATORS.split(site_title)[::2]}
    return _squeezed(text) in names - {""}


def _boilerplate_nodes(tree: lxml.html.HtmlElement) -> set:
    from spiders.links import boilerplate_containers

    nodes: set = set()
    for container in boilerplate_containers(tree):
        nodes.update(container.iter())
    return nodes


@dataclass
class _Reading:
    """What the main text yields besides its lines: the breadcrumb's last step, dates taken out."""
    lines: list[str]
    first_lines: list[maintext.Line]
    crumb_title: str = ""
    unlinked_words: int = 0
    listed_links: int = 0     # links to other pages left in the text (a list of pages, if many words are not)
    bylines: list[str] = field(default_factory=list)
    metadata: list[str] = field(default_factory=list)


def _split_breadcrumb(line: maintext.Line) -> tuple[bool, str]:
    """(is a breadcrumb trail, the unlinked last step): `Rada > Sesje > 2015 > XIII Sesja …`."""
    c = maintext.cues()
    parts = [(text, link) for text, link in line.parts if text.strip()]
    if not parts:
        return False, ""
    text = line.text
    folded = _fold(text)
    prefixed = any(folded.startswith(prefix) for prefix in c.breadcrumb_prefixes)
    links = sum(1 for _t, link in parts if link)
    separators = 0
    last = ""
    for index, (part, link) in enumerate(parts):
        if link:
            last = ""
            continue
        m = c.breadcrumb_separators.match(part)
        if m and index > 0:
            separators += 1
            last = part[m.end():]
        elif index == 0 and prefixed:
            last = ""
        else:
            last += part
    if links and (separators >= 1 or prefixed) and (separators >= links - 1):
        return True, re.sub(r"\s+", " ", last).strip()
    return False, ""


def _near_heading(raw: list[maintext.Line], index: int) -> bool:
    return any(line.heading for line in raw[max(0, index - 3): index + 3])


def _read_lines(raw: list[maintext.Line], *, whole_page: bool = False) -> _Reading:
    """Lines of text without breadcrumb, metadata, bylines and page furniture.

    In a post's own text a byline sits in its first lines; read over the whole page (for
    dates), next to a heading."""
    c = maintext.cues()
    reading = _Reading(lines=[], first_lines=raw[:6])
    for index, line in enumerate(raw):
        text = line.text
        if index == 0 and not whole_page and line.link_share == 1.0 and len(text.split()) <= 3 \
                and not line.heading:
            continue   # a lone link above the document: the way back to its section (`Aktualności`)
        if (index < 3 or whole_page) and not reading.crumb_title and line.link_share > 0:
            is_crumb, last = _split_breadcrumb(line)
            if is_crumb:
                reading.crumb_title = last
                if last:
                    reading.lines.append(last)
                    reading.unlinked_words += len(last.split())
                continue
        match = c.metadata_line.search(text)
        if match and (match.start() == 0 or text[match.start()].isupper()):
            reading.metadata.append(text[match.start():])
            text = text[:match.start()].strip()
            if not text:
                continue
        if len(text) <= _JUNK_MAX and _fold(text) in c.junk_lines:
            continue
        near = _near_heading(raw, index) if whole_page else len(reading.lines) < _BYLINE_WINDOW
        if near and not line.heading and byline(text):
            reading.bylines.append(text)
            continue
        reading.lines.append(text)
        reading.unlinked_words += sum(len(part.split()) for part, link in line.parts if not link)
        reading.listed_links += len({link for part, link in line.parts if link and part.strip()})
    return reading


def _title(tree: lxml.html.HtmlElement, main: lxml.html.HtmlElement, reading: _Reading, boiler: set,
           css: dict[str, str], hint: str | None, site_title: str | None) -> str:
    """The document's own title (see the module's docstring for the order)."""
    if css.get("title"):
        found = tree.cssselect(css["title"])
        if found:
            return _clean(found[0].text_content())

    def own(text: str) -> bool:
        return len(text) > 3 and not is_site_title(text, site_title)

    titles = tree.xpath("//title/text()")
    page_title = " ".join(titles[0].split()) if titles else ""
    headings = [(h.tag, " ".join(h.text_content().split())) for h in tree.xpath("//h1 | //h2 | //h3")
                if h not in boiler]
    main_headings = [(h.tag, " ".join(h.text_content().split())) for h in main.iter("h1", "h2", "h3")]
    main_headings = [(tag, text) for tag, text in main_headings if own(text)]
    headings = [(tag, text) for tag, text in headings if own(text)]
    for _tag, text in main_headings + headings:
        if page_title and text.casefold() in page_title.casefold():
            return text
    for tag, text in main_headings:
        if tag == "h1":
            return text
    if reading.crumb_title and own(reading.crumb_title):
        return reading.crumb_title
    for tag, text in headings:
        if tag == "h1":
            return text
    for node in tree.xpath("//meta[@property='og:title']/@content"):
        if own(node.strip()):
            return node.strip()
    if page_title:
        boiler_text = " ".join(" ".join(n.text or "" for n in boiler).split()).casefold()
        pieces = _TITLE_SEPARATORS.split(page_title)   # [part, sep, part, sep, part]
        while len(pieces) > 2 and (pieces[0].strip().casefold() in boiler_text or is_site_title(pieces[0], site_title)):
            pieces = pieces[2:]
        while len(pieces) > 2 and (pieces[-1].strip().casefold() in boiler_text
                                   or is_site_title(pieces[-1], site_title)):
            pieces = pieces[:-2]
        candidate = "".join(pieces).strip()
        if own(candidate):
            return candidate
    if main_headings:
        return main_headings[0][1]
    if hint and own(hint):
        return " ".join(hint.split())
    for line in reading.first_lines[:3]:
        if (line.heading or line.strong) and line.link_share < 1.0 and own(line.text) \
                and len(line.text.split()) <= 25:
            return line.text
    return ""   # headings outside the document (a footer's `Adres`) name no document


def _published(tree: lxml.html.HtmlElement, html: str, reading: _Reading, page: _Reading, boiler: set,
               css: dict[str, str], hint: str | None) -> str | None:
    if css.get("date"):
        for node in tree.cssselect(css["date"]):
            found = parse_date(node.get("datetime") or "") or date_in(node.text_content())
            if found:
                return found
    found = from_markup(tree, html, boiler)
    if found:
        return found
    for source in (reading, page):
        found = labelled("\n".join(source.metadata + source.bylines + source.lines))
        if found:
            return found
    for line in reading.bylines + page.bylines:
        if found := byline(line):
            return found
    return parse_date(hint) if hint else None


def _attachments(container: lxml.html.HtmlElement, url: str) -> list[str]:
    found: list[str] = []
    for anchor in container.xpath(".//a[@href]"):
        href = urljoin(url, anchor.get("href").strip())
        path = urlsplit(href).path.lower()
        if path.endswith(ATTACHMENT_EXTENSIONS) or "pdf" in (anchor.get("type") or "").lower():
            if href not in found:
                found.append(href)
    return found


def _marked_main(tree: lxml.html.HtmlElement, css: dict[str, str]) -> lxml.html.HtmlElement | None:
    """The content container the markup names (a source's CSS override first), if any."""
    if css.get("content"):
        found = tree.cssselect(css["content"])
        if found:
            return found[0]
    nodes = list(_MAIN.select(tree))
    if not nodes:
        return None
    sizes = {node: len(node.text_content().strip()) for node in nodes}
    largest = max(sizes.values())
    if largest == 0:
        return None
    good = [node for node, size in sizes.items() if size >= 0.5 * largest]
    return max(good, key=lambda node: sum(1 for _ in node.iterancestors()))


def parse_article(body: bytes, url: str, *, headers: dict | None = None, css: dict | None = None,
                  title_hint: str | None = None, published_hint: str | None = None,
                  site_title: str | None = None, decoded: tuple[str, str] | None = None,
                  tree: lxml.html.HtmlElement | None = None) -> Article:
    """Everything the pipeline needs from one fetched article page (HTML or PDF).

    `title_hint` (the text of the link or feed item that led here) is used only when the page
    names no title of its own; `published_hint` (a feed's date) only when the page states no
    date; `site_title` (the homepage's `<title>`) tells the site's name from a document's title.
    `decoded` is (text, encoding) when the caller has already decoded the body, `tree` a
    parsed copy of it that this function may change.
    """
    headers = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
    css = dict(css or {})
    content_type = headers.get("content-type")
    if is_pdf(body, content_type):
        title, text = pdf_text(body)
        if not title:
            title = next((line.strip() for line in text.splitlines() if line.strip()), "")[:300]
        return Article(url=url, title=title, text=text, published=labelled(text),
                       encoding=None, is_pdf=True, own_text=text)
    html, encoding = decoded or decode(body, content_type=content_type)
    if tree is None:
        try:
            tree = lxml.html.document_fromstring(html.encode("utf-8"),
                                                 parser=lxml.html.HTMLParser(encoding="utf-8"))
        except (lxml.etree.ParserError, ValueError):
            return Article(url=url, encoding=encoding)
    from spiders.links import boilerplate_containers

    marked = _marked_main(tree, css)
    attachments = _attachments(marked if marked is not None else tree, url)
    boiler = _boilerplate_nodes(tree)
    if css.get("content") and marked is not None:
        main = marked
    else:
        maintext.strip_navigation(tree, boilerplate_containers(tree))
        main = maintext.main_node(tree, _MAIN)
    reading = _read_lines(maintext.lines(main))
    body = tree.find("body")
    while not reading.lines and main is not body and main.getparent() is not None and main.tag != "html":
        # the block with most of the text was the document's metadata table: its document is around it
        main = main.getparent()
        reading = _read_lines(maintext.lines(main))
    # Metadata tables and post headers often sit beside the content container, not in it.
    page = reading if body is None or body is main else _read_lines(maintext.lines(body), whole_page=True)
    if not reading.crumb_title:
        reading.crumb_title = page.crumb_title
    title = _title(tree, main, reading, boiler, css, title_hint, site_title)
    published = _published(tree, html, reading, page, boiler, css, published_hint)
    own_text = _clean("\n".join(reading.lines))
    text = own_text
    if title and own_text and _fold(title) not in _fold(own_text[: len(title) * 3 + 200]):
        text = f"{title}\n{own_text}"   # read as the page shows it: its title above its text
    return Article(url=url, title=title, text=text, published=published, attachments=attachments,
                   encoding=encoding, own_text=own_text, unlinked_words=reading.unlinked_words,
                   listed_links=reading.listed_links + maintext.pruned_within(main))
