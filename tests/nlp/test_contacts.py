"""Contacts as the page writes them: e-mail addresses, Polish phone numbers, web addresses."""
from __future__ import annotations

import pytest

from nlp.contacts import find_contacts
from seedkit import seed_params, seed_text


@pytest.mark.parametrize("text, phones", [
    ("proszę o kontakt pod nr tel. 426550214  lub mailem", ["426550214"]),
    ("tel. 607 418 233.", ["607 418 233"]),
    ("Informacje: (42) 655 02 14", ["(42) 655 02 14"]),
    ("Telefon: +48 600 100 200", ["+48 600 100 200"]),
    ("tel. 61 8170 411, fax 61 8170 412", ["61 8170 411", "61 8170 412"]),
    ("tel. 81 111 11 11, 600 100 100", ["81 111 11 11", "600 100 100"]),
    ("tel.: 0-42 655 02 14", ["0-42 655 02 14"]),
    ("kontakt 77 44 15 250", ["77 44 15 250"]),
    ("tel. 22 767 73 41 wew. 12", ["22 767 73 41"]),
    ("tel. 607\xa0418\xa0233", ["607 418 233"]),
])
def test_phone_formats(text, phones):
    assert find_contacts(text)["phones"] == phones


@pytest.mark.parametrize("text", [
    "REGON 123456789",
    "NIP 123-456-78-90",
    "KRS 0000712345",
    "Nr konta: 12 1020 1026 0000 1234 5678 9012",
    "ul. Kolejowa 3, 55-003 Czernica",
    "Koszt 5 000 000 zł, 318204",
    "Dz. U. z 2023 r. poz. 1270",
    "Spotkanie 14.11.2023 w godz. 15:00-17:30",
])
def test_numbers_that_are_not_phones(text):
    assert find_contacts(text)["phones"] == []


def test_emails_and_urls_as_written_deduplicated_in_order():
    text = ("Pisz na a.bielecka@czernica.pl, lub m.zawada@gops.czernica.pl. Jeszcze raz: a.bielecka@czernica.pl.\n"
            "Formularz: http://bit.ly/LCO17 do 10 lipca. Link: <https://leczna.pl/aktualnosc/samorząd-przy-jednym-stole7314>\n"
            "Więcej na www.gdansk.pl/konsultacje. Zob. (https://example.pl/a_(b)) i [strona](http://z.pl/x).")
    found = find_contacts(text)
    assert found["emails"] == ["a.bielecka@czernica.pl", "m.zawada@gops.czernica.pl"]
    assert found["urls"] == ["http://bit.ly/LCO17", "https://leczna.pl/aktualnosc/samorząd-przy-jednym-stole7314",
                             "www.gdansk.pl/konsultacje", "https://example.pl/a_(b)", "http://z.pl/x"]
    assert found["phones"] == []


def test_nothing_found():
    assert find_contacts("") == {"emails": [], "phones": [], "urls": []}


@pytest.mark.parametrize("record", seed_params())
def test_seed_contacts_match_gold(record):
    assert find_contacts(seed_text(record)) == record["gold"]["contacts"]
