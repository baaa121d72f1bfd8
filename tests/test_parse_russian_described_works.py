"""A work described in words before it is named: a noun for the kind of work, its
author in the genitive, its title in quotes ("Цитировано по статье В. А. Мамонтова «Ранняя
лирика М. А. Волошина» // …", batch 7; "рецензия на монографию Н. В. Липатовой «…»
(Ульяновск : УлГУ, 2014. 238 С.)", batch 7's review heading; "См. книгу …", written in
the same form). The author is read back to the nominative; a heading before such a noun
keeps it in the title. Values read by hand."""

from __future__ import annotations

import pytest

from biblio.evaluation import normalize_text
from biblio.model import Name
from biblio.parse.gost import parse_reference

DESCRIBED = [
    ("Цитировано по статье В. А. Мамонтова «Ранняя лирика М. А. Волошина» // Вопросы русской, "
     "советской и зарубежной литературы. Хабаровск, 1972. С. 116.",
     "Мамонтов", "Ранняя лирика М. А. Волошина", "116"),
    ("См. книгу В. В. Виноградова «Стиль Пушкина» (М., 1941. С. 374).",
     "Виноградов", "Стиль Пушкина", "374"),
    ("рецензия на монографию Н. В. Липатовой «Власть в печатном варианте: образ советского "
     "лидера на страницах прессы» (Ульяновск : УлГУ, 2014. 238 С.)",
     "Липатова", "Власть в печатном варианте: образ советского лидера на страницах прессы", None),
]


@pytest.mark.parametrize(("text", "family", "title", "page"), DESCRIBED)
def test_a_work_described_in_words_gives_its_author_and_title(
        text: str, family: str, title: str, page: str | None) -> None:
    reference = parse_reference(text)
    assert [name.family for name in reference.fields["author"]] == [family]
    assert normalize_text(reference.fields["title"]) == title
    assert reference.locator == page
    assert reference.prefix


def test_a_heading_before_the_noun_keeps_it_in_the_title() -> None:
    reference = parse_reference(
        "Петров П. П. Работа И. И. Иванова «Название» // Вопросы истории. 1990. № 2.")
    assert [name.family for name in reference.fields["author"]] == ["Петров"]
    assert reference.fields["title"] == "Работа И. И. Иванова «Название»"


TITLE_FIRST = [
    # Pylyaev's notes (batch 17) and a 1902 book on Poltava (batch 19, histpol.narod.ru)
    ("См. «Абевега русских суеверий», соч. М. Чулкова, СПб., 1786 г.",
     "Чулков", "Абевега русских суеверий", 1786, None),
    ("Известный староста, или державца Чернобыльский *). — «История Малой России» Д. Н. "
     "Бантыш-Каменского, Москва, 1830 г., т. I, стр. 102.",
     "Бантыш-Каменский", "История Малой России", 1830, "102"),
]


@pytest.mark.parametrize(("text", "family", "title", "year", "page"), TITLE_FIRST)
def test_a_title_before_its_author_in_the_genitive_gives_both(
        text: str, family: str, title: str, year: int, page: str | None) -> None:
    reference = parse_reference(text)
    assert [name.family for name in reference.fields["author"]] == [family]
    assert reference.fields["title"] == title
    assert reference.fields["issued"].parts[0][0] == year
    assert reference.locator == page
    assert reference.prefix == (None if text.startswith("«") else text[:text.index(" «")])


def test_a_name_in_the_nominative_after_a_title_is_not_read_as_its_author() -> None:
    reference = parse_reference("«Записки о Полтавской губ.» Н. И. Арандаренко, ч. III, стр. 14.")
    assert "author" not in reference.fields


def test_an_old_genitive_in_enka_after_a_title_is_its_author() -> None:
    """dev ru-fn-1430 (batch 19): "-енко" declined as 19th-century texts decline it."""
    reference = parse_reference("«Записки о Полтавской губ.» Н. И. Арандаренка, ч. III, стр. 14.")
    assert reference.fields["author"] == [Name(family="Арандаренко", given="Н. И.")]
