"""Deadlines counted back from the meeting they are for, in invented examples shaped like real
announcements: one meeting, each of a cycle, a count in words or in digits."""
from __future__ import annotations

import pytest

from nlp import Extractor
from nlp.dates_offsets import offset_deadlines


@pytest.mark.parametrize("text, days, expected", [
    ("Formularz należy przesłać nie później niż dzień przed spotkaniem do godz. 10:00.", ["2021-09-02"],
     ["2021-09-01"]),
    ("Zgłoszenia do 3 dni przed szkoleniem.", ["2023-05-12"], ["2023-05-09"]),
    # every meeting of a cycle has its own
    ("Udział należy potwierdzić najpóźniej na dwa dni przed datą każdego ze spotkań.", ["2012-05-21", "2012-05-18"],
     ["2012-05-16", "2012-05-19"]),
    ("Zgłoszenia prosimy przesyłać najpóźniej w terminie dwóch dni przed datą każdego ze spotkań.", ["2012-05-18"],
     ["2012-05-16"]),
    # a week and a count in the genitive
    ("Zapisy najpóźniej tydzień przed warsztatami.", ["2024-03-15"], ["2024-03-08"]),
    ("Wnioski składa się nie później niż dwóch dni przed terminem zebrania.", ["2024-03-15"], ["2024-03-13"]),
    # a count back with no meeting to count from, or no count at all, is no deadline
    ("Zgłoszenia do 3 dni przed szkoleniem.", [], []),
    ("Spotkanie odbyło się dzień przed świętem.", ["2024-03-15"], []),
])
def test_a_deadline_counted_back_from_its_meeting(text, days, expected):
    assert [d["date"] for d in offset_deadlines(text, days)] == expected


def test_the_record_gives_the_counted_deadline_beside_the_written_ones():
    text = ("Debata rozpocznie się w czwartek 2 września 2021 r. o godz. 17:00 w ratuszu. Aby wziąć w niej udział, "
            "należy przesłać formularz nie później niż dzień przed spotkaniem do godz. 10:00.")
    record = Extractor().extract(text)
    assert [d["date"] for d in record["deadlines"]] == ["2021-09-01"]
