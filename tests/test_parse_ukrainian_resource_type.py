"""The type of an electronic resource in Ukrainian, "– Електрон. текст. дані" (DSTU GOST
7.1:2006, the clause GOST 7.82-2001 5.3 gives in Russian, "– Электрон. дан."): an area of
its own, kept in `note`, never the title's end. The form of ru-gost-659 (a Ukrainian
standard's description); read by hand."""

from __future__ import annotations

from typing import Any

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes


def _item(text: str) -> dict[str, Any]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


def test_the_ukrainian_resource_type_is_not_the_title() -> None:
    fields = _item(
        "ДСТУ 4163:2020. Державна уніфікована система документації. Уніфікована система "
        "організаційно-розпорядчої документації. Вимоги до оформлення документів [Електронний "
        "ресурс]. – Електрон. текст. дані. – ДСТУ 4163-2003 ; Чинний від 01 вересня 2021 "
        "року. – ДП \"УкрНДНЦ\".")
    assert fields["title"] == ("Державна уніфікована система документації. Уніфікована "
                               "система організаційно-розпорядчої документації. Вимоги до "
                               "оформлення документів")
    assert "Електрон. текст. дані" in fields["note"]  # kept, not lost


def test_the_russian_form_still_reads() -> None:
    fields = _item("Подписка. Обращение к библиотекам [Электронный ресурс] / [НЭИКОН]. — "
                   "Электрон. дан. — Режим доступа: http://www.neicon.ru.")
    assert fields["title"] == "Подписка. Обращение к библиотекам"


def test_a_title_about_electronic_data_keeps_its_words() -> None:
    assert _item("Иванов И. И. Электронные данные в архиве. М., 2010. 200 с.")["title"] == \
        "Электронные данные в архиве"
