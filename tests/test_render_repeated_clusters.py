"""A note whose cites and positions were rendered before is not rendered again (issue 10):
its text and its warnings are those of the first such note, and a cite at another
position or with another locator is rendered for itself."""

from __future__ import annotations

from pathlib import Path

import biblio
from biblio.model import Cite, Document, Item
from test_render_engine import book, notes_of, style

BY_POSITION = ('<layout><choose><if position="first"><text variable="title"/></if>'
               '<else><text value="Short"/></else></choose>'
               '<text variable="locator" prefix=", "/></layout>')
"""The title at a work's first cite, "Short" after it; the page after a comma."""


def test_a_cite_repeated_at_the_same_position_reads_as_rendered_each_time(tmp_path: Path) -> None:
    items = {"a": book("a", "Title A"), "b": book("b", "Title B")}
    notes = notes_of([Cite("a", locator="5")], [Cite("b")], [Cite("a", locator="5")],
                     [Cite("b")], [Cite("a", locator="5")], [Cite("a", locator="6")])
    rendered = biblio.render(Document(notes=notes, items=items), style=style(tmp_path, BY_POSITION),
                             parts="notes")
    assert rendered.notes == ["Title A, 5", "Title B", "Short, 5", "Short", "Short, 5",
                              "Short, 6"]


def test_a_cite_the_style_prints_nothing_for_is_reported_in_every_note(tmp_path: Path) -> None:
    path = style(tmp_path, '<layout><text variable="title"/></layout>')
    items = {"a": book("a", "Title"), "e": Item("e", "book", {"publisher": "Nauka"})}
    notes = notes_of([Cite("e")], [Cite("a")], [Cite("e")], [Cite("a")], [Cite("e")])
    rendered = biblio.render(Document(notes=notes, items=items), style=path, parts="notes")
    assert rendered.notes[1::2] == ["Title", "Title"]
    assert [(problem.where, problem.message) for problem in rendered.problems] == [
        (f"note {number}, item 'e'", "the style prints nothing for this cite")
        for number in (1, 3, 5)]
