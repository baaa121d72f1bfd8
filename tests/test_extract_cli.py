"""`biblio extract`: footnotes of an article's text on stdout, problems on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.cli import main

# Damaged as in the sample: "áыло" (было), "Èстория" (История), "а" (à) in French.
ARTICLE = """\
Это áыло давно, пишет историк1. Франция и СССР2 сблизились.

1 Èстория дипломатии. М., 1959. С. 12.
2 Duroselle J.-B. Histoire diplomatique de 1919 а nos jours. P., 1993. 
P. 45.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_default_output_is_one_json_object_per_footnote(article, capsys) -> None:
    assert main(["extract", str(article)]) == 0
    out = capsys.readouterr().out
    assert [json.loads(line) for line in out.splitlines()] == [
        {"number": 1, "text": "История дипломатии. М., 1959. С. 12.", "line": 3, "flags": []},
        {"number": 2, "text": "Duroselle J.-B. Histoire diplomatique de 1919 à nos jours. "
                              "P., 1993. P. 45.", "line": 4, "flags": []},
    ]


def test_no_repair_keeps_the_text_as_it_is(article, capsys) -> None:
    assert main(["extract", "--no-repair", str(article)]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["text"] == "Èстория дипломатии. М., 1959. С. 12."


def test_verbose_prints_each_repair_with_line_and_column(article, capsys) -> None:
    assert main(["extract", "--verbose", str(article)]) == 0
    err = capsys.readouterr().err
    assert f"{article}:1:5: áыло → было (cp1251-cyrillic)" in err
    assert f"{article}:4:49: а → à (cp1251-latin)" in err
    assert "2 numbered footnotes, 0 unnumbered" in err


def test_numbering_problems_are_always_reported_on_stderr(tmp_path, capsys) -> None:
    path = tmp_path / "gap.txt"
    path.write_text("Текст1.\n\n1 Иванов И. Книга. М., 2000.\n3 Петров П. Статья. М., 2001.\n",
                    encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        f"biblio: warning: {path}: line 4: footnote 2 missing before footnote 3"
    )
    assert json.loads(captured.out.splitlines()[1])["flags"] == ["gap-before"]


def test_output_file(article, tmp_path, capsys) -> None:
    out = tmp_path / "notes.jsonl"
    assert main(["extract", str(article), "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_to_document_parses_the_extracted_footnotes(article, capsys) -> None:
    assert main(["extract", str(article), "--to", "document"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [note["n"] for note in document["notes"]] == [1, 2]
    titles = {item.get("title") for item in document["items"].values()}
    assert "Histoire diplomatique de 1919 à nos jours" in titles


def test_to_biblatex_writes_the_cited_items(article, capsys) -> None:
    assert main(["extract", str(article), "--to", "biblatex"]) == 0
    out = capsys.readouterr().out
    assert "title = {Histoire diplomatique de 1919 à nos jours}" in out


def test_unknown_output_format_is_a_clear_error(article, capsys) -> None:
    assert main(["extract", str(article), "--to", "docx"]) == 1
    assert "unknown format 'docx'" in capsys.readouterr().err


def test_missing_file_is_named_in_the_error(tmp_path, capsys) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["extract", str(missing)]) == 1
    assert capsys.readouterr().err.strip() == f"biblio: error: {missing}: no such file"
