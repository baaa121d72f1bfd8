"""PDF articles: footnotes found by layout, glyphs repaired, bad PDFs one line each.

The PDFs are made by tests/data/documents/make_pdfs.py (pdflatex) and committed; the
expected footnotes are the sample's hand-checked list (tests/data/footnotes_repaired.txt)
and the notes the generator typeset (*-notes.txt)."""

from __future__ import annotations

import ctypes
import io
import json
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium
import pytest

import biblio
from biblio.cli import main
from biblio.documents import is_document, pdf_footnotes
from biblio.documents.layout import layout_footnotes
from biblio.documents.pdf import PdfLine, read_pdf_lines
from biblio.errors import FormatError

DATA = Path(__file__).parent / "data"
DOCUMENTS = DATA / "documents"
GOLD = (DATA / "footnotes_repaired.txt").read_text(encoding="utf-8").splitlines()
CYRILLIC = {chr(code) for code in range(0x400, 0x500)}


def expected(name: str) -> list[str]:
    return (DOCUMENTS / f"{name}-notes.txt").read_text(encoding="utf-8").splitlines()


def numbered_texts(path: Path) -> list[tuple[int | None, str]]:
    return [(note.number, note.text) for note in pdf_footnotes(path) if note.number]


# --- the sample article, typeset -----------------------------------------------------

@pytest.mark.parametrize("name", ["sample", "sample-damaged"])
def test_sample_pdf_gives_the_61_footnotes_of_the_repaired_text(name: str) -> None:
    extraction = pdf_footnotes(DOCUMENTS / f"{name}.pdf")
    assert numbered_texts(DOCUMENTS / f"{name}.pdf") == list(enumerate(GOLD, 1))
    assert extraction.problems == []


def test_damaged_twin_has_no_cyrillic_in_its_text_layer() -> None:
    """Without ToUnicode maps the reader gets each Cyrillic letter's cp1251 byte as
    Latin-1 ("Èñòîðèÿ" for "История"): what the reader has to undo."""
    document = pypdfium2.PdfDocument(DOCUMENTS / "sample-damaged.pdf")
    raw = "".join(document[index].get_textpage().get_text_range() for index in range(3))
    assert not CYRILLIC & set(raw)
    assert "Èñòîðèÿ" in raw


def test_sample_acknowledgement_marked_with_a_star_is_an_unnumbered_note() -> None:
    notes = [note for note in pdf_footnotes(DOCUMENTS / "sample.pdf") if note.number is None]
    assert [(note.text, note.flags) for note in notes] == [
        ("молодых российских учёных — кандидатов наук (проект МК-6084.2018.6).",
         ["unnumbered"])]


def test_running_heads_and_page_numbers_belong_to_no_footnote() -> None:
    for note in pdf_footnotes(DOCUMENTS / "sample.pdf"):
        assert "Вестник истории" not in note.text
        assert not note.text.rstrip().endswith(("№ 3", "№ 3 9"))


def test_footnote_line_is_the_page_it_starts_on() -> None:
    pages = {note.number: note.line for note in pdf_footnotes(DOCUMENTS / "sample.pdf")}
    assert pages[1] == 1
    assert pages[35] == pages[38] == 9  # the four notes at the foot of page 9


# --- layouts: languages, two columns, a note continued -------------------------------

def test_two_column_pdf_in_three_languages_gives_every_note_in_order() -> None:
    assert numbered_texts(DOCUMENTS / "layouts.pdf") == list(enumerate(expected("layouts"), 1))


def test_footnote_continued_onto_the_next_page_is_joined() -> None:
    notes = pdf_footnotes(DOCUMENTS / "continued.pdf")
    assert [(note.number, note.line) for note in notes] == [(1, 1), (2, 1), (3, 2)]
    assert [note.text for note in notes] == expected("continued")
    assert notes.problems == []


# --- layout rules on constructed lines ----------------------------------------------

def line(text: str, *, page: int = 1, size: float = 10.0, baseline: float = 500.0,
         raised: list[tuple[int, int]] | None = None) -> PdfLine:
    return PdfLine(page, text, size, baseline, 50.0, 350.0, raised or [])


def body(page: int, top: float = 600.0, count: int = 6) -> list[PdfLine]:
    return [line(f"Body line {index} of the page with its words.", page=page,
                 baseline=top - 12 * index) for index in range(count)]


def test_smaller_lines_above_body_text_are_a_quotation_not_footnotes() -> None:
    quotation = line("1 Quoted in a smaller size.", size=8.0, baseline=620.0)
    note = line("1Note text.", size=8.0, baseline=80.0, raised=[(0, 1)])
    extraction = layout_footnotes([quotation, *body(1), note])
    assert [(n.number, n.text) for n in extraction] == [(1, "Note text.")]


def test_number_set_in_the_footnote_size_marks_a_footnote() -> None:
    lines = [*body(1), line("1 First note.", size=8.0, baseline=90.0),
             line("2 Second note, cut", size=8.0, baseline=80.0),
             line("short.", size=8.0, baseline=70.0)]
    assert [(n.number, n.text) for n in layout_footnotes(lines)] == [
        (1, "First note."), (2, "Second note, cut short.")]


def test_gap_in_the_numbering_is_flagged_and_reported_with_the_page() -> None:
    lines = [*body(1), line("1Note.", size=8.0, baseline=90.0, raised=[(0, 1)]),
             *body(2), line("3Note.", page=2, size=8.0, baseline=90.0, raised=[(0, 1)])]
    extraction = layout_footnotes(lines)
    assert [note.flags for note in extraction] == [[], ["gap-before"]]
    assert [str(problem) for problem in extraction.problems] == [
        "page 2: footnote 2 is missing"]


def test_running_head_repeated_at_the_top_of_pages_is_left_out() -> None:
    lines: list[PdfLine] = []
    for page in (1, 2, 3):
        lines += [line(f"Journal of History {page}", page=page, baseline=700.0),
                  *body(page), line(f"{page}Note {page}.", page=page, size=8.0,
                                    baseline=90.0, raised=[(0, 1)]),
                  line(str(page), page=page, baseline=40.0)]
    extraction = layout_footnotes(lines)
    assert [note.text for note in extraction] == ["Note 1.", "Note 2.", "Note 3."]


def pdf_of_lines(lines: list[tuple[str, float, float]]) -> bytes:
    """A one-page PDF with each (text, x, y) in Helvetica 10 pt: every line one size."""
    document = pypdfium2.PdfDocument.new()
    page = document.new_page(300, 400)
    for text, x, y in lines:
        item = pdfium.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", ctypes.c_float(10))
        wide = ctypes.create_string_buffer((text + "\0").encode("utf-16-le"))
        pdfium.FPDFText_SetText(item, ctypes.cast(wide, ctypes.POINTER(pdfium.FPDF_WCHAR)))
        pdfium.FPDFPageObj_Transform(item, 1, 0, 0, 1, x, y)
        pdfium.FPDFPage_InsertObject(page.raw, item)
    pdfium.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_notes_in_the_body_size_are_read_by_the_text_rules_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "same-size.pdf"
    path.write_bytes(pdf_of_lines([("Body text of the article1 goes on here.", 20, 350),
                                   ("More body text of the article.", 20, 335),
                                   ("1 Ivanov I.I. History. Moscow, 2001. P. 5.", 20, 60)]))
    extraction = pdf_footnotes(path)
    assert [(note.number, note.text) for note in extraction] == [
        (1, "Ivanov I.I. History. Moscow, 2001. P. 5.")]
    assert "rules for plain text" in str(extraction.problems[0])


# --- the API and the commands --------------------------------------------------------

def test_read_article_takes_a_pdf_path() -> None:
    document = biblio.read_article(DOCUMENTS / "sample.pdf")
    assert [note.n for note in document.notes if note.n] == list(range(1, 62))
    assert biblio.read_article(str(DOCUMENTS / "continued.pdf")).notes[0].n == 1


def test_read_article_path_that_cannot_be_read_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(biblio.BiblioError, match="missing.txt"):
        biblio.read_article(tmp_path / "missing.txt")


def test_text_naming_no_file_is_not_a_document() -> None:
    assert not is_document("Иванов И.И. История. М., 2001. С. 5. see.pdf")
    assert is_document(DOCUMENTS / "sample.pdf")


def test_extract_command_reads_a_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(DOCUMENTS / "continued.pdf")]) == 0
    rows = [json.loads(row) for row in capsys.readouterr().out.splitlines()]
    assert [row["text"] for row in rows] == expected("continued")


def test_render_command_reads_a_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(DOCUMENTS / "continued.pdf"), "--style", "chicago"]) == 0
    assert "Steiner" in capsys.readouterr().out


def test_parse_command_reads_a_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(DOCUMENTS / "continued.pdf"), "--to", "csljson"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert {item["title"] for item in items} >= {"The triumph of the Dark"}


# --- bad PDFs: one line each ---------------------------------------------------------

def blank_pdf() -> bytes:
    document = pypdfium2.PdfDocument.new()
    document.new_page(300, 400)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


BAD_PDFS = {
    "encrypted": (lambda: (DOCUMENTS / "encrypted.pdf").read_bytes(), "encrypted PDF"),
    "not-a-pdf": (lambda: b"{\\rtf1 a Word file saved as RTF}", "is not a PDF"),
    "truncated": (lambda: (DOCUMENTS / "sample.pdf").read_bytes()[:40_000], "cut short"),
    "scanned": (blank_pdf, "has no text layer"),
}


@pytest.mark.parametrize("kind", sorted(BAD_PDFS))
def test_bad_pdf_gets_one_line_naming_the_file(
        kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make, reason = BAD_PDFS[kind]
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(make())
    assert main(["extract", str(path)]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith(f"biblio: error: {path}: ")
    assert reason in error
    with pytest.raises(FormatError):
        read_pdf_lines(path)
