"""CSL 1.0.2 §Sorting: sort keys from variables or macros, ascending or descending, with empty
keys last and ties kept in input order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cmp_to_key
from typing import Any

from .context import Context
from .dates import read_date, sort_key as date_key
from .locales import CSL_NS
from .names import NameFormatter, name_options, read_name
from .numbers import NUMBER_TOKEN, is_numeric
from .output import serialize
from .richtext import Node, parse_field, plain_text
from .variables import raw_value

NAME_VARIABLES = frozenset("""author chair collection-editor compiler composer container-author
    contributor curator director editor editorial-director editor-translator executive-producer
    guest host illustrator interviewer narrator organizer original-author performer producer
    recipient reviewed-author script-writer series-creator translator""".split())
DATE_VARIABLES = frozenset("accessed available-date event-date issued original-date submitted".split())
NUMBER_VARIABLES = frozenset("""chapter-number citation-number collection-number edition
    first-reference-note-number issue locator number number-of-pages number-of-volumes page
    part-number printing-number section supplement-number version volume""".split())

KeyFunction = Callable[[Context], Any]
DIGITS = re.compile(r"[0-9]+")
NOT_LETTERS = re.compile(r"[^\w\s]|_|[\u0300-\u036f]")  # punctuation and combining accents


class SortKey:
    __slots__ = ("extract", "descending", "names_min", "names_use_first", "names_use_last", "variable")

    def __init__(self, extract: KeyFunction, descending: bool, element: Any) -> None:
        self.extract = extract
        self.variable = element.get("variable")
        self.descending = descending
        self.names_min = _int(element.get("names-min"))
        self.names_use_first = _int(element.get("names-use-first"))
        self.names_use_last = element.get("names-use-last") == "true" if element.get("names-use-last") else None

    def value(self, ctx: Context) -> Any:
        ctx.sorting = True
        ctx.names_min, ctx.names_use_first = self.names_min, self.names_use_first
        ctx.names_use_last = self.names_use_last
        try:
            ctx.reset()
            return self.extract(ctx)
        finally:
            ctx.sorting = False
            ctx.names_min = ctx.names_use_first = ctx.names_use_last = None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def normalise(text: str) -> str:
    """A text key compared first without case, accents and punctuation (as collation's first
    level does) and with numbers by value ("ф. 5" before "ф. 17" before "ф. 0136", as
    citeproc-js's numeric collation), then as written."""
    base = NOT_LETTERS.sub("", unicodedata.normalize("NFKD", text.lower()))
    if any(c.isdigit() for c in base):
        base = DIGITS.sub(_by_value, base)
    return " ".join(base.split()) + "\x00" + text


def _by_value(match: re.Match[str]) -> str:
    """Digits that compare as their number: their count first, then the digits."""
    digits = match.group(0).lstrip("0") or "0"
    return f"{len(digits):03d}{digits}"


def compile_sort(element: Any, compiler: Any) -> list[SortKey]:
    keys: list[SortKey] = []
    for key in element.findall(CSL_NS + "key"):
        descending = key.get("sort") == "descending"
        variable = key.get("variable")
        if variable:
            keys.append(SortKey(_variable_key(variable, compiler), descending, key))
        elif key.get("macro"):
            macro = compiler.macro(key.get("macro"), key)
            keys.append(SortKey(_macro_key(macro), descending, key))
    return keys


def _variable_key(variable: str, compiler: Any) -> KeyFunction:
    if variable in NAME_VARIABLES:
        options = name_options({"name-as-sort-order": "all", **compiler.inherited}, None, compiler.style_options)
        options.sort_order = "all"
        formatter = NameFormatter(options, None, compiler.locale, None)

        def names(ctx: Context) -> Any:
            value = ctx.item.get(variable)
            if not value:
                return None
            return normalise(str(formatter.render([read_name(n) for n in value], ctx) or ""))
        return names
    if variable in DATE_VARIABLES:
        return lambda ctx: date_key(read_date(ctx.item.get(variable))) or None
    if variable in NUMBER_VARIABLES:
        def number(ctx: Context) -> Any:
            value = raw_value(ctx, variable)
            if value in ("", None):
                return None
            text = str(value)
            if is_numeric(text):
                return "".join(f"{int(t):010d}" if t.isdigit() else t for t in NUMBER_TOKEN.findall(text))
            return normalise(text)
        return number

    def text(ctx: Context) -> Any:
        value = raw_value(ctx, variable)
        return normalise(serialize(_strip(value), "text")) if value not in ("", None) else None
    return text


def _strip(value: Any) -> Node:
    return parse_field(str(value))


def _macro_key(macro: Callable[[Context], Node | None]) -> KeyFunction:
    def key(ctx: Context) -> Any:
        text = plain_text(macro(ctx))
        return normalise(text) if text else None
    return key


def _ascending(value: Any) -> tuple[bool, Any]:
    """Empty keys last."""
    return (value is None, "" if value is None else value)


def _descending(value: Any) -> Any:
    return cmp_to_key(lambda x, y: 0 if x == y else 1 if x is None else -1 if y is None else 1 if x < y else -1)(value)


def sort_items(entries: list[Any], keys: list[SortKey], context_for: Callable[[Any], Context]) -> list[Any]:
    """`entries` ordered by `keys` (stable: ties keep their order). A key is computed only for
    entries that the keys before it left tied, so a first key that tells them apart is the only
    rendering sorting costs."""
    if not keys:
        return list(entries)
    rows = [(entry, context_for(entry)) for entry in entries]
    return [entry for entry, _ in _sort_rows(rows, keys, 0)]


def _sort_rows(rows: list[tuple[Any, Context]], keys: list[SortKey], level: int) -> list[tuple[Any, Context]]:
    if level == len(keys) or len(rows) < 2:
        return rows
    key = keys[level]
    order = _descending if key.descending else _ascending
    valued = sorted(((key.value(ctx), entry, ctx) for entry, ctx in rows), key=lambda row: order(row[0]))
    out: list[tuple[Any, Context]] = []
    start = 0
    for index in range(1, len(valued) + 1):
        if index == len(valued) or valued[index][0] != valued[start][0]:
            tied = [(entry, ctx) for _, entry, ctx in valued[start:index]]
            out.extend(_sort_rows(tied, keys, level + 1))
            start = index
    return out
