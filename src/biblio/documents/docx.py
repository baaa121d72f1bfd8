"""Word manuscripts: the real footnotes and endnotes of a .docx, read and rewritten.

python-docx opens the package and finds the footnotes and endnotes parts by their
relationships; lxml reads and edits those parts (python-docx has no API for them).
A note is numbered by the order of its reference in the body, as Word numbers it.
Writing copies every other part of the package byte for byte, so that nothing outside
the notes changes: only word/footnotes.xml and word/endnotes.xml are replaced.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from biblio.errors import FormatError
from biblio.model import Footnote

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
ENDNOTE = "endnote"
"""Flag of a note that Word keeps at the end of the document."""


def qualified(name: str) -> str:
    return f"{{{W}}}{name}"


@dataclass
class Run:
    text: str
    italic: bool = False


@dataclass
class WordNote(Footnote):
    """A footnote (or endnote) of a Word document: its text as runs, its place."""

    kind: str = "footnote"
    id: str = ""
    runs: list[Run] = field(default_factory=list)

    @property
    def italic(self) -> list[tuple[int, int]]:
        """Spans of `text` set in italics."""
        spans, offset = [], 0
        for run in self.runs:
            if run.italic and run.text:
                spans.append((offset, offset + len(run.text)))
            offset += len(run.text)
        return spans


@dataclass
class NotesPart:
    """One notes part (footnotes or endnotes): its name in the package and its XML."""

    kind: str
    name: str
    root: etree._Element
    by_id: dict[str, etree._Element] = field(default_factory=dict)
    """Each note element by its id (a search per note would make rewriting quadratic)."""


@dataclass
class WordDocument:
    """A .docx opened for its notes."""

    path: Path
    parts: list[NotesPart]
    notes: list[WordNote]


def read_docx(path: str | Path) -> WordDocument:
    """The notes of a .docx, in the order the body refers to them; errors name the file."""
    source = Path(path)
    try:
        package = docx.Document(str(source)).part
    except PackageNotFoundError:
        raise FormatError(_why_not_docx(source), source=str(source)) from None
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError) as error:
        raise FormatError(f"is a damaged Word document ({error})", source=str(source)) from None
    order = _reference_order(package.element)
    parts: list[NotesPart] = []
    notes: list[WordNote] = []
    for kind, relationship in (("footnote", RELATIONSHIP_TYPE.FOOTNOTES),
                               (ENDNOTE, RELATIONSHIP_TYPE.ENDNOTES)):
        for rel in package.rels.values():
            if rel.reltype != relationship or rel.is_external:
                continue
            try:
                root = etree.fromstring(rel.target_part.blob)
            except etree.XMLSyntaxError as error:
                raise FormatError(f"its {kind}s part is not XML ({error})",
                                  source=str(source)) from None
            by_id = {element.get(qualified("id"), ""): element
                     for element in root.findall(f"w:{kind}", NS)}
            parts.append(NotesPart(kind, str(rel.target_part.partname).lstrip("/"), root, by_id))
            notes += _notes(root, kind, order.get(kind, {}))
    return WordDocument(source, parts, notes)


def _why_not_docx(source: Path) -> str:
    if not source.exists():
        return "no such file"
    head = source.read_bytes()[:8]
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return ("is an old Word .doc (or an encrypted .docx), not a .docx: save it as "
                ".docx in Word or LibreOffice")
    if head.startswith(b"PK"):
        return "is a damaged or cut-short .docx (its zip package cannot be read)"
    return "is not a Word .docx document (not a zip package with a main document)"


def _reference_order(body: etree._Element) -> dict[str, dict[str, int]]:
    """Per kind, note id → its number: the order of its reference in the body."""
    order: dict[str, dict[str, int]] = {"footnote": {}, ENDNOTE: {}}
    for reference in body.iter(qualified("footnoteReference"), qualified("endnoteReference")):
        kind = "footnote" if reference.tag == qualified("footnoteReference") else ENDNOTE
        numbers = order[kind]
        numbers.setdefault(reference.get(qualified("id"), ""), len(numbers) + 1)
    return order


def _notes(root: etree._Element, kind: str, numbers: dict[str, int]) -> list[WordNote]:
    found = []
    for element in root.findall(f"w:{kind}", NS):
        if element.get(qualified("type")) in ("separator", "continuationSeparator",
                                              "continuationNotice"):
            continue
        note_id = element.get(qualified("id"), "")
        runs = list(_runs(element))
        text = "".join(run.text for run in runs).strip()
        flags = [] if kind == "footnote" else [ENDNOTE]
        number = numbers.get(note_id)
        if number is None:
            flags.append("unreferenced")
        found.append(WordNote(number, text, number, flags, kind, note_id, _strip(runs)))
    return sorted(found, key=lambda note: (note.number is None, note.number or 0))


def _runs(note: etree._Element) -> Iterator[Run]:
    """The note's text as runs (paragraphs joined by a space), without its mark."""
    for index, paragraph in enumerate(note.iter(qualified("p"))):
        if index:
            yield Run(" ")
        for run in paragraph.iter(qualified("r")):
            text = "".join(_run_text(run))
            if text:
                yield Run(text, is_italic(run))


def _run_text(run: etree._Element) -> Iterator[str]:
    for child in run:
        if child.tag == qualified("t"):
            yield child.text or ""
        elif child.tag in (qualified("tab"), qualified("br")):
            yield " "
        elif child.tag == qualified("noBreakHyphen"):
            yield "-"


def is_italic(run: etree._Element) -> bool:
    italic = run.find("w:rPr/w:i", NS)
    return italic is not None and italic.get(qualified("val"), "true") not in ("0", "false")


def _strip(runs: list[Run]) -> list[Run]:
    """The runs without the blanks before and after the text (after the mark)."""
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[0] = Run(runs[0].text.lstrip(), runs[0].italic)
        runs[-1] = Run(runs[-1].text.rstrip(), runs[-1].italic)
    return runs


def docx_footnotes(path: str | Path) -> list[WordNote]:
    return read_docx(path).notes


def rewrite_note(document: WordDocument, note: WordNote, runs: list[Run]) -> str | None:
    """Put `runs` in place of the note's text, after its mark, in the note's own run
    formatting (italics as given); None when done, else why the note was kept: a
    note of several paragraphs, or with fields, links or other content than runs."""
    part = next(part for part in document.parts if part.kind == note.kind)
    element = part.by_id.get(note.id)
    paragraphs = element.findall("w:p", NS) if element is not None else []
    if len(paragraphs) != 1:
        return "a note of several paragraphs is kept as it is"
    paragraph = paragraphs[0]
    content = [child for child in paragraph if child.tag != qualified("pPr")]
    if any(child.tag != qualified("r") for child in content):
        return "a note with fields, links or revisions is kept as it is"
    mark_end = next((index + 1 for index, run in enumerate(content)
                     if run.find(f"w:{note.kind}Ref", NS) is not None), 0)
    text_runs = [run for run in content[mark_end:] if "".join(_run_text(run)).strip()]
    if not text_runs:
        return "an empty note is kept as it is"
    template = text_runs[0].find("w:rPr", NS)
    kept = content[:mark_end]
    if mark_end < len(content) and not "".join(_run_text(content[mark_end])).strip():
        kept.append(content[mark_end])  # the space after the mark
    elif kept:
        runs = [Run(" ")] + runs
    for child in content:
        if not any(child is keep for keep in kept):
            paragraph.remove(child)
    for run in runs:
        paragraph.append(_new_run(run, template))
    return None


def _new_run(run: Run, template: etree._Element | None) -> etree._Element:
    element = etree.Element(qualified("r"))
    properties = etree.SubElement(element, qualified("rPr")) if template is None else \
        etree.fromstring(etree.tostring(template))
    if template is not None:
        element.append(properties)
    for italic in properties.findall("w:i", NS) + properties.findall("w:iCs", NS):
        properties.remove(italic)
    if run.italic:
        properties.insert(_italic_position(properties), etree.Element(qualified("i")))
    if not len(properties):
        element.remove(properties)
    text = etree.SubElement(element, qualified("t"))
    text.text = run.text
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return element


RUN_PROPERTIES_BEFORE_ITALIC = frozenset(
    qualified(name) for name in ("rStyle", "rFonts", "b", "bCs"))
"""The elements w:i follows in a w:rPr (ECMA-376 Part 1, 17.3.2.28: CT_RPr's sequence)."""


def _italic_position(properties: etree._Element) -> int:
    return sum(1 for child in properties if child.tag in RUN_PROPERTIES_BEFORE_ITALIC)


def save_docx(document: WordDocument, output: str | Path) -> None:
    """Write the document with its notes parts as edited, every other part of the
    package copied byte for byte (same names, same order, same compression)."""
    replaced = {part.name: etree.tostring(part.root, xml_declaration=True, encoding="UTF-8",
                                          standalone=True) for part in document.parts}
    with zipfile.ZipFile(document.path) as source, \
            zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = replaced.get(info.filename)
            target.writestr(info, data if data is not None else source.read(info))
