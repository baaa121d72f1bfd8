"""Short forms of foreign works in Russian notes, read in a note with no full reference
before them (a note quoted alone, or one whose full note is in another chapter).

CMOS 17th ed. 14.29 shortens a work to the author's family, up to four words of the
title and the page ("Hosking, Rulers and Victims, 45."); Russian notes shorten a foreign
work to the family, transcribed into Cyrillic or not, a period, the title in its own
language and the page («Голдстейн. Sino-Soviet Alliance. С. 54–55.»). The expected
fields are the printed words, split as those forms define them.
"""

from __future__ import annotations

import pytest

import biblio


def only(note: str) -> tuple[dict, str | None]:
    document = biblio.parse_footnotes([note])
    cites = document.notes[0].cites
    assert len(cites) == 1, document.notes[0]
    return document.items[cites[0].item].fields, cites[0].locator


def families(names) -> list[str]:
    return [name.family for name in names]


@pytest.mark.parametrize("note, family, title, page", [
    ("Hosking, Rulers and Victims, 45.", "Hosking", "Rulers and Victims", "45"),
    ("Pipes, Russian Revolution, 45.", "Pipes", "Russian Revolution", "45"),
    ("См.: Applebaum, Iron Curtain, p. 88.", "Applebaum", "Iron Curtain", "88"),
    ("Цит. по: Applebaum, Iron Curtain, 88.", "Applebaum", "Iron Curtain", "88"),
])
def test_a_chicago_short_form_that_repeats_no_note_names_its_author_and_title(
        note: str, family: str, title: str, page: str) -> None:
    fields, locator = only(note)
    assert families(fields["author"]) == [family]
    assert fields["title"] == title
    assert locator == page


@pytest.mark.parametrize("note, authors, title, page", [
    ("Коткин. Magnetic Mountain, p. 54.", ["Коткин"], "Magnetic Mountain", "54"),
    ("Хобсбаум.The Age of Extremes. С. 12.", ["Хобсбаум"], "The Age of Extremes", "12"),
    ("Пайпс и Хоскинг. Russia under the Old Regime. P. 12.", ["Пайпс", "Хоскинг"],
     "Russia under the Old Regime", "12"),
])
def test_a_transcribed_family_before_a_foreign_short_title_is_its_author(
        note: str, authors: list[str], title: str, page: str) -> None:
    fields, locator = only(note)
    assert families(fields["author"]) == authors
    assert fields["title"] == title
    assert locator == page
