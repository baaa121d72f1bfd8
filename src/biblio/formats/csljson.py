"""CSL-JSON: the item format of Zotero, pandoc and citeproc.

`read(write(items)) == items` for every item the model can hold. Unknown keys of an
item, a name or a date are kept as read; a text variable given as a list of strings
(Crossref's "title": ["…"]) is its first value, the list kept for writing back; any
other value of the wrong JSON type for a CSL variable is an error naming the item
(id or index) and the variable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from biblio.csl import DATE_VARIABLES, NAME_VARIABLES, TEXT_VARIABLES
from biblio.errors import FormatError
from biblio.formats.json_text import dump_json, json_type, parse_json, type_names
from biblio.model import Date, Item, Name

_NAME_KEYS = {
    "family": "family",
    "given": "given",
    "dropping-particle": "dropping_particle",
    "non-dropping-particle": "non_dropping_particle",
    "suffix": "suffix",
    "literal": "literal",
}
_DATE_KEYS = ("circa", "season", "literal", "raw")
_DATE_KEY_TYPES: dict[str, tuple[type, ...]] = {
    "circa": (bool, int, str), "season": (int, str), "literal": (str,), "raw": (str,),
}
"""The JSON types each date key may have (CSL-JSON schema: circa is a flag, a number
or a string; season a number 1–4 or a string; literal and raw strings)."""
LISTS_KEY = "csljson:lists"
"""Item.fields key of the text variables read as lists (Crossref's "title": ["…"], which
citeproc-js also reads): the variable is the first value, the list as read is kept
here so that the item is written back as it was."""


def read(text: str) -> list[Item]:
    """Items from CSL-JSON text: a list of items, or one item object."""
    data = parse_json(text)
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise FormatError("CSL-JSON must be a list of items or one item object")
    return [item_from_json(obj, f"item {index}") for index, obj in enumerate(data)]


def write(items: list[Item]) -> str:
    """CSL-JSON text (a list), UTF-8 characters kept as they are."""
    return dump_json([item_to_json(item) for item in items])


def item_from_json(obj: Any, where: str) -> Item:
    """An Item from one CSL-JSON object; `where` names it in errors ("item 3")."""
    if not isinstance(obj, dict):
        raise FormatError("an item must be a JSON object", where=where)
    item_id = obj.get("id")
    if isinstance(item_id, bool) or not isinstance(item_id, (str, int, float)):
        raise FormatError('missing or invalid "id" (a string or number)', where=where)
    where = f"item {item_id!r}"
    item_type = obj.get("type")
    if not isinstance(item_type, str):
        raise FormatError('missing or invalid "type" (a string)', where=where)
    fields: dict[str, Any] = {}
    for key, value in obj.items():
        if key in ("id", "type"):
            continue
        if key in NAME_VARIABLES:
            fields[key] = _names_from_json(value, f"{where}, field {key!r}")
        elif key in DATE_VARIABLES:
            fields[key] = _date_from_json(value, f"{where}, field {key!r}")
        elif key in TEXT_VARIABLES:
            if _is_text_list(value):  # Crossref's "title": ["…"]
                fields.setdefault(LISTS_KEY, {})[key] = value
                value = value[0]
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                raise FormatError(
                    f"must be a string or number, not {json_type(value)}",
                    where=f"{where}, field {key!r}",
                )
            fields[key] = value
        else:
            fields[key] = value
    return Item(id=str(item_id), type=item_type, fields=fields)


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(x, (str, int, float)) and not isinstance(x, bool) for x in value)


def item_to_json(item: Item, name: Callable[[Name], Any] | None = None,
                 date: Callable[[Date], Any] | None = None) -> dict[str, Any]:
    """The item as CSL-JSON; with `name` and `date`, its names and dates converted by those
    instead (the renderer reads them straight into its own types, without the JSON step)."""
    name = name or name_to_json
    date = date or date_to_json
    out: dict[str, Any] = {"id": item.id, "type": item.type}
    lists = item.fields.get(LISTS_KEY)
    lists = lists if isinstance(lists, dict) else {}
    for key, value in item.fields.items():
        listed = lists.get(key)
        if key == LISTS_KEY and lists and lists.keys() & item.fields.keys():
            continue  # written as the lists themselves
        if _is_text_list(listed) and listed[0] == value:
            out[key] = listed  # as read: a list whose first value is the variable
        elif isinstance(value, Date):
            out[key] = date(value)
        elif isinstance(value, list) and value and all(isinstance(n, Name) for n in value):
            out[key] = [name(person) for person in value]
        else:
            out[key] = value
    return out


def _names_from_json(value: Any, where: str) -> list[Name]:
    if not isinstance(value, list):
        raise FormatError("a name variable must be a list of names", where=where)
    names = []
    for index, obj in enumerate(value):
        if not isinstance(obj, dict):
            raise FormatError(f"name {index} must be a JSON object", where=where)
        name = Name()
        for key, part in obj.items():
            attribute = _NAME_KEYS.get(key)
            if attribute is None:
                name.extra[key] = part
            elif not isinstance(part, str):
                raise FormatError(f'name {index}: "{key}" must be a string', where=where)
            else:
                setattr(name, attribute, part)
        names.append(name)
    return names


def name_to_json(name: Name) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, attribute in _NAME_KEYS.items():
        value = getattr(name, attribute)
        if value is not None:
            out[key] = value
    out.update(name.extra)
    return out


def _date_from_json(value: Any, where: str) -> Date:
    if isinstance(value, str):  # not CSL-JSON, but pandoc and others write it
        return Date(raw=value)
    if not isinstance(value, dict):
        raise FormatError("a date must be a JSON object", where=where)
    date = Date()
    for key, part in value.items():
        if key == "date-parts":
            date.parts = _date_parts(part, where)
        elif key in _DATE_KEYS:
            if part is not None and not isinstance(part, _DATE_KEY_TYPES[key]):
                raise FormatError(f'"{key}" must be {type_names(_DATE_KEY_TYPES[key])}, '
                                  f"not {json_type(part)}", where=where)
            setattr(date, key, part)
        else:
            date.extra[key] = part
    return date


def _date_parts(value: Any, where: str) -> list[list[int | str]]:
    valid = isinstance(value, list) and 1 <= len(value) <= 2 and all(
        isinstance(part, list)
        and len(part) <= 3
        and all(isinstance(x, (int, str)) and not isinstance(x, bool) for x in part)
        for part in value
    )
    if not valid:
        raise FormatError(
            '"date-parts" must be one or two lists of up to three numbers', where=where
        )
    return [list(part) for part in value]


def date_to_json(date: Date) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if date.parts:
        out["date-parts"] = [list(part) for part in date.parts]
    for key in _DATE_KEYS:
        value = getattr(date, key)
        if value is not None:
            out[key] = value
    out.update(date.extra)
    return out

