"""Page furniture in a text layer: page numbers, running heads, footnote separators.

None of these lines belongs to the body or to a footnote; a page number or a running
head marks the end of a page (and so of its footnote block), a separator line the
start of a footnote block.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable

from biblio.data.reference_terms import IBID_MARKERS, IDEM_MARKERS, OP_CIT_MARKERS

PAGE_NUMBER = re.compile(r"(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?")
"""A line that is only a page number, bare or between dashes: "12", "— 12 —"."""

SEPARATOR = re.compile(r"[_\-–—]{3,}")
"""A rule drawn above a footnote block: "______", "——————"."""

DASHES = "-–—"
"""What a page number between dashes opens with, as does a separator of dashes."""


def is_page_number(line: str) -> bool:
    """True for a line that is a page number (PAGE_NUMBER). Most lines open with a
    letter, and one look at the first character spares them the pattern."""
    first = line[:1]
    return (first.isdecimal() or (first != "" and first in DASHES)) \
        and PAGE_NUMBER.fullmatch(line) is not None


SEPARATOR_OPENINGS = frozenset("_" + DASHES)
"""What a separator line opens with."""


def is_separator(line: str) -> bool:
    """True for a separator line (SEPARATOR), looking at its first character first."""
    return line[:1] in SEPARATOR_OPENINGS and SEPARATOR.fullmatch(line) is not None


EDGE_NUMBER = re.compile(r"^\d{1,4}\s+|\s+\d{1,4}$")
"""A page number printed before or after a running head: "12 ИСТОРИЯ", "ИСТОРИЯ 13"."""

WORD = re.compile(r"[^\W\d_]{4,}")

DIGITS = re.compile(r"\d+")

REPEATED_REFERENCES = IBID_MARKERS + OP_CIT_MARKERS + IDEM_MARKERS
"""A footnote that repeats ("12 Ibidem", "13 Ibidem") is not a running head."""

RUNNING_HEAD_REPEATS = 3
"""On how many pages (between how many different neighbours) the same line must
occur to be taken for a running head."""


def running_heads(lines: list[str]) -> set[int]:
    """Indexes of the lines that repeat, page number aside, as running heads do.

    A running head has a word of four letters or more and does not end with a period
    or a comma, as footnote lines ("Ibid.", "Там же.") and wrapped lines do. It occurs
    at least three times, each time between other lines (other pages): lines that
    repeat together with their neighbours, numbers aside, are a text repeated (a
    quotation, an article pasted twice), not page furniture."""
    keys = list(map(_PerDistinctLine(_running_head_key).__getitem__, lines))
    repeated = {key for key, count in Counter(keys).items()
                if count >= RUNNING_HEAD_REPEATS and key is not None and WORD.search(key)
                and not key.startswith(REPEATED_REFERENCES)}
    if not repeated:
        return set()
    filled = list(itertools.compress(itertools.count(), map(str.strip, lines)))  # in C
    filled_keys = list(map(keys.__getitem__, filled))
    at = [position for position, key in enumerate(filled_keys) if key in repeated]
    padded = ["", *map(lines.__getitem__, filled), ""]  # position p is padded[p + 1]
    digitless = _PerDistinctLine(_digitless).__getitem__
    # a repeated line between its neighbours' text, digits aside, kept once: a text
    # pasted many times gives as many lines but one such triple each
    surroundings = set(zip(map(filled_keys.__getitem__, at),
                           map(digitless, map(padded.__getitem__, at)),
                           map(digitless, map(padded.__getitem__, [p + 2 for p in at]))))
    seen = Counter(key for key, _, _ in surroundings)
    heads = {key for key, count in seen.items() if count >= RUNNING_HEAD_REPEATS}
    return {index for index, key in enumerate(keys) if key in heads} if heads else set()


class _PerDistinctLine(dict):
    """A function of a line, worked out once per distinct line: running heads and
    pasted text repeat, and map() over its __getitem__ loops in C."""

    def __init__(self, function: Callable[[str], str | None]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, line: str) -> str | None:
        value = self[line] = self.function(line)
        return value


def _digitless(line: str) -> str:
    return DIGITS.sub("", line).strip()


def _running_head_key(line: str) -> str | None:
    """The line, page number and spacing aside, if it may be a running head by its
    ends and length; whether it has a word is asked only of keys that repeat."""
    stripped = line.strip(" \t\f")
    if not stripped or stripped[-1] in ".," or len(stripped) > 120:
        return None
    if stripped[0].isdigit() or stripped[-1].isdigit():
        stripped = EDGE_NUMBER.sub("", stripped)
    return " ".join(stripped.split())
