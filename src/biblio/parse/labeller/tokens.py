"""References cut into the tokens the labeller labels: words and single marks.

A word is a run of letters and digits, with inner apostrophes ("O’Brien", "l'état");
every other non-space character is a token of its own, so that "pp.", "(2011)." and
"45–67" give the labeller their parts. Offsets keep the printed text recoverable.
"""

from __future__ import annotations

import re
from typing import NamedTuple

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\S")


class Token(NamedTuple):
    """A token and where it stands in the reference's text (a tuple: a frozen
    dataclass took a third longer to make, and a reference makes dozens)."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
