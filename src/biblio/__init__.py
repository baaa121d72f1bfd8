"""biblio: footnote references as data.

Readers (article text, GOST footnotes, BibTeX/BibLaTeX, CSL-JSON) fill one model
(`Item`, `Name`, `Date`, `Cite`, `Note`, `Document`); writers and renderers read it.
Every command-line action is one call here.
"""

from biblio.errors import BiblioError, FormatError, StyleError, UsageError
from biblio.formats import FORMATS, convert
from biblio.model import Cite, Date, Document, Footnote, Item, Leftover, Name, Note, Problem
from biblio.render import Rendered, render

__all__ = [
    "FORMATS",
    "BiblioError",
    "Cite",
    "Date",
    "Document",
    "Footnote",
    "FormatError",
    "Item",
    "Leftover",
    "Name",
    "Note",
    "Problem",
    "Rendered",
    "StyleError",
    "UsageError",
    "convert",
    "render",
]
