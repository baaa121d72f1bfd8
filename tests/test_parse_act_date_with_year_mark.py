"""An act named by its title, then «от» its date in figures closed by «г.» or «года», then
«№» its number, as schools', kindergartens' and agencies' pages list the acts they follow
(«Приказ Министерства образования и науки РФ от 18.11.2013 г. № 1252», batch 48's
regionolymp list): the date is the act's `issued`, the number its `number`, no issue. The
values were read off the texts by hand."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference


@pytest.mark.parametrize(("text", "title", "day", "number"), [
    # the olympiad site's act (ru-gost-2121)
    ("Приказ Министерства образования и науки РФ от 18.11.2013 г. № 1252",
     "Приказ Министерства образования и науки РФ", [2013, 11, 18], "1252"),
    # «г.» glued to the year and «№» to the number, another kind and issuer
    ("Постановление Правительства Российской Федерации от 22.06.2016г. №569",
     "Постановление Правительства Российской Федерации", [2016, 6, 22], "569"),
    # the word «года» and a Latin «N»
    ("Указ Президента РФ от 07.05.2018 года N 204", "Указ Президента РФ", [2018, 5, 7], "204"),
    # a ministry's order in the short form, with its period
    ("Приказ Минтруда России от 01.03.2019 г. № 103н.", "Приказ Минтруда России",
     [2019, 3, 1], "103н"),
])
def test_an_act_dated_in_figures_with_its_year_mark(text: str, title: str, day: list[int],
                                                    number: str) -> None:
    reference = parse_reference(text)
    assert reference.type == "legislation"
    assert reference.fields["title"] == title
    assert reference.fields["issued"].parts == [day]
    assert reference.fields["number"] == number
    assert "issue" not in reference.fields


def test_a_kind_alone_is_the_genre_with_the_year_mark_too() -> None:
    reference = parse_reference("Федеральный закон от 01.05.2016 г. №138-ФЗ")
    assert reference.type == "legislation"
    assert reference.fields["genre"] == "Федеральный закон"
    assert "title" not in reference.fields
    assert reference.fields["issued"].parts == [[2016, 5, 1]]
    assert reference.fields["number"] == "138-ФЗ"
