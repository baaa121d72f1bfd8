"""The documents users hold: PDF articles, Word manuscripts (LaTeX and Markdown below).

`read_footnotes(path)` gives a document's footnotes as the text extractor gives a
text's (an `Extraction`), so that every command taking an article takes these too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from biblio.model import Problem
from biblio.text.footnotes import Extraction, extract_footnotes
from biblio.text.repair import repair_text

if TYPE_CHECKING:
    from biblio.documents.pdf import PdfLine

__all__ = ["DOCUMENT_SUFFIXES", "is_document", "pdf_footnotes", "read_footnotes"]

DOCUMENT_SUFFIXES = (".pdf", ".docx")
"""File name endings read as documents rather than as text."""


LONGEST_PATH = 4096


def is_document(article: object) -> bool:
    """Whether `article` names a document: a path (or a one-line string naming an
    existing file) whose name ends as a document's does."""
    if isinstance(article, str):
        if "\n" in article or len(article) > LONGEST_PATH or not article.lower().endswith(
                DOCUMENT_SUFFIXES):
            return False
        return Path(article).is_file()
    return isinstance(article, os.PathLike) and Path(article).suffix.lower() in DOCUMENT_SUFFIXES


def pdf_footnotes(path: str | Path, *, repair: bool = True,
                  progress: Callable[[int, int], None] | None = None) -> Extraction:
    """A PDF's footnotes, found by layout after its glyphs are repaired (a PDF whose
    fonts lack a ToUnicode map gives cp1251 bytes read as Latin-1). The PDF reader
    (pypdfium2) is imported here, not with the package: `is_document` is asked by every
    command that takes an article, most of them given text."""
    from biblio.documents.layout import layout_footnotes
    from biblio.documents.pdf import read_pdf_lines

    lines = read_pdf_lines(path, progress=progress)
    if repair:
        repaired = repair_text("\n".join(line.text for line in lines)).text.split("\n")
        for line, text in zip(lines, repaired, strict=True):
            line.text = text
    extraction = layout_footnotes(lines)
    if extraction.footnotes or not lines:
        return extraction
    return _by_text_rules(lines)


def _by_text_rules(lines: list[PdfLine]) -> Extraction:
    """The footnotes of a PDF whose notes are not set smaller than its body: the text
    rules of biblio.text read its text layer (pages parted by form feeds), and a
    problem says so; their line numbers are those of that text."""
    texts = [("\f" if index and line.page != lines[index - 1].page else "") + line.text
             for index, line in enumerate(lines)]
    extraction = extract_footnotes("\n".join(texts))
    extraction.problems.insert(0, Problem("", "no footnote is set in a smaller size at the "
                                          "foot of a page; footnotes read from the text "
                                          "layer by the rules for plain text"))
    return extraction


def read_footnotes(path: str | Path, *, repair: bool = True,
                   progress: Callable[[int, int], None] | None = None) -> Extraction:
    """The footnotes of the document at `path`, by its kind (its name's ending): a
    .docx's footnotes then endnotes (flagged "endnote"), with their italics; the
    text of a Word document is not repaired (its characters are Unicode)."""
    if Path(path).suffix.lower() == ".docx":
        from biblio.documents.docx import read_docx

        notes = read_docx(path).notes
        problems = [] if notes else [Problem("", "the document has no footnotes or endnotes")]
        return Extraction(footnotes=list(notes), problems=problems)
    return pdf_footnotes(path, repair=repair, progress=progress)
