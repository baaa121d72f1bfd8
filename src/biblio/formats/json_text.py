"""JSON text as the JSON formats read it: strictly, so that nothing is lost unseen.

Python's `json` keeps the last of two equal keys, recurses once per level of
nesting, and refuses integers of more than 4,300 digits with a bare ValueError.
Each becomes a FormatError here, naming the line (or the item and key) it is at:
a CSL-JSON or document file has a handful of levels, so a depth beyond
`MAX_DEPTH` is an error rather than a crash in whatever walks the data next.
"""

from __future__ import annotations

import json
import math
import re
import sys
from typing import Any

from biblio.errors import FormatError

MAX_DEPTH = 100
"""Levels of nesting allowed; a document JSON needs six (items → item → name …)."""

_BRACKET_OR_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|[\[\]{}]')
"""A JSON string (skipped whole, so its brackets do not count) or a bracket."""

_NOT_A_NUMBER = re.compile(r"-?\b(?:NaN|Infinity)\b|-?\d+(?:\.\d+)?[eE]\+?\d{3,}")
"""What Python reads as a number but JSON has not: NaN, Infinity, 1e999 (infinite)."""

_LONG_NUMBER = re.compile(r"\d{%d,}" % (sys.get_int_max_str_digits() + 1))


class _Object(dict):
    """A JSON object that remembers the keys its text gave more than once."""

    repeated: list[tuple[str, Any, Any]]


def _object_keeping_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):  # the common case, at C speed
        return obj
    repeating = _Object()
    repeating.repeated = []
    for key, value in pairs:
        if key in repeating:
            repeating.repeated.append((key, repeating[key], value))
        repeating[key] = value
    return repeating


def parse_json(text: str) -> Any:
    """The value of JSON `text`; FormatError naming the line or place of a syntax
    error, a number too long to read, nesting deeper than MAX_DEPTH or a key given
    twice in one object."""
    text = text.removeprefix("\ufeff")  # a BOM: Windows editors add one
    try:
        data = json.loads(text, object_pairs_hook=_object_keeping_repeats,
                          parse_constant=_no_constant, parse_float=_finite_float)
    except json.JSONDecodeError as error:
        raise FormatError(
            f"invalid JSON: {error.msg} (column {error.colno})", line=error.lineno
        ) from None
    except RecursionError:
        raise _too_deep(text) from None
    except _NotJSON as error:
        raise _located(text, _NOT_A_NUMBER, f"{error} is not a JSON number") from None
    except ValueError:  # int() of more digits than Python converts
        raise _located(text, _LONG_NUMBER, f"a number of more than "
                       f"{sys.get_int_max_str_digits()} digits") from None
    _check_shape(data, text)
    return data


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _check_shape(data: Any, text: str) -> None:
    """Depth and repeated keys, walked without recursion (the data may be deep); the
    place of a repeated key is looked for only once one is found."""
    stack: list[tuple[Any, int]] = [(data, 0)] if isinstance(data, (dict, list)) else []
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep(text)
        if type(value) is _Object:
            key, first, second = value.repeated[0]
            raise FormatError(
                f'the key "{key}" is given twice ({_written(first)} and {_written(second)}); '
                "only one can be kept, remove the other", where=_place_of(data, value))
        children = value.values() if isinstance(value, dict) else value
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, (dict, list)))


def _place_of(data: Any, target: Any) -> str | None:
    """How an error names `target` inside `data`: the item holding it ("item "a""),
    or the key it is under ("items")."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            if isinstance(value.get("id"), (str, int)) and not isinstance(value["id"], bool):
                where = f"item {_written(value['id'])}"
            if value is target:
                return where or None
            stack.extend((child, where or f'"{key}"') for key, child in value.items())
        elif isinstance(value, list):
            stack.extend((child, where) for child in value)
    return None


def _too_deep(text: str) -> FormatError:
    depth = 0
    for match in _BRACKET_OR_STRING.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line = text.count("\n", 0, match.start()) + 1
                return FormatError(f"JSON nested more than {MAX_DEPTH} levels deep", line=line)
        elif token in "]}":
            depth -= 1
    return FormatError(f"JSON nested more than {MAX_DEPTH} levels deep")


class _NotJSON(Exception):
    """A number Python's reader takes and JSON does not."""


def _no_constant(name: str) -> float:
    raise _NotJSON(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _NotJSON(text)
    return value


def _located(text: str, pattern: re.Pattern[str], message: str) -> FormatError:
    """`message` at the line of the first match of `pattern` in `text`."""
    match = pattern.search(text)
    line = text.count("\n", 0, match.start()) + 1 if match else None
    return FormatError(message, line=line)


def _written(value: Any) -> str:
    """A JSON value as its file writes it, shortened: 2004, "Title", an object."""
    if isinstance(value, (dict, list)):
        return json_type(value)
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


_JSON_TYPE_NAMES = {bool: "true/false", int: "a number", float: "a number", str: "a string",
                    list: "a list", dict: "an object", type(None): "null"}


def json_type(value: Any) -> str:
    """The JSON name of a value's type, as a user reads it ("a list", not "list")."""
    for kind, name in _JSON_TYPE_NAMES.items():
        if isinstance(value, kind):
            return name
    return type(value).__name__


def type_names(kinds: tuple[type, ...]) -> str:
    """"a string or a number": the JSON names of `kinds`, once each."""
    names = dict.fromkeys(_JSON_TYPE_NAMES[kind] for kind in kinds)
    return " or ".join(names)
