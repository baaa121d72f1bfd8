"""The output tree every CSL element renders into (CSL 1.0.2 §Formatting, §Affixes, §Quotes,
§Display, and Appendix VI, rich text in fields).

Leaves are plain strings; a `Span` groups children with the decorations of one element.
Affixes, quotes and formatting stay structural until `output.serialize` writes the tree.
"""

from __future__ import annotations

import re
from typing import Union

Node = Union[str, "Span"]


class Span:
    """Children with one element's decorations: formatting, quotes, affixes, display."""

    __slots__ = ("children", "prefix", "suffix", "formatting", "quotes", "display", "nocase", "role")

    def __init__(self, children: list[Node], *, prefix: str = "", suffix: str = "",
                 formatting: tuple[tuple[str, str], ...] = (), quotes: bool = False,
                 display: str = "", nocase: bool = False, role: str = "") -> None:
        self.children = children
        self.prefix = prefix
        self.suffix = suffix
        self.formatting = formatting
        self.quotes = quotes
        self.display = display
        self.nocase = nocase
        self.role = role

    def __repr__(self) -> str:
        return f"Span({self.children!r}, {self.prefix!r}, {self.suffix!r}, {self.formatting!r})"


def is_empty(node: Node | None) -> bool:
    """Renderers never build a span around nothing, so one level tells."""
    if node is None:
        return True
    if node.__class__ is str:
        return not node
    return not node.children


def plain_text(node: Node | None) -> str:
    """The characters of a tree without markup, affixes included (for keys and comparisons)."""
    if node is None:
        return ""
    if node.__class__ is str:
        return node  # type: ignore[return-value]
    # a list: faster than a generator; a leaf taken as it is, without a call
    inner = "".join([child if child.__class__ is str else plain_text(child)
                     for child in node.children])
    if not inner:
        return ""
    if node.quotes:
        inner = f"“{inner}”"
    return node.prefix + inner + node.suffix


def find_role(node: Node | None, role: str) -> Span | None:
    """The first span (depth first) that a renderer marked with `role` ("names", "year-suffix")."""
    if node is None or isinstance(node, str):
        return None
    if node.role == role:
        return node
    for child in node.children:
        if child.__class__ is not str:  # no call for a leaf, which holds no role
            found = find_role(child, role)
            if found is not None:
                return found
    return None


def join(nodes: list[Node], delimiter: str) -> list[Node]:
    """The nodes with `delimiter` between each pair."""
    if not delimiter or len(nodes) < 2:
        return list(nodes)
    out: list[Node] = [nodes[0]]
    for node in nodes[1:]:
        out.append(delimiter)
        out.append(node)
    return out


# Appendix VI: the HTML-like markup CSL allows inside field values.
FIELD_TAG = re.compile(
    r"""<(?P<close>/)?(?P<tag>i|b|sup|sub|sc|span)(?P<attrs>(?:\s+[a-z-]+="[^"]*")*)\s*>""",
    re.IGNORECASE,
)
TAG_FORMATTING = {
    "sc": (("font-variant", "small-caps"),),
    "i": (("font-style", "italic"),),
    "b": (("font-weight", "bold"),),
    "sup": (("vertical-align", "sup"),),
    "sub": (("vertical-align", "sub"),),
}
SMALL_CAPS = (("font-variant", "small-caps"),)
NO_DECORATION = (("font-style", "normal"), ("font-variant", "normal"), ("font-weight", "normal"))


STRAIGHT_QUOTED = re.compile(r"""
    (?<![\w])(?P<mark>["'])(?=\S)(?P<inner>.*?\S)(?P=mark)(?![\w])   # "…" or '…'
    | (?<![\w])“(?P<double>.*?)”                                      # typographic double
    """, re.VERBOSE)


PROTECTED_TAG = re.compile("\x01(\\d+)\x02")


def parse_field(text: str) -> Node:
    """A field value with its CSL rich-text markup and its quotation marks as a tree (quotes
    may enclose markup: "<i>Title</i>"); unknown markup kept as text."""
    if "<" not in text and '"' not in text and "'" not in text and "“" not in text:
        return text  # the common case, told by four scans of the text (faster than a regex)
    tags: list[str] = []

    def protect(match: re.Match[str]) -> str:
        tags.append(match.group(0))
        return f"\x01{len(tags) - 1}\x02"
    protected = FIELD_TAG.sub(protect, text) if "<" in text else text
    parts = _quoted(protected, tags)
    return parts[0] if len(parts) == 1 else Span(parts)


def _restore(text: str, tags: list[str]) -> str:
    return PROTECTED_TAG.sub(lambda m: tags[int(m.group(1))], text) if tags else text


def _quoted(text: str, tags: list[str]) -> list[Node]:
    out: list[Node] = []
    position = 0
    for match in STRAIGHT_QUOTED.finditer(text):
        if match.start() > position:
            out.append(_markup(_restore(text[position:match.start()], tags)))
        inner = match.group("inner") or match.group("double") or ""
        out.append(Span(_quoted(inner, tags), quotes=True))
        position = match.end()
    if position < len(text):
        out.append(_markup(_restore(text[position:], tags)))
    return out


def _markup(text: str) -> Node:
    """The HTML-like tags of Appendix VI as spans. A nocase span inside another span that
    keeps its case adds nothing and is not built: a .bib value nested a thousand braces
    deep gives one span, not a tree deeper than the rendering's recursion allows."""
    if "<" not in text:
        return text
    root = Span([])
    # (tag, its span; or None for a redundant nocase span, with where it opened)
    stack: list[tuple[str, Span | None, int]] = [("", root, 0)]
    spans = [root]  # the spans of the stack, without the redundant entries
    position = 0
    for match in FIELD_TAG.finditer(text):
        if match.start() > position:
            spans[-1].children.append(text[position:match.start()])
        tag = match.group("tag").lower()
        if match.group("close"):
            if len(stack) > 1 and stack[-1][0] == tag:
                _, done, _ = stack.pop()
                if done is not None:
                    spans.pop()
                    spans[-1].children.append(done)
            else:
                spans[-1].children.append(match.group(0))
        else:
            attrs = match.group("attrs") or ""
            if tag == "span":
                if "nocase" in attrs:
                    if any(span.nocase for span in spans[1:]):
                        stack.append((tag, None, len(spans[-1].children)))
                        position = match.end()
                        continue
                    span = Span([], nocase=True)
                elif "nodecor" in attrs:
                    span = Span([], formatting=NO_DECORATION)
                elif "small-caps" in attrs:
                    span = Span([], formatting=SMALL_CAPS, nocase=True)
                else:
                    spans[-1].children.append(match.group(0))
                    position = match.end()
                    continue
            else:  # superscript, subscript and small caps keep their case (implicit nocase)
                span = Span([], formatting=TAG_FORMATTING[tag], nocase=tag in ("sc", "sup", "sub"))
            stack.append((tag, span, 0))
            spans.append(span)
        position = match.end()
    if position < len(text):
        spans[-1].children.append(text[position:])
    while len(stack) > 1:  # an unclosed tag: keep what it opened as text
        tag, open_span, opened_at = stack.pop()
        if open_span is None:
            spans[-1].children.insert(opened_at, f"<{tag}>")
            continue
        spans.pop()
        spans[-1].children.append(f"<{tag}>")
        spans[-1].children.extend(open_span.children)
    return root
