"""The AIP style, in which the English translations of Russian journals (Pleiades
Publishing) print their references: a book's imprint in parentheses, publisher before
city, closing with the original's language ("(Nedra, Moscow, 1988) [in Russian]"), an
article's pages before the year in parentheses. The publisher and the city are two fields,
the language mark the item's `language`. Forms: a geology journal's translated list and a
literary journal's (dev set batches 24 and 7); values read off by hand."""

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


def test_an_aip_article_prints_its_pages_before_the_year() -> None:
    # the AIP Style Manual's journal reference (volume or issue, pages, the year in
    # parentheses), as a geology journal's translated list prints it (dev set batch 24)
    item = _item("A. S. Alekseev, “Typification of Phanerozoic Events of Mass Extinction of "
                 "Organisms,” Vestn. Mosk. Univ., Ser. Geol., No. 5, 6–14 (2000).")
    assert item["type"] == "article-journal"
    assert item["title"] == "Typification of Phanerozoic Events of Mass Extinction of Organisms"
    assert item["container-title"] == "Vestn. Mosk. Univ., Ser. Geol."
    assert (item["issue"], item["page"]) == ("5", "6–14")


def test_a_chicago_articles_pinpoint_after_the_year_is_no_page_range() -> None:
    item = _item("Lynne Viola, “The Unknown Gulag,” Slavic Review 64, no. 2 (2005): 200")
    assert (item["volume"], item["issue"]) == ("64", "2")
    assert "page" not in item
