"""Regular expressions compiled at their first use (issue 10: the import of what
`biblio render` needs was mostly compiling patterns, many of which a text never reaches).
A module of its own, so that the text modules (repair, sections) use it without
importing the parser."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub")
"""The methods of a compiled pattern that the parser calls."""


class LazyPattern:
    """A regular expression compiled at its first use, not at import: the citation styles'
    patterns (biblio.parse.csl_citations) took 0.12 s to compile, paid by every command that
    imports the parser though most texts never reach them. It answers the methods of a
    compiled pattern that the parser calls (METHODS), so that a module's rarer patterns
    (comma-style and author-year notes, informal titles, electronic areas) are declared as
    the others are; a text that needs one pays its compilation once, at that first use.
    Its source is `pattern`, as a compiled pattern's is: a pattern built from another one's
    text (f"{NAME.pattern}...") does not compile it.

    The methods are the compiled pattern's own, kept in the pattern's slots at the first
    call (`__getattr__` is asked only for a slot still empty): a call costs what a call of
    a compiled pattern costs, where a method of this class that called the compiled one
    cost two Python calls more (issue 9, some seven calls a GOST note)."""

    __slots__ = ("pattern", "flags", "_compiled", *METHODS)

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    split: Callable[..., list[str]]
    sub: Callable[..., str]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        """A method of METHODS at its first call: the compiled pattern's, kept."""
        if name not in METHODS:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        compiled = self.compiled()
        for method in METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def produced(self, match: re.Match[str]) -> bool:
        """Whether `match` is one of this pattern's (what `match.re is PATTERN` tells of a
        compiled one), without compiling it: a pattern never compiled matched nothing."""
        return match.re is self._compiled
