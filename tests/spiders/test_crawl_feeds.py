"""Feeds in the three shapes Polish sites publish: RSS 2.0, Atom and RSS 1.0 (RDF)."""
from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request, XmlResponse

from spiders.source import Source
from spiders.spiders.discovery import DiscoverySpider

SOURCE = Source(id="fx-feed", name="Feed site", type="ngo", homepage="http://feed.example/")

RSS2 = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>
<item><title>Spotkanie</title><link>http://feed.example/a/1</link></item>
<item><title>Szkolenie</title><link> http://feed.example/a/2 </link></item></channel></rss>"""
ATOM = """<?xml version="1.0" encoding="windows-1250"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ogłoszenia</title>
<link rel="next" href="http://feed.example/atom?page=2"/>
<entry><title>Zebranie wiejskie w Łążku</title><link rel="alternate" href="http://feed.example/a/3"/></entry>
<entry><title>Konsultacje</title><link href="http://feed.example/a/4"/><link rel="enclosure" href="http://feed.example/x.mp3"/></entry>
</feed>""".encode("cp1250")
RSS1 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="http://feed.example/"><title>T</title></channel>
<item rdf:about="http://feed.example/a/5"><title>Forum</title><link>http://feed.example/a/5</link></item></rdf:RDF>"""


def _followed(body: bytes, url: str = "http://feed.example/feed", response_cls=XmlResponse) -> list[tuple[str, str]]:
    spider = DiscoverySpider(sources=[SOURCE])
    response = response_cls(url, body=body, request=Request(url, meta={"source_id": SOURCE.id, "role": "feed"}))
    return [(r.url, r.meta["role"]) for r in spider.parse_feed(response) if r is not None]


@pytest.mark.parametrize("body, expected", [
    (RSS2, [("http://feed.example/a/1", "article"), ("http://feed.example/a/2", "article")]),
    (ATOM, [("http://feed.example/a/3", "article"), ("http://feed.example/a/4", "article"),
            ("http://feed.example/atom?page=2", "feed")]),
    (RSS1, [("http://feed.example/a/5", "article")]),
], ids=["rss2", "atom", "rss1"])
def test_feed_items_become_article_requests(body: bytes, expected: list[tuple[str, str]]) -> None:
    assert _followed(body) == expected


def test_an_html_page_announced_as_a_feed_is_read_as_a_listing() -> None:
    html = ("<html><body><main>" + "".join(
        f'<h2><a href="/aktualnosci/wpis-{n}/">Zaproszenie na spotkanie numer {n}</a></h2>' for n in range(3))
        + "</main></body></html>").encode()
    followed = _followed(html, "http://feed.example/rss", HtmlResponse)
    assert [url for url, role in followed if role == "article"] == [
        f"http://feed.example/aktualnosci/wpis-{n}/" for n in range(3)]
