"""Find the numbered footnotes in an article's text layer.

The text layer of a PDF puts each page's footnotes in a block after its body text:
a footnote line is "N text" where N is the next footnote number, wrapped lines (even
after blank lines) continue it, and the block ends where the next page's body begins.
Footnote numbers are expected in order, so that a body line that merely begins with a
number ("15 января 1933 г., накануне …") stays body text; gaps, repeats and numbers
out of order are accepted only inside a block and always reported.

The cues for the end of a block are those a text layer keeps: a form feed, a page
number alone on its line ("12", "— 12 —"), a running head (a line repeated from page
to page: biblio.text.pages), the indented first line of a page (when indentation
marks only page starts), a body line carrying the reference mark of the next footnote
("… Франции»4"). When only the last is found, the lines before it may be body text:
a second pass then ends blocks at lines as long as body lines, if footnotes are set
in a smaller font (longer lines); otherwise the footnote is flagged and reported.

A separator line ("______") marks the start of a block. A footnote cut mid-sentence
by a page end goes on in the lines that open the next block, before its first
number (after a separator, or starting in lower case after a finished sentence);
where they are not found, the footnote is flagged and reported.

Numbering may start again at 1 on a new page or in a new chapter (reported), and an
excerpt may begin at any number, where the body refers to that footnote. A numbered
list in the body ("1. Первое …") is body text where the body marks its references
and has not referred to that number.

A note marked with an asterisk, or whose mark was lost (an indented line after a
finished body sentence just before a footnote block), is kept with number None and
the flag "unnumbered".

Easy inputs work too: one footnote per line, numbered ("1 …", "1.", "1)", "[1]",
"1<TAB>", superscript "¹ …") or not; unnumbered lines are numbered by position and flagged.

The text is not repaired here: call biblio.text.repair.repair_text first.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from biblio import collector
from biblio.lazy_patterns import LazyPattern
from biblio.model import Footnote, Problem
from biblio.text.columns import split_columns
from biblio.text.joining import join_lines
from biblio.text.marks import (
    MARKED_LINE,
    NUMBERED_LINE,
    SUPERSCRIPT_LINE,
    SUPERSCRIPTS,
    YEAR_TITLE,
    is_table_row,
    looks_like_note_text,
    marker_style,
    number_of,
    numbered_line,
    reference_numbers,
    refers_to,
)
from biblio.text.pages import DASHES, is_page_number, is_separator, running_heads
from biblio.text.sections import (
    FINISHED,
    MID_SENTENCE_ENDS,
    ReferenceList,
    SectionReader,
    may_open_section,
)

UNNUMBERED = "unnumbered"
"""Flag of a note without a number (an acknowledgement): not a citation."""
NUMBERED_BY_POSITION = "numbered-by-position"
"""Flag of a note from a list without numbers, numbered by its place in the list."""
GAP_BEFORE = "gap-before"
REPEATED = "repeated"
OUT_OF_ORDER = "out-of-order"
RESTARTED = "numbering-restarts"
MAY_INCLUDE_BODY = "may-include-body"
MAY_BE_INCOMPLETE = "may-be-incomplete"
"""Flag of a footnote cut mid-sentence at a page end whose continuation was not found."""

NUMBER_WITH_SUFFIX = re.compile(r"\d ?[^\W\d_]{1,3}\s*$")
"""A number with a small letter or two, which may end a footnote: "Л. 52об", "С. 5а"."""

SENTENCE_END = LazyPattern(r"[.!?…][»”\")\]]*\s*$")
"""The end of a sentence, maybe inside a quotation or brackets: "… войны.»"."""

ABBREVIATION_END = re.compile(r"(?:^|[\s(.])[^\W\d_]{1,3}\.$")
"""A line ending with a short abbreviation ("… 1933 г.", "т. е."): the sentence may go on."""

LINE_REFERENCE = re.compile(r"\bline (\d+)")
"""How a problem names a line of the text."""

MAX_PENDING = 10
"""How many footnotes referred to on a page may be set on later pages."""

MAX_CONTINUED_LINES = 4
"""How many lines at the start of a block may continue a footnote from the page before."""

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

CUE_OPENINGS = frozenset("[" + SUPERSCRIPTS + "_" + DASHES + "*†‡")
"""Besides a digit, what a separator ("____"), a page number ("— 12 —") or a footnote's
number or mark ("[12]", "¹²", "*", "†") opens with; a line that opens otherwise is
none of these, and the reader spares it their patterns."""

MARK_CHUNK = 1024
"""How many lines are joined (a mark never spans two) and searched for a mark of
footnote 1 at once: one pattern pass per chunk, not a call per line (a text without
such a mark paid refers_to on each of its lines), and the search still stops at the
first chunk with one, as most texts with marks have near their start."""

INDENTS = (" ", "\t")
"""What an indented line opens with."""

INDENTED_RUNS = 0.1
"""Indentation marks page starts only if at most this share of indented lines is
followed by another indented line."""


@dataclass
class Extraction:
    """The footnotes found in a text, in order, and the problems met on the way.

    `references` are the references that are not footnotes, kept apart so that they
    neither add notes nor renumber them: the entries of a reference list (flag
    "reference-list", with the list's own number if it has one) and the article's own
    reference given "for citation" (flag "for-citation"). parse_footnotes does not
    see them; pass `extraction.references` to it to parse them."""

    footnotes: list[Footnote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    references: list[Footnote] = field(default_factory=list)

    def __iter__(self) -> Iterator[Footnote]:
        return iter(self.footnotes)

    def __len__(self) -> int:
        return len(self.footnotes)

    def __getitem__(self, index: int) -> Footnote:
        return self.footnotes[index]


def extract_footnotes(text: str) -> Extraction:
    """The footnotes of an article's text layer (or of a list of footnotes).

    The cycle collector is paused meanwhile (`collector.paused`): the reader builds
    lists, notes and problems that hold no cycle, and the collector walked them every
    few hundred allocations (25–30 passes, about 0.02–0.03 s of CPU time on the
    10,168-note article of benchmarks/bench_article_stages.py, 5 % of the stage)."""
    with collector.paused():
        return _footnotes(text)


def _footnotes(text: str) -> Extraction:
    given = text.split("\n")
    if "\r" in text:  # Windows line ends: most texts have none, and skip the pass
        given = [line.rstrip("\r") for line in given]
    lines, origin, column_problems = split_columns(given)
    extraction = _extract(lines)
    if column_problems:
        _renumber_lines(extraction, origin)
        extraction.problems = sorted(extraction.problems + column_problems, key=_line_of)
    if not extraction.footnotes and not extraction.problems:
        extraction.problems.append(Problem("text", "no footnotes found" if text.strip()
                                           else "no footnotes found: the text is empty"))
    return extraction


def _extract(lines: list[str]) -> Extraction:
    heads = running_heads(lines)
    section_reader = SectionReader(lines, heads)
    reader = _BlockReader(lines, section_reader, heads)
    extraction = reader.read()  # finds the sections on its way
    sections = section_reader.sections
    if not any(note.number is not None for note in extraction.footnotes):
        if not extraction.references and not sections.references:
            return _read_list(lines, sections.skipped)
        # an article that cites in its text ("[1, с. 45]") and lists its references
        extraction.problems.append(Problem("text", "no numbered footnotes found"))
    elif any(MAY_INCLUDE_BODY in note.flags for note in extraction):
        # blocks ran into body text: if footnotes are set in a smaller font, line
        # lengths tell where each block ends
        widths = reader.line_widths()
        if widths is not None:
            extraction = _BlockReader(lines, section_reader, heads, widths).read()
    extraction.references = sorted(extraction.references + sections.references,
                                   key=lambda note: note.line or 0)
    extraction.problems = sorted(extraction.problems + sections.problems, key=_line_of)
    return extraction


def _renumber_lines(extraction: Extraction, origin: list[int]) -> None:
    """Give footnotes and problems the line numbers of the text as given, where its
    columns were read one after the other (`origin`: index given of each line read)."""
    def given(number: int) -> int:
        return origin[number - 1] + 1 if 0 < number <= len(origin) else number

    for note in [*extraction.footnotes, *extraction.references]:
        if note.line is not None:
            note.line = given(note.line)
    extraction.problems = [
        Problem(LINE_REFERENCE.sub(lambda m: f"line {given(int(m.group(1)))}", problem.where),
                LINE_REFERENCE.sub(lambda m: f"line {given(int(m.group(1)))}", problem.message))
        for problem in extraction.problems
    ]


def _line_of(problem: Problem) -> int:
    """The line a problem names, for putting problems in the order of the text."""
    where = problem.where
    return int(where[5:]) if where.startswith("line ") and where[5:].isdigit() else 0


@dataclass
class _OpenNote:
    number: int | None
    line: int
    lines: list[str]
    flags: list[str]


class _BlockReader:
    """A pass over the lines, in body text or in a footnote block; the first pass
    also asks the section reader about each line, so that the text's lines are read
    once for both."""

    def __init__(self, lines: list[str], section_reader: SectionReader, heads: set[int],
                 widths: tuple[int, int] | None = None) -> None:
        self.lines = lines
        self.section_reader = section_reader
        self.sections = section_reader.sections
        """Lines of the header, labelled paragraphs and headings, to be skipped."""
        self.reference_list: ReferenceList | None = None
        """The reference list being read, if any: its lines are entries, not body."""
        self.references: list[Footnote] = []
        self.note_opening: int | None = None
        """Index of the last footnote's first line: how it marks its number is asked
        only where a reference list's numbers meet the footnotes'."""
        self.widths = widths
        """(body, footnote): the usual length of a full line of each, when they differ."""
        self.page_openings = frozenset("\f \t" if _indentation_marks_page_starts(lines) else "\f")
        """What a line that opens a page starts with: a form feed, and an indent where
        indentation marks only page starts."""
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
        self.block_end = 0
        """Index of the line after the last footnote block."""
        self._referred: set[int] = set()
        self._unread_body: list[str] = []
        """Body lines whose references are not yet in `_referred` (see `referred`)."""
        self.running_heads = heads
        self.separator: int | None = None
        """Index of a separator line seen since the last block: a block follows it."""
        self.cut: tuple[int, _OpenNote] | None = None
        """The last footnote (index in `notes`, lines), when a page ended mid-sentence in it."""

    def read(self) -> Extraction:
        previous_blank = True
        previous_text = ""
        skipped, heads, page_openings = self.sections.skipped, self.running_heads, self.page_openings
        section_reader = self.section_reader
        skips = None if section_reader.complete else section_reader.skips
        body_lengths, unread_body = self.body_lengths, self._unread_body  # lists kept, never rebound
        for index, raw in enumerate(self.lines):
            stripped = raw.strip(" \t\f")
            if not stripped:
                previous_blank = True
                if not self.in_block:
                    self.body_run_start = index + 1
                continue
            if index in skipped:  # a header, a label's paragraph
                self._skip(index)
                continue
            first = stripped[0]
            if index in heads:  # the section reader does not see page furniture
                if not self._is_next_note(stripped, previous_text):
                    # page furniture, neither body nor footnote
                    if self.in_block:
                        self._end_block(index + 1, at_page_end=True)
                    continue
            elif skips is not None and (section_reader.after_label or may_open_section(stripped[:2])) \
                    and skips(index, stripped):
                self._skip(index)  # a label, a heading
                continue
            # a separator, a page number, a footnote's number or mark: each opens with
            # a character of CUE_OPENINGS (or a digit), which most lines do not
            cue = first in CUE_OPENINGS or first.isdecimal()
            if cue and is_separator(stripped):
                if self.in_block:
                    self._end_block(index + 1, at_page_end=False)
                self.separator = index
                previous_blank, previous_text = True, ""
                continue
            start = self._note_start(stripped, previous_blank, previous_text) if cue else None
            if start is not None and self.reference_list is not None \
                    and not self._note_in_reference_list(start[0], stripped):
                start = None
            # asked only of a line that opens no footnote (a list of notes opens one a line)
            page_start = start is None and (
                raw[0] in page_openings or (cue and is_page_number(stripped)))
            if start is not None:
                if not self.in_block:
                    self._take_lines_before_block(index)
                self._open_numbered(start[0], start[1], index)
            elif not self.in_block:
                if page_start:
                    self.separator = None  # a page without footnotes after the rule
                if self.separator is None and self.reference_list is None:
                    body_lengths.append(len(stripped))  # a body line, as most lines are:
                    unread_body.append(stripped)  # _read_body_line without the call
                elif self.separator is None:
                    self._read_body_line(stripped, index)
            elif page_start or self._body_by_width(stripped, index) or (
                    self.reference_list is not None and self.reference_list.is_next_entry(stripped)):
                self._end_block(index, at_page_end=page_start)
                self._read_body_line(stripped, index)
            elif self._refers_to_next_note(stripped):
                self._warn_of_body_in_note(index)
                self._end_block(index, at_page_end=False)
                self._read_body_line(stripped, index)
            elif cue and (marked := MARKED_LINE.fullmatch(stripped)):
                self._close()
                self.open = _OpenNote(None, index + 1, [marked.group("text")], [UNNUMBERED])
            else:
                assert self.open is not None
                self.open.lines.append(stripped)
            previous_blank = False
            previous_text = stripped
        section_reader.complete = True
        self._close()
        self._close_reference_list()
        if self.cut is not None:
            self._report_cut()
        return Extraction(self.notes, self.problems, self.references)

    @functools.cached_property
    def marks_in_text(self) -> bool:
        """Whether the body marks its references ("союзе1"): then a numbered list item
        ("1. Первое …") starts a footnote only where the body has referred to it. Asked
        only there, so a text without such items (a list of notes "1<TAB>Text") never
        pays the search."""
        lines = self.lines
        return any(1 in reference_numbers("\n".join(lines[start:start + MARK_CHUNK]))
                   for start in range(0, len(lines), MARK_CHUNK))

    @property
    def referred(self) -> set[int]:
        """The footnotes that body lines refer to, since the last block or still to come.

        Body lines are read for references when this is asked for, all those since the
        last time in one pass over them joined by line ends (a mark never spans two
        lines): most lines are body lines, and most are never asked about singly."""
        if self._unread_body:
            self._referred.update(reference_numbers("\n".join(self._unread_body), loose=True))
            self._unread_body.clear()
        return self._referred

    def _is_next_note(self, stripped: str, previous: str) -> bool:
        """True for a line repeated like a running head that starts the next footnote:
        footnotes that open alike and wrap at the same place ("5 Архив внешней политики
        Российской Федерации", "9 Архив …") repeat too, numbers aside. It is one where
        its number is the next one, after a finished footnote or a body line that
        refers to it; a running head's page number is not ("12 ИСТОРИЯ")."""
        match = NUMBERED_LINE.fullmatch(stripped) or SUPERSCRIPT_LINE.fullmatch(stripped)
        if match is None or number_of(match.group("number")) != self.highest + 1:
            return False
        if not looks_like_note_text(match.group("text")):
            return False
        if self.in_block:
            return FINISHED.search(previous) is not None
        return self.highest + 1 in self.referred

    def _skip(self, index: int) -> None:
        """A line of a header, a labelled paragraph or a heading: it ends a footnote
        block, a reference list, and the body run before it; a reference list's
        heading opens a list."""
        if self.in_block:
            self._end_block(index + 1, at_page_end=True)
        self._close_reference_list()
        self.body_run_start = self.block_end = index + 1
        heading = self.sections.list_headings.get(index)
        if heading is not None:
            self.reference_list = ReferenceList(index, heading)

    def _close_reference_list(self) -> None:
        if self.reference_list is not None:
            entries, problem = self.reference_list.close()
            self.references += entries
            if problem is not None:
                self.problems.append(problem)
            self.reference_list = None

    def _note_in_reference_list(self, number: int, stripped: str) -> bool:
        """True for a footnote set at the foot of a page that a reference list runs
        through: the next footnote after those of the body, and not the list's next
        entry (where the numbers meet, the footnotes' way of marking them decides)."""
        assert self.reference_list is not None
        reference_list = self.reference_list
        if not self.highest or number != self.highest + 1:
            return False
        if not reference_list.entries or number != reference_list.next_number:
            return True
        assert self.note_opening is not None  # self.highest: a footnote was opened
        note_style = marker_style(self.lines[self.note_opening].strip(" \t\f"))
        return marker_style(stripped) == note_style != reference_list.style

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
        return bool(following) and not (match and looks_like_note_text(match.group("text")))

    def _is_page_start(self, raw: str) -> bool:
        return raw[:1] in self.page_openings

    def _note_start(
        self, stripped: str, previous_blank: bool, previous_text: str
    ) -> tuple[int, str] | None:
        """(number, text) when `stripped` starts a numbered footnote here."""
        match = numbered_line(stripped)
        if not match:
            return None
        number, text = number_of(match.group("number")), match.group("text")
        if is_table_row(text):
            return None  # "1    Wheat    412    230": a numbered row of a table
        if not looks_like_note_text(text) and not self._title_with_a_year(text, number, previous_text):
            return None
        if not self.in_block and previous_text and self._is_body_list_item(
            match, number, previous_text
        ):
            return None
        expected = self.highest + 1
        if number != expected and match.groupdict().get("glued") is not None:
            return None  # a number glued to a word is taken only where expected
        if number == expected:
            if not self.in_block and previous_text.endswith("-") and not previous_blank:
                return None  # the previous body line breaks a word: this is body text
            if self.in_block and _cut_mid_sentence(previous_text):
                return None  # "… der Sowjetunion in" / "3 Bde. München": a continuation
            return number, text
        if not previous_text:
            return number, text  # the text begins with this footnote
        if not self.in_block and (number == 1 or not self.highest) and number in self.referred:
            # numbering starts again on a new page, or an excerpt starts at any number
            return number, text
        if self.in_block and not FINISHED.search(previous_text):
            return None  # the footnote before is not finished: a continuation line
        if self.in_block and expected - MAX_GAP - 1 <= number <= expected + MAX_GAP:
            return number, text
        if number == 1 and (self.in_block or previous_blank):
            return number, text  # numbering starts again (a new chapter)
        if not self.in_block and previous_blank and expected < number <= expected + MAX_GAP:
            return number, text
        return None

    def _title_with_a_year(self, text: str, number: int, previous: str) -> bool:
        """True for the expected footnote beginning with a year, as titles of document
        collections do ("1941 год: Документы", "1937—1938: Красная армия"): after a
        finished footnote, or where the body has referred to it."""
        if number != self.highest + 1 or not YEAR_TITLE.match(text):
            return False
        if self.in_block:
            return FINISHED.search(previous) is not None
        return number in self.referred

    def _is_body_list_item(self, match: re.Match[str], number: int, previous: str) -> bool:
        """True for an item of a numbered list in the body ("1. Первое …"): one that
        refers to a footnote of its own number ("2. Второе … с Польшей2."), one that
        follows the item before it, or one to which the body has not referred."""
        if match.groupdict().get("list") is None:
            return False
        if refers_to(match.group("text"), number):
            return True
        before = NUMBERED_LINE.fullmatch(previous)
        if before is not None and before.group("list") and int(before.group("number")) == number - 1:
            return True
        return self.marks_in_text and number not in self.referred

    def _read_body_line(self, stripped: str, index: int) -> None:
        """A body line, or an entry's line where a reference list is being read."""
        if self.reference_list is not None:
            if not is_page_number(stripped):
                self.reference_list.add(index, stripped)
            return
        self.body_lengths.append(len(stripped))
        self._unread_body.append(stripped)

    def _refers_to_next_note(self, stripped: str) -> bool:
        """True when a line carries the reference mark of the next footnote."""
        return refers_to(stripped, self.highest + 1)

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

    def _end_block(self, first_body: int, *, at_page_end: bool) -> None:
        """Close the block; a footnote cut mid-sentence by the page end is kept aside,
        to be continued by the first lines of the next block."""
        note = self.open
        self._close()
        if at_page_end and note is not None and note.number is not None:
            if _ends_mid_sentence(note.lines[-1]):
                self.cut = len(self.notes) - 1, note
        self.in_block = False
        self.body_run_start = self.block_end = first_body
        # footnotes referred to but not yet found may open a later block
        self._referred = {number for number in self.referred if 0 < number - self.highest <= MAX_PENDING}

    def _take_lines_before_block(self, index: int) -> None:
        """The lines that open a block before its first number: after a separator
        line, or starting in lower case after a finished body sentence, they continue
        a footnote cut by the page end; otherwise they may be a note whose mark was
        lost."""
        if self.separator is not None:
            first, self.separator = self.separator + 1, None
            lines = [line.strip(" \t\f") for line in self.lines[first:index] if line.strip(" \t\f")]
            if self.cut is not None and lines:
                self._continue_cut(lines)
            elif lines:
                line = next(number for number in range(first, index) if self.lines[number].strip(" \t\f"))
                self.notes.append(Footnote(None, join_lines(lines), line + 1, [UNNUMBERED]))
            elif self.cut is not None:
                self._report_cut()
            return
        if self.cut is not None:
            if (first := self._continuation_start(index)) is not None:
                self._continue_cut([line.strip(" \t\f") for line in self.lines[first:index]])
                return
            self._report_cut()
        self._take_unmarked_note(index)

    def _continuation_start(self, index: int) -> int | None:
        """The first of the lines right before `index` that continue a cut footnote:
        one that starts in lower case after a finished sentence (blank lines aside)."""
        filled = (
            number for number in range(index - 1, self.block_end - 1, -1)
            if self.lines[number].strip(" \t\f")
        )
        before = list(itertools.islice(filled, MAX_CONTINUED_LINES + 1))
        for position, first in enumerate(before[:MAX_CONTINUED_LINES]):
            line = self.lines[first].strip(" \t\f")
            previous = self.lines[before[position + 1]] if position + 1 < len(before) else ""
            if line[:1].islower() and (not previous or _ends_sentence(previous.strip(" \t\f"))):
                return first
        return None

    def _continue_cut(self, lines: list[str]) -> None:
        assert self.cut is not None
        (position, note), self.cut = self.cut, None
        note.lines += lines
        self.notes[position] = Footnote(note.number, join_lines(note.lines), note.line, note.flags)

    def _report_cut(self) -> None:
        assert self.cut is not None
        (position, note), self.cut = self.cut, None
        self.notes[position].flags.append(MAY_BE_INCOMPLETE)
        self.problems.append(Problem(
            f"line {note.line}",
            f"footnote {note.number} breaks off mid-sentence at a page end, and its "
            "continuation was not found at the start of the next footnote block",
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
        if number == 1 and (self.highest > MAX_GAP + 1 or (self.highest and not self.in_block)):
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
        self.note_opening = index

    def _close(self) -> None:
        if self.open is not None:
            note = self.open
            self.note_lengths.extend(map(len, note.lines[:-1]))  # no list built per note
            self.notes.append(Footnote(note.number, join_lines(note.lines), note.line, note.flags))
            self.open = None


def _read_list(lines: list[str], skipped: set[int]) -> Extraction:
    """A list with one footnote per line and no numbers: numbered by position (a
    heading such as "Примечания" aside)."""
    notes: list[Footnote] = []
    position = 0
    for index, raw in enumerate(lines):
        stripped = raw.strip(" \t\f")
        if not stripped or index in skipped:
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


def _ends_mid_sentence(line: str) -> bool:
    """True for a footnote line that cannot end a footnote: "… в документах",
    "… l’URSS:", "… С. 169—"; not "… Л. 52об" (a leaf's back) or "… С. 5а"."""
    last = line.rstrip()[-1:]
    if last.islower():
        return NUMBER_WITH_SUFFIX.search(line) is None
    return last in MID_SENTENCE_ENDS


def _ends_sentence(line: str) -> bool:
    """True for a line that ends a sentence, not merely an abbreviation ("1933 г.") or a
    quotation that the sentence goes on after ("… газета «Правда»")."""
    return SENTENCE_END.search(line) is not None and ABBREVIATION_END.search(line) is None


def _cut_mid_sentence(line: str) -> bool:
    """True for a line that ends with a small letter or a comma: more follows."""
    last = line.rstrip()[-1:]
    return last == "," or last.islower()


def _indentation_marks_page_starts(lines: list[str]) -> bool:
    """True when indented lines stand alone, as the first line of each page does.

    In a layout-preserving text layer most lines are indented, one after another;
    there indentation says nothing about pages."""
    # the lines that open with a space or a tab, found by map() in C (most lines do
    # not), then those with text
    opens_indented = map(str.startswith, lines, itertools.repeat(INDENTS))
    indented = [index for index in itertools.compress(itertools.count(), opens_indented)
                if lines[index].strip()]
    if not indented:
        return False
    followed = sum(
        1 for index in indented
        if index + 1 < len(lines) and lines[index + 1][:1] in " \t" and lines[index + 1].strip()
    )
    return followed <= INDENTED_RUNS * len(indented)
