"""Notes rewritten in another style: those whose references biblio understood.

A note is rewritten when it holds at least one reference and nothing of it was left
unread (commentary around the references is kept, as the cites' prefix and suffix);
every other note is kept as it is and reported, with the reason.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from biblio.model import Document, Footnote, Note, Problem
from biblio.parse import parse_footnotes
from biblio.render import render

TAG = re.compile(r"<(/?)([a-z]+)[^>]*>")
"""A tag of biblio's HTML output (<i>, <b>, <sup>, <span …>)."""


@dataclass
class Restyled:
    """What became of each note: its new text, or None where it was kept (the
    problems say why)."""

    texts: list[str | None]
    document: Document
    problems: list[Problem]


def restyle_notes(notes: Sequence[Footnote], style: str, output: str = "html", *,
                  progress: Callable[[int, int], None] | None = None,
                  **options: Any) -> Restyled:
    """Parse the notes, render them in `style`; the texts of the understood ones.
    The renderer's problems are kept for the notes rewritten only."""
    document = parse_footnotes(list(notes), progress=progress)
    rendered = render(document, style=style, output=output, parts="notes", **options)
    problems = list(document.problems)
    texts: list[str | None] = []
    kept: set[str] = set()
    for note, text in zip(document.notes, rendered.notes, strict=True):
        reason = kept_because(note)
        if reason:
            problems.append(Problem(note.name, f"kept as it is: {reason}"))
            kept.add(note.name)
        texts.append(None if reason else text)
    problems += [problem for problem in rendered.problems if problem.where not in kept]
    return Restyled(texts, document, problems)


def kept_because(note: Note) -> str | None:
    """Why a note is not rewritten: no reference read in it, or text left unread."""
    if not note.cites:
        return "no reference in it (commentary only)"
    if note.leftover:
        return "part of it was not understood: " + "; ".join(
            leftover.text for leftover in note.leftover)
    return None


def html_pieces(text: str) -> list[tuple[str, bool]]:
    """biblio's HTML output as (text, italic) pieces; other markup is dropped."""
    pieces: list[tuple[str, bool]] = []
    italic = 0
    position = 0
    for match in TAG.finditer(text):
        if match.start() > position:
            pieces.append((html.unescape(text[position:match.start()]), italic > 0))
        if match.group(2) == "i":
            italic += -1 if match.group(1) else 1
        position = match.end()
    if position < len(text):
        pieces.append((html.unescape(text[position:]), italic > 0))
    return pieces


def restyle_docx(path: str | Path, output: str | Path, style: str, *,
                 progress: Callable[[int, int], None] | None = None,
                 **options: Any) -> list[Problem]:
    """Rewrite the understood footnotes and endnotes of a .docx in `style` into
    `output`; the problems say which notes were kept and why. Footnotes and
    endnotes are two sequences ("Ibid." never reaches from one into the other)."""
    from biblio.documents.docx import ENDNOTE, Run, read_docx, rewrite_note, save_docx

    document = read_docx(path)
    problems: list[Problem] = [] if document.notes else [
        Problem("", "the document has no footnotes or endnotes: written unchanged")]
    for kind in ("footnote", ENDNOTE):
        notes = [note for note in document.notes if note.kind == kind and note.number]
        if not notes:
            continue
        restyled = restyle_notes(notes, style, progress=progress, **options)
        named = (lambda where: where) if kind == "footnote" else \
            (lambda where: where.replace("note", "endnote", 1))
        for note, text in zip(notes, restyled.texts, strict=True):
            reason = None if text is None else rewrite_note(
                document, note, [Run(piece, italic) for piece, italic in html_pieces(text)])
            if reason:
                problems.append(Problem(f"{kind} {note.number}", reason))
        problems += [Problem(named(problem.where), problem.message)
                     for problem in restyled.problems]
    save_docx(document, output)
    return problems
