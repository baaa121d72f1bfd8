"""`biblio render IN`: a document's notes and bibliography in GOST, Chicago or any CSL style."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from biblio.cli.common import (Progress, add_encoding_option, read_input, source_name,
                               write_output)
from biblio.documents import is_document
from biblio.errors import BiblioError, UsageError
from biblio.formats import FORMATS, guess_format, read_with_problems
from biblio.formats.json_text import parse_json
from biblio.model import Document, Item, Problem
from biblio.numbers import whole_number
from biblio.parse import read_article
from biblio.render import Rendered, render
from biblio.render.output import check_output

EXAMPLES = """\
IN is a document JSON (notes and items), a CSL-JSON list of items, a .bib file, or
an article's text (then the whole pipeline runs: repair, footnotes, parsing).

examples:
  biblio render article.document.json                 GOST notes and bibliography
  biblio render article.txt --style chicago --notes   parse an article, Chicago notes
  biblio render refs.bib --bibliography --format html GOST bibliography as HTML
  biblio render refs.json --style my-style.csl        any CSL style file
  biblio render doc.json -O preset=journal -O repeats=op-cit
                                                      GOST options (docs/rendering.md)
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "render",
        help="render notes and a bibliography in GOST R 7.0.5-2008, Chicago 17 or a CSL style",
        description="Render the notes and the bibliography of a document. Problems are "
        "reported on stderr; the output goes to stdout or to --output.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="IN", help='input file, or "-" for stdin')
    parser.add_argument("--style", default="gost", metavar="STYLE",
                        help='"gost" (default), "chicago", or a path to a .csl file')
    part = parser.add_mutually_exclusive_group()
    part.add_argument("--notes", dest="part", action="store_const", const="notes",
                      help="only the notes")
    part.add_argument("--bibliography", dest="part", action="store_const", const="bibliography",
                      help="only the bibliography")
    parser.add_argument("--format", default="text", metavar="FORMAT",
                        help="text (default), html or md")
    parser.add_argument("-O", "--option", action="append", default=[], metavar="NAME=VALUE",
                        help="a style option, e.g. repeats=op-cit (repeatable)")
    parser.add_argument("-o", "--output", default="-", metavar="OUT",
                        help='output file (default "-": stdout)')
    add_encoding_option(parser)
    parser.set_defaults(run=run, part=None)


def run(args: argparse.Namespace) -> int:
    output = check_output(args.format)
    name = source_name(args.input)
    try:
        if is_document(args.input):
            data, problems = read_article(Path(args.input), progress=Progress("parsing")), []
        else:
            data, problems = read_any(read_input(args.input, args.encoding), args.input)
        for problem in problems:
            print(f"biblio: warning: {name}: {problem}", file=sys.stderr)
        rendered = render(data, style=args.style, output=output, parts=args.part or "both",
                          **parse_options(args.option))
    except BiblioError as error:
        raise error.located(name) from None
    for problem in rendered.problems:
        print(f"biblio: warning: {name}: {problem}", file=sys.stderr)
    numbers = [note.n for note in data.notes] if isinstance(data, Document) else []
    write_output(args.output, layout(rendered, output, args.part, numbers))
    return 0


def read_any(text: str, path: str) -> tuple[Document | list[Item], list[Problem]]:
    """A document, items or an article, by extension or, for stdin, by content; a
    .json file is JSON whatever it holds (a scalar is an error, not an article). A .bib
    file is read past its broken entries, each one a problem, as `convert` reads it."""
    stripped = text.lstrip()
    fmt = guess_format(path) if path != "-" else None
    is_json = fmt is not None and fmt.name in ("document", "csljson")
    if is_json or (fmt is None and stripped.startswith(("{", "["))):
        data = parse_json(text)
        is_document = isinstance(data, dict) and ("notes" in data or "items" in data)
        return FORMATS["document" if is_document else "csljson"].read(text), []
    if fmt is not None:
        return read_with_problems(text, fmt.name)
    if stripped.startswith("@") and "biblatex" in FORMATS:
        return read_with_problems(text, "biblatex")
    return read_article(text, progress=Progress("parsing footnotes")), []


def parse_options(pairs: list[str]) -> dict[str, Any]:
    """["repeats=op-cit", "movenames=false", "short_title_words=4"] → typed options."""
    options: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"an option is NAME=VALUE, not {pair!r}")
        options[key.strip().replace("-", "_")] = _typed(value.strip())
    return options


def _typed(value: str) -> Any:
    lowered = value.lower()
    if lowered in ("true", "yes", "on"):
        return True
    if lowered in ("false", "no", "off"):
        return False
    if lowered == "none":
        return None
    number = whole_number(value)  # "²" or a thousand digits stay text, for the option to refuse
    return number if number is not None and number >= 0 else value


def layout(rendered: Rendered, output: str, part: str | None,
           numbers: list[int | None]) -> str:
    """The rendered strings as one file: notes under their own numbers (`numbers`, one
    per note; an unnumbered note, such as an acknowledgement, is marked "*"), then the
    bibliography."""
    notes = rendered.notes if part != "bibliography" else []
    marks = _note_marks(numbers)
    entries = rendered.bibliography if part != "notes" else []
    if output == "html":
        blocks = []
        if notes:
            blocks.append("<ol class=\"notes\">\n" + "".join(
                f"  <li{_html_value(mark)}>{note}</li>\n" for mark, note in zip(marks, notes))
                + "</ol>")
        if entries:
            blocks.append("<div class=\"csl-bib-body\">\n" + "".join(
                f"  <div class=\"csl-entry\">{entry}</div>\n" for entry in entries) + "</div>")
        return "\n".join(blocks) + "\n"
    if output == "markdown":
        blocks = []
        if notes:
            blocks.append("\n".join(f"[^{mark}]: {note}" for mark, note in zip(marks, notes)))
        if entries:
            blocks.append("\n".join(f"- {entry}" for entry in entries))
        return "\n\n".join(blocks) + "\n"
    blocks = ["\n".join(notes)] if notes else []
    if entries:
        blocks.append("\n".join(entries))
    return "\n\n".join(blocks) + "\n"


def _note_marks(numbers: list[int | None]) -> Iterator[str]:
    """"12" for note 12, "*", "**", … for the unnumbered notes in turn."""
    unnumbered = 0
    for number in numbers:
        if number is None:
            unnumbered += 1
            yield "*" * unnumbered
        else:
            yield str(number)


def _html_value(mark: str) -> str:
    return f' value="{mark}"' if mark.isdecimal() else ' class="unnumbered"'
