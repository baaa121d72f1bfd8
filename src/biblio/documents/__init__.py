"""The documents users hold: PDF articles, Word manuscripts (LaTeX and Markdown below).

`read_footnotes(path)` gives a document's footnotes as the text extractor gives a
text's (an `Extraction`), so that every command taking an article takes these too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from biblio.documents.layout import layout_footnotes
from biblio.documents.pdf import read_pdf_lines
from biblio.text.footnotes import Extraction
from biblio.text.repair import repair_text

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
    fonts lack a ToUnicode map gives cp1251 bytes read as Latin-1)."""
    lines = read_pdf_lines(path, progress=progress)
    if repair:
        repaired = repair_text("\n".join(line.text for line in lines)).text.split("\n")
        for line, text in zip(lines, repaired, strict=True):
            line.text = text
    return layout_footnotes(lines)


def read_footnotes(path: str | Path, *, repair: bool = True,
                   progress: Callable[[int, int], None] | None = None) -> Extraction:
    """The footnotes of the document at `path`, by its kind (its name's ending): a
    .docx's footnotes then endnotes (flagged "endnote"), with their italics; the
    text of a Word document is not repaired (its characters are Unicode)."""
    if Path(path).suffix.lower() == ".docx":
        from biblio.documents.docx import read_docx

        return Extraction(footnotes=list(read_docx(path).notes))
    return pdf_footnotes(path, repair=repair, progress=progress)
