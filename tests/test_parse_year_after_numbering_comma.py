"""A volume's, an issue's or an edition's area closed by the year with no place, run on
after a comma, as Soviet and older notes cite a book: «Карский Е.Ф. Белорусы. 2 изд., в.
1-3, 1955-56.» (dev row ru-fn-2681). The year was kept as the leftover, or the edition
ran on over it; read here with other works, numbers and years, values written by hand."""

from __future__ import annotations

import pytest

from first_cite import first_cite

from biblio.parse import parse_footnotes


@pytest.mark.parametrize(("text", "variable", "value", "year"), [
    ("Соболевский А. И. Лекции по истории русского языка, т. 2, 1903.", "volume", "2", 1903),
    ("Соболевский А. И. Лекции по истории русского языка. Т. 2, 1903.", "volume", "2", 1903),
    ("Шахматов А. А. Очерк. Вып. 3, 1911 г.", "issue", "3", 1911),
    ("Шахматов А. А. Очерк. Вып. 3, 1911-12.", "issue", "3", 1911),
    ("Шахматов А. А. Очерк. Изд. 3-е, 1930.", "edition", "3", 1930),
])
def test_the_year_after_a_comma_closing_a_numbering_or_an_edition_is_the_date(
        text: str, variable: str, value: str, year: int) -> None:
    fields, _ = first_cite(text)
    assert fields[variable] == value
    assert fields["issued"]["date-parts"][0][0] == year
    assert fields["title"] in ("Лекции по истории русского языка", "Очерк")


def test_an_edition_statement_stops_before_its_year() -> None:
    fields, _ = first_cite("Карский Е. Ф. Белорусы. 3 изд., доп., 1956.")
    assert fields["edition"] == "3 изд., доп."
    assert fields["issued"]["date-parts"][0][0] == 1956


def test_an_edition_that_runs_on_over_an_imprint_is_no_edition_before_a_year() -> None:
    """The colon of "Kyiv: Lybid" belongs to an imprint, not to the edition statement."""
    document = parse_footnotes(["Ponomariv O. D. The culture of the word. 2nd ed., pp. Kyiv: "
                                "Lybid, 2001."])
    item = document.items[document.notes[0].cites[0].item]
    assert "Lybid" not in (item.get("edition") or "")


def test_the_year_after_a_comma_typed_with_no_space_is_the_date() -> None:
    fields, _ = first_cite("Соболевский А. И. Лекции по истории русского языка. Т.2,1903.")
    assert (fields["volume"], fields["issued"]["date-parts"][0][0]) == ("2", 1903)
