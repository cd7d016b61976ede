"""Where a sentence starts and ends: the dots of abbreviations (`ul.`, `art. 20 ust. 1`, `Dz. U.
z 2023 r. poz. 40`) end none, a full stop before a capital or a digit does, and so does a line
break. Every example is invented."""
import pytest

from nlp.clauses import clause_end, clause_start


def _sentence_at(text: str, word: str) -> str:
    pos = text.index(word)
    return text[clause_start(text, pos):clause_end(text, pos)].strip()


@pytest.mark.parametrize("text, word, expected", [
    ("Rada zbierze się w sali nr 5. Obrady otworzy przewodniczący.", "Obrady", "Obrady otworzy przewodniczący"),
    ("Spotkanie odbędzie się przy ul. Lipowej 5 w Borkach.", "Borkach",
     "Spotkanie odbędzie się przy ul. Lipowej 5 w Borkach"),
    # a law's article, paragraph and journal entry end no sentence
    ("Na podstawie art. 20 ust. 1 ustawy o samorządzie gminnym (Dz. U. z 2023 r. poz. 40 z późn. zm.) zwołuję "
     "sesję.", "zwołuję",
     "Na podstawie art. 20 ust. 1 ustawy o samorządzie gminnym (Dz. U. z 2023 r. poz. 40 z późn. zm.) "
     "zwołuję sesję"),
    ("Zebranie odbyło się wczoraj.\nSołtys dziękuje mieszkańcom.", "dziękuje", "Sołtys dziękuje mieszkańcom."),
])
def test_the_sentence_around_a_word(text, word, expected):
    assert _sentence_at(text, word).rstrip(".") == expected.rstrip(".")
