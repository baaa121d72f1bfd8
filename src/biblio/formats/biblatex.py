"""BibLaTeX (.bib): items ⇄ entries by the table of biblio.data.biblatex_map.

`read(write(items)) == items` for every item (see biblio.formats.bibmapping for the
carrier field that makes it exact); Cyrillic and every other letter stay UTF-8, and
only LaTeX's special characters are escaped.

Two ways to read, because a .bib file can be partly broken:
- `read(text)` is strict: the first entry that cannot be read raises FormatError
  with its line (unbalanced braces, a missing comma, a truncated file, a duplicate key).
- `read_with_problems(text)` reads every good entry and returns one `Problem` per
  failed block, naming its line and keeping its full text in the message, so that
  nothing is dropped silently; @preamble and @comment blocks are reported too.
"""

from __future__ import annotations

from biblio.formats.bibmapping import Dialect, read_text, write_text
from biblio.model import Item, Problem

DIALECT = Dialect("biblatex")


def read(text: str) -> list[Item]:
    """Items of a .bib file; FormatError at the first entry that cannot be read."""
    return read_text(text, DIALECT, strict=True)[0]


def read_with_problems(text: str) -> tuple[list[Item], list[Problem]]:
    """Items of the readable entries, and a Problem (line + raw text) for each other block."""
    return read_text(text, DIALECT, strict=False)


def write(items: list[Item]) -> str:
    return write_text(items, DIALECT)
