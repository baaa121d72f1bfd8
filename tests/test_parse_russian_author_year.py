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


@pytest.mark.parametrize(("text", "families", "title", "year", "locator"), [
    # GOST R 7.0.5-2008's отсылки in square brackets, as an information-literacy guide
    # prints them (dev set batch 14): by author, by title (four or more authors), with a page
    ("[Николаев, 1975]", ["Николаев"], None, 1975, None),
    ("[Бахтин, 2003, с. 18].", ["Бахтин"], None, 2003, "18"),
    ("[Современные проблемы реализма и модернизма, 1989].", None,
     "Современные проблемы реализма и модернизма", 1989, None),
])
def test_a_bracketed_reference_is_an_author_or_title_year_cite(
        text: str, families: list[str] | None, title: str | None, year: int,
        locator: str | None) -> None:
    reference = parse_reference(text)
    assert reference.kind == "author-year"
    assert [name.family for name in reference.fields.get("author", [])] == (families or [])
    assert reference.fields.get("title") == title
    assert reference.fields["issued"].parts == [[year]]
    assert reference.locator == locator


def test_several_bracketed_cites_are_cites_of_their_own() -> None:
    from biblio.parse import parse_footnotes
    # GOST R 7.0.5-2008's example of one отсылка to two works, as a course guide prints it
    # (the source of dev set batch 1's Есин and Махонина), and an author–year pair of a
    # philology guide (batch 6's ru-fn-500 and 501, here in the brackets the guide prints)
    for text, families in (("[Есин, 2012; Махонина, 2011]", [["Есин"], ["Махонина"]]),
                           ("[Матлин 1997 I, 89–90; Рдюкова 1997, 101–102]",
                            [["Матлин"], ["Рдюкова"]])):
        document = parse_footnotes([text])
        found = [[name.family for name in document.items[cite.item].fields["author"]]
                 for cite in document.notes[0].cites]
        assert found == families


def test_numbered_references_in_brackets_are_not_split_into_author_cites() -> None:
    from biblio.parse import parse_footnotes
    document = parse_footnotes(["[10, с. 81; 11, с. 108]"])
    assert not any("author" in document.items[cite.item].fields
                   for cite in document.notes[0].cites)


@pytest.mark.parametrize(("text", "family", "year", "volume", "locator"), [
    # the Orthodox Encyclopedia's references to an article's literature list (the article
    # on the diocese of Dmanisi, dev set batch 36): a name, a name in religion with the
    # family name in parentheses, a name written out given first
    ("Джавахишвили. 1979. Т. 1. С. 340", "Джавахишвили", 1979, "1", "340"),
    ("Зенон (Иараджули). 2005. С. 30", "Зенон (Иараджули)", 2005, None, "30"),
    ("Вахушти Багратиони. 1973. Т. 4. С. 3-15", "Багратиони", 1973, "4", "3-15"),
    # a history of the Moscow metro (batch 28) and a documentary edition of Vakhtangov's
    # notes (batch 25), the same form
    ("Ворожейкин. 1984. С. 22-25.", "Ворожейкин", 1984, None, "22-25"),
    ("Полетаев. 1953. С. 39.", "Полетаев", 1953, None, "39"),
    ("Вахтангов. 1939. С. 84.", "Вахтангов", 1939, None, "84"),
])
def test_a_name_year_and_pinpoint_each_closed_by_a_period_are_an_author_year_cite(
        text: str, family: str, year: int, volume: str | None, locator: str) -> None:
    reference = parse_reference(text)
    assert reference.kind == "author-year"
    assert [name.family for name in reference.fields["author"]] == [family]
    assert reference.fields["issued"].parts == [[year]]
    assert reference.fields.get("volume") == volume
    assert (reference.label, reference.locator) == ("page", locator)


@pytest.mark.parametrize(("text", "title"), [
    ("Рабис. 1929. № 43. С. 15.", "Рабис"),             # an issue after the year (batch 13)
    ("Известия. 1928. № 63. 15 марта.", "Известия"),    # a day (batch 13)
    ("Правда. 1960. 4 июня. С. 2.", "Правда"),          # a day, then the page (batch 28)
    ("СЗ РФ. 1995. № 48. Ст.4564.", "СЗ РФ"),           # letters of a title (batch 8)
])
def test_a_periodical_named_by_one_word_and_its_year_is_no_author(
        text: str, title: str) -> None:
    reference = parse_reference(text)
    assert "author" not in reference.fields
    assert reference.fields["title"] == title
