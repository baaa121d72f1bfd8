"""Roman numerals typed with the Cyrillic look-alikes І and Х, as Ukrainian typists do
(biblio.parse.locators._ROMAN): the numbering of a volume or a part is read and kept as
printed. The habit in running text: "ХІV. Козацтво …", "у ХІV–ХV ст." (Hrushevsky's
Outline of the history of Ukraine, m-hrushevsky.name); in notes, a Kyiv history book's
(read-book.net, batch 15) below."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.parse.locators import VOLUME


@pytest.mark.parametrize(("text", "volume", "page"), [
    ("Максимович М.А. Собрание сочинений. — К., 1880. — Т. ІІІ. — С. 209.", "ІІІ", "209"),
    ("Костомаров Н.И. Исторические монографии и исследования. — Спб., 1872. — Т.І. — C. 21, "
     "39, 44.", "І", None),
])
def test_a_volume_in_cyrillic_roman_numerals(text: str, volume: str, page: str | None) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    assert document.items[cite.item].fields["volume"] == volume
    if page:
        assert cite.locator == page


def test_a_part_in_cyrillic_roman_numerals_leaves_the_page_to_the_cite() -> None:
    document = parse_footnotes([
        "Ключевский В.О. Сочинения: Курс русской истории. — М., 1956. — Ч. І. — С.199 — 200."])
    assert document.notes[0].cites[0].locator == "199 — 200"


@pytest.mark.parametrize(("text", "value"), [("Т. ХІV", "ХІV"), ("т. ХХ", "ХХ")])
def test_the_look_alikes_make_a_number(text: str, value: str) -> None:
    match = VOLUME.match(text)
    assert match is not None and match["value"] == value


def test_a_word_that_starts_with_a_look_alike_is_no_number() -> None:
    assert VOLUME.match("Т. Історія") is None
