"""biblio's Items as the CSL engine reads them: CSL-JSON's fields, with names and dates read
straight from the model into the engine's own types (no JSON dict built and read back).

A name or a date is read once per distinct value (the same people and years recur across
items); the result is what `biblio.render.csl.prepare_item` makes of `item_to_json`'s output,
built in one dict (`Processor(..., prepared=True)` takes it as it is).
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter
from typing import Any

from biblio.formats.csljson import LISTS_KEY, date_to_json, item_to_json, name_to_json
from biblio.model import Date, Item, Name
from biblio.render.csl.dates import DateValue, plain_triple, read_date
from biblio.render.csl.names import Name as EngineName
from biblio.render.csl.names import read_name
from biblio.render.csl.processor import prepare_item, read_value, typed_key, with_implied
from biblio.render.csl.sorting import DATE_VARIABLES, NAME_VARIABLES

REMEMBERED = 1 << 14
"""Distinct names (and dates) kept read; past that the memory starts again (bounded memory)."""

_names: dict[tuple[Any, ...], EngineName] = {}
_dates: dict[tuple[Any, ...], DateValue | None] = {}
_NAME_PARTS = attrgetter("family", "given", "dropping_particle", "non_dropping_particle",
                         "suffix", "literal")
_DATE_PARTS = attrgetter("circa", "season", "literal", "raw")


def engine_item(item: Item) -> dict[str, Any]:
    """The item as the engine holds it: CSL-JSON with names and dates read, prepared, built
    in one pass over the fields (the CSL-JSON dict and a second pass over it cost a third
    of the intake). Crossref's kept lists (`LISTS_KEY`) take the CSL-JSON route."""
    fields = item.fields
    if LISTS_KEY in fields:
        return prepare_item(item_to_json(item, name=engine_name, date=engine_date))
    out: dict[str, Any] = {"id": read_value("id", item.id), "type": read_value("type", item.type)}
    for key, value in fields.items():
        if value.__class__ is str and key not in DATE_VARIABLES:
            out[key] = value  # what read_value makes of it, without the call (most values)
            continue
        if isinstance(value, Date):  # read_value would return the engine's date as it is
            out[key] = engine_date(value)
        elif isinstance(value, list) and value and all(isinstance(n, Name) for n in value):
            names = [engine_name(person) for person in value]
            # as read_value: a name variable without the empty names
            out[key] = ([name for name in names if name.literal or name.family or name.given]
                        if key in NAME_VARIABLES else names)
        else:
            out[key] = read_value(key, value)
    return with_implied(out, fields)


def engine_name(name: Name) -> EngineName:
    """`read_name(name_to_json(name))`, once per distinct name. The key is the parts and
    their types (1, 1.0 and True are equal but read differently), built by C-level calls."""
    parts = _NAME_PARTS(name)
    try:
        key = (parts, tuple(map(type, parts)), _extra_key(name.extra))
        known = _names.get(key)
    except TypeError:  # an extra part no key can hold: read it each time
        return read_name(name_to_json(name))
    if known is None:
        if len(_names) >= REMEMBERED:
            _names.clear()
        known = _names[key] = read_name(name_to_json(name))
    return known


def engine_date(date: Date) -> DateValue | None:
    """`read_date(date_to_json(date))`, once per distinct date (keyed as `engine_name`; a
    part is read as `list(part)`, so its tuple keys it)."""
    others = _DATE_PARTS(date)
    try:
        parts = date.parts
        key = (tuple(map(tuple, parts)), tuple(map(type, chain.from_iterable(parts))),
               others, tuple(map(type, others)), _extra_key(date.extra))
        if key in _dates:
            return _dates[key]
    except TypeError:  # a part no key can hold (or no list): read it each time
        return read_date(date_to_json(date))
    if len(_dates) >= REMEMBERED:
        _dates.clear()
    value = _dates[key] = _read_date(date, others)
    return value


_NO_OTHERS = (None, None, None, None)
_PLAIN_INT = 1 << 60
"""Beyond this a number's digits are not read here (`int(str(n))` refuses over 4,300)."""


def _read_date(date: Date, others: tuple[Any, ...]) -> DateValue | None:
    """`read_date(date_to_json(date))`, built directly for the common date: parts of plain
    numbers (no bool, no string), nothing else stated (a first reading of each distinct date
    built the JSON dict and read it back: 1.4 % of a cold Chicago entry's instructions)."""
    parts = date.parts
    if others != _NO_OTHERS or date.extra or not parts or not parts[0] or not all(
            number.__class__ is int and -_PLAIN_INT < number < _PLAIN_INT
            for part in parts[:2] for number in part):
        return read_date(date_to_json(date))
    start = plain_triple(parts[0])
    end = plain_triple(parts[1]) if len(parts) > 1 and parts[1] else None
    return DateValue(start, None if end == start else end)


def _extra_key(extra: dict[str, Any]) -> tuple[Any, ...]:
    return tuple((k, typed_key(v)) for k, v in extra.items()) if extra else ()
