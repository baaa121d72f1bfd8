"""`biblio convert`: formats by extension or flag, stdin/stdout, one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import biblio
from biblio.cli import main
from biblio.formats import csljson

BIB = """@book{meltyukhov2000,
  author = {Мельтюхов, М.И.},
  title = {Упущенный шанс Сталина},
  location = {Москва},
  date = {2000},
  langid = {russian}
}
"""
MELTYUKHOV = {"id": "meltyukhov2000", "type": "book",
              "author": [{"family": "Мельтюхов", "given": "М.И."}],
              "title": "Упущенный шанс Сталина", "publisher-place": "Москва",
              "issued": {"date-parts": [[2000]]}, "language": "ru"}


def test_bib_to_csl_json_by_extension(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    assert main(["convert", str(tmp_path / "refs.bib"), str(tmp_path / "refs.json")]) == 0
    assert json.loads((tmp_path / "refs.json").read_text(encoding="utf-8")) == [MELTYUKHOV]


def test_csl_json_to_bib_and_back_is_the_same_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps([MELTYUKHOV]), encoding="utf-8")
    assert main(["convert", str(tmp_path / "a.json"), str(tmp_path / "a.bib")]) == 0
    assert (tmp_path / "a.bib").read_text(encoding="utf-8") == BIB


def test_gold_document_to_bibtex_keeps_every_item(tmp_path: Path, gold_text: str,
                                                  gold_json: dict) -> None:
    (tmp_path / "gold.document.json").write_text(gold_text, encoding="utf-8")
    assert main(["convert", str(tmp_path / "gold.document.json"),
                 str(tmp_path / "gold.bibtex")]) == 0
    assert main(["convert", str(tmp_path / "gold.bibtex"), str(tmp_path / "items.json")]) == 0
    items = json.loads((tmp_path / "items.json").read_text(encoding="utf-8"))
    assert items == list(gold_json["items"].values())


def test_to_bibtex_by_flag_into_a_bib_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps([MELTYUKHOV]), encoding="utf-8")
    assert main(["convert", "--to", "bibtex", str(tmp_path / "a.json"),
                 str(tmp_path / "a.bib")]) == 0
    assert "address = {Москва}" in (tmp_path / "a.bib").read_text(encoding="utf-8")


def test_stdin_to_stdout(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(BIB))
    assert main(["convert", "--from", "biblatex", "--to", "csljson", "-", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == [MELTYUKHOV]


def test_help_lists_formats_and_examples(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["convert", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "biblio convert refs.bib refs.json" in out
    assert ".bibtex" in out and "csljson" in out


def test_bad_input_is_one_line_naming_file_and_line(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture) -> None:
    broken = tmp_path / "broken.bib"
    broken.write_text("@book{a,\n  title = {Мир}\n  year = {2004}\n}\n", encoding="utf-8")
    assert main(["convert", "--strict", str(broken), str(tmp_path / "out.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"biblio: error: {broken}:2: field 'title'")
    assert not (tmp_path / "out.json").exists()


def test_by_default_a_file_with_bad_entries_is_converted_in_part_with_status_3(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    text = ("@book{a,\n  title = {Мир}\n  year = {2004}\n}\n"
            "@book{b, title = {Война}, journal = AIJ}\n"
            "@book{c, title = {Первое}, title = {Второе}}\n")
    (tmp_path / "in.bib").write_text(text, encoding="utf-8")
    assert main(["convert", str(tmp_path / "in.bib"), str(tmp_path / "out.json")]) == 3
    assert [item.id for item in csljson.read((tmp_path / "out.json").read_text())] == ["b", "c"]
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("biblio: warning:")]
    assert len(lines) == 3  # the broken entry's text follows its line
    assert lines[0].startswith(f"biblio: warning: {tmp_path / 'in.bib'}, line 2: field 'title'")
    assert "line 5: entry 'b', field 'journal': macro 'AIJ' is not defined" in lines[1]
    assert "line 6: entry 'c': field 'title' repeated; the first value is kept" in lines[2]


def test_help_documents_the_exit_status_of_a_partial_conversion(
        capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit):
        main(["convert", "--help"])
    out = capsys.readouterr().out
    assert "3  converted in part" in out and "--strict" in out


def test_invalid_csl_json_names_the_item_and_field(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "b.json").write_text('[{"id": "x", "type": "book", "author": "Smith"}]')
    assert main(["convert", str(tmp_path / "b.json"), str(tmp_path / "b.bib")]) == 1
    assert "b.json: item 'x', field 'author'" in capsys.readouterr().err


def test_unknown_extension_asks_for_the_flag(tmp_path: Path,
                                             capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    assert main(["convert", str(tmp_path / "refs.bib"), str(tmp_path / "refs.txt")]) == 1
    assert "give --to" in capsys.readouterr().err


def test_missing_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["convert", str(tmp_path / "none.bib"), str(tmp_path / "a.json")]) == 1
    assert "none.bib: no such file" in capsys.readouterr().err


def test_keep_going_writes_the_good_entries_and_reports_the_broken(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    text = "@book{a,\n  title = {Мир {на краю},\n  year = 2004\n}\n\n" + BIB
    (tmp_path / "in.bib").write_text(text, encoding="utf-8")
    assert main(["convert", "--keep-going", str(tmp_path / "in.bib"),
                 str(tmp_path / "out.json")]) == 3
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == [MELTYUKHOV]
    err = capsys.readouterr().err
    assert "in.bib, line 1: " in err and "unbalanced braces" in err


def test_keep_going_into_a_document_keeps_the_problems_as_data(tmp_path: Path) -> None:
    text = "@book{a,\n  title = {Мир {на краю},\n  year = 2004\n}\n\n" + BIB
    (tmp_path / "in.bib").write_text(text, encoding="utf-8")
    problems = biblio.convert_file(str(tmp_path / "in.bib"), str(tmp_path / "out.document.json"),
                                   keep_going=True)
    document = json.loads((tmp_path / "out.document.json").read_text(encoding="utf-8"))
    assert list(document["items"]) == ["meltyukhov2000"]
    assert document["problems"][0]["where"] == "line 1"
    assert "title = {Мир {на краю}" in document["problems"][0]["message"]
    assert problems[0].where == f"{tmp_path / 'in.bib'}, line 1"


def test_every_action_is_one_api_call() -> None:
    assert json.loads(biblio.convert(BIB, "biblatex", "csljson")) == [MELTYUKHOV]
