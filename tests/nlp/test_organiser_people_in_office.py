"""People in office who invite, and those they invite with: a person named before the office
they hold with no comma between (`zaprasza Jan Lis burmistrz Lipna`), and members of parliament
as co-organisers, named by their club (`wspólnie z parlamentarzystami Klubu X`)."""
import pytest

from nlp.organisers import find_organisers


def _names(text):
    return [o.name for o in find_organisers(text)]


@pytest.mark.parametrize("text, expected", [
    ("Spotkanie odbędzie się 5 maja 2024 r. Na wydarzenie zaprasza Jarosław Lis burmistrz Lipna.",
     ["Jarosław Lis burmistrz Lipna"]),
    ("Spotkanie odbędzie się 5 maja 2024 r. Na wydarzenie zaprasza Jarosław Lis, burmistrz Lipna.",
     ["Jarosław Lis, burmistrz Lipna"]),
    ("Spotkanie odbędzie się 5 maja 2024 r. Na wydarzenie zaprasza Jarosław Lis burmistrz Lipna wspólnie z "
     "parlamentarzystami Klubu Parlamentarnego Razem dla Kraju.",
     ["Jarosław Lis burmistrz Lipna", "Klubu Parlamentarnego Razem dla Kraju"]),
])
def test_a_person_in_office_inviting_and_the_members_of_parliament_beside_them(text, expected):
    assert _names(text) == expected
