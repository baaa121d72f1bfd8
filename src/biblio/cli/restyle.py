"""`biblio restyle MANUSCRIPT -o OUT`: a manuscript's notes rewritten in another style,
or (LaTeX, Markdown) turned into citations of a bibliography file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from biblio.cli.common import (Progress, add_encoding_option, read_input, source_name,
                               write_output)
from biblio.cli.render import parse_options
from biblio.errors import BiblioError, UsageError
from biblio.model import Problem

EXAMPLES = """\
Each note whose references biblio understood is rewritten in the style; commentary
around the references stays, and every note kept as it is (commentary only, or with
text biblio could not read) is reported on stderr with the reason. Everything outside
the notes is copied unchanged.

A LaTeX source's understood \footnote{…} become \footcite[prenote][postnote]{key}
(\footcites for several) with --to biblatex, the items written to --bib; a
Markdown file's pandoc footnotes are restyled, or with --to citations become pandoc
citations [@key, page 12] and the items go to --bib (.json: CSL-JSON, .bib: BibLaTeX).

examples:
  biblio restyle manuscript.docx --style chicago -o out.docx
  biblio restyle manuscript.docx --style gost -O repeats=op-cit -o out.docx
  biblio restyle thesis.tex --to biblatex -o thesis-cited.tex --bib refs.bib
  biblio restyle paper.md --style chicago -o paper-chicago.md
  biblio restyle paper.md --to citations -o paper-cited.md --bib refs.json
"""

SUFFIXES = (".docx", ".tex", ".md", ".markdown")
BIB_FORMATS = {".json": "csljson", ".bib": "biblatex"}


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "restyle",
        help="rewrite a manuscript's footnotes (Word, LaTeX, Markdown) in another style",
        description="Rewrite the footnotes of a manuscript (.docx, .md) in GOST, Chicago or "
        "a CSL style, or turn them into citations (.tex, .md), keeping everything else.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="MANUSCRIPT", help="a .docx, .tex or .md file")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="the manuscript rewritten (never the input itself)")
    parser.add_argument("--style", default="gost", metavar="STYLE",
                        help='"gost" (default), "chicago", or a path to a .csl file')
    parser.add_argument("-O", "--option", action="append", default=[], metavar="NAME=VALUE",
                        help="a style option (docs/rendering.md)")
    parser.add_argument("--to", choices=("biblatex", "citations"), metavar="FORM",
                        help="biblatex (a .tex file: \\footcite) or citations (a Markdown "
                        "file: pandoc citations) instead of restyled notes")
    parser.add_argument("--bib", metavar="FILE",
                        help="where the cited items go with --to (default: OUT's name "
                        "with .bib)")
    add_encoding_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    name = source_name(args.input)
    suffix = Path(args.input).suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"restyle reads {', '.join(SUFFIXES)} manuscripts, not {suffix or 'this'}",
                         source=name)
    if Path(args.output).resolve() == Path(args.input).resolve():
        raise UsageError("the output would overwrite the manuscript; give another -o",
                         source=name)
    wanted = {".docx": (None,), ".tex": ("biblatex",)}.get(suffix, (None, "citations"))
    if args.to not in wanted:
        raise UsageError(f"a {suffix} manuscript takes " + (
            f"--to {wanted[0]}" if wanted[0] else "no --to" if len(wanted) == 1
            else "--style, or --to citations"), source=name)
    bib = args.bib or str(Path(args.output).with_suffix(".bib"))
    try:
        problems = _restyle(args, suffix, bib)
    except BiblioError as error:
        raise error.located(name) from None
    except OSError as error:
        raise UsageError(f"cannot write: {error.strerror or error}", source=args.output) from None
    for problem in problems:
        print(f"biblio: warning: {name}: {problem}", file=sys.stderr)
    return 0


def _restyle(args: argparse.Namespace, suffix: str, bib: str) -> list[Problem]:
    progress = Progress("parsing notes")
    if suffix == ".docx":
        from biblio.documents.restyle import restyle_docx

        return restyle_docx(args.input, args.output, args.style, progress=progress,
                            **parse_options(args.option))
    if suffix == ".tex":
        from biblio.documents.latex import restyle_tex

        return restyle_tex(args.input, args.output, bib, progress=progress,
                           encoding=args.encoding)
    from biblio.documents.markdown import markdown_citations, restyle_markdown

    source = read_input(args.input, args.encoding)
    if args.to == "citations":
        bib_format = BIB_FORMATS.get(Path(bib).suffix.lower())
        if bib_format is None:
            raise UsageError("--bib names a .json (CSL-JSON) or .bib (BibLaTeX) file",
                             source=bib)
        result = markdown_citations(source, bib_format, args.input, progress=progress)
        write_output(bib, result.bibliography)
    else:
        result = restyle_markdown(source, args.style, args.input, progress=progress,
                                  **parse_options(args.option))
    write_output(args.output, result.source)
    return result.problems
