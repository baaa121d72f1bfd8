"""The CLI on files from the wild: a BOM, every fixture through convert and render."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from biblio.cli import main
from biblio.formats import biblatex, csljson

WILD = Path(__file__).parent / "data" / "wild"
BOM = "\ufeff"


def test_a_csl_json_file_saved_with_a_bom_is_read_as_csl_json(tmp_path, capsys) -> None:
    path = tmp_path / "zotero.json"
    path.write_text(BOM + '[{"id": "a", "type": "book", "title": "Книга"}]',
                    encoding="utf-8")
    assert main(["render", str(path)]) == 0
    assert capsys.readouterr().out == "Книга.\n"
    assert main(["convert", str(path), str(tmp_path / "out.bib")]) == 0
    assert biblatex.read((tmp_path / "out.bib").read_text(encoding="utf-8"))[0].id == "a"


def test_a_bom_on_stdin_is_dropped(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(BOM + "@book{a, title = {Книга}}"))
    assert main(["convert", "--from", "biblatex", "--to", "csljson", "-", "-"]) == 0
    assert csljson.read(capsys.readouterr().out)[0].fields == {"title": "Книга"}


@pytest.mark.parametrize("name", ["zotero.json", "gost-user.bib", "scholar.bib",
                                  "jabref.bib"])
@pytest.mark.parametrize("target", ["csljson", "biblatex", "bibtex", "document"])
def test_every_fixture_converts_to_every_format_and_back(tmp_path, name, target) -> None:
    source = WILD / name
    out = tmp_path / f"out.{target}"
    # JabRef's @comment blocks (its groups) do not go into JSON: reported, status 3
    partial = 3 if name == "jabref.bib" else 0
    assert main(["convert", "--to", target, str(source), str(out)]) == (
        0 if target in ("biblatex", "bibtex") else partial)
    back = tmp_path / "back.json"
    assert main(["convert", "--from", target, "--to", "csljson", str(out), str(back)]) == (
        partial if target in ("biblatex", "bibtex") else 0)
    first = tmp_path / "first.json"
    assert main(["convert", "--to", "csljson", str(source), str(first)]) == partial
    assert csljson.read(back.read_text(encoding="utf-8")) == \
        csljson.read(first.read_text(encoding="utf-8"))


def test_the_broken_file_reports_each_broken_entry_with_its_line(tmp_path, capsys) -> None:
    out = tmp_path / "out.json"
    assert main(["convert", "--keep-going", str(WILD / "broken.bib"), str(out)]) == 3
    err = capsys.readouterr().err
    assert [item.id for item in csljson.read(out.read_text(encoding="utf-8"))] == \
        ["good1", "good3", "good4"]
    assert "line 8: the entry is still open" in err
    assert "line 17: field 'title': unexpected text after the value" in err
    assert ("line 25: entry 'good3', field 'publisher': macro 'undefinedmacro' is not "
            "defined") in err
    assert main(["convert", "--strict", str(WILD / "broken.bib"), str(out)]) == 1
    assert "broken.bib:8: the entry is still open" in capsys.readouterr().err


def test_convert_and_render_name_a_cycle_a_missing_parent_and_an_entry_without_at(
        tmp_path, capsys) -> None:
    # issue 13, items 9 and 11: without --keep-going these were dropped with no word
    bib = tmp_path / "refs.bib"
    bib.write_text("@book{a, title = {A}, crossref = {nowhere}}\n\n"
                   "@book{b, title = {B}, crossref = {c}}\n"
                   "@book{c, title = {C}, crossref = {b}}\n\n"
                   "book{d,\n  title = {D}}\n", encoding="utf-8")
    for command in (["convert", str(bib), str(tmp_path / "out.json")], ["render", str(bib)]):
        assert main(command) == (3 if command[0] == "convert" else 0)
        err = capsys.readouterr().err
        where = re.escape(str(bib)) + "[,:] line "
        assert re.search(where + "1: entry 'a': crossref 'nowhere' names no entry", err), command
        assert re.search(where + "3: entry 'b': crossref/xdata cycle b → c → b", err), command
        assert re.search(where + "6: book{d, …} looks like an entry without its '@'", err), command
