"""parse_footnotes / read_article inputs, errors, nothing lost, and the `parse` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import biblio
from biblio import BiblioError, Footnote, Problem, parse_footnotes
from biblio.cli import main
from biblio.text.footnotes import Extraction

ROOT = Path(__file__).parent.parent


def test_footnotes_as_strings_are_numbered_from_one() -> None:
    document = parse_footnotes(["Шубин А.В. Мир. М., 2004.", "Там же. С. 5."])
    assert [note.n for note in document.notes] == [1, 2]


def test_footnote_objects_keep_their_numbers() -> None:
    document = parse_footnotes([Footnote(7, "Шубин А.В. Мир. М., 2004."),
                                Footnote(None, "Благодарю коллег.", flags=["unnumbered"])])
    assert [note.n for note in document.notes] == [7, None]


def test_the_extractors_problems_are_carried_into_the_document() -> None:
    extraction = Extraction(footnotes=[Footnote(1, "Шубин А.В. Мир. М., 2004.")],
                            problems=[Problem("line 12", "footnote 2 not found")])
    document = parse_footnotes(extraction)
    assert document.problems[0] == Problem("line 12", "footnote 2 not found")


def test_one_string_instead_of_a_list_is_a_clear_error() -> None:
    with pytest.raises(BiblioError, match="list of footnotes"):
        parse_footnotes("Шубин А.В. Мир. М., 2004.")


def test_a_footnote_of_the_wrong_type_is_named() -> None:
    with pytest.raises(BiblioError, match="footnote 2"):
        parse_footnotes(["Шубин А.В. Мир. М., 2004.", 42])


def test_every_note_keeps_its_text_as_read() -> None:
    lines = (ROOT / "tests" / "data" / "footnotes_repaired.txt").read_text("utf-8").splitlines()
    document = parse_footnotes(lines)
    assert [note.text for note in document.notes] == lines


def test_what_follows_there_same_and_is_not_understood_is_leftover_with_a_reason() -> None:
    document = parse_footnotes(["Шубин А.В. Мир. М., 2004.", "Там же. С. 5. Какой-то хвост."])
    note = document.notes[1]
    assert note.cites[0].locator == "5"
    assert note.leftover[0].text == "Какой-то хвост"
    assert note.leftover[0].reason
    assert note.cites[0].confidence is not None and note.cites[0].confidence < 1


def test_adversarial_inputs_finish() -> None:
    punctuation = ".,;:—/ // ( [ «" * 20_000
    authors = ", ".join(["Иванов И.И."] * 10_000) + " Книга. М., 2000."
    document = parse_footnotes([punctuation, authors])
    assert len(document.notes) == 2
    assert document.notes[0].text == punctuation
    (cite,) = document.notes[1].cites
    assert len(document.items[cite.item]["author"]) == 10_000


def test_read_article_runs_repair_extraction_and_parsing() -> None:
    text = (ROOT / "examples" / "article.txt").read_text("utf-8")
    document = biblio.read_article(text)
    numbered = [note for note in document.notes if note.n is not None]
    assert len(numbered) == 61
    assert sum(len(note.cites) for note in numbered) == 80


# --- the command line --------------------------------------------------------------

def test_parse_command_writes_csljson(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("Шубин А.В. Мир на краю бездны. М., 2004. С. 5.\n\nТам же. С. 7.\n",
                      encoding="utf-8")
    out = tmp_path / "refs.json"
    assert main(["parse", str(source), "--to", "csljson", "-o", str(out)]) == 0
    items = json.loads(out.read_text("utf-8"))
    assert [item["id"] for item in items] == ["shubin2004"]
    assert items[0]["publisher-place"] == "Москва"


def test_parse_command_takes_pasted_note_numbers_as_the_notes_own(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("41. Шубин А.В. Мир на краю бездны. М., 2004. С. 5.\n42. Там же. С. 7.\n",
                      encoding="utf-8")
    assert main(["parse", str(source)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [(note["n"], note["cites"][0]["locator"]) for note in document["notes"]] == [
        (41, "5"), (42, "7")]
    assert document["items"]["shubin2004"]["author"] == [{"family": "Шубин", "given": "А.В."}]


def test_parse_command_prints_problems_on_stderr_with_note_and_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("\nТам же. С. 5.\n", encoding="utf-8")
    assert main(["parse", str(source)]) == 0
    captured = capsys.readouterr()
    assert "note 1 (line 2)" in captured.err
    assert json.loads(captured.out)["notes"][0]["leftover"][0]["text"] == "Там же. С. 5."


def test_parse_command_names_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "no-such-notes.txt"]) == 1
    assert "no-such-notes.txt" in capsys.readouterr().err


def test_parse_command_warns_about_an_empty_file(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("\n  \n", encoding="utf-8")
    assert main(["parse", str(source)]) == 0
    captured = capsys.readouterr()
    assert "no footnotes: every line is empty" in captured.err
    assert json.loads(captured.out)["notes"] == []
