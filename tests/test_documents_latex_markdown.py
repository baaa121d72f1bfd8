"""LaTeX manuscripts to \\footcite and a .bib; Markdown notes restyled or made citations.

tests/data/documents/thesis.tex and manuscript.md are hand-written manuscripts; the
expected commands and citations below were written from biblatex's and pandoc's
manuals (\\footcite[prenote][postnote]{key}, [prefix @key, locator, suffix])."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from biblio.cli import main
from biblio.documents.latex import tex_footnotes, tex_to_biblatex
from biblio.documents.markdown import (markdown_citations, markdown_footnotes,
                                       restyle_markdown)
from biblio.errors import FormatError

DOCUMENTS = Path(__file__).parent / "data" / "documents"
THESIS = (DOCUMENTS / "thesis.tex").read_text(encoding="utf-8")
MANUSCRIPT = (DOCUMENTS / "manuscript.md").read_text(encoding="utf-8")
CITE_COMMAND = re.compile(r"\\footcites?(?:\[[^\]]*\])*\{[^}]*\}(?:(?:\[[^\]]*\])*\{[^}]*\})*")


# --- LaTeX ---------------------------------------------------------------------------

def test_footnotes_are_found_inside_titles_and_environments() -> None:
    notes = tex_footnotes(THESIS)
    assert len(notes) == 7
    assert notes[0].text == "Глава написана по материалам архивов."  # in \section{…}
    assert notes[-1].text == "Автор благодарит коллег за обсуждение."  # in a quote
    assert notes[1].text == "См.: Шубин А.В. Мир на краю бездны. М., 2004. С. 169–172."
    assert notes[1].line == 13


def test_understood_footnotes_become_footcite_with_pre_and_postnotes() -> None:
    cited = tex_to_biblatex(THESIS).source
    assert r"сделке\footcite[См.:][169--172]{shubin2004}." in cited
    assert r"расчёт\footcite[408]{steiner2011}." in cited
    assert r"трудно\footcite[410]{steiner2011}," in cited  # "Там же" is the same key
    assert r"документы\footcite[л.~163]{rgaspi-558-11-431}" in cited
    assert r"\footcites[37]{meltyukhov2000}[12]{shubin2004}" in cited


def test_commentary_notes_stay_and_are_reported_with_their_line() -> None:
    cited = tex_to_biblatex(THESIS)
    assert r"\footnote{Автор благодарит коллег за обсуждение.}" in cited.source
    assert [str(problem) for problem in cited.problems] == [
        "note 1 (line 11): kept as it is: no reference in it (commentary only)",
        "note 7 (line 23): kept as it is: no reference in it (commentary only)"]


def test_source_outside_the_replaced_footnotes_is_unchanged() -> None:
    cited = tex_to_biblatex(THESIS).source
    replaced = [note for note in tex_footnotes(THESIS) if "коллег" not in note.text
                and "архивов" not in note.text]
    original, position = [], 0
    for note in replaced:
        original.append(THESIS[position:note.start])
        position = note.end
    original.append(THESIS[position:])
    assert CITE_COMMAND.split(cited) == original


def test_bib_holds_the_cited_items_only() -> None:
    bib = tex_to_biblatex(THESIS).bib
    keys = re.findall(r"^@\w+\{([^,]+),", bib, flags=re.MULTILINE)
    assert sorted(keys) == ["meltyukhov2000", "rgaspi-558-11-431", "shubin2004", "steiner2011"]


def test_unbalanced_braces_are_one_error_naming_the_line() -> None:
    with pytest.raises(FormatError) as raised:
        tex_footnotes("Text.\n\nMore\\footnote{Шубин А.В. \\textit{Мир. М., 2004.}\n",
                      "bad.tex")
    assert str(raised.value).startswith("bad.tex:")
    assert "LaTeX" in str(raised.value)


def test_restyle_command_writes_the_tex_and_the_bib(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output, bib = tmp_path / "thesis-cited.tex", tmp_path / "refs.bib"
    assert main(["restyle", str(DOCUMENTS / "thesis.tex"), "--to", "biblatex",
                 "-o", str(output), "--bib", str(bib)]) == 0
    assert r"\footcite[408]{steiner2011}" in output.read_text(encoding="utf-8")
    assert "@book{shubin2004," in bib.read_text(encoding="utf-8")
    assert capsys.readouterr().err.count("kept as it is") == 2


def test_restyle_command_reports_unbalanced_braces_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bad.tex"
    source.write_text("\\begin{document}\nA\\footnote{Шубин {А.В.\n\\end{document}\n",
                      encoding="utf-8")
    assert main(["restyle", str(source), "--to", "biblatex", "-o",
                 str(tmp_path / "out.tex")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith(f"biblio: error: {source}:")


NEEDS_TEX = all(shutil.which(tool) for tool in ("pdflatex", "biber", "kpsewhich"))


@pytest.mark.skipif(not NEEDS_TEX or os.environ.get("BIBLIO_SKIP_TEX") == "1",
                    reason="pdflatex, biber and biblatex are not installed")
def test_cited_thesis_compiles_with_biber(tmp_path: Path) -> None:
    found = subprocess.run(["kpsewhich", "biblatex.sty"], capture_output=True, text=True)
    if not found.stdout.strip():
        pytest.skip("biblatex is not installed")
    assert main(["restyle", str(DOCUMENTS / "thesis.tex"), "--to", "biblatex", "-o",
                 str(tmp_path / "thesis.tex"), "--bib", str(tmp_path / "refs.bib")]) == 0
    for command in (["pdflatex", "-interaction=nonstopmode", "thesis.tex"],
                    ["biber", "thesis"],
                    ["pdflatex", "-interaction=nonstopmode", "thesis.tex"],
                    ["pdflatex", "-interaction=nonstopmode", "thesis.tex"]):
        run = subprocess.run(command, cwd=tmp_path, capture_output=True, timeout=600)
        assert run.returncode == 0, run.stdout.decode(errors="replace")[-3000:]
    log = (tmp_path / "thesis.log").read_bytes().decode(errors="replace")
    assert "undefined" not in log.lower()


# --- Markdown ------------------------------------------------------------------------

def test_markdown_footnotes_are_numbered_by_their_references() -> None:
    notes = markdown_footnotes("B[^b] then A[^a].\n\n[^a]: Second note.\n[^b]: First *note*,\n"
                               "    continued.\n\n[^c]: Never referred to.\n")
    assert [(note.number, note.label, note.text) for note in notes] == [
        (1, "b", "First note, continued."), (2, "a", "Second note."),
        (None, "c", "Never referred to.")]
    assert notes[-1].flags == ["unreferenced"]


def test_markdown_notes_restyled_keep_everything_else() -> None:
    result = restyle_markdown(MANUSCRIPT, "chicago")
    assert "[^1]: A. V. Shubin, *Mir na kraiu bezdny* (Moscow, 2004), 169–72." in result.source
    assert "[^3]: Автор благодарит коллег за обсуждение этой главы." in result.source
    definitions = re.compile(r"^\[\^\d\]:.*$", re.MULTILINE)
    assert definitions.sub("", result.source) == definitions.sub("", MANUSCRIPT)
    assert [problem.where for problem in result.problems] == ["note [^3] (line 13)"]


def test_markdown_notes_become_pandoc_citations_with_a_csl_json_file() -> None:
    result = markdown_citations(MANUSCRIPT, "csljson")
    assert "сделки.[@shubin2004, page 169—172] Французские" in result.source
    assert "вывод.[@meltyukhov2000, page 40]" in result.source
    assert "коллег.[^3]" in result.source  # commentary stays a footnote
    assert "[^1]:" not in result.source and "[^3]:" in result.source
    ids = {item["id"] for item in json.loads(result.bibliography)}
    assert ids == {"shubin2004", "steiner2011", "meltyukhov2000"}


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_citations_render_with_citeproc(tmp_path: Path) -> None:
    assert main(["restyle", str(DOCUMENTS / "manuscript.md"), "--to", "citations",
                 "-o", str(tmp_path / "cited.md"), "--bib", str(tmp_path / "refs.json")]) == 0
    run = subprocess.run(["pandoc", "--citeproc", "--bibliography", "refs.json", "-t", "plain",
                          "cited.md"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Шубин" in run.stdout and "[WARNING]" not in run.stderr


def test_markdown_command_needs_a_bib_file_it_can_write(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restyle", str(DOCUMENTS / "manuscript.md"), "--to", "citations",
                 "-o", str(tmp_path / "cited.md"), "--bib", str(tmp_path / "refs.yaml")]) == 1
    assert ".json (CSL-JSON) or .bib" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("biber") is None and not os.environ.get("CI"),
                    reason="biber is not installed")
def test_cited_thesis_bib_passes_bibers_data_model(tmp_path: Path) -> None:
    """Where TeX cannot be installed, biber alone checks the .bib written."""
    assert shutil.which("biber"), "CI is set: biber must be installed (see .ci/run)"
    (tmp_path / "refs.bib").write_text(tex_to_biblatex(THESIS).bib, encoding="utf-8")
    run = subprocess.run(["biber", "--tool", "--validate-datamodel", "refs.bib"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    complaints = [line for line in (run.stdout + run.stderr).splitlines()
                  if re.search(r"\b(WARN|ERROR)\b", line)
                  and not re.search(r"Entry 'rgaspi-558-11-431' .*Missing mandatory", line)]
    assert complaints == []


def test_markdown_notes_in_fenced_code_are_not_notes_and_indented_paragraphs_continue() -> None:
    source = ("Text[^1].\n\n```\n[^2]: not a note\n```\n\n[^1]: First paragraph.\n\n"
              "    Second paragraph.\n\nBody again.\n")
    notes = markdown_footnotes(source)
    assert [(note.label, note.text) for note in notes] == [
        ("1", "First paragraph. Second paragraph.")]
    assert (notes[0].first_line, notes[0].last_line) == (6, 9)
