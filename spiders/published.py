"""When a page was published: page metadata, CMS labels, BIP metadata tables and bylines.

Order of trust: what the page's markup says about itself (meta tags, JSON-LD, a `<time>` of
the post header), then the labels Polish CMSs print (`Data publikacji:`, `Dodano:`, BIP's
`data udostępnienia dokumentu:`; the earliest of them when a BIP page lists several
documents, as the page went up with the first), then the document's creation date
(`Data wytworzenia:`), then a byline at the top of the post (`12.03.2024, 09:41 przez
admin`). Modification dates (`ostatnia zmiana`, `Zmodyfikowano`) never count.
"""
from __future__ import annotations

import re
from datetime import date

import lxml.etree
import lxml.html

from spiders.maintext import cues

MONTHS = {"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
          "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
          "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6, "lipiec": 7,
          "sierpień": 8, "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
          "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
          "september": 9, "october": 10, "november": 11, "december": 12}
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                   "october", "november", "december")
DATE_VALUE = (r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./]\d{1,2}[./]\d{1,2}|"
              r"\d{1,2}\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+\d{4}|"
              r"(?:" + "|".join(_ENGLISH_MONTHS) + r")\s+\d{1,2},?\s+\d{4})")
_DATE = re.compile(DATE_VALUE, re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\b")
META_KEYS = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued",
             "dc.date.created", "dcterms.issued", "dcterms.created", "pubdate", "publishdate", "publish_date",
             "sailthru.date", "citation_publication_date", "parsely-pub-date")
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_LABEL_TAIL = r"(?:\s+(?:dokumentu|informacji|wiadomo[sś]ci|artyku[lł]u|wpisu|tre[sś]ci|strony))?\s*:?\s*(?:dnia\s+)?"


def parse_date(value: str) -> str | None:
    """A date written the ways Polish sites write it, as YYYY-MM-DD (None when not a date)."""
    value = value.strip().lower()
    try:
        if m := re.match(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", value):
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
        elif m := re.match(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value):
            d, mo, y = int(m[1]), int(m[2]), int(m[3])
        elif m := re.match(r"(\d{1,2})\s+(\w+)\s+(\d{4})", value):
            d, mo, y = int(m[1]), MONTHS[m[2]], int(m[3])
        elif m := re.match(r"([a-z]+)\s+(\d{1,2}),?\s+(\d{4})", value):
            mo, d, y = MONTHS[m[1]], int(m[2]), int(m[3])
        else:
            return None
        if not 1990 <= y <= 2100:
            return None
        return date(y, mo, d).isoformat()
    except (KeyError, ValueError):
        return None


def date_in(text: str) -> str | None:
    m = _DATE.search(text)
    return parse_date(m.group(1)) if m else None


def from_markup(tree: lxml.html.HtmlElement, html: str, boilerplate: set) -> str | None:
    """The publication date the page's markup states: meta tags, JSON-LD, a post's `<time>`."""
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in META_KEYS and (found := parse_date(meta.get("content", ""))):
            return found
    if (m := _JSONLD_DATE.search(html)) and (found := parse_date(m.group(1))):
        return found
    times = [t for t in tree.iter("time") if t not in boilerplate]
    marked = [t for t in times if _PUBLISHED_MARK.search(" ".join((t.get("class") or "", t.get("itemprop") or "")))
              or t.get("pubdate") is not None]
    # microformats and schema.org on any element: Blogger's `<abbr class="published"
    # title="2013-05-11T10:15:00+02:00">`, its `<h2 class="date-header">`, `itemprop="datePublished"`
    others = [node for node in _MARKED_NODES(tree) if node.tag != "time" and node not in boilerplate
              and _PUBLISHED_MARK.search(" ".join((node.get("class") or "", node.get("itemprop") or "")))]
    for node in marked + others + times[:1]:
        found = next(filter(None, (parse_date(node.get(attribute) or "")
                                   for attribute in ("datetime", "content", "title"))), None) \
            or date_in(node.text_content())
        if found:
            return found
    return None


_PUBLISHED_MARK = re.compile(r"publish|entry-date|post-date|date-header|pubdate|posted", re.I)
# compiled once: asked of every page
_MARKED_NODES = lxml.etree.XPath("//*[@itemprop='datePublished' or contains(@class, 'publish') or "
                                 "contains(@class, 'entry-date') or contains(@class, 'post-date') or "
                                 "contains(@class, 'date-header')]")


def labelled(text: str) -> str | None:
    """The publication date a CMS label gives (the earliest of several), else the creation date."""
    c = cues()
    for labels in (c.publication_labels, c.creation_labels):
        pattern = re.compile(rf"(?<!\w)(?:{labels.pattern}){_LABEL_TAIL}{DATE_VALUE}", re.I)
        found = sorted(filter(None, (parse_date(m.group(1)) for m in pattern.finditer(text))))
        if found:
            return found[0]
    return None


def byline(line: str) -> str | None:
    """The date of a byline (`12.03.2024, 09:41 przez admin`, `Opublikowano 5 marca 2024`): a
    short line holding a date and little else, or a date beside author/category words."""
    if len(line.split()) > 16 or cues().event_labels.match(line):
        return None   # (`Termin: 1 grudnia 2026 r., godz. 18:00. Rejestracja przez formularz`: the event's day)
    m = _DATE.search(line)
    if not m:
        return None
    found = parse_date(m.group(1))
    if found is None:
        return None
    rest = _TIME.sub(" ", line[:m.start()] + " " + line[m.end():])
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    if not rest or len(rest.split()) <= 1 or cues().byline_words.search(rest):
        return found
    return None
