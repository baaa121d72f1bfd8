"""An item of a manuscript collection cited by its inventory number, with no fond
(biblio.parse.archival.NUMBERED_ITEM); a "№" after a periodical's name stays its issue."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.parse.archival import parse_numbered_item


@pytest.mark.parametrize(("text", "archive", "unit", "leaf"), [
    ("ИРЛИ. № 30706. Л. 32.", "ИРЛИ", "30706", "32"),  # Dostoevsky's chronicle (batch 21)
    ("Музей Театра им. Евг. Вахтангова. № 1960/Р.",  # Vakhtangov's notes (batch 25)
     "Музей Театра им. Евг. Вахтангова", "1960/Р", None),
])
def test_a_repository_and_an_item_number(
        text: str, archive: str, unit: str, leaf: str | None) -> None:
    document = parse_footnotes([text])
    cite = document.notes[0].cites[0]
    item = document.items[cite.item]
    assert item.type == "manuscript"
    assert item.fields["archive"] == archive
    assert item.fields["archive_location"] == f"№ {unit}"
    assert cite.locator == leaf


@pytest.mark.parametrize("text", [
    "Родина. № 5.",  # a journal's issue
    "ИР. № 21. С. 10.",  # an émigré magazine's issue and page (batch 8)
    "ИРЛИ. № 30706.",  # an acronym alone says no more than a journal's would
])
def test_a_number_after_a_name_that_says_no_repository_is_no_item(text: str) -> None:
    assert parse_numbered_item(text) is None
