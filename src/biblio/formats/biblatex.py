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

from biblio.errors import FormatError
from biblio.formats import bibfile
from biblio.formats.bibmapping import Dialect, entry_to_item, item_to_entry
from biblio.model import Item, Problem

DIALECT = Dialect("biblatex")


def read(text: str) -> list[Item]:
    """Items of a .bib file; FormatError at the first entry that cannot be read."""
    return _read(text, DIALECT, strict=True)[0]


def read_with_problems(text: str) -> tuple[list[Item], list[Problem]]:
    """Items of the readable entries, and a Problem (line + raw text) for each other block."""
    return _read(text, DIALECT, strict=False)


def write(items: list[Item]) -> str:
    return _write(items, DIALECT)


def _read(text: str, dialect: Dialect, *, strict: bool) -> tuple[list[Item], list[Problem]]:
    parsed = bibfile.parse(text)
    if strict and parsed.failed:
        first = parsed.failed[0]
        raise FormatError(first.reason, line=first.line)
    items, problems = [], []
    for entry in parsed.entries:
        try:
            items.append(entry_to_item(entry, dialect))
        except FormatError as error:
            if strict:
                raise
            problems.append(Problem(_where(entry.line), f"entry {entry.key!r} not read: "
                                    f"{error.message}"))
    for block in parsed.failed:
        problems.append(Problem(_where(block.line),
                                f"{block.reason}; the block is kept here: {block.raw}"))
    for block in parsed.skipped:
        problems.append(Problem(_where(block.line), f"{block.reason}: {block.raw}"))
    problems.sort(key=lambda p: int(p.where.split()[-1]) if p.where else 0)
    return items, problems


def _where(line: int | None) -> str:
    return f"line {line}" if line is not None else ""


def _write(items: list[Item], dialect: Dialect) -> str:
    taken: set[str] = set()
    return bibfile.write([item_to_entry(item, dialect, taken) for item in items])
