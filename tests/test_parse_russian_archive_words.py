"""The file of an archival reference written out as a word, as an archive's own captions
and some notes print it: "ОГАЧО. Ф. Р-12. Оп. 1. Дело 234." (batch 7: the Chelyabinsk
archive's photographs), beside the abbreviated "Д. 234" of GOST 7.0.12; values read by
hand. A title that opens with the noun ("Дело Бейлиса") stays a title."""

from __future__ import annotations

import pytest

from biblio.parse.gost import parse_reference

FILES = [
    ("ОГАЧО. Ф. Р-12. Оп. 1. Дело 234.", "ОГАЧО", "ф. Р-12, оп. 1, дело 234", None),
    ("ОГАЧО. Ф. Р-12. Оп. 1. Дело 235", "ОГАЧО", "ф. Р-12, оп. 1, дело 235", None),
    ("ЦГИА СПб. Ф. 14. Оп. 3. Дело 1234. Л. 7.", "ЦГИА СПб", "ф. 14, оп. 3, дело 1234", "7"),
]


@pytest.mark.parametrize(("text", "archive", "location", "leaf"), FILES)
def test_a_file_written_out_is_a_level_of_the_location(
        text: str, archive: str, location: str, leaf: str | None) -> None:
    reference = parse_reference(text)
    assert reference.fields["archive"] == archive
    assert reference.fields["archive_location"] == location
    assert "title" not in reference.fields
    assert reference.locator == leaf


def test_a_title_opening_with_the_word_stays_a_title() -> None:
    reference = parse_reference("Смирнов И. Дело Бейлиса. Киев, 1913.")
    assert reference.fields["title"] == "Дело Бейлиса"
    assert "archive" not in reference.fields
