"""The illustrator named in a statement of responsibility: GOST 7.0.12-2011 abbreviates
«художник» as «худож.» (DSTU 3582:2013 the same), the Belarusian standard «мастак» as «маст.»
(an encyclopedia's volume, dev row ru-gost-813: «/ Рэдкал.: Г. П. Пашкоў (гал. рэд.) і
інш.; Маст. Э. Э. Жакевіч»). CSL's description has no field the parser fills for the role,
so the statement is kept whole in `note`: never the book's author, never dropped. So is a
statement under any other role word abbreviated in lower case that no table has (the end of
this file)."""

from __future__ import annotations

import pytest

from biblio.parse import parse_reference


@pytest.mark.parametrize(("text", "statement"), [
    ("Энциклопедия Сибири. Т. 2 / Редкол.: В. А. Ламин (гл. ред.) и др.; Худож. С. Н. "
     "Орлов. — Новосибирск : Наука, 2005. — 480 с.", "Худож. С. Н. Орлов"),
    ("Сказки народов Севера / сост. И. Петров ; худож. Т. Маврина. — М. : Дет. лит., 1980. "
     "— 96 с.", "худож. Т. Маврина"),
    ("Беларускія казкі / склад. А. Лозка ; маст. В. Слаук. — Мінск : Юнацтва, 1990. — 200 с.",
     "маст. В. Слаук"),
])
def test_the_illustrator_is_kept_in_the_note_and_is_no_author(text: str,
                                                               statement: str) -> None:
    fields = parse_reference(text).fields
    assert statement in fields["note"]
    assert "author" not in fields


def test_the_illustrator_after_the_author_heading_is_kept() -> None:
    fields = parse_reference("Бианки В. В. Лесная газета / худож. Е. Чарушин. — Л. : Дет. "
                             "лит., 1985. — 320 с.").fields
    assert fields["author"][0].family == "Бианки"
    assert fields["note"] == "худож. Е. Чарушин"


@pytest.mark.parametrize("statement", [
    "фот. Н. Раков", "рук. авт. кол. А. Петров", "лит. обраб. С. Маршака", "передм. І. Дзюби",
])
def test_a_statement_under_a_role_word_no_table_has_is_kept_in_the_note(statement: str) -> None:
    # lower-case abbreviated role words before the names they govern (GOST 7.0.12, DSTU
    # 3582): the names are no authors, and the statement is not thrown away
    fields = parse_reference(f"Бианки В. В. Лесная газета / {statement}. — Л. : Дет. лит., "
                             "1985. — 320 с.").fields
    assert fields["note"] == statement
    assert [name.family for name in fields["author"]] == ["Бианки"]


def test_initials_typed_in_lower_case_are_no_role_word() -> None:
    # a list typed all in lower case: "л. а." is the author's initials, not a role
    fields = parse_reference("Мясникова Л. А. Природа человека / л. а. Мясникова. — М. : "
                             "Наука, 2004. — 120 с.").fields
    assert "л. а. Мясникова" not in fields.get("note", "")
