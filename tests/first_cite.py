"""One footnote parsed for the tests of Russian forms: its first cite's item as CSL-JSON
and the cite, after checking that nothing of the note was left unread."""

from __future__ import annotations

from typing import Any

from biblio.formats.csljson import item_to_json
from biblio.model import Cite
from biblio.parse import parse_footnotes


def first_cite(text: str) -> tuple[dict[str, Any], Cite]:
    document = parse_footnotes([text])
    note = document.notes[0]
    assert note.leftover == []
    cite = note.cites[0]
    return item_to_json(document.items[cite.item]), cite
