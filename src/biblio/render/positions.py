"""Note positions (first, subsequent, ibid, ibid-with-locator), computed by biblio.

biblio computes them from the Document's notes, following CSL 1.0.2 ("position"),
and hands them to the CSL processor with each cite: a cite is "ibid" when it repeats
the cite immediately before it, either earlier in the same note or as the only cite
of the preceding note with cites (a note without cites in between does not break
the chain); it is "ibid-with-locator" when its pinpoint differs, and merely
"subsequent" when the earlier cite had a pinpoint and this one has none (the reader
could not tell which page "ibid." means).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from biblio.model import Cite, Note

Position = Literal["first", "subsequent", "ibid", "ibid-with-locator"]
POSITIONS: tuple[Position, ...] = ("first", "subsequent", "ibid", "ibid-with-locator")


@dataclass(frozen=True)
class CitePosition:
    """Where a cite stands among all cites of a document."""

    position: Position
    note_number: int
    first_note: int
    """The number of the note that first cited the item (CSL first-reference-note-number)."""
    near_note: bool
    """Cited before within `near_note_distance` notes (CSL near-note)."""
    previous: Cite | None
    """The cite "ibid." would refer to: the one just before in this note, or the
    only cite of the previous note with cites; None when there is none."""


def note_positions(
    notes: Sequence[Note], *, near_note_distance: int = 5
) -> list[list[CitePosition]]:
    """The position of every cite, note by note (one list per note, cites in order)."""
    first_note: dict[str, int] = {}
    last_note: dict[str, int] = {}
    previous_single: Cite | None = None  # the only cite of the last note with cites
    result: list[list[CitePosition]] = []
    for index, note in enumerate(notes):
        number = note.n if note.n is not None else index + 1
        positions: list[CitePosition] = []
        for j, cite in enumerate(note.cites):
            previous = note.cites[j - 1] if j else previous_single
            position = _position(cite, previous, cite.item in first_note)
            near = cite.item in last_note and number - last_note[cite.item] <= near_note_distance
            positions.append(CitePosition(position, number, first_note.setdefault(cite.item, number),
                                          near, previous))
            last_note[cite.item] = number
        if note.cites:
            previous_single = note.cites[0] if len(note.cites) == 1 else None
        result.append(positions)
    return result


def _position(cite: Cite, previous: Cite | None, cited_before: bool) -> Position:
    if not cited_before:
        return "first"
    if previous is None or previous.item != cite.item:
        return "subsequent"
    if cite.locator is None:
        return "subsequent" if previous.locator is not None else "ibid"
    if previous.locator == cite.locator and (previous.label or "page") == (cite.label or "page"):
        return "ibid"
    return "ibid-with-locator"
