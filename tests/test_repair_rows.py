"""The changes of `repair_text`, made when first asked for from what the repair recorded
(the length of text before each change, its replacement and rule): each row names its
place in the whole text and the word the input had there, in every chunk.

The expected rows are written by hand: "Í" is the Latin-1 letter of byte 0xCD, which
is «Н» in cp1251, "á" that of 0xE1 («б»), and "Мonde" has a Cyrillic «М» typed for the
Latin "M".
"""

from __future__ import annotations

import pytest

from biblio.text import repair
from biblio.text.repair import CYRILLIC_READING, LATIN_HOMOGLYPH, Change, Repair, repair_text

LINE = "Íесмотря на это, áыло в Le Мonde, 1935.\n"
"""One line: damaged Russian words («Несмотря», «было») and a Latin title with a Cyrillic «М»."""
REPAIRED_LINE = "Несмотря на это, было в Le Monde, 1935.\n"
ROWS_OF_LINE = [(0, "Íесмотря", "Несмотря", CYRILLIC_READING),
                (17, "áыло", "было", CYRILLIC_READING),
                (27, "Мonde", "Monde", LATIN_HOMOGLYPH)]


def test_the_rows_of_one_line() -> None:
    repaired = repair_text(LINE)
    assert repaired.text == REPAIRED_LINE
    assert repaired.rows == ROWS_OF_LINE
    assert repaired.changes[2] == Change(27, "Мonde", "Monde", LATIN_HOMOGLYPH)


def test_the_rows_of_each_chunk_name_places_in_the_whole_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a chunk ends at the first line end after CHUNK_SIZE characters: one line a chunk
    monkeypatch.setattr(repair, "CHUNK_SIZE", 10)
    text = "Les amis.\n" + LINE * 3
    repaired = repair_text(text)
    assert repaired.text == "Les amis.\n" + REPAIRED_LINE * 3
    assert repaired.rows == [(10 + copy * len(LINE) + offset, before, after, rule)
                             for copy in range(3) for offset, before, after, rule in ROWS_OF_LINE]


def test_a_clean_text_has_no_rows() -> None:
    assert repair_text("Несмотря на это, было в Париже.\n").rows == []


def test_a_repair_equals_one_made_with_the_same_rows() -> None:
    repaired = repair_text(LINE)
    assert repaired == Repair(REPAIRED_LINE, ROWS_OF_LINE)
    assert repaired != Repair(REPAIRED_LINE, ROWS_OF_LINE[:2])
