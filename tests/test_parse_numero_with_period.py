"""The numero typed with a period glued to its number («№.3»): `glued_marks` leaves it for
the issue's pattern, which reads it as «№ 3»; before, the issue was left as words of no
field."""

from __future__ import annotations

import pytest

from biblio.parse import parse_footnotes
from biblio.parse.locators import parse_numbering


def test_a_journals_issue() -> None:
    # ru-fn-1085, a note of a study of Soviet theatre
    document = parse_footnotes(
        ["Товстоногов Г. А. Заметки о сценической образности // Театр. 1984. №.3. С.60."])
    cite = document.notes[0].cites[0]
    fields = document.items[cite.item].fields
    assert fields["container-title"] == "Театр"
    assert fields["issue"] == "3"
    assert cite.locator == "60"
    assert not document.notes[0].leftover


@pytest.mark.parametrize(("text", "numbering"), [
    ("№.3", [("issue", "3")]),
    ("№ 3", [("issue", "3")]),
    ("№3", [("issue", "3")]),
])
def test_the_numero_before_its_number(text: str, numbering: list) -> None:
    assert parse_numbering(text) == numbering


@pytest.mark.parametrize("text", [
    "№. 3",   # a period and a space: the numero's area closed, no number of its own
    "№.",     # no number at all
])
def test_what_stays_unread(text: str) -> None:
    assert parse_numbering(text) is None
