"""A textbook's kind alone after the title's period, where GOST 7.1-2003 clause 5.2.5
prints it after " : ": "Административное правонарушение: понятие, состав, квалификация.
Учебное пособие / Кисин В.Р. - М., 1991" (a police academy's lecture notes, the dev set's
batch 47). The kind is the work's `genre`, not its title's last sentence; a title that only
names a textbook among its words keeps them. Expected values read off the texts."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "genre"), [
    ("Административное право. Учебное пособие / Иванов А.А. - М.: Юрист, 2001. С. 13.",
     "Административное право", "Учебное пособие"),
    ("Петров П. Гражданский процесс. Учеб. пособие. М., 2005. С. 4.",
     "Гражданский процесс", "Учеб. пособие"),
    ("Сидоров В. Логика. Учебник. Л., 1956.", "Логика", "Учебник"),
    ("Основы педагогики. учебное пособие / сост. Н. Н. Орлова. Казань, 2010.",
     "Основы педагогики", "учебное пособие"),
])
def test_textbook_kind_after_the_title_period_is_the_genre(text: str, title: str,
                                                           genre: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert fields["genre"] == genre


@pytest.mark.parametrize(("text", "title"), [
    ("Иванов И. Как написать учебник. М., 2001.", "Как написать учебник"),
    ("Смирнова Е. Учебник и учитель. М., 1999.", "Учебник и учитель"),
])
def test_a_title_that_names_a_textbook_keeps_its_words(text: str, title: str) -> None:
    fields = parse_reference(text).fields
    assert fields["title"] == title
    assert "genre" not in fields
