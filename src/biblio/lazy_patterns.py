"""Regular expressions compiled at their first use (issue 10: the import of what
`biblio render` needs was mostly compiling patterns, many of which a text never reaches).
A module of its own, so that the text modules (repair, sections) use it without
importing the parser."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A regular expression compiled at its first use, not at import: the citation styles'
    patterns (biblio.parse.csl_citations) took 0.12 s to compile, paid by every command that
    imports the parser though most texts never reach them. It answers the methods of a
    compiled pattern that the parser calls, so that a module's rarer patterns (comma-style
    and author-year notes, informal titles, electronic areas) are declared as the others
    are; a text that needs one pays its compilation once, at that first use. Its source is
    `pattern`, as a compiled pattern's is: a pattern built from another one's text
    (f"{NAME.pattern}...") does not compile it."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.compiled().search(text, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.compiled().match(text, *bounds)

    def fullmatch(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.compiled().fullmatch(text, *bounds)

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, *bounds)

    def findall(self, text: str, *bounds: int) -> list[Any]:
        return self.compiled().findall(text, *bounds)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.compiled().split(text, maxsplit)

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str,
            count: int = 0) -> str:
        return self.compiled().sub(replacement, text, count)

    def produced(self, match: re.Match[str]) -> bool:
        """Whether `match` is one of this pattern's (what `match.re is PATTERN` tells of a
        compiled one), without compiling it: a pattern never compiled matched nothing."""
        return match.re is self._compiled
