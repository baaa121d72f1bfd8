"""Footnotes pasted one per line, as `biblio parse` reads them: numbered or not.

People paste notes with their numbers ("1. Иванов И. И. …", "12 Там же", "[3] …",
"¹ …") or without them, and a long note may wrap onto lines of its own. The numbers
are the notes' own only when the first line has one and they run on line after line
(a number may skip up to MAX_GAP, as a missing note does): a title may open with a
figure ("1 Съезд Советов СССР. Стенографический отчет"), and a list of such titles is
not numbered, nor does its first line start a note that swallows the others.
"""

from __future__ import annotations

from biblio.model import Footnote
from biblio.text.footnotes import GAP_BEFORE, MAX_GAP
from biblio.text.joining import join_lines
from biblio.text.marks import number_of, numbered_line


def note_list(text: str) -> list[Footnote]:
    """The footnotes of `text`, one per non-empty line, or by their own numbers when the
    lines carry them (a line without one then continues the note before it)."""
    lines = [(number, line.strip()) for number, line in enumerate(text.splitlines(), 1)
             if line.strip()]
    numbered = _by_own_numbers(lines)
    if numbered is not None:
        return numbered
    return [Footnote(position, line, line_number)
            for position, (line_number, line) in enumerate(lines, 1)]


def _by_own_numbers(lines: list[tuple[int, str]]) -> list[Footnote] | None:
    """The notes by their own numbers; None unless the first line and at least half of
    the lines (two or more) open with numbers that run on."""
    notes: list[tuple[int, int, list[str], list[str]]] = []  # number, line, texts, flags
    for line_number, line in lines:
        found = _numbered(line)
        last = notes[-1][0] if notes else None
        if found is not None and (last is None or last < found[0] <= last + 1 + MAX_GAP):
            flags = [GAP_BEFORE] if last is not None and found[0] > last + 1 else []
            notes.append((found[0], line_number, [found[1]], flags))
        elif notes:
            notes[-1][2].append(line)
        else:
            return None
    if len(notes) < 2 or 2 * len(notes) < len(lines):
        return None
    return [Footnote(number, join_lines(texts), line_number, flags)
            for number, line_number, texts, flags in notes]


def _numbered(line: str) -> tuple[int, str] | None:
    """A line's footnote number and the text after it, if it opens with one."""
    match = numbered_line(line)
    return None if match is None else (number_of(match["number"]), match["text"])
