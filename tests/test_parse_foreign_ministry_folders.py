"""The folder («папка») of the Foreign Ministry's archive, abbreviated «пап.» as the notes
of diplomatic history print it between the opis and the file: "АВП РФ. Ф. 07. Оп. 25. Пап.
13. Д. 144. Л. 27" (batch 46, a note on Stalin's 1952 note on Germany), in the period and
the comma form, before and after «Там же»; values read by hand from the printed form
(GOST 7.0.12-2011 abbreviates папка «п.», which the table already had)."""

from __future__ import annotations

import pytest

from biblio import parse_footnotes
from biblio.model import Date
from biblio.parse.gost import parse_reference

FOLDERS = [
    ("АВП РФ. Ф. 07. Оп. 25. Пап. 13. Д. 144. Л. 27.", "АВП РФ",
     "ф. 07, оп. 25, пап. 13, д. 144", "27"),
    ("АВП РФ, ф. 06, оп. 9, пап. 1, д. 5, л. 12.", "АВП РФ",
     "ф. 06, оп. 9, пап. 1, д. 5", "12"),
    ("АВПРИ. Ф. 133. Оп. 470. Пап. 121. Д. 34. Л. 8 об.", "АВПРИ",
     "ф. 133, оп. 470, пап. 121, д. 34", "8 об."),
    # GOST 7.0.12's own «п.»: read as before
    ("АВП РФ. Ф. 06. Оп. 9. П. 1. Д. 5. Л. 12.", "АВП РФ", "ф. 06, оп. 9, п. 1, д. 5", "12"),
]


@pytest.mark.parametrize(("text", "archive", "location", "leaf"), FOLDERS)
def test_the_folder_is_a_level_of_the_location(text: str, archive: str, location: str,
                                               leaf: str) -> None:
    reference = parse_reference(text)
    assert reference.fields["archive"] == archive
    assert reference.fields["archive_location"] == location
    assert "title" not in reference.fields
    assert reference.locator == leaf


def test_a_documents_description_before_the_archive_in_parentheses_is_its_title() -> None:
    document = parse_footnotes([
        "См.: Служебная записка Громыко на имя Сталина от 21 января 1952 г. (АВП РФ. Ф. 07. "
        "Оп. 25. Пап. 13. Д. 144. Л. 27); Служебная записка 3-го отдела от 26 февраля 1953 "
        "г. (АВП РФ. Ф. 084. Оп. 11. Пап. 275. Д. 51. Л. 3)."])
    first, second = (document.items[cite.item] for cite in document.notes[0].cites)
    assert first["title"] == "Служебная записка Громыко на имя Сталина"
    assert first["issued"] == Date(parts=[[1952, 1, 21]])
    assert first["archive_location"] == "ф. 07, оп. 25, пап. 13, д. 144"
    assert second["title"] == "Служебная записка 3-го отдела"
    assert second["archive_location"] == "ф. 084, оп. 11, пап. 275, д. 51"
    assert [cite.locator for cite in document.notes[0].cites] == ["27", "3"]
