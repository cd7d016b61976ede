"""A page that prints no date of its own is placed in time by its address: a content system's
permalink or a news folder of one year. Every address is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from nlp.url_dates import posted_by

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize("url, latest", [
    ("http://www.lipno.pl/2010/02/26/zebrania-z-mieszkancami/", dt.date(2010, 2, 26)),
    ("https://gazeta-borki.pl/egazeta/nowiny/2017-09-19/143785-sesja.html", dt.date(2017, 9, 19)),
    ("http://www.stowarzyszenie-lipowiec.pl/2023/03/z-wizyta-w-senacie.html", dt.date(2023, 3, 31)),
    ("https://lgd-debina.org.pl/2022/06/", dt.date(2022, 6, 30)),
    ("https://fundacja-borki.pl/index.php/aktualnosci/2017/33-spotkania", dt.date(2017, 12, 31)),
])
def test_a_permalink_or_a_years_folder_says_by_when_the_page_was_written(url, latest):
    assert posted_by(url, TODAY) == latest


@pytest.mark.parametrize("url", [
    "https://lipno.pl/budzet-na-2019-rok-jeszcze-nie-uchwalony",      # a number inside a name
    "https://bip.borki.pl/strategia-rozwoju-2021-2030",
    "https://forum-lipno.pl/forum-ekonomii-spolecznej/2013",           # the last folder: an edition
    "https://borki.pl/plany/2030/inwestycje",                           # a year still to come
    "",
    None,
    "http://[nawias",
])
def test_an_address_with_no_posting_folder_says_nothing(url):
    assert posted_by(url, TODAY) is None


def test_a_year_less_day_of_a_page_with_no_date_takes_its_year_from_the_address():
    from nlp import Extractor

    extractor = Extractor(today=TODAY)
    text = "Zebrania otwarte z mieszkańcami\n\nZapraszamy na zebranie, które odbędzie się 3 marca o godz. 17:00."
    dated = extractor.extract(text, url="http://www.lipno.pl/2010/02/26/zebrania-otwarte/")
    assert [e["start"] for e in dated["events"]] == ["2010-03-03T17:00"]
    assert dated["published"] is None   # (the address is no publication date)
    assert [e["start"] for e in extractor.extract(text)["events"]] == ["2027-03-03T17:00"]
    # a date the page prints beats its address
    stated = extractor.extract("Dodano: 20.02.2015\n\n" + text, url="http://www.lipno.pl/2010/02/26/zebrania/")
    assert [e["start"] for e in stated["events"]] == ["2015-03-03T17:00"]
