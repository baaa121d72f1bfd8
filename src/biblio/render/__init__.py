"""Render a Document's notes and bibliography in a CSL style, through citeproc-py.

`render(document, style="gost"|"chicago"|PATH, output="text"|"html"|"markdown",
**options) -> Rendered`: one string per note (notes without cites keep their
text), one per bibliography entry, and the problems met, as data. Positions
(first, subsequent, ibid) are computed by biblio from the notes; each cite is
rendered with the style variant of its item's language; GOST's repeats beyond CSL
are done in `biblio.render.gost`; Chicago items are first prepared by
`biblio.render.chicago.prepare` (transliteration) when that module is present.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from functools import cmp_to_key
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from biblio.errors import StyleError, UsageError
from biblio.formats import as_document
from biblio.formats.bibinherit import is_data_only
from biblio.languages import language_tag
from biblio.model import Cite, Document, Item, Note, Problem
from biblio.render import chicago_bibliography, engine, gost, others
from biblio.render.collation import CYRILLIC_FIRST, LATIN_FIRST, collation_key
from biblio.render.output import check_output, plain, write
from biblio.render.positions import CitePosition, note_positions
from biblio.render.punctuation import punctuation_into_quotes, tidy_punctuation

__all__ = ["Rendered", "render"]


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
    """
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
    tweaks: tuple[engine.Tweak, ...] = ()
    items = dict(document.items)
    if _is_gost(style):
        gost_options = gost.GostOptions.from_options(options)
        tweaks = gost_options.style_tweaks()
        items = {key: gost.prepare_item(item, gost_options) for key, item in items.items()}
    elif chicago:
        style = _chicago_style(options)
        document = _prepare_chicago(document, options, problems)
        items = dict(document.items)
    elif options:
        raise UsageError(f"options {', '.join(sorted(options))} do not apply to style {str(style)!r}")
    compiled = engine.load_style(style, tweaks)
    renderer = _Renderer(compiled, items, gost_options, problems)
    notes = renderer.notes(document.notes, near_note_distance) if parts != "bibliography" else []
    if chicago:  # a note opens like a sentence: "De Lattre de Tassigny, 135." (CMOS 8.5)
        notes = [gost.capitalize_note(text) if note.cites else text
                 for note, text in zip(document.notes, notes)]
    bibliography: list[str] = []
    if parts != "notes" and chicago:
        entries, found = chicago_bibliography.with_collections(
            _bibliography_order(document, items), options.get("profile", "ala-lc"))
        problems.extend(found)
        bibliography = renderer.bibliography(entries, order=chicago_bibliography.sort_key)
    elif parts != "notes":
        bibliography = renderer.bibliography(_bibliography_order(document, items))
    return Rendered(
        notes=[write(text, target) for text in notes],
        bibliography=[write(text, target) for text in bibliography],
        problems=problems,
    )


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
        return engine.resolve_style(style).resolve() == engine.resolve_style("gost").resolve()
    except StyleError:
        return False


def _prepare_chicago(document: Document, options: dict[str, Any],
                     problems: list[Problem]) -> Document:
    """`biblio.render.chicago.prepare` (transliteration, archival units), when present."""
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
    result = prepared(document, **options)
    problems.extend(p for p in result.problems if p not in document.problems)
    return result


def _chicago_style(options: dict[str, Any]) -> str | Path:
    """The Chicago style file the options ask for ("Ibid." variant with ibid=True)."""
    try:
        from biblio.render.chicago import style_file
    except ImportError:
        return "chicago"
    return engine.styles_dir() / style_file(ibid=bool(options.get("ibid", False)))


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
    """Renders cites and entries of one document with one compiled style."""

    def __init__(self, style: engine.CompiledStyle, items: dict[str, Item],
                 gost_options: gost.GostOptions | None, problems: list[Problem]) -> None:
        self.style = style
        self.items = items
        self.gost = gost_options
        self.problems = problems
        self._references: dict[str, Any] = {}

    def reference(self, item: Item) -> Any:
        found = self._references.get(item.id)
        if found is None or found[0] is not item:
            found = (item, engine.to_reference(item))
            self._references[item.id] = found
        return found[1]

    def et_al(self, text: str, variant: engine.Variant, item: Item) -> str:
        """BibTeX's "and others" as the variant's et-al term (biblio.render.others)."""
        if others.MARK not in text:
            return text
        comma = self.gost is None and others.comma_before(item)
        return others.replace_mark(text, variant.term("et-al"), variant.term("and"), comma)

    def notes(self, notes: list[Note], near_note_distance: int) -> list[str]:
        positions = note_positions(notes, near_note_distance=near_note_distance)
        containers = gost.ContainerMemory(self.gost.ellipsis_mark if self.gost else "")
        out = []
        for note, note_positions_ in zip(notes, positions):
            cites = [self.cite(note, cite, position, containers)
                     for cite, position in zip(note.cites, note_positions_)]
            text = engine.join_cites(self.style, cites)
            extra = note.comment if note.cites else (note.comment or note.text or "")
            text = " ".join(part for part in (text, extra) if part)
            if note.leftover:
                self.problems.append(Problem(
                    note.name, "text not understood when the note was parsed is not "
                    "rendered: " + " | ".join(part.text for part in note.leftover)))
            text = tidy_punctuation(text)
            if self.style.default.punctuation_in_quote:  # the layout's suffix after a quote
                text = punctuation_into_quotes(text, self.style.default.close_quotes)
            if self.gost is not None and note.cites:
                text = gost.capitalize_note(text)
            out.append(text)
        return out

    def cite(self, note: Note, cite: Cite, position: CitePosition,
             containers: gost.ContainerMemory) -> str:
        item = self.items.get(cite.item)
        where = f"{note.name}, item {cite.item!r}"
        if item is None:
            self.problems.append(Problem(where, "cites an item the document does not hold"))
            return f"[{cite.item}]"
        variant = self.style.variant(_language(item))
        shown, levels, locator = item, None, cite.locator
        if self.gost is not None:
            if locator is not None:
                locator = gost.range_dashes(locator, self.gost)
            if self.gost.short_containers and position.position == "first":
                shown = containers.shorten(item)
            previous = self.items.get(position.previous.item) if position.previous else None
            if self.gost.archive_ibid and previous is not None:
                levels = gost.differing_levels(item, previous)
            if levels:
                position = gost.archive_ibid_position(position)
            containers.remember(item)
        try:
            text = engine.render_cite(variant, self.reference(shown), position=position,
                                      locator=locator, label=cite.label)
        except Exception as error:  # noqa: BLE001 — a citeproc-py defect must not stop a document
            self.problems.append(Problem(where, f"citeproc-py failed ({type(error).__name__}: "
                                                f"{error}); the item is given by its title"))
            text = str(item.get("title") or item.id)
        text = literal_date_once(self.et_al(text, variant, item), item)
        if levels:
            text = gost.insert_after_ibid(text, _capitalized(variant.term("ibid")), levels,
                                          self.gost.archival_separator if self.gost else ", ")
        return _affix(cite.prefix, text, cite.suffix)

    def bibliography(self, items: list[Item],
                     order: Callable[[Item], Any] | None = None) -> list[str]:
        """The entries, in `order` (a sort key of items) when given, else the style's."""
        if not self.style.has_bibliography:
            return []
        entries: list[tuple[Item, engine.Entry]] = []
        by_keys = (self.gost is None and order is None and self.style.sorts_bibliography
                   and not self.style.sorts_by_citation_number)
        for item in items:
            variant = self.style.variant(_language(item))
            try:
                entry = engine.render_entry(variant, self.reference(item), sort_values=by_keys)
            except Exception as error:  # noqa: BLE001 — as in cite()
                self.problems.append(Problem(f"bibliography, item {item.id!r}",
                                             f"citeproc-py failed ({type(error).__name__}: {error})"))
                entry = engine.Entry(str(item.get("title") or item.id), None, [])
            entry.text = tidy_punctuation(literal_date_once(
                self.et_al(entry.text, variant, item), item))
            if entry.first_names:
                entry.first_names = self.et_al(entry.first_names, variant, item)
            entries.append((item, entry))
        if self.gost is not None:
            entries.sort(key=lambda pair: (not gost.is_archival(pair[0]),
                                           collation_key(plain(pair[1].text), CYRILLIC_FIRST)))
        elif order is not None:
            entries.sort(key=lambda pair: order(pair[0]))
        elif by_keys:
            entries.sort(key=cmp_to_key(_by_sort_keys))
        return [text for text in _substitute_authors(
            [entry for _, entry in entries], self.style.author_substitute) if text]


def _by_sort_keys(left: tuple[Item, engine.Entry], right: tuple[Item, engine.Entry]) -> int:
    """The style's sort keys compared by locale collation (citeproc-py compares them
    by code point); empty values last whatever the direction; then the text."""
    for (a, descending), (b, _) in zip(left[1].sort_values, right[1].sort_values):
        if a is None or b is None:
            if a is None and b is None:
                continue
            return 1 if a is None else -1
        ka, kb = _sortable(a), _sortable(b)
        if type(ka) is not type(kb):
            ka, kb = str(ka), str(kb)
        if ka != kb:
            return (1 if ka > kb else -1) * (-1 if descending else 1)
    ka = collation_key(plain(left[1].text), LATIN_FIRST)
    kb = collation_key(plain(right[1].text), LATIN_FIRST)
    return (ka > kb) - (ka < kb)


def _sortable(value: Any) -> Any:
    if isinstance(value, (int, float, tuple)):
        return value
    return collation_key(plain(str(value)), LATIN_FIRST)


def _substitute_authors(entries: list[engine.Entry], substitute: str | None) -> list[str]:
    """CSL subsequent-author-substitute ("complete-all"): names equal to those of the
    entry before are replaced ("———. La frontière épaisse"); citeproc-py ignores it."""
    texts: list[str] = []
    previous: str | None = None
    for entry in entries:
        names = _ROLE_LABEL.sub("", entry.first_names) if entry.first_names else None
        if substitute is not None and names and names == previous and entry.text.startswith(names):
            # "Dullin, S." + ". " printed one period: it ends the initial and the names
            rest = entry.text[len(names):]
            shared = "." if plain(names).endswith(".") and rest[:1] == " " else ""
            texts.append(substitute + shared + rest)
        else:
            texts.append(entry.text)
        previous = names
    return texts


_ROLE_LABEL = re.compile(r",\s(?:eds?|comps?|trans|ed\. and trans)\.$")
"""The label after the names of an entry (", ed."): the names are compared without it,
and it follows the substitute ("———, ed."), as CSL compares the name list alone."""


def literal_date_once(text: str, item: Item) -> str:
    """A literal date ("весна 1935") printed once: citeproc-py prints the whole literal
    for every cs:date, so a layout giving year then day and month (GOST newspapers:
    "Правда. 1935. 13 мая") printed "весна 1935. весна 1935"."""
    issued = item.date("issued")
    literal = issued.literal or issued.raw if issued is not None and not issued.parts else None
    if not literal:
        return text
    for delimiter in (". ", ", ", " "):
        text = text.replace(f"{literal}{delimiter}{literal}", literal)
    return text


def _language(item: Item) -> str | None:
    language = item.get("language")
    return language if isinstance(language, str) else None


def _capitalized(term: str) -> str:
    return term[:1].upper() + term[1:]


def _affix(prefix: str | None, text: str, suffix: str | None) -> str:
    """A cite's lead-in ("См.:") and commentary around it, with a space between."""
    if prefix:
        text = f"{prefix.rstrip()} {text}"
    if suffix:
        text = f"{text}{suffix}" if suffix[:1] in ",.;:)" else f"{text} {suffix.lstrip()}"
    return text
