"""biblio: footnote references as data.

Readers (article text, GOST footnotes, BibTeX/BibLaTeX, CSL-JSON) fill one model
(`Item`, `Name`, `Date`, `Cite`, `Note`, `Document`); writers and renderers read it.
Every command-line action is one call here.
"""

from biblio.errors import BiblioError, FormatError, StyleError, UsageError
from biblio.formats import (FORMATS, convert, convert_file, convert_with_problems, read,
                            read_with_problems, write)
from biblio.model import Cite, Date, Document, Footnote, Item, Leftover, Name, Note, Problem
from biblio.parse import parse_footnotes, read_article
from biblio.render import Rendered, render
from biblio.render.layouts import style_text
from biblio.text.footnotes import Extraction, extract_footnotes
from biblio.text.repair import Repair, repair_text
from biblio.translit import romanize

__all__ = [
    "FORMATS",
    "BiblioError",
    "Cite",
    "Date",
    "Document",
    "Extraction",
    "Footnote",
    "FormatError",
    "Item",
    "Leftover",
    "Name",
    "Note",
    "Problem",
    "Rendered",
    "Repair",
    "StyleError",
    "UsageError",
    "convert",
    "convert_file",
    "convert_with_problems",
    "extract_footnotes",
    "parse_footnotes",
    "read",
    "read_article",
    "read_with_problems",
    "render",
    "repair_text",
    "romanize",
    "style_text",
    "write",
]
