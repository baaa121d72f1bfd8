"""`biblio style NAME`: a style file to install in Zotero, or to give pandoc."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.common import write_output
from biblio.errors import UsageError
from biblio.render.styles import STYLE_FILES
from biblio.render.layouts import style_text

EXAMPLES = f"""\
NAME is {", ".join(STYLE_FILES)} or a path to a .csl file.

The styles have one layout per language (<layout locale="en fr de">), which Zotero's
processor and biblio run; pandoc and other CSL 1.0.2 processors need one layout:
--single-layout writes the default (Russian) layout only, or with --language the
layout of that language, with that language as the style's default locale.

examples:
  biblio style gost -o gost-r-7-0-5-2008-notes.csl        install in Zotero
  biblio style gost --single-layout -o gost-pandoc.csl   for pandoc --csl
  biblio style gost --single-layout --language en -o gost-en.csl
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "style",
        help="write a style's CSL file (for Zotero, or with one layout for pandoc)",
        description="Write the CSL file of one of biblio's styles.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("name", metavar="NAME", help="gost, chicago or a path to a .csl file")
    parser.add_argument("--single-layout", action="store_true",
                        help="keep one layout per section (for processors without layout locales)")
    parser.add_argument("--language", metavar="LANG",
                        help="with --single-layout: the layout of this language (e.g. en)")
    parser.add_argument("-o", "--output", default="-", metavar="OUT",
                        help='output file (default "-": stdout)')
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.language and not args.single_layout:
        raise UsageError("--language needs --single-layout")
    write_output(args.output, style_text(args.name, single=args.single_layout,
                                         language=args.language))
    return 0
