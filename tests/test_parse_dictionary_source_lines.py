"""The sources under an article of the Russian Biographical Dictionary (1896–1918), as its
reprint prints them (dev set batch 36, the articles on Simeon of Tver and Paisy of the
Caves): a work by its author's name alone and its title in quotes, then the volume and
the page after commas. Values read by hand from the lines."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes


def first_cite(text: str) -> tuple[dict, str | None, list[str]]:
    document = parse_footnotes([text])
    note = document.notes[0]
    cite = note.cites[0]
    return document.items[cite.item].fields, cite.locator, [part.text for part in note.leftover]


@pytest.mark.parametrize(("text", "family", "title", "volume", "locator"), [
    ('Строев, "Списки иерархов".', "Строев", "Списки иерархов", None, None),
    ('Евгений, "Опис. Киево-Печер. лавры", 89;', "Евгений", "Опис. Киево-Печер. лавры",
     None, "89"),
    ('Сергий, "Св. Восток", т. II, ч. I, с. 226.', "Сергий", "Св. Восток", "II", "226"),
])
def test_a_name_and_a_quoted_title_are_the_author_and_title_of_a_book(
        text: str, family: str, title: str, volume: str | None, locator: str | None) -> None:
    fields, found, leftover = first_cite(text)
    assert [name.family for name in fields["author"]] == [family]
    assert fields["title"] == title
    assert fields.get("volume") == volume
    assert found == locator
    assert leftover == []


def test_the_part_of_a_volume_is_its_part_number() -> None:
    fields, _, _ = first_cite('Сергий, "Св. Восток", т. II, ч. I, с. 226.')
    assert fields["part-number"] == "Ч. I"


def test_what_the_form_does_not_know_is_kept_as_leftover() -> None:
    # a menology's month before the page (Filaret's «Русские святые» is ordered by months)
    fields, found, leftover = first_cite('Филарет, "Русс. святые", авг., 126;')
    assert [name.family for name in fields["author"]] == ["Филарет"]
    assert fields["title"] == "Русс. святые"
    assert found is None and leftover == ["авг., 126;"]


def test_an_article_in_a_serial_after_the_quoted_title_stays_an_article() -> None:
    # batch 19's archaeology monograph: the serial's siglum after the quoted title
    fields, _, _ = first_cite("Tallgren, «L'epoque dite d'Ananmo dans la Russie orientale», "
                              "SMYA, 31 (1919);")
    assert fields["container-title"] == "SMYA"
