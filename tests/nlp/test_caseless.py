"""Case-insensitive patterns searched over the lower-cased text find what `re` finds itself."""
from __future__ import annotations

import random
import re

import pytest

from nlp.caseless import Caseless, guarded, lowered
from nlp.dates import find_dates
from nlp.funding import find_funding


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_matches_keep_the_text_own_letters():
    pattern = Caseless(r"(?<!\w)(?P<word>spotkani\w*)")
    found = list(pattern.finditer("SPOTKANIE sołeckie. Na spotkaniu w Dąbrowie ustalono Spotkania."))
    assert [m.group("word") for m in found] == ["SPOTKANIE", "spotkaniu", "Spotkania"]


def test_escapes_and_group_names_survive_lower_casing():
    pattern = Caseless(r"\bNr\s+(?P<Number>\S+)\s+\(Sala\)")
    m = pattern.search("Zebranie w budynku NR 5b (SALA) o godz. 17")
    assert m is not None and m.group("Number") == "5b"


@pytest.mark.parametrize("text", [
    "İstanbul, spotkanie 5 maja",      # lower case of `İ` is two characters: positions would move
    "ſpotkanie w ſali nr 3",           # `re` folds the long s to `s`, `str.lower` does not
    "Kadıköy: SPOTKANIE informacyjne",  # `re` folds the dotless i to `i`
])
def test_texts_whose_case_folds_apart_are_searched_by_re_itself(text):
    assert lowered(text) is None
    pattern = Caseless(r"(?<!\w)(?:spotkanie|sali)\b")
    assert _spans(pattern.finditer(text)) == _spans(pattern.exact.finditer(text))
    assert _spans(pattern.finditer(text)) != []


def test_search_and_match_honour_their_bounds():
    pattern = Caseless(r"(?<!\w)godz\.\s*\d{1,2}")
    text = "Start: GODZ. 9, przerwa godz. 12, koniec Godz. 15"
    for pos in range(len(text)):
        for end in (len(text), pos + 10):
            for method in ("search", "match"):
                exact = getattr(pattern.exact, method)(text, pos, end)
                fast = getattr(pattern, method)(text, pos, end)
                assert (exact and exact.span()) == (fast and fast.span()), (method, pos, end)


def test_same_spans_as_re_on_varied_texts():
    rng = random.Random(7)
    alphabet = list("aąbcćdeęfgiklłmnńoóprsśtuwyzźżAĄCĆEĘŁNŃOÓSŚZŹŻ0123456789 .,:-\n") + ["İ", "ı", "ſ", "K"]
    patterns = [
        r"(?<!\w)(?:ze\s+środków|w\s+ramach|dzięki)\b",
        r"\b(?:współ|do)?finansow\w*",
        r"(?:^|(?<=\W))(?:dnia|dn\.)\s*$",
        r"\d{1,2}\s*(?:maja|marca|Maj)\b",
        r"(?<![\w.])(?:ŁÓDŹ|łódź)",
    ]
    for source in patterns:
        pattern = Caseless(source)
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
            text += rng.choice(["", " ze  Środków", " Dofinansowano", " 5 MAJA", " Łódź", " dn.", " w ramach"])
            assert _spans(pattern.finditer(text)) == _spans(pattern.exact.finditer(text)), (source, text)


def test_patterns_that_switch_case_sensitivity_are_refused():
    with pytest.raises(ValueError):
        Caseless(r"(?-i:IX)\s+sesja")


def test_extraction_of_a_page_with_a_dotless_i_is_unchanged_in_kind():
    text = ("Spotkanie z partnerami z Kadıköy odbędzie się 12 maja 2024 r. o godz. 10:00.\n"
            "Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.")
    assert [f.funder for f in find_funding(text)] == ["Europejski Fundusz Społeczny"]
    assert [m.start for m in find_dates(text) if m.kind == "event"] == ["2024-05-12T10:00"]


def test_guarded_patterns_find_what_plain_ones_find():
    rng = random.Random(11)
    alphabet = list("adnoiwGgPpmyzłDNA0123 .,:\n") + ["ſ", "İ"]
    cases = [
        (r"(?<!\w)(?:dnia|dn\.)\s*\d", re.IGNORECASE),
        (r"\b(?:(?i:gmina)|Powiat)\s+\w+", 0),          # case ignored in one branch only
        (r"(?<![^\W\d_](?<=(?-i:[a-z])))(?:dodano|data)\s*:", re.IGNORECASE),
        (r"(?:^|(?<=\W))(?:dnia|dn\.)\s*$", re.IGNORECASE),
    ]
    for source, flags in cases:
        plain, fast = re.compile(source, flags), guarded(source, flags)
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
            text += rng.choice(["", " DNIA 5", " gmina Wola", " GMINA Wola", " Powiat x", "Dodano: ", "dn."])
            assert _spans(fast.finditer(text)) == _spans(plain.finditer(text)), (source, text)
