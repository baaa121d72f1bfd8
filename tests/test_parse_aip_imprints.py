"""The imprint of the AIP style, publisher before city in parentheses, in which the
English translations of Russian journals (Pleiades Publishing) print their references,
closing with the original's language: "(Nedra, Moscow, 1988) [in Russian]". The
publisher and the city are two fields, the language mark the item's `language`. Forms: a
geology journal's translated list and a literary journal's (dev set batches 24 and 7);
values read off by hand."""

from __future__ import annotations

import pytest

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes


def _item(text: str) -> dict[str, object]:
    document = parse_footnotes([text])
    return item_to_json(document.items[document.notes[0].cites[0].item])


@pytest.mark.parametrize(("text", "publisher", "place", "language"), [
    ("K. P. Belov, Rare Earth Magnets and Their Application (Nauka, Moscow, 1980) [in "
     "Russian].", "Nauka", "Moscow", "ru"),
    ("V. I. Berger, Antimony Deposits (Nedra, Leningrad, 1978) [in Russian].", "Nedra",
     "Leningrad", "ru"),
    ("U. Asanaliev, V. V. Popov, and I. D. Turdukeev, Nonferrous and Rare Metal Deposits in "
     "Carbonate Formations (Nedra, Moscow, 1988) [in Russian].", "Nedra", "Moscow", "ru"),
    ("Тaranovsky K., About the relationship between poetic rhythm and topic, (Languages of "
     "Russian culture, Moscow, 2000) (in Russian)", "Languages of Russian culture", "Moscow",
     "ru"),
])
def test_the_publisher_comes_before_its_city(text: str, publisher: str, place: str,
                                             language: str) -> None:
    item = _item(text)
    assert item["type"] == "book"
    assert (item["publisher"], item["publisher-place"]) == (publisher, place)
    assert item["language"] == language
    assert "(" not in item["title"] and "Russian" not in item["title"]


def test_a_chicago_imprint_keeps_its_place_and_state() -> None:
    # CMOS 14.130: a state after a city that is no publisher
    item = _item("A. Smith, Economics of Scale (Cambridge, Mass., 1990), 45.")
    assert item["publisher-place"] == "Cambridge, Mass."
    assert "publisher" not in item
