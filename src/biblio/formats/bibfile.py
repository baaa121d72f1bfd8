"""A .bib file ⇄ raw entries, on bibtexparser v2 with explicit middleware stacks.

Reading: bibtexparser's splitter cuts the file into blocks (entries, @string, @preamble,
comments, failed blocks); our parse stack is one middleware, `ResolveValues`, that turns
each entry, in one pass over its fields, into a RawEntry of LaTeX texts (braces or
quotes removed, `#` concatenations joined, @string and month macros expanded), or into a
failed block when a value is malformed (a missing comma runs two fields together). It
leaves bibtexparser's library as split (replacing a block there costs a scan of the
whole library). Nothing else: LaTeX decoding and name splitting belong to the model
mapping, which knows each field's kind.

What BibTeX and biber read with a warning is read here with a warning too
(`RawEntry.warnings`): an undefined macro (BibTeX warns and goes on; we keep the macro's
name as the text, and the value as written to write it back), a repeated field (biber
keeps the first), and a text that looks like an entry but lacks its "@" (BibTeX skips it
as a comment: reported). A macro expanding beyond `MAX_VALUE` characters fails its
entry: 26 chained @strings would otherwise double a value 26 times (BibTeX itself stops
at its buffer size with "You've exceeded BibTeX's buffer size").

Writing: entries of already-encoded values, one middleware `EncloseValues` that
braces them, and bibtexparser's writer.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import bibtexparser
from bibtexparser import model as bp
from bibtexparser.exceptions import BlockAbortedException
from bibtexparser.library import Library
from bibtexparser.middlewares.middleware import BlockMiddleware, LibraryMiddleware

from biblio.data.biblatex_map import MONTHS

logging.getLogger("bibtexparser").addHandler(logging.NullHandler())  # errors come back as blocks


MAX_VALUE = 1_000_000
"""Characters a field or @string value may expand to."""

_DOUBLE_BACKSLASH = "\\\\"
_DOUBLE_BACKSLASH_STANDIN = "\ue000\ue000"
"""bibtexparser's splitter takes `\\}` for an escaped brace; BibTeX counts every
brace, so `{Line one\\\\}` is balanced. "\\\\" stands in as two private-use
characters (same length, same lines) while the file is split."""

_PERCENT_TO_AT = re.compile(r"%[^\n@]*@[^\n]*")
"""A "%" and the rest of its line, when an "@" follows on it (the literal "%" lets
the regex engine jump from one "%" to the next instead of trying every line start)."""
_AT_STANDIN = "\ue001"
"""An entry commented out line by line (`%@article{k, …`) is a comment to biber and
JabRef; bibtexparser's splitter would start an entry at its "@". In a line that
starts with "%", "@" stands in as a private-use character while the file is split."""

MACRO_NAME = re.compile(r"[^\d\s\"#%'(),={}][^\s\"#%'(),={}]*")
"""A name BibTeX accepts for a @string macro (BibTeXing §4: no digit first, none of
`"#%'(),={}` and no white space)."""

_LOOKS_LIKE_ENTRY = re.compile(r"^[ \t]*([A-Za-z]+)[ \t]*[{(][ \t]*([^\s,{}()=]+)[ \t]*,",
                               re.MULTILINE)


@dataclass
class RawEntry:
    """An entry as LaTeX text: lowercased entry type and field names, values unbraced."""

    entry_type: str
    key: str
    fields: dict[str, str]
    line: int | None = None
    bare: frozenset[str] = frozenset()
    """Fields written as a bare macro (`month = may`), not braced."""
    undefined_macros: Mapping[str, str] = field(default_factory=dict)
    """Fields holding a macro that no @string defines → the value as written, defined
    macros expanded (`ar`, `{A and } # MPOLLACK # {…}`): the macro's name is its text,
    and the value is written back so, a macro reference again (its @string may be in
    another file given to biber)."""
    warnings: Sequence[tuple[int | None, str]] = ()
    """What was read with a warning: (1-based line, message)."""


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
    """@preamble and @comment blocks: not bibliographic data, reported, not read
    (carried as written from one .bib file to another)."""


class _ValueError(Exception):
    def __init__(self, field_key: str, message: str) -> None:
        super().__init__(message)
        self.field_key = field_key


class ResolveValues(LibraryMiddleware):
    """Each entry → its RawEntry (field values as LaTeX text, in one pass over the
    fields), or a FailedBlock when a value is malformed; a repeated field → its first
    value, the others reported. The library itself is left as split: what each entry
    gave is in `read`."""

    def __init__(self, restore: Callable[[str], str]) -> None:
        super().__init__()
        self._restore = restore
        self.read: dict[int, RawEntry | FailedBlock] = {}
        """What each entry block gave, by the block's id."""

    def transform(self, library: Library) -> Library:
        macros = {month: str(number) for number, month in enumerate(MONTHS, 1)}
        for string in library.strings:
            try:
                macros[string.key.lower()] = _resolve(string.value, macros, string.key, [])
            except _ValueError as error:  # an entry using it fails, naming the first cause
                cause = error.args[0]
                macros[string.key.lower()] = (cause if isinstance(cause, _Unusable) else
                                              _Unusable(f"@string {string.key!r}: {cause}"))
        keys: set[str] | None = None
        for block in library.blocks:
            if isinstance(block, bp.Entry):
                self.read[id(block)] = self._resolve_entry(block, macros, None)
            elif isinstance(block, bp.DuplicateFieldKeyBlock):
                keys = set(library.entries_dict) if keys is None else keys
                self.read[id(block)] = self._first_values(block, keys, macros)
        return library

    def _first_values(self, block: bp.DuplicateFieldKeyBlock, keys: set[str],
                      macros: dict[str, str]) -> RawEntry | FailedBlock:
        """The entry with the first value of each repeated field (a key that another
        entry has already fails, as a duplicate key does)."""
        entry = block.ignore_error_block
        if entry.key in keys:
            return FailedBlock(_line(entry.start_line), f"Duplicate entry key '{entry.key}'",
                               self._restore(entry.raw or ""))
        keys.add(entry.key)
        seen: set[str] = set()
        kept, notes = [], []
        for fld in entry.fields:
            if fld.key.lower() in seen:
                notes.append((_line(fld.start_line),
                              f"entry {entry.key!r}: field {fld.key!r} repeated; the first "
                              f"value is kept (as biber does), this one is not read: "
                              f"{fld.key} = {fld.value}"))
            else:
                seen.add(fld.key.lower())
                kept.append(fld)
        entry.fields = kept
        return self._resolve_entry(entry, macros, notes)

    def _resolve_entry(self, block: bp.Entry, macros: dict[str, str],
                       notes: list[tuple[int | None, str]] | None) -> RawEntry | FailedBlock:
        """The entry's RawEntry, with `notes` (None: none yet) and those about undefined
        macros as its warnings; a FailedBlock at the first malformed value."""
        restore = self._restore
        fields: dict[str, str] = {}
        undefined: list[str] = []
        as_written: dict[str, str] = {}
        try:
            for fld in block.fields:
                key, value = fld.key, fld.value
                inner = value[1:-1]
                if (value[:1] == "{" and value[-1:] == "}" and "{" not in inner
                        and "}" not in inner and inner[-1:] != "\\"):
                    fields[key.lower()] = restore(inner)  # `_resolve`'s first case, inline
                    continue
                fields[key.lower()] = restore(_resolve(value, macros, key, undefined))
                if undefined:
                    written = _as_written(value, macros, key)
                    if written is not None:
                        as_written[key.lower()] = written
                    notes = [] if notes is None else notes
                    notes.extend((_line(fld.start_line), f"entry {block.key!r}, field "
                                  f"{key!r}: macro {macro!r} is not defined by any "
                                  "@string; its name is kept as the text")
                                 for macro in undefined)
                    undefined.clear()
        except _ValueError as error:
            return FailedBlock(_line(fld.start_line), f"field {error.field_key!r}: {error}",
                               restore(block.raw or ""))
        return RawEntry(block.entry_type.lower(), restore(block.key), fields,
                        _line(block.start_line), warnings=notes or (),
                        undefined_macros=as_written)


class _Unusable(str):
    """A macro whose own value could not be read: the reason."""


def _resolve(value: str, macros: dict[str, str], key: str, undefined: list[str]) -> str:
    """The text of a value: `{…}`, `"…"`, a number, a macro, or pieces joined by `#`;
    an undefined macro gives its own name and is added to `undefined`."""
    if value[:1] == "{" and value[-1:] == "}" and _closing(value, 0) == len(value) - 1:
        return value[1:-1]  # one braced value (without groups inside: read by the caller)
    pieces, end = _pieces(value, key)
    if end < len(value):
        raise _ValueError(
            key, f"unexpected text after the value: {value[end:end + 30]!r} (missing comma?)"
        )
    texts, size = [], 0
    for text, bare in pieces:
        if bare and not text.isdigit():
            expansion = macros.get(text.lower())
            if isinstance(expansion, _Unusable):
                raise _ValueError(key, expansion)
            if expansion is None:
                undefined.append(text)
            else:
                text = expansion
        texts.append(text)
        size += len(text)
        if size > MAX_VALUE:
            raise _ValueError(key, f"the value expands beyond {MAX_VALUE:,} characters "
                              "(chained @string macros); not read")
    return "".join(texts)


def _pieces(value: str, key: str, i: int = 0) -> tuple[list[tuple[str, bool]], int]:
    """The pieces of the value starting at `i`, `{…}` # `"…"` # a number or macro # …:
    (text, whether bare), and where the value ends (after the blanks that follow it)."""
    pieces, n = [], len(value)
    while True:
        while i < n and value[i].isspace():
            i += 1
        if i >= n:
            raise _ValueError(key, "empty value, or nothing after '#'")
        if value[i] in '{"':
            end = _closing(value, i)
            if end is None:
                raise _ValueError(key, "unbalanced braces or quotes")
            pieces.append((value[i + 1 : end], False))
            i = end + 1
        else:
            start = i
            while i < n and not value[i].isspace() and value[i] != "#":
                i += 1
            pieces.append((value[start:i], True))
        while i < n and value[i].isspace():
            i += 1
        if i >= n or value[i] != "#":
            return pieces, i
        i += 1


def _as_written(value: str, macros: dict[str, str], key: str) -> str | None:
    """`value` with its defined macros expanded and its undefined ones kept as macro
    references (`{A and } # MPOLLACK # { and Doe, J.}`); None when it cannot be written
    back so (a bare word BibTeX takes for no macro name, unbalanced braces)."""
    pieces = []
    for text, bare in _pieces(value, key)[0]:
        if bare and not text.isdigit():
            expansion = macros.get(text.lower())
            if expansion is None:
                if not MACRO_NAME.fullmatch(text):
                    return None
                pieces.append(text)
                continue
            text = expansion
        if not _balanced(text):
            return None
        pieces.append(text if bare and text.isdigit() else "{" + text + "}")
    return " # ".join(pieces)


def _balanced(text: str) -> bool:
    return _closing("{" + text + "}", 0) == len(text) + 1


def written_values(record: str) -> dict[str, str]:
    """{field: value as written} from "month=ar author={A and } # MPOLLACK" (the form
    `_as_written` gives, after each field's name); a malformed rest is not read."""
    values, i, n = {}, 0, len(record)
    while i < n:
        equals = record.find("=", i)
        if equals < 0:
            break
        try:
            end = _pieces(record, "", equals + 1)[1]
        except _ValueError:
            break
        values[record[i:equals].strip()] = record[equals + 1 : end].strip()
        i = end
    return values


def text_of(written: str) -> str:
    """The text of a value as written, each macro as its own name."""
    return "".join(text for text, _ in _pieces(written, "")[0])


_DELIMITER = re.compile(r'\\.|[{}"]', re.DOTALL)
"""What `_closing` looks at: an escaped character (skipped, as bibtexparser's splitter
skips \\{ \\} \\"), a brace, a quote."""


def _closing(value: str, start: int) -> int | None:
    """Index of the brace or quote closing the one at `start`, or None."""
    depth = 0
    quoted = value[start] == '"'
    for match in _DELIMITER.finditer(value, start + 1):
        char = match.group()
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return None if quoted else match.start()
            depth -= 1
        elif char == '"' and quoted and depth == 0:
            return match.start()
    return None


def _line(start_line: int | None, offset: int = 0) -> int | None:
    return None if start_line is None else start_line + 1 + offset


def parse(text: str) -> BibFile:
    """Split `text` into raw entries, failed blocks and skipped blocks, in file order."""
    stand_in = ((_DOUBLE_BACKSLASH in text or "%" in text)
                and _DOUBLE_BACKSLASH_STANDIN[0] not in text and _AT_STANDIN not in text)
    if stand_in:
        hidden = _hide_commented_ats(text.replace(_DOUBLE_BACKSLASH, _DOUBLE_BACKSLASH_STANDIN))
        stand_in, text = hidden != text, hidden  # nothing to restore when nothing stood in
    restore = _restore if stand_in else _same
    resolver = ResolveValues(restore)
    library = bibtexparser.parse_string(text, parse_stack=[resolver])
    entries, failed, skipped = [], [], []
    for block in library.blocks:
        read = resolver.read.get(id(block))
        if isinstance(read, RawEntry):
            entries.append(read)
        elif read is not None:
            failed.append(read)
        elif isinstance(block, bp.ParsingFailedBlock):
            failed.append(FailedBlock(_line(block.start_line), _reason(block),
                                      restore(block.raw or "")))
        elif isinstance(block, (bp.Preamble, bp.ExplicitComment)):
            kind = "@preamble" if isinstance(block, bp.Preamble) else "@comment"
            skipped.append(FailedBlock(_line(block.start_line), f"{kind} block",
                                       restore(block.raw or "")))
        elif isinstance(block, bp.ImplicitComment):
            failed.extend(_entries_without_at(block, restore))
    return BibFile(entries, failed, skipped)


def _hide_commented_ats(text: str) -> str:
    """`text` with each "@" of a line starting with "%" (after blanks) as `_AT_STANDIN`."""
    def hide(match: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        if text[line_start:match.start()].strip(" \t"):
            return match[0]  # a "%" inside the line: no later "%" of it starts the line
        return match[0].replace("@", _AT_STANDIN)
    return _PERCENT_TO_AT.sub(hide, text)


def _restore(text: str) -> str:
    if _DOUBLE_BACKSLASH_STANDIN[0] in text:
        text = text.replace(_DOUBLE_BACKSLASH_STANDIN, _DOUBLE_BACKSLASH)
    return text.replace(_AT_STANDIN, "@") if _AT_STANDIN in text else text


def _same(text: str) -> str:
    return text


def _entries_without_at(block: bp.ImplicitComment, restore: Callable[[str], str]
                        ) -> list[FailedBlock]:
    """Text between entries that looks like one (`book{b, …}`): BibTeX skips it as a
    comment, so do we, but not without a word."""
    raw = restore(block.raw or "")
    return [FailedBlock(_line(block.start_line, raw.count("\n", 0, match.start())),
                        f"{match[1]}{{{match[2]}, …}} looks like an entry without its "
                        "'@': not read (BibTeX skips it too)", raw)
            for match in _LOOKS_LIKE_ENTRY.finditer(raw)]


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
    """Brace every field value, except bare macros such as `month = may` and values
    written with their undefined macros."""

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
        written = raw.undefined_macros
        entry = bp.Entry(raw.entry_type, raw.key, [bp.Field(key, written.get(key, value))
                                                   for key, value in raw.fields.items()])
        bare[id(entry)] = raw.bare | frozenset(written)
        library.add(entry)
    return bibtexparser.write_string(library, unparse_stack=[EncloseValues(bare)],
                                     bibtex_format=_FORMAT)
