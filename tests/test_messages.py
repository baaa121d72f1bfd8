"""Problems print values as a user writes them, never as Python reprs."""

from __future__ import annotations

from biblio import parse_footnotes
from biblio.model import Date


def test_a_conflicting_year_is_reported_as_the_year_not_a_python_repr() -> None:
    document = parse_footnotes(["Иванов И. И. История. М., 2004. С. 5.",
                                "Иванов И. И. История. М., 2005. С. 6."])
    messages = [problem.message for problem in document.problems]
    assert any("issued is 2004 in an earlier reference and 2005 here" in m for m in messages)
    assert not any("Date(" in m for m in messages)


def test_dates_print_as_written() -> None:
    assert str(Date(parts=[[1937, 3, 5]])) == "1937-03-05"
    assert str(Date(parts=[[1995], [1996]])) == "1995/1996"
    assert str(Date(parts=[[1930]], circa=True)) == "ca. 1930"
    assert str(Date(literal="весна 1935")) == "весна 1935"
