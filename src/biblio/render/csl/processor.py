"""CSL 1.0.2 §Citation and §Bibliography: the passes around the compiled layouts — item
preparation, citation numbers, positions, disambiguation, cite sorting and collapsing,
subsequent-author-substitute — returning rendered strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .collapsing import collapse
from .context import Context
from .dates import DateValue, read_date
from .disambiguation import disambiguate
from .names import Name, read_name
from .note_variables import note_variables
from .output import Quotes, serialize
from .positions import assign_positions
from .richtext import Node, Span, find_role, is_empty, plain_text
from .sorting import DATE_VARIABLES, NAME_VARIABLES, sort_items
from .style import CompiledStyle, Layout, Section


ALIASES = {"journalAbbreviation": "container-title-short", "shortTitle": "title-short"}
"""CSL-JSON as Zotero writes it: the older names of the short-form variables."""


def prepare_item(item: dict[str, Any]) -> dict[str, Any]:
    """The item with its names and dates read once, so rendering never parses them again."""
    return with_implied({key: read_value(key, value) for key, value in item.items()}, item)


def with_implied(item: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """`item` (its values read) with the variables `given` (the item as it came) implies:
    Zotero's older names of the short forms, then the `name: value` lines of its note,
    which only fill what the item lacks."""
    for alias, name in ALIASES.items():
        if given.get(alias) and not given.get(name):
            item[name] = item[alias]
    if isinstance(given.get("note"), str) and ":" in given["note"]:
        for key, value in note_variables(given["note"]).items():
            if key not in item:
                item[key] = read_value(key, value)
    return item


def read_value(key: str, value: Any) -> Any:
    """A CSL-JSON variable's value as the engine holds it: names and dates read (the empty
    names dropped), numbers as strings."""
    if key in NAME_VARIABLES and isinstance(value, list):
        return [n for n in map(_read_name, value) if n.literal or n.family or n.given]
    if key in DATE_VARIABLES:
        return _read_date(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def typed_key(value: Any) -> Any:
    """`value` as a key telling 1, 1.0 and True apart (equal, but read differently), lists
    as tuples; TypeError for what cannot be a key."""
    if isinstance(value, list):
        return tuple(map(typed_key, value))
    hash(value)
    return type(value), value


def _read_name(value: Any) -> Name:
    """`read_name`, remembered for a CSL-JSON name: the same people recur across items."""
    if isinstance(value, dict):
        try:
            return _name_of(tuple((key, typed_key(part)) for key, part in value.items()))
        except TypeError:  # a part no key can hold: read each time
            pass
    return read_name(value)


def _read_date(value: Any) -> DateValue | None:
    """`read_date`, remembered for a CSL-JSON date: years and ranges recur across items."""
    if isinstance(value, dict):
        try:
            return _date_of(tuple((key, typed_key(part)) for key, part in value.items()))
        except TypeError:
            pass
    return read_date(value)


@lru_cache(maxsize=1 << 14)
def _name_of(key: tuple[tuple[str, Any], ...]) -> Name:
    return read_name({name: _untyped(part) for name, part in key})


@lru_cache(maxsize=1 << 14)
def _date_of(key: tuple[tuple[str, Any], ...]) -> DateValue | None:
    return read_date({name: _untyped(part) for name, part in key})


def _untyped(key: Any) -> Any:
    """The value `typed_key` made `key` of (tuples back to lists, as the readers test lists)."""
    if isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], type):
        return key[1]
    return [_untyped(part) for part in key]


@dataclass(slots=True)
class ItemState:
    """What the passes decided for one item: number, year suffix, disambiguation settings."""

    citation_number: int = 0
    year_suffix: str = ""
    names_added: int = 0
    name_levels: dict[Any, int] = field(default_factory=dict)
    disambiguate: bool = False


class Processor:
    """Renders citations and a bibliography for a set of CSL-JSON items with one compiled style."""

    def __init__(self, style: CompiledStyle, items: list[dict[str, Any]], output: str = "html",
                 *, prepared: bool = False) -> None:
        """`items` as CSL-JSON, or with `prepared` as `prepare_item` returns them (not read again)."""
        self.style = style
        self.output = output
        self.items: dict[str, dict[str, Any]] = {}
        for item in items:
            self.items[str(item.get("id"))] = item if prepared else prepare_item(item)
        self.state: dict[str, ItemState] = {key: ItemState() for key in self.items}
        quotes_locale = style.locale
        self.quotes = Quotes(quotes_locale.text("open-quote") or "“", quotes_locale.text("close-quote") or "”",
                             quotes_locale.text("open-inner-quote") or "‘",
                             quotes_locale.text("close-inner-quote") or "’",
                             quotes_locale.options.get("punctuation-in-quote") == "true")
        self.registered: list[str] = list(self.items)
        self.sorted = False
        self.warnings: list[tuple[str, str]] = []
        """(item id, what happened) for what the style could not print: read, never printed."""

    # -- contexts -------------------------------------------------------------------------
    def context(self, key: str, cite: dict[str, Any] | None = None, mode: str = "bibliography") -> Context:
        ctx = Context(self.items[key], cite, mode)
        state = self.state[key]
        ctx.citation_number = state.citation_number
        ctx.year_suffix = state.year_suffix
        ctx.names_added = state.names_added
        ctx.name_levels = state.name_levels
        ctx.disambiguate = state.disambiguate
        return ctx

    @staticmethod
    def layout_for(section: Section, ctx: Context) -> Layout:
        """The layout of `section` for the item's language (CSL-M's `<layout locale>`)."""
        return section.layout_for(str(ctx.item.get("language") or ""))

    def render_item(self, section: Section, ctx: Context) -> Node | None:
        """The item of a context used before, rendered again from a clean state."""
        ctx.reset()
        return self.layout_for(section, ctx).render(ctx)

    def text(self, node: Node | None) -> str:
        return serialize(node, self.output, self.quotes)

    # -- registration ------------------------------------------------------------------------
    def register(self, order: list[str]) -> None:
        """Items in first-cited order; citation numbers, then bibliography order, then suffixes."""
        seen = list(dict.fromkeys(k for k in order if k in self.items))
        self.registered = seen
        for number, key in enumerate(seen, 1):
            self.state[key].citation_number = number
        self.sorted = False
        if self.style.order_matters:
            self.sort_bibliography()
        disambiguate(self)

    def order(self) -> list[str]:
        """The registered items in bibliography order."""
        if not self.sorted:
            self.sort_bibliography()
        return self.registered

    def sort_bibliography(self) -> None:
        """Bibliography order; citation numbers follow it unless it sorts by them."""
        self.sorted = True
        bibliography = self.style.bibliography
        if bibliography is None or not bibliography.sort:
            return
        ordered = sort_items(self.registered, bibliography.sort, lambda k: self.context(k))
        if bibliography.sort[0].variable != "citation-number":
            for number, key in enumerate(ordered, 1):
                self.state[key].citation_number = number
        self.registered = ordered

    # -- bibliography -------------------------------------------------------------------------
    def bibliography_nodes(self, keys: list[str] | None = None) -> Iterator[Node | None]:
        """The entries' trees one by one: each is written out before the next is built, so
        that no tree outlives its entry (thousands alive at once cost the garbage collector
        more than building them)."""
        section = self.style.bibliography
        if section is None:
            return
        keys = self.order() if keys is None else keys
        substitute = section.options.get("subsequent-author-substitute")
        rule = section.options.get("subsequent-author-substitute-rule", "complete-all")
        previous_names: str | None = None
        for key in keys:
            ctx = self.context(key)  # new: nothing to reset, as render_item does
            layout = self.layout_for(section, ctx)
            node = layout.render(ctx)
            if is_empty(node):
                self.warnings.append((key, "the style prints nothing for it in the bibliography"))
                continue
            node = capitalize_leading_term(node)
            if node is not None:
                suffix = layout.suffix
                last_block = _last_display(node) if suffix else None
                if last_block is not None:  # the entry's suffix inside its last block, as citeproc-js
                    last_block.children.append(suffix)
                    suffix = ""
                if layout.prefix or suffix:
                    node = Span([node], prefix=layout.prefix, suffix=suffix)
                if layout.formatting:
                    node = Span([node], formatting=layout.formatting)
            if substitute is not None and node is not None:
                previous_names = _substitute_author(node, previous_names, substitute, rule)
            yield node

    def bibliography(self, keys: list[str] | None = None) -> list[str]:
        return [self.text(node) for node in self.bibliography_nodes(keys)]

    # -- citations ----------------------------------------------------------------------------
    def citations(self, clusters: list[list[dict[str, Any]]], notes: list[int] | None = None) -> list[str]:
        """Each cluster (a list of cites: id, locator, label, prefix, suffix) rendered as one citation."""
        notes = notes or list(range(1, len(clusters) + 1))
        section = self.style.citation
        self.register([str(c["id"]) for cluster in clusters for c in cluster])
        clusters = [self._sorted_cluster(section, cluster) for cluster in clusters]
        distance = int(section.options.get("near-note-distance", 5))
        positions = assign_positions(list(zip(notes, clusters)), distance, self.style.style_class == "note")
        out = []
        for cluster, cluster_positions in zip(clusters, positions):
            out.append(self.text(self.render_cluster(section, cluster, cluster_positions)))
        return out

    def _sorted_cluster(self, section: Section, cluster: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.warnings.extend((str(c.get("id")), "cited, but there is no such item")
                             for c in cluster if str(c.get("id")) not in self.items)
        cluster = [c for c in cluster if str(c.get("id")) in self.items]
        if not section.sort:
            return cluster
        return sort_items(cluster, section.sort, lambda c: self.context(str(c["id"]), c, "citation"))

    def cite_context(self, cite: dict[str, Any], position: tuple[int, bool, int | None]) -> Context:
        ctx = self.context(str(cite["id"]), cite, "citation")
        ctx.position, ctx.near_note, ctx.first_note = position
        return ctx

    def render_cluster(self, section: Section, cluster: list[dict[str, Any]],
                       positions: list[tuple[int, bool, int | None]],
                       each: Callable[[dict[str, Any], Node | None], Node | None] | None = None) -> Node | None:
        """One citation; `each`, when given, may change a cite's rendering before the cites are
        joined (a caller's rule the style cannot state)."""
        rendered: list[tuple[dict[str, Any], Node | None, Context]] = []
        layout: Layout = section.default
        for cite, position in zip(cluster, positions):
            ctx = self.cite_context(cite, position)  # new: nothing to reset
            layout = self.layout_for(section, ctx)
            node = layout.render(ctx)
            if each is not None:
                node = each(cite, node)
            if self.style.style_class == "note" and node is not None and _starts_sentence(cite, not rendered):
                node = capitalize_leading_term(node)
            if is_empty(node):
                self.warnings.append((str(cite["id"]), "the style prints nothing for this cite"))
                node = Span([""], role="affixes-only") if cite.get("prefix") or cite.get("suffix") else NO_PRINTED_FORM
            rendered.append((cite, node, ctx))
        pieces = collapse(self, section, layout, rendered)
        if not pieces:
            return None
        return Span([Span(pieces, prefix=layout.prefix, suffix=layout.suffix)], formatting=layout.formatting)


NO_PRINTED_FORM = Span(["[CSL STYLE ERROR: reference with no printed form.]"], role="no-printed-form")
"""What an item renders as when the style prints nothing for it (as citeproc-js marks it)."""


SENTENCE_END = (".", "!", "?")
WORDY = re.compile(r"\w")


def _starts_sentence(cite: dict[str, Any], first: bool) -> bool:
    """After no prefix (first cite) or a prefix of several words ending a sentence."""
    prefix = str(cite.get("prefix") or "").strip().rstrip("”’\"')")
    if not prefix:
        return first
    return prefix.endswith(SENTENCE_END) and len(prefix.split()) > 1


def capitalize_leading_term(node: Node) -> Node:
    """A note or a bibliography entry that begins with a term begins with a capital ("ibid." →
    "Ibid.", APA's "(N.d.-a)"), as in citeproc-js, where affixes of punctuation do not count as
    a beginning; the compiled term itself is shared, so the path to it is copied, never changed.
    One walk down the first pieces, without a call a level (every entry and note takes it)."""
    path: list[tuple[Span, int]] = []
    in_term = False
    leaf = node
    while leaf.__class__ is not str:
        if leaf.prefix and WORDY.search(leaf.prefix):
            return node
        for index, child in enumerate(leaf.children):
            if child.__class__ is str:
                if child:
                    break
            elif child is not None and child.children:
                break
        else:
            return node
        in_term = in_term or leaf.role == "term"
        path.append((leaf, index))
        leaf = child
    if not (in_term and leaf[:1].islower()):
        return node
    changed: Node = leaf[0].upper() + leaf[1:]
    for span, index in reversed(path):
        children = list(span.children)
        children[index] = changed
        changed = Span(children, prefix=span.prefix, suffix=span.suffix, formatting=span.formatting,
                       quotes=span.quotes, display=span.display, nocase=span.nocase, role=span.role)
    return changed


def _last_display(node: Node) -> Span | None:
    """The display block (§Display) an entry ends with, if it ends with one."""
    while isinstance(node, Span) and not node.suffix:
        if node.display:
            return node
        for child in reversed(node.children):
            if child.__class__ is str:
                if child:
                    break
            elif child is not None and child.children:
                break
        else:
            return None
        node = child
    return None


def _substitute_author(node: Node, previous: str | None, substitute: str, rule: str) -> str | None:
    """§Bibliography subsequent-author-substitute: repeated names replaced by the substitute."""
    element = find_role(node, "names")
    if element is None:
        return None
    names = find_role(element, "name-list") or element  # the label stays; a substitute is replaced whole
    text = plain_text(names)
    if previous is not None and text == previous:
        if substitute:
            names.children = [substitute]
        else:
            names.children = []
    return text
