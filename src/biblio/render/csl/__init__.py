"""biblio's own CSL 1.0.2 processor (with the CSL-M `<layout locale>` extension).

A style is compiled once into plain callables (`compile_style`); a `Processor` renders
citations and a bibliography for CSL-JSON items into text, HTML or Markdown.
"""

from __future__ import annotations

from .processor import Processor, prepare_item
from .style import CompiledStyle


def compile_style(xml: str | bytes, lang: str | None = None, source: str | None = None) -> CompiledStyle:
    """The style compiled once; `lang` overrides its default-locale. Raises StyleError."""
    return CompiledStyle(xml, lang, source)


__all__ = ["CompiledStyle", "Processor", "compile_style", "prepare_item"]
