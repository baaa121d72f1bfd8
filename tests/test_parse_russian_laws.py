"""A law cited by its title and its article, as Russian legal and historical notes do
(issue 9): "Конституция СССР. Статья 6.", "Гражданский кодекс РФ. Ст. 209.", "УК РФ, ст.
105". The law is the item (type legislation, its title as printed), the article the
cite's locator (label "section", as the law gazettes' "Ст." already are). Values read
off each text by hand."""

from __future__ import annotations

from first_cite import first_cite


def parse(text: str) -> tuple[dict[str, object], str | None, str | None]:
    item, cite = first_cite(text)
    return item, cite.locator, cite.label


def test_constitution_and_its_article_written_out() -> None:
    item, locator, label = parse("Конституция СССР. Статья 6.")
    assert (item["type"], item["title"]) == ("legislation", "Конституция СССР")
    assert (locator, label) == ("6", "section")


def test_code_by_its_abbreviation_with_the_article_after_a_comma() -> None:
    item, locator, _ = parse("УК РФ, ст. 105.")
    assert (item["title"], locator) == ("УК РФ", "105")


def test_code_named_in_full_and_an_article_with_its_part() -> None:
    item, locator, _ = parse("Гражданский кодекс РФ. Ст. 209, ч. 2.")
    assert (item["title"], locator) == ("Гражданский кодекс РФ", "209")


def test_a_book_about_a_law_is_still_a_book() -> None:
    item, locator, label = parse("Иванов И. И. О законе. М., 1990. С. 5.")
    assert item["type"] == "book"
    assert (locator, label) == ("5", "page")
