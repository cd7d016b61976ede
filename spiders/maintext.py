"""The main text of a page, as lines, without menus, breadcrumbs and layout-table frames.

Modern themes mark navigation (`<nav>`, `.menu`, `.sidebar`); table-layout CMSs of
municipal BIPs do not: their menu is a column of one-link tables, as much part of the page
as the document. What every menu shares, marked up or not, is that it is made of links:
a block whose text is mostly link text is navigation, removed as a whole (top-down, so a
document that contains a few links keeps them). What remains is read block by block into
lines, each remembering which of its parts were links, so that a breadcrumb trail at the
top (`Rada > Sesje > 2015 > XIII Sesja …`) can be told from the document's own first line.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html

from spiders.selectors import SimpleSelector

CUES_PATH = Path(__file__).with_name("article_cues.json")

_DROPPED_TAGS = ("script", "style", "noscript", "template", "svg", "select", "option", "button", "input",
                 "textarea", "iframe", "object", "embed", "map")
_BLOCKS = frozenset(("div", "td", "th", "tr", "tbody", "thead", "tfoot", "table", "ul", "ol", "li", "dl", "dd",
                     "dt", "section", "article", "main", "aside", "header", "footer", "nav", "p", "blockquote",
                     "center", "form", "fieldset", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address",
                     "figure", "figcaption", "details", "summary", "caption", "hr", "br"))
_CELLS = frozenset(("td", "th"))
PRUNED = "data-civic-pruned"   # set on an element whose link-dense blocks were removed, to their number
ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods")
_FILE_NAMED = re.compile(r"[(\[]\s*(?:pdf|docx?|odt|rtf|xlsx?|ods)\b[^)\]]*[)\]]\s*$", re.I)
_SPACE = re.compile(r"[ \t\r\n\u00a0\u2007\u202f]+")


@dataclass(frozen=True)
class ArticleCues:
    generic_titles: frozenset[str]
    breadcrumb_separators: re.Pattern[str]
    breadcrumb_prefixes: tuple[str, ...]
    metadata_line: re.Pattern[str]
    publication_labels: re.Pattern[str]
    creation_labels: re.Pattern[str]
    byline_words: re.Pattern[str]
    event_labels: re.Pattern[str]
    junk_lines: frozenset[str]
    link_density: float
    min_links: int


@functools.cache
def cues() -> ArticleCues:
    data = json.loads(CUES_PATH.read_text(encoding="utf-8"))

    def alternation(items: list[str]) -> str:
        return "|".join(sorted(items, key=len, reverse=True))

    return ArticleCues(
        generic_titles=frozenset(data["generic_titles"]),
        breadcrumb_separators=re.compile(r"^\s*(?:" + alternation([re.escape(s) for s in data["breadcrumb_separators"]])
                                         + r")\s*"),
        breadcrumb_prefixes=tuple(data["breadcrumb_prefixes"]),
        metadata_line=re.compile(r"(?<!\w)(?:" + alternation(data["metadata_labels"]) + r")(?!\w)", re.I),
        publication_labels=re.compile(r"(?:" + alternation(data["publication_labels"]) + r")", re.I),
        creation_labels=re.compile(r"(?:" + alternation(data["creation_labels"]) + r")", re.I),
        byline_words=re.compile(r"(?<!\w)(?:" + alternation(data["byline_words"]) + r")(?!\w)", re.I),
        event_labels=re.compile(r"^\s*(?:" + alternation(data["event_labels"]) + r")\s*[:\-–]", re.I),
        junk_lines=frozenset(data["junk_lines"]),
        link_density=float(data["link_density"]),
        min_links=int(data["min_links"]),
    )


@dataclass
class Line:
    """One line of the main text; `parts` are (text, href) in reading order, href "" outside
    links to other pages."""
    parts: list[tuple[str, str]] = field(default_factory=list)
    heading: bool = False
    strong: bool = False

    @property
    def text(self) -> str:
        return _SPACE.sub(" ", "".join(text for text, _link in self.parts)).strip()

    @property
    def link_share(self) -> float:
        total = sum(len(t.strip()) for t, _ in self.parts)
        return sum(len(t.strip()) for t, link in self.parts if link) / total if total else 0.0


def _text_len(node: lxml.html.HtmlElement) -> int:
    return len(_SPACE.sub("", node.text_content() or ""))


def _clean_len(text: str | None) -> int:
    if not text or text.isspace():
        return 0
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r") \
        - text.count("\u00a0")


@dataclass(slots=True)
class _Measure:
    text: int = 0        # characters of text (no spaces) inside the element
    linked: int = 0      # of them, inside links
    links: int = 0       # links inside the element
    content: int = 0     # the most unlinked text held by one block inside that is not navigation


def page_link(el: lxml.html.HtmlElement) -> str:
    """The address an `<a>` leads to when it leads to another page ("" for none, or for an
    attachment: a list of a document's files is part of the document, not navigation)."""
    href = (el.get("href") or "").strip() if el.tag == "a" else ""
    if not href or urlsplit(href).path.lower().endswith(ATTACHMENT_EXTENSIONS):
        return ""
    if _FILE_NAMED.search(el.text_content() or ""):
        return ""   # `Protokół (pdf)` behind a script's address is still a file
    return href


def _measure(node: lxml.html.HtmlElement, out: dict) -> _Measure:
    """Text and link sizes of every element below `node`, in one pass."""
    m = _Measure(text=_clean_len(node.text))
    is_link = node.tag == "a" and bool(page_link(node))
    for child in node:
        if isinstance(child.tag, str):
            sub = _measure(child, out)
            m.text += sub.text
            m.linked += sub.linked
            m.links += sub.links
            m.content = max(m.content, sub.content)
        m.text += _clean_len(child.tail)
    if is_link:
        m.linked, m.links = m.text, m.links + 1
    if node.tag in _BLOCKS and not _is_navigation(m):
        m.content = max(m.content, m.text - m.linked)
    out[node] = m
    return m


def _is_navigation(m: _Measure) -> bool:
    c = cues()
    if m.links >= c.min_links and m.linked >= c.link_density * m.text:
        return True
    return m.links == 1 and m.linked >= 0.95 * m.text and 0 < m.text <= 25   # `Czytaj więcej`, `Powrót`


def _drop(node: lxml.html.HtmlElement) -> None:
    if node.getparent() is not None:
        node.drop_tree()


def strip_navigation(root: lxml.html.HtmlElement, boilerplate: list[lxml.html.HtmlElement]) -> None:
    """Remove scripts, marked-up navigation and link-dense blocks from `root` (in place)."""
    for node in list(root.iter(*_DROPPED_TAGS)):
        _drop(node)
    for node in list(root.iter(lxml.etree.Comment)):
        _drop(node)
    for node in list(root.xpath("//*[@hidden or @aria-hidden='true']")):
        _drop(node)
    total = _text_len(root) or 1
    for node in boilerplate:
        # A theme that names its content wrapper `...menu...` must not lose the document.
        if node.getparent() is not None and _text_len(node) < 0.5 * total:
            _drop(node)
    measures: dict = {}
    _measure(root, measures)
    _prune_link_blocks(root, measures)


_MIN_CONTENT = 20   # unlinked characters that make a block inside a link-dense one worth keeping (a title)


def _prune_link_blocks(node: lxml.html.HtmlElement, measures: dict) -> None:
    """Drop link-dense blocks top-down; a link-dense block that holds a real block of text
    (a layout row with the menu in one cell and the document in the other) is opened instead."""
    for child in list(node):
        if not isinstance(child.tag, str):
            continue
        m = measures.get(child)
        if m is not None and child.tag in _BLOCKS and m.text and _is_navigation(m) \
                and m.content < _MIN_CONTENT and child.tag not in ("h1", "h2"):
            node.set(PRUNED, str(int(node.get(PRUNED, "0")) + 1))   # where links were: a list, if little else is
            child.drop_tree()
            continue
        _prune_link_blocks(child, measures)


def main_node(root: lxml.html.HtmlElement, candidates: SimpleSelector) -> lxml.html.HtmlElement:
    """The element holding the document: a marked-up content container when the page has one,
    else the deepest block that still holds most of the page's text."""
    body = root.find("body")
    body = body if body is not None else root
    total = _text_len(body)
    if not total:
        return body
    # A container that says it is the document (<article>, <main>) is taken however short the
    # document is beside the site's footer; one merely classed `content` must hold a quarter.
    marked = [n for n in candidates.select(root)
              if _text_len(n) >= (0.05 if n.tag in ("article", "main") or n.get("role") == "main" else 0.25) * total]
    if marked:
        largest = max(_text_len(n) for n in marked)
        good = [n for n in marked if _text_len(n) >= 0.5 * largest]
        return max(good, key=lambda n: sum(1 for _ in n.iterancestors()))
    node = body
    while True:
        blocks = [c for c in node if isinstance(c.tag, str) and c.tag in _BLOCKS]
        best = max(blocks, key=_text_len, default=None)
        if best is None or _text_len(best) < 0.8 * total:
            return node
        node = best


def pruned_within(node: lxml.html.HtmlElement) -> int:
    """How many link-dense blocks strip_navigation removed inside `node`."""
    return sum(int(el.get(PRUNED)) for el in node.iter() if isinstance(el.tag, str) and el.get(PRUNED))


def lines(node: lxml.html.HtmlElement) -> list[Line]:
    """The text of `node` as lines: blocks and `<br>` break lines, table cells are joined with a space."""
    out: list[Line] = [Line()]

    def new_line() -> None:
        if out[-1].parts and out[-1].text:
            out.append(Line())
        else:
            out[-1] = Line()

    def add(text: str | None, link: str, heading: bool, strong: bool) -> None:
        if text:
            out[-1].parts.append((text, link))
            if text.strip():
                out[-1].heading |= heading
                out[-1].strong |= strong

    def walk(el: lxml.html.HtmlElement, link: str, heading: bool, strong: bool, tail: bool = True) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        is_block = tag in _BLOCKS and tag not in _CELLS
        if is_block:
            new_line()
        elif tag in _CELLS:
            add(" ", link, heading, strong)
        inner_link = link or page_link(el)
        inner_heading = heading or tag in ("h1", "h2", "h3", "h4", "h5", "h6")
        inner_strong = strong or tag in ("b", "strong")
        if tag:
            add(el.text, inner_link, inner_heading, inner_strong)
            for child in el:
                walk(child, inner_link, inner_heading, inner_strong)
        if is_block:
            new_line()
        elif tag in _CELLS:
            add(" ", link, heading, strong)
        if tail:
            add(el.tail, link, heading, strong)

    walk(node, "", False, False, tail=False)
    return [line for line in out if line.text]
