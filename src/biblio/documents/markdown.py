"""Markdown manuscripts with pandoc footnotes: notes restyled, or turned into citations.

A footnote is defined by `[^label]: text` (continued by the lines that follow it and,
after a blank line, by indented lines) and referred to by `[^label]` in the text;
pandoc numbers notes in the order of their references, and so does this reader.
Fenced code blocks are left alone. Markdown's inline syntax is a flat line grammar,
so lines and a regular expression per construct suffice; nothing is nested.

- `restyle_markdown`: each understood note's text is replaced by its rendering in a
  style (italics as `*…*`); the note stays a footnote.
- `markdown_citations`: each understood note becomes a pandoc citation at its
  reference, `[prefix @key, page 12, suffix; @other]`, its definition removed, and
  the items are written to a CSL-JSON or BibLaTeX file for pandoc's citeproc.
Notes not understood stay as written and are reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from biblio.documents.restyle import kept_because, restyle_notes
from biblio.errors import FormatError
from biblio.formats import write
from biblio.model import Cite, Document, Footnote, Problem
from biblio.parse import parse_footnotes

DEFINITION = re.compile(r"\[\^(?P<label>[^\]\s]+)\]:[ \t]?(?P<text>.*)")
REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")
FENCE = re.compile(r"\s{0,3}(```|~~~)")
INDENTED = re.compile(r"(?: {4}|\t)")
EMPHASIS = re.compile(r"(?<![\\\w])([*_]{1,2})(?=\S)(.+?)(?<=\S)\1(?!\w)")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
CITATION_SPECIAL = re.compile(r"([\[\]@;\\])")
"""Characters that would end or split a pandoc citation: escaped in prefix and suffix."""


@dataclass
class MarkdownNote(Footnote):
    """A footnote definition: its label and the lines it spans (end excluded)."""

    label: str = ""
    first_line: int = 0
    last_line: int = 0


def markdown_footnotes(source: str, name: str = "<markdown>") -> list[MarkdownNote]:
    """The footnote definitions of `source`, numbered by their first reference."""
    lines = source.split("\n")
    notes: list[MarkdownNote] = []
    order: dict[str, int] = {}
    fenced = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if FENCE.match(line):
            fenced = not fenced
        if fenced:
            index += 1
            continue
        definition = DEFINITION.match(line)
        if definition:
            end = _definition_end(lines, index)
            text = " ".join(part.strip() for part in
                            [definition.group("text"), *lines[index + 1:end]] if part.strip())
            notes.append(MarkdownNote(None, plain(text), index + 1, [],
                                      definition.group("label"), index, end))
            index = end
            continue
        for reference in REFERENCE.finditer(line):
            order.setdefault(reference.group("label"), len(order) + 1)
        index += 1
    labels = [note.label for note in notes]
    duplicated = {label for label in labels if labels.count(label) > 1}
    if duplicated:
        raise FormatError(f"footnote [^{sorted(duplicated)[0]}] is defined twice", source=name)
    for note in notes:
        note.number = order.get(note.label)
        if note.number is None:
            note.flags.append("unreferenced")
    return sorted(notes, key=lambda note: (note.number is None, note.number or 0))


def _definition_end(lines: list[str], start: int) -> int:
    """The line after the last one of the definition at `start`: the lines right
    after it (a paragraph's lazy continuation) and, past blank lines, indented ones."""
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if not line.strip():
            after = next((i for i in range(end, len(lines)) if lines[i].strip()), None)
            if after is None or not INDENTED.match(lines[after]):
                break
            end = after
        elif DEFINITION.match(line):
            break
        end += 1
    return end


def plain(text: str) -> str:
    """A note's Markdown as the text the parser reads: emphasis marks and escapes off."""
    previous = None
    while previous != text:
        previous, text = text, EMPHASIS.sub(r"\2", text)
    return ESCAPE.sub(r"\1", text)


@dataclass
class RewrittenMarkdown:
    source: str
    problems: list[Problem]
    document: Document
    bibliography: str = ""


def _referenced(source: str, name: str) -> list[MarkdownNote]:
    """The notes the text refers to (a definition never referred to is not printed)."""
    return [note for note in markdown_footnotes(source, name) if note.number is not None]


def _labelled(problems: list[Problem], notes: list[MarkdownNote]) -> list[Problem]:
    """Problems naming "note 3" name the note as the source does: "note [^3] (line 13)"."""
    names = {f"note {note.number}": f"note [^{note.label}] (line {note.line})"
             for note in notes}
    return [Problem(names.get(problem.where, problem.where), problem.message)
            for problem in problems]


def _without(lines: list[str], first: int, last: int) -> None:
    """Delete lines first…last-1 and, between blank lines, the blank line after."""
    if last < len(lines) and not lines[last].strip() and (first == 0 or not lines[first - 1].strip()):
        last += 1
    del lines[first:last]


def restyle_markdown(source: str, style: str, name: str = "<markdown>", *,
                     progress: Callable[[int, int], None] | None = None,
                     **options: Any) -> RewrittenMarkdown:
    """Each understood note's definition rewritten in `style`, on one line."""
    notes = _referenced(source, name)
    restyled = restyle_notes(notes, style, "markdown", progress=progress, **options)
    lines = source.split("\n")
    for note, text in reversed(list(zip(notes, restyled.texts, strict=True))):
        if text is not None:
            lines[note.first_line:note.last_line] = [f"[^{note.label}]: {text}"]
    return RewrittenMarkdown("\n".join(lines), _labelled(restyled.problems, notes),
                             restyled.document)


def markdown_citations(source: str, bibliography_format: str, name: str = "<markdown>", *,
                       progress: Callable[[int, int], None] | None = None
                       ) -> RewrittenMarkdown:
    """Each understood note turned into a pandoc citation at its reference, its
    definition removed; the items cited in `bibliography_format` (csljson, biblatex)."""
    notes = _referenced(source, name)
    document = parse_footnotes(notes, progress=progress)
    problems = list(document.problems)
    lines = source.split("\n")
    citations: dict[str, str] = {}
    for note, parsed in reversed(list(zip(notes, document.notes, strict=True))):
        reason = kept_because(parsed) or (parsed.comment and "commentary outside its references")
        if reason:
            problems.append(Problem(parsed.name, f"kept as it is: {reason}"))
            continue
        citations[note.label] = "[" + "; ".join(pandoc_cite(cite) for cite in parsed.cites) + "]"
        _without(lines, note.first_line, note.last_line)
    text = "\n".join(lines)
    text = REFERENCE.sub(lambda match: citations.get(match.group("label"), match.group()), text)
    cited = {cite.item for note in document.notes for cite in note.cites}
    items = [item for key, item in document.items.items() if key in cited]
    return RewrittenMarkdown(text, _labelled(problems, notes), document,
                             write(items, bibliography_format))


def pandoc_cite(cite: Cite) -> str:
    """`prefix @key, label locator, suffix` (pandoc reads CSL's label names)."""
    parts = [f"@{cite.item}"]
    if cite.locator:
        parts.append(f"{cite.label or 'page'} {cite.locator}")
    if cite.suffix:
        parts.append(CITATION_SPECIAL.sub(r"\\\1", cite.suffix.strip()))
    prefix = CITATION_SPECIAL.sub(r"\\\1", cite.prefix.strip()) + " " if cite.prefix else ""
    return prefix + ", ".join(parts)
