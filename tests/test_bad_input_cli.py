"""Every command given bad input: exit status 1 and one line on stderr naming the file
and the line, item or footnote; never exit 70 (a bug) and never a traceback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from biblio.cli import main

DATA = Path(__file__).parent / "data"
CSL_HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">\n'
            '  <info><title>T</title><id>t</id><updated>2020-01-01T00:00:00+00:00</updated>'
            '</info>\n')


def _one_error_line(capsys: pytest.CaptureFixture) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("biblio: error: "), err
    return err.strip()


def _biblio(*args: str, **run: object) -> subprocess.CompletedProcess:
    """The installed command, for what only a real process has (closed streams)."""
    command = [sys.executable, "-c", "import sys; from biblio.cli import main; "
               "sys.exit(main(sys.argv[1:]))", *args]
    run.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(command, stderr=subprocess.PIPE, timeout=60,  # type: ignore[call-overload]
                          **run)


def test_render_of_invalid_json_names_the_file_and_line(tmp_path, capsys) -> None:
    path = tmp_path / "t.json"
    path.write_text('{\n"notes": }', encoding="utf-8")
    assert main(["render", str(path)]) == 1
    assert _one_error_line(capsys) == (
        f"biblio: error: {path}:2: invalid JSON: Expecting value (column 10)")


@pytest.mark.parametrize("scalar", ["5", "null"])
def test_render_of_a_json_scalar_file_is_an_error_not_an_article(tmp_path, capsys,
                                                                 scalar: str) -> None:
    path = tmp_path / "t.json"
    path.write_text(scalar + "\n", encoding="utf-8")
    assert main(["render", str(path)]) == 1
    assert "CSL-JSON must be a list of items" in _one_error_line(capsys)


def test_a_superscript_digit_in_a_footnote_does_not_stop_rendering(tmp_path, capsys) -> None:
    path = tmp_path / "n.txt"
    path.write_text("РГАСПИ, ф. 558, оп. 11, д. 431, л. 163¹.\n", encoding="utf-8")
    assert main(["render", str(path)]) == 0
    assert "РГАСПИ. Ф. 558. Оп. 11. Д. 431" in capsys.readouterr().out  # GOST R 7.0.5-2008, 11.4


def test_a_superscript_digit_in_a_title_is_rendered_in_both_styles(tmp_path, capsys) -> None:
    path = tmp_path / "t.json"
    path.write_text('[{"id": "a", "type": "book", "title": "10² ways"}]', encoding="utf-8")
    for style in ("gost", "chicago"):
        assert main(["render", str(path), "--style", style]) == 0
        assert "10² ways" in capsys.readouterr().out.lower()


def test_a_footnote_mark_longer_than_python_converts_is_not_a_mark(tmp_path, capsys) -> None:
    marks = "¹" * 4400
    path = tmp_path / "a.txt"
    path.write_text(f"Текст статьи{marks} дальше.\n\n{marks} Иванов И. Книга. М., 2004.\n",
                    encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    assert "Иванов И. Книга" in capsys.readouterr().out


def test_a_year_longer_than_python_converts_renders(tmp_path, capsys) -> None:
    path = tmp_path / "a.bib"
    path.write_text("@book{a, title={T}, date={" + "1" * 4400 + "}}\n", encoding="utf-8")
    assert main(["render", str(path)]) == 0
    assert capsys.readouterr().out.startswith("T. 111")


def test_non_utf8_stdin_gets_the_message_a_file_gets(monkeypatch, capsys, tmp_path) -> None:
    good = "Иванов И. Книга. М., 2004.".encode()
    data = good + b"\xff\n"
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    assert main(["parse", str(path)]) == 1
    from_file = _one_error_line(capsys)
    for output in ("-", str(tmp_path / "out.json")):
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
        assert main(["parse", "-", "-o", output]) == 1
        assert _one_error_line(capsys) == from_file.replace(str(path), "<stdin>")
    assert f"notes.txt:1: column 27: byte 0xff is not UTF-8, and none of" in from_file


def test_a_closed_stdin_is_one_line() -> None:
    result = _biblio("parse", "-", stdin=subprocess.DEVNULL, close_fds=True,
                     preexec_fn=lambda: os.close(0))
    assert result.returncode == 1
    assert result.stderr.decode() == ("biblio: error: <stdin>: standard input is closed; "
                                      "give a file, or pipe text in\n")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        result = _biblio("style", "gost", stdout=full)
    assert result.returncode == 1
    assert result.stderr.decode() == (
        "biblio: error: <stdout>: cannot write: No space left on device\n")


def test_a_csl_style_with_an_unknown_element_is_one_error_naming_it(tmp_path, capsys) -> None:
    style = tmp_path / "odd.csl"
    style.write_text(CSL_HEAD + "  <citation>\n    <layout>\n      <frobnicate/>\n"
                     "    </layout>\n  </citation>\n</style>\n", encoding="utf-8")
    items = tmp_path / "items.json"
    items.write_text('[{"id": "a", "type": "book", "title": "T"}]', encoding="utf-8")
    for command in (["render", str(items), "--style", str(style)], ["style", str(style)]):
        assert main(command) == 1
        assert _one_error_line(capsys) == (
            f"biblio: error: {style}:6: <frobnicate>: not a CSL 1.0.2 element")


def test_style_of_a_file_that_is_not_xml_is_refused(tmp_path, capsys) -> None:
    style = tmp_path / "x.csl"
    style.write_text("not xml\n", encoding="utf-8")
    assert main(["style", str(style)]) == 1
    assert _one_error_line(capsys).startswith(f"biblio: error: {style}:1: cannot read the style")
    assert capsys.readouterr().out == ""


def test_references_without_a_reference_list_say_so(capsys) -> None:
    assert main(["extract", str(DATA / "footnotes_repaired.txt"), "--references"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no reference list found" in captured.err


def test_markdown_notes_keep_their_numbers_after_an_unnumbered_note(tmp_path, capsys) -> None:
    path = tmp_path / "doc.json"
    path.write_text('{"notes": [{"n": null, "cites": [], "comment": "Спасибо."},'
                    ' {"n": 1, "cites": [], "comment": "Первая."}], "items": {}}',
                    encoding="utf-8")
    assert main(["render", str(path), "--format", "md"]) == 0
    assert capsys.readouterr().out == "[^*]: Спасибо.\n[^1]: Первая.\n"


@pytest.mark.parametrize("value", ["²", "9" * 5000])
def test_an_option_number_python_cannot_read_is_refused_by_the_option(value: str, capsys) -> None:
    assert main(["render", str(DATA / "gold.json"), "-O", f"near_note_distance={value}"]) == 1
    assert "near_note_distance is a whole number, not" in _one_error_line(capsys)


def test_superscript_and_overlong_date_parts_and_pages_render_as_text(tmp_path, capsys) -> None:
    path = tmp_path / "t.json"
    path.write_text('[{"id": "a", "type": "book", "title": "T", "issued": {"date-parts": [["²"]]}},'
                    ' {"id": "b", "type": "book", "title": "U", "page": "' + "1" * 5000 + "-"
                    + "2" * 5000 + '", "issued": {"date-parts": [["' + "9" * 5000 + '"]]}}]',
                    encoding="utf-8")
    for style in ("gost", "chicago"):
        assert main(["render", str(path), "--style", style]) == 0
        captured = capsys.readouterr()
        assert "failed" not in captured.err
        assert "T. ²." in captured.out and "9" * 5000 in captured.out


def test_an_overlong_page_range_of_an_article_renders_as_written(tmp_path, capsys) -> None:
    """Found by benchmarks/fuzz.py: an article's page range of 4,402 digits reached
    int() in the page-range formatting (issue 13, item 7, in another place)."""
    long_range = "9" * 4402 + "-" + "1" * 4402
    path = tmp_path / "a.bib"
    path.write_text("@article{a, title={T}, journal={J}, year={2010}, pages={"
                    + long_range + "}}\n", encoding="utf-8")
    for style in ("gost", "chicago"):
        assert main(["render", str(path), "--style", style]) == 0
        captured = capsys.readouterr()
        assert "9" * 4402 in captured.out and "1" * 4402 in captured.out


def test_a_superscript_month_in_bibtex_does_not_stop_rendering(tmp_path, capsys) -> None:
    path = tmp_path / "m.bib"
    path.write_text("@book{a, title={T}, year={2004}, month={²}}\n", encoding="utf-8")
    assert main(["render", str(path)]) == 0
    assert capsys.readouterr().out == "T. 2004.\n"


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path) -> None:
    """"biblio extract … | head -1": as cat or grep, no message and no traceback when
    the reader closes the pipe (POSIX tools die of SIGPIPE silently)."""
    path = tmp_path / "long.txt"  # more output than a pipe holds (64 KiB)
    path.write_text("Иванов И. Книга. М., 2004.\n" * 5000, encoding="utf-8")
    command = [sys.executable, "-c", "import sys; from biblio.cli import main; "
               "sys.exit(main(sys.argv[1:]))", "extract", str(path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()
    assert process.wait(timeout=60) == 0
    assert [line for line in process.stderr.read().decode().splitlines()
            if not line.startswith("biblio: warning: ")] == []


def test_a_long_lower_case_given_name_renders_in_linear_time(tmp_path, capsys) -> None:
    """Found by benchmarks/fuzz.py: the patterns finding a name's particles backtracked
    exponentially on a long lower-case given name or a run of apostrophes (2^60 steps
    here); an alarm turns a hang into a failure."""
    import signal

    path = tmp_path / "n.json"
    path.write_text(json.dumps([
        {"id": "a", "type": "book", "title": "T", "author": [
            {"family": "Smith", "given": "x " + "a" * 60 + "1"},
            {"family": "d" + "’" * 60 + "1", "given": "Y"}]}]), encoding="utf-8")
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("name reading did not finish"))
    signal.alarm(20)
    try:
        for style in ("gost", "chicago"):
            assert main(["render", str(path), "--style", style]) == 0
    finally:
        signal.alarm(0)
    assert "Smith" in capsys.readouterr().out


def test_a_value_nested_a_thousand_braces_deep_renders(tmp_path, capsys) -> None:
    """Found by benchmarks/fuzz.py: the reader took 1,000 nested braces without recursion,
    but each became a case-protecting span inside the last, deeper than rendering's
    recursion allowed (issue 13, item 4)."""
    path = tmp_path / "deep.bib"
    path.write_text("@book{a, title={" + "{" * 1000 + "Deep" + "}" * 1000 + "}, year={2000}}\n",
                    encoding="utf-8")
    for style in ("gost", "chicago"):
        assert main(["render", str(path), "--style", style]) == 0
        assert "Deep" in capsys.readouterr().out


def test_an_archival_location_with_an_overlong_number_renders_in_chicago(tmp_path, capsys) -> None:
    """Found by benchmarks/fuzz.py (seed 11): the Chicago bibliography orders an archive's
    collections by their numbers, and int() refused a run of 5,000 digits."""
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"id": "a", "type": "manuscript", "title": "Letter",
                                 "archive": "RGASPI", "archive_location": "f. " + "5" * 5000}]),
                    encoding="utf-8")
    assert main(["render", str(path), "--style", "chicago"]) == 0
    assert "5" * 5000 in capsys.readouterr().out
