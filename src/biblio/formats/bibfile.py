"""A .bib file ⇄ raw entries, on bibtexparser v2 with explicit middleware stacks.

Reading: bibtexparser's splitter cuts the file into blocks (entries, @string,
@preamble, comments, failed blocks); our parse stack is one middleware,
`ResolveValues`, that turns each field into its LaTeX text (braces or quotes
removed, `#` concatenations joined, @string and month macros expanded) and turns an
entry with a malformed value (a missing comma runs two fields together) into a
failed block. Nothing else: LaTeX decoding and name splitting belong to the model
mapping, which knows each field's kind.

Writing: entries of already-encoded values, one middleware `EncloseValues` that
braces them, and bibtexparser's writer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import bibtexparser
from bibtexparser import model as bp
from bibtexparser.exceptions import BlockAbortedException
from bibtexparser.library import Library
from bibtexparser.middlewares.middleware import BlockMiddleware, LibraryMiddleware

from biblio.data.biblatex_map import MONTHS

logging.getLogger("bibtexparser").addHandler(logging.NullHandler())  # errors come back as blocks


@dataclass
class RawEntry:
    """An entry as LaTeX text: lowercased entry type and field names, values unbraced."""

    entry_type: str
    key: str
    fields: dict[str, str]
    line: int | None = None
    bare: frozenset[str] = field(default_factory=frozenset)
    """Fields written as a bare macro (`month = may`), not braced."""


@dataclass
class FailedBlock:
    """A block that could not be read: its 1-based line, the reason, its text."""

    line: int | None
    reason: str
    raw: str


@dataclass
class BibFile:
    entries: list[RawEntry]
    failed: list[FailedBlock]
    skipped: list[FailedBlock]
    """@preamble and @comment blocks: not bibliographic data, reported, not read."""


class _ValueError(Exception):
    def __init__(self, field_key: str, message: str) -> None:
        super().__init__(message)
        self.field_key = field_key


class MalformedValue(Exception):
    """A field value that is not a BibTeX value; `line` is the field's 0-based line."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


class ResolveValues(LibraryMiddleware):
    """Each field value → its LaTeX text; entries with a malformed value → failed blocks."""

    def transform(self, library: Library) -> Library:
        macros = {month: str(number) for number, month in enumerate(MONTHS, 1)}
        for string in library.strings:
            try:
                macros[string.key.lower()] = _resolve(string.value, macros, string.key)
            except _ValueError:
                pass  # kept unresolved: an entry using it fails with a clear reason
        for block in list(library.entries):
            try:
                for fld in block.fields:
                    line = fld.start_line
                    fld.value = _resolve(str(fld.value), macros, fld.key)
            except _ValueError as error:
                failed = bp.ParsingFailedBlock(
                    error=MalformedValue(f"field {error.field_key!r}: {error}", line),
                    start_line=block.start_line,
                    raw=block.raw,
                )
                library.replace(block, failed, fail_on_duplicate_key=False)
        return library


def _resolve(value: str, macros: dict[str, str], key: str) -> str:
    """The text of a value: `{…}`, `"…"`, a number, a macro, or pieces joined by `#`."""
    pieces, i, n = [], 0, len(value)
    while True:
        while i < n and value[i].isspace():
            i += 1
        if i >= n:
            raise _ValueError(key, "empty value, or nothing after '#'")
        if value[i] in '{"':
            end = _closing(value, i)
            if end is None:
                raise _ValueError(key, "unbalanced braces or quotes")
            pieces.append(value[i + 1 : end])
            i = end + 1
        else:
            start = i
            while i < n and not value[i].isspace() and value[i] != "#":
                i += 1
            token = value[start:i]
            if token.isdigit():
                pieces.append(token)
            elif token.lower() in macros:
                pieces.append(macros[token.lower()])
            else:
                raise _ValueError(key, f"unknown macro {token!r} (no @string defines it)")
        while i < n and value[i].isspace():
            i += 1
        if i >= n:
            return "".join(pieces)
        if value[i] != "#":
            raise _ValueError(
                key, f"unexpected text after the value: {value[i:i + 30]!r} (missing comma?)"
            )
        i += 1


def _closing(value: str, start: int) -> int | None:
    """Index of the brace or quote closing the one at `start`, or None."""
    depth, escaped = 0, False
    quoted = value[start] == '"'
    for index in range(start + 1, len(value)):
        char = value[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return None if quoted else index
            depth -= 1
        elif char == '"' and quoted and depth == 0:
            return index
    return None


def _line(start_line: int | None, offset: int = 0) -> int | None:
    return None if start_line is None else start_line + 1 + offset


def parse(text: str) -> BibFile:
    """Split `text` into raw entries, failed blocks and skipped blocks, in file order."""
    library = bibtexparser.parse_string(text, parse_stack=[ResolveValues()])
    entries, failed, skipped = [], [], []
    for block in library.blocks:
        if isinstance(block, bp.Entry):
            entries.append(RawEntry(
                entry_type=block.entry_type.lower(),
                key=block.key,
                fields={f.key.lower(): f.value for f in block.fields},
                line=_line(block.start_line),
            ))
        elif isinstance(block, bp.ParsingFailedBlock):
            failed.append(FailedBlock(_failure_line(block), _reason(block), block.raw or ""))
        elif isinstance(block, (bp.Preamble, bp.ExplicitComment)):
            kind = "@preamble" if isinstance(block, bp.Preamble) else "@comment"
            skipped.append(FailedBlock(_line(block.start_line), f"{kind} block not read",
                                       block.raw or ""))
    return BibFile(entries, failed, skipped)


def _failure_line(block: bp.ParsingFailedBlock) -> int | None:
    if isinstance(block.error, MalformedValue) and block.error.line is not None:
        return _line(block.error.line)
    return _line(block.start_line)


def _reason(block: bp.ParsingFailedBlock) -> str:
    error = block.error
    if isinstance(error, BlockAbortedException):
        reason = error.abort_reason
        if error.end_index is None or "end of file" in reason:
            return "the file ends inside this entry (unbalanced braces or truncated file)"
        if "Unexpected block start" in reason:
            return ("the entry is still open where the next '@' entry begins "
                    "(unbalanced braces or a missing closing brace)")
        return f"malformed entry: {reason.strip().splitlines()[0]}"
    message = str(error).split(". Note:")[0]
    return message or type(error).__name__


class EncloseValues(BlockMiddleware):
    """Brace every field value, except bare macros such as `month = may`."""

    def __init__(self, bare: dict[int, frozenset[str]]) -> None:
        super().__init__(allow_inplace_modification=True)
        self._bare = bare

    def transform_entry(self, entry: bp.Entry, library: Library) -> bp.Entry:
        bare = self._bare.get(id(entry), frozenset())
        for fld in entry.fields:
            if fld.key not in bare:
                fld.value = "{" + fld.value + "}"
        return entry


_FORMAT = bibtexparser.BibtexFormat()
_FORMAT.indent = "  "
_FORMAT.block_separator = "\n"


def write(entries: list[RawEntry]) -> str:
    """The .bib text of `entries` (values are LaTeX text with balanced braces)."""
    library = Library()
    bare: dict[int, frozenset[str]] = {}
    for raw in entries:
        entry = bp.Entry(raw.entry_type, raw.key,
                         [bp.Field(key, value) for key, value in raw.fields.items()])
        bare[id(entry)] = raw.bare
        library.add(entry)
    return bibtexparser.write_string(library, unparse_stack=[EncloseValues(bare)],
                                     bibtex_format=_FORMAT)
