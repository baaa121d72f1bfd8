"""The title of a volume (GOST 7.1-2003, 5.4: "Т. 2 : Документы 1939 г.") is rendered.

The parser keeps it apart from the title of the work (CSL `volume-title`), so the
style must print it after the volume number, or the note would lose it.
"""

from __future__ import annotations

import biblio
from biblio.model import Date, Document, Item, Name


def book(language: str, title: str, volume: str, volume_title: str) -> Item:
    return Item(id="b", type="book", fields={
        "author": [Name(family="Kotkin", given="S.")], "title": title, "volume": volume,
        "volume-title": volume_title, "publisher-place": "New York",
        "publisher": "Penguin Press", "issued": Date(parts=[[2017]]), "language": language})


def test_volume_title_follows_the_volume_number_after_a_colon() -> None:
    item = book("en", "Stalin", "2", "Waiting for Hitler, 1929–1941")
    (entry,) = biblio.render(Document.from_items([item]), "gost").bibliography
    assert "Vol. 2 : Waiting for Hitler, 1929–1941." in entry


def test_a_volume_without_a_title_is_printed_as_before() -> None:
    item = book("en", "Stalin", "2", "")
    del item.fields["volume-title"]
    (entry,) = biblio.render(Document.from_items([item]), "gost").bibliography
    assert "Stalin. Vol. 2. N.Y.: Penguin Press, 2017." in entry
