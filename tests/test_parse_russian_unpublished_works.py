"""Unpublished works cited in Russian and Ukrainian notes (issue 9): the form of the work
written as the last sentence of its description, without GOST 7.1-2003's brackets (clause
5.2.3 lists "[Рукопись]" among the general designations of material), makes it a
manuscript; the form is kept in `medium`, a following "Не опубликовано" in `note`, and
neither is left in the title. Expectations read off each reference by hand."""

from __future__ import annotations

import pytest
from first_cite import first_cite


@pytest.mark.parametrize("text, title, medium", [
    # M. Popovsky's book on the Vavilov case: a colleague's memoir, cited twice
    ("Синская Е. Н. Воспоминания о Н. И. Вавилове. Рукопись. Не опубликовано.",
     "Воспоминания о Н. И. Вавилове", "Рукопись"),
    ("Цит. по: Купцов А. И. Памяти Николая Ивановича Вавилова. Рукопись.",
     "Памяти Николая Ивановича Вавилова", "Рукопись"),
    # a Ukrainian article on Leontovych's choir: a typescript after the area dash
    ("Бондаренко Ю.П. Нотатки до створення мандрівної капели «Думки», фундовані на "
     "оригінальних документах та історичних розкладках. Іст. нарис. — Вінниця, [б. р.]. — "
     "Машинопис.", "Нотатки до створення мандрівної капели «Думки», фундовані на "
     "оригінальних документах та історичних розкладках", "Машинопис"),  # «Іст. нарис»: genre
])
def test_the_form_of_an_unpublished_work_closes_its_description(
        text: str, title: str, medium: str) -> None:
    item, _ = first_cite(text)
    assert (item["type"], item["title"], item["medium"]) == ("manuscript", title, medium)


def test_not_published_is_kept_in_the_note() -> None:
    item, _ = first_cite("Синская Е. Н. Воспоминания о Н. И. Вавилове. Рукопись. "
                         "Не опубликовано.")
    assert item["note"] == "Не опубликовано"


def test_no_date_in_ukrainian_is_no_title() -> None:
    # DSTU GOST 7.1:2006: "[б. р.]", без року, as GOST 7.1's "[б. г.]"
    item, _ = first_cite("Бондаренко Ю.П. Нотатки. — Вінниця, [б. р.]. — Машинопис.")
    assert (item["title"], item["publisher-place"]) == ("Нотатки", "Вінниця")


def test_a_word_of_the_title_is_no_form() -> None:
    # the form is a sentence of its own at the end, not a title's word: "Рукопись,
    # найденная в Сарагосе" stays the title of a printed book
    item, _ = first_cite("Потоцкий Я. Рукопись, найденная в Сарагосе. М., 1968.")
    assert (item["type"], item["title"]) == ("book", "Рукопись, найденная в Сарагосе")
