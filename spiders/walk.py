"""Which links of a site to follow, and how eagerly: the site walk of the discovery spider.

A first crawl of a site walks every page it can reach from the homepage, within a page
budget, in order of how much each link looks like the way to announcements: section names
(`Aktualności`, `Sesje Rady`), archives by year (`2015`, `/2015/03/`), pagination, and the
article links of listings reached that way inherit part of their listing's score. Menus that
every page repeats are told apart by counting on how many pages of the site a link appears:
a template link keeps its own score and passes nothing on. The vocabulary lives in
spiders/discovery_cues.json (`walk`).
"""
from __future__ import annotations

import functools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from spiders.links import CUES_PATH, Link, fold


@dataclass(frozen=True)
class WalkCues:
    announcement: re.Pattern[str]
    negative: re.Pattern[str]
    skip_words: tuple[str, ...]
    skip_url_parts: re.Pattern[str]
    keep_url_parts: tuple[str, ...]
    skip_extensions: tuple[str, ...]
    probe_sitemaps: tuple[str, ...]
    probe_feeds: tuple[str, ...]
    year_url: re.Pattern[str]
    year_text: re.Pattern[str]
    scores: dict[str, float]


@functools.cache
def cues() -> WalkCues:
    data = json.loads(CUES_PATH.read_text(encoding="utf-8"))["walk"]
    def stems(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, words)) + ")")

    def url_parts(parts: list[str]) -> re.Pattern[str]:
        # a plain word is a whole word of the address (`search`, not `research`)
        return re.compile("|".join(rf"(?<![a-z0-9]){re.escape(p)}(?![a-z0-9])" if p.isalnum() else re.escape(p)
                                   for p in parts))

    return WalkCues(announcement=stems(data["announcement_words"]), negative=stems(data["negative_words"]),
                    skip_words=tuple(data["skip_words"]), skip_url_parts=url_parts(data["skip_url_parts"]),
                    keep_url_parts=tuple(data["keep_url_parts"]),
                    skip_extensions=tuple(data["skip_extensions"]), probe_sitemaps=tuple(data["probe_sitemaps"]),
                    probe_feeds=tuple(data["probe_feeds"]), year_url=re.compile(data["year_url"], re.I),
                    year_text=re.compile(data["year_text"], re.I), scores=dict(data["scores"]))


def _folded(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(text))


def skipped(link: Link) -> bool:
    """Links a crawler of announcements never needs: logins, searches, print views, media files."""
    c = cues()
    url = link.url.lower()
    path = urlsplit(url).path
    if path.endswith(c.skip_extensions):
        return True
    if c.skip_url_parts.search(url) and not any(part in url for part in c.keep_url_parts):
        return True
    text = fold(link.text)
    return any(text == word or text.startswith(word + " ") for word in c.skip_words)


def year_of(link: Link) -> int | None:
    """The year of an archive link (`2015`, `Archiwum 2015`, `/2015/`, `/2015/03/`, `?rok=2015`)."""
    c = cues()
    text = " ".join(link.text.split())
    if c.year_text.match(text):
        return int(re.search(r"(19|20)\d\d", text).group())
    parts = urlsplit(link.url)
    if (m := c.year_url.search(parts.path)) or (m := c.year_url.search("?" + parts.query)):
        return int(re.search(r"(19|20)\d\d", m.group()).group())
    return None


@dataclass
class TemplateLinks:
    """On how many pages of a site each link appears: links on most pages are its menus."""
    pages: int = 0
    seen: Counter = field(default_factory=Counter)

    def add_page(self, urls: set[str]) -> None:
        self.pages += 1
        self.seen.update(urls)

    def is_template(self, url: str) -> bool:
        c = cues().scores
        return self.pages >= c["template_min_pages"] and self.seen[url] >= c["template_share"] * self.pages


@functools.lru_cache(maxsize=65536)
def own_score(url: str, text: str, section: float) -> tuple[float, float]:
    """What a link's own words say: (how much it names a section or an archive year, how much
    its words speak for announcements or against them)."""
    c = cues().scores
    parts = urlsplit(url)
    words = _folded(text) + " " + _folded(unquote(parts.path) + " " + unquote(parts.query))
    structure = c["other"]
    if section >= 0.5:
        structure = max(structure, c["section"] * (0.5 + section / 2))
    if year_of(Link(url, text, False, False, "")) is not None:
        structure = max(structure, c["year_archive"])
    lean = 0.0
    if cues().announcement.search(words):
        lean += c["announcement_word"]
    if cues().negative.search(words):
        lean += c["negative_word"]
    return structure, lean


def score(link: Link, *, context: float, template: bool, pagination: bool, section: float) -> float:
    """How eagerly to fetch `link`, found on a page reached with score `context`.

    `section` is links.section_score of the link, `pagination` says the link is a further
    page of the listing it was found on, `template` that the site repeats it on most pages.
    A link inherits part of its page's score unless it is a menu entry; its own words then
    raise or lower what it has (`Sesja…` up, `Przetarg…` down).
    """
    c = cues().scores
    structure, lean = own_score(link.url, link.text, section)
    inherited = 0.0
    if not template:
        if pagination:
            inherited = max(c["pagination"], context)
        elif not link.in_boilerplate:
            inherited = c["inherited_share"] * context + c["article_on_hub"]
    return round(max(1.0, max(structure, inherited) + lean), 1)


def priority(value: float) -> int:
    """Scrapy request priority of a walk score (article and listing roles sit around 10-20)."""
    return int(value)


@functools.lru_cache(maxsize=131072)
def canonical(url: str) -> str:
    """pipeline.schema.canonical_url, remembered: a walk meets the same menu links on every page."""
    from pipeline.schema import canonical_url

    return canonical_url(url)
