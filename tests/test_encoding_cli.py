"""Every command that reads a text file reads it in a legacy encoding too, and says so.

Each test runs a command on a file saved in UTF-8 and on the same text saved in a
legacy encoding: the outputs must be the same bytes (UTF-8), and stderr must carry the
one-line notice for the legacy file only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import biblio
from biblio.cli import build_parser, main

DOCUMENTS = Path(__file__).parent / "data" / "documents"
NOTES = "Шубин А.В. Мир на краю бездны. М., 2004. С. 169-172.\nТам же. С. 12.\n"
BIB = """@book{shubin2004,
  author = {Шубин, А. В.},
  title = {Мир на краю бездны},
  subtitle = {От глобального кризиса к мировой войне},
  location = {М.},
  publisher = {Вече},
  date = {2004},
}
"""
CSL = json.dumps([{"id": "a", "type": "book", "title": "Упущенный шанс Сталина",
                   "author": [{"family": "Мельтюхов", "given": "М.И."}]}], ensure_ascii=False)


def _notice(path: Path, encoding: str) -> str:
    return f"biblio: {path}: read as {encoding} (not UTF-8); pass --encoding to choose\n"


def _both(tmp_path: Path, name: str, text: str, codec: str) -> tuple[Path, Path]:
    utf8 = tmp_path / "utf8" / name
    legacy = tmp_path / "legacy" / name
    for path, data in ((utf8, text.encode("utf-8")), (legacy, text.encode(codec))):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
    return utf8, legacy


@pytest.mark.parametrize(("command", "name", "text", "codec", "encoding"), [
    (["parse"], "notes.txt", NOTES, "cp1251", "windows-1251"),
    (["extract"], "article.txt", "Текст1.\n\n1 " + NOTES, "koi8_r", "KOI8-R"),
    (["convert", "--to", "csljson"], "refs.bib", BIB, "cp866", "CP866"),
    (["convert", "--to", "bibtex"], "refs.json", CSL, "cp1251", "windows-1251"),
    (["render", "--style", "gost"], "refs.bib", BIB, "cp1251", "windows-1251"),
])
def test_a_legacy_file_gives_the_output_of_its_utf8_twin_with_a_notice(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], name: str,
        text: str, codec: str, encoding: str) -> None:
    utf8, legacy = _both(tmp_path, name, text, codec)
    outputs = []
    for path in (utf8, legacy):
        out = path.with_name("out")
        assert main([command[0], str(path), *command[1:], *_output(command[0], out)]) in (0, 3)
        outputs.append(out.read_bytes())
        err = capsys.readouterr().err
        assert (_notice(path, encoding) in err) == (path == legacy)
    assert outputs[0] == outputs[1]
    assert outputs[1].decode("utf-8")  # output is UTF-8 whatever the input was


def _output(command: str, out: Path) -> list[str]:
    return [str(out)] if command == "convert" else ["-o", str(out)]


def test_the_notice_is_one_line_naming_file_and_encoding(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(NOTES.encode("cp1251"))
    assert main(["parse", str(path), "-o", str(tmp_path / "out.json")]) == 0
    assert capsys.readouterr().err == _notice(path, "windows-1251")


def test_an_explicit_wrong_encoding_errs_with_line_and_column(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Tucker R. Stalin. 1973.\n" + "Там же.".encode("cp1251"))
    assert main(["parse", str(path), "--encoding", "utf-8"]) == 1
    assert capsys.readouterr().err == (f"biblio: error: {path}:2: column 1: byte 0xd2 is "
                                       "not UTF-8\n")


def test_an_explicit_encoding_reads_silently(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(NOTES.encode("cp866"))
    assert main(["parse", str(path), "--encoding", "cp866", "--to", "csljson"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "Мир на краю бездны" in captured.out


def test_an_unknown_encoding_is_one_error_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    assert main(["parse", str(path), "--encoding", "klingon"]) == 1
    assert capsys.readouterr().err.startswith(f"biblio: error: {path}: unknown encoding "
                                              "'klingon'")


def test_an_ascii_file_is_read_silently(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Tucker R. Stalin as revolutionary. New York, 1973. P. 5.\n")
    assert main(["parse", str(path), "-o", str(tmp_path / "out.json")]) == 0
    assert capsys.readouterr().err == ""


def test_restyle_reads_a_legacy_markdown_manuscript(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (DOCUMENTS / "manuscript.md").read_text(encoding="utf-8")
    utf8, legacy = _both(tmp_path, "manuscript.md", text, "cp1251")
    for path in (utf8, legacy):
        assert main(["restyle", str(path), "-o", str(path.with_name("out.md"))]) == 0
    assert (legacy.with_name("out.md").read_bytes()
            == utf8.with_name("out.md").read_bytes())
    assert _notice(legacy, "windows-1251") in capsys.readouterr().err


def test_restyle_tex_takes_an_explicit_encoding(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (DOCUMENTS / "thesis.tex").read_text(encoding="utf-8")
    source = tmp_path / "thesis.tex"
    source.write_bytes(text.encode("koi8_r"))  # declares utf8, but is KOI8-R
    out = tmp_path / "out.tex"
    assert main(["restyle", str(source), "--to", "biblatex", "-o", str(out)]) == 1
    # \title{С…: "С" is 0xf3 in KOI8-R, the 8th character of line 7
    assert capsys.readouterr().err == (f"biblio: error: {source}:7: column 8: byte 0xf3 is "
                                       "not UTF-8 (declared by \\usepackage[utf8]{inputenc} "
                                       "on line 3)\n")
    assert main(["restyle", str(source), "--to", "biblatex", "-o", str(out),
                 "--encoding", "koi8-r"]) == 0
    written = out.read_text(encoding="utf-8")
    assert "Советская сторона" in written and "\\usepackage[utf8]{inputenc}" in written


def test_convert_file_takes_an_encoding_and_reports_a_guess(tmp_path: Path) -> None:
    source = tmp_path / "refs.bib"
    source.write_bytes(BIB.encode("cp1251"))
    problems = biblio.convert_file(str(source), str(tmp_path / "out.json"))
    assert [str(problem) for problem in problems] == [
        f"{source}: read as windows-1251 (not UTF-8); pass --encoding to choose"]
    assert biblio.convert_file(str(source), str(tmp_path / "out2.json"),
                               encoding="windows-1251") == []
    assert (tmp_path / "out.json").read_bytes() == (tmp_path / "out2.json").read_bytes()
    assert "Мир на краю бездны" in (tmp_path / "out.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["parse", "extract", "convert", "render", "restyle"])
def test_help_of_every_text_reading_command_offers_encoding(command: str) -> None:
    help_text = build_parser(command)._subparsers._group_actions[0].choices[command].format_help()
    assert "--encoding NAME" in help_text and "output is always UTF-8" in help_text
