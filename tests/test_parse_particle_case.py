"""A family's particle printed with a capital after the given name keeps it (session 32).

After a given name the capital is the family's own, as Italian and Flemish families print
it; the labeller keeps it so already ("U. De Angelis", labeller/names.py). At the name's
start the capital may be the note's, and the grammar lowers it as before
(tests/test_parse_names.py, «Фон Лауэ М.», «De Lattre de Tassigny J.»).
"""

from __future__ import annotations

import pytest

from biblio.parse.names import parse_person


@pytest.mark.parametrize(("text", "particle", "family"), [
    ("Mario De Biasi", "De", "Biasi"),      # linkedbooks-train-13145, a Venetian list
    ("A. De Stefano", "De", "Stefano"),     # linkedbooks-train-19028, the same set
    ("O. Di Stefano", "Di", "Stefano"),     # grobid-submission_87 reference 2
])
def test_a_particle_after_the_given_name_keeps_its_capital(text: str, particle: str,
                                                           family: str) -> None:
    name = parse_person(text)
    assert name is not None
    assert (name.non_dropping_particle, name.family) == (particle, family)


def test_a_particle_opening_the_name_is_lowered() -> None:
    name = parse_person("Van Gogh V.")  # tests/test_parse_names.py's «Ван Гог В.» in Latin
    assert name is not None and (name.non_dropping_particle, name.family) == ("van", "Gogh")
