"""The registry of interchange formats: each one a symmetric read/write pair.

A format reads text into either a list of items or a whole Document; `convert`
moves between any two, turning a Document into its items or a list of items into a
Document with no notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from biblio.errors import UsageError
from biblio.formats import biblatex, bibtex, csljson, document
from biblio.model import Document, Item


@dataclass(frozen=True)
class Format:
    name: str
    extensions: tuple[str, ...]
    read: Callable[[str], Any]
    write: Callable[[Any], str]
    holds_document: bool
    """True when read/write take a Document, False for a list of items."""
    description: str


FORMATS: dict[str, Format] = {
    "document": Format("document", (".document.json", ".doc.json"), document.read,
                       document.write, True, "biblio document JSON (notes + items)"),
    "csljson": Format("csljson", (".json", ".csl.json", ".csljson"), csljson.read,
                      csljson.write, False, "CSL-JSON item list (Zotero, pandoc)"),
    "biblatex": Format("biblatex", (".bib", ".biblatex"), biblatex.read, biblatex.write,
                       False, "BibLaTeX database (biber, JabRef, Zotero Better BibTeX)"),
    "bibtex": Format("bibtex", (".bibtex",), bibtex.read, bibtex.write, False,
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
    return data if isinstance(data, Document) else Document.from_items(list(data))


def as_items(data: Document | list[Item]) -> list[Item]:
    return list(data.items.values()) if isinstance(data, Document) else list(data)


def convert(text: str, source: str, target: str) -> str:
    """Text in format `source` → text in format `target` (names as in FORMATS)."""
    reader, writer = get_format(source), get_format(target)
    data = reader.read(text)
    return writer.write(as_document(data) if writer.holds_document else as_items(data))
