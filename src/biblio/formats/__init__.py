"""The registry of interchange formats: each one a symmetric read/write pair.

A format reads text into either a list of items or a whole Document; `convert`
moves between any two, turning a Document into its items or a list of items into a
Document with no notes. `convert_with_problems` reads past broken BibTeX entries and
returns them as problems (`convert_strictly` refuses at the first); `convert_file` is
the whole `biblio convert` command.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from biblio.errors import BiblioError, FormatError, UsageError
from biblio.model import Document, Item, Problem


@dataclass(frozen=True)
class Format:
    name: str
    extensions: tuple[str, ...]
    read: Callable[[str], Any]
    write: Callable[[Any], str]
    holds_document: bool
    """True when read/write take a Document, False for a list of items."""
    description: str


def _on_first_call(module: str, name: str) -> Callable[..., Any]:
    """`name` of the format module `module`, imported when first called: a command
    that renders an article never loads the .bib readers (bibtexparser and the field
    tables), which the registry would otherwise import at start-up
    (benchmarks/bench_startup.py)."""
    def call(*args: Any) -> Any:
        return getattr(importlib.import_module(f"{__name__}.{module}"), name)(*args)

    call.__name__ = call.__qualname__ = name
    return call


FORMATS: dict[str, Format] = {
    "document": Format("document", (".document.json", ".doc.json"),
                       _on_first_call("document", "read"), _on_first_call("document", "write"),
                       True, "biblio document JSON (notes + items)"),
    "csljson": Format("csljson", (".json", ".csl.json", ".csljson"),
                      _on_first_call("csljson", "read"), _on_first_call("csljson", "write"),
                      False, "CSL-JSON item list (Zotero, pandoc)"),
    "biblatex": Format("biblatex", (".bib", ".biblatex"), _on_first_call("biblatex", "read"),
                       _on_first_call("biblatex", "write"), False,
                       "BibLaTeX database (biber, JabRef, Zotero Better BibTeX)"),
    "bibtex": Format("bibtex", (".bibtex",), _on_first_call("bibtex", "read"),
                     _on_first_call("bibtex", "write"), False,
                     "classic BibTeX database (bibtex8, natbib)"),
}


def register(fmt: Format) -> None:
    FORMATS[fmt.name] = fmt


def get_format(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise UsageError(
            f"unknown format {name!r}; choose one of {', '.join(sorted(FORMATS))}"
        ) from None


def guess_format(path: str) -> Format | None:
    """The format whose extension ends `path` (longest match), or None."""
    lowered = PurePath(path).name.lower()
    best: tuple[int, Format] | None = None
    for fmt in FORMATS.values():
        for ext in fmt.extensions:
            if lowered.endswith(ext) and (best is None or len(ext) > best[0]):
                best = (len(ext), fmt)
    return best[1] if best else None


def as_document(data: Document | list[Item]) -> Document:
    """`data` as a Document; FormatError when two items share an id (a Document holds
    items by id, so one would be lost)."""
    if isinstance(data, Document):
        return data
    first: dict[str, int] = {}
    for index, item in enumerate(data):
        if item.id in first:
            raise FormatError(f"items {first[item.id]} and {index} have the same id "
                              f"{item.id!r}; give one of them another id",
                              where=f"item {index}")
        first[item.id] = index
    return Document.from_items(list(data))


def as_items(data: Document | list[Item]) -> list[Item]:
    return list(data.items.values()) if isinstance(data, Document) else list(data)


def read(text: str, source: str) -> Document | list[Item]:
    """Text in format `source` → a Document (document JSON) or a list of items."""
    return get_format(source).read(text)


def write(data: Document | list[Item], target: str) -> str:
    """A Document or items → text in format `target`; a Document written to an item
    format gives its items, items written as a document give a Document without notes."""
    writer = get_format(target)
    return writer.write(as_document(data) if writer.holds_document else as_items(data))


def convert(text: str, source: str, target: str) -> str:
    """Text in format `source` → text in format `target` (names as in FORMATS)."""
    return write(read(text, source), target)


def read_with_problems(text: str, source: str) -> tuple[Document | list[Item], list[Problem]]:
    """Read as much as the format allows, with a Problem for each part left unread.

    BibLaTeX and BibTeX keep going past a broken entry (reported with its line and
    text); the JSON formats have nothing to skip and read strictly.
    """
    fmt = get_format(source)
    lenient = _LENIENT_READERS.get(fmt.name)
    if lenient is None:
        return fmt.read(text), []
    return lenient(text)


def convert_with_problems(text: str, source: str, target: str) -> tuple[str, list[Problem]]:
    """`convert`, reading past broken entries; problems are returned and, when the
    target holds a Document, also kept in its `problems`.

    From one .bib file to another, @preamble and @comment blocks are carried as
    written (before the entries); into another format they are reported."""
    if source in _BIB_DIALECTS:
        from biblio.formats.bibmapping import block_problems, read_file

        read = read_file(text, _dialect(source))
        data: Document | list[Item] = read.items
        problems = read.problems
        if target not in _BIB_DIALECTS:
            problems = sorted(problems + block_problems(read.blocks, target),
                              key=lambda p: _line_number(p.where))
    else:
        data, problems = read_with_problems(text, source)
    writer = get_format(target)
    if writer.holds_document:
        document = as_document(data)
        document.problems.extend(problems)
        return writer.write(document), problems
    output = writer.write(as_items(data))
    if source in _BIB_DIALECTS and target in _BIB_DIALECTS and read.blocks:
        output = "".join(block.raw + "\n\n" for block in read.blocks) + output
    return output, problems


def convert_strictly(text: str, source: str, target: str) -> str:
    """`convert_with_problems` that refuses the whole text at its first problem."""
    output, problems = convert_with_problems(text, source, target)
    if problems:
        from biblio.formats.bibmapping import headline

        first = problems[0]
        line = _line_number(first.where) or None
        raise FormatError(headline(first), line=line,
                          where=None if line or not first.where else first.where)
    return output


def convert_file(source_path: str, target_path: str, *, source: str | None = None,
                 target: str | None = None, strict: bool = False,
                 keep_going: bool = True, encoding: str = "auto") -> list[Problem]:
    """Convert one file into another, formats from the extensions unless named.

    Errors name the input file. Broken BibTeX entries are skipped and returned as
    problems (each with its line); `strict` refuses the file at the first instead.
    `keep_going` is the default and stays for callers of earlier versions. The input
    is read as biblio.encodings.decode reads it (`encoding` "auto": UTF-8, else the
    declared or likeliest legacy encoding, then the first problem says which); the
    output is UTF-8."""
    from biblio.encodings import decode

    source = source or format_of(source_path, "--from").name
    target = target or format_of(target_path, "--to").name
    try:
        data = Path(source_path).read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read: {error.strerror or error}", source=source_path) from None
    decoded = decode(data, source_path, encoding)
    text = decoded.text
    try:
        if strict:
            output, problems = convert_strictly(text, source, target), []
        else:
            output, problems = convert_with_problems(text, source, target)
    except BiblioError as error:
        raise error.located(source_path) from None
    Path(target_path).write_text(output, encoding="utf-8")
    notices = [Problem(source_path, decoded.notice)] if decoded.notice else []
    return notices + [Problem(f"{source_path}, {p.where}" if p.where else source_path,
                              p.message) for p in problems]


def _line_number(where: str) -> int:
    last = where.split()[-1] if where else ""
    return int(last) if last.isdigit() else 0


def format_of(path: str, option: str) -> Format:
    """The format of `path` by its extension; UsageError naming `option` otherwise."""
    fmt = guess_format(path)
    if fmt is None:
        raise UsageError(
            f"cannot tell the format from the file name; give {option} "
            f"(one of {', '.join(sorted(FORMATS))})", source=path)
    return fmt


_BIB_DIALECTS = ("biblatex", "bibtex")
"""The formats that are dialects of one .bib reader and writer (their modules' DIALECT)."""


def _dialect(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}").DIALECT


_LENIENT_READERS: dict[str, Callable[[str], tuple[list[Item], list[Problem]]]] = {
    name: _on_first_call(name, "read_with_problems") for name in _BIB_DIALECTS
}
