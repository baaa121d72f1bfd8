"""What the subcommands share: reading a file or stdin, writing a file or stdout."""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _package_version
from pathlib import Path
from typing import TextIO

from biblio.errors import BiblioError, UsageError


def version() -> str:
    try:
        return _package_version("biblio")
    except PackageNotFoundError:
        return "unknown"


def read_input(path: str) -> str:
    """The text of `path`, or of stdin for "-"; errors name the file."""
    if path == "-":
        return sys.stdin.read().removeprefix("\ufeff")
    try:
        return Path(path).read_text(encoding="utf-8-sig")  # Windows editors add a BOM
    except FileNotFoundError:
        raise UsageError("no such file", source=path) from None
    except IsADirectoryError:
        raise UsageError("is a directory, not a file", source=path) from None
    except UnicodeDecodeError as error:
        raise BiblioError(
            f"not UTF-8 text (byte {error.start}); save the file as UTF-8", source=path
        ) from None
    except OSError as error:
        raise UsageError(error.strerror or str(error), source=path) from None


def write_output(path: str, text: str) -> None:
    """Write `text` to `path`, or to stdout for "-"."""
    if path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(error.strerror or str(error), source=path) from None


def source_name(path: str) -> str:
    return "<stdin>" if path == "-" else path


class Progress:
    """"biblio: parsing footnotes 12000/100000" on stderr, rewritten in place, when
    stderr is a terminal (never in a pipe or a log); cleared when the work is done."""

    def __init__(self, what: str, stream: TextIO | None = None) -> None:
        self.what = what
        self.stream = stream if stream is not None else sys.stderr
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.stream.isatty():
            return
        if done < total:
            self.stream.write(f"\rbiblio: {self.what} {done}/{total}")
            self.shown = True
        elif self.shown:
            self.stream.write("\r\033[K")
        self.stream.flush()
