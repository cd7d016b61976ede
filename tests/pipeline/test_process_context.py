"""What `civic process` tells the extractor of a stored page besides its text: its address, which
places the year-less days of a page that prints no date of its own."""
from __future__ import annotations

import datetime as dt

from nlp import Extractor
from pipeline.process import process_page
from pipeline.store import Store

TEXT = ("Zebrania otwarte z mieszkańcami\n\nBurmistrz Lipna zaprasza mieszkańców na zebranie otwarte, które "
        "odbędzie się 3 marca o godz. 17:00 w sali narad Urzędu Miejskiego w Lipnie.")


def test_a_stored_page_with_a_permalink_gets_the_year_of_its_address(tmp_path):
    page = {"url": "http://www.lipno.example/2010/02/26/zebrania-otwarte/", "source_id": "lipno",
            "title": "Zebrania otwarte z mieszkańcami", "text": TEXT, "status": 200}
    with Store(tmp_path / "store.sqlite") as store:
        store.upsert_page(page)
        record = process_page(store, store.get_page(page["url"]), Extractor(today=dt.date(2026, 12, 3)))
    assert record is not None
    assert [event["start"] for event in record["events"]] == ["2010-03-03T17:00"]
