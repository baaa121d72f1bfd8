"""A heading followed by a title that opens with a noun and a person's initials and
family in the genitive, as philology and history titles do: "Макогоненко Г. П.
Творчество А. С. Пушкина в 30-е годы. Л., 1974." The initials inside the title belong to
the person after them; the heading stays the author. A document's title ("Записка М.М.
Литвинова И.В. Сталину") has no heading. Real forms from batch 7's notes and batch 1's
constructed set; the rest written in the same form, values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

HEADINGS = [
    ("Макогоненко Г. П. Творчество А. С. Пушкина в 30-е годы. Л., 1974. С. 137.",
     "Макогоненко", "Творчество А. С. Пушкина в 30-е годы"),
    ("Иванов И. И. Жизнь А. С. Пушкина. М., 1974.", "Иванов", "Жизнь А. С. Пушкина"),
    ("Бочаров С. Г. Поэтика Ф. М. Достоевского. М., 1985. С. 12.",
     "Бочаров", "Поэтика Ф. М. Достоевского"),
]


@pytest.mark.parametrize(("text", "family", "title"), HEADINGS)
def test_a_person_in_the_title_leaves_the_heading_its_author(
        text: str, family: str, title: str) -> None:
    reference = parse_reference(text)
    assert [name.family for name in reference.fields["author"]] == [family]
    assert reference.fields["title"] == title


def test_a_document_title_with_two_persons_has_no_heading() -> None:
    reference = parse_reference(
        "Записка М.М. Литвинова И.В. Сталину // Исторический архив. 1992. № 1. С. 115—129.")
    assert "author" not in reference.fields
    assert reference.fields["title"] == "Записка М.М. Литвинова И.В. Сталину"
