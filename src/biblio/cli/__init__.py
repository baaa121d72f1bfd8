"""The `biblio` command: a thin layer over the library, one subcommand per module.

Each module in COMMANDS offers `add_parser(subparsers)` that registers its
subcommand and sets `run(args) -> int` as the handler. Errors of bad input
(BiblioError) become one line on stderr and exit code 1; a bug in biblio becomes one
line and exit code 70 (the traceback with BIBLIO_DEBUG=1); never a traceback otherwise.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from biblio import collector
from biblio.cli import common
from biblio.errors import BiblioError

INTERNAL_ERROR = 70
"""Exit status of a bug in biblio (EX_SOFTWARE), apart from bad input (1)."""

COMMANDS: list[str] = ["convert", "render", "parse", "extract", "restyle", "style"]
"""Module names under biblio.cli, in the order --help lists them."""


class _VersionAction(argparse.Action):
    """--version, looking the version up only when the option is given."""

    def __init__(self, option_strings: Sequence[str], dest: str) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                         nargs=0, help="show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"biblio {common.version()}")
        parser.exit()


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with `command` one of COMMANDS, of that one only, so
    that running a command imports its own module and what that needs, not every
    command's (start-up time: benchmarks/bench_startup.py)."""
    import importlib

    parser = argparse.ArgumentParser(
        prog="biblio",
        description="Footnote references as data: read articles, parse their footnotes, "
        "convert between BibTeX/BibLaTeX and CSL-JSON, render GOST and Chicago.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Run 'biblio COMMAND --help' for the options and examples of a command.",
    )
    parser.add_argument("--version", action=_VersionAction)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    # importing the modules builds tables and patterns that live as long as the process,
    # no garbage: the cycle collector would walk them some fifty times (about 0.02 s of
    # the 0.2–0.4 s `biblio render` spends importing what it needs)
    with collector.paused():
        for name in [command] if command in COMMANDS else COMMANDS:
            importlib.import_module(f"biblio.cli.{name}").add_parser(subparsers)
    return parser


def command() -> None:
    """The `biblio` command as installed (pyproject's script): `main`, then the exit.

    The process's objects are frozen first (gc.freeze): the interpreter's last cycle
    collection on the way out would walk every note, item and table the command built
    only to free them a moment later (0.03–0.06 s of CPU time after rendering the
    10,168-note article of benchmarks/bench_article_stages.py, 0.01 s frozen). `main`
    itself leaves the collector alone, as a caller in the same process needs it."""
    status = main()
    gc.freeze()
    sys.exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.run(args)
    except BiblioError as error:
        print(f"biblio: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # noqa: BLE001 - a bug gets one line, not a traceback
        if os.environ.get("BIBLIO_DEBUG"):
            raise
        print(f"biblio: internal error in 'biblio {args.command}' ({type(error).__name__}: "
              f"{error}); please report it with the input. BIBLIO_DEBUG=1 shows the "
              "traceback.", file=sys.stderr)
        return INTERNAL_ERROR
