"""The text layer of a PDF as lines that keep their layout: size, place, superscripts.

PDFium (pypdfium2) gives the page's characters in runs; a run's size, baseline and
ends, and each of its mark characters (raised or not), are asked of PDFium, and runs
on one baseline are joined into lines (PDFium breaks a line after a superscript, and
joins two lines at a line-end hyphen: both undone). A line knows its main font size,
its baseline, its left and right edges, and which of its characters are raised and
smaller: the reference marks. Characters that a font without a ToUnicode map hides
are read as TeX's or as cp1251 (biblio.data.tex_encodings, `_decode`); the rest of
that damage is for biblio.text.repair.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium

from biblio.data.tex_encodings import TEX_ONLY, TEX_TYPOGRAPHIC
from biblio.errors import FormatError
from biblio.text.words import CYRILLIC_LANGUAGES, LATIN_LANGUAGES, is_known

SMALLER = 0.9
"""A character smaller than this share of its line's main size may be a superscript."""
RAISED = 0.15
"""… and is one when its baseline is raised by this share of that size or more."""
SAME_LINE = 0.6
"""A character whose baseline is within this share of the font size of the line's
baseline, and that goes on to the right, belongs to the line."""
LINE_BREAK_HYPHENS = frozenset({0x02, 0xFFFE})
"""PDFium's codes for a hyphen it found at a line end."""
GENERATED_BREAKS = {0x0A, 0x0D}
CP1251_LOW, LATIN_1_END = 0x80, 0xFF
"""The codes a font without a Unicode map may give for cp1251 letters (as Latin-1)."""


@dataclass
class PdfLine:
    """One line of a page: its text and the layout that tells body from footnote."""

    page: int
    text: str
    size: float
    baseline: float
    left: float
    right: float
    raised: list[tuple[int, int]] = field(default_factory=list)
    """Spans of `text` set as superscripts (reference marks)."""


@dataclass
class _Unmapped:
    """Characters read without a Unicode mapping, decoded word by word once the whole
    document is read."""

    tex: bool = False
    """Whether the fonts use TeX's typographic codes (TEX_TYPOGRAPHIC)."""
    places: dict[int, list[int]] = field(default_factory=dict)
    """Line index → offsets of its unmapped characters in 0x80–0xFF (and ' `)."""


def read_pdf_lines(path: str | Path, *,
                   progress: Callable[[int, int], None] | None = None) -> list[PdfLine]:
    """Every line of every page, in the order the PDF draws them; errors name the file."""
    source = str(path)
    lines: list[PdfLine] = []
    unmapped = _Unmapped()
    with _opened(source) as document:
        total = len(document)
        for number in range(1, total + 1):
            try:
                page = document[number - 1]
                textpage = page.get_textpage()
            except pypdfium2.PdfiumError as error:
                raise FormatError(f"page {number} cannot be read ({error})",
                                  source=source) from None
            try:
                for line, offsets, tex in _page_lines(textpage.raw, number):
                    if offsets:
                        unmapped.places[len(lines)] = offsets
                    unmapped.tex = unmapped.tex or tex
                    lines.append(line)
            finally:
                textpage.close()
                page.close()
            if progress is not None:
                progress(number, total)
    _decode(lines, unmapped)
    if total and not any(line.text.strip() for line in lines):
        raise FormatError("has no text layer (a scanned PDF?): recognise its text first "
                          "(OCR, for instance with ocrmypdf), then read it again",
                          source=source)
    return lines


@contextmanager
def _opened(source: str) -> Iterator[pypdfium2.PdfDocument]:
    try:
        document = pypdfium2.PdfDocument(source)
    except FileNotFoundError:
        raise FormatError("no such file", source=source) from None
    except pypdfium2.PdfiumError as error:
        raise FormatError(_pdfium_reason(str(error)), source=source) from None
    try:
        yield document
    finally:
        document.close()


def _pdfium_reason(message: str) -> str:
    lowered = message.lower()
    if "password" in lowered or "security" in lowered:
        return ("is an encrypted PDF: open it with its password and save an "
                "unprotected copy, then read that")
    if "format" in lowered or "corrupt" in lowered:
        return "is not a PDF, or is damaged or cut short (PDFium cannot open it)"
    return f"cannot be read as a PDF ({message})"


MARK_CHARS = frozenset("0123456789*†‡")
"""Characters a reference mark is set in: only these are asked whether they are raised."""


class _Segment:
    """A run of characters PDFium put on one line (it also breaks after superscripts),
    measured at a few characters only: its first letter (size, baseline), its ends
    (left, right), each run of mark characters (raised or not) and each character
    that may lack a Unicode mapping. Asking PDFium about every character costs most
    of the time of reading a page."""

    def __init__(self, textpage: Any, codes: Any, start: int, end: int) -> None:
        self.textpage = textpage
        x, y = ctypes.c_double(), ctypes.c_double()
        self._origin = (x, y)
        chars = [chr(codes[index]) for index in range(start, end)]
        first = next((offset for offset, char in enumerate(chars)
                      if char not in MARK_CHARS and not char.isspace()), 0)
        self.size, self.left, self.baseline = self._measure(start + first)
        self.left = self._measure(start)[1]
        self.right = self._measure(end - 1)[1]
        self.raised: list[tuple[int, int]] = []
        self.unmapped: list[int] = []
        self.tex = False
        self.text = self._read(chars, start)

    def _measure(self, index: int) -> tuple[float, float, float]:
        x, y = self._origin
        pdfium.FPDFText_GetCharOrigin(self.textpage, index, x, y)
        return pdfium.FPDFText_GetFontSize(self.textpage, index), x.value, y.value

    def _read(self, chars: list[str], start: int) -> str:
        """The text, TeX's typographic codes read; raised marks and unmapped
        characters noted by their offsets in it."""
        out: list[str] = []
        length = 0
        for offset, char in enumerate(chars):
            code = ord(char)
            if code in LINE_BREAK_HYPHENS:
                char = "-"
            elif (code >= CP1251_LOW and code <= LATIN_1_END or code in TEX_TYPOGRAPHIC
                    or code in TEX_ONLY) and pdfium.FPDFText_HasUnicodeMapError(
                        self.textpage, start + offset) == 1:
                if code in TEX_TYPOGRAPHIC:
                    char, self.tex = TEX_TYPOGRAPHIC[code], True
                else:
                    self.unmapped.append(length)
            if char in MARK_CHARS and (offset == 0 or chars[offset - 1] not in MARK_CHARS):
                self._mark_run(start + offset, length)
            elif char in MARK_CHARS and self.raised and self.raised[-1][1] == length:
                self.raised[-1] = (self.raised[-1][0], length + 1)
            out.append(char)
            length += len(char)
        return "".join(out)

    def _mark_run(self, index: int, offset: int) -> None:
        size, _, y = self._measure(index)
        if size < SMALLER * self.size and y - self.baseline >= RAISED * self.size:
            self.raised.append((offset, offset + 1))


class _LineBuilder:
    """Segments on one baseline joined into a line."""

    def __init__(self, page: int, first: _Segment) -> None:
        self.page = page
        self.segments = [first]

    def takes(self, segment: _Segment) -> bool:
        """Whether `segment` goes on this line: to the right of it, on its baseline
        (a superscript's is near)."""
        last = self.segments[-1]
        scale = max(last.size, segment.size)
        return (segment.left >= last.right - scale
                and abs(segment.baseline - last.baseline) <= SAME_LINE * scale)

    def line(self) -> tuple[PdfLine, list[int], bool]:
        """The line, the offsets of its unmapped characters, whether it uses TeX codes."""
        main = max(self.segments, key=lambda segment: (segment.size, -segment.left))
        text, raised, unmapped, tex = "", [], [], False
        for segment in self.segments:
            raised += [(start + len(text), end + len(text)) for start, end in segment.raised]
            unmapped += [offset + len(text) for offset in segment.unmapped]
            tex = tex or segment.tex
            text += segment.text
        stripped = text.rstrip()
        line = PdfLine(self.page, stripped, round(main.size, 1), main.baseline,
                       self.segments[0].left, self.segments[-1].right,
                       [span for span in raised if span[0] < len(stripped)])
        return line, [offset for offset in unmapped if offset < len(stripped)], tex


def _page_lines(textpage: Any, page: int) -> Iterator[tuple[PdfLine, list[int], bool]]:
    """The page's lines: PDFium's runs of characters, joined where they share a
    baseline (`textpage` is PDFium's raw handle: the wrapper converts at every call)."""
    count = pdfium.FPDFText_CountChars(textpage)
    codes = (ctypes.c_ushort * (count + 1))()
    pdfium.FPDFText_GetText(textpage, 0, count, codes)
    builder: _LineBuilder | None = None
    start = 0
    for index in range(count + 1):
        end = index
        if index < count:
            if codes[index] in LINE_BREAK_HYPHENS:  # PDFium joins the lines it meets at
                end = index + 1                     # a line-end hyphen: part them
            elif codes[index] not in GENERATED_BREAKS:
                continue
        while start < end and codes[start] == 0x20:
            start += 1
        if start < end:
            segment = _Segment(textpage, codes, start, end)
            if builder is not None and builder.takes(segment):
                builder.segments.append(segment)
            else:
                if builder is not None:
                    yield builder.line()
                builder = _LineBuilder(page, segment)
        start = end if end > index else index + 1
    if builder is not None:
        yield builder.line()


WORD = re.compile(r"[^\W\d_]+")
SHORTEST_DECIDED = 3
"""Shorter words are left to the text repair, which reads them by their neighbours."""


def _decode(lines: list[PdfLine], unmapped: _Unmapped) -> None:
    """Read TeX's quotes, ё and № where the fonts are TeX's, then each word of three
    letters or more whose letters are all unmapped as cp1251 where that is a word
    and its Latin-1 reading is not ("Èñòîðèÿ" → "История", "Réau" stays: its
    other letters are mapped ASCII)."""
    for index, offsets in unmapped.places.items():
        line = lines[index]
        chars = list(line.text)
        places = set(offsets)
        if unmapped.tex:
            for offset in offsets:
                chars[offset] = TEX_ONLY.get(ord(chars[offset]), chars[offset])
        text = "".join(chars)
        for word in WORD.finditer(text):
            start, end = word.span()
            if end - start < SHORTEST_DECIDED or not all(
                    offset in places for offset in range(start, end)):
                continue
            cyrillic = _cp1251(word.group())
            if cyrillic is not None and (
                    is_known(cyrillic, CYRILLIC_LANGUAGES)
                    or not is_known(word.group(), LATIN_LANGUAGES)):
                chars[start:end] = cyrillic
        line.text = "".join(chars)


def _cp1251(word: str) -> str | None:
    """The word's Latin-1 bytes read as cp1251, if that gives Cyrillic letters only."""
    try:
        decoded = word.encode("latin-1").decode("cp1251")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return decoded if all("\u0400" <= char <= "\u04ff" for char in decoded) else None
