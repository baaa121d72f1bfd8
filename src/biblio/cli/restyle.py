"""`biblio restyle MANUSCRIPT -o OUT`: a manuscript's notes rewritten in another style."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from biblio.cli.common import Progress, source_name
from biblio.cli.render import parse_options
from biblio.errors import BiblioError, UsageError

EXAMPLES = """\
Each note whose references biblio understood is rewritten in the style; commentary
around the references stays, and every note kept as it is (commentary only, or with
text biblio could not read) is reported on stderr with the reason. Everything outside
the notes is copied unchanged.

examples:
  biblio restyle manuscript.docx --style chicago -o out.docx
  biblio restyle manuscript.docx --style gost -O repeats=op-cit -o out.docx
"""

SUFFIXES = (".docx",)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "restyle",
        help="rewrite the footnotes of a Word manuscript in another style",
        description="Rewrite the footnotes of a manuscript (.docx) in GOST, Chicago or a "
        "CSL style, keeping everything else.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="MANUSCRIPT", help="a .docx file")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="the manuscript rewritten (never the input itself)")
    parser.add_argument("--style", default="gost", metavar="STYLE",
                        help='"gost" (default), "chicago", or a path to a .csl file')
    parser.add_argument("-O", "--option", action="append", default=[], metavar="NAME=VALUE",
                        help="a style option (docs/rendering.md)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from biblio.documents.restyle import restyle_docx

    name = source_name(args.input)
    suffix = Path(args.input).suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"restyle reads {', '.join(SUFFIXES)} manuscripts, not {suffix or 'this'}",
                         source=name)
    if Path(args.output).resolve() == Path(args.input).resolve():
        raise UsageError("the output would overwrite the manuscript; give another -o",
                         source=name)
    try:
        problems = restyle_docx(args.input, args.output, args.style,
                                progress=Progress("parsing notes"), **parse_options(args.option))
    except BiblioError as error:
        raise error.located(name) from None
    except OSError as error:
        raise UsageError(f"cannot write: {error.strerror or error}", source=args.output) from None
    for problem in problems:
        print(f"biblio: warning: {name}: {problem}", file=sys.stderr)
    return 0
