"""biblio's Items as the CSL engine reads them: CSL-JSON's fields, with names and dates read
straight from the model into the engine's own types (no JSON dict built and read back).

A name or a date is read once per distinct value (the same people and years recur across
items); the result is what `biblio.render.csl.prepare_item` makes of `item_to_json`'s output.
"""

from __future__ import annotations

from typing import Any

from biblio.formats.csljson import date_to_json, item_to_json, name_to_json
from biblio.model import Date, Item, Name
from biblio.render.csl.dates import DateValue, read_date
from biblio.render.csl.names import Name as EngineName
from biblio.render.csl.names import read_name
from biblio.render.csl.processor import typed_key

REMEMBERED = 1 << 14
"""Distinct names (and dates) kept read; past that the memory starts again (bounded memory)."""

_names: dict[tuple[Any, ...], EngineName] = {}
_dates: dict[tuple[Any, ...], DateValue | None] = {}


def engine_item(item: Item) -> dict[str, Any]:
    """The item's CSL-JSON with its names and dates already read by the engine."""
    return item_to_json(item, name=engine_name, date=engine_date)


def engine_name(name: Name) -> EngineName:
    """`read_name(name_to_json(name))`, once per distinct name."""
    try:
        key = (*map(typed_key, (name.family, name.given, name.dropping_particle,
                                name.non_dropping_particle, name.suffix, name.literal)),
               tuple((k, typed_key(v)) for k, v in name.extra.items()))
        known = _names.get(key)
    except TypeError:  # an extra part no key can hold: read it each time
        return read_name(name_to_json(name))
    if known is None:
        if len(_names) >= REMEMBERED:
            _names.clear()
        known = _names[key] = read_name(name_to_json(name))
    return known


def engine_date(date: Date) -> DateValue | None:
    """`read_date(date_to_json(date))`, once per distinct date."""
    try:
        key = (tuple(tuple(map(typed_key, part)) for part in date.parts), typed_key(date.circa),
               typed_key(date.season), typed_key(date.literal), typed_key(date.raw),
               tuple((k, typed_key(v)) for k, v in date.extra.items()))
        if key in _dates:
            return _dates[key]
    except TypeError:
        return read_date(date_to_json(date))
    if len(_dates) >= REMEMBERED:
        _dates.clear()
    value = _dates[key] = read_date(date_to_json(date))
    return value
