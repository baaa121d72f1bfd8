"""Find the numbered footnotes in an article's text layer.

The text layer of a PDF puts each page's footnotes in a block after its body text:
a footnote line is "N text" where N is the next footnote number, wrapped lines (even
after blank lines) continue it, and the block ends where the next page's body begins.
Footnote numbers are expected in order, so that a body line that merely begins with a
number ("15 января 1933 г., накануне …") stays body text; gaps, repeats and numbers
out of order are accepted only inside a block and always reported.

The cues for the end of a block are those a text layer keeps: a form feed, a page
number alone on its line, the indented first line of a page (when indentation marks
only page starts), a body line carrying the reference mark of the next footnote
("… Франции»4"). When only the last is found, the lines before it may be body text:
a second pass then ends blocks at lines as long as body lines, if footnotes are set
in a smaller font (longer lines); otherwise the footnote is flagged and reported.

A note marked with an asterisk, or whose mark was lost (an indented line after a
finished body sentence just before a footnote block), is kept with number None and
the flag "unnumbered".

Easy inputs work too: one footnote per line, numbered ("1 …", "1.", "1)", "1<TAB>",
superscript "¹ …") or not; unnumbered lines are numbered by position and flagged.

The text is not repaired here: call biblio.text.repair.repair_text first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from biblio.data.name_particles import PARTICLES
from biblio.model import Footnote, Problem
from biblio.text.joining import join_lines

UNNUMBERED = "unnumbered"
"""Flag of a note without a number (an acknowledgement): not a citation."""
NUMBERED_BY_POSITION = "numbered-by-position"
"""Flag of a note from a list without numbers, numbered by its place in the list."""
GAP_BEFORE = "gap-before"
REPEATED = "repeated"
OUT_OF_ORDER = "out-of-order"
RESTARTED = "numbering-restarts"
MAY_INCLUDE_BODY = "may-include-body"

NUMBERED_LINE = re.compile(
    r"""
    (?P<number>\d{1,5})            # the footnote number (a year only if expected)
    (?:
        (?:(?<!\d{4})[.)])?         # "1." or "1)" as in numbered lists; "1962." is a year
        [ \t\u00a0]+                # a space, Word's tab, or a no-break space
      | (?P<glued>(?=[A-ZА-ЯЁ«„“]))   # or nothing, before a capital: "1Guelton F."
    )
    (?P<text>\S.*)
    """,
    re.VERBOSE,
)
"""A line that may start footnote N: "12 Text", "12. Text", "12\tText", "12Text"."""

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_LINE = re.compile(f"(?P<number>[{SUPERSCRIPTS}]+)[ \\t]*(?P<text>\\S.*)")
"""A line that starts with superscript digits, as pasted from Word: "¹² Text"."""

MARKED_LINE = re.compile(r"(?:\*+|[†‡])[ \t]*(?P<text>(?:[^\W\d_]|[«\"“„(]).*)")
"""A note marked with asterisks or daggers instead of a number: "* Text"."""

PAGE_NUMBER = re.compile(r"\d{1,4}")
"""A line that is only a number: a page number, which ends a footnote block."""

FINISHED = re.compile(r"[.…!?»”\")\]]\s*$")
"""The end of a finished footnote; a number off the expected sequence may start the
next footnote only after one ("3 Bde." after "Geschichte in" continues it)."""

ABBREVIATION_START = re.compile(r"[^\W\d_]{1,4}[.:]")
"""A footnote may begin in lower case with an abbreviation: "cf.", "см.:", "ibid."."""

OPENING_MARKS = "«\"“„‘'(["

MAX_GAP = 3
"""How many numbers a footnote may skip and still be taken as the next footnote."""

MAX_UNMARKED_LINES = 3
"""How many lines a note whose mark was lost may have (an acknowledgement is short)."""

SMALLER_FONT = 1.2
"""Footnote lines hold at least this many times the characters of a body line when
footnotes are set in a smaller font, and their width tells them from body lines."""
WIDTH_TOLERANCE = 0.1
"""A full body line is at most this share longer than the usual body line."""
FIRST_LINE_INDENT = 0.15
"""… and at most this share shorter (a paragraph's first line is indented)."""
MIN_LINES_FOR_WIDTH = 5

INDENTED_RUNS = 0.1
"""Indentation marks page starts only if at most this share of indented lines is
followed by another indented line."""


@dataclass
class Extraction:
    """The footnotes found in a text, in order, and the problems met on the way."""

    footnotes: list[Footnote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def __iter__(self) -> Iterator[Footnote]:
        return iter(self.footnotes)

    def __len__(self) -> int:
        return len(self.footnotes)

    def __getitem__(self, index: int) -> Footnote:
        return self.footnotes[index]


def extract_footnotes(text: str) -> Extraction:
    """The footnotes of an article's text layer (or of a list of footnotes)."""
    lines = [line.rstrip("\r") for line in text.split("\n")]
    reader = _BlockReader(lines)
    extraction = reader.read()
    if not any(note.number is not None for note in extraction.footnotes):
        return _read_list(lines)
    if any(MAY_INCLUDE_BODY in note.flags for note in extraction):
        # blocks ran into body text: if footnotes are set in a smaller font, line
        # lengths tell where each block ends
        widths = reader.line_widths()
        if widths is not None:
            return _BlockReader(lines, widths).read()
    return extraction


@dataclass
class _OpenNote:
    number: int | None
    line: int
    lines: list[str]
    flags: list[str]


class _BlockReader:
    """A pass over the lines, in body text or in a footnote block."""

    def __init__(self, lines: list[str], widths: tuple[int, int] | None = None) -> None:
        self.lines = lines
        self.widths = widths
        """(body, footnote): the usual length of a full line of each, when they differ."""
        self.indent_marks_pages = _indentation_marks_page_starts(lines)
        self.body_lengths: list[int] = []
        self.note_lengths: list[int] = []
        """Lengths of footnote lines that another line of the same footnote follows."""
        self.notes: list[Footnote] = []
        self.problems: list[Problem] = []
        self.open: _OpenNote | None = None
        self.in_block = False
        self.highest = 0
        self.seen: dict[int, int] = {}
        self.body_run_start = 0
        """Index of the first line of the run of body lines before the current line."""

    def read(self) -> Extraction:
        previous_blank = True
        previous_text = ""
        for index, raw in enumerate(self.lines):
            stripped = raw.strip(" \t\f")
            if not stripped:
                previous_blank = True
                if not self.in_block:
                    self.body_run_start = index + 1
                continue
            page_start = self._is_page_start(raw) or PAGE_NUMBER.fullmatch(stripped) is not None
            start = self._note_start(stripped, previous_blank, previous_text)
            if start is not None:
                if not self.in_block:
                    self._take_unmarked_note(index)
                self._open_numbered(start[0], start[1], index)
            elif not self.in_block:
                self.body_lengths.append(len(stripped))
            elif page_start or self._body_by_width(stripped, index):
                self._close()
                self.in_block = False
                self.body_run_start = index
            elif self._refers_to_next_note(stripped):
                self._warn_of_body_in_note(index)
                self._close()
                self.in_block = False
                self.body_run_start = index
            elif marked := MARKED_LINE.fullmatch(stripped):
                self._close()
                self.open = _OpenNote(None, index + 1, [marked.group("text")], [UNNUMBERED])
            else:
                assert self.open is not None
                self.open.lines.append(stripped)
            previous_blank = False
            previous_text = stripped
        self._close()
        return Extraction(self.notes, self.problems)

    def line_widths(self) -> tuple[int, int] | None:
        """(body, footnote) full-line lengths, when footnote lines are clearly longer
        (a smaller font) and there are enough lines of each to tell."""
        if len(self.body_lengths) < MIN_LINES_FOR_WIDTH or len(self.note_lengths) < MIN_LINES_FOR_WIDTH:
            return None
        # footnote lines may include body lines read as footnote text: take the longest
        body, note = _full_width(self.body_lengths, 0.75), _full_width(self.note_lengths, 0.9)
        return (body, note) if note >= SMALLER_FONT * body else None

    def _body_by_width(self, stripped: str, index: int) -> bool:
        """True for a full body line in a block: as long as body lines, shorter than
        footnote lines, and followed by another line that is not a footnote start."""
        if self.widths is None:
            return False
        body, note = self.widths
        if not (body * (1 - FIRST_LINE_INDENT) <= len(stripped) <= body * (1 + WIDTH_TOLERANCE)
                and len(stripped) < note):
            return False
        following = next((line.strip(" \t\f") for line in self.lines[index + 1:index + 3] if line.strip()), "")
        match = NUMBERED_LINE.fullmatch(following)
        return bool(following) and not (match and _looks_like_note_text(match.group("text")))

    def _is_page_start(self, raw: str) -> bool:
        return raw.startswith("\f") or (self.indent_marks_pages and raw[:1] in " \t")

    def _note_start(
        self, stripped: str, previous_blank: bool, previous_text: str
    ) -> tuple[int, str] | None:
        """(number, text) when `stripped` starts a numbered footnote here."""
        match = NUMBERED_LINE.fullmatch(stripped) or SUPERSCRIPT_LINE.fullmatch(stripped)
        if not match or not _looks_like_note_text(match.group("text")):
            return None
        number = _number(match.group("number"))
        expected = self.highest + 1
        if match.groupdict().get("glued") is not None and number != expected:
            return None  # a number glued to a word is taken only where expected
        if number == expected:
            if not self.in_block and previous_text.endswith("-") and not previous_blank:
                return None  # the previous body line breaks a word: this is body text
            if self.in_block and _cut_mid_sentence(previous_text):
                return None  # "… der Sowjetunion in" / "3 Bde. München": a continuation
            return number, match.group("text")
        if not previous_text:
            return number, match.group("text")  # the text begins with this footnote
        if self.in_block and not FINISHED.search(previous_text):
            return None  # the footnote before is not finished: a continuation line
        if self.in_block and expected - MAX_GAP - 1 <= number <= expected + MAX_GAP:
            return number, match.group("text")
        if number == 1 and (self.in_block or previous_blank):
            return number, match.group("text")  # numbering starts again (a new chapter)
        if not self.in_block and previous_blank and expected < number <= expected + MAX_GAP:
            return number, match.group("text")
        return None

    def _refers_to_next_note(self, stripped: str) -> bool:
        """True when a line carries the reference mark of the next footnote."""
        return _reference_mark(self.highest + 1).search(stripped) is not None

    def _warn_of_body_in_note(self, index: int) -> None:
        """Body text found without a page cue: the last footnote's continuation lines
        may be body text. They are kept, and the footnote is flagged and reported."""
        note = self.open
        if note is None or len(note.lines) < 2:
            return
        note.flags.append(MAY_INCLUDE_BODY)
        where = f"footnote {note.number}" if note.number is not None else "unnumbered note"
        self.problems.append(Problem(
            f"line {note.line}",
            f"{where} may run on into body text: no page break is marked before "
            f"line {index + 1}, where the body refers to footnote {self.highest + 1}",
        ))

    def _take_unmarked_note(self, index: int) -> None:
        """A note whose mark was lost, just before the first footnote of a block.

        It is the last indented (or asterisk-marked) line of the body run right
        before the block, when the body line before it ends a sentence: the body was
        interrupted by the note, not continued on a new page.
        """
        for first in range(index - 1, max(self.body_run_start, index - MAX_UNMARKED_LINES) - 1, -1):
            raw = self.lines[first]
            marked = MARKED_LINE.fullmatch(raw.strip(" \t\f"))
            if marked or (
                self._is_page_start(raw)
                and first > self.body_run_start
                and FINISHED.search(self.lines[first - 1])
            ):
                text_lines = [marked.group("text") if marked else raw]
                text_lines += self.lines[first + 1:index]
                self.notes.append(
                    Footnote(None, join_lines(text_lines), first + 1, [UNNUMBERED])
                )
                return

    def _open_numbered(self, number: int, text: str, index: int) -> None:
        self._close()
        flags: list[str] = []
        line = index + 1
        expected = self.highest + 1
        if number == 1 and self.highest > MAX_GAP + 1:
            flags.append(RESTARTED)
            self.problems.append(Problem(
                f"line {line}", f"footnote numbering starts again at 1 after {self.highest}"
            ))
            self.highest = 0
            self.seen.clear()
        elif number in self.seen:
            flags.append(REPEATED)
            self.problems.append(Problem(
                f"line {line}",
                f"footnote {number} appears again (first at line {self.seen[number]})",
            ))
        elif number < expected:
            flags.append(OUT_OF_ORDER)
            self.problems.append(Problem(
                f"line {line}", f"footnote {number} comes after footnote {self.highest}"
            ))
        elif number > expected:
            flags.append(GAP_BEFORE)
            missing = str(expected) if number == expected + 1 else f"{expected}–{number - 1}"
            self.problems.append(Problem(
                f"line {line}", f"footnote {missing} missing before footnote {number}"
            ))
        self.seen.setdefault(number, line)
        self.highest = max(self.highest, number)
        self.open = _OpenNote(number, line, [text], flags)
        self.in_block = True

    def _close(self) -> None:
        if self.open is not None:
            note = self.open
            self.note_lengths += [len(line) for line in note.lines[:-1]]
            self.notes.append(Footnote(note.number, join_lines(note.lines), note.line, note.flags))
            self.open = None


def _read_list(lines: list[str]) -> Extraction:
    """A list with one footnote per line and no numbers: numbered by position."""
    notes: list[Footnote] = []
    position = 0
    for index, raw in enumerate(lines):
        stripped = raw.strip(" \t\f")
        if not stripped:
            continue
        marked = MARKED_LINE.fullmatch(stripped)
        if marked:
            notes.append(Footnote(None, join_lines([marked.group("text")]), index + 1, [UNNUMBERED]))
            continue
        position += 1
        notes.append(Footnote(position, join_lines([stripped]), index + 1, [NUMBERED_BY_POSITION]))
    problems = []
    if notes:
        problems.append(Problem(
            "text", "no numbered footnotes found: each line is taken as one footnote"
        ))
    return Extraction(notes, problems)


def _full_width(lengths: list[int], share: float) -> int:
    """The length of a full line: the length that `share` of the lines do not exceed
    (most lines are full; a paragraph's last line is shorter)."""
    ordered = sorted(lengths)
    return ordered[int(share * (len(ordered) - 1))]


def _cut_mid_sentence(line: str) -> bool:
    """True for a line that ends with a small letter or a comma: more follows."""
    last = line.rstrip()[-1:]
    return last == "," or last.islower()


def _number(mark: str) -> int:
    return int(mark.translate(str.maketrans(SUPERSCRIPTS, "0123456789")))


def _looks_like_note_text(text: str) -> bool:
    """A footnote starts with a capital, a quote or bracket, an abbreviation ("cf.",
    "см.:") or a name particle ("du Réau E."); a body line after a number does not
    ("15 января 1933 г.")."""
    first = text[0]
    if first.isupper() or first in OPENING_MARKS:
        return True
    if ABBREVIATION_START.match(text):
        return True
    word, _, rest = text.partition(" ")
    return word in PARTICLES and rest[:1].isupper()


@lru_cache(maxsize=64)
def _reference_mark(number: int) -> re.Pattern[str]:
    """A reference mark to footnote `number` glued to a word or closing quote."""
    return re.compile(rf"(?:[^\W\d_]|[»”\")]){number}(?!\d)")


def _indentation_marks_page_starts(lines: list[str]) -> bool:
    """True when indented lines stand alone, as the first line of each page does.

    In a layout-preserving text layer most lines are indented, one after another;
    there indentation says nothing about pages."""
    indented = [
        index for index, line in enumerate(lines)
        if line[:1] in " \t" and line.strip()
    ]
    if not indented:
        return False
    followed = sum(
        1 for index in indented
        if index + 1 < len(lines) and lines[index + 1][:1] in " \t" and lines[index + 1].strip()
    )
    return followed <= INDENTED_RUNS * len(indented)
