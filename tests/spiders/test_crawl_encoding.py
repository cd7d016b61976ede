"""Polish pages in UTF-8, windows-1250 and ISO-8859-2, declared wrongly or not at all."""
from __future__ import annotations

import pytest

from crawlkit import FIXTURE_SITES
from spiders.encoding import decode, detect_encoding

TEXT = "Zaproszenie na spotkanie w Łężycach. Źródło: Świętochłowice, ul. Ślężna. Zażółć gęślą jaźń - ĄĆĘŁŃÓŚŹŻ."
DECLARATIONS = [None, "text/html", "text/html; charset=utf-8", "text/html; charset=iso-8859-2",
                "text/html; charset=windows-1250", "text/html; charset=latin-1"]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1250", "iso-8859-2"])
@pytest.mark.parametrize("content_type", DECLARATIONS)
@pytest.mark.parametrize("meta", ["", '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'])
def test_polish_letters_survive_any_declaration(encoding: str, content_type: str | None, meta: str) -> None:
    body = f"<html><head>{meta}</head><body><p>{TEXT}</p></body></html>".encode(encoding)
    text, detected = decode(body, content_type=content_type)
    assert TEXT in text
    assert detected == {"utf-8": "utf-8", "cp1250": "cp1250", "iso-8859-2": "iso8859-2"}[encoding] or \
        body.decode(detected) == body.decode(encoding)


def test_code_pages_differ_only_where_polish_letters_differ() -> None:
    # ą ś ź sit on different bytes in the two code pages; the decoder must pick by them
    for letter in "ąśźĄŚŹ":
        assert letter.encode("cp1250") != letter.encode("iso-8859-2")
        assert detect_encoding(f"Spotkanie {letter}ródłowe".encode("cp1250")) == "cp1250"
        assert detect_encoding(f"Spotkanie {letter}ródłowe".encode("iso-8859-2")) == "iso8859-2"


def test_real_fixture_pages_as_served_on_disk() -> None:
    wrongly_declared = (FIXTURE_SITES / "stara-cp1250" / "art" / "101.html").read_bytes()
    text, encoding = decode(wrongly_declared, content_type="text/html; charset=utf-8")
    assert encoding == "cp1250" and "Świętochłowo" in text and "Źródlanej" in text
    iso = (FIXTURE_SITES / "bip-iso" / "ogloszenia" / "zebranie-wiejskie-zrodla.html").read_bytes()
    text, encoding = decode(iso, content_type="text/html; charset=iso-8859-2")
    assert encoding == "iso8859-2" and "sołectwa Źródła" in text


def test_ascii_bom_and_foreign_text() -> None:
    assert decode(b"<p>plain ascii</p>") == ("<p>plain ascii</p>", "utf-8")
    assert decode("\ufeffżółw".encode("utf-8"))[0] == "żółw"
    german = "Grüße aus München, schöne Straße".encode("latin-1")
    text, _encoding = decode(german, content_type="text/html; charset=iso-8859-1")
    assert text == "Grüße aus München, schöne Straße"


def test_utf8_template_around_windows_1250_content() -> None:
    # an old CMS pastes windows-1250 articles into a UTF-8 layout: both parts must read right
    template = '<html><head><meta charset="utf-8"><title>Gmina Łęczna – Aktualności</title></head><body>'
    content = "<p>Zapraszamy na spotkanie w świetlicy w Źródłach, ul. Ślężna 5.</p>"
    body = template.encode("utf-8") + content.encode("cp1250") + b"</body></html>"
    text, encoding = decode(body, content_type="text/html; charset=utf-8")
    assert template in text and content in text
    assert encoding == "utf-8+cp1250"
