"""The `biblio` command: a thin layer over the library, one subcommand per module.

Each module in COMMANDS offers `add_parser(subparsers)` that registers its
subcommand and sets `run(args) -> int` as the handler. Errors of bad input
(BiblioError) become one line on stderr and exit code 1; no traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from biblio.cli import common
from biblio.errors import BiblioError

COMMANDS: list[str] = ["convert", "render", "parse", "extract", "style"]
"""Module names under biblio.cli, in the order --help lists them."""


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="biblio",
        description="Footnote references as data: read articles, parse GOST footnotes, "
        "convert between BibTeX/BibLaTeX and CSL-JSON, render GOST and Chicago.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Run 'biblio COMMAND --help' for the options and examples of a command.",
    )
    parser.add_argument("--version", action="version", version=f"biblio {common.version()}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"biblio.cli.{name}").add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
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
