"""The query language parser: the tree every backend compiles, and its error messages."""
from __future__ import annotations

import pytest

from index.query import MAX_QUERY_LENGTH, And, MatchAll, Not, Or, Phrase, Prefix, QuerySyntaxError, Term, parse


@pytest.mark.parametrize("query, tree", [
    ("", MatchAll()),
    ("   ", MatchAll()),
    ("spotkanie organizacji", And((Term("spotkanie"), Term("organizacji")))),
    ('"Fundusz Inicjatyw Obywatelskich"', Phrase(("Fundusz", "Inicjatyw", "Obywatelskich"))),
    ('"Łęczna"', Term("Łęczna")),
    ("szkolenie OR warsztaty", Or((Term("szkolenie"), Term("warsztaty")))),
    ("szkolenie AND warsztaty", And((Term("szkolenie"), Term("warsztaty")))),
    ("a OR b c", Or((Term("a"), And((Term("b"), Term("c")))))),
    ("(a OR b) c", And((Or((Term("a"), Term("b"))), Term("c")))),
    ("spotkanie -Łódź", And((Term("spotkanie"), Not(Term("Łódź"))))),
    ("spotkanie NOT Łódź", And((Term("spotkanie"), Not(Term("Łódź"))))),
    ("-Łódź", And((MatchAll(), Not(Term("Łódź"))))),
    ("konsult*", Prefix("konsult")),
    ("organiser:GOPS", Term("GOPS", "organiser")),
    ("organizator:GOPS", Term("GOPS", "organiser")),
    ('funder:"Europejski Fundusz"', Phrase(("Europejski", "Fundusz"), "funder")),
    ("type:szkolenie", Term("szkolenie", "event_type")),
    ("gmina:Łęczna", Term("Łęczna", "gmina")),
    ("NIW-CRSO", Term("NIW-CRSO")),
    ("a - b", And((Term("a"), Term("b")))),      # a lone dash is punctuation
    ("and or", And((Term("and"), Term("or")))),   # operators are upper-case only
])
def test_parse(query, tree):
    assert parse(query) == tree


@pytest.mark.parametrize("query, message", [
    ('"Fundusz Inicjatyw', 'closing " is missing'),
    ("(a OR b", "'(' is not closed"),
    ("a)", "unexpected ')'"),
    ("()", "empty parentheses"),
    ("a OR", "OR needs a term on both sides"),
    ("OR a", "OR needs a term on both sides"),
    ("a AND OR b", "AND needs a term on both sides"),
    ("NOT", "'NOT' needs a term after it"),
    ("kolor:zielony", "unknown field 'kolor:'"),
    ("organiser:", "needs a value"),
    ("(" * 40 + "a" + ")" * 40, "nested deeper"),
    ("-" * 500 + "a", "nested deeper"),
    ("a " * (MAX_QUERY_LENGTH // 2 + 1), "longer than"),
])
def test_malformed_queries_get_a_message(query, message):
    with pytest.raises(QuerySyntaxError) as info:
        parse(query)
    assert message in str(info.value)


def test_error_positions_are_one_based():
    with pytest.raises(QuerySyntaxError) as info:
        parse("spotkanie OR")
    assert info.value.position == 10
    assert str(info.value).endswith("(at character 11)")
