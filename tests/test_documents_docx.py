"""Word manuscripts: footnotes and endnotes read with their italics, restyled in place.

The .docx files are made by tests/data/documents/make_docx.py (and pandoc from
manuscript.md); their notes, as typed there, are the expected values here."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

import biblio
from biblio.parse.patterns import CYRILLIC
from biblio.cli import main
from biblio.documents.docx import read_docx
from biblio.documents.restyle import html_pieces, restyle_docx
from biblio.errors import FormatError

DOCUMENTS = Path(__file__).parent / "data" / "documents"
sys.path.insert(0, str(DOCUMENTS))

from make_docx import build_docx  # noqa: E402
MANUSCRIPT = DOCUMENTS / "manuscript.docx"
Restyled = tuple[Path, list[biblio.Problem]]
"""A restyled copy of the manuscript and the problems reported."""


def notes_of(path: Path, kind: str = "footnote") -> list[str]:
    return [note.text for note in read_docx(path).notes if note.kind == kind]


# --- reading -------------------------------------------------------------------------

def test_footnotes_and_endnotes_are_read_in_the_order_of_their_references() -> None:
    notes = read_docx(MANUSCRIPT).notes
    assert [(note.kind, note.number) for note in notes] == [
        *(("footnote", number) for number in range(1, 7)), ("endnote", 1), ("endnote", 2)]
    assert notes[0].text == "См.: Шубин А.В. Мир на краю бездны. М., 2004. С. 169—172."
    assert notes[-1].flags == ["endnote"]


def test_italic_runs_are_kept_as_spans_of_the_note_text() -> None:
    note = read_docx(MANUSCRIPT).notes[0]
    start, end = note.italic[0]
    assert note.text[start:end] == "Мир на краю бездны."


def test_note_in_two_paragraphs_is_one_note() -> None:
    assert notes_of(MANUSCRIPT)[5].endswith("P. 15. Подробнее об этом см. ниже.")


def test_pandoc_docx_gives_its_markdown_footnotes() -> None:
    notes = read_docx(DOCUMENTS / "manuscript-pandoc.docx").notes
    assert [note.text for note in notes][-1] == "Там же. С. 40."
    assert len(notes) == 5
    start, end = notes[1].italic[0]
    assert notes[1].text[start:end] == ("The triumph of the Dark. European international "
                                        "history, 1933—1939.")


def test_extract_command_prints_word_notes_with_their_italics(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(MANUSCRIPT)]) == 0
    rows = [json.loads(row) for row in capsys.readouterr().out.splitlines()]
    assert rows[0]["italic"] == [[16, 35]]
    assert rows[6]["flags"] == ["endnote"]


def test_read_article_parses_a_docx() -> None:
    document = biblio.read_article(MANUSCRIPT)
    assert "shubin2004" in document.items


# --- restyling -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def chicago(tmp_path_factory: pytest.TempPathFactory) -> Restyled:
    output = tmp_path_factory.mktemp("restyle") / "chicago.docx"
    return output, restyle_docx(MANUSCRIPT, output, "chicago")


def test_understood_footnotes_are_rewritten_with_italic_runs(chicago: Restyled) -> None:
    output, _ = chicago
    note = read_docx(output).notes[0]
    assert note.text == "See A. V. Shubin, Mir na kraiu bezdny (Moscow, 2004), 169–72."
    assert [note.text[start:end] for start, end in note.italic] == ["Mir na kraiu bezdny"]


def test_rewritten_runs_keep_the_notes_own_formatting(chicago: Restyled) -> None:
    output, _ = chicago
    xml = zipfile.ZipFile(output).read("word/footnotes.xml").decode()
    first = xml[xml.index('w:id="1"'):xml.index('w:id="2"')]
    assert first.count('w:ascii="Times New Roman"') == 3  # every new run, as before
    assert "<w:footnoteRef/>" in first


def test_commentary_and_notes_not_understood_are_kept_and_reported(chicago: Restyled) -> None:
    output, problems = chicago
    assert notes_of(output)[2] == notes_of(MANUSCRIPT)[2]  # commentary only
    assert notes_of(output)[5] == notes_of(MANUSCRIPT)[5]  # an unread sentence
    kept = {problem.where for problem in problems if "kept as it is" in problem.message}
    assert kept == {"note 3", "note 6"}


def test_endnotes_are_restyled_as_their_own_sequence(chicago: Restyled) -> None:
    output, _ = chicago
    assert notes_of(output, "endnote")[0] == \
        "J.-B. Duroselle, La décadence, 1932–1939 (Paris, 1979), 135."  # CMOS 6.78: en dash


def test_everything_outside_the_notes_is_copied_byte_for_byte(chicago: Restyled) -> None:
    output, _ = chicago
    before, after = zipfile.ZipFile(MANUSCRIPT), zipfile.ZipFile(output)
    assert [info.filename for info in before.infolist()] == after.namelist()
    for name in before.namelist():
        if name not in ("word/footnotes.xml", "word/endnotes.xml"):
            assert before.read(name) == after.read(name), name


def test_chicago_and_back_to_gost_gives_the_same_endnote_items(chicago: Restyled, tmp_path: Path) -> None:
    output, _ = chicago
    back = tmp_path / "gost.docx"
    restyle_docx(output, back, "gost")

    def items(path: Path) -> list[tuple]:
        document = biblio.parse_footnotes(
            [note for note in read_docx(path).notes if note.kind == "endnote"])
        # Chicago sets a range in a title with an en dash (CMOS 6.78): the same range as data.
        return sorted((item.type, str(item.fields.get("title")).replace("—", "–"), item.year,
                       [name.family for name in item.names("author")])
                      for item in document.items.values())

    assert items(back) == items(MANUSCRIPT)
    assert len(items(MANUSCRIPT)) == 2


def test_chicago_and_back_to_gost_gives_the_same_latin_script_footnote_items(
        chicago: Restyled, tmp_path: Path) -> None:
    """The English book of note 2 among them: Chicago prints its title in headline case
    with the subtitle after a colon and the range with an en dash (CMOS 8.159, 8.165,
    6.78), GOST as the source gives it; as data it is the same work. (Russian works come
    back romanized: Chicago romanizes them.)"""
    output, _ = chicago
    back = tmp_path / "gost.docx"
    restyle_docx(output, back, "gost")
    latin = footnote_items(MANUSCRIPT, latin_only=True)
    authors = [authors for *_, authors in latin]
    assert [item for item in footnote_items(back) if item[3] in authors] == latin
    assert ("book", "the triumph of the dark. european international history, 1933–1939",
            2011, ["Steiner"]) in latin


def test_chicago_and_back_to_gost_gives_a_romanized_russian_book_as_a_book(
        chicago: Restyled, tmp_path: Path) -> None:
    output, _ = chicago
    back = tmp_path / "gost.docx"
    restyle_docx(output, back, "gost")
    # "See A. V. Shubin, Mir na kraiu bezdny (Moscow, 2004), 169–72.": romanized by Chicago,
    # still one book (not a chapter whose container is the title), the range its pinpoint
    assert ("book", "mir na kraiu bezdny", 2004, ["Shubin"]) in footnote_items(back)


def footnote_items(path: Path, latin_only: bool = False) -> list[tuple]:
    """(type, title as data, year, author families) of the footnotes' items."""
    document = biblio.parse_footnotes(
        [note for note in read_docx(path).notes if note.kind == "footnote"])
    return sorted((item.type, _printed_alike(str(item.fields.get("title"))), item.year,
                   [name.family for name in item.names("author")])
                  for item in document.items.values()
                  if not (latin_only and CYRILLIC.search(str(item.fields.get("title")))))


def _printed_alike(title: str) -> str:
    """A title as data, whatever the style's case, subtitle colon and range dash."""
    return title.casefold().replace(": ", ". ").replace("—", "–")


def test_restyle_command_writes_the_output_and_reports_kept_notes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "out.docx"
    assert main(["restyle", str(MANUSCRIPT), "--style", "chicago", "-o", str(output)]) == 0
    assert "note 3: kept as it is" in capsys.readouterr().err
    assert notes_of(output)[1].startswith("Z. Steiner, The Triumph of the Dark")


def test_restyle_command_refuses_to_overwrite_the_manuscript(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restyle", str(MANUSCRIPT), "-o", str(MANUSCRIPT)]) == 1
    assert "overwrite" in capsys.readouterr().err


def test_document_without_notes_is_reported_not_silent(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plain.docx"
    build_docx(path, ["Один абзац без сносок."], [])
    assert main(["extract", str(path)]) == 0
    assert "no footnotes or endnotes" in capsys.readouterr().err
    assert main(["restyle", str(path), "-o", str(tmp_path / "out.docx")]) == 0
    assert "written unchanged" in capsys.readouterr().err


def test_html_output_becomes_italic_pieces() -> None:
    assert html_pieces("A. <i>Title &amp; more</i>, 12.") == [
        ("A. ", False), ("Title & more", True), (", 12.", False)]


# --- bad Word files: one line each ---------------------------------------------------

BAD_DOCX = {
    "old-doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "old Word .doc"),
    "truncated": (MANUSCRIPT.read_bytes()[:1500], "cut-short"),
    "text": ("Просто текст, сохранённый как .docx".encode(), "not a Word .docx"),
}


@pytest.mark.parametrize("kind", sorted(BAD_DOCX))
def test_bad_docx_gets_one_line_naming_the_file(
        kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, reason = BAD_DOCX[kind]
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(data)
    for command in (["extract", str(path)],
                    ["restyle", str(path), "-o", str(tmp_path / "out.docx")]):
        assert main(command) == 1
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and error.startswith(f"biblio: error: {path}: ")
        assert reason in error
    with pytest.raises(FormatError):
        read_docx(path)
