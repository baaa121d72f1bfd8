"""CSL 1.0.2 §Style structure, §Inheritable name options, §Macro: a style's XML compiled once.

Every macro and layout becomes one generated function (codegen.py) and every leaf element a
plain callable `render(ctx) -> Node | None`; the closures of groups and choose below serve
what a leaf holds (a `<substitute>`'s children) and second-field-align layouts. Macros are
compiled once per section (their inherited name options differ between citation and
bibliography) and locale terms are looked up here, never while rendering.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ...errors import StyleError
from .codegen import Generated, generate, new_namespace
from .conditions import compile_condition
from .context import Context
from .dates import compile_date
from .decorations import Renderer, decorate
from .locales import CSL_NS, Locale, build_locale
from .names import compile_names
from .numbers import compile_label, compile_number, compile_page_variable
from .richtext import Node, Span, join
from .variables import compile_text

NAME_OPTIONS = ("and", "delimiter-precedes-et-al", "delimiter-precedes-last", "et-al-min",
                "et-al-use-first", "et-al-use-last", "et-al-subsequent-min",
                "et-al-subsequent-use-first", "initialize", "initialize-with", "name-as-sort-order",
                "sort-separator", "name-form", "name-delimiter", "names-delimiter")
KNOWN = frozenset("""style info locale citation bibliography macro layout text date date-part number
    names name name-part et-al substitute label group choose if else-if else sort key""".split())


# CSL 1.0.2 schema: the values an attribute may take (the ones whose misspelling would
# otherwise silently change the output).
CHOICES = {
    "position": {"first", "subsequent", "ibid", "ibid-with-locator", "near-note"},
    "match": {"all", "any", "none"},
    "plural": {"always", "never", "contextual", "true", "false"},
    "and": {"text", "symbol"},
    "name-as-sort-order": {"first", "all"},
    "delimiter-precedes-last": {"contextual", "after-inverted-name", "always", "never"},
    "delimiter-precedes-et-al": {"contextual", "after-inverted-name", "always", "never"},
    "text-case": {"lowercase", "uppercase", "capitalize-first", "capitalize-all", "sentence", "title"},
    "font-style": {"normal", "italic", "oblique"},
    "font-variant": {"normal", "small-caps"},
    "font-weight": {"normal", "bold", "light"},
    "text-decoration": {"none", "underline"},
    "vertical-align": {"baseline", "sup", "sub"},
    "display": {"block", "left-margin", "right-inline", "indent"},
    "sort": {"ascending", "descending"},
}
FORMS = {
    "date": {"text", "numeric"}, "number": {"numeric", "ordinal", "long-ordinal", "roman"},
    "name": {"long", "short", "count"}, "text": {"long", "short", "verb", "verb-short", "symbol"},
    "label": {"long", "short", "verb", "verb-short", "symbol"},
}
NEEDS = {"text": ("variable", "macro", "term", "value"), "number": ("variable",), "date": ("variable",),
         "key": ("variable", "macro"), "if": ("type", "variable", "is-numeric", "is-uncertain-date",
                                              "locator", "position", "disambiguate")}
NEEDS["else-if"] = NEEDS["if"]


def _check(root: Any) -> None:
    """§Schema, the parts a renderer depends on: known elements, attribute values, required attributes."""
    _check_element(root, "style")
    for top in root:
        if top.tag == CSL_NS + "info" or top.tag == CSL_NS + "locale":
            continue
        for child in top.iter():
            if not isinstance(child.tag, str) or not child.tag.startswith(CSL_NS):
                continue
            _check_element(child, child.tag[len(CSL_NS):])


def _check_element(child: Any, tag: str) -> None:
    if tag not in KNOWN:
        raise StyleError(f"<{tag}>: not a CSL 1.0.2 element", line=child.sourceline)
    for attribute, value in child.attrib.items():
        allowed = CHOICES.get(attribute)
        if allowed is not None and any(part not in allowed for part in value.split()):
            raise StyleError(f"<{tag} {attribute}={value!r}>: not one of {', '.join(sorted(allowed))}",
                             line=child.sourceline)
    form = child.get("form")
    if form is not None and tag in FORMS and form not in FORMS[tag]:
        raise StyleError(f"<{tag} form={form!r}>: not one of {', '.join(sorted(FORMS[tag]))}",
                         line=child.sourceline)
    if tag in NEEDS and not any(child.get(a) is not None for a in NEEDS[tag]):
        raise StyleError(f"<{tag}>: needs one of the attributes {', '.join(NEEDS[tag])}",
                         line=child.sourceline)


class Compiler:
    """Compile-time environment of one section: locale, inherited options, macro cache."""

    def __init__(self, style: CompiledStyle, locale: Locale, inherited: dict[str, str], section: str) -> None:
        self.style = style
        self.locale = locale
        self.inherited = inherited
        self.section = section
        self.style_options = style.options
        self.page_range_format = style.options.get("page-range-format", "")
        self.page_delimiter = locale.text("page-range-delimiter") or "–"
        self.implicit_year_suffix = style.implicit_year_suffix
        self.english = locale.lang.lower().startswith("en")
        self.namespace = new_namespace()
        """The globals of this section's generated functions (codegen.py)."""
        self.macro_names: dict[str, str] = {}
        self.substituted_names: Any | None = None
        """The `<names>` whose `<substitute>` is being compiled: a shorthand `<names/>` nested in a
        `<choose>` there inherits its name, et-al and label, as citeproc-js does (not in a macro)."""

    def compile(self, element: Any) -> Renderer:
        tag = element.tag[len(CSL_NS):] if isinstance(element.tag, str) else ""
        compiler = COMPILERS.get(tag)
        if compiler is None:
            raise StyleError(f"<{tag}>: cannot appear inside <{etree.QName(element.getparent()).localname}>",
                             line=element.sourceline)
        return compiler(element, self)

    def children(self, element: Any) -> list[Renderer]:
        return [self.compile(child) for child in element if isinstance(child.tag, str)]

    def macro(self, name: str, caller: Any) -> Renderer:
        """The macro's generated function (a closure's call of it)."""
        function = self.macro_name(name, caller)
        compiled = self.namespace.get(function)
        namespace = self.namespace
        # being compiled: a recursive call finds it when rendering
        return compiled if compiled is not None else lambda ctx: namespace[function](ctx)

    def macro_name(self, name: str, caller: Any) -> str:
        """The name, among the generated functions, of the macro's function, generated on first use."""
        definition = self.style.macro_elements.get(name)
        if definition is None:
            raise StyleError(f"<{etree.QName(caller).localname} macro={name!r}>: no such macro",
                             line=caller.sourceline)
        function = self.macro_names.get(name)
        if function is None:
            function = self.macro_names[name] = f"macro_{len(self.macro_names)}"
            outer, self.substituted_names = self.substituted_names, None
            try:
                generate(self, function, list(definition))
            finally:
                self.substituted_names = outer
        return function

    def name_inheritance(self, element: Any) -> dict[str, str]:
        inherited = {k: v for k, v in self.inherited.items()}
        if "name-form" in inherited:
            inherited["form"] = inherited.pop("name-form")
        if "name-delimiter" in inherited:
            inherited["delimiter"] = inherited.pop("name-delimiter")
        return inherited

    def term_gender(self, variable: str | None) -> str:
        if not variable:
            return ""
        term = self.locale.term(variable)
        return term.gender if term else ""

    def page_renderer(self, name: str) -> Renderer:
        return compile_page_variable(name, self)


def _nothing(ctx: Context) -> None:
    """The placeholder of a layout compiled on first use."""
    return None


def _rendered(children: list[Renderer], ctx: Context) -> list[Node]:
    """The children's output that prints something (the hot loop of every group and layout)."""
    parts: list[Node] = []
    for child in children:
        node = child(ctx)
        if node is not None and (node.children if node.__class__ is Span else node):  # type: ignore[union-attr]
            if node.__class__ is Span and node.role == "branch":  # type: ignore[union-attr]
                parts.extend(node.children)  # type: ignore[union-attr]
            else:
                parts.append(node)
    return parts


def _branch(children: list[Renderer]) -> Renderer:
    """§Choose: the matching branch's output, whose pieces the enclosing group delimits as its own
    (a branch of one element is that element: `compile_choose` drops its empty output)."""
    if len(children) == 1:  # its output as it is, a nested choose's pieces included
        return children[0]

    def render(ctx: Context) -> Node | None:
        parts = _rendered(children, ctx)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Span(parts, role="branch")
    return render


def _lazy(layout: Layout, build: Callable[[], Renderer]) -> Renderer:
    """A layout's renderer compiled on its first call, which then takes its place."""
    def render(ctx: Context) -> Node | None:
        layout.render = _direct(layout, build())
        return layout.render(ctx)
    return render


def _direct(layout: Layout, renderer: Renderer) -> Renderer:
    """A layout's renderer; a generated one puts its compiled function in its place on its
    first call, so that no `Generated.__call__` stands between each entry and its layout."""
    if not isinstance(renderer, Generated):
        return renderer

    def render(ctx: Context) -> Node | None:
        layout.render = renderer.function()
        return layout.render(ctx)
    return render


def _aligned(children: list[Renderer]) -> Renderer:
    """§Bibliography second-field-align: the first field apart from the rest of the entry."""
    def render(ctx: Context) -> Node | None:
        parts = _rendered(children, ctx)
        if not parts:
            return None
        first = Span([parts[0]], display="left-margin")
        return Span([first, Span(parts[1:], display="right-inline")], role="aligned") if parts[1:] else first
    return render


def compile_group(element: Any, compiler: Compiler) -> Renderer:
    """§Group: children joined by the delimiter; suppressed when it calls variables and all are empty."""
    children = compiler.children(element)
    delimiter = element.get("delimiter", "")

    def render(ctx: Context) -> Node | None:
        called, filled = ctx.called, ctx.filled
        parts = _rendered(children, ctx)
        if ctx.called > called and ctx.filled == filled:
            return None
        if not parts:
            return None
        ctx.called, ctx.filled = called + 1, filled + 1  # a group that prints counts as content
        if len(parts) == 1:  # no span around one piece: it would add nothing to write or test
            return parts[0]
        return Span(join(parts, delimiter) if delimiter else parts)
    return decorate(element, render, default_english=compiler.english)


def compile_choose(element: Any, compiler: Compiler) -> Renderer:
    """§Choose: the first branch whose test holds (an `<else>` has none), its empty output None."""
    branches: list[tuple[Callable[[Context], bool] | None, Renderer]] = []
    for branch in element:
        if not isinstance(branch.tag, str):
            continue
        body = _branch(compiler.children(branch))
        branches.append((None if branch.tag == CSL_NS + "else" else compile_condition(branch), body))

    def render(ctx: Context) -> Node | None:
        for test, body in branches:
            if test is None or test(ctx):
                node = body(ctx)
                return node if node is not None and (node.children if node.__class__ is Span else node) else None  # type: ignore[union-attr]
        return None
    return render


COMPILERS: dict[str, Callable[[Any, Compiler], Renderer]] = {
    "text": compile_text,
    "group": compile_group,
    "choose": compile_choose,
    "names": compile_names,
    "date": compile_date,
    "number": compile_number,
    "label": compile_label,
}


@dataclass(slots=True)
class Layout:
    render: Renderer
    prefix: str
    suffix: str
    delimiter: str
    formatting: tuple[tuple[str, str], ...]


@dataclass(slots=True)
class Section:
    """A compiled `<citation>` or `<bibliography>`: its layouts by language, sort, options."""

    layouts: dict[str, Layout]
    default: Layout
    options: dict[str, str]
    sort: list[Any] = field(default_factory=list)

    def layout_for(self, language: str) -> Layout:
        if not self.layouts or not language:
            return self.default
        return self.layouts.get(language) or self.layouts.get(language.split("-")[0]) or self.default


class CompiledStyle:
    """A CSL style parsed and compiled once."""

    def __init__(self, xml: str | bytes, lang: str | None = None, source: str | None = None) -> None:
        try:
            root = etree.fromstring(xml.encode("utf-8") if isinstance(xml, str) else xml)
        except etree.XMLSyntaxError as error:
            raise StyleError(f"not well-formed XML: {error.msg}", source=source, line=error.lineno) from None
        if root.tag != CSL_NS + "style":
            raise StyleError(f"the root element is <{etree.QName(root).localname}>, not a CSL <style>",
                             source=source, line=root.sourceline)
        try:
            self._compile(root, lang)
        except StyleError as error:
            raise error.located(source) if source else error

    def _compile(self, root: Any, lang: str | None) -> None:
        _check(root)
        self.root = root
        self.style_class = root.get("class", "in-text")
        self.options = dict(root.attrib)
        self.lang = lang or root.get("default-locale") or "en-US"
        self.style_locales = [el for el in root if el.tag == CSL_NS + "locale"]
        self.macro_elements = {el.get("name"): el for el in root if el.tag == CSL_NS + "macro"}
        citation = root.find(CSL_NS + "citation")
        self.disambiguates = (citation is not None and any(k.startswith("disambiguate") for k in citation.attrib)
                              or any(el.get("disambiguate") for el in root.iter(CSL_NS + "if", CSL_NS + "else-if")))
        tests_position = any(el.get("position") for el in root.iter(CSL_NS + "if", CSL_NS + "else-if"))
        self.positions_rendered = (0, 1) if tests_position or self.style_class == "note" else (0,)
        # the bibliography's order decides citation numbers and year-suffix letters
        self.order_matters = self.disambiguates or any(
            el.get("variable") == "citation-number" for el in root.iter(CSL_NS + "text", CSL_NS + "number"))
        self.implicit_year_suffix = not any(el.get("variable") == "year-suffix" for el in root.iter(CSL_NS + "text"))
        self.locale = build_locale(self.lang, self.style_locales)
        self._locales: dict[str, Locale] = {self.lang: self.locale}
        self.citation = self._section(root.find(CSL_NS + "citation"), "citation")
        bibliography = root.find(CSL_NS + "bibliography")
        self.bibliography = self._section(bibliography, "bibliography") if bibliography is not None else None
        if self.citation is None:
            raise StyleError("<style>: has no <citation>", line=root.sourceline)

    def locale_for(self, lang: str) -> Locale:
        if lang not in self._locales:
            self._locales[lang] = build_locale(lang, self.style_locales)
        return self._locales[lang]

    def _layout(self, layout: Any, locale: Locale, inherited: dict[str, str], section: str,
                aligned: bool) -> Renderer:
        compiler = Compiler(self, locale, inherited, section)
        if aligned:
            return _aligned(compiler.children(layout))
        return generate(compiler, "layout", list(layout))

    def _section(self, element: Any, name: str) -> Section | None:
        if element is None:
            return None
        inherited = {k: v for k, v in self.options.items() if k in NAME_OPTIONS}
        inherited.update({k: v for k, v in element.attrib.items() if k in NAME_OPTIONS})
        layouts: dict[str, Layout] = {}
        default: Layout | None = None
        aligned = name == "bibliography" and element.get("second-field-align") in ("flush", "margin")
        for layout in element.findall(CSL_NS + "layout"):
            languages = (layout.get("locale") or "").split()
            compiled = Layout(_nothing, layout.get("prefix", ""), layout.get("suffix", ""),
                              layout.get("delimiter", ""),
                              tuple((k, v) for k, v in layout.attrib.items()
                                    if k in ("font-style", "font-variant", "font-weight",
                                             "text-decoration", "vertical-align")))
            if languages:
                # a language's layout is compiled when an item of that language first needs it
                compiled.render = _lazy(compiled, lambda layout=layout, language=languages[0]: self._layout(
                    layout, self.locale_for(language), inherited, name, aligned))
                for language in languages:
                    layouts[language] = compiled
            else:
                compiled.render = _direct(compiled, self._layout(layout, self.locale, inherited, name,
                                                                 aligned))
                default = compiled
        if default is None:
            if not layouts:
                raise StyleError(f"<{name}>: has no <layout>", line=element.sourceline)
            default = next(iter(layouts.values()))
        sort_element = element.find(CSL_NS + "sort")
        from .sorting import compile_sort
        section = Section(layouts, default, dict(element.attrib))
        if sort_element is not None:
            compiler = Compiler(self, self.locale, inherited, name)
            section.sort = compile_sort(sort_element, compiler)
        return section
