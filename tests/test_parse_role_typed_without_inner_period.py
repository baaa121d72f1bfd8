"""GOST 7.0.12's «ред.-сост.» (editor-compiler) and «авт.-сост.» (author-compiler) typed with
the first abbreviation's period dropped before the hyphen, as a Bishkek collection's title
verso prints it («/ Ред-сост. Г.Н. Хлыпенко», batch 48): read as the roles they are, the
names after them no author. The values were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "role", "families"), [
    ("Тарас Шевченко в Кыргызстане: Научные материалы / Ред-сост. Г.Н. Хлыпенко. – Бишкек: "
     "Учкун, 2008. – с.", "editor", ["Хлыпенко"]),
    ("Народные промыслы края : очерки / Ред-сост.: И. П. Смирнова, А. А. Орлов. – Вологда, "
     "2015. – 96 с.", "editor", ["Смирнова", "Орлов"]),
    ("Народные промыслы края : очерки / авт-сост. И. П. Смирнова. – Вологда, 2015. – 96 с.",
     "compiler", ["Смирнова"]),
])
def test_a_role_typed_without_its_inner_period(text: str, role: str,
                                               families: list[str]) -> None:
    reference = parse_reference(text)
    assert [name.family for name in reference.fields[role]] == families
    assert "author" not in reference.fields
