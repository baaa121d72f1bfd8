"""`crossref` and `xdata` of a .bib file resolved as biber resolves them.

biblatex manual §3.13.6 and appendix B: an entry with `xdata = {a, b}` takes every
field of the @xdata entries a and b that it lacks; an entry with `crossref = {p}`
takes every field of p that it lacks and its entry type accepts in biblatex's data
model (biber drops the others: a book's pagetotal is not a chapter's), some renamed by the pair of entry types (a
@book's title is an @inbook's booktitle, an @mvbook's title a @book's maintitle, a
@book's author also the @inbook's bookauthor), never the fields of NOT_INHERITED.
Chains (inbook → book → mvbook) are resolved parent first, each entry once.

The references themselves stay in the entries (written back as read); a reference to
a missing entry or a cycle is reported and nothing is inherited through it. Written
back, an entry leaves out what it would inherit as it is (`inherited_anyway`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from biblio.data import biblatex_map as table
from biblio.model import Item, Problem

if TYPE_CHECKING:  # the .bib reader (bibtexparser) is imported by those that read .bib files;
    # the renderer asks only `is_data_only`
    from biblio.formats.bibfile import RawEntry

XDATA_TYPE = "xdata"
MAX_CHAIN = 32
"""Deeper crossref/xdata chains are reported, not followed (real ones have 2 or 3)."""


def is_data_only(item: Item) -> bool:
    """An @xdata entry: fields for other entries, never cited or listed (manual §2.1.1)."""
    return item.get("biblatex:entrytype") == XDATA_TYPE


def resolve(entries: list[RawEntry], entry_type_of: dict[str, str]) -> list[Problem]:
    """Fill each entry's missing fields from its xdata and crossref entries, in place.

    `entry_type_of` maps a raw entry type to the BibLaTeX type the rules speak of
    (classic BibTeX's @phdthesis is @thesis); problems name the entry's line.
    """
    by_key = {entry.key: entry for entry in entries}
    problems: list[Problem] = []
    done: set[str] = set()
    for entry in entries:
        _resolve(entry, by_key, entry_type_of, done, [], problems)
    return problems


def _resolve(entry: RawEntry, by_key: dict[str, RawEntry], entry_type_of: dict[str, str],
             done: set[str], path: list[str], problems: list[Problem]) -> None:
    if entry.key in done:
        return
    if entry.key in path:
        chain = " → ".join([*path[path.index(entry.key):], entry.key])
        problems.append(_problem(entry, f"crossref/xdata cycle {chain}: not inherited"))
        return
    if len(path) >= MAX_CHAIN:
        problems.append(_problem(entry, f"crossref/xdata chain longer than {MAX_CHAIN} "
                                        "entries: not inherited"))
        return
    path.append(entry.key)
    for field, key in _references(entry):
        parent = by_key.get(key)
        if parent is None:
            problems.append(_problem(entry, f"{field} {key!r} names no entry of the "
                                            "file; nothing inherited from it"))
            continue
        _resolve(parent, by_key, entry_type_of, done, path, problems)
        if key in path:  # the cycle was reported
            continue
        _inherit(entry, parent, field, entry_type_of)
    path.pop()
    done.add(entry.key)


def inherited_anyway(entries: list[RawEntry],
                     entry_type_of: dict[str, str]) -> dict[str, set[str]]:
    """{key: fields} of each entry with a crossref or xdata in `entries` that it would
    inherit, with the same value, if it lacked them: `resolve`'s inverse, for writing
    an entry as short as its author wrote it (biber checks it as written)."""
    from biblio.formats.bibfile import RawEntry

    by_key = {entry.key: entry for entry in entries}
    found: dict[str, set[str]] = {}
    for entry in entries:
        if "crossref" not in entry.fields and "xdata" not in entry.fields:
            continue
        lacking = RawEntry(entry.entry_type, entry.key, {})
        for field, key in _references(entry):
            if key in by_key and key != entry.key:
                _inherit(lacking, by_key[key], field, entry_type_of)
        same = {name for name, value in lacking.fields.items()
                if entry.fields.get(name) == value
                and lacking.undefined_macros.get(name) == entry.undefined_macros.get(name)}
        if same:
            found[entry.key] = same
    return found


def _inherit(child: RawEntry, parent: RawEntry, field: str,
             entry_type_of: dict[str, str]) -> None:
    renames: dict[str, str | None] = {}
    also: dict[str, str] = {}
    if field == "crossref":
        parent_type = entry_type_of.get(parent.entry_type, parent.entry_type)
        child_type = entry_type_of.get(child.entry_type, child.entry_type)
        for sources, targets, rule in table.INHERITANCE:
            if parent_type in sources and child_type in targets:
                renames.update(rule)
        for sources, targets, second in table.INHERITED_TWICE:
            if parent_type in sources and child_type in targets:
                also.update(second)
    accepted = table.ENTRY_FIELDS.get(entry_type_of.get(child.entry_type, child.entry_type))
    present = {table.FIELD_ALIASES.get(name, name) for name in child.fields}
    for original, value in parent.fields.items():
        name = table.FIELD_ALIASES.get(original, original)
        if name in table.NOT_INHERITED:
            continue
        for target in (renames.get(name, name), also.get(name)):
            if target is None or target in present:
                continue
            if accepted is None or target in accepted or target in table.GLOBAL_FIELDS:
                child.fields[target] = value
                present.add(target)
                if original in parent.undefined_macros:
                    child.undefined_macros = {**child.undefined_macros,
                                              target: parent.undefined_macros[original]}


def _references(entry: RawEntry) -> list[tuple[str, str]]:
    """(field, key) of the entries `entry` inherits from, in biber's order: its xdata
    entries, then its crossref parent (one)."""
    return ([("xdata", key) for key in _keys(entry.fields.get("xdata", ""))]
            + [("crossref", key) for key in _keys(entry.fields.get("crossref", ""))[:1]])


def _keys(value: str) -> list[str]:
    return [key.strip() for key in value.split(",") if key.strip()]


def _problem(entry: RawEntry, message: str) -> Problem:
    where = f"line {entry.line}" if entry.line is not None else ""
    return Problem(where, f"entry {entry.key!r}: {message}")
