"""Variables written into an item's `note` as `name: value` lines (Zotero's "Extra" field,
read by citeproc-js): `event-date: 2004-10-01/2004-10-14`, `reviewed-author: Hall || W.C.`.

An item's own value always wins; lines that do not name a CSL variable stay in the note.
"""

from __future__ import annotations

import re
from typing import Any

from ...csl import ALL_VARIABLES, DATE_VARIABLES, NAME_VARIABLES

NOTE_LINE = re.compile(r"^\s*\{?:?(?P<name>[A-Za-z][\w-]*):\s*(?P<value>.+?)\}?\s*$")


def note_variables(note: str) -> dict[str, Any]:
    """The CSL variables that `note` declares, in CSL-JSON shape."""
    found: dict[str, Any] = {}
    for line in note.splitlines():
        match = NOTE_LINE.match(line)
        if not match or match.group("name") not in ALL_VARIABLES:
            continue
        name, value = match.group("name"), match.group("value").strip()
        if name in NAME_VARIABLES:
            family, _, given = value.partition("||")
            person = {"family": family.strip(), "given": given.strip()} if given else {"literal": family.strip()}
            found.setdefault(name, []).append(person)
        elif name in DATE_VARIABLES:
            found[name] = {"raw": value}
        else:
            found[name] = value
    return found
