"""biblio: footnote references as data.

Readers (article text, GOST footnotes, BibTeX/BibLaTeX, CSL-JSON) fill one model
(`Item`, `Name`, `Date`, `Cite`, `Note`, `Document`); writers and renderers read it.
Every command-line action is one call here.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from biblio.encodings import Decoded, read_text
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

_MODULES = {
    "biblio.encodings": ("Decoded", "read_text"),
    "biblio.errors": ("BiblioError", "FormatError", "StyleError", "UsageError"),
    "biblio.formats": ("FORMATS", "convert", "convert_file", "convert_with_problems", "read",
                       "read_with_problems", "write"),
    "biblio.model": ("Cite", "Date", "Document", "Footnote", "Item", "Leftover", "Name", "Note",
                     "Problem"),
    "biblio.parse": ("parse_footnotes", "read_article"),
    "biblio.render": ("Rendered", "render"),
    "biblio.render.layouts": ("style_text",),
    "biblio.text.footnotes": ("Extraction", "extract_footnotes"),
    "biblio.text.repair": ("Repair", "repair_text"),
    "biblio.translit": ("romanize",),
}
_MODULE_OF = {name: module for module, names in _MODULES.items() for name in names}
"""Where each public name lives. They are imported when first asked for (PEP 562): a
command that only parses does not compile the renderer's and the .bib readers'
regular expressions at start-up (benchmarks/bench_startup.py)."""


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:  # a subpackage, as an eager package would have it: biblio.formats
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module 'biblio' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """`biblio.render` is the function `render`; loading the subpackage of that name,
    which sets the package's attribute of its name, must not replace it."""

    def __setattr__(self, name: str, value: Any) -> None:
        if not (name == "render" and isinstance(value, types.ModuleType)):
            super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "FORMATS",
    "BiblioError",
    "Cite",
    "Date",
    "Decoded",
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
    "read_text",
    "read_with_problems",
    "render",
    "repair_text",
    "romanize",
    "style_text",
    "write",
]
