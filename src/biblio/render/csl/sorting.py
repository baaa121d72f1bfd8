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
from .richtext import Node, plain_text
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
    level does), then as written."""
    base = NOT_LETTERS.sub("", unicodedata.normalize("NFKD", text.lower()))
    return " ".join(base.split()) + "\x00" + text


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
    from .richtext import parse_field
    return parse_field(str(value))


def _macro_key(macro: Callable[[Context], Node | None]) -> KeyFunction:
    def key(ctx: Context) -> Any:
        text = plain_text(macro(ctx))
        return normalise(text) if text else None
    return key


def _compare(a: tuple[list[Any], int], b: tuple[list[Any], int], keys: list[SortKey]) -> int:
    for index, key in enumerate(keys):
        x, y = a[0][index], b[0][index]
        if x == y:
            continue
        if x is None:
            return 1
        if y is None:
            return -1
        result = -1 if x < y else 1
        return -result if key.descending else result
    return a[1] - b[1]


def sort_items(entries: list[Any], keys: list[SortKey], context_for: Callable[[Any], Context]) -> list[Any]:
    """`entries` ordered by `keys` (stable: ties keep their order)."""
    if not keys:
        return list(entries)
    decorated = []
    for position, entry in enumerate(entries):
        ctx = context_for(entry)
        decorated.append(([key.value(ctx) for key in keys], position, entry))
    ordered = sorted(decorated, key=cmp_to_key(lambda a, b: _compare((a[0], a[1]), (b[0], b[1]), keys)))
    return [entry for _, _, entry in ordered]
