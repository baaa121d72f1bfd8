"""`biblio convert IN OUT`: between document JSON, CSL-JSON, BibLaTeX and BibTeX."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from biblio.cli.common import add_encoding_option, read_input, source_name, write_output
from biblio.errors import BiblioError, UsageError
from biblio.formats import FORMATS, convert_strictly, convert_with_problems, format_of

CONVERTED_IN_PART = 3
"""Exit status when the output was written but part of the input was not converted
(or was kept with a warning): each part is reported on stderr with its line."""

EXAMPLES = """\
formats (chosen by extension, or by --from/--to):
{formats}

examples:
  biblio convert refs.bib refs.json              BibLaTeX → CSL-JSON (Zotero, pandoc)
  biblio convert refs.json refs.bib              CSL-JSON → BibLaTeX
  biblio convert refs.bib refs.bibtex            BibLaTeX → classic BibTeX (natbib)
  biblio convert --to bibtex refs.json out.bib   CSL-JSON → classic BibTeX in a .bib file
  biblio convert --from biblatex - - < a.bib     stdin → stdout (give --from; --to
                                                 defaults to the input format)
  biblio convert --strict refs.bib refs.json     refuse the whole file at its first
                                                 problem

By default what cannot be converted (a broken entry, a @comment block into JSON) or
is converted with a warning (an undefined @string macro, a repeated field, a
crossref to a missing entry) is reported on stderr, one line each naming the file
and line, and the rest is converted.

exit status:
  0  converted whole
  1  not converted (bad input, or --strict and a problem; the message names the place)
  3  converted in part: the output is written, the problems are on stderr
"""


def add_parser(subparsers: Any) -> None:
    formats = "\n".join(
        f"  {fmt.name:<9} {', '.join(fmt.extensions):<32} {fmt.description}"
        for fmt in FORMATS.values()
    )
    parser = subparsers.add_parser(
        "convert",
        help="convert between document JSON, CSL-JSON, BibLaTeX and BibTeX",
        description="Convert a bibliography file to another format. Nothing is lost: "
        "what a format cannot hold is kept in a documented place (docs/bibtex-mapping.md).",
        epilog=EXAMPLES.format(formats=formats),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="IN", help='input file, or "-" for stdin')
    parser.add_argument("output", metavar="OUT", help='output file, or "-" for stdout')
    parser.add_argument("--from", dest="source", choices=sorted(FORMATS), metavar="FORMAT",
                        help="input format (default: from the extension of IN)")
    parser.add_argument("--to", dest="target", choices=sorted(FORMATS), metavar="FORMAT",
                        help="output format (default: from the extension of OUT)")
    parser.add_argument("--strict", action="store_true",
                        help="refuse the whole file at the first entry or block that "
                        "cannot be converted whole (exit status 1)")
    parser.add_argument("--keep-going", action="store_true",
                        help="the default: convert what can be converted, report the rest "
                        "(kept for earlier scripts)")
    add_encoding_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    name = source_name(args.input)
    if args.input == "-" and not args.source:
        raise UsageError("give --from FORMAT to read stdin", source=name)
    source = args.source or format_of(args.input, "--from").name
    if args.target:
        target = args.target
    elif args.output == "-":
        target = source
    else:
        target = format_of(args.output, "--to").name
    text = read_input(args.input, args.encoding)
    try:
        if args.strict:
            output, problems = convert_strictly(text, source, target), []
        else:
            output, problems = convert_with_problems(text, source, target)
    except BiblioError as error:
        raise error.located(name) from None
    write_output(args.output, output)
    for problem in problems:
        print(f"biblio: warning: {name}, {problem}", file=sys.stderr)
    return CONVERTED_IN_PART if problems else 0
