"""Roman numerals typed with the Cyrillic letters that look like I and X (issue 9):
Ukrainian and Russian notes type a volume "Т. ІІІ" with the Ukrainian "І" (U+0406) and
"ХІХ" with the Cyrillic "Х" (U+0425). Such a numeral is a volume's number, kept as
printed, and the page after it is still the cite's locator (both were lost: the grammar
took "Т. ІІІ" for no numbering at all). Expectations read off each reference by hand."""

from __future__ import annotations

from typing import Any

import pytest
from first_cite import first_cite

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes
from biblio.parse.locators import VOLUME


def first_item(text: str) -> tuple[dict[str, Any], str | None]:
    """The first cite's item and locator; what else the note holds is reported apart
    (a Latin "C." for "С.", a second volume), as the other tests of these notes check."""
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item]), cite.locator


@pytest.mark.parametrize("text, volume, locator", [
    # a Ukrainian history of Kyiv (read-book.net): the area-dash form
    ("Максимович М.А. Собрание сочинений. — К., 1880. — Т. ІІІ. — С. 209.", "ІІІ", "209"),
    ("Костомаров Н.И. Исторические монографии и исследования. — Спб., 1872. — Т.І. — "
     "C. 21, 39, 44.", "І", "21, 39, 44"),
    # a Ukrainian history of literature (booksonline 131871, note 252): the comma form
    ("Див. праці: М. М. Гальковскій: Боротьба Християнства с остатками язичества в древней "
     "Руси, т. І, 1913 р., т. II 1916 р., відбитка з «Зап. м. Арх. Инст.», т. XVII.", "І", None),
])
def test_a_volume_in_cyrillic_roman_numerals(text: str, volume: str, locator: str | None) -> None:
    item, found = first_item(text)
    assert (item["volume"], found) == (volume, locator)


def test_a_word_that_opens_with_a_look_alike_letter_is_no_numeral() -> None:
    # "Х" opening a word after "Т." is a title's word, as "V" of "Victory" is
    item, cite = first_cite("Иванов И. И. Хрестоматия. М., 1990. С. 5.")
    assert (item["title"], item.get("volume"), cite.locator) == ("Хрестоматия", None, "5")


def test_a_part_in_cyrillic_roman_numerals_leaves_the_page_to_the_cite() -> None:
    document = parse_footnotes([
        "Ключевский В.О. Сочинения: Курс русской истории. — М., 1956. — Ч. І. — С.199 — 200."])
    assert document.notes[0].cites[0].locator == "199 — 200"


@pytest.mark.parametrize(("text", "value"), [("Т. ХІV", "ХІV"), ("т. ХХ", "ХХ")])
def test_the_look_alikes_make_a_number(text: str, value: str) -> None:
    match = VOLUME.match(text)
    assert match is not None and match["value"] == value


def test_a_roman_volume_before_the_year_in_the_comma_form() -> None:
    # the note's form above with a Latin numeral and a page: the term's period goes on to
    # its number, and the volume is no place
    item, locator = first_item("Гальковский Н. М. Борьба христианства с остатками язычества "
                               "в древней Руси, т. I, 1913 г., с. 5.")
    assert (item["volume"], item["issued"], item.get("publisher-place"), locator) == \
        ("I", {"date-parts": [[1913]]}, None, "5")
