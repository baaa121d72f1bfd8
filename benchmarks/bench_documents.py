"""Speed of the documents: a 300-page PDF read, a .docx with 5,000 footnotes restyled.

Command line (from the repository root):

    .venv/bin/python benchmarks/bench_documents.py [--pages 300] [--footnotes 5000]

- PDF: tests/data/documents/sample.pdf (the sample article typeset, 19 A5 pages, 61
  footnotes) and its no-ToUnicode twin, their pages copied (pypdfium2) until the
  document has --pages pages; `pdf_footnotes` reads it: lines, glyph decoding and
  repair, layout. Targets: 20 pages a second on one core. wordfreq's word lists load
  once per process and are timed apart (a warm-up on one page).
- DOCX: a manuscript built by tests/data/documents/make_docx.py with --footnotes
  footnotes, the sample's 61 footnotes over and over (each copy of a reference a new
  work to the parser: "Там же" chains and all); `restyle_docx` to Chicago. Target:
  under 5 s.

Measured 2026-12-06 on the project's 2-core container (AMD EPYC, Python 3.11), after
biblio.render moved to biblio's own CSL processor and the word lists to compact tables
(load average about 2; CPU seconds):

    warm-up (word lists, one page): 0.13 s CPU
    sample: 300 pages, 985 notes, 15 problems: 2.63 s CPU = 113.9 pages/s (target ≥ 20)
    sample-damaged: 300 pages, 985 notes, 15 problems: 8.16 s CPU = 36.8 pages/s (target ≥ 20)
    docx: 5000 footnotes restyled to Chicago (0 kept and reported): 3.40 s CPU (target < 5 s)
          of which parsing 0.44 s, rendering 1.39 s (the same calls again, caches warm)

Earlier the same day, rendering through citeproc-py and wordfreq's lists: warm-up 2.31 s,
86.8 and 36.3 pages/s, the .docx in 12.58 s (8.47 s of it rendering) — the target missed.
The 15 problems are the numbering restarting at 1 in each copy of the article (each
reported, as it should be). The damaged twin costs more: every word is decoded and
repaired (word-list look-ups). Before the notes were indexed by id, rewriting alone was
quadratic (29 s in all).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "tests" / "data" / "documents"
sys.path.insert(0, str(DOCUMENTS))

from make_docx import build_docx  # noqa: E402

from biblio.documents import pdf_footnotes  # noqa: E402
from biblio.documents.docx import read_docx  # noqa: E402
from biblio.documents.restyle import restyle_docx  # noqa: E402
from biblio.parse import parse_footnotes  # noqa: E402
from biblio.render import render  # noqa: E402


def long_pdf(source: Path, pages: int, target: Path) -> int:
    """`source`'s pages copied until the document has `pages` pages."""
    original = pypdfium2.PdfDocument(source)
    document = pypdfium2.PdfDocument.new()
    while len(document) < pages:
        count = min(len(original), pages - len(document))
        document.import_pages(original, list(range(count)))
    document.save(target)
    return len(document)


def cpu() -> float:
    return time.process_time()


def bench_pdf(name: str, pages: int, work: Path) -> None:
    path = work / f"{name}-{pages}.pdf"
    total = long_pdf(DOCUMENTS / f"{name}.pdf", pages, path)
    start = cpu()
    extraction = pdf_footnotes(path)
    seconds = cpu() - start
    print(f"{name}: {total} pages, {len(extraction)} notes, {len(extraction.problems)} "
          f"problems: {seconds:.2f} s CPU = {total / seconds:.1f} pages/s (target ≥ 20)")


def bench_docx(footnotes: int, work: Path) -> None:
    sample = (ROOT / "tests" / "data" / "footnotes_repaired.txt").read_text(
        encoding="utf-8").splitlines()
    notes = [sample[index % len(sample)] for index in range(footnotes)]
    paragraphs = [f"Абзац {index + 1} рукописи." for index in range(footnotes)]
    path = work / "long.docx"
    build_docx(path, paragraphs, notes)
    start = cpu()
    problems = restyle_docx(path, work / "long-chicago.docx", "chicago")
    seconds = cpu() - start
    kept = sum("kept as it is" in problem.message for problem in problems)
    print(f"docx: {footnotes} footnotes restyled to Chicago ({kept} kept and reported): "
          f"{seconds:.2f} s CPU (target < 5 s)")
    word_notes = read_docx(path).notes
    start = cpu()
    document = parse_footnotes(word_notes)
    parsing = cpu() - start
    start = cpu()
    render(document, style="chicago", output="html", parts="notes")
    print(f"      of which parsing {parsing:.2f} s, rendering {cpu() - start:.2f} s "
          "(the same calls again, caches warm)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--footnotes", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        work = Path(directory)
        start = cpu()
        long_pdf(DOCUMENTS / "sample-damaged.pdf", 1, work / "one.pdf")
        pdf_footnotes(work / "one.pdf")
        print(f"warm-up (wordfreq's word lists, one page): {cpu() - start:.2f} s CPU")
        bench_pdf("sample", args.pages, work)
        bench_pdf("sample-damaged", args.pages, work)
        bench_docx(args.footnotes, work)


if __name__ == "__main__":
    main()
