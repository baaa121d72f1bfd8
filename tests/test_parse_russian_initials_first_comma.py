"""An author written initials first and closed by a comma, as Soviet notes cite collected
works and books: "В. И. Ленин, Полн. собр. соч., т. 17, с. 211" (batch 7, notes of a book
on Tolstoy, with a period there), "Н. А. Островский, Соч. В 3-х т. М., 1967–1968." (batch
7, a biography's notes), "В. И. Ленин, Соч., т. 29, стр. 56" (the 4th edition's form). A
comma before a second author's initials is a list, not a heading. Values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

AUTHORS = [
    ("В. И. Ленин, Полн. собр. соч., т. 17, с. 211.", "Ленин", "Полн. собр. соч.", "17", "211"),
    ("В. И. Ленин, Соч., т. 29, стр. 56.", "Ленин", "Соч.", "29", "56"),
    ("Н. А. Островский, Соч. В 3-х т. М., 1967–1968.", "Островский", "Соч.", None, None),
]


@pytest.mark.parametrize(("text", "family", "title", "volume", "page"), AUTHORS)
def test_an_author_before_a_comma_heads_the_work(
        text: str, family: str, title: str, volume: str | None, page: str | None) -> None:
    reference = parse_reference(text)
    assert [name.family for name in reference.fields["author"]] == [family]
    assert reference.fields["title"] == title
    assert reference.fields.get("volume") == volume
    assert reference.locator == page


def test_a_comma_before_a_second_author_is_not_a_heading() -> None:
    reference = parse_reference("И. И. Иванов, П. П. Петров. История. М., 1990.")
    assert "author" not in reference.fields or len(reference.fields["author"]) != 1


@pytest.mark.parametrize(("text", "family", "title"), [
    # ru-fn-560 (notes of a book on Pushkin's journalism), typed initials first as Soviet
    # notes print the heading (the «heading-initials-first» variant)
    ("Г. П. Макогоненко. Творчество А. С. Пушкина в 30-е годы. Л., 1974. С. 137.",
     "Макогоненко", "Творчество А. С. Пушкина в 30-е годы"),
    # the same title after a heading written out in full (FULL_NAME_HEADING)
    ("Георгий Макогоненко. Творчество А. С. Пушкина в 30-е годы. Л., 1974. С. 137.",
     "Макогоненко", "Творчество А. С. Пушкина в 30-е годы"),
])
def test_a_title_opening_with_a_word_and_initials_is_no_second_heading(
        text: str, family: str, title: str) -> None:
    """The heading read and cut, the title opens the rest: «Творчество А. С.» there is the
    title's word and the initials of the name it governs, not a family and its initials."""
    reference = parse_reference(text)
    assert [name.family for name in reference.fields["author"]] == [family]
    assert reference.fields["title"] == title
    assert reference.locator == "137"
