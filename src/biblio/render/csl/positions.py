"""CSL 1.0.2 §Position: first, subsequent, ibid, ibid-with-locator and near-note, computed over
the citations in document order.
"""

from __future__ import annotations

from typing import Any

FIRST, SUBSEQUENT, IBID, IBID_WITH_LOCATOR = range(4)


def assign_positions(citations: list[tuple[int, list[dict[str, Any]]]], near_note_distance: int,
                     note_style: bool) -> list[list[tuple[int, bool, int | None]]]:
    """For each citation (note number, cites): each cite's (position, near-note, first note number)."""
    first_note: dict[str, int] = {}
    last_note: dict[str, int] = {}
    previous_cites: list[dict[str, Any]] = []
    previous_note: int | None = None
    result = []
    for note, cites in citations:
        positions = []
        for index, cite in enumerate(cites):
            item = str(cite["id"])
            if item not in first_note:
                position = FIRST
            else:
                position = SUBSEQUENT
                before: dict[str, Any] | None = None
                if index > 0:
                    before = cites[index - 1]
                elif len(previous_cites) == 1 and (not note_style or previous_note is None
                                                   or note - previous_note <= 1):
                    before = previous_cites[0]
                elif len(previous_cites) > 1 and all(str(c["id"]) == item for c in previous_cites):
                    before = previous_cites[-1]
                if before is not None and str(before["id"]) == item:
                    position = _ibid(cite, before)
            near = item in last_note and note - last_note[item] <= near_note_distance
            positions.append((position, near, first_note.get(item)))
            first_note.setdefault(item, note)
            last_note[item] = note
        result.append(positions)
        # citations sharing a note are one for the next note's ibid (as citeproc-js reads it):
        # after a note citing two works, a cite of the second is not its ibid
        previous_cites = previous_cites + cites if note_style and note == previous_note else cites
        previous_note = note
    return result


def _ibid(cite: dict[str, Any], before: dict[str, Any]) -> int:
    here, there = cite.get("locator"), before.get("locator")
    if not here and not there:
        return IBID
    if here and not there:
        return IBID_WITH_LOCATOR
    if not here and there:
        return SUBSEQUENT
    if str(here) == str(there) and (cite.get("label") or "page") == (before.get("label") or "page"):
        return IBID
    return IBID_WITH_LOCATOR
