"""`biblio parse FOOTNOTES.txt`: GOST footnotes, one per line, → a document or items."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from biblio.cli.common import (Progress, add_encoding_option, read_input, source_name,
                               write_output)
from biblio.documents import is_document, read_footnotes
from biblio.errors import BiblioError
from biblio.formats import FORMATS, get_format, write
from biblio.parse import parse_footnotes
from biblio.text.note_list import note_list

EXAMPLES = """\
Each non-empty line is one footnote, numbered 1, 2, … in order; when the lines carry
their own numbers ("1. …", "12 …", "[3] …", "¹ …", each one more than the last), those
are the notes' numbers and a line without one continues the note before it. Problems
name the footnote and its line.

examples:
  biblio parse notes.txt                       document JSON (notes, cites, items)
  biblio parse notes.txt --to csljson -o refs.json
  cat notes.txt | biblio parse - --to bibtex
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="parse footnotes (one per line) into notes, cites and items",
        description="Parse footnotes: GOST R 7.0.5-2008 and its Russian variants by "
        "grammar, other note and reference styles (Chicago, APA, Vancouver, Italian and "
        "German notes) by a learned labeller; repeated references (Там же, Ibid., Указ. "
        "соч., op. cit., short forms) resolved to the work they repeat. Problems are "
        "reported on stderr.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="FOOTNOTES", help='a text file, or "-" for stdin')
    parser.add_argument("--to", default="document", metavar="FORMAT",
                        help=f"output format: {', '.join(sorted(FORMATS))} (default: document)")
    parser.add_argument("-o", "--output", default="-", metavar="OUT",
                        help='output file (default "-": stdout)')
    add_encoding_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    name = source_name(args.input)
    writer = get_format(args.to)
    try:
        footnotes = (read_footnotes(args.input).footnotes if is_document(args.input)
                     else note_list(read_input(args.input, args.encoding)))
        document = parse_footnotes(footnotes, progress=Progress("parsing footnotes"))
    except BiblioError as error:
        raise error.located(name) from None
    if not document.notes:
        print(f"biblio: warning: {name}: no footnotes: every line is empty", file=sys.stderr)
    for problem in document.problems:
        print(f"biblio: warning: {name}: {problem}", file=sys.stderr)
    write_output(args.output, write(document, writer.name))
    return 0
