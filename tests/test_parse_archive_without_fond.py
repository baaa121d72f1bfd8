"""Archival locations that open below the fond, right after the archive's siglum.

An archive that keeps one collection, an institute's manuscript fund, a photo archive and
a security service's archive of cases cite their files with no fond (the development set,
four sources): the location opens with the opis, the inventory number, the archival
number or the case.
"""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Cite, Item
from biblio.parse.archival import parse_archival


def one(text: str) -> tuple[Item, Cite]:
    document = parse_footnotes([text])
    (cite,) = document.notes[0].cites
    return document.items[cite.item], cite


@pytest.mark.parametrize(("text", "archive", "location", "leaf"), [
    # a monastery's archive (a history of a Moscow monastery)
    ("АРПМА, оп. 10, д. 180, док. 163, л. 15.", "АРПМА", "оп. 10, д. 180, док. 163", "15"),
    ("АРПМА, оп. 10, д. 170, док. 154, л. 120об", "АРПМА", "оп. 10, д. 170, док. 154",
     "120об"),
    # an institute's manuscript fund (a monograph on Kyrgyzstan's archives)
    ("РФ ИЯЛИ НАН КР. Инв. 1503, 1953. Л. 87, 99.", "РФ ИЯЛИ НАН КР", "инв. 1503, 1953",
     "87, 99"),
    # a security service's archive cites the case
    ("АУФСБСПиЛО. Дело № 1071. Л. 181. Подлинник. Рукопись.", "АУФСБСПиЛО", "дело № 1071",
     "181"),
])
def test_location_opening_below_the_fond(text: str, archive: str, location: str,
                                         leaf: str) -> None:
    item, cite = one(text)
    assert item.type == "manuscript"
    assert (item["archive"], item["archive_location"]) == (archive, location)
    assert (cite.locator, cite.label) == (leaf, "folio")


def test_an_item_cited_by_its_archival_number_alone() -> None:
    """A photo archive's document is one item, its number its whole location."""
    item, cite = one("РГАКФД. Арх. № 1-33379.")
    assert (item["archive"], item["archive_location"]) == ("РГАКФД", "арх. № 1-33379")
    assert cite.locator is None


def test_a_document_titled_before_the_fund() -> None:
    item, cite = one("Юсуров Х. Участие дунган в восстании киргизов в 1916 г. // "
                     "РФ ИЯЛИ НАН КР. Инв. 29. С. 20.")
    assert item["title"] == "Участие дунган в восстании киргизов в 1916 г."
    assert item["author"][0].family == "Юсуров"
    assert (item["archive"], item["archive_location"]) == ("РФ ИЯЛИ НАН КР", "инв. 29")
    assert (cite.locator, cite.label) == ("20", "page")


def test_remarks_on_the_form_after_the_leaf_are_no_title() -> None:
    path = parse_archival("АУФСБСПиЛО. Дело № 1071. Л. 181. Подлинник. Рукопись.")
    assert path is not None and path.title is None
    assert path.remark == "Подлинник. Рукопись"


def test_a_units_year_stays_in_the_location() -> None:
    item, cite = one("См.: ЦГВИА РФ. Ф. 400, 1916 г. Оп. 263/216. Д. 42. Л. 1-22 ;")
    assert item["archive_location"] == "ф. 400, 1916 г., оп. 263/216, д. 42"
    assert cite.locator == "1-22"


@pytest.mark.parametrize("text", [
    "Письмо Иванову И. И., оп. 3, д. 5.",  # initials are no siglum
    "Там же, оп. 3, ед. хр. 1756, л. 30.",  # the archive of the note before
    "Шопен Ф. Op. 10, № 3.",  # a musical opus, Latin
])
def test_no_archive_without_a_siglum_before_the_opening(text: str) -> None:
    path = parse_archival(text)
    assert path is None or path.archive is None or "оп." not in path.location()


def test_ibid_replaces_the_file_and_keeps_the_opis() -> None:
    """"Там же" replaces the level it states and those below it (the rank of the
    levels): the opis stays, the document of the other file goes."""
    document = parse_footnotes(["АРПМА, оп. 10, д. 180, док. 163, л. 15.",
                                "Там же. Д. 170. Л. 7."])
    second = document.notes[1].cites[0]
    assert document.items[second.item]["archive"] == "АРПМА"
    assert document.items[second.item]["archive_location"] == "оп. 10, д. 170"
    assert second.locator == "7"
