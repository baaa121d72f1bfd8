"""citeproc-py's element classes, corrected and made fast, for biblio's parser only.

citeproc-py builds its style tree from a class per CSL element. `csl_parser()`
returns an lxml parser building subclasses instead: they read the positions biblio
computed, suppress what a substitute printed, keep labels beside values, honour
`initialize="false"`, title-case English like citeproc-js, and answer citeproc-py's
hot look-ups without XPath. Plain citeproc-py (its own parser) is not changed.
Each correction has a test naming the citeproc-py behaviour (test_render_engine.py).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import NoCase, String
from lxml import etree

from biblio.data.title_case import STOP_WORDS
from biblio.render.output import MARKUP
from biblio.render.positions import CitePosition

CSL_NS = "http://purl.org/net/xbiblio/csl"


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


class _Date(model.Date):
    """`<date>` written in the style, for a range whose ends share parts ("12–14
    мая 2005").

    citeproc-py joins the differing and the shared parts through the element that
    called the macro (a `<text>`, which cannot join: TypeError); a date written in
    the style joins its own parts."""

    def process(self, item: Any, variable: Any = None, show_parts: Any = None,
                context: Any = None, **kwargs: Any) -> Any:
        if self.get("form") is None and not self.is_locale_date():
            context = None
        return super().process(item, variable, show_parts, context, **kwargs)


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
def csl_parser() -> etree.XMLParser:
    """An lxml parser building citeproc-py's element classes, with biblio's `if`."""
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NS)
    classes = {cls.__name__.replace("_", "-").lower(): cls
               for cls in model.CitationStylesElement.__subclasses__()}
    classes.update({"if": _PositionedIf, "else-if": _PositionedElseIf, "text": _Text,
                    "substitute": _Substitute, "label": _Label, "names": _Names, "name": _Name,
                    "date": _Date})
    namespace[None] = type("Element", (_Fast, model.CitationStylesElement), {})
    for tag, cls in classes.items():
        # an in-style <locale> answers term queries itself (another signature)
        namespace[tag] = cls if cls is model.Locale else type(cls.__name__, (_Fast, cls), {})
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
    parser.set_element_class_lookup(lookup)
    return parser


def reset_render_state() -> None:
    """Forget what the previous cite or entry printed; call before each one."""
    _SUPPRESSION.reset()


def first_names() -> str | None:
    """The first names the last cite or entry printed (subsequent-author-substitute)."""
    return _SUPPRESSION.first_names
