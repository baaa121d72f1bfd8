"""The abbreviated cities of Ukrainian imprints (ДСТУ 3582): "К." Київ, "Х." Харків, "О."
Одеса, "Л." Львів, read so where the item's language is Ukrainian; in a Russian item
"Л." stays Ленинград (GOST 7.0.12) and "Х." is Харьков. Forms from the dev GOST examples
(batch 10, a Kharkiv law textbook) and Ukrainian lists (Світ of Lviv, Маяк of Odesa);
values read by hand."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def _place(text: str) -> tuple[str, str]:
    item = next(iter(parse_footnotes([text]).items.values()))
    return item.fields["language"], item.fields["publisher-place"]


@pytest.mark.parametrize(("text", "place"), [
    ("Цивільне право. У 2-х томах. Т.1: підручник / В. І. Борисова [и др.]. — 2-е вид., "
     "перероб. та доп.. — Х.: Право, 2014. — 656с.", "Харків"),
    ("Кульчицький С. Україна між двома війнами. — Л.: Світ, 1999. — 336 с.", "Львів"),
    ("Ковальчук О. Історія міста. — О.: Маяк, 1985. — 200 с.", "Одеса"),
    ("Історія України. — К.: Наукова думка, 1990. — 400 с.", "Київ"),
])
def test_a_ukrainian_imprints_abbreviated_city(text: str, place: str) -> None:
    assert _place(text) == ("uk", place)


@pytest.mark.parametrize(("text", "place"), [
    ("Тарле Е. В. Наполеон. Л.: Наука, 1941. 300 с.", "Ленинград"),
    ("Иванов И. Харьковский университет. Х.: Изд-во ХГУ, 1990. 200 с.", "Харьков"),
])
def test_the_same_letters_in_a_russian_item(text: str, place: str) -> None:
    assert _place(text) == ("ru", place)


@pytest.mark.parametrize("text", [
    # a Belarusian encyclopedia's lists (verbum.by, dev set batch 16): "і" beside "ы"
    "Каратынскі В. Творы. 2 выд. Мн., 1994.",
    "Александровіч С.Х. Пуцявіны роднага слова. Мн., 1971. С. 19—21.",
    # "ў", which no other Cyrillic alphabet has
    "Кісялёў Г. Сейбіты вечнага. Мн., 1963. С. 136—145;",
])
def test_a_belarusian_imprints_minsk_is_minsk_in_belarusian(text: str) -> None:
    assert _place(text) == ("be", "Мінск")


@pytest.mark.parametrize("text", [
    # the Belarusian encyclopedias of a place's article (wafarin, dev set batch 22): the
    # title alone looks Russian ("энцыклапедыя": "ы", no "і"), the volume's title does not
    "Беларуская энцыклапедыя: У 18 т. Т. 16: Трыпалі — Хвіліна / Рэдкал.: Г. П. Пашкоў і "
    "інш. — Мн.: БелЭн, 2003. — 576 с.: іл. ISBN 985-11-0263-6 (т.16). С. 264–265.",
    # constructed in the same form: another volume, whose title has "ў"
    "Беларуская энцыклапедыя: У 18 т. Т. 7: Застаўка — Кантата / Рэдкал.: Г. П. Пашкоў і "
    "інш. — Мн.: БелЭн, 1998. — 608 с.",
])
def test_a_volumes_own_title_tells_a_belarusian_item(text: str) -> None:
    assert _place(text) == ("be", "Мінск")


def test_a_russian_imprints_minsk_stays_russian() -> None:
    assert _place("Иванов И. И. История Белоруссии. Мн., 1998. 200 с.") == ("ru", "Минск")


@pytest.mark.parametrize(("text", "language", "place"), [
    # a technical journal's DSTU 8302:2015 rules (dev set batch 30, ru-gost-1103): "Вища
    # математика" alone reads as Russian, so the place printed "Київ" became "Киев"
    ("Вища математика : конспект лекцій / Ткачук Т.С. та ін. Київ, 2015. 82 с.", "uk",
     "Київ"),
    # a Belarusian encyclopedia's list (verbum.by, dev set batch 16, ru-gost-630): the
    # title alone reads as Ukrainian ("літаратура"), the kind "Хрэстаматыя" as Belarusian
    ("Беларуская літаратура XIX ст.: Хрэстаматыя. 2 выд. Мн., 1988;", "be", "Мінск"),
])
def test_the_kind_of_document_tells_the_items_language(
        text: str, language: str, place: str) -> None:
    """The genre is words of the item's language as its title is ("конспект лекцій",
    "навч. посіб.", "Хрэстаматыя"): read with it, it settles a short title's language."""
    assert _place(text) == (language, place)
