"""Text whose code page was misread before it reached us: Polish letters put back for
reading, the page's own letters kept in what is quoted from it. Every example is invented."""
import datetime as dt

import pytest

from nlp import Extractor
from nlp.dates import find_dates
from nlp.mojibake import mend_code_page

# windows-1250 read as ISO-8859-2 (a browser showing its C1 bytes as windows-1252)
MISREAD_1250 = "Zebranie, które odbędš się w dniu 1 wrzeœnia 2012 r. w Koœciele Œw. Anny, Al. Niepodległoœci 6."
# ISO-8859-2 read as windows-1250
MISREAD_8859 = "Zebranie wiejskie odbędzie się 3 wrze¶nia 2012 r. w ¶wietlicy. Zapraszamy serdecznie, sołtys Józef Kasprzak."


def test_letters_of_a_misread_code_page_are_put_back_one_for_one():
    mended = mend_code_page(MISREAD_1250)
    assert mended == "Zebranie, które odbędą się w dniu 1 września 2012 r. w Kościele Św. Anny, Al. Niepodległości 6."
    assert len(mended) == len(MISREAD_1250)
    assert "3 września 2012 r. w świetlicy" in mend_code_page(MISREAD_8859)


def test_text_written_right_is_left_alone():
    text = "Spotkanie z Janem Šimkiem i Piñą odbędzie się w środę, 5 września, w świetlicy."
    assert mend_code_page(text) is text
    assert mend_code_page("Jedno š w tekście bez polskich liter.") == "Jedno š w tekście bez polskich liter."


def test_dates_of_a_misread_page_are_read_and_quoted_as_written():
    found = [m for m in find_dates(MISREAD_1250, today=dt.date(2012, 8, 20)) if m.kind == "event"]
    assert [m.start for m in found] == ["2012-09-01"]
    assert all(MISREAD_1250[m.span[0]:m.span[1]] == m.text for m in found)
    assert "wrzeœnia" in found[0].text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_names_found_in_a_misread_page_are_its_own_substrings(extractor):
    out = extractor.extract("Wójt Gminy Borki zaprasza na dożynki. " + MISREAD_1250)
    assert [e["start"] for e in out["events"]] == ["2012-09-01"]
    names = [v["name"] for v in out["venues"]]
    assert names and all(name in MISREAD_1250 for name in names)
    assert any("Koœciele" in name for name in names)
