"""Reading article pages: title, main text without navigation, date, attachments, PDFs."""
from __future__ import annotations

import pytest

from crawlkit import FIXTURE_SITES, SAMPLE_SITES
from spiders.article import parse_article, parse_date, pdf_text
from spiders.sample_server import minimal_pdf


def _read(site_root, path: str) -> bytes:
    file = site_root / path.lstrip("/")
    return (file / "index.html" if path.endswith("/") else file).read_bytes()


@pytest.mark.parametrize("value, expected", [
    ("2026-11-05", "2026-11-05"), ("2026-11-05T09:00:00+01:00", "2026-11-05"), ("05.11.2026", "2026-11-05"),
    ("5-11-2026", "2026-11-05"), ("5 listopada 2026", "2026-11-05"), ("31.02.2026", None), ("jutro", None)])
def test_dates_as_polish_sites_write_them(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


def test_wordpress_article_without_navigation_sidebar_or_footer() -> None:
    path = "/aktualnosci/konsultacje-budzetu-obywatelskiego-2027/"
    article = parse_article(_read(FIXTURE_SITES / "gmina-wp", path), "http://gmina.example" + path,
                            headers={"Content-Type": "text/html; charset=utf-8"})
    assert article.title == "Konsultacje społeczne budżetu obywatelskiego na 2027 rok"
    assert article.published == "2026-11-18"
    assert "3 grudnia 2026 r. o godz. 17:00" in article.text
    for boilerplate in ("Strona główna", "Deklaracja dostępności", "Na skróty", "Godziny pracy urzędu"):
        assert boilerplate not in article.text


def test_bip_prefers_publication_date_over_creation_date() -> None:
    path = "/ogloszenia/zebranie-wiejskie-zrodla.html"
    article = parse_article(_read(FIXTURE_SITES / "bip-iso", path), "http://bip.example" + path,
                            headers={"Content-Type": "text/html; charset=iso-8859-2"})
    assert article.published == "2026-11-16"          # Data publikacji, not Data wytworzenia (15th)
    assert article.title == "Zawiadomienie o zebraniu wiejskim sołectwa Źródła"  # not the office name in <h1>


def test_table_layout_page_title_from_the_title_tag_without_site_name() -> None:
    article = parse_article(_read(FIXTURE_SITES / "stara-cp1250", "/art/103.html"), "http://old.example/art/103.html")
    assert article.title == "Zakończono przebudowę ulicy Ślężnej"
    assert article.published == "2026-10-28"


def test_attachment_links_are_absolute_and_only_from_the_content() -> None:
    path = "/aktualnosci/szkolenie-dla-kol-gospodyn-wiejskich/"
    article = parse_article(_read(FIXTURE_SITES / "gmina-wp", path), "http://gmina.example" + path)
    assert article.attachments == ["http://gmina.example/wp-content/uploads/2026/11/program-szkolenia.pdf"]


def test_announcement_page_of_the_sample_sites() -> None:
    path = "/aktualnosc/organizacje-pozarzadowe-i-samorzad-przy-jednym-stole7314/"
    article = parse_article(_read(SAMPLE_SITES / "leczna", path), "http://leczna.example" + path)
    assert article.title == "Organizacje pozarządowe i samorząd przy jednym stole"
    assert article.published == "2023-11-06"
    assert "Spotkanie odbędzie się we wtorek 14.11.2023" in article.text
    for boilerplate in ("Strona główna", "Na skróty", "Deklaracja dostępności"):
        assert boilerplate not in article.text


def test_pdf_documents_are_read() -> None:
    pdf = minimal_pdf("Zaproszenie na szkolenie\nTermin: 12 grudnia 2026, godz. 10:00")
    title, text = pdf_text(pdf)
    assert "Termin: 12 grudnia 2026, godz. 10:00" in text
    article = parse_article(pdf, "http://x.example/zaproszenie.pdf", headers={"Content-Type": "application/pdf"})
    assert article.is_pdf and article.title == "Zaproszenie na szkolenie"
    assert pdf_text(b"%PDF-1.4 broken") == ("", "")
