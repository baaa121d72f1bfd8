"""CSL 1.0.2 §Disambiguation: add names, expand given names, the `disambiguate` condition and
year suffixes, applied in that order to cites whose first rendering is the same for different items.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .richtext import plain_text


def _renders(processor: Any, keys: list[str]) -> dict[str, str]:
    section = processor.style.citation
    out = {}
    for key in keys:
        ctx = processor.context(key, {}, "citation")
        out[key] = plain_text(processor.render_item(section, ctx))
    return out


def _ambiguous(processor: Any, keys: list[str]) -> list[list[str]]:
    rendered = _renders(processor, keys)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[rendered[key]].append(key)
    return [group for text, group in groups.items() if len(group) > 1 and text]


def _max_names(processor: Any, key: str) -> int:
    item = processor.items[key]
    return max((len(v) for v in item.values() if isinstance(v, list)), default=0)


def disambiguate(processor: Any) -> None:
    options = processor.style.citation.options
    if processor.style.style_class == "note" and not any(k.startswith("disambiguate") for k in options):
        return
    keys = list(processor.registered)
    groups = _ambiguous(processor, keys)
    if not groups:
        return
    if options.get("disambiguate-add-names") == "true":
        groups = _add_names(processor, groups)
    if groups and options.get("disambiguate-add-givenname") == "true":
        groups = _add_givenname(processor, groups)
    if groups:
        for group in groups:
            for key in group:
                processor.state[key].disambiguate = True
        groups = [g for group in groups for g in _ambiguous(processor, group)]
    if groups and options.get("disambiguate-add-year-suffix") == "true":
        _year_suffixes(processor, groups)


def _add_names(processor: Any, groups: list[list[str]]) -> list[list[str]]:
    remaining = []
    for group in groups:
        limit = max(_max_names(processor, key) for key in group)
        unresolved = group
        for added in range(1, limit + 1):
            for key in unresolved:
                processor.state[key].names_added = added
            still = [k for g in _ambiguous(processor, unresolved) for k in g]
            if len(still) < len(unresolved):
                resolved = [k for k in unresolved if k not in still]
                del resolved
            unresolved = still
            if not unresolved:
                break
        if unresolved:
            best = _ambiguous(processor, group)
            if any(len(g) == len(group) for g in best):
                for key in group:
                    processor.state[key].names_added = 0
            remaining.extend(_ambiguous(processor, group))
    return remaining


def _add_givenname(processor: Any, groups: list[list[str]]) -> list[list[str]]:
    remaining = []
    for group in groups:
        unresolved = group
        for level in (1, 2):
            for key in unresolved:
                processor.state[key].givenname_level = level
            unresolved = [k for g in _ambiguous(processor, unresolved) for k in g]
            if not unresolved:
                break
        if unresolved and any(len(g) == len(group) for g in _ambiguous(processor, group)):
            for key in group:
                processor.state[key].givenname_level = 0
        remaining.extend(_ambiguous(processor, group))
    return remaining


def year_suffix(index: int) -> str:
    """0 → "a", 25 → "z", 26 → "aa" (§Disambiguation, year-suffix)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _year_suffixes(processor: Any, groups: list[list[str]]) -> None:
    order = {key: i for i, key in enumerate(processor.registered)}
    for group in groups:
        for index, key in enumerate(sorted(group, key=order.__getitem__)):
            processor.state[key].year_suffix = year_suffix(index)
