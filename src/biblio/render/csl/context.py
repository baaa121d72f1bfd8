"""The state one rendering of one cite (or bibliography entry) carries through the compiled style.

Nothing here touches XML: the compiled callables read the item, the cite and the
disambiguation settings from this object.
"""

from __future__ import annotations

from typing import Any


class Context:
    """One item being rendered: its data, its cite, and what rendering has seen so far."""

    __slots__ = ("item", "cite", "mode", "called", "filled", "suppressed", "position",
                 "near_note", "names_added", "year_suffix", "disambiguate",
                 "sorting", "names_min", "names_use_first", "names_use_last", "citation_number",
                 "first_note", "substituting", "collapse_names", "name_levels", "suffix_shown")

    def __init__(self, item: dict[str, Any], cite: dict[str, Any] | None = None,
                 mode: str = "bibliography") -> None:
        self.item = item
        self.cite = cite or {}
        self.mode = mode
        self.called = 0
        self.filled = 0
        self.suppressed: set[str] = set()
        self.position = 0  # 0 first, 1 subsequent, 2 ibid, 3 ibid-with-locator
        self.near_note = False
        self.names_added = 0
        self.year_suffix = ""
        self.disambiguate = False
        self.sorting = False
        self.names_min: int | None = None
        self.names_use_first: int | None = None
        self.names_use_last: bool | None = None
        self.citation_number: int | None = None
        self.first_note: int | None = None
        self.substituting: set[str] | None = None
        self.collapse_names = False
        self.name_levels: dict[Any, int] = {}
        self.suffix_shown = False

    def reset(self) -> None:
        self.called = 0
        self.filled = 0
        self.suppressed = set()
        self.suffix_shown = False
