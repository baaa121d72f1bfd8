"""Numbering designations as the source prints them: "Vol." and "No." of "Vol. 52, No. 7",
"T." and "fasc." of "T. 50, fasc. 3", "Jg." and "H." of "Jg. 38, H. 2".

CSL keeps the number of a volume or issue and lets the style choose the word before it,
but GOST 7.1-2003 transcribes the numbering of the host document as the source gives it
(see docs/rendering.md for the clauses). CSL has no variable for that word, so an item
keeps it in CSL-JSON's `custom` object, which the schema (csl-data.json, CSL-JSON
1.0.2) provides "to store additional information that does not have a designated CSL
JSON field":

    "volume": "52", "issue": "7",
    "custom": {"designations": {"volume": "Vol.", "issue": "No."}}

Keyed by the CSL variable whose number the word designates, so that the number itself
stays bare (sortable, numeric for every other style) and a style that does not know
the key prints its own term. Any other content of `custom` is left alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CUSTOM = "custom"
"""The CSL-JSON key (and `Item.fields` key) of data without a CSL variable."""
DESIGNATIONS = "designations"
"""The key inside `custom`: {CSL variable: the word the source prints before its number}."""
DESIGNATED_VARIABLES = ("volume", "issue")
"""The variables whose designation biblio keeps (a part keeps its word in `part-number`
itself: "Кн. 2", "Pt. 2", since CSL's one part-number names several divisions)."""


def designations(fields: Mapping[str, Any]) -> dict[str, str]:
    """{variable: designation} of an item's fields; empty when there is none, or when
    `custom` holds something else under that key (kept as it is, not read)."""
    custom = fields.get(CUSTOM)
    found = custom.get(DESIGNATIONS) if isinstance(custom, dict) else None
    if not isinstance(found, dict):
        return {}
    return {variable: word for variable, word in found.items()
            if variable in DESIGNATED_VARIABLES and isinstance(word, str) and word.strip()}


def set_designation(fields: dict[str, Any], variable: str, word: str) -> None:
    """Record that the source prints `word` before `variable`'s number; other keys of
    `custom` are kept. The dictionaries are copied, never changed in place, so that a
    shared `custom` object read from a file is not altered behind its reader. A `custom`
    that is not an object (not CSL-JSON) is kept, and the word not recorded."""
    custom = fields.get(CUSTOM, {})
    if not isinstance(custom, dict):
        return
    custom = dict(custom)
    found = custom.get(DESIGNATIONS)
    custom[DESIGNATIONS] = {**(found if isinstance(found, dict) else {}), variable: word}
    fields[CUSTOM] = custom
