"""CSL 1.0.2 §Choose: `<if>`, `<else-if>`, `<else>` and their tests, compiled into predicates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .context import Context
from .dates import read_date
from .numbers import is_numeric
from .variables import variable_test

Predicate = Callable[[Context], bool]
POSITIONS = {"first": lambda ctx: ctx.position == 0,
             "subsequent": lambda ctx: ctx.position >= 1,
             "ibid": lambda ctx: ctx.position >= 2,
             "ibid-with-locator": lambda ctx: ctx.position == 3,
             "near-note": lambda ctx: ctx.position >= 1 and ctx.near_note}


def _is_uncertain(ctx: Context, name: str) -> bool:
    value = read_date(ctx.item.get(name))
    return value is not None and value.circa


def _tests(element: Any) -> list[Predicate]:
    tests: list[Predicate] = []
    kinds = frozenset((element.get("type") or "").split())
    if len(kinds) > 1 and element.get("match", "all") != "all":  # one set lookup for "any" and "none"
        tests.append(lambda ctx: ctx.item.get("type") in kinds)
    else:
        for kind in kinds:
            tests.append(lambda ctx, kind=kind: ctx.item.get("type") == kind)
    for name in (element.get("variable") or "").split():
        tests.append(variable_test(name))
    for name in (element.get("is-numeric") or "").split():
        tests.append(lambda ctx, name=name: is_numeric(_value(ctx, name)))
    for name in (element.get("is-uncertain-date") or "").split():
        tests.append(lambda ctx, name=name: _is_uncertain(ctx, name))
    for label in (element.get("locator") or "").split():
        labels = {"sub-verbo", "sub verbo"} if label == "sub-verbo" else {label}
        tests.append(lambda ctx, labels=labels: bool(ctx.cite.get("locator"))
                     and (ctx.cite.get("label") or "page") in labels)
    for position in (element.get("position") or "").split():
        test = POSITIONS[position]
        tests.append(lambda ctx, test=test: ctx.mode == "citation" and test(ctx))
    if element.get("disambiguate") == "true":
        tests.append(lambda ctx: ctx.disambiguate)
    return tests


def _value(ctx: Context, name: str) -> str:
    if name == "locator":
        return str(ctx.cite.get("locator") or "")
    value = ctx.item.get(name)
    return "" if value is None else str(value)


def compile_condition(element: Any) -> Predicate:
    """The test of one `<if>`/`<else-if>`: all its tests joined by its `match`."""
    tests = _tests(element)
    match = element.get("match", "all")
    if len(tests) == 1:
        test = tests[0]
        return (lambda ctx: not test(ctx)) if match == "none" else test
    if match == "any":
        return lambda ctx: _any(tests, ctx)
    if match == "none":
        return lambda ctx: not _any(tests, ctx)
    return lambda ctx: not _any(tests, ctx, False)


def _any(tests: list[Predicate], ctx: Context, wanted: bool = True) -> bool:
    """Whether a test gives `wanted`, stopping at the first (a loop, without a generator's
    cost at every branch of every rendering)."""
    for test in tests:
        if bool(test(ctx)) is wanted:
            return True
    return False
