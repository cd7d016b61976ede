"""Finding a site's announcement sections, feeds, pagination and article links generically."""
from __future__ import annotations

from crawlkit import FIXTURE_SITES, SAMPLE_SITES
from spiders import links


def _tree(path):
    return links.html_tree(path.read_bytes())


def test_sections_by_link_text_and_url_in_several_site_styles() -> None:
    cases = {
        FIXTURE_SITES / "gmina-wp" / "index.html": {"http://s/aktualnosci/"},
        FIXTURE_SITES / "bip-iso" / "index.html": {"http://s/ogloszenia/", "http://s/komunikaty/"},
        FIXTURE_SITES / "stara-cp1250" / "index.html": {"http://s/komunikaty.html"},
        FIXTURE_SITES / "centrum-ngo" / "index.html": {"http://s/dla-organizacji-pozarzadowych/"},
        FIXTURE_SITES / "kalendarz-awarie" / "index.html": {"http://s/kalendarz/"},
        SAMPLE_SITES / "przemysl" / "index.html": {"http://s/aktualnosci/", "http://s/organizacje-pozarzadowe/"},
    }
    for file, expected in cases.items():
        found = {url for url, _score, _text in links.section_links(_tree(file), "http://s/")}
        assert found == expected, file


def test_article_slugs_containing_cue_words_are_not_sections() -> None:
    tree = _tree(FIXTURE_SITES / "gmina-wp" / "index.html")
    found = {url for url, _s, _t in links.section_links(tree, "http://s/")}
    assert "http://s/aktualnosci/konsultacje-budzetu-obywatelskiego-2027/" not in found
    assert "http://s/urzad/" not in found and "http://s/kontakt/" not in found


def test_feeds_announced_in_the_head() -> None:
    tree = _tree(FIXTURE_SITES / "ngo-rss" / "index.html")
    assert links.feed_links(tree, "http://s/") == ["http://s/feed.xml"]


def test_listing_articles_and_pagination() -> None:
    listing = FIXTURE_SITES / "gmina-wp" / "aktualnosci" / "index.html"
    tree = _tree(listing)
    articles = links.article_links(tree, "http://s/aktualnosci/")
    assert articles == ["http://s/aktualnosci/konsultacje-budzetu-obywatelskiego-2027/",
                        "http://s/aktualnosci/szkolenie-dla-kol-gospodyn-wiejskich/",
                        "http://s/aktualnosci/remont-drogi-gminnej-w-lipnikach/",
                        "http://s/aktualnosci/spotkanie-rady-seniorow/"]
    assert links.next_pages(tree, "http://s/aktualnosci/") == ["http://s/aktualnosci/page/2/"]
    drupal = _tree(FIXTURE_SITES / "centrum-ngo" / "dla-organizacji-pozarzadowych" / "index.html")
    assert links.next_pages(drupal, "http://s/dla-organizacji-pozarzadowych/") == [
        "http://s/dla-organizacji-pozarzadowych/strona-2/"]


def test_source_overrides_decide_when_given() -> None:
    import re

    tree = _tree(FIXTURE_SITES / "gmina-wp" / "aktualnosci" / "index.html")
    only_seniors = links.article_links(tree, "http://s/aktualnosci/", patterns=(re.compile(r"seniorow"),))
    assert only_seniors == ["http://s/aktualnosci/spotkanie-rady-seniorow/"]
    by_css = links.article_links(tree, "http://s/aktualnosci/", css="a.more-link")
    assert len(by_css) == 4


def test_a_listing_is_recognised_as_one() -> None:
    assert links.looks_like_listing(_tree(FIXTURE_SITES / "gmina-wp" / "aktualnosci" / "index.html"), "http://s/aktualnosci/")
    article = FIXTURE_SITES / "gmina-wp" / "aktualnosci" / "spotkanie-rady-seniorow" / "index.html"
    assert not links.looks_like_listing(_tree(article), "http://s/aktualnosci/spotkanie-rady-seniorow/")


def test_card_listings_count_as_listings_and_articles_with_related_links_do_not() -> None:
    cards = _tree(SAMPLE_SITES / "rops-lublin" / "aktualnosci" / "index.html")   # <a><h2>…</h2></a> cards
    assert links.looks_like_listing(cards, "http://s/aktualnosci/")
    body = " ".join(["Zapraszamy organizacje pozarządowe na spotkanie w sprawie programu współpracy."] * 30)
    related = "".join(f'<h3><a href="/aktualnosci/wpis-{n}/">Powiązany wpis numer {n}</a></h3>' for n in range(5))
    article = links.html_tree(f"<html><body><main><h1>Spotkanie</h1><p>{body}</p>{related}</main></body></html>"
                              .encode("utf-8"))
    assert not links.looks_like_listing(article, "http://s/aktualnosci/spotkanie/")


def test_sections_may_live_on_a_subdomain_but_not_on_another_site() -> None:
    html = ('<html><body><nav><a href="https://bip.gmina.example/ogloszenia/">Ogłoszenia</a>'
            '<a href="https://powiat.example/aktualnosci/">Aktualności</a></nav></body></html>').encode()
    found = [url for url, _s, _t in links.section_links(links.html_tree(html), "https://www.gmina.example/")]
    assert found == ["https://bip.gmina.example/ogloszenia/"]
