"""Footnotes by layout: a page's lines in a smaller font, below its body, are its notes.

On a PDF the layout decides, not the text heuristics of biblio.text.footnotes:
- the body's font size is the size most characters are set in; a line in a smaller
  size with no body line below it (in its column) is a footnote line;
- a footnote starts at a line that opens with its mark: a raised number (or a number
  in the footnote's own size followed by a space), or a raised *, †, ‡ (a note
  without a number); other footnote lines continue the open footnote, on the next
  page too (a footnote continued over a page break);
- the top or bottom line of a page that is a page number, or that repeats on other
  pages, numbers aside, is a running head or a folio and belongs to nothing.
Numbering is checked as the text extractor checks it: gaps, repeats and restarts are
accepted, flagged and reported with the page.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from biblio.documents.pdf import PdfLine
from biblio.model import Footnote, Problem
from biblio.text.footnotes import (GAP_BEFORE, MAX_GAP, OUT_OF_ORDER, REPEATED, RESTARTED,
                                   UNNUMBERED, Extraction)
from biblio.text.joining import join_lines

FOOTNOTE_SIZE = 0.95
"""A line set in less than this share of the body size is in a footnote's size."""

FOLIO = re.compile(r"[\s\-–—]*\d{1,4}[\s\-–—]*")
"""A page number alone on its line: "12", "— 12 —"."""
DIGITS = re.compile(r"\d+")
PLAIN_MARK = re.compile(r"(?P<number>\d{1,4})[.)]?\s+(?=\S)")
"""A footnote mark set in the footnote's size: "12 Text", "12. Text"."""
SYMBOL_MARKS = frozenset("*†‡")
MIN_REPEATS = 2
"""A page-edge line repeated on this many pages or more is a running head."""


def layout_footnotes(lines: list[PdfLine]) -> Extraction:
    """The footnotes of a document's lines (already repaired), with their problems.

    Each footnote's `line` is the page it starts on."""
    furniture = _page_furniture(lines)
    content = [line for index, line in enumerate(lines) if index not in furniture]
    body_size = _body_size(content)
    reader = _NoteReader()
    by_page: dict[int, list[PdfLine]] = defaultdict(list)
    for line in content:
        by_page[line.page].append(line)
    for page in sorted(by_page):
        for line in _footnote_lines(by_page[page], body_size):
            reader.read(line)
    return reader.finish()


def _body_size(lines: list[PdfLine]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _footnote_lines(page: list[PdfLine], body_size: float) -> list[PdfLine]:
    """The page's lines in a footnote's size with no body line below them in their
    column (a quotation or a caption in a smaller size has body text below it)."""
    body = [line for line in page if line.size >= FOOTNOTE_SIZE * body_size]
    return [line for line in page
            if line.size < FOOTNOTE_SIZE * body_size
            and not any(other.baseline < line.baseline and _overlap(other, line)
                        for other in body)]


def _overlap(one: PdfLine, other: PdfLine) -> bool:
    return one.left < other.right and other.left < one.right


def _page_furniture(lines: list[PdfLine]) -> set[int]:
    """Indexes of page numbers and running heads: a page's top or bottom line that is a
    number alone; a top line whose text, numbers aside, heads other pages too; a
    bottom line so repeated on half the pages or more that does not end as a
    footnote does (with a period: "Там же, л. 29." ends two pages by chance)."""
    pages: dict[int, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        if line.text.strip():
            pages[line.page].append(index)
    tops = {max(indexes, key=lambda index: lines[index].baseline) for indexes in pages.values()}
    bottoms = {min(indexes, key=lambda index: lines[index].baseline)
               for indexes in pages.values()}
    furniture = {index for index in tops | bottoms if FOLIO.fullmatch(lines[index].text)}
    for edge, repeats in ((tops, MIN_REPEATS), (bottoms, max(MIN_REPEATS, len(pages) / 2))):
        pages_of: dict[str, set[int]] = defaultdict(set)
        for index in edge - furniture:
            pages_of[_head_key(lines[index].text)].add(lines[index].page)
        furniture |= {index for index in edge - furniture
                      if len(pages_of[_head_key(lines[index].text)]) >= repeats
                      and (edge is tops or not lines[index].text.rstrip().endswith("."))}
    return furniture


def _head_key(text: str) -> str:
    return " ".join(DIGITS.sub("", text).split()).casefold()


class _NoteReader:
    """Footnote lines, page after page, into numbered footnotes."""

    def __init__(self) -> None:
        self.notes: list[tuple[int | None, int, list[str], list[str]]] = []
        self.problems: list[Problem] = []
        self.expected = 1

    def read(self, line: PdfLine) -> None:
        mark = _mark(line, self.expected)
        if mark is None:
            if self.notes:
                self.notes[-1][2].append(line.text)
                return
            self.problems.append(Problem(f"page {line.page}", "a footnote line without a "
                                         "mark opens the notes; kept as an unnumbered note"))
            self.notes.append((None, line.page, [line.text], [UNNUMBERED]))
            return
        number, text = mark
        flags = [] if number is not None else [UNNUMBERED]
        if number is not None:
            flags = self._check(number, line.page)
            self.expected = number + 1
        self.notes.append((number, line.page, [text], flags))

    def _check(self, number: int, page: int) -> list[str]:
        if number == self.expected:
            return []
        if number == 1:
            flag, what = RESTARTED, "numbering starts again at 1"
        elif number > self.expected:
            missing = (f"footnote {self.expected} is" if number == self.expected + 1
                       else f"footnotes {self.expected}–{number - 1} are")
            flag, what = GAP_BEFORE, f"{missing} missing"
        elif number == self.expected - 1:
            flag, what = REPEATED, f"footnote {number} is repeated"
        else:
            flag, what = OUT_OF_ORDER, f"footnote {number} is out of order"
        self.problems.append(Problem(f"page {page}", what))
        return [flag]

    def finish(self) -> Extraction:
        footnotes = [Footnote(number, join_lines(parts), page, flags)
                     for number, page, parts, flags in self.notes]
        return Extraction(footnotes=footnotes, problems=self.problems)


def _mark(line: PdfLine, expected: int) -> tuple[int | None, str] | None:
    """The number a footnote line opens with and the text after it; None for a
    number-less mark (*); no pair at all for a line that continues a footnote."""
    text = line.text
    if line.raised and line.raised[0][0] == 0:
        end = line.raised[0][1]
        mark = text[:end].strip()
        if mark.isdigit():
            return int(mark), text[end:].lstrip()
        if mark and set(mark) <= SYMBOL_MARKS:
            return None, text[end:].lstrip()
    if text[:1] in SYMBOL_MARKS and not line.raised:
        return None, text.lstrip("*†‡ ")
    plain = PLAIN_MARK.match(text)
    if plain and expected <= int(plain.group("number")) <= expected + MAX_GAP:
        return int(plain.group("number")), text[plain.end():]
    return None
