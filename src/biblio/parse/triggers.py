"""What a reference's text holds that the readers of form recognition look for, found once
per text and shared (issue 9, speed: step 1 of the one-pass design in
docs/parsing-history.md, "Speed on 2026-12-07").

A reference is asked about every form it might have, and each reader used to scan the
text again for its own trigger: the Cyrillic letters alone were looked for 3.6 times a
reference. `triggers` looks once and remembers the answer for the text, so a reader
asks a cached record; a reader whose trigger is absent is not run (its gate). A gate is
exact only if every text the reader reads holds its trigger: tests/test_parse_reader_gates.py
holds each to its reader."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from biblio.data.reference_terms import STANDARD_DESIGNATIONS
from biblio.parse.patterns import CYRILLIC, LATIN, trie

STANDARD_DESIGNATION = re.compile(trie(STANDARD_DESIGNATIONS))
"""One of the designations a standard's number opens with ("ГОСТ Р", "СТБ", "ISO"),
anywhere in the text: what official.STANDARD and NUMBER_AFTER_TITLE both need."""


@dataclass(frozen=True, slots=True)
class Triggers:
    """The triggers one text holds."""

    cyrillic: bool
    """A Cyrillic letter (patterns.CYRILLIC)."""
    latin: bool
    """A Latin letter A–Z, a–z (patterns.LATIN)."""
    standard: bool
    """A standard's designation (STANDARD_DESIGNATION)."""


@lru_cache(maxsize=1 << 12)
def triggers(text: str) -> Triggers:
    """The triggers `text` holds. Kept per text: a reference's text is asked for them by
    the repair test, the reading in part, the heading read again and the choice, and the
    body the readers get is most often the reference's text itself."""
    return Triggers(cyrillic=not text.isascii() and CYRILLIC.search(text) is not None,
                    latin=LATIN.search(text) is not None,
                    standard=STANDARD_DESIGNATION.search(text) is not None)
