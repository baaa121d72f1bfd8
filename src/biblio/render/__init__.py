"""Render a Document's notes and bibliography in a CSL style, through biblio's own CSL
processor (`biblio.render.csl`).

`render(document, style="gost"|"chicago"|PATH, output="text"|"html"|"markdown",
**options) -> Rendered`: one string per note (notes without cites keep their
text), one per bibliography entry, and the problems met, as data. Around one
engine call: positions (first, subsequent, ibid) are computed by biblio from the
notes; GOST items are prepared and its repeats decided in `biblio.render.gost`;
Chicago items are prepared by `biblio.render.chicago.prepare` (romanization, short
titles) when that module is present.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from biblio import collector
from biblio.errors import StyleError, UsageError
from biblio.formats import as_document
from biblio.formats.bibinherit import is_data_only
from biblio.languages import language_tag
from biblio.model import Cite, Document, Item, Note, Problem
from biblio.render import chicago_bibliography, gost, styles
from biblio.render.collation import CYRILLIC_FIRST, collation_key
from biblio.render.csl import CompiledStyle, Processor
from biblio.render.csl.positions import FIRST, IBID, IBID_WITH_LOCATOR, SUBSEQUENT
from biblio.render.csl.richtext import Node
from biblio.render.intake import engine_item
from biblio.render.output import check_output, plain, write
from biblio.render.positions import CitePosition, note_positions

__all__ = ["Rendered", "render"]

MARKED = "marked"
"""The engine's output with formatting as marker characters; `output.write` writes it out as
HTML or Markdown. Plain text is written by the engine itself: its formatting leaves no tokens
to write and no markers to take out again."""

POSITIONS = {"first": FIRST, "subsequent": SUBSEQUENT, "ibid": IBID,
             "ibid-with-locator": IBID_WITH_LOCATOR}

SHORT = "\x00short-container"
"""Appended to an item's id for its copy whose container is named by main title (GOST)."""


@dataclass
class Rendered:
    """Notes and bibliography as strings in the requested output, plus problems."""

    notes: list[str] = field(default_factory=list)
    bibliography: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def render(
    document_or_items: Document | list[Item],
    style: str | Path = "gost",
    output: str = "text",
    **options: Any,
) -> Rendered:
    """The notes and bibliography of a Document (or a list of items: bibliography only).

    Options: for "gost" those of `biblio.render.gost.GostOptions`; for "chicago"
    those of `biblio.render.chicago.prepare`; for every style `near_note_distance`
    (CSL near-note, default 5) and `parts` ("notes", "bibliography" or "both", the
    default: what to render; the other list stays empty).

    The cycle collector is paused meanwhile: rendering builds acyclic data (the engine's
    items, trees, strings) that reference counting frees, and the collector's walks over
    the items made so far took a fifth to a third of the time (2026-12-06, session 23).
    """
    with collector.paused():
        return _render(document_or_items, style, output, options)


def _render(document_or_items: Document | list[Item], style: str | Path, output: str,
            options: dict[str, Any]) -> Rendered:
    """`render`'s work, `options` taken apart here."""
    target = check_output(output)
    chicago = str(style) == "chicago"
    problems: list[Problem] = []
    document = _with_language_tags(as_document(document_or_items), problems)
    near_note_distance = options.pop("near_note_distance", 5)
    if isinstance(near_note_distance, bool) or not isinstance(near_note_distance, int):
        raise UsageError(f"near_note_distance is a whole number, not {near_note_distance!r}")
    parts = options.pop("parts", "both")
    if parts not in ("notes", "bibliography", "both"):
        raise UsageError(f'parts must be "notes", "bibliography" or "both", not {parts!r}')
    gost_options: gost.GostOptions | None = None
    tweaks: tuple[styles.Tweak, ...] = ()
    items = dict(document.items)
    if _is_gost(style):
        gost_options = gost.GostOptions.from_options(options)
        tweaks = gost_options.style_tweaks()
        items = {key: gost.prepare_item(item, gost_options) for key, item in items.items()}
    elif chicago:
        style = _chicago_style(options)
        document = _prepare_chicago(document, options, problems,
                                    parts != "bibliography" and _cites_an_item_again(document.notes))
        items = dict(document.items)
    elif options:
        raise UsageError(f"options {', '.join(sorted(options))} do not apply to style {str(style)!r}")
    listed = _bibliography_order(document, items)
    collected = listed
    if chicago:
        collected, found = chicago_bibliography.with_collections(listed, options.get("profile", "ala-lc"))
        problems.extend(found)
    renderer = _Renderer(styles.load_style(style, tweaks), items, gost_options, problems,
                         document.notes if parts != "bibliography" else [], collected,
                         capitalize=gost_options is not None or chicago,
                         output="text" if target == "text" else MARKED)
    notes = renderer.notes(document.notes, near_note_distance) if parts != "bibliography" else []
    bibliography: list[str] = []
    if parts != "notes" and chicago:  # archival files as collections, filed as CMOS 14.221, 16.61
        bibliography = renderer.bibliography(collected, order=chicago_bibliography.sort_key)
    elif parts != "notes":
        bibliography = renderer.bibliography(listed)
    if target != "text":  # plain text is written by the engine itself
        notes = [write(text, target) for text in notes]
        bibliography = [write(text, target) for text in bibliography]
    return Rendered(notes=notes, bibliography=bibliography, problems=problems)


def _with_language_tags(document: Document, problems: list[Problem]) -> Document:
    """The document with each item's `language` as a BCP 47 tag ("Russian" → "ru"),
    so that terms, transliteration and title case follow it; the input is not changed.
    A language no table knows is left as written and reported."""
    items = {}
    for key, item in document.items.items():
        language = item.get("language")
        tag = language_tag(language)
        if tag is None and language is not None:
            problems.append(Problem(f"item {item.id!r}", f"language {language!r} is not a "
                                    "language tag or name biblio knows; the style's default "
                                    "terms are used"))
        if tag is not None and tag != language:
            item = Item(item.id, item.type, {**item.fields, "language": tag})
        items[key] = item
    return replace(document, items=items)


def _is_gost(style: str | Path) -> bool:
    if str(style) == "gost":
        return True
    try:
        return styles.resolve_style(style).resolve() == styles.resolve_style("gost").resolve()
    except StyleError:
        return False


def _prepare_chicago(document: Document, options: dict[str, Any], problems: list[Problem],
                     shortened_notes: bool) -> Document:
    """`biblio.render.chicago.prepare` (transliteration, archival units), when present.
    Without `shortened_notes` (no note is rendered, or each item is cited once and so only in
    a full note: CSL position "first") no short title is made: only shortened notes print one."""
    try:
        from biblio.render.chicago import prepare
    except ImportError:
        if options:
            raise UsageError(f"options {', '.join(sorted(options))} need biblio.render.chicago, "
                             "which is not installed") from None
        problems.append(Problem("style chicago", "biblio.render.chicago is missing: Russian "
                                "items are rendered without transliteration"))
        return document
    prepared: Callable[..., Document] = prepare
    accepted = inspect.signature(prepared).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in accepted.values())
    unknown = [name for name in options if name not in accepted and not takes_any]
    if unknown:
        raise UsageError(f"unknown Chicago option(s) {', '.join(sorted(unknown))}")
    if not shortened_notes and options.get("short_titles", True) is True:
        options = {**options, "short_titles": False}
    result = prepared(document, **options)
    problems.extend(p for p in result.problems if p not in document.problems)
    return result


def _cites_an_item_again(notes: list[Note]) -> bool:
    """Whether some item is cited more than once: only a later cite of an item is
    shortened (CSL positions "subsequent", "ibid" and "ibid-with-locator")."""
    cited: set[str] = set()
    for note in notes:
        for cite in note.cites:
            if cite.item in cited:
                return True
            cited.add(cite.item)
    return False


def _chicago_style(options: dict[str, Any]) -> str | Path:
    """The Chicago style file the options ask for ("Ibid." variant with ibid=True)."""
    try:
        from biblio.render.chicago import style_file
    except ImportError:
        return "chicago"
    return styles.styles_dir() / style_file(ibid=bool(options.get("ibid", False)))


def _bibliography_order(document: Document, items: dict[str, Item]) -> list[Item]:
    """Items in order of first citation, then the uncited ones in document order."""
    order: dict[str, None] = {}
    for note in document.notes:
        for cite in note.cites:
            if cite.item in items:
                order.setdefault(cite.item)
    for key in items:
        order.setdefault(key)
    return [items[key] for key in order if not is_data_only(items[key])]


class _Renderer:
    """Renders the notes and bibliography of one document with one compiled style: biblio's
    steps (positions, GOST repeats) around one engine, `biblio.render.csl.Processor`."""

    def __init__(self, style: CompiledStyle, items: dict[str, Item],
                 gost_options: gost.GostOptions | None, problems: list[Problem],
                 notes: list[Note], listed: list[Item], *, capitalize: bool = False,
                 output: str = MARKED) -> None:
        """The engine holds every item (and GOST's copies with short containers, for the
        `notes`, and Chicago's archival collections among `listed`), registered in
        bibliography order (`listed`): citation numbers and year suffixes are the same in
        notes and bibliography. With `capitalize`, a note opens like a sentence ("De Lattre
        de Tassigny, 135.", CMOS 8.5; "Там же"). The engine writes `output` ("text" or
        `MARKED`)."""
        self.style = style
        self.items = items
        self.gost = gost_options
        self.problems = problems
        self.capitalize = capitalize
        self.shortened: dict[str, str] = {}
        """Item id → the id of its copy with a shortened container, for its first cite."""
        self._rendered: dict[tuple[Any, ...], tuple[str, list[tuple[str, str]]]] = {}
        """A note's cites and their positions → the engine's text and warnings
        (`_cluster_text`)."""
        extra: list[Item] = []
        if gost_options is not None and gost_options.short_containers:
            extra = self._short_containers(notes)
        extra += [item for item in listed if item.id not in items]
        self.processor = Processor(style, [engine_item(item) for item in [*items.values(), *extra]],
                                   output=output, prepared=True)
        self.processor.register([item.id for item in listed])

    def _short_containers(self, notes: list[Note]) -> list[Item]:
        """GOST: the copies of items whose first cite names a container already described."""
        containers = gost.ContainerMemory(self.gost.ellipsis_mark if self.gost else "")
        cited: set[str] = set()
        copies = []
        for note in notes:
            for cite in note.cites:
                item = self.items.get(cite.item)
                if item is None:
                    continue
                if cite.item not in cited:
                    cited.add(cite.item)
                    shown = containers.shorten(item)
                    if shown is not item:
                        copies.append(replace(shown, id=item.id + SHORT))
                        self.shortened[item.id] = item.id + SHORT
                containers.remember(item)
        return copies

    def warnings(self, since: int, where: str) -> None:
        """The engine's warnings after `since`, as problems naming `where` and the item."""
        for key, message in self.processor.warnings[since:]:
            self.problems.append(Problem(f"{where}item {key.removesuffix(SHORT)!r}", message))

    def notes(self, notes: list[Note], near_note_distance: int) -> list[str]:
        positions = note_positions(notes, near_note_distance=near_note_distance)
        return [self.note(note, note_positions_) for note, note_positions_ in zip(notes, positions)]

    def note(self, note: Note, positions: list[CitePosition]) -> str:
        cluster: list[dict[str, Any]] = []
        places: list[tuple[int, bool, int | None]] = []
        for cite, position in zip(note.cites, positions):
            item = self.items.get(cite.item)
            if item is None:
                self.problems.append(Problem(f"{note.name}, item {cite.item!r}",
                                             "cites an item the document does not hold"))
                continue
            key, levels = cite.item, None
            if position.position == "first":
                key = self.shortened.get(key, key)
            if self.gost is not None and self.gost.archive_ibid and position.previous is not None:
                previous = self.items.get(position.previous.item)
                levels = gost.differing_levels(item, previous) if previous is not None else None
                if levels:
                    position = gost.archive_ibid_position(position, bool(cite.locator))
            locator = cite.locator
            if self.gost is not None and locator:
                locator = gost.range_dashes(locator, self.gost)
            cluster.append(_cite(cite, key, levels, locator))
            places.append((POSITIONS[position.position], position.near_note, position.first_note))
        since = len(self.processor.warnings)
        text = self._cluster_text(cluster, places) if cluster else ""
        if len(self.processor.warnings) > since:  # the note's name only when it is needed
            self.warnings(since, f"{note.name}, ")
        if self.capitalize:
            text = gost.capitalize_note(text)
        extra = note.comment if note.cites else (note.comment or note.text or "")
        if note.leftover:
            self.problems.append(Problem(
                note.name, "text not understood when the note was parsed is not "
                "rendered: " + " | ".join(part.text for part in note.leftover)))
        return " ".join(part for part in (text, extra) if part)

    def _cluster_text(self, cluster: list[dict[str, Any]],
                      places: list[tuple[int, bool, int | None]]) -> str:
        """The engine's text of one note's cites, and its warnings; a cluster rendered
        before, the same cites at the same positions ("Ibid., 12." after the same work, a
        short note repeated word for word), is not rendered again: what the engine makes
        of a cite is its item's (fixed once the items are registered), the cite's and the
        position's alone. Its warnings are given again, as each note that has them says."""
        key = (tuple(tuple((name, tuple(value) if name == ARCHIVE_LEVELS else value)
                           for name, value in cite.items()) for cite in cluster),
               tuple(places))
        rendered = self._rendered.get(key)
        if rendered is None:
            since = len(self.processor.warnings)
            node = self.processor.render_cluster(self.style.citation, cluster, places,
                                                 each=self._archive_ibid if self.gost else None)
            rendered = self._rendered[key] = (self.processor.text(node) if node is not None
                                              else "", self.processor.warnings[since:])
        else:
            self.processor.warnings.extend(rendered[1])
        return rendered[0]

    def _archive_ibid(self, cite: dict[str, Any], node: Node | None) -> Node | None:
        """GOST: the archival levels that differ from the previous file after "Там же"."""
        levels = cite.get(ARCHIVE_LEVELS)
        if not levels or node is None or self.gost is None:
            return node
        return gost.insert_after_ibid(node, levels, self.gost.archival_separator)

    def bibliography(self, items: list[Item],
                     order: Callable[[Item], Any] | None = None) -> list[str]:
        """The entries, in `order` (a sort key of items) when given, else the style's."""
        if self.style.bibliography is None:
            return []
        since = len(self.processor.warnings)
        if order is not None:
            entries = self.processor.bibliography([item.id for item in sorted(items, key=order)])
        elif self.gost is None:
            entries = self.processor.bibliography()
        else:  # archival files first, then by GOST's collation (Cyrillic before Latin)
            rendered = [(item, self.processor.bibliography([item.id])) for item in items]
            rendered.sort(key=lambda pair: (not gost.is_archival(pair[0]),
                                            collation_key(plain("".join(pair[1])), CYRILLIC_FIRST)))
            entries = [text for _, texts in rendered for text in texts]
        self.warnings(since, "bibliography, ")
        return entries


def _cite(cite: Cite, key: str, levels: list[str] | None, locator: str | None) -> dict[str, Any]:
    """A cite as the engine reads it, with `locator` for its own (GOST's dashes); a lead-in
    and a commentary stand apart by a space unless the commentary begins with punctuation."""
    out: dict[str, Any] = {"id": key}
    if locator:
        out["locator"] = locator
        out["label"] = cite.label or "page"
    if cite.prefix:
        out["prefix"] = cite.prefix.rstrip() + " "
    if cite.suffix:
        out["suffix"] = cite.suffix if cite.suffix[:1] in ",.;:)" else " " + cite.suffix.lstrip()
    if levels:
        out[ARCHIVE_LEVELS] = levels
    return out


ARCHIVE_LEVELS = "biblio-archive-levels"
"""A cite's key holding the archival levels GOST prints after "Там же" (`gost.differing_levels`)."""


