"""How a hand-written footnote case is checked, shared by the constructed and the
held-out sets of parser tests.

An expectation is a dict:
- "type", and item variables by their CSL name: names as "family given", a particle
  before "|" ("du|Réau E."); dates as a year (int) or "YYYY-MM-DD", a range "A/B";
  None means the variable must be absent;
- "locator", "label" (page when not given), "prefix", "suffix", "form" of the cite;
- "comment" for a note that holds no reference.
A case is one footnote, or several in a row whose last note is checked; a note of
several references has one expectation per cite. A note's text must be understood
whole: no leftover.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio import parse_footnotes
from biblio.model import Cite, Date, Document, Name
from biblio.parse.partial import REPAIRED

CITE_ATTRIBUTES = ("locator", "label", "prefix", "suffix", "form")

Expected = dict[str, Any]
Case = tuple[str | tuple[str, ...], Expected | list[Expected]]


def xfail(case: Case, reason: str) -> Any:
    """A case the parser cannot read yet: it must fail, so a fix is noticed."""
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


def _name(name: Name) -> str:
    text = " ".join(part for part in (name.family or name.literal, name.given) if part)
    return f"{name.non_dropping_particle}|{text}" if name.non_dropping_particle else text


def _date(date: Date) -> str | int | None:
    if date.literal:
        return date.literal
    if len(date.parts) == 1 and len(date.parts[0]) == 1:
        return int(date.parts[0][0])
    return "/".join("-".join(f"{int(p):02d}" for p in part) for part in date.parts)


def _shown(value: Any) -> Any:
    if isinstance(value, list) and value and isinstance(value[0], Name):
        return [_name(name) for name in value]
    if isinstance(value, Date):
        return _date(value)
    return value


def _actual(document: Document, cite: Cite, expected: Expected) -> dict[str, Any]:
    item = document.items[cite.item]
    actual: dict[str, Any] = {}
    for key in expected:
        if key in CITE_ATTRIBUTES:
            actual[key] = getattr(cite, key)
        elif key == "type":
            actual[key] = item.type
        else:
            actual[key] = _shown(item.get(key))
    return actual


def _with_defaults(expected: Expected) -> Expected:
    if expected.get("locator") and "label" not in expected:
        return {**expected, "label": "page"}
    return expected


def check_case(text: str | tuple[str, ...], expected: Expected | list[Expected]) -> None:
    """Parse the notes of a case and compare the last one with its expectation."""
    notes = [text] if isinstance(text, str) else list(text)
    document = parse_footnotes(notes)
    note = document.notes[-1]
    # a look-alike read in its script is kept as printed and reported
    # (biblio.parse.partial.REPAIRED): a case names the words it expects so ("repaired");
    # nothing else may be left
    repaired = expected.get("repaired", []) if isinstance(expected, dict) else []
    assert [leftover.text for leftover in note.leftover] == repaired
    assert all(leftover.reason == REPAIRED for leftover in note.leftover)
    if isinstance(expected, dict):
        expected = {key: value for key, value in expected.items() if key != "repaired"}
    if isinstance(expected, dict) and "comment" in expected:
        assert (note.cites, note.comment) == ([], expected["comment"])
        return
    wanted = [expected] if isinstance(expected, dict) else expected
    assert len(note.cites) == len(wanted)
    for cite, one in zip(note.cites, wanted):
        one = _with_defaults(one)
        assert _actual(document, cite, one) == one
