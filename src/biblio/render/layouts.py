"""A style with locale-specific layouts, as plain CSL 1.0.2 for other processors.

The project's GOST style has one layout per language (CSL-M, run by Zotero's
citeproc-js and by biblio). Processors without layout locales cannot all cope:
plain citeproc-py reads the first layout; pandoc (jgm/citeproc) refuses the style
("Multiple layout elements present in citation"), or in older versions (2.17)
prints every layout one after the other. `single_layout` writes the style
with one layout per section — the default one, or one language's — which any CSL
1.0.2 processor runs: every item then takes the terms of that layout's locale.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from biblio.errors import StyleError, UsageError
from biblio.render.csl.locales import primary_dialect
from biblio.render.styles import CSL_URI, layout_for, read_style_tree, resolve_style

_NS = {"cs": CSL_URI}


def style_text(style: str | Path, *, single: bool = False, language: str | None = None) -> str:
    """The CSL file of a style (a name or a path) as text: as shipped, for Zotero, or
    with `single` its one-layout copy (`single_layout`) for pandoc."""
    if single:
        return single_layout(style, language)
    if language:
        raise UsageError("a language chooses a layout: it needs the single-layout copy")
    path = resolve_style(style)
    read_style_tree(path)  # a file that is no CSL style is not copied out unchecked
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise StyleError(f"cannot read the style: {error}", source=str(path)) from None


def single_layout(style: str | Path, language: str | None = None) -> str:
    """The style's XML keeping, in the citation and the bibliography, the layout for
    `language` ("en") or, without one, the default layout; the other layouts and the
    `locale` attribute are removed, comments kept. With a language, the style's
    default locale becomes that language's ("en" → "en-US"). The copy gets its own
    id and title, so that a reference manager holding both keeps them apart."""
    path = resolve_style(style)
    root = read_style_tree(path)
    for section in ("citation", "bibliography"):
        parent = root.find(f"cs:{section}", _NS)
        if parent is None:
            continue
        keep = layout_for(parent, language.lower() if language else None)
        for layout in parent.findall("cs:layout", _NS):
            if layout is not keep:
                parent.remove(layout)
        keep.attrib.pop("locale", None)
    if language:
        primary = language.lower().split("-")[0]
        root.set("default-locale", language if "-" in language else primary_dialect(primary))
    _rename(root, language)
    note = etree.Comment(
        f" A single-layout copy of {path.name}"
        f"{' (the ' + language + ' layout)' if language else ''}, written by biblio's "
        "`single_layout`: edit that file, not this one. ")
    note.tail = "\n  "
    root.insert(0, note)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + etree.tostring(root, encoding="unicode") + "\n"


def _rename(root: etree._Element, language: str | None) -> None:
    """Suffix the style's id and self link ("-single-layout[-en]"), and say in the
    title that every source takes the terms of the default locale."""
    suffix = "-single-layout" + (f"-{language.lower()}" if language else "")
    info = root.find("cs:info", _NS)
    if info is None:
        return
    for element in info.findall("cs:id", _NS):
        element.text = (element.text or "").strip() + suffix
    for element in info.findall("cs:link[@rel='self']", _NS):
        href = element.get("href", "")
        stem, dot, extension = href.rpartition(".")
        element.set("href", f"{stem}{suffix}.{extension}" if dot else href + suffix)
    for element in info.findall("cs:title", _NS):
        element.text = (f"{element.text} [single-layout copy: every source in "
                        f"{root.get('default-locale', 'en-US')} terms]")
