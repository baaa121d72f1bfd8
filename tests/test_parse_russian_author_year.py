"""Author–year short forms in Russian notes, resolved like the Latin ones with their
locators: names joined by bare commas before the year ("Миргалеев, Нуранеев 2003", GOST
R 7.0.5-2008 clause 7.5's in-text form), "и др.", a Roman volume after the year
("Матлин 1997 I, 89–90"), the page after a period ("Борисов 2005. С. 244."), a source
named by its title's letters ("ПСРЛ 1863, ст. 418-419", columns as older notes abbreviate
them). Forms from the dev footnotes (batches 3 and 9, a philology guide's brackets, a
history of the Golden Horde); values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "families", "year", "label", "locator"), [
    ("Миргалеев, Нуранеев 2003.", ["Миргалеев", "Нуранеев"], 2003, None, None),
    ("Сафаргалиев 1996, с. 418-419", ["Сафаргалиев"], 1996, "page", "418-419"),
    ("Борисов 2005, с. 244.", ["Борисов"], 2005, "page", "244"),
    ("Борисов 2005. С. 244.", ["Борисов"], 2005, "page", "244"),
    ("Матлин 1997 I, 89–90", ["Матлин"], 1997, "page", "89–90"),
    ("Рдюкова 1997, 101–102", ["Рдюкова"], 1997, "page", "101–102"),
    ("Иванов, Петров и др. 1999: 45", ["Иванов", "Петров"], 1999, "page", "45"),
])
def test_an_author_year_cite_gives_its_authors_year_and_locator(
        text: str, families: list[str], year: int, label: str | None,
        locator: str | None) -> None:
    reference = parse_reference(text)
    assert reference.kind == "author-year"
    assert [name.family for name in reference.fields["author"]] == families
    assert reference.fields["issued"].year == year
    assert (reference.label, reference.locator) == (label, locator) if locator else \
        reference.locator is None


def test_a_roman_volume_after_the_year_is_the_volume() -> None:
    assert parse_reference("Матлин 1997 I, 89–90").fields["volume"] == "I"


@pytest.mark.parametrize(("text", "title", "year", "locator"), [
    ("ПСРЛ 1863, ст. 418-419.", "ПСРЛ", 1863, "418-419"),
    ("ПСРЛ 1863, ст. 414.", "ПСРЛ", 1863, "414"),
    ("ПСЗ 1830, с. 12.", "ПСЗ", 1830, "12"),
])
def test_a_source_named_by_its_letters_is_a_title(
        text: str, title: str, year: int, locator: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["title"] == title and "author" not in reference.fields
    assert reference.fields["issued"].year == year
    assert reference.locator == locator


def test_a_year_before_printing_names_the_document_not_an_edition() -> None:
    reference = parse_reference("РК 1598, с. 109.")
    assert reference.fields["title"] == "РК 1598" and "issued" not in reference.fields
    assert reference.locator == "109"


@pytest.mark.parametrize("text", [
    "Молотов, Маленков, Каганович, 1957. С. 409–410.",  # a title, then its year
    "Pietro Longhi, Milano 1956.",                     # a title, then its place and year
])
def test_names_with_a_comma_before_the_year_or_latin_titles_are_no_author_year(text: str) -> None:
    assert parse_reference(text).kind != "author-year"
