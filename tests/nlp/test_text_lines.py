"""The line holding a position, which the row, list and byline rules read by."""
from nlp.text_lines import end_of_line, line_bounds

TEXT = "Zebranie wiejskie\n12 marca, godz. 18:00\nŚwietlica wiejska"


def test_a_line_in_the_middle_runs_between_its_line_breaks():
    start, end = line_bounds(TEXT, TEXT.index("godz."))
    assert TEXT[start:end] == "12 marca, godz. 18:00"


def test_the_first_and_last_lines_run_to_the_text_edges():
    assert TEXT[slice(*line_bounds(TEXT, 3))] == "Zebranie wiejskie"
    assert TEXT[slice(*line_bounds(TEXT, len(TEXT) - 1))] == "Świetlica wiejska"
    assert end_of_line(TEXT, len(TEXT) - 1) == len(TEXT)


def test_a_position_on_a_line_break_belongs_to_the_line_it_ends():
    brk = TEXT.index("\n")
    assert line_bounds(TEXT, brk) == (0, brk)
