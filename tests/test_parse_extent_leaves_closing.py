"""The leaves of plates after the pages closing the description (GOST 7.1-2003 clause 5.6:
"363 с., [1] л.", "320 с., 8 л."): the area splitter takes the closing period off, and the
extent was read only with the leaves' abbreviation closed by its period; the pages went to
the cite's commentary."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.locators import read_extent


def _reading(text: str) -> tuple[dict, str | None]:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return document.items[cite.item].fields, cite.suffix


@pytest.mark.parametrize(("text", "pages"), [
    # ru-gost-317's record (a collection edited by B. A. Rybakov) closed after its leaves
    ("Древности эпохи сложения восточного славянства / Отв. ред. Б.А. Рыбаков. - Москва : "
     "Наука, 1964. - 363 с., [1] л.", "363"),
    ("Древности эпохи сложения восточного славянства / Отв. ред. Б.А. Рыбаков. - Москва : "
     "Наука, 1964. - 363 с., [1] л. : карт. ; 27 см", "363"),
])
def test_the_pages_before_the_leaves(text: str, pages: str) -> None:
    fields, suffix = _reading(text)
    assert fields["number-of-pages"] == pages
    assert fields["note"].startswith("[1] л")
    assert suffix is None


@pytest.mark.parametrize(("text", "pages", "details"), [
    ("363 с., [1] л", "363", "[1] л"),
    ("320 с., 8 л", "320", "8 л"),
    ("416 с., 16 л. ил", "416", "16 л. ил"),
])
def test_read_extent(text: str, pages: str, details: str) -> None:
    extent = read_extent(text)
    assert extent is not None
    assert (extent.pages, extent.details) == (pages, details)


def test_a_leaf_cited_is_no_extent() -> None:
    # «Л. 5» is a leaf cited (a pinpoint), not the leaves of plates
    assert read_extent("Л. 5") is None
