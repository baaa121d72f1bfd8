"""CSL 1.0.2 §Disambiguation: names made unambiguous in general (givenname-disambiguation-rule
all-names, primary-name and their -with-initials forms), then, for cites that still render alike
for different items, add names, expand given names (by-cite), the `disambiguate` condition and
year suffixes, in that order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .names import Name, initialize
from .richtext import plain_text
from .sorting import NAME_VARIABLES

INITIALS, FULL = 1, 2


def _renders(processor: Any, keys: list[str], position: int) -> dict[str, str]:
    """Each cite as compared for ambiguity: without the date of access, which tells no two works
    apart (citeproc-js leaves it out too: two undated works by one author are "n.d.-a", "n.d.-b")."""
    section = processor.style.citation
    out = {}
    for key in keys:
        ctx = processor.context(key, {}, "citation")
        ctx.position = position
        if "accessed" in ctx.item:
            ctx.item = {name: value for name, value in ctx.item.items() if name != "accessed"}
        out[key] = plain_text(processor.render_item(section, ctx))
    return out


def _ambiguous(processor: Any, keys: list[str]) -> list[list[str]]:
    """Items whose cites render alike, first cites and (in styles that test positions) later ones;
    cites that render nothing are alike too (a year suffix may be all that prints: Harvard's
    "(no date a)" for works with neither author nor date, as in citeproc-js)."""
    found: list[list[str]] = []
    for position in processor.style.positions_rendered:
        rendered = _renders(processor, keys, position)
        groups: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            groups[rendered[key]].append(key)
        for group in groups.values():
            if len(group) > 1 and group not in found:
                found.append(group)
    return found


def _flat(groups: list[list[str]]) -> list[str]:
    return [key for group in groups for key in group]


def _names(processor: Any, key: str) -> list[list[Name]]:
    item = processor.items[key]
    return [value for name, value in item.items() if name in NAME_VARIABLES and isinstance(value, list)]


def disambiguate(processor: Any) -> None:
    options = processor.style.citation.options
    if not processor.style.disambiguates:
        return
    rule = options.get("givenname-disambiguation-rule", "by-cite")
    add_names = options.get("disambiguate-add-names") == "true"
    add_givenname = options.get("disambiguate-add-givenname") == "true"
    if add_givenname and rule != "by-cite":
        _general_names(processor, rule)
    groups = _ambiguous(processor, list(processor.registered))
    if not groups:
        return
    year_suffix = options.get("disambiguate-add-year-suffix") == "true"
    by_cite = add_givenname and rule in ("by-cite", "all-names", "all-names-with-initials")
    # "-with-initials": "name expansion is limited to showing initials" (§Disambiguation)
    expansions = ((INITIALS,) if rule.endswith("with-initials") else (INITIALS, FULL)) if by_cite else ()
    remaining = []
    for group in groups:
        unresolved = _expand(processor, group, add_names, expansions)
        if unresolved and year_suffix:
            for key in unresolved:
                processor.state[key].names_added = 0
        remaining.extend(unresolved)
    if not remaining:
        return
    for key in remaining:
        processor.state[key].disambiguate = True
    if year_suffix:
        _year_suffixes(processor, _ambiguous(processor, remaining))


def _expand(processor: Any, group: list[str], add_names: bool, expansions: tuple[int, ...]) -> list[str]:
    """Add names, and given names at each name count, keeping the fewest that help most."""
    limit = max((len(names) for key in group for names in _names(processor, key)), default=0) if add_names else 0
    unresolved = list(group)
    best = len(unresolved)
    for added in range(0, limit + 1):
        previous = {key: processor.state[key].names_added for key in unresolved}
        for key in unresolved:
            processor.state[key].names_added = added
        still = [k for k in unresolved if k in _flat(_ambiguous(processor, group))]
        if expansions and still:
            still = _add_givenname(processor, group, still, expansions)
        if len(still) < best:
            best = len(still)
            unresolved = still
            if not unresolved:
                return []
        else:
            for key, count in previous.items():
                processor.state[key].names_added = count
    return unresolved


def _add_givenname(processor: Any, group: list[str], unresolved: list[str],
                   expansions: tuple[int, ...]) -> list[str]:
    """§Disambiguation, by-cite: expand the names that differ, one position at a time; a person
    expanded in one cite is expanded in every cite of the group that names them, so that one
    author's two works are never told apart by "E. du Réau" against "du Réau"."""
    width = max((len(names) for key in unresolved for names in _names(processor, key)), default=0)
    for index in range(width):
        at_index = {names[index] for key in unresolved for names in _names(processor, key) if index < len(names)}
        for level in expansions:
            changed = []
            for key in unresolved:
                levels = processor.state[key].name_levels
                people = {name for names in _names(processor, key) for name in names}
                for name in at_index & people:
                    if levels.get(name, 0) < level:
                        changed.append((key, name, levels.get(name)))
                        levels[name] = level
            if not changed:
                continue
            still = [k for k in unresolved if k in _flat(_ambiguous(processor, group))]
            if len(still) < len(unresolved):
                unresolved = still
                if not unresolved:
                    return []
                break
            for key, name, old in changed:  # no help: undo
                levels = processor.state[key].name_levels
                if old is None:
                    levels.pop(name, None)
                else:
                    levels[name] = old
    return unresolved


def _general_names(processor: Any, rule: str) -> None:
    """all-names / primary-name rules: a name whose family name another person shares is expanded."""
    by_family: dict[str, set[Name]] = defaultdict(set)
    for key in processor.registered:
        for names in _names(processor, key):
            for index, name in enumerate(names):
                if rule.startswith("primary") and index:
                    continue
                if name.family:
                    by_family[f"{name.non_dropping} {name.family}"].add(name)
    levels: dict[Name, int] = {}
    for people in by_family.values():
        givens = {re.sub(r"[\s.]", "", name.given) for name in people}
        if len(givens) < 2:
            continue
        initials = [initialize(name.given, ".", True) for name in people]
        for name, initial in zip(people, initials):
            unique = initials.count(initial) == 1
            if unique or not rule.endswith("with-initials"):
                levels[name] = INITIALS if unique else FULL
    primary = rule.startswith("primary")
    for key in processor.registered:
        for names in _names(processor, key):
            for index, name in enumerate(names[:1] if primary else names):
                if name in levels:
                    processor.state[key].name_levels[(name, index) if primary else name] = levels[name]


def year_suffix(index: int) -> str:
    """0 → "a", 25 → "z", 26 → "aa" (§Disambiguation, year-suffix)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _merged(groups: list[list[str]]) -> list[list[str]]:
    """Groups sharing an item become one (an item has one year suffix)."""
    merged: list[set[str]] = []
    for group in groups:
        joined = set(group)
        for other in [m for m in merged if m & joined]:
            joined |= other
            merged.remove(other)
        merged.append(joined)
    return [sorted(m) for m in merged]


def _year_suffixes(processor: Any, groups: list[list[str]]) -> None:
    order = {key: i for i, key in enumerate(processor.registered)}
    for group in _merged(groups):
        for index, key in enumerate(sorted(group, key=order.__getitem__)):
            processor.state[key].year_suffix = year_suffix(index)
