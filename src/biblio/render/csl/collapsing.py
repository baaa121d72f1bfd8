"""CSL 1.0.2 §Citation, cite grouping and collapsing: citation-number ranges, cites by the same
names grouped (year), and same-year cites reduced to their year-suffix (year-suffix, -ranged).
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .richtext import Node, Span, is_empty, join, plain_text

Rendered = tuple[dict[str, Any], "Node | None", Context]


def _find(node: Node | None, role: str) -> Span | None:
    if node is None or isinstance(node, str):
        return None
    if node.role == role:
        return node
    for child in node.children:
        found = _find(child, role)
        if found is not None:
            return found
    return None


def collapse(processor: Any, section: Any, layout: Any, rendered: list[Rendered]) -> list[Node]:
    """The cites of one citation joined, collapsed as the `<citation collapse>` asks."""
    from .processor import with_affixes
    mode = section.options.get("collapse", "")
    delimiter = layout.delimiter
    if mode == "citation-number":
        return _numbers(rendered, delimiter, section.options.get("after-collapse-delimiter", delimiter))
    if mode.startswith("year"):
        return _years(processor, section, rendered, mode, delimiter)
    nodes = [with_affixes(cite, node) for cite, node, _ in rendered]
    return join([n for n in nodes if not is_empty(n)], delimiter)


def _numbers(rendered: list[Rendered], delimiter: str, after: str) -> list[Node]:
    from .processor import with_affixes
    groups: list[list[tuple[int | None, Node]]] = []
    for cite, node, ctx in rendered:
        if is_empty(node):
            continue
        number_span = _find(node, "citation-number")
        plain = plain_text(node) == plain_text(number_span) if number_span is not None else False
        number = ctx.citation_number if plain and not cite.get("prefix") and not cite.get("suffix") and not cite.get("locator") else None
        node = with_affixes(cite, node)
        if groups and number is not None and groups[-1][-1][0] is not None and groups[-1][-1][0] + 1 == number:
            groups[-1].append((number, node))
        else:
            groups.append([(number, node)])
    out: list[Node] = []
    for index, group in enumerate(groups):
        if index:
            out.append(delimiter)
        if len(group) >= 3:
            out.append(Span([group[0][1], "–", group[-1][1]]))
        else:
            out.extend(join([n for _, n in group], delimiter))
    return out


def _years(processor: Any, section: Any, rendered: list[Rendered], mode: str, delimiter: str) -> list[Node]:
    from .processor import with_affixes
    group_delimiter = section.options.get("cite-group-delimiter", ", ")
    after = section.options.get("after-collapse-delimiter", delimiter)
    suffix_delimiter = section.options.get("year-suffix-delimiter", delimiter)
    groups: dict[str, list[Rendered]] = {}
    order: list[str] = []
    for entry in rendered:
        cite, node, ctx = entry
        names = _find(node, "names")
        key = plain_text(names) if names is not None else f"\x00{id(entry)}"
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(entry)
    out: list[Node] = []
    for index, key in enumerate(order):
        members = groups[key]
        pieces: list[Node] = []
        previous_year: str | None = None
        for position, (cite, node, ctx) in enumerate(members):
            if is_empty(node):
                continue
            if position == 0 or key.startswith("\x00"):
                pieces.append(with_affixes(cite, node))
                previous_year = _year_text(node)
                continue
            ctx.reset()
            ctx.collapse_names = True
            short = processor.render_item(section, ctx)
            ctx.collapse_names = False
            year = _year_text(short)
            suffix = _find(short, "year-suffix")
            if (mode in ("year-suffix", "year-suffix-ranged") and suffix is not None and year == previous_year
                    and not cite.get("locator") and not cite.get("prefix") and not cite.get("suffix")):
                pieces.append(suffix_delimiter)
                pieces.append(Span(list(suffix.children)))
                continue
            previous_year = year
            pieces.append(group_delimiter)
            pieces.append(with_affixes(cite, short))
        if index:
            out.append(after if len(groups[order[index - 1]]) > 1 else delimiter)
        out.append(Span(pieces))
    return out


def _year_text(node: Node | None) -> str:
    text = plain_text(node)
    suffix = _find(node, "year-suffix")
    return text.replace(plain_text(suffix), "") if suffix is not None else text
