"""One exception hierarchy whose messages name the place in the input."""

from __future__ import annotations


class BiblioError(Exception):
    """Base of every error biblio raises on bad input.

    `source` is a file name (or "<stdin>"), `line` a 1-based line, `where` any
    other location (an item id or index, a footnote number, a field).
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        where: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        self.where = where

    def located(self, source: str) -> BiblioError:
        """The same error, naming `source` when it did not name a file yet."""
        if self.source is None:
            self.source = source
        return self

    def __str__(self) -> str:
        place = self.source or ""
        if self.line is not None:
            place = f"{place}:{self.line}" if place else f"line {self.line}"
        if self.where:
            place = f"{place}: {self.where}" if place else self.where
        return f"{place}: {self.message}" if place else self.message


class FormatError(BiblioError):
    """Input that is not valid in its format (JSON, CSL-JSON, BibTeX)."""


class UsageError(BiblioError):
    """A request that cannot be carried out as asked (unknown format, style)."""


class StyleError(BiblioError):
    """A CSL style that cannot be loaded or rendered."""
