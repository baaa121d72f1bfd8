"""The statement of responsibility that repeats the heading's person (GOST 7.1-2003
clause 5.2.5), printed after the title with its «/» lost, as copied reading lists and
catalogue exports print it: «СУХОРУКОВ,К. ОБЯЗАТЕЛЬНЫЙ ЭКЗЕМПЛЯР: ТИПЫ И ВИДЫ К.
СУХОРУКОВ // БИБЛИОТЕКА. - 2010. - № 3.» (dev row ru-gost-1649). The name leaves the
title when it is the heading's family with the heading's initials; another person's name
closing a title stays. Values read by hand from the texts."""

from __future__ import annotations

import pytest

from biblio.model import Name
from biblio.parse import parse_footnotes
from biblio.parse.heading_in_title import without_repeated_heading


def read(text: str) -> dict:
    document = parse_footnotes([text])
    return document.items[document.notes[0].cites[0].item].fields


@pytest.mark.parametrize("text, title, container", [
    ("Иванов П. С. Северные города П. С. Иванов // Вопросы истории. – 2001. – № 5. – "
     "С. 10–20.", "Северные города", "Вопросы истории"),
    ("Иванов П.С. Северные города П.С. Иванов // Вопросы истории. 2001. № 5. С. 10–20.",
     "Северные города", "Вопросы истории"),
    ("ЛЕБЕДЕВА,А. СЕЛЬСКИЕ БИБЛИОТЕКИ: ОПЫТ И ПРОБЛЕМЫ А. ЛЕБЕДЕВА // БИБЛИОТЕКОВЕДЕНИЕ. - "
     "2012. - № 4. - С. 30-35.", "СЕЛЬСКИЕ БИБЛИОТЕКИ: ОПЫТ И ПРОБЛЕМЫ", "БИБЛИОТЕКОВЕДЕНИЕ"),
])
def test_an_article_title_closed_by_its_author_without_the_slash(
        text: str, title: str, container: str) -> None:
    fields = read(text)
    assert (fields["title"], fields["container-title"]) == (title, container)


def test_a_book_title_closed_by_its_author_without_the_slash() -> None:
    fields = read("Петрухин В. Я. Начало этнокультурной истории Руси В. Я. Петрухин. – "
                  "Смоленск : Русич, 1995. – 320 с.")
    assert fields["title"] == "Начало этнокультурной истории Руси"
    assert (fields["publisher-place"], fields["publisher"]) == ("Смоленск", "Русич")


@pytest.mark.parametrize("title", [
    "Дневник А. Н. Орлова",         # another person's initials: the work's subject
    "Письма к Н. Н. Петрову",       # another family
    "Северные города",              # no name at all
])
def test_a_title_closed_by_another_name_is_kept(title: str) -> None:
    assert without_repeated_heading(title, Name(family="Орлова", given="Н. Н.")) == title


def test_the_family_alone_is_no_statement() -> None:
    heading = Name(family="Орлова", given="Н. Н.")
    assert without_repeated_heading("Жизнь и смерть Орлова", heading) == \
        "Жизнь и смерть Орлова"
