"""What the subcommands share: reading a file or stdin, writing a file or stdout."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from biblio.errors import BiblioError, UsageError


def version() -> str:
    """The installed version; importlib.metadata is imported here, when --version asks,
    not by every command at start-up (it costs more than some commands' work)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _package_version

    try:
        return _package_version("biblio")
    except PackageNotFoundError:
        return "unknown"


def read_input(path: str) -> str:
    """The text of `path`, or of stdin for "-"; errors name the file. Both are read as
    bytes and decoded strictly, so that no byte passes through unchecked."""
    if path == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise UsageError("standard input is closed; give a file, or pipe text in",
                             source=STDIN)
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream given by a caller (tests, embedding)
            return sys.stdin.read().removeprefix("\ufeff")
        return decoded(stream.read(), STDIN)
    try:
        return decoded(Path(path).read_bytes(), path)
    except FileNotFoundError:
        raise UsageError("no such file", source=path) from None
    except IsADirectoryError:
        raise UsageError("is a directory, not a file", source=path) from None
    except OSError as error:
        raise UsageError(error.strerror or str(error), source=path) from None


def decoded(data: bytes, source: str) -> str:
    """UTF-8 `data` as text, without the BOM Windows editors add; an error naming the
    first byte that is not UTF-8 otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BiblioError(
            f"not UTF-8 text (byte {error.start}); save the file as UTF-8", source=source
        ) from None


def write_output(path: str, text: str) -> None:
    """Write `text` to `path`, or to stdout for "-"; a full disk or a closed stdout is
    one error naming where the output was going."""
    try:
        if path == "-":
            if sys.stdout is None:
                raise UsageError("standard output is closed; give -o FILE", source=STDOUT)
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            Path(path).write_text(text, encoding="utf-8")
    except BrokenPipeError:
        raise  # the reader has had enough ("| head"): main() ends quietly
    except OSError as error:
        raise UsageError(f"cannot write: {error.strerror or error}",
                         source=source_name(path, STDOUT)) from None


STDIN, STDOUT = "<stdin>", "<stdout>"


def source_name(path: str, stdio: str = STDIN) -> str:
    return stdio if path == "-" else path


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
