"""The parts of an article's text layer that are neither body nor footnotes.

A journal article carries more than its body and notes: a header (УДК, DOI, authors
and their affiliations, marked "¹ Институт …" like footnotes, "Аннотация", "Ключевые
слова", "Для цитирования: …", the same again in English), and at its end a reference
list ("Список литературы", "References" in transliteration) and information about the
authors. None of these are footnotes; read as such they add false notes ("¹ Институт
российской истории РАН") or renumber the real ones ("1. Кен О.Н. …" of a numbered
list). A `SectionReader` finds them line by line, so that the footnote reader, which
asks about each line as it comes to it, skips their lines in its own pass over the
text (`find_sections` asks about every line at once); the lines under a reference
list's heading go to a `ReferenceList`, except the footnotes set at the foot of its
pages, which the footnote reader tells apart.

What is a reference is kept, apart from the footnotes: each entry of a reference list
(flag "reference-list", its number if the list is numbered) and the article's own
reference given "for citation" (flag "for-citation"). Each is reported, naming its
line. Endnotes under "Примечания" / "Notes" are the article's notes: only their
heading is skipped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from biblio.data.article_sections import (
    AUTHOR_LABELS,
    BLOCK_LABELS,
    CITATION_LABELS,
    ENDNOTE_HEADINGS,
    LINE_LABELS,
    LIST_LABELS,
    REFERENCE_LIST_HEADINGS,
    SENTENCE_LABELS,
)
from biblio.lazy_patterns import LazyPattern
from biblio.model import Footnote, Problem
from biblio.text.joining import join_lines
from biblio.text.marks import marker_style
from biblio.text.pages import is_page_number, is_separator

REFERENCE_LIST = "reference-list"
"""Flag of an entry of a reference list ("Список литературы", "References")."""
FOR_CITATION = "for-citation"
"""Flag of the article's own reference ("Для цитирования: …", "For citation: …")."""

HEADER_START = 6
"""A header's first label (УДК, DOI, a rubric) is among the first lines of the text."""
HEADER_REACH = 10
"""… and each next one follows the paragraph of the one before within this many lines
(title, authors and affiliations lie between them)."""

LONGEST_HEADING = 80
MAX_LABEL_LINES = 30
"""How many lines an abstract or an author's information may have."""
MAX_CITATION_LINES = 8

AMBIGUOUS_HEADINGS = frozenset({
    "источники", "литература", "sources", "literature", "quellen", "literatur",
})
"""Words that may also head a part of the body: a reference list under them is taken
only if its first line starts like an entry."""


def _label_pattern(labels: tuple[str, ...], *, before_space: bool) -> str:
    """A label at the start of a line, then a colon, a period, the line end or (if
    `before_space`, for labels that are never a sentence's start) a space."""
    words = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    after = r"\s*(?:[:.]|$)|\s" if before_space else r"\s*(?:[:.]|$)"
    return rf"(?i:{words})(?:{after})"


AUTHOR_LABEL = LazyPattern(_label_pattern(AUTHOR_LABELS, before_space=False))

RECEIVED_LABELS = ("статья поступила в редакцию", "поступила в редакцию", "received")
"""What opens the date a manuscript was received (LABEL's "received")."""
DOI_LINK_OPENINGS = ("https://", "http://", "dx.doi.org/", "doi.org/")
"""How a DOI given as a link opens (LABEL's "doi")."""

LABEL = re.compile("|".join([
    f"(?P<block>{_label_pattern(BLOCK_LABELS + AUTHOR_LABELS, before_space=False)})",
    f"(?P<list>{_label_pattern(LIST_LABELS, before_space=False)})",
    f"(?P<citation>{_label_pattern(CITATION_LABELS, before_space=False)})",
    f"(?P<sentence>{_label_pattern(SENTENCE_LABELS, before_space=False)})",
    # the date a manuscript was received: "Статья поступила в редакцию 12.02.2020"
    f"(?P<received>(?i:{'|'.join(RECEIVED_LABELS)})\\s*:?\\s*(?=\\d))",
    f"(?P<line>{_label_pattern(LINE_LABELS, before_space=True)})",
    # a DOI given as a link on its own line, as article headers print it
    r"(?P<doi>(?i:(?:https?://)?(?:dx\.)?doi\.org/))",
]))
"""The label kinds, each with its own way of ending its paragraph."""

LABEL_OPENING = re.compile("(?i:{})".format("|".join(sorted(
    {re.escape(label[:2]) for label in (*BLOCK_LABELS, *AUTHOR_LABELS, *LIST_LABELS,
                                        *CITATION_LABELS, *SENTENCE_LABELS, *LINE_LABELS,
                                        *RECEIVED_LABELS, *DOI_LINK_OPENINGS)}))))
"""The first two characters of every label LABEL reads, compared as LABEL compares them
(ignoring case, character by character): a line that opens otherwise opens no label."""

IDENTIFIER_KINDS = frozenset({"line"})
"""Labels that also end footnotes (a DOI wrapped onto its own line): they open a
header only together with a label of another kind."""

LIST_HEADINGS = frozenset(REFERENCE_LIST_HEADINGS)
NOTES_HEADINGS = frozenset(ENDNOTE_HEADINGS)
HEADING_START = re.compile("(?i:{})".format("|".join(sorted(
    {re.escape(heading.split()[0]) for heading in LIST_HEADINGS | NOTES_HEADINGS},
    key=len, reverse=True))))
"""A line is looked at as a heading only if it begins as one does (a quick test)."""
HEADING_OPENINGS = frozenset(heading[:2] for heading in LIST_HEADINGS | NOTES_HEADINGS)
"""The first two letters of the headings (each at least five letters long): a line whose
first two, case-folded, are none of them cannot be one once normalised (a quicker
test, before HEADING_START; of the sample's lines that open with a heading's first
letter, it rules out four in five)."""

HEADING_PARTS = re.compile(r"\s*[/()]\s*")
"""Two headings in one line: "Список литературы / References", "Литература (References)"."""

ENTRY_NUMBER = re.compile(r"(?:\[(?P<bracketed>\d{1,4})\]|(?P<number>\d{1,4})[.)]?)[ \t]+(?P<text>\S.*)")
"""A numbered entry of a reference list: "1. Text", "[1] Text", "1 Text"."""

ENTRY_START = LazyPattern(
    r"""
    [^\W\d_][\w’'-]*,?\s(?:[^\W\d_]\.\s?){1,2}   # a surname with initials: "Кен О.Н.", "Haslam, J."
    | [^\W\d_][\w’'-]*,\s[^\W\d_]                # "Carr, Edward"
    | [A-ZА-ЯЁ]{2,}[\s.,]                       # an archive or a capitalised name: "ГАРФ.", "JACKSON"
    """,
    re.VERBOSE,
)
"""How the first entry under an ambiguous heading ("Источники") starts."""

FINISHED = re.compile(r"[.…!?»”\")\]]\s*$")
"""The end of a finished line: a list's entry, a labelled paragraph's sentence, a footnote
(a number off the expected sequence may start the next footnote only after one: "3 Bde."
after "Geschichte in" continues it, biblio.text.footnotes)."""
REFERENCE_END = LazyPattern(
    r"""
    \d\s*[–—-]\s*\d+\.?\s*$                  # a page range: "С. 45–58."
    | \b(?:[СсPpS]|pp)\.\s*\d+\.?\s*$           # one page: "P. 5."
    | \b10\.\d{4,9}/\S+$                        # a DOI
    | \)\.?\s*$                                  # "(дата обращения: 12.03.2019)."
    """,
    re.VERBOSE,
)
"""How the article's own reference ends (its title may end with a period)."""
MID_SENTENCE_ENDS = ",:;/(-‐–—"
"""A line ending with one of these goes on: a list's entry, a footnote."""


@dataclass
class Sections:
    """The lines that belong to no footnote nor the body, and the references kept."""

    skipped: set[int] = field(default_factory=set)
    list_headings: dict[int, str] = field(default_factory=dict)
    """The headings of reference lists, by index: the lines after them, up to the next
    skipped line, are entries (or footnotes of the last pages: biblio.text.footnotes)."""
    references: list[Footnote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def find_sections(lines: list[str], furniture: set[int]) -> Sections:
    """The header, labelled paragraphs, headings and reference lists of `lines`.

    `furniture` are the indexes of running heads, which belong to no section."""
    reader = SectionReader(lines, furniture)
    skipped = reader.sections.skipped
    for index, line in enumerate(lines):
        stripped = line.strip(" \t\f")
        if stripped and index not in skipped and index not in furniture:
            reader.skips(index, stripped)
    reader.complete = True
    return reader.sections


class SectionReader:
    """The sections of `lines`, found as a reader asks about each line in order: the
    header at once, the rest line by line (see `skips`)."""

    def __init__(self, lines: list[str], furniture: set[int]) -> None:
        self.lines = lines
        self.furniture = furniture
        self.sections = Sections()
        self.after_label = False
        """Whether the last line asked about ended a labelled paragraph: identifiers
        (DOI, e-mail) are labels only there."""
        self.complete = False
        """Set by the reader once every line has been asked about."""
        header_end = self._header_end()
        if header_end is not None:
            self._read_header(header_end)

    def skips(self, index: int, stripped: str) -> bool:
        """Whether line `index` (`stripped`, not empty) opens a labelled paragraph, a
        reference list or the endnotes: then it is skipped, and so are the paragraph's
        lines after it. Asked of each line in order that is neither furniture nor
        skipped already; a reader may spare the call a line that opens neither with a
        capital and a label's first letters (`may_open_label`) nor with a heading's
        (`may_open_heading`) when `after_label` is False: the answer is then False, and
        nothing changes."""
        # a label opens with a capital: most lines are spared the call
        kind = label_kind(stripped, identifiers=self.after_label) if stripped[0].isupper() else None
        if kind is not None:
            self._skip_label(index, kind)
            self.after_label = True
            return True
        self.after_label = False
        # most lines cannot open a heading: one cached look at the first two letters
        heading = _heading(stripped) if may_open_heading(stripped[:2]) else None
        if heading == "endnotes" or (heading == "list" and self._starts_a_list(index, stripped)):
            self.sections.skipped.add(index)
            if heading == "list":
                self.sections.list_headings[index] = stripped
            return True
        return False

    # --- the header ------------------------------------------------------------------

    def _header_end(self) -> int | None:
        """The index after the header: the paragraphs of labels that follow each other
        from the first lines on, with what lies between them (title, authors)."""
        lines = self.lines
        end: int | None = None
        kinds: set[str] = set()
        filled_since = 0
        index = 0
        while index < len(lines) and filled_since <= (HEADER_REACH if end else HEADER_START):
            stripped = lines[index].strip(" \t\f")
            if not stripped:
                index += 1
                continue
            if (_heading(stripped) or is_separator(stripped) or is_page_number(stripped)
                    or (index and lines[index].startswith("\f"))):
                break  # the header is over, if there was one
            kind = label_kind(stripped, identifiers=True)
            if kind == "block" and AUTHOR_LABEL.match(stripped):
                break  # the authors' information ends an article
            if kind is None:
                filled_since += 1
                index += 1
                continue
            kinds.add(kind)
            index = end = self._label_end(index, kind)
            filled_since = 0
        if end is None or kinds <= IDENTIFIER_KINDS:
            return None
        return end

    def _read_header(self, end: int) -> None:
        """Skip the lines of the header, keeping its references "for citation"."""
        self.sections.skipped.update(range(end))
        index = 0
        while index < end:
            stripped = self.lines[index].strip(" \t\f")
            kind = label_kind(stripped, identifiers=True) if stripped else None
            if kind is None:
                index += 1
                continue
            following = self._label_end(index, kind)
            if kind == "citation":
                self._keep_citation(index, following)
            index = following

    # --- labelled paragraphs ----------------------------------------------------------

    def _skip_label(self, index: int, kind: str) -> None:
        end = self._label_end(index, kind)
        self.sections.skipped.update(range(index, end))
        if kind == "citation":
            self._keep_citation(index, end)

    def _label_end(self, index: int, kind: str) -> int:
        """The index after the paragraph that the label on line `index` opens."""
        limit = min(len(self.lines), index + (MAX_CITATION_LINES if kind == "citation" else MAX_LABEL_LINES))
        previous = self.lines[index].strip(" \t\f")
        following = index + 1
        while following < limit:
            line = self.lines[following].strip(" \t\f")
            if (not line or following in self.furniture or self.lines[following].startswith("\f")
                    or is_page_number(line) or is_separator(line)
                    or label_kind(line, identifiers=True) is not None or _heading(line)):
                break
            if not (line[:1].islower() or _goes_on(kind, previous, line)):
                break
            previous = line
            following += 1
        return following

    def _keep_citation(self, start: int, end: int) -> None:
        first = self.lines[start].strip(" \t\f")
        label, _, rest = first.partition(":")
        if not rest:
            label, _, rest = first.partition(" ")
        text = join_lines([rest, *self.lines[start + 1:end]])
        if not text:
            return
        self.sections.references.append(Footnote(None, text, start + 1, [FOR_CITATION]))
        self.sections.problems.append(Problem(
            f"line {start + 1}",
            f"the article's own reference (\"{label.strip()}\") is kept apart: not a footnote",
        ))

    # --- reference lists --------------------------------------------------------------

    def _starts_a_list(self, index: int, heading: str) -> bool:
        """True unless the heading is a word that may head a part of the body and the
        line after it does not start like a reference."""
        if _normalised(heading) not in AMBIGUOUS_HEADINGS:
            return True
        following = next((line.strip(" \t\f") for line in self.lines[index + 1:index + 4] if line.strip()), "")
        return ENTRY_NUMBER.fullmatch(following) is not None or ENTRY_START.match(following) is not None


class ReferenceList:
    """The entries of a reference list, as its lines come: numbered ("1.", "[1]") or
    one per sentence that starts with a capital."""

    def __init__(self, heading_index: int, heading: str) -> None:
        self.heading_index = heading_index
        self.heading = heading
        self.entries: list[tuple[int | None, int, list[str]]] = []
        """(number, index of the first line, lines) of each entry."""
        self.style: str | None = None
        """How the list numbers its entries (biblio.text.marks.marker_style)."""

    @property
    def next_number(self) -> int | None:
        """The number of the next entry, if the list is numbered."""
        if not self.entries or self.entries[0][0] is None:
            return None
        return (self.entries[-1][0] or 0) + 1

    def is_next_entry(self, stripped: str) -> bool:
        """True for a line that starts the next entry of a numbered list, numbered the
        list's way: it ends a footnote set among the list's lines."""
        numbered = ENTRY_NUMBER.fullmatch(stripped)
        if numbered is None or self.next_number is None or marker_style(stripped) != self.style:
            return False
        return int(numbered.group("bracketed") or numbered.group("number")) == self.next_number

    def add(self, index: int, stripped: str) -> None:
        entries = self.entries
        numbered = ENTRY_NUMBER.fullmatch(stripped)
        number = None
        if numbered is not None:
            number = int(numbered.group("bracketed") or numbered.group("number"))
        if entries and entries[0][0] is not None:  # numbered: the next number starts an entry
            if numbered is not None and number == self.next_number:
                entries.append((number, index, [numbered.group("text")]))
            else:
                entries[-1][2].append(stripped)
        elif not entries and numbered is not None and (numbered.group("bracketed") or number == 1):
            entries.append((number, index, [numbered.group("text")]))
            self.style = marker_style(stripped)
        elif not entries or (FINISHED.search(entries[-1][2][-1]) and _starts_an_entry(stripped)):
            entries.append((None, index, [stripped]))
        else:
            entries[-1][2].append(stripped)

    def close(self) -> tuple[list[Footnote], Problem | None]:
        """The entries, flagged, and the problem that reports them (none for a heading
        with nothing under it)."""
        notes = [Footnote(number, join_lines(lines), first + 1, [REFERENCE_LIST])
                 for number, first, lines in self.entries]
        count = len(notes)
        if not count:
            return notes, None
        return notes, Problem(
            f"line {self.heading_index + 1}",
            f"reference list \"{self.heading}\" ({count} entr{'y' if count == 1 else 'ies'}) "
            "kept apart: not footnotes",
        )


def label_kind(line: str, *, identifiers: bool) -> str | None:
    """The kind of label that opens `line`, if any; identifiers (DOI, e-mail) count only
    in the header and right after another label."""
    if not line[:1].isupper():
        return None
    match = LABEL.match(line)
    if match is None:
        return None
    kind = match.lastgroup
    if kind in ("line", "doi"):
        return "line" if identifiers else None
    return "sentence" if kind == "received" else kind


def _goes_on(kind: str, previous: str, line: str) -> bool:
    """True when `line` continues the labelled paragraph whose last line is `previous`."""
    if kind == "block":
        return True
    if kind == "list":
        return previous.rstrip().endswith(tuple(MID_SENTENCE_ENDS))
    if kind == "citation":
        return REFERENCE_END.search(previous) is None
    if kind == "sentence":
        return not FINISHED.search(previous) or line[:1].isdigit()
    return False


def _normalised(line: str) -> str:
    return " ".join(line.casefold().rstrip(" .:").split())


def _heading(line: str) -> str | None:
    """"list" for a reference list's heading, "endnotes" for the notes', else None."""
    if len(line) > LONGEST_HEADING or not may_open_heading(line[:2]) or HEADING_START.match(line) is None:
        return None
    parts = [_normalised(part) for part in HEADING_PARTS.split(line) if part.strip()]
    if parts and all(part in LIST_HEADINGS for part in parts):
        return "list"
    if parts and all(part in NOTES_HEADINGS for part in parts):
        return "endnotes"
    return None


@functools.lru_cache(maxsize=8192)
def may_open_label(opening: str) -> bool:
    """True for a line's first two characters that some label opens with (LABEL_OPENING);
    cached per pair, as `may_open_heading`: a reader spares the section reader's question
    the other lines that open with a capital, most of a text's."""
    return LABEL_OPENING.match(opening) is not None


@functools.lru_cache(maxsize=8192)
def may_open_section(opening: str) -> bool:
    """True for a line's first two characters that may open a label (after a capital,
    `may_open_label`) or a heading (`may_open_heading`): the reader's one cached question
    per line, where the two tests and the capital's cost a line up to three."""
    return (opening[:1].isupper() and may_open_label(opening)) or may_open_heading(opening)


@functools.lru_cache(maxsize=8192)
def may_open_heading(opening: str) -> bool:
    """True for a line's first two characters that some heading opens with, case-folded;
    cached per pair (a text's pairs are a few thousand), since every line asks."""
    return opening[:1].isalpha() and opening.casefold()[:2] in HEADING_OPENINGS


def _starts_an_entry(line: str) -> bool:
    """True for a line that may start an unnumbered entry: a capital or a quote."""
    return line[:1].isupper() or line[:1] in "«\"“„"
