"""What a reference's text holds that the readers of form recognition look for, found once
per text and shared (issue 9, speed: step 1 of the one-pass design in
docs/parsing-history.md, "Speed on 2026-12-07").

A reference is asked about every form it might have, and each reader used to scan the
text again for its own trigger: the Cyrillic letters alone were looked for 3.6 times a
reference. `triggers` looks once and remembers the answer for the text, so a reader
asks a cached record; a reader whose trigger is absent is not run. Each trigger gives the
answer of the search it replaces (tests/test_parse_triggers.py)."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from biblio.parse.patterns import CYRILLIC, LATIN


class Triggers(NamedTuple):
    """The triggers one text holds."""

    cyrillic: bool
    """A Cyrillic letter (patterns.CYRILLIC)."""
    latin: bool
    """A Latin letter A–Z, a–z (patterns.LATIN)."""


_EACH = {(cyrillic, latin): Triggers(cyrillic, latin)
         for cyrillic in (False, True) for latin in (False, True)}
"""Every record there can be, made once: each reference's text is new, and making its
record cost more than the tests it spares (a frozen dataclass twice a tuple)."""


@lru_cache(maxsize=1 << 12)
def triggers(text: str) -> Triggers:
    """The triggers `text` holds. Kept per text: a reference's text is asked for them by
    the repair test, the reading in part, the heading read again and the choice."""
    return _EACH[not text.isascii() and CYRILLIC.search(text) is not None,
                 LATIN.search(text) is not None]
