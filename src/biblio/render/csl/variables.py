"""CSL 1.0.2 §Text and Appendix IV (variables): what a variable's value is for one cite,
and the `<text>` element (variable, macro, term, value).
"""

from __future__ import annotations

import re
from typing import Any

from .context import Context
from .date_value import DateValue
from .decorations import Renderer, decorate, strip_periods
from .richtext import Node, Span, is_empty, parse_field

FIRST_PAGE = re.compile(r"^\s*[^\s,&–-]*")
SHORT_FORMS = {"title": "title-short", "container-title": "container-title-short"}
NO_MARKUP = frozenset({"URL", "DOI", "PMID", "PMCID", "ISBN", "ISSN"})


COMPUTED = frozenset({"locator", "citation-number", "first-reference-note-number", "year-suffix",
                      "citation-label", "page-first"})
"""The variables whose value the processor computes or derives, not only reads from the item."""


def raw_value(ctx: Context, name: str, form: str = "long") -> Any:
    """The variable's value for this cite, "" when absent or suppressed by substitution."""
    if name in ctx.suppressed:
        return ""
    if name in COMPUTED:
        return _computed_value(ctx, name)
    if form == "short" and name in SHORT_FORMS:
        short = ctx.item.get(SHORT_FORMS[name])
        if short not in (None, ""):
            return short
    value = ctx.item.get(name)
    return "" if value is None else value


def _computed_value(ctx: Context, name: str) -> Any:
    if name == "locator":
        return str(ctx.cite.get("locator") or "").strip()
    if name == "citation-number":
        return ctx.citation_number or ""
    if name == "first-reference-note-number":
        return ctx.first_note if ctx.first_note and ctx.position >= 1 else ""
    if name == "year-suffix":
        return ctx.year_suffix
    value = ctx.item.get(name)
    if value is not None:
        return value
    if name == "citation-label":
        return trigraph(ctx.item)
    page = ctx.item.get("page")  # page-first
    return FIRST_PAGE.match(str(page)).group(0) if page not in (None, "") else ""


def trigraph(item: dict[str, Any]) -> str:
    """A citation label as citeproc-js makes one ("Aaaa00:AaAa00:AaAa00"): letters of the
    first authors' family names, then the year's last two digits."""
    names = [n for n in (item.get("author") or item.get("editor") or []) if getattr(n, "family", "")]
    if not names:
        return ""
    if len(names) == 1:
        letters = names[0].family[:4]
    elif len(names) == 2:
        letters = names[0].family[:2] + names[1].family[:2]
    else:
        letters = "".join(n.family[:1] for n in names[:4])
    issued = item.get("issued")
    year = getattr(issued, "start", (0,))[0] if issued is not None else 0
    return letters + (f"{abs(year) % 100:02d}" if year else "")


def counted_value(ctx: Context, name: str, form: str = "long") -> str | None:
    """The variable's text, or None; counted for its group's implicit condition (§Group) and
    used up when rendered inside a substitute (§Substitute)."""
    value = raw_value(ctx, name, form)
    ctx.called += 1
    return used(ctx, name, value)


def used(ctx: Context, name: str, value: Any) -> str | None:
    """The value's text, counted as filled and used up inside a substitute; None if empty."""
    if value in ("", None) or isinstance(value, (list, dict)):
        return None
    ctx.filled += 1
    if ctx.substituting is not None:
        ctx.substituting.add(name)
        ctx.suppressed.add(name)
    return str(value)


def has_variable(ctx: Context, name: str) -> bool:
    """A variable a substitute used up is still there for a test (§Substitute suppresses it in
    the output only; citeproc-js tests the item too: MLA's `<else-if variable="author">`)."""
    return is_present(ctx.item.get(name) if name in ctx.suppressed else raw_value(ctx, name))


def is_present(value: Any) -> bool:
    """Whether a variable's value counts as there (§Choose `variable`). The engine's own
    values are told by their class first: a date's dataclass compared with "" and None
    took two Python calls of its `__eq__`."""
    kind = value.__class__
    if kind is str:
        return value != ""
    if kind is DateValue:
        return True
    if value is None:
        return False
    if isinstance(value, list):
        return bool(value)
    if isinstance(value, dict):
        return bool(value.get("date-parts") and value["date-parts"][0]) or bool(
            value.get("literal") or value.get("raw"))
    return value not in ("", None)


def compile_text(element: Any, compiler: Any) -> Renderer:
    """`<text>`: a variable, a macro, a term or a fixed value, with its decorations."""
    strip = element.get("strip-periods") == "true"
    if element.get("variable"):
        name = element.get("variable")
        form = element.get("form", "long")
        if name == "page" or name == "locator":
            render = compiler.page_renderer(name)
        else:
            render = _variable_renderer(name, form, strip, compiler.implicit_year_suffix)
    elif element.get("macro"):
        render = _counted(compiler.macro(element.get("macro"), element))
    else:
        node = compiled_constant(element, compiler)
        render = lambda ctx: node  # noqa: E731 - a constant, resolved at compile time
    return decorate(element, render, default_english=compiler.english)


def compiled_constant(element: Any, compiler: Any) -> Node | None:
    """A `<text term>`'s locale term or a `<text value>`'s value, resolved at compile time."""
    if element.get("term"):
        term = compiler.locale.text(element.get("term"), element.get("form", "long"),
                                    element.get("plural") == "true")
        term = strip_periods(term) if element.get("strip-periods") == "true" else term
        return Span([term], role="term") if term else None
    return parse_field(element.get("value", ""))


def _counted(macro: Renderer) -> Renderer:
    """A macro that prints nothing counts as an empty variable for its group, one that prints
    only terms as a filled one (§Group: "if the cs:macro is non-empty, it is treated as a
    non-empty variable"); one whose variables are all empty prints nothing, like a group (as in
    citeproc-js)."""
    def render(ctx: Context) -> Node | None:
        called, filled = ctx.called, ctx.filled
        node = macro(ctx)
        if ctx.called == called:
            ctx.called += 1
            ctx.filled += not is_empty(node)
        elif ctx.filled == filled:
            return None
        return node
    return render


def _variable_renderer(name: str, form: str, strip: bool, implicit_suffix: bool) -> Renderer:
    # year-suffix is the processor's, not the item's: empty, it does not suppress a group
    counts = name != "year-suffix"
    if name not in COMPUTED:
        return _item_variable_renderer(name, form, strip)

    def render(ctx: Context) -> Node | None:
        text = counted_value(ctx, name, form)
        if text is None:
            ctx.called -= not counts
            return None
        if strip:
            text = strip_periods(text)
        if name == "year-suffix":
            return Span([text], role="year-suffix")
        if name == "citation-label" and ctx.year_suffix and implicit_suffix and not ctx.suffix_shown:
            ctx.suffix_shown = True
            return Span([text, Span([ctx.year_suffix], role="year-suffix")])
        if name == "citation-number":
            return Span([text], role="citation-number")
        return text if name in NO_MARKUP else parse_field(text)
    return render


def _item_variable_renderer(name: str, form: str, strip: bool) -> Renderer:
    """`<text variable>` of a variable the item holds (most of them): read and counted without
    `raw_value`'s processor variables to tell apart."""
    markup = name not in NO_MARKUP
    short = SHORT_FORMS.get(name) if form == "short" else None

    def render(ctx: Context) -> Node | None:
        ctx.called += 1
        if name in ctx.suppressed:
            return None
        value = ctx.item.get(short) if short is not None else None
        if value in (None, ""):
            value = ctx.item.get(name)
        text = used(ctx, name, value)
        if text is None:
            return None
        if strip:
            text = strip_periods(text)
        return parse_field(text) if markup else text
    return render
