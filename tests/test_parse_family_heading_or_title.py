"""One word closed by a period may be a family heading ("Хлевнюк. С. 77.") or a one-word
title; a volume and an imprint after it make it a title: a heading needs a work after it."""

import pytest

from biblio.parse import parse_footnotes


def read(text: str) -> tuple[dict, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields, cite.locator


@pytest.mark.parametrize("text, numbering", [
    ("Советская. Т. 1. М., 1700.", ("volume", "1")),
    # a book's «Вып.» with no volume is its volume (parse/book_designations.py)
    ("Советская. Вып. 2. М., 1999. 300 с.", ("volume", "2")),
])
def test_a_word_before_a_volume_and_an_imprint_is_the_title(text: str,
                                                            numbering: tuple[str, str]) -> None:
    fields, _ = read(text)
    assert "author" not in fields
    assert fields["title"] == "Советская"
    assert fields[numbering[0]] == numbering[1]
    assert fields["publisher-place"] == "Москва"


@pytest.mark.parametrize("text, family, title, locator", [
    ("Хлевнюк. С. 77.", "Хлевнюк", None, "77"),
    ("Голубинский. История канонизации святых. М., 1903. С. 5.", "Голубинский",
     "История канонизации святых", "5"),
])
def test_a_family_heading_before_a_page_or_a_title_stays_a_heading(
        text: str, family: str, title: str | None, locator: str) -> None:
    fields, found_locator = read(text)
    assert fields["author"][0].family == family
    assert fields.get("title") == title
    assert found_locator == locator
