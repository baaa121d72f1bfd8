"""CSL 1.0.2 §Choose: `<if>`, `<else-if>`, `<else>` and their tests, written as one Python
expression (the generated functions of codegen.py test it inline; a closure evaluates it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .context import Context
from .dates import read_date
from .numbers import is_numeric
from .variables import COMPUTED, has_variable, is_present

Predicate = Callable[[Context], bool]
Constant = Callable[[Any, str], str]
"""Makes a value a global of the generated code: (value, stem) -> its name there."""

POSITIONS = {"first": "ctx.position == 0",
             "subsequent": "ctx.position >= 1",
             "ibid": "ctx.position >= 2",
             "ibid-with-locator": "ctx.position == 3",
             "near-note": "ctx.position >= 1 and ctx.near_note"}
RUNTIME = {"is_numeric": is_numeric, "has_variable": has_variable, "is_present": is_present}
"""What the expressions call: globals of the generated code."""


def _is_uncertain(ctx: Context, name: str) -> bool:
    value = read_date(ctx.item.get(name))
    return value is not None and value.circa


def _value(ctx: Context, name: str) -> str:
    if name == "locator":
        return str(ctx.cite.get("locator") or "")
    value = ctx.item.get(name)
    return "" if value is None else str(value)


RUNTIME.update({"_is_uncertain": _is_uncertain, "_value": _value})


def _tests(element: Any, constant: Constant) -> list[str]:
    tests: list[str] = []
    kinds = (element.get("type") or "").split()
    if len(kinds) > 1 and element.get("match", "all") != "all":  # one set lookup for "any" and "none"
        tests.append(f"ctx.item.get('type') in {constant(frozenset(kinds), 'types')}")
    else:
        tests.extend(f"ctx.item.get('type') == {kind!r}" for kind in kinds)
    for name in (element.get("variable") or "").split():
        # an item's own variable is one look-up in the item; the processor's are computed
        tests.append(f"has_variable(ctx, {name!r})" if name in COMPUTED else f"is_present(ctx.item.get({name!r}))")
    tests.extend(f"is_numeric(_value(ctx, {name!r}))" for name in (element.get("is-numeric") or "").split())
    tests.extend(f"_is_uncertain(ctx, {name!r})" for name in (element.get("is-uncertain-date") or "").split())
    for label in (element.get("locator") or "").split():
        labels = frozenset({"sub-verbo", "sub verbo"} if label == "sub-verbo" else {label})
        tests.append(f"(bool(ctx.cite.get('locator')) and (ctx.cite.get('label') or 'page') in "
                     f"{constant(labels, 'labels')})")
    tests.extend(f"(ctx.mode == 'citation' and {POSITIONS[position]})"
                 for position in (element.get("position") or "").split())
    if element.get("disambiguate") == "true":
        tests.append("ctx.disambiguate")
    return tests


def condition_source(element: Any, constant: Constant) -> str:
    """The test of one `<if>`/`<else-if>` as an expression of `ctx`: its tests joined by its
    `match`, each evaluated only until the answer is known."""
    tests = _tests(element, constant)
    match = element.get("match", "all")
    if not tests:  # all of nothing holds; any of nothing does not
        return "False" if match == "any" else "True"
    joined = f"({' and '.join(tests)})" if match == "all" else f"({' or '.join(tests)})"
    return f"not {joined}" if match == "none" else joined


def compile_condition(element: Any) -> Predicate:
    """The test of one `<if>`/`<else-if>` as a function of `ctx` (for the closures)."""
    namespace: dict[str, Any] = dict(RUNTIME)

    def constant(value: Any, stem: str) -> str:
        name = f"_{stem}{len(namespace)}"
        namespace[name] = value
        return name
    predicate: Predicate = eval(f"lambda ctx: {condition_source(element, constant)}", namespace)  # noqa: S307
    return predicate
