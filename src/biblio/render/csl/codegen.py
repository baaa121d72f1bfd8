"""A macro or layout compiled into ONE generated Python function (CSL 1.0.2 §Group, §Choose,
§Macro, §Affixes, §Formatting, §Text-case as straight-line code).

Interpreting about a hundred closures an entry costs more than the work they do, so the
structure of a macro or layout — its groups, its choose branches, its calls of other macros
and their decorations — is written out as the source of one function per style section,
which Python compiles at its first call. A choose's branches append to the enclosing list
directly (no branch span); affixes, quotes, formatting, delimiters, terms and values are
constants of the source; an `<if>` is one expression, an item's own `<text variable>` is
read inline. Leaves (names, dates, numbers, labels, the processor's variables) stay the
closures `Compiler.compile` builds; so does whatever they hold (a `<substitute>`'s groups),
and a layout with second-field-align.

The semantics are those of the closures in `style.py` (`compile_group`, `compile_choose`),
`variables._counted` and `decorations.decorate`, output byte for byte the same (the CSL
suite and the styles' outputs check it; tests/test_csl_codegen.py the rules one by one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import conditions
from .decorations import FORMATTING_ATTRIBUTES, english, formatting_of, strip_periods
from .locales import CSL_NS
from .richtext import Span, is_empty, parse_field
from .textcase import apply_text_case
from .variables import COMPUTED, NO_MARKUP, SHORT_FORMS, compiled_constant, used

if TYPE_CHECKING:
    from .decorations import Renderer
    from .style import Compiler

RUNTIME = {"Span": Span, "english": english, "apply_text_case": apply_text_case,
           "used": used, "strip_periods": strip_periods, "parse_field": parse_field, **conditions.RUNTIME}
"""What generated functions call besides the style's own leaves, tests and macros."""

DECORATIONS = ("prefix", "suffix", "display", "text-case", *FORMATTING_ATTRIBUTES)
"""The attributes whose value makes `decorations.decorate` wrap an element (and quotes="true")."""
GROUP, CHOOSE, TEXT = CSL_NS + "group", CSL_NS + "choose", CSL_NS + "text"


def new_namespace() -> dict[str, Any]:
    """The globals of one section's generated functions (macros find each other here)."""
    return dict(RUNTIME)


class Generator:
    """Writes the source of one function; the leaves and tests it calls become globals."""

    def __init__(self, compiler: Compiler) -> None:
        self.compiler = compiler
        self.namespace = compiler.namespace
        self.lines: list[str] = []
        self.count = 0

    def constant(self, value: Any, stem: str) -> str:
        """`value` as a global of the generated code."""
        name = f"_{stem}{len(self.namespace)}"
        self.namespace[name] = value
        return name

    def fresh(self, stem: str) -> str:
        self.count += 1
        return f"{stem}{self.count}"

    def line(self, depth: int, text: str) -> None:
        self.lines.append("    " * depth + text)

    def function(self, name: str, elements: list[Any]) -> Renderer:
        """`def name(ctx)`: the elements' output as one piece, None when they print nothing."""
        self.line(0, f"def {name}(ctx):")
        self.into(elements, "parts", 1, new=True)
        self.line(1, "if not parts:")
        self.line(2, "return None")
        self.line(1, "return parts[0] if len(parts) == 1 else Span(parts)")
        return Generated(name, "\n".join(self.lines) + "\n", f"<CSL {self.compiler.section} {name}>",
                         self.namespace)

    def into(self, elements: list[Any], parts: str, depth: int, new: bool = False) -> None:
        """Code appending the elements' non-empty output to the list `parts`."""
        if new:
            self.line(depth, f"{parts} = []")
        written = False
        for element in elements:
            if not isinstance(element.tag, str):
                continue
            written = True
            if element.tag == CHOOSE:
                self.choose(element, parts, depth)
                continue
            if element.tag == GROUP:
                node = self.group(element, depth)
            elif element.tag == TEXT and element.get("macro"):
                node = self.macro_call(element, depth)
            elif element.tag == TEXT and self.inline_text(element, parts, depth):
                continue
            else:
                node = self.fresh("n")
                leaf = self.constant(self.compiler.compile(element), "leaf")
                self.line(depth, f"{node} = {leaf}(ctx)")
                # a leaf may hand back a substitute's choose branch: its pieces are ours
                self.line(depth, f"if {node} is not None and ({node}.children if {node}.__class__ is Span else {node}):")
                self.line(depth + 1, f"if {node}.__class__ is Span and {node}.role == 'branch':")
                self.line(depth + 2, f"{parts}.extend({node}.children)")
                self.line(depth + 1, "else:")
                self.line(depth + 2, f"{parts}.append({node})")
                continue
            # a group or a macro prints None or something non-empty, never a branch
            self.line(depth, f"if {node} is not None:")
            self.line(depth + 1, f"{parts}.append({node})")
        if not written and not new:
            self.line(depth, "pass")

    def choose(self, element: Any, parts: str, depth: int) -> None:
        """§Choose: the first branch whose test holds appends its pieces to the enclosing list."""
        keyword = "if"
        for branch in element:
            if not isinstance(branch.tag, str):
                continue
            if not keyword:  # after an <else>: never reached, compiled for its errors only
                self.compiler.children(branch)
                continue
            if branch.tag == CSL_NS + "else":
                self.line(depth, "else:" if keyword == "elif" else "if True:")
                keyword = ""
            else:
                self.line(depth, f"{keyword} {conditions.condition_source(branch, self.constant)}:")
                keyword = "elif"
            self.into(list(branch), parts, depth + 1)

    def group(self, element: Any, depth: int) -> str:
        """§Group: None when it calls variables and all are empty, or prints nothing."""
        called, filled, parts, node = (self.fresh(s) for s in ("called", "filled", "parts", "group"))
        self.line(depth, f"{called}, {filled} = ctx.called, ctx.filled")
        self.into(list(element), parts, depth, new=True)
        self.line(depth, f"if not {parts} or (ctx.called > {called} and ctx.filled == {filled}):")
        self.line(depth + 1, f"{node} = None")
        self.line(depth, "else:")
        # a group that prints counts as content
        self.line(depth + 1, f"ctx.called, ctx.filled = {called} + 1, {filled} + 1")
        delimiter = element.get("delimiter", "")
        self.line(depth + 1, f"if len({parts}) == 1:")
        self.line(depth + 2, f"{node} = {parts}[0]")
        self.line(depth + 1, "else:")
        if delimiter:  # the pieces with the delimiter between each pair (richtext.join)
            self.line(depth + 2, f"{node} = [{delimiter!r}] * (2 * len({parts}) - 1)")
            self.line(depth + 2, f"{node}[::2] = {parts}")
            self.line(depth + 2, f"{node} = Span({node})")
        else:
            self.line(depth + 2, f"{node} = Span({parts})")
        self.decorate(element, node, depth + 1)
        return node

    def inline_text(self, element: Any, parts: str, depth: int) -> bool:
        """`<text>` of a term, a value or an item's own variable written inline
        (`variables.compile_text`); False for the processor's variables, left to the closure."""
        name = element.get("variable") or None
        if name is not None and (name in COMPUTED or name in ("page", "locator")):
            return False
        node = self.fresh("text")
        if name is None:
            value = compiled_constant(element, self.compiler)
            if is_empty(value):
                return True  # prints nothing and counts for no group
            self.line(depth, f"{node} = {self.constant(value, 'text')}")
        else:
            self.item_variable(element, name, node, depth)
        if self.decorated(element):
            self.line(depth, f"if {node}:")
            self.decorate(element, node, depth + 1)
        self.line(depth, f"if {node}:")
        self.line(depth + 1, f"{parts}.append({node})")
        return True

    def item_variable(self, element: Any, name: str, node: str, depth: int) -> None:
        """An item's variable read, counted and used up as `variables._item_variable_renderer` does."""
        short = SHORT_FORMS.get(name) if element.get("form", "long") == "short" else None
        self.line(depth, "ctx.called += 1")
        self.line(depth, f"if {name!r} in ctx.suppressed:")
        self.line(depth + 1, f"{node} = None")
        self.line(depth, "else:")
        if short is not None:
            self.line(depth + 1, f"{node} = ctx.item.get({short!r})")
            self.line(depth + 1, f"if {node} in (None, ''):")
            self.line(depth + 2, f"{node} = ctx.item.get({name!r})")
        else:
            self.line(depth + 1, f"{node} = ctx.item.get({name!r})")
        self.line(depth + 1, f"{node} = used(ctx, {name!r}, {node})")
        steps = []
        if element.get("strip-periods") == "true":
            steps.append(f"{node} = strip_periods({node})")
        if name not in NO_MARKUP:
            steps.append(f"{node} = parse_field({node})")
        if steps:
            self.line(depth + 1, f"if {node} is not None:")
            for step in steps:
                self.line(depth + 2, step)

    def macro_call(self, element: Any, depth: int) -> str:
        """`<text macro>`: counted as a variable of its group (`variables._counted`), decorated."""
        function = self.compiler.macro_name(element.get("macro"), element)
        called, filled, node = self.fresh("called"), self.fresh("filled"), self.fresh("macro")
        self.line(depth, f"{called}, {filled} = ctx.called, ctx.filled")
        self.line(depth, f"{node} = {function}(ctx)")
        self.line(depth, f"if ctx.called == {called}:")
        self.line(depth + 1, "ctx.called += 1")
        self.line(depth + 1, f"ctx.filled += {node} is not None")
        self.line(depth, f"elif ctx.filled == {filled}:")
        self.line(depth + 1, f"{node} = None")
        if self.decorated(element):
            self.line(depth, f"if {node} is not None:")
            self.decorate(element, node, depth + 1)
        return node

    @staticmethod
    def decorated(element: Any) -> bool:
        attributes = element.attrib
        return attributes.get("quotes") == "true" or any(attributes.get(name) for name in DECORATIONS)

    def decorate(self, element: Any, node: str, depth: int) -> None:
        """`decorations.decorate` on a non-empty `node`: text case, then one span of affixes,
        formatting, quotes and display."""
        if not self.decorated(element):
            return
        case = element.get("text-case")
        if case:
            test = "not ctx.sorting"
            if case == "title":
                test += f" and english(ctx, {self.compiler.english!r})"
            self.line(depth, f"if {test}:")
            self.line(depth + 1, f"{node} = apply_text_case({node}, {case!r}, str(ctx.item.get('language') or ''))")
        options = [f"prefix={element.get('prefix', '')!r}", f"suffix={element.get('suffix', '')!r}",
                   f"formatting={formatting_of(element)!r}", f"quotes={element.get('quotes') == 'true'!r}",
                   f"display={element.get('display', '')!r}"]
        self.line(depth, f"{node} = Span([{node}], {', '.join(options)})")


class Generated:
    """A generated function whose source is compiled by Python on its first call (a section,
    macro or language layout no item reaches costs no `compile`); until then it stands in the
    namespace in the function's place, and it stays the entry point of closures holding it."""

    __slots__ = ("name", "source", "filename", "namespace")

    def __init__(self, name: str, source: str, filename: str, namespace: dict[str, Any]) -> None:
        self.name, self.source, self.filename, self.namespace = name, source, filename, namespace
        namespace[name] = self

    def __call__(self, ctx: Any) -> Any:
        return self.function()(ctx)

    def function(self) -> Callable[[Any], Any]:
        """The compiled function, compiled now on the first call; a holder that keeps it saves
        this call's frame at each rendering (a layout's holder: `style.Layout`)."""
        function = self.namespace[self.name]
        if function is self:
            # source written by Generator from the style's elements, nothing else
            exec(compile(self.source, self.filename, "exec"), self.namespace)  # noqa: S102
            function = self.namespace[self.name]
        return function


def generate(compiler: Compiler, name: str, elements: list[Any]) -> Callable[..., Any]:
    """The elements (a macro's or a layout's children) as one generated function `name`."""
    return Generator(compiler).function(name, elements)
