"""Contacts as the page writes them: e-mail addresses, Polish phone numbers, web addresses."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.contacts import find_contacts

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


@pytest.mark.parametrize("text, phones", [
    ("proszę o kontakt pod nr tel. 426327977  lub mailem", ["426327977"]),
    ("tel. 789 059 281.", ["789 059 281"]),
    ("Informacje: (42) 632 79 77", ["(42) 632 79 77"]),
    ("Telefon: +48 600 100 200", ["+48 600 100 200"]),
    ("tel. 61 8170 411, fax 61 8170 412", ["61 8170 411", "61 8170 412"]),
    ("tel. 81 111 11 11, 600 100 100", ["81 111 11 11", "600 100 100"]),
    ("tel.: 0-42 632 79 77", ["0-42 632 79 77"]),
    ("kontakt 77 44 15 250", ["77 44 15 250"]),
    ("tel. 22 767 73 41 wew. 12", ["22 767 73 41"]),
    ("tel. 789\xa0059\xa0281", ["789 059 281"]),
])
def test_phone_formats(text, phones):
    assert find_contacts(text)["phones"] == phones


@pytest.mark.parametrize("text", [
    "REGON 123456789",
    "NIP 123-456-78-90",
    "KRS 0000712345",
    "Nr konta: 12 1020 1026 0000 1234 5678 9012",
    "ul. Kolejowa 3, 55-003 Czernica",
    "Koszt 5 000 000 zł, 190248",
    "Dz. U. z 2023 r. poz. 1270",
    "Spotkanie 19.10.2023 w godz. 14:00-16:00",
])
def test_numbers_that_are_not_phones(text):
    assert find_contacts(text)["phones"] == []


def test_emails_and_urls_as_written_deduplicated_in_order():
    text = ("Pisz na j.herok@czernica.pl, lub p.kobak@gops.czernica.pl. Jeszcze raz: j.herok@czernica.pl.\n"
            "Formularz: http://daa.pl/LCO07 do 17 lipca. Link: <https://leczna.pl/aktualnosc/organizacjami-pozarządowymi6261>\n"
            "Więcej na www.gdansk.pl/konsultacje. Zob. (https://example.pl/a_(b)) i [strona](http://z.pl/x).")
    found = find_contacts(text)
    assert found["emails"] == ["j.herok@czernica.pl", "p.kobak@gops.czernica.pl"]
    assert found["urls"] == ["http://daa.pl/LCO07", "https://leczna.pl/aktualnosc/organizacjami-pozarządowymi6261",
                             "www.gdansk.pl/konsultacje", "https://example.pl/a_(b)", "http://z.pl/x"]
    assert found["phones"] == []


def test_nothing_found():
    assert find_contacts("") == {"emails": [], "phones": [], "urls": []}


def _seed_cases():
    for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        yield pytest.param(record, id=record["id"])


@pytest.mark.parametrize("record", list(_seed_cases()))
def test_seed_contacts_match_gold(record):
    text = (SEEDS / record["file"]).read_text(encoding="utf-8")
    assert find_contacts(text) == record["gold"]["contacts"]
