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

REMEMBERED = 1 << 14
"""Distinct names (and dates) kept read; past that the memory starts again (bounded memory)."""

_names: dict[tuple[Any, ...], EngineName] = {}
_dates: dict[tuple[Any, ...], DateValue | None] = {}


def engine_item(item: Item) -> dict[str, Any]:
    """The item's CSL-JSON with its names and dates already read by the engine."""
    return item_to_json(item, name=engine_name, date=engine_date)


def _typed(value: Any) -> tuple[type, Any]:
    """`value` as a key telling 1, 1.0, True and "1" apart (the readers treat them differently)."""
    return type(value), value


def engine_name(name: Name) -> EngineName:
    """`read_name(name_to_json(name))`, once per distinct name."""
    try:
        key = (_typed(name.family), _typed(name.given), _typed(name.dropping_particle),
               _typed(name.non_dropping_particle), _typed(name.suffix), _typed(name.literal),
               tuple((k, _typed(v)) for k, v in name.extra.items()))
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
        key = (tuple(tuple(map(_typed, part)) for part in date.parts), _typed(date.circa),
               _typed(date.season), _typed(date.literal), _typed(date.raw),
               tuple((k, _typed(v)) for k, v in date.extra.items()))
        if key in _dates:
            return _dates[key]
    except TypeError:
        return read_date(date_to_json(date))
    if len(_dates) >= REMEMBERED:
        _dates.clear()
    value = _dates[key] = read_date(date_to_json(date))
    return value
