"""What a reference's tail holds, read into its fields instead of left in the cite's suffix
(issue 9). The forms are quoted from the Russian development set."""

from __future__ import annotations

from biblio.formats.csljson import item_to_json
from biblio.parse import parse_footnotes
from biblio.parse.locators import parse_pinpoint


def first_cite(text: str) -> tuple[dict, str | None, str | None]:
    """The first cite's item as CSL-JSON, its locator and its suffix."""
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    return item_to_json(document.items[cite.item]), cite.locator, cite.suffix


def test_a_latin_c_typed_close_up_to_its_number_is_the_russian_page() -> None:
    item, _, suffix = first_cite(
        "Kozlova Dina S. «Establishment of the Provincial Commissioner Institute during the "
        "Revolution of 1917 (on the example of Tomsk Province)» // Tomsk State University "
        "Journal 2016. №409 C.72-78")
    assert (item["page"], item["issue"], suffix) == ("72-78", "409", None)
    _, locator, suffix = first_cite(
        "Znamierowski A. Insygnia, symbole i herby polskie. Kompendium.- Warszawa, 2003.- C.27.")
    assert (locator, suffix) == ("27", None)


def test_a_spaced_latin_c_is_no_page() -> None:
    """An Italian shelfmark's carta ("c. 88") or a circa: no Russian page."""
    assert parse_pinpoint("C. 88") is None
    assert parse_pinpoint("C.88") == ("page", "88")
