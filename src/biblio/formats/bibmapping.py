"""Items ⇄ BibLaTeX/BibTeX entries and .bib text, by the table in biblio.data.biblatex_map.

Writing is checked: each entry is read back at once, and every variable that did
not come back identical (a dropping particle, a literal date, a variable with no
field in this entry type, a value with doubled spaces…) is stored exactly, as
CSL-JSON, in the carrier field (`verba`); a variable that appeared on the way back
but was not in the item is stored there as null. Reading applies the carrier last.
So `read(write(items)) == items` holds for every item, the visible fields stay the
best BibLaTeX a style can print, and an item the table maps fully gets no carrier.

A field with no CSL variable is kept as `Item.fields["biblatex:FIELD"]` (its LaTeX text
as read) and written back as it was, under the name it was written with: a `journal` on
an @inproceedings (biblatex's alias of `journaltitle`, a field the type does not have)
is neither made its `booktitle` (neither BibTeX nor biber does so, and the entry type
may be what is wrong) nor a `journaltitle` (docs/bibtex-mapping.md). An entry type with
no CSL type keeps its name in "biblatex:entrytype".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from biblio import collector, markup
from biblio.csl import ITEM_TYPES, NAME_VARIABLES
from biblio.data import biblatex_map as table
from biblio.errors import FormatError
from biblio.formats import bibfile, bibinherit
from biblio.formats.bibfile import RawEntry
from biblio.formats.bibnames import read_names, split_and, write_names
from biblio.formats.csljson import item_from_json, item_to_json
from biblio.formats.edtf import read_date, read_year_month, write_date
from biblio.formats.latex import braces_balanced, decode, encode, encode_rich
from biblio.languages import language_tag
from biblio.keys import KeyMaker, key_stem
from biblio.model import Date, Item, Name, Problem

RAW_PREFIX = "biblatex:"
"""Item.fields key prefix of a BibLaTeX field that has no CSL variable."""

UNDEFINED_MACROS = RAW_PREFIX + "undefined macros"
"""Item.fields key (no field name has a space) of the fields read with a macro that no
@string defined, "month=ar author={A and } # MPOLLACK" (biber's field name = the value
as written, defined macros expanded): they are written back so, macro references
again, not as text."""

_VALID_KEY = re.compile(r"[\w:.+/-]+")
_NOTE_CITATION_KEY = re.compile(r"^Citation Key:[ \t]*(\S+)[ \t]*$", re.MULTILINE)
_ZOTERO_EXTRA_LINE = re.compile(r"^(?:Citation Key|tex\.[\w-]+|ZSCC):[^\n]*\n?",
                                re.MULTILINE | re.IGNORECASE)
"""Lines Zotero and Better BibTeX keep in Zotero's Extra field (exported as the note)
for themselves, not for print: kept in the carrier, left out of the visible note."""
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_LIST_SEPARATOR = "; "
_MISSING = object()


@dataclass(frozen=True)
class Dialect:
    """BibLaTeX, or classic BibTeX (renamed entry types and fields, year/month dates)."""

    name: str
    classic: bool = False


# --- files -----------------------------------------------------------------------------


@dataclass
class BibRead:
    """What a .bib text gave: items, a Problem for each part read with a warning or not
    read, and the @preamble/@comment blocks (kept as written for a .bib output)."""

    items: list[Item]
    problems: list[Problem]
    blocks: list[bibfile.FailedBlock]


def read_file(text: str, dialect: Dialect) -> BibRead:
    """Every readable entry of a .bib text, and a Problem (line, reason) for the rest."""
    with collector.paused():
        return _read_file(text, dialect)


def _read_file(text: str, dialect: Dialect) -> BibRead:
    parsed = bibfile.parse(text)
    problems = bibinherit.resolve(parsed.entries, table.DATA_MODEL_TYPES)
    items = []
    for entry in parsed.entries:
        problems.extend(Problem(_where(line), message) for line, message in entry.warnings)
        try:
            items.append(entry_to_item(entry, dialect, problems))
        except FormatError as error:
            where = f"{error.where}: " if error.where else ""
            problems.append(Problem(_where(entry.line), f"entry {entry.key!r} not read: "
                                    f"{where}{error.message}"))
    for block in parsed.failed:
        problems.append(Problem(_where(block.line), f"{block.reason}{_KEPT_HERE}{block.raw}"))
    problems.sort(key=lambda p: int(p.where.split()[-1]) if p.where else 0)
    return BibRead(items, problems, parsed.skipped)


def read_text(text: str, dialect: Dialect, *, strict: bool
              ) -> tuple[list[Item], list[Problem]]:
    """Items of a .bib text; strict: FormatError at the first problem (@preamble and
    @comment blocks are not data and pass), otherwise a Problem for each, blocks too."""
    read = read_file(text, dialect)
    if strict and read.problems:
        first = read.problems[0]
        raise FormatError(headline(first), line=_line_of(first))
    return read.items, read.problems if strict else sorted(
        read.problems + block_problems(read.blocks, "a .bib file"),
        key=lambda p: _line_of(p) or 0)


_KEPT_HERE = "; the block is kept here: "


def headline(problem: Problem) -> str:
    """The reason of a problem without the block's text: one line for an error."""
    return problem.message.split(_KEPT_HERE)[0].split(": @")[0].splitlines()[0]


def block_problems(blocks: list[bibfile.FailedBlock], target: str) -> list[Problem]:
    """@preamble/@comment blocks that a conversion to `target` does not carry."""
    return [Problem(_where(block.line), f"{block.reason} not carried into {target}: "
                    f"{block.raw}") for block in blocks]


def _line_of(problem: Problem) -> int | None:
    last = problem.where.split()[-1] if problem.where else ""
    return int(last) if last.isdigit() else None


def _where(line: int | None) -> str:
    return f"line {line}" if line is not None else ""


def write_text(items: list[Item], dialect: Dialect) -> str:
    """The .bib text of `items`, keys unique in the file."""
    taken: set[str] = set()
    keys = KeyMaker(taken)
    entries = [item_to_entry(item, dialect, taken, keys) for item in items]
    return bibfile.write(_without_inherited(entries, dialect))


def _without_inherited(entries: list[RawEntry], dialect: Dialect) -> list[RawEntry]:
    """`entries`, each crossref or xdata child without the fields it inherits as they
    are from an entry of the file that biber's data model refuses in the child's type
    (an @software's `institution`, `license` in an @softwareversion): biber checks each
    entry as written, so they are left to inheritance, where they came from. Fields the
    type accepts stay, as the author may have written them (a `year` equal to the
    parent's). A child whose item would not come back the same keeps them all."""
    types = {entry.key: entry.entry_type for entry in entries}
    inherited = {key: refused for key, names in
                 bibinherit.inherited_anyway(entries, table.DATA_MODEL_TYPES).items()
                 if (refused := {name for name in names if _refused(types[key], name)})}
    if not inherited:
        return entries
    short = [replace(entry, fields={name: value for name, value in entry.fields.items()
                                    if name not in inherited.get(entry.key, ())})
             for entry in entries]
    resolved = [replace(entry, fields=dict(entry.fields)) for entry in short]
    bibinherit.resolve(resolved, table.DATA_MODEL_TYPES)
    return [entry if entry.key not in inherited
            or entry_to_item(again, dialect) == entry_to_item(full, dialect) else full
            for entry, again, full in zip(short, resolved, entries)]


def _refused(entry_type: str, name: str) -> bool:
    """Whether biber's data model refuses the field in the entry type (a type it does
    not know is a @misc to it)."""
    accepted = table.ENTRY_FIELDS.get(table.DATA_MODEL_TYPES.get(entry_type, entry_type),
                                      table.ENTRY_FIELDS[table.FALLBACK_ENTRY_TYPE])
    return name not in accepted and name not in table.GLOBAL_FIELDS


# --- entries ---------------------------------------------------------------------------


def item_to_entry(item: Item, dialect: Dialect, taken: set[str], keys: KeyMaker) -> RawEntry:
    """The entry for `item`, with a key not in `taken` (which it is added to); `keys`
    makes new keys among `taken`."""
    key = _entry_key(item, taken, keys)
    taken.add(key)
    entry = _visible_entry(item, key, dialect)
    entry.undefined_macros = _undefined_macros(item, entry)
    carrier = _carrier(item, entry_to_item(entry, dialect))
    if carrier:
        entry.fields[table.CARRIER_FIELD] = _dump_carrier(carrier)
    return entry


def _undefined_macros(item: Item, entry: RawEntry) -> dict[str, str]:
    """The fields of `entry` to write as they were read, with their undefined macros
    (those that still say what was read: the same text, or the same names in another
    form, "MCDERMOTT and Gerald J. Sussman" written "MCDERMOTT and Sussman, Gerald J.")."""
    recorded = item.fields.get(UNDEFINED_MACROS)
    if not isinstance(recorded, str):
        return {}
    written = bibfile.written_values(recorded)
    found = {}
    for name, value in entry.fields.items():
        as_written = written.get(table.FIELD_ALIASES.get(name, name))
        if as_written is None:
            continue
        text = bibfile.text_of(as_written)
        if text == value or (name in _NAME_LIST_FIELDS and read_names(text) == read_names(value)):
            found[name] = as_written
    return found


_NAME_LIST_FIELDS = frozenset((*table.NAME_FIELDS.values(), *table.EDITOR_SLOTS,
                               *table.NAME_SLOTS))


def _entry_key(item: Item, taken: set[str], keys: KeyMaker) -> str:
    """CSL `citation-key` (Better BibTeX writes it), else a "Citation Key: …" line of
    the note (Zotero's Extra field, as Zotero 6 exports it), else the id unless it is a
    URI (Zotero's "http://zotero.org/users/…/items/…"), if it is a free valid key;
    else surname + year (biblio.keys). The id itself is carried when it differs."""
    note = item.get("note")
    in_note = _NOTE_CITATION_KEY.search(note) if isinstance(note, str) else None
    for candidate in (item.get("citation-key"), in_note and in_note[1], item.id):
        if isinstance(candidate, str) and _VALID_KEY.fullmatch(candidate) \
                and "://" not in candidate and candidate not in taken:
            return candidate
    return keys.new(key_stem(item))


_ALIASED = frozenset(table.FIELD_ALIASES)


def entry_to_item(entry: RawEntry, dialect: Dialect,
                  problems: list[Problem] | None = None) -> Item:
    """The Item of a raw entry; FormatError (naming the entry) for a broken carrier.
    What deserves a word (a `journal` that differs from the `journaltitle`) is added
    to `problems`."""
    fields: dict[str, str] = {}
    conflicting: dict[str, str] = {}
    written_as: dict[str, str] = {}
    """A field read under an alias → the name it was written with (`journal`)."""
    if _ALIASED.isdisjoint(entry.fields):  # no field under an old name, as most entries
        fields = dict(entry.fields)
    else:
        for name, value in entry.fields.items():
            alias = table.FIELD_ALIASES.get(name, name)
            if alias not in fields:
                fields[alias] = value
                if alias != name:
                    written_as[alias] = name
            elif fields[alias] != value:
                conflicting[name] = value
                if problems is not None:
                    problems.append(Problem(_where(entry.line), (
                        f"entry {entry.key!r}: {name} = {{{value}}} differs from the "
                        f"{alias} read first; it is kept as the field {name!r}")))
    subtype = decode(fields.pop("entrysubtype")) if "entrysubtype" in fields else None
    entry_type = entry.entry_type
    if dialect.classic:
        entry_type = table.CLASSIC_ENTRY_TYPES_READ.get(entry_type, entry_type)
    item_type, kept_type, kept_subtype = _csl_type(entry_type, subtype)
    out: dict[str, Any] = {RAW_PREFIX + name: value for name, value in conflicting.items()}
    if kept_type or (entry_type == table.CHAPTER_WITH_BOOKAUTHOR and "bookauthor" not in fields):
        # an @inbook without its book's author would come back as an @incollection,
        # which biber's data model requires an editor of: the type is kept as read
        out[RAW_PREFIX + "entrytype"] = entry.entry_type
    if kept_subtype:
        out[RAW_PREFIX + "entrysubtype"] = subtype
    carrier_text = fields.pop(table.CARRIER_FIELD, None)
    if entry.undefined_macros:
        out[UNDEFINED_MACROS] = " ".join(sorted(
            f"{table.FIELD_ALIASES.get(name, name)}={written}"
            for name, written in entry.undefined_macros.items()))
    _read_names(fields, out)
    _read_dates(fields, out)
    _read_language(fields, out)
    library = fields.pop(table.ARCHIVE_FIELD, None)
    if library is not None:
        _read_archive(library, out)
    reverse = _reverse_fields(entry_type)
    languages: list[str] = []
    for name, value in fields.items():
        variable = reverse.get(name) or _GENERIC_VARIABLE.get(name)
        if variable is not None and variable not in out:
            out[variable] = _read_text(name, value, languages)
        else:  # kept under the name it was written with (module docstring)
            out[RAW_PREFIX + written_as.get(name, name)] = value
    if languages and "language" not in out:  # \foreignlanguage{russian}{…} in a field
        out["language"] = table.LANGIDS_READ[languages[0]]
    _read_main_title(entry_type, out)
    if library is not None and dialect.classic and isinstance(out.get("note"), str):
        _strip_archive_note(out, decode(_archive_text(library)))
    item = Item(id=entry.key, type=item_type, fields=out)
    if carrier_text is not None:
        _apply_carrier(item, carrier_text, entry)
    return item


# --- types ----------------------------------------------------------------------------


def _entry_type(item: Item) -> tuple[str, str | None]:
    """The entry type and entrysubtype: those the item was read with, else the table's."""
    kept = item.fields.get(RAW_PREFIX + "entrytype")
    kept_subtype = item.fields.get(RAW_PREFIX + "entrysubtype")
    kept_subtype = kept_subtype if isinstance(kept_subtype, str) else None
    if isinstance(kept, str) and _VALID_KEY.fullmatch(kept):
        return kept, kept_subtype
    if item.type in table.ENTRY_TYPES:
        entry_type, subtype = table.ENTRY_TYPES[item.type]
        subtype = subtype or kept_subtype
        if item.type == "chapter" and item.names("container-author"):
            entry_type = table.CHAPTER_WITH_BOOKAUTHOR
        return entry_type, subtype
    return table.FALLBACK_ENTRY_TYPE, item.type


_CSL_TYPE_OF_ENTRY = {entry: csl_type for csl_type, entry in table.ENTRY_TYPES.items()}


def _csl_type(entry_type: str, subtype: str | None) -> tuple[str, bool, bool]:
    """CSL type, and whether the entry type and the subtype must be kept to come back."""
    if (entry_type, subtype) in _CSL_TYPE_OF_ENTRY:
        return _CSL_TYPE_OF_ENTRY[entry_type, subtype], False, False
    if entry_type == table.FALLBACK_ENTRY_TYPE and subtype in ITEM_TYPES:
        return subtype, False, False
    kept_subtype = subtype is not None
    if (entry_type, None) in _CSL_TYPE_OF_ENTRY:
        return _CSL_TYPE_OF_ENTRY[entry_type, None], False, kept_subtype
    if entry_type in table.ENTRY_TYPE_ALIASES:
        natural = entry_type == table.CHAPTER_WITH_BOOKAUTHOR
        return table.ENTRY_TYPE_ALIASES[entry_type], not natural, kept_subtype
    return "document", True, kept_subtype


# --- writing --------------------------------------------------------------------------


class _EntryFields:
    """The fields of one entry being written: only those its entry type accepts,
    the first value for each, balanced braces only (anything else is carried)."""

    def __init__(self, entry_type: str) -> None:
        self.accepted = table.ENTRY_FIELDS.get(  # None: a type we do not know
            table.DATA_MODEL_TYPES.get(entry_type, entry_type))
        self.values: dict[str, str] = {}
        self.editor_slots = [slot for slot in table.EDITOR_SLOTS
                             if self.accepted is not None and slot in self.accepted]
        self.name_slots = list(table.NAME_SLOTS)

    def accepts(self, name: str) -> bool:
        return self.accepted is None or name in self.accepted or name in table.GLOBAL_FIELDS

    def put(self, name: str, value: str | None) -> None:
        if (value is not None and name not in self.values and braces_balanced(value)
                and self.accepts(name)):
            self.values[name] = value

    def put_names(self, variable: str, names: list[Name]) -> None:
        """author → author …; compiler → editora + editoratype; others → namea + type."""
        field = table.NAME_FIELDS.get(variable)
        if field is not None and self.accepts(field):
            self.put(field, write_names(names))
            return
        role = table.EDITOR_ROLES.get(variable)
        slots = self.editor_slots if role and self.editor_slots else self.name_slots
        if slots:
            slot = slots.pop(0)
            self.put(slot, write_names(names))
            self.put(slot + "type", role if slots is self.editor_slots else variable)


def _visible_entry(item: Item, key: str, dialect: Dialect) -> RawEntry:
    """The best entry the table gives; `item_to_entry` then carries what it missed."""
    entry_type, subtype = _entry_type(item)
    fields = _EntryFields(entry_type)
    if subtype:
        fields.put("entrysubtype", encode(subtype))
    values = dict(item.fields)
    holder = table.VOLUME_TITLE_HOLDERS.get(entry_type)
    if (holder is not None and isinstance(values.get("volume-title"), str)
            and isinstance(values.get(holder), str)):
        fields.put(table.MAIN_TITLE_FIELD, encode_rich(values[holder]))
        values[holder] = values.pop("volume-title")
    for variable, value in values.items():
        if variable.startswith(RAW_PREFIX) or variable in ("archive", "archive_location"):
            continue
        if _is_names(value) and variable in NAME_VARIABLES:
            fields.put_names(variable, value)
        elif isinstance(value, Date) and variable in table.DATE_FIELDS:
            fields.put(table.DATE_FIELDS[variable], write_date(value))
        elif variable == "language" and isinstance(value, str):
            fields.put(table.LANGUAGE_FIELD, _langid(value))
        elif isinstance(value, str):
            name = field_for(variable, entry_type)
            if variable == "note":
                value = _ZOTERO_EXTRA_LINE.sub("", value).strip()
            if name is not None and value:
                fields.put(name, _write_text(name, value))
    fields.put(table.ARCHIVE_FIELD, _write_archive(item))
    for variable, value in item.fields.items():  # fields read from a .bib, as they were
        name = variable[len(RAW_PREFIX):]
        if (variable.startswith(RAW_PREFIX) and isinstance(value, str)
                and variable != UNDEFINED_MACROS
                and name not in ("entrytype", "entrysubtype", table.CARRIER_FIELD)
                and name not in fields.values and braces_balanced(value)):
            fields.values[name] = value
    entry = RawEntry(entry_type, key, fields.values)
    return _to_classic(entry) if dialect.classic else entry


def _langid(language: str) -> str | None:
    """The babel name for a CSL language as libraries write it: "en-GB" → british,
    "ru-RU", "Russian", "rus" → russian (the exact value is carried if it differs)."""
    tag = language_tag(language)
    if tag is None:
        return None
    return table.LANGIDS.get(tag) or table.LANGIDS.get(tag.split("-")[0])


def field_for(variable: str, entry_type: str) -> str | None:
    """The BibLaTeX field of a CSL text variable in an entry type (None: no field)."""
    entry_type = table.DATA_MODEL_TYPES.get(entry_type, entry_type)
    specific = table.TYPE_SPECIFIC_FIELDS.get(variable)
    if specific is not None and entry_type in specific:
        return specific[entry_type]
    return table.TEXT_FIELDS.get(variable)


def _is_names(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(name, Name) for name in value)


def _write_text(name: str, value: str) -> str | None:
    if name in table.INTEGER_FIELDS and not (value.isascii() and value.isdigit()):
        return None  # biber's data model takes digits only ("II" warns): the carrier holds it
    if name in table.VERBATIM_FIELDS:
        return value if braces_balanced(value) and "\n" not in value else None
    if name in table.LIST_FIELDS:
        return " and ".join(_protect_and(encode_rich(part))
                            for part in markup.split(value, _LIST_SEPARATOR))
    return encode_rich(value)


def _protect_and(latex: str) -> str:
    """A list item braced if "and" would split it."""
    return "{" + latex + "}" if len(split_and(latex)) > 1 else latex


def _write_archive(item: Item) -> str | None:
    archive, location = item.get("archive"), item.get("archive_location")
    if not isinstance(archive, str) and not isinstance(location, str):
        return None
    if not isinstance(location, str):
        return encode(archive)
    return "{" + encode(archive if isinstance(archive, str) else "") + "}, " + encode(location)


def _to_classic(entry: RawEntry) -> RawEntry:
    """Classic BibTeX names: @phdthesis, journal, address, school, year + month macro."""
    fields = {}
    for name, value in entry.fields.items():
        if name == "institution" and entry.entry_type == "thesis":
            name = table.CLASSIC_THESIS_INSTITUTION
        fields[table.CLASSIC_FIELDS.get(name, name)] = value
    bare = set()
    if "date" in fields:
        date = read_date(fields["date"])
        if date.parts:
            del fields["date"]
            fields["year"] = str(date.parts[0][0])
            if len(date.parts[0]) > 1:
                fields["month"] = table.MONTHS[int(date.parts[0][1]) - 1]
                bare.add("month")
    if table.ARCHIVE_FIELD in fields:
        archive = _archive_text(fields[table.ARCHIVE_FIELD])
        fields["note"] = f"{fields['note']}. {archive}" if "note" in fields else archive
    return RawEntry(table.CLASSIC_ENTRY_TYPES.get(entry.entry_type, entry.entry_type),
                    entry.key, fields, bare=frozenset(bare))


def _archive_text(library: str) -> str:
    """"{РГАСПИ}, ф. 558" → "РГАСПИ, ф. 558" (LaTeX), as a style would print it."""
    archive, location = _split_archive(library)
    return ", ".join(part for part in (archive, location) if part)


def _carrier(item: Item, back: Item) -> dict[str, Any]:
    carrier: dict[str, Any] = {}
    if back.id != item.id:
        carrier["id"] = item.id
    if back.type != item.type:
        carrier["type"] = item.type
    for variable, value in item.fields.items():
        if back.fields.get(variable, _MISSING) != value:
            carrier[variable] = item_to_json(Item("", "", {variable: value}))[variable]
    for variable in back.fields:
        if variable not in item.fields:
            carrier[variable] = None
    return carrier


def _dump_carrier(carrier: dict[str, Any]) -> str:
    """Compact JSON whose string braces are \\u escapes, so the field stays balanced."""
    text = json.dumps(carrier, ensure_ascii=False, separators=(", ", ": "))
    return _JSON_STRING.sub(
        lambda m: m.group().replace("{", "\\u007b").replace("}", "\\u007d"), text)


# --- reading --------------------------------------------------------------------------


_GENERIC_VARIABLE = {field: variable for variable, field in table.TEXT_FIELDS.items()}
"""A field under its usual name where the entry type names it otherwise (`publisher`
of a Google Scholar @misc, whose data-model field is `organization`): still read."""


@cache
def _reverse_fields(entry_type: str) -> dict[str, str]:
    """BibLaTeX field → CSL text variable, for one entry type."""
    variables = set(table.TEXT_FIELDS) | set(table.TYPE_SPECIFIC_FIELDS)
    reverse = {}
    for variable in sorted(variables):
        name = field_for(variable, entry_type)
        if name is not None:
            reverse[name] = variable
    return reverse


def _read_text(name: str, value: str, languages: list[str]) -> str:
    if name in table.VERBATIM_FIELDS:
        return value
    if name in table.LIST_FIELDS:
        return _LIST_SEPARATOR.join(decode(part, rich=True, languages=languages)
                                    for part in split_and(value))
    return decode(value, rich=True, languages=languages)


def _read_main_title(entry_type: str, out: dict[str, Any]) -> None:
    """`maintitle` is the work's title (CSL title, or container-title of a chapter) and
    the volume's own title becomes CSL `volume-title` (GOST "Т. 18 : 1935 г.")."""
    holder = table.VOLUME_TITLE_HOLDERS.get(entry_type)
    main = out.get(RAW_PREFIX + table.MAIN_TITLE_FIELD)
    if holder is None or main is None or "volume-title" in out:
        return
    del out[RAW_PREFIX + table.MAIN_TITLE_FIELD]
    main = decode(main, rich=True)
    if holder in out and out[holder] != main:  # the same title twice is one title
        out["volume-title"] = out[holder]       # (a volume crossref'd to its mvbook)
    out[holder] = main


_ROLES = {**{role: variable for variable, role in table.EDITOR_ROLES.items()},
          **{variable: variable for variable in NAME_VARIABLES}}
"""editortype/nameatype value → the CSL name variable it is read as."""


def _read_names(fields: dict[str, str], out: dict[str, Any]) -> None:
    for variable, name in table.NAME_FIELDS.items():
        if name in fields:
            out[variable] = read_names(fields.pop(name))
    for slot in table.EDITOR_SLOTS + table.NAME_SLOTS:
        if slot not in fields:
            continue
        variable = _ROLES.get(decode(fields.get(slot + "type", "")))
        if variable is not None and variable not in out:
            out[variable] = read_names(fields.pop(slot))
            del fields[slot + "type"]


def _read_dates(fields: dict[str, str], out: dict[str, Any]) -> None:
    for variable, name in table.DATE_FIELDS.items():
        if name in fields:
            out[variable] = read_date(fields.pop(name))
    if "issued" not in out and "year" in fields:
        month = fields.get("month")
        if month is not None and month.strip().lower() in table.MONTHS:
            month = str(table.MONTHS.index(month.strip().lower()) + 1)
        date = read_year_month(decode(fields["year"]), month, fields.get("day"))
        out["issued"] = date
        del fields["year"]
        consumed = len(date.parts[0]) if date.parts else 1
        for name in ("month", "day")[: consumed - 1]:
            del fields[name]


def _read_language(fields: dict[str, str], out: dict[str, Any]) -> None:
    """`langid`, or else a `language` naming one language (as JabRef users write it:
    "Russian", "Русский", "ru")."""
    for name in (table.LANGUAGE_FIELD, "language"):
        if name in fields:
            text = decode(fields[name])
            tag = table.LANGIDS_READ.get(text.lower())
            if tag is None and name == "language":  # "Russian", "Русский", "ru"
                tag = language_tag(text)
            if tag is not None:
                out["language"] = tag
                del fields[name]
                return


def _read_archive(library: str, out: dict[str, Any]) -> None:
    archive, location = _split_archive(library)
    if archive:
        out["archive"] = decode(archive)
    if location is not None:
        out["archive_location"] = decode(location)


def _strip_archive_note(out: dict[str, Any], archive: str) -> None:
    note = out["note"]
    if note == archive:
        del out["note"]
    elif note.endswith(". " + archive):
        out["note"] = note[: -len(archive) - 2]


def _split_archive(library: str) -> tuple[str, str | None]:
    """"{РГАСПИ}, ф. 558" → ("РГАСПИ", "ф. 558"); without a leading group, all archive."""
    if library.startswith("{"):
        depth = 0
        for index, char in enumerate(library):
            if char == "{" and library[index - 1 : index] != "\\":
                depth += 1
            elif char == "}" and library[index - 1 : index] != "\\":
                depth -= 1
                if depth == 0:
                    rest = library[index + 1 :]
                    if rest.startswith(", "):
                        return library[1:index], rest[2:]
                    break
    return library, None


def _apply_carrier(item: Item, text: str, entry: RawEntry) -> None:
    try:
        carrier = json.loads(text)
    except json.JSONDecodeError:
        carrier = None
    if not isinstance(carrier, dict):  # a verba field of another tool: keep it
        item.fields[RAW_PREFIX + table.CARRIER_FIELD] = text
        return
    where = f"entry {entry.key!r}, field {table.CARRIER_FIELD!r}"
    if "id" in carrier:
        item.id = str(carrier["id"])
    if "type" in carrier:
        if not isinstance(carrier["type"], str):
            raise FormatError('"type" must be a string', line=entry.line, where=where)
        item.type = carrier["type"]
    values = {k: v for k, v in carrier.items() if k not in ("id", "type") and v is not None}
    try:
        exact = item_from_json({"id": item.id, "type": item.type, **values}, where)
    except FormatError as error:
        where = (error.where or "").replace("item", "entry", 1)
        raise FormatError(f"{error.message} (in {table.CARRIER_FIELD})", line=entry.line,
                          where=where) from None
    for variable, value in carrier.items():
        if variable in ("id", "type"):
            continue
        if value is None:
            item.fields.pop(variable, None)
        else:
            item.fields[variable] = exact.fields[variable]
