"""A set's volumes cited whole, «Т. I-III», whose first Roman «I» OCR read as the figure
«1» («Онежские былины … Т. 1-III. М.-Л., 1949–1951.», dev row ru-fn-1716): the range is
the volume, kept as printed, and the imprint after it is the imprint, where the title ran
on over the range and the years were read as pages."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


@pytest.mark.parametrize(("text", "title", "volume", "year"), [
    ("Песни, собранные П. Н. Рыбниковым. Т. 1-III. М.-Л., 1909–1910.",
     "Песни, собранные П. Н. Рыбниковым", "1-III", 1909),
    ("Русская историческая библиотека. Т. 1-IV. СПб., 1872.",
     "Русская историческая библиотека", "1-IV", 1872),
])
def test_a_roman_range_opened_by_the_figure_one_is_the_volume(
        text: str, title: str, volume: str, year: int) -> None:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    item = document.items[cite.item]
    assert (item["title"], item["volume"], item["issued"].year) == (title, volume, year)
    assert "page" not in item.fields


def test_a_figure_then_another_figure_is_still_a_range_of_figures() -> None:
    document = parse_footnotes(["Русская историческая библиотека. Т. 1-4. СПб., 1872."])
    (cite,) = document.notes[0].cites
    assert document.items[cite.item]["volume"] == "1-4"
