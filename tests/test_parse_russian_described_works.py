"""A work described in words before it is named: a noun for the kind of work, its
author in the genitive, its title in quotes ("Цитировано по статье В. А. Мамонтова «Ранняя
лирика М. А. Волошина» // …", batch 7; "рецензия на монографию Н. В. Липатовой «…»
(Ульяновск : УлГУ, 2014. 238 С.)", batch 7's review heading; "См. книгу …", written in
the same form). The author is read back to the nominative; a heading before such a noun
keeps it in the title. Values read by hand."""

from __future__ import annotations

import pytest

from biblio.evaluation import normalize_text
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
