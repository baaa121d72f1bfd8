"""CSL 1.0.2 §Citation, cite grouping and collapsing: citation-number ranges, cites by the same
names grouped (year), and same-year cites reduced to their year-suffix (year-suffix, -ranged).
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .richtext import Node, Span, find_role, is_empty, join, parse_field, plain_text

Rendered = tuple[dict[str, Any], "Node | None", Context]


def with_affixes(cite: dict[str, Any], node: Node | None) -> Node | None:
    """A cite's own prefix and suffix (which may hold CSL rich text) around its rendering."""
    if is_empty(node):
        return None
    prefix, suffix = cite.get("prefix") or "", cite.get("suffix") or ""
    if not prefix and not suffix:
        return node
    children: list[Node] = []
    if prefix:
        children.append(parse_field(prefix))
    children.append(node)  # type: ignore[arg-type]
    if suffix:
        children.append(parse_field(suffix))
    return Span(children)


def collapse(processor: Any, section: Any, layout: Any, rendered: list[Rendered]) -> list[Node]:
    """The cites of one citation joined, collapsed as the `<citation collapse>` asks."""
    mode = section.options.get("collapse", "")
    delimiter = layout.delimiter
    if mode == "citation-number":
        return _numbers(rendered, delimiter, section.options.get("after-collapse-delimiter", delimiter))
    if mode.startswith("year") or "cite-group-delimiter" in section.options:
        return _years(processor, section, rendered, mode, delimiter)
    out: list[Node] = []
    previous: dict[str, Any] | None = None
    for cite, node, _ in rendered:
        shown = with_affixes(cite, node)
        if is_empty(shown):
            continue
        if previous is not None:
            out.append(_delimiter_between(previous, cite, delimiter))
        out.append(shown)  # type: ignore[arg-type]
        previous = cite
    return out


def _delimiter_between(before: dict[str, Any], after: dict[str, Any], delimiter: str) -> str:
    """A cite's own affix that begins or ends with punctuation takes the delimiter's place
    ("…, 2000, and Jones", "… is one source, Jones")."""
    prefix = str(after.get("prefix") or "").lstrip()
    if prefix[:1] in PUNCTUATION and prefix:
        return ""
    suffix = str(before.get("suffix") or "").rstrip()
    if suffix[-1:] in PUNCTUATION and suffix:
        return delimiter[len(delimiter.rstrip()):] or (" " if delimiter else "")
    return delimiter


PUNCTUATION = frozenset(",;:.")


def _numbers(rendered: list[Rendered], delimiter: str, after: str) -> list[Node]:
    groups: list[list[tuple[int | None, Node]]] = []
    for cite, node, ctx in rendered:
        if is_empty(node):
            continue
        plain = find_role(node, "citation-number") is not None
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
    group_delimiter = section.options.get("cite-group-delimiter", ", ")
    after = section.options.get("after-collapse-delimiter", delimiter)
    suffix_delimiter = section.options.get("year-suffix-delimiter",
                                           section.options.get("cite-group-delimiter", delimiter))
    groups: dict[str, list[Rendered]] = {}
    order: list[str] = []
    for entry in rendered:
        cite, node, ctx = entry
        if is_empty(node):
            continue
        names = find_role(node, "names")
        key = plain_text(names) if names is not None else f"\x00{id(entry)}"
        if not section.sort and order and key != order[-1] and key in groups:
            key = f"{key}\x00{len(order)}"
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(entry)
    out: list[Node] = []
    for index, key in enumerate(order):
        members = groups[key]
        # year clusters: [first node, [suffix letters...]] per distinct year in a row
        clusters: list[tuple[Node, list[str], dict[str, Any]]] = []
        previous_year: str | None = None
        for position, (cite, node, ctx) in enumerate(members):
            ctx.reset()
            ctx.collapse_names = True
            short = processor.render_item(section, ctx)
            ctx.collapse_names = False
            year = _year_text(short)
            suffix = find_role(short, "year-suffix")
            plain = not cite.get("locator") and not cite.get("prefix") and not cite.get("suffix")
            if (position and mode != "year" and suffix is not None and year == previous_year and plain
                    and clusters and clusters[-1][1]):
                clusters[-1][1].append(plain_text(suffix))
                continue
            if position and is_empty(short):
                continue
            shown = with_affixes(cite, node if position == 0 or not mode else short)
            clusters.append((shown, [plain_text(suffix)] if suffix is not None and plain else [], cite))
            previous_year = year
        pieces: list[Node] = []
        for number, (shown, letters, cite) in enumerate(clusters):
            if number:
                previous_cite, previous_letters = clusters[number - 1][2], clusters[number - 1][1]
                collapsed = len(previous_letters) > 1 or cite.get("locator") or previous_cite.get("locator")
                pieces.append(after if collapsed else group_delimiter)
            pieces.append(shown)
            pieces.extend(_suffix_runs(letters, mode == "year-suffix-ranged", suffix_delimiter))
        if index:
            out.append(after)
        out.append(Span(pieces))
    return out


def _suffix_runs(letters: list[str], ranged: bool, delimiter: str) -> list[Node]:
    """The letters after the first (already shown): "b", "c" → ",b,c" or, ranged, "–c"."""
    if len(letters) < 2:
        return []
    out: list[Node] = []
    index = 0
    while index < len(letters):
        end = index
        while ranged and end + 1 < len(letters) and _successor(letters[end]) == letters[end + 1]:
            end += 1
        if end - index >= 2:
            if index:
                out += [delimiter, letters[index]]
            out += ["–", letters[end]]
            index = end + 1
            continue
        if index:
            out += [delimiter, letters[index]]
        index += 1
    return out


def _successor(letters: str) -> str:
    return letters[:-1] + chr(ord(letters[-1]) + 1) if letters and letters[-1] < "z" else letters + "a"


def _year_text(node: Node | None) -> str:
    text = plain_text(node)
    suffix = find_role(node, "year-suffix")
    return text.replace(plain_text(suffix), "") if suffix is not None else text
