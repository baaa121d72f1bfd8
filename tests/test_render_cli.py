"""`biblio render`: inputs of every kind, parts, formats, options and errors."""

from __future__ import annotations

import json
from pathlib import Path

from biblio.cli import main

DATA = Path(__file__).parent / "data"
ARTICLE_LINES = (DATA / "footnotes_repaired.txt").read_text(encoding="utf-8").splitlines()


def test_document_json_gives_notes_then_bibliography(capsys):
    assert main(["render", str(DATA / "gold.json"), "-O", "preset=journal"]) == 0
    out = capsys.readouterr().out
    notes, bibliography = out.split("\n\n")
    assert notes.splitlines()[:2] == ARTICLE_LINES[:2]
    assert len(bibliography.splitlines()) == 44


def test_only_the_bibliography_as_markdown(capsys):
    assert main(["render", str(DATA / "gold.json"), "--bibliography", "--format", "md"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "- АВП РФ. Ф. 05. Оп. 13. П. 94. Д. 64."
    assert len(lines) == 44


def test_csl_json_items_render_a_bibliography(tmp_path, capsys):
    items = [{"id": "s", "type": "book", "title": "Мир на краю бездны", "language": "ru",
              "author": [{"family": "Шубин", "given": "А.В."}], "publisher-place": "Москва",
              "issued": {"date-parts": [[2004]]}}]
    path = tmp_path / "items.json"
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    assert main(["render", str(path), "--format", "html"]) == 0
    assert capsys.readouterr().out == (
        '<div class="csl-bib-body">\n'
        '  <div class="csl-entry">Шубин А. В. Мир на краю бездны. М., 2004.</div>\n</div>\n')


def test_an_article_text_runs_the_whole_pipeline(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text("Текст статьи.1\n\n1 Шубин А.В. Мир на краю бездны. М., 2004. С. 5.\n",
                    encoding="utf-8")
    assert main(["render", str(path), "--notes"]) == 0
    assert "Шубин А. В. Мир на краю бездны. М., 2004. С. 5." in capsys.readouterr().out


def test_options_reach_the_style(capsys):
    assert main(["render", str(DATA / "gold.json"), "--notes", "-O", "initials=unspaced"]) == 0
    assert capsys.readouterr().out.splitlines()[3] == "Шубин А.В. Мир на краю бездны. М., 2004. С. 169–172."
    assert main(["render", str(DATA / "gold.json"), "--notes", "-O", "preset=journal",
                 "-O", "dashes=en"]) == 0
    assert capsys.readouterr().out.splitlines()[3] == "Шубин А.В. Мир на краю бездны. М., 2004. С. 169–172."


def test_errors_name_the_file_and_exit_1(capsys):
    assert main(["render", str(DATA / "gold.json"), "-O", "bogus=1"]) == 1
    assert "gold.json" in capsys.readouterr().err
    assert main(["render", str(DATA / "gold.json"), "--style", "nowhere"]) == 1
    assert "unknown style 'nowhere'" in capsys.readouterr().err


def test_a_bib_file_with_a_broken_entry_renders_the_rest_and_says_why(tmp_path, capsys):
    path = tmp_path / "refs.bib"
    path.write_text("@book{a, title={Alpha}, author={Doe, Jane}, crossref={missing}, "
                    "year=2000}\n@book{b, title={Beta}, author={Roe, Richard}, year=2001}\n",
                    encoding="utf-8")
    assert main(["render", str(path), "--style", "chicago"]) == 0
    captured = capsys.readouterr()
    assert "Alpha" in captured.out and "Beta" in captured.out
    assert "refs.bib: line 1" in captured.err and "'missing'" in captured.err
