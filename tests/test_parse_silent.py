"""Nothing silent: every note yields a cite, a recognised commentary, or a problem that
names it (issue 9).

Over the external labelled sets (`shared/external`): the `text` of every row, train and
test, parsed as a note, and the whole footnotes of bibliographic_tei. Every row is a
reference, so the share of them taken for commentary is also bounded: commentary must
be recognised, not be where unread references go.
"""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from biblio import parse_footnotes
from biblio.model import Document, Footnote, Note
from shared_material import require_shared

SETS = ("anystyle", "linkedbooks", "grobid", "bibliographic_tei")
COMMENTARY_SHARE_AT_MOST = 0.02
"""References taken for commentary, at most (1.0 % on linkedbooks when written)."""


def silent_notes(document: Document) -> list[Note]:
    """Notes with no cite, no comment and no problem naming them."""
    named = {problem.where.split(" (line")[0] for problem in document.problems}
    return [note for note in document.notes
            if not note.cites and not note.comment and note.name not in named]


@lru_cache(maxsize=None)
def _rows(name: str) -> tuple[dict, ...]:
    path = require_shared("external", name, f"{name}.jsonl")
    with path.open(encoding="utf-8") as lines:
        return tuple(json.loads(line) for line in lines)


@lru_cache(maxsize=None)
def _texts_parsed(name: str) -> Document:
    return parse_footnotes([row["text"] for row in _rows(name)])


# --- the rule, on notes written here ------------------------------------------------

def test_a_note_of_prose_is_commentary_and_not_a_problem() -> None:
    document = parse_footnotes(["Автор благодарит коллег за помощь.",
                                "I thank the editors for their comments."])
    assert [note.comment for note in document.notes] == [
        "Автор благодарит коллег за помощь.", "I thank the editors for their comments."]
    assert document.problems == []


def test_a_reference_the_grammar_cannot_read_is_reported_with_its_text() -> None:
    text = "Lettera di un segretario, 246;"
    document = parse_footnotes([text])
    note = document.notes[0]
    assert (note.cites, note.comment) == ([], None)
    assert [leftover.text for leftover in note.leftover] == [text]
    assert [problem.where for problem in document.problems] == ["note 1"]
    assert "Lettera di un segretario, 246" in document.problems[0].message


def test_a_year_governed_by_a_preposition_leaves_prose_commentary() -> None:
    document = parse_footnotes(["В 1937 г. архив был закрыт для исследователей."])
    assert document.notes[0].comment == "В 1937 г. архив был закрыт для исследователей."
    assert document.problems == []


def test_a_bare_year_in_a_text_read_as_nothing_is_a_problem_not_commentary() -> None:
    document = parse_footnotes(["Veröffentlichung ist vorgesehen für Ende 1980."])
    assert document.notes[0].comment is None
    assert len(document.problems) == 1


def test_silent_notes_are_those_with_nothing_at_all() -> None:
    document = Document(notes=[Note(n=1), Note(n=2, comment="c"), Note(n=3)])
    document.problems = []
    assert [note.n for note in silent_notes(document)] == [1, 3]


# --- the external sets ----------------------------------------------------------------

@pytest.mark.parametrize("name", SETS)
def test_no_row_of_an_external_set_is_silent(name: str) -> None:
    document = _texts_parsed(name)
    assert len(document.notes) == len(_rows(name))
    assert [note.text for note in silent_notes(document)] == []


@pytest.mark.parametrize("name", SETS)
def test_references_of_an_external_set_are_rarely_taken_for_commentary(name: str) -> None:
    document = _texts_parsed(name)
    commentary = [note for note in document.notes if note.comment and not note.cites]
    assert len(commentary) <= COMMENTARY_SHARE_AT_MOST * len(document.notes)


def test_no_whole_footnote_of_bibliographic_tei_is_silent() -> None:
    footnotes: dict[str, str] = {}
    for row in _rows("bibliographic_tei"):
        if "footnote" in row:
            footnotes.setdefault(row["footnote_id"], row["footnote"])
    document = parse_footnotes([Footnote(number=index, text=text, line=index)
                                for index, text in enumerate(footnotes.values(), 1)])
    assert len(document.notes) == len(footnotes) > 200
    assert [note.text for note in silent_notes(document)] == []
