"""`biblio extract ARTICLE.txt`: an article's text layer → its footnotes (or their data)."""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from typing import Any

from biblio.cli.common import (Progress, add_encoding_option, read_input, source_name,
                               write_output)
from biblio.documents import is_document, read_footnotes
from biblio.errors import BiblioError
from biblio.formats import FORMATS, get_format, write
from biblio.parse import parse_footnotes
from biblio.model import Footnote
from biblio.text.footnotes import Extraction, extract_footnotes
from biblio.text.repair import Change, repair_text

JSON_LINES = "jsonl"
NEWLINE = re.compile("\n")

EXAMPLES = """\
The text is first repaired (glyphs damaged by a cp1251/Latin-1 font confusion, and
Cyrillic/Latin look-alike letters); footnotes are then taken from the footnote blocks
that follow each page's body text, or from endnotes under "Примечания"/"Notes".
Numbering problems (gaps, repeats, numbers out of order) are always reported on
stderr, one line each with its line number.

A reference list ("Список литературы", "References") and the article's own reference
("Для цитирования: …") are not footnotes: they are kept apart, reported on stderr,
and printed (or parsed) instead of the footnotes with --references. The header
(УДК, DOI, abstract, keywords, affiliations) and the authors' information are skipped.

output (--to):
  jsonl      one JSON object per footnote: number, text, line, flags (default)
  document   the parsed footnotes: notes, cites and items (biblio document JSON)
  csljson, biblatex, bibtex
             the items cited in the footnotes

A PDF is read by its layout: footnotes are the lines set in a smaller font at the
foot of each page, each opening with its mark; running heads and page numbers are
left out, and footnotes continued onto the next page are joined. A Word .docx gives
its footnotes, then its endnotes (flagged "endnote"), with the spans in italics.

examples:
  biblio extract article.pdf                        the footnotes of a PDF
  biblio extract manuscript.docx                    Word footnotes and endnotes
  biblio extract article.txt                        footnotes as JSON lines
  biblio extract article.txt --verbose              … and every repair on stderr
  biblio extract article.txt --to biblatex -o refs.bib
  biblio extract --no-repair clean.txt --to document
  biblio extract article.txt --references --to biblatex   the reference list's items
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="repair an article's text layer and extract its footnotes",
        description="Extract the numbered footnotes of an article's text (as copied from "
        "a PDF), after repairing damaged glyphs; optionally parse them.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="ARTICLE",
                        help='a PDF, a Word .docx, or a text file, or "-" for stdin')
    parser.add_argument("-o", "--output", default="-", metavar="OUT",
                        help='output file (default "-": stdout)')
    parser.add_argument("--to", default=JSON_LINES, metavar="FORMAT",
                        help=f"{JSON_LINES} (default), or a format to parse the footnotes "
                        f"into: {', '.join(sorted(FORMATS))}")
    parser.add_argument("--no-repair", action="store_true",
                        help="take the text as it is, without repairing glyphs")
    parser.add_argument("--references", action="store_true",
                        help="the references kept apart from the footnotes (reference list "
                        "entries, the article's own reference) instead of the footnotes")
    parser.add_argument("--verbose", action="store_true",
                        help="report every repair (line:column, before → after, rule) on stderr")
    add_encoding_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    name = source_name(args.input)
    writer = None if args.to == JSON_LINES else get_format(args.to)
    if is_document(args.input):
        extraction = read_footnotes(args.input, repair=not args.no_repair,
                                    progress=Progress("reading pages"))
    else:
        extraction = _text_footnotes(args, name)
    for problem in extraction.problems:
        print(f"biblio: warning: {name}: {problem}", file=sys.stderr)
    if args.verbose:
        numbered = sum(1 for note in extraction if note.number is not None)
        print(f"biblio: {name}: {numbered} numbered footnotes, "
              f"{len(extraction) - numbered} unnumbered, "
              f"{len(extraction.references)} references kept apart", file=sys.stderr)
    notes = extraction.references if args.references else extraction.footnotes
    if args.references and not notes:
        print(f"biblio: warning: {name}: no reference list found (its footnotes are "
              "given without --references)", file=sys.stderr)
    if writer is None:
        write_output(args.output, _json_lines(notes))
        return 0
    try:
        document = parse_footnotes(notes, progress=Progress("parsing footnotes"))
    except BiblioError as error:
        raise error.located(name) from None
    for problem in document.problems:  # the extraction's were printed above
        print(f"biblio: warning: {name}: {problem}", file=sys.stderr)
    write_output(args.output, write(document, writer.name))
    return 0


def _text_footnotes(args: argparse.Namespace, name: str) -> Extraction:
    text = read_input(args.input, args.encoding)
    if not args.no_repair:
        repair = repair_text(text)
        if args.verbose:
            _report_changes(name, text, repair.changes)
        text = repair.text
    return extract_footnotes(text)


def _json_lines(notes: list[Footnote]) -> str:
    """One JSON object per note; a Word note adds the spans of its text in italics."""
    rows = []
    for note in notes:
        row: dict[str, Any] = {"number": note.number, "text": note.text, "line": note.line,
                               "flags": note.flags}
        if getattr(note, "italic", None):
            row["italic"] = note.italic
        rows.append(json.dumps(row, ensure_ascii=False) + "\n")
    return "".join(rows)


def _report_changes(name: str, text: str, changes: list[Change]) -> None:
    """Each repair as "FILE:LINE:COLUMN: before → after (rule)" on stderr."""
    line_starts = [0] + [match.end() for match in NEWLINE.finditer(text)]
    for change in changes:
        line = bisect.bisect_right(line_starts, change.offset)
        column = change.offset - line_starts[line - 1] + 1
        print(f"biblio: {name}:{line}:{column}: {change.before} → {change.after} "
              f"({change.rule})", file=sys.stderr)
    print(f"biblio: {name}: {len(changes)} words repaired", file=sys.stderr)
