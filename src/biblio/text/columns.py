"""Pages set in two columns, as a layout-preserving text layer shows them.

`pdftotext -layout` keeps a two-column page's columns side by side: each line holds
a line of the left column, a gutter of spaces, and a line of the right column, which
starts at the same character position on every line. Read as they are, the lines
would join each left-column footnote with the right column's text. Where most lines
of a page have their gutter at one position, the page is read column after column
(left, then right), each column with its own body and footnotes; footnotes keep the
line numbers of the text as given.

Text layers that put the two columns' lines one after the other ("left, right, left,
…") cannot be untangled line by line; the footnote reader reports the numbering
out of order that results.
"""

from __future__ import annotations

import re
from collections import Counter

from biblio.model import Problem

GUTTER = re.compile(r"(?<=\S) {3,}(?=\S)")
"""A run of three spaces or more between two texts of one line."""

NARROWEST_COLUMN = 20
"""A column has at least this many characters (a table's gaps are nearer)."""

MIN_COLUMN_SHARE = 0.4
"""At least this share of a page's lines have their gutter at the same position."""
MIN_COLUMN_LINES = 4


def split_columns(lines: list[str]) -> tuple[list[str], list[int], list[Problem]]:
    """The lines with every two-column page read column after column; the index in
    `lines` of each line returned; a problem naming each such page."""
    # no run of three spaces anywhere (one search of the whole text): no gutter either
    if "   " not in "\n".join(lines) or not any("   " in line.strip() for line in lines):
        return lines, list(range(len(lines))), []
    result: list[str] = []
    origin: list[int] = []
    problems: list[Problem] = []
    for start, end in _pages(lines):
        column = _right_column(lines[start:end])
        if column is None:
            result += lines[start:end]
            origin += range(start, end)
            continue
        left: list[tuple[int, str]] = []
        right: list[tuple[int, str]] = []
        for index in range(start, end):
            line = lines[index]
            if len(line) > column and line[column - 2:column] == "  ":
                if line[:column].strip():
                    left.append((index, line[:column].rstrip()))
                right.append((index, line[column:].strip()))
            else:
                left.append((index, line))
        for index, line in left + right:
            origin.append(index)
            result.append(line)
        problems.append(Problem(
            f"line {start + 1}",
            f"the page is set in two columns side by side (the right one from character "
            f"{column + 1}): read column after column",
        ))
    return result, origin, problems


def _pages(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each page: a form feed starts a page."""
    starts = [0] + [index for index, line in enumerate(lines) if index and line.startswith("\f")]
    return list(zip(starts, starts[1:] + [len(lines)]))


def _right_column(lines: list[str]) -> int | None:
    """The position where the right column starts on a two-column page, else None."""
    positions: Counter[int] = Counter()
    filled = 0
    for line in lines:
        if not line.strip():
            continue
        filled += 1
        positions.update({match.end() for match in GUTTER.finditer(line)})
    if not positions:
        return None
    column, count = positions.most_common(1)[0]
    if column < NARROWEST_COLUMN or count < MIN_COLUMN_LINES or count < MIN_COLUMN_SHARE * filled:
        return None
    return column
