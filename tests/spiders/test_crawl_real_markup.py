"""Reading pages marked up the way real municipal and NGO sites mark them up (examples written
for these tests, in the style of a table-layout BIP and a WordPress blog, with invented names)."""
from __future__ import annotations

from spiders.article import parse_article
from spiders.published import byline, labelled

MENU = "".join(
    f"<table><tr><td width=8></td><td align=center><a href='index{n:04x}.html?sc={n}&amp;m=1'>{name}</a></td></tr></table>"
    for n, name in enumerate(["Wykaz skrótów", "Rada Miejska", "Burmistrz", "Prawo Lokalne", "Finanse i mienie",
                              "Zamówienia publiczne", "Ogłoszenia informacje i wykazy", "Rejestr zmian",
                              "Obsługa Biuletynu", "Wybory"], start=100))


def _bip_page(content: str) -> bytes:
    """A BIP page: `BIP` as every page's <title>, the menu column, the document in the next cell."""
    html = (f"<html><head><title> BIP </title><meta http-equiv='Content-Type' content='text/html; charset=windows-1250'>"
            f"</head><body><center><table width=970><tr><td colspan=2><table><tr><td background='gfx/a.png'></td>"
            f"</tr></table></td></tr><tr><td width=180 valign=top>{MENU}</td><td valign=top>{content}</td></tr>"
            f"</table></center></body></html>")
    return html.encode("cp1250")


METADATA = ("<table><tr><td>osoba odpowiedzialna za wytworzenie lub treść informacji:</td><td>Jan Zawada</td></tr>"
            "<tr><td>osoba odpowiedzialna za wprowadzenie informacji do BIP:</td><td>Ewa Kłos</td></tr>"
            "<tr><td>data wytworzenia dokumentu:</td><td>{made} </td></tr>"
            "<tr><td>data udostępnienia dokumentu:</td><td>{shown} </td></tr>"
            "<tr><td colspan=2>ostatnia zmiana dokumentu: 2019-01-30 &nbsp; Przez: Ewa Kłos</td></tr></table><br>")


def _session_page() -> bytes:
    return _bip_page(
        "<a href='index2222.html?sc=102&amp;gp=-1&amp;m=1'><b>rada_sesje_rady</b></a><b> &gt; </b>"
        "<a href='index3333.html?sc=102&amp;gp=9000&amp;m=1'><b>2018</b></a>"
        "<b> &gt; VII Sesja Rady Miejskiej w Brzozówku na dzień 14 marca 2018 roku</b><br><br>"
        "<a href='1234_porzadek.pdf?fn=media/2018/1234_porzadek.pdf'><b>Porządek obrad</b></a><br><br>"
        + METADATA.format(made="2018-03-01", shown="2018-03-02")
        + "<a href='1299_protokol.pdf?fn=media/2018/1299_protokol.pdf'><b>Protokół nr VII/2018</b></a><br><br>"
        + METADATA.format(made="2018-04-20", shown="2018-04-25"))


def test_bip_document_without_menu_breadcrumb_or_metadata() -> None:
    article = parse_article(_session_page(), "http://bip.example/index4444.html?sc=102&gp=9001&m=1",
                            headers={"Content-Type": "text/html; charset=windows-1250"})
    assert article.title == "VII Sesja Rady Miejskiej w Brzozówku na dzień 14 marca 2018 roku"   # not `BIP`
    assert article.text.splitlines()[0] == article.title
    for navigation in ("Wykaz skrótów", "Prawo Lokalne", "Rejestr zmian", "rada_sesje_rady", "2018 >"):
        assert navigation not in article.text
    for metadata in ("osoba odpowiedzialna", "data wytworzenia", "data udostępnienia", "ostatnia zmiana", "2018-03-01"):
        assert metadata not in article.text
    assert "Porządek obrad" in article.text and "Protokół nr VII/2018" in article.text
    # the page went up with its first document: the earliest date of publication in the bulletin
    assert article.published == "2018-03-02"
    assert [url.rsplit("/", 1)[-1].split("?")[0] for url in article.attachments] == ["1234_porzadek.pdf",
                                                                                      "1299_protokol.pdf"]


def test_a_bip_list_of_links_has_no_text_of_its_own() -> None:
    years = "".join(f"<a href='index{n}.html?sc=102&amp;gp={n}&amp;m=1'>{n} [12]</a><br>" for n in range(2005, 2019))
    article = parse_article(_bip_page(f"<a href='i.html?sc=102&amp;gp=-1'><b>rada_sesje_rady</b></a><br>{years}"),
                            "http://bip.example/index5555.html?sc=102&m=1")
    assert article.own_text == ""


WORDPRESS = """<html><head><title>Zebranie wiejskie w Olszynce – Gmina Brzozówek</title></head><body>
<header class="site-header"><a href="/">Gmina Brzozówek</a><nav><a href="/aktualnosci/">Aktualności</a>
<a href="/kontakt/">Kontakt</a></nav></header>
<main><article class="post"><header class="entry-header"><h1 class="entry-title">Zebranie wiejskie w Olszynce</h1>
<div class="entry-meta"><span>12/03/2024 10:15 przez redakcja</span></div></header>
<div class="entry-content"><p>Sołtys zaprasza mieszkańców na zebranie wiejskie, które odbędzie się
w piątek 22 marca 2024 r. o godz. 18:00 w świetlicy w Olszynce.</p>
<p>Tematem będzie podział funduszu sołeckiego.</p></div></article></main>
<aside class="sidebar"><h3>Kalendarz</h3><p>Dyżur radnego w każdy wtorek</p></aside>
<footer><p>Urząd Gminy Brzozówek, ul. Lipowa 1</p></footer></body></html>"""


def test_a_byline_is_the_publication_date_and_leaves_the_text() -> None:
    article = parse_article(WORDPRESS.encode("utf-8"), "http://gmina.example/2024/03/zebranie-wiejskie/")
    assert article.title == "Zebranie wiejskie w Olszynce"
    assert article.published == "2024-03-12"
    assert "przez redakcja" not in article.text and "12/03/2024" not in article.text
    assert "22 marca 2024 r. o godz. 18:00" in article.text
    for boilerplate in ("Dyżur radnego", "Kontakt", "ul. Lipowa 1"):
        assert boilerplate not in article.text


def test_a_post_without_a_title_of_its_own_takes_the_one_its_listing_gives() -> None:
    page = ("<html><head><title>Stowarzyszenie Czytelników</title></head><body><nav><a href='/'>Start</a></nav>"
            "<article id='content'><p>Zapraszamy na spotkanie autorskie 4 maja o godz. 17:00.</p></article>"
            "<section class='kontakt'><h3>Adres</h3><p>ul. Długa 5</p></section></body></html>").encode()
    article = parse_article(page, "http://ngo.example/?p=12/", title_hint="Spotkanie autorskie w maju",
                            published_hint="2019-04-20", site_title="S t o w a r z y s z e n i e   Czytelników")
    assert article.title == "Spotkanie autorskie w maju"          # not the site's name, not the footer's `Adres`
    assert article.published == "2019-04-20"                      # the page states none: its feed's date
    assert article.text.startswith("Spotkanie autorskie w maju\nZapraszamy")


def test_bylines_and_cms_labels() -> None:
    assert byline("05.06.2019, 09:41; kategorie: Aktualności") == "2019-06-05"
    assert byline("Opublikowano 5 marca 2024 przez admin") == "2024-03-05"
    assert byline("Posted on March 5, 2024 by admin") == "2024-03-05"
    assert byline("Zebranie odbędzie się 5 marca 2024 r. w świetlicy wiejskiej przy ul. Polnej") is None
    # the event's own day under its label stays in the text, whatever byline word (`przez`) follows it
    assert byline("Termin: 1 grudnia 2026 r., godz. 18:00, online. Rejestracja przez formularz.") is None
    assert labelled("Data publikacji: 17-09-2012\nData wytworzenia: 15-09-2012") == "2012-09-17"
    assert labelled("data wytworzenia dokumentu: 2015-12-14") == "2015-12-14"
    assert labelled("Zmodyfikowano: 2020-01-01") is None


BLOG_POST = """<html><head><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<title>Koło Tłumaczy: Sprint tłumaczeniowy w maju</title></head><body>
<div class='header'><h1><a href='http://kolo.example/'>Koło Tłumaczy</a></h1></div>
<div class='blog-posts hfeed'><h2 class='date-header'><span>sobota, 11 maja 2013</span></h2>
<div class='post hentry'><h3 class='post-title entry-title'>Sprint tłumaczeniowy w maju</h3>
<div class='post-body entry-content'>Zapraszamy na sprint tłumaczeniowy w niedzielę 19 maja o godz. 18:00.</div>
<div class='post-footer'>Opublikowany przez <span class='fn'>Ola</span> o <a class='timestamp-link'
href='http://kolo.example/2013/05/sprint.html'><abbr class='published' title='{stamp}'>10:15</abbr></a></div>
</div></div><div class='blog-pager'><a class='blog-pager-older-link'
href='http://kolo.example/search?updated-max=2013-05-11T10:15:00%2B02:00'>Starsze posty</a></div>
<div class='sidebar'><h2>Archiwum bloga</h2><a href='http://kolo.example/2013/'>2013</a> (12)</div></body></html>"""


def test_a_blog_post_is_dated_by_its_microformat_or_its_date_header() -> None:
    # an old blog: the post's date only in its hAtom `published` stamp, or in the day's header
    article = parse_article(BLOG_POST.format(stamp="2013-05-11T10:15:00+02:00").encode(),
                            "http://kolo.example/2013/05/sprint.html")
    assert (article.title, article.published) == ("Sprint tłumaczeniowy w maju", "2013-05-11")
    assert "Zapraszamy na sprint" in article.text and "Archiwum bloga" not in article.text
    undated_stamp = parse_article(BLOG_POST.format(stamp="").encode(), "http://kolo.example/2013/05/sprint.html")
    assert undated_stamp.published == "2013-05-11"
