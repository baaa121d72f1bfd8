"""What the subcommands share: reading a file or stdin, writing a file or stdout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from biblio.encodings import AUTO, Decoded, decode, read_text
from biblio.errors import UsageError


def version() -> str:
    """The installed version; importlib.metadata is imported here, when --version asks,
    not by every command at start-up (it costs more than some commands' work)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _package_version

    try:
        return _package_version("biblio")
    except PackageNotFoundError:
        return "unknown"


def add_encoding_option(parser: argparse.ArgumentParser) -> None:
    """--encoding, for the commands that read text files."""
    parser.add_argument("--encoding", default=AUTO, metavar="NAME",
                        help="the input's encoding: auto (the default: UTF-8, else the "
                        "encoding a LaTeX or JabRef file declares, else the likeliest of "
                        "windows-1251, KOI8-R, CP866, mac-cyrillic, windows-1252, named on "
                        "stderr), or a name such as windows-1251; output is always UTF-8")


def read_input(path: str, encoding: str = AUTO) -> str:
    """The text of `path`, or of stdin for "-"; errors name the file. Both are read as
    bytes and decoded strictly (biblio.encodings), so that no byte passes through
    unchecked; a guessed or declared encoding is named on stderr."""
    if path == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise UsageError("standard input is closed; give a file, or pipe text in",
                             source=STDIN)
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream given by a caller (tests, embedding)
            return sys.stdin.read().removeprefix("\ufeff")
        return _told(decode(stream.read(), STDIN, encoding), STDIN)
    return _told(read_text(path, encoding), path)


def _told(decoded: Decoded, source: str) -> str:
    if decoded.notice:
        print(f"biblio: {source}: {decoded.notice}", file=sys.stderr)
    return decoded.text


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
