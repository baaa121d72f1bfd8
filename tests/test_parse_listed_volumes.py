"""Volumes of a set listed with commas after the title: "Маркс К. Капитал. Т. I, II, III. М.:
Госиздат, 1923–1925." (the notes of a popular «Капитал», the dev set's batch 47). The list
is the cited volumes, as printed; the title ends before it and the imprint after it is read
(a list in figures had taken the imprint into the title). Expected values read off the
texts."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes


def item(text: str) -> dict[str, Any]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


@pytest.mark.parametrize(("text", "title", "volume", "place", "year"), [
    ("Маркс К. Капитал. Т. I, II, III. М.: Госиздат, 1923–1925.", "Капитал", "I, II, III",
     "Москва", 1923),
    ("Энгельс Ф. Сочинения. Т. 1, 2, 3. М., 1929.", "Сочинения", "1, 2, 3", "Москва", 1929),
    ("Соловьев С. М. История России. Т. IV, VI. СПб., 1896. С. 5.", "История России", "IV, VI",
     "Санкт-Петербург", 1896),
    ("Smith A. Works. Vol. 2, 3. London, 1811.", "Works", "2, 3", "London", 1811),
])
def test_listed_volumes_are_the_volume(text: str, title: str, volume: str, place: str,
                                       year: int) -> None:
    found = item(text)
    assert found["title"] == title
    assert found["volume"] == volume
    assert found["publisher-place"] == place
    assert found["issued"]["date-parts"][0][0] == year


@pytest.mark.parametrize(("text", "volume", "locator"), [
    ("Ленин В. И. Соч. Т. 2, с. 5.", "2", "5"),
    ("Гоголь Н. В. Соч. Т. V, C. 225.", "V", "225"),
])
def test_a_page_after_the_volume_is_no_listed_volume(text: str, volume: str,
                                                      locator: str) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    assert item_to_json(document.items[cite.item])["volume"] == volume
    assert cite.locator == locator
