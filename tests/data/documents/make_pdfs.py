"""Typeset the test PDFs with pdflatex; the PDFs are committed, so tests need no TeX.

    python tests/data/documents/make_pdfs.py      (needs pdflatex, the T2A fonts of
                                                   texlive-lang-cyrillic, and biblio)

- sample.pdf: examples/article.txt as a typeset article: its body with each of its
  61 footnotes set as a footnote at its reference mark (the acknowledgement as a
  note marked *), running heads and page numbers; fonts with ToUnicode maps (cmap).
- sample-damaged.pdf: the same without the cmap package: pdfTeX's T2A bitmap fonts
  have no ToUnicode map, so a reader gets the cp1251 bytes of each Cyrillic letter as
  Latin-1, the sample's own damage.
- layouts.pdf: Russian, French and English notes in two columns with running heads,
  a footnote that runs into the next column.
- continued.pdf: one column, a footnote that runs onto the next page.
- encrypted.pdf: a one-page PDF with a user password (qpdf, AES-256).
The footnotes' expected texts are tests/data/footnotes_repaired.txt and the
*-notes.txt files beside this script.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from biblio import extract_footnotes, repair_text
from biblio.text.joining import join_lines

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
RUNNING_HEAD = "Вестник истории. 2019. № 3"

PREAMBLE = r"""\documentclass[10pt,a5paper]{article}
%(cmap)s
\usepackage[T1,T2A]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[french,english,russian]{babel}
\usepackage[margin=15mm]{geometry}
%(latin)s
\DeclareUnicodeCharacter{2026}{\pdfliteral{/Span<</ActualText<FEFF2026>>>BDC}...\pdfliteral{EMC}}
\pagestyle{myheadings}
\markright{%(head)s}
%(columns)s
\begin{document}
"""

LATIN_ACCENTED = "éàèùëÉîïóçâêôûü"
"""Latin letters the T2A fonts lack: set in T1, whose codes are their Latin-1 ones."""

TEX_SPECIAL = re.compile(r"([&%$#_{}])")
MARK = r"(?<=[^\W\d_]|[»”\")\].,;:]){n}(?!\d)"


def latin_in_t1() -> str:
    return "\n".join(
        rf"\DeclareUnicodeCharacter{{{ord(letter):04X}}}{{{{\fontencoding{{T1}}"
        rf"\selectfont \symbol{{{ord(letter)}}}}}}}"
        for letter in LATIN_ACCENTED)


def escaped(text: str) -> str:
    text = TEX_SPECIAL.sub(r"\\\1", text)
    text = text.replace("--", "-{}-").replace("<<", "<{}<").replace(">>", ">{}>")
    return text.replace(",,", ",{},")


def sample_source() -> str:
    """The article's body with each footnote set where the body marks it."""
    text = repair_text((ROOT / "examples" / "article.txt").read_text(encoding="utf-8")).text
    lines = text.split("\n")
    extraction = extract_footnotes(text)
    in_notes: set[int] = set()
    acknowledgement = ""
    for note in extraction:
        start = note.line - 1
        for count in range(1, 20):
            taken = [line.strip() for line in lines[start:start + count]]
            if note.number is not None:
                taken[0] = re.sub(r"^\d+\s*", "", taken[0])
            if join_lines(taken) == note.text:
                break
        else:
            raise SystemExit(f"footnote {note.number}: its lines were not found")
        in_notes.update(range(start, start + count))
        if note.number is None:
            acknowledgement = note.text
    paragraphs: list[list[str]] = [[]]
    for index, line in enumerate(lines):
        if index in in_notes:
            continue
        if not line.strip() or line.startswith(" "):
            paragraphs.append([])
        if line.strip():
            paragraphs[-1].append(line.strip())
    body = "\n\n".join(escaped(join_lines(paragraph)) for paragraph in paragraphs if paragraph)
    position = 0
    for note in extraction:
        if note.number is None:
            continue
        mark = re.compile(MARK.format(n=note.number)).search(body, position)
        footnote = rf"\footnote{{{escaped(note.text)}}}"
        if mark is None:
            raise SystemExit(f"footnote {note.number}: no mark in the body")
        body = body[:mark.start()] + footnote + body[mark.end():]
        position = mark.start() + len(footnote)
    thanks = (r"{\renewcommand\thefootnote{*}\footnotetext{" + escaped(acknowledgement)
              + "}}\n" if acknowledgement else "")
    return thanks + body


LAYOUT_NOTES = [
    ("english", "The treaty was signed in Paris", "Steiner Z. The Lights that Failed: "
     "European International History, 1919--1933. Oxford, 2005. P. 12."),
    ("french", "Le pacte fut ratifié en 1936", "Duroselle J.-B. La décadence, "
     "1932--1939. Paris, 1979. P. 135."),
    ("russian", "Договор обсуждался в Москве", "Шубин А.В. Мир на краю бездны. М., 2004. "
     "С. 169--172."),
]
FILLER = {
    "english": "Historians still argue about the meaning of the pact and about the "
               "reasons why the negotiations of the following years came to nothing. ",
    "french": "Les historiens discutent encore du sens de ce pacte et des raisons pour "
              "lesquelles les négociations des années suivantes ont échoué. ",
    "russian": "Историки до сих пор спорят о значении этого договора и о причинах, по "
               "которым переговоры последующих лет не принесли результата. ",
}
LONG_NOTE = ("Архив внешней политики Российской Федерации. Ф. 05. Оп. 15. П. 105. Д. 4. "
             "Л. 15--17. " * 14).strip()


def layouts_source() -> tuple[str, list[str]]:
    """Three languages in two columns; the last note of the first page is long
    enough to run onto the next page."""
    parts, notes = [], []
    for round_ in range(4):
        for language, sentence, note in LAYOUT_NOTES:
            if round_ == 1 and language == "russian":
                note = LONG_NOTE
            notes.append(note.replace("--", "–"))
            parts.append(rf"\selectlanguage{{{language}}}{FILLER[language] * 3}"
                         rf"{sentence}\footnote{{{note}}}. {FILLER[language] * 2}")
    return "\n\n".join(parts), notes


CONTINUED_NOTE = ("Carley M.J. A Soviet eye on France from the rue de Grenelle in Paris, "
                  "1924--1940 // Diplomacy and Statecraft. 2000. Vol. 11. No. 3. "
                  "P. 159--190. " * 12).strip()


def continued_source() -> tuple[str, list[str]]:
    """One column; the second note is too long for the foot of its page and runs onto
    the next page, where the third note follows it."""
    filler = FILLER["english"] * 2
    notes = ["Steiner Z. The triumph of the Dark. Oxford, 2011. P. 408.", CONTINUED_NOTE,
             "Carley M.J. 1939: the alliance that never was. Chicago, 1999. P. 15."]
    body = (rf"\selectlanguage{{english}}{filler}Paris\footnote{{{notes[0]}}}. {filler * 9}"
            rf"Moscow\footnote{{{notes[1]}}}. {filler * 4}London\footnote{{{notes[2]}}}. "
            f"{filler * 2}")
    return body, [note.replace("--", "–") for note in notes]


def typeset(name: str, body: str, *, cmap: bool, columns: bool) -> None:
    source = PREAMBLE % {
        "cmap": r"\usepackage{cmap}" if cmap else "% no cmap: no ToUnicode maps",
        "latin": latin_in_t1(), "head": RUNNING_HEAD,
        "columns": r"\twocolumn" if columns else "",
    } + body + "\n\\end{document}\n"
    with tempfile.TemporaryDirectory() as work:
        (Path(work) / f"{name}.tex").write_text(source, encoding="utf-8")
        for _ in range(2):
            run = subprocess.run(["pdflatex", "-interaction=nonstopmode", f"{name}.tex"],
                                 cwd=work, capture_output=True, text=True, errors="replace")
            if run.returncode:
                sys.exit(f"pdflatex failed on {name}:\n{run.stdout[-2000:]}")
        (HERE / f"{name}.pdf").write_bytes((Path(work) / f"{name}.pdf").read_bytes())


def main() -> None:
    sample = sample_source()
    typeset("sample", sample, cmap=True, columns=False)
    typeset("sample-damaged", sample, cmap=False, columns=False)
    body, notes = layouts_source()
    typeset("layouts", body, cmap=True, columns=True)
    (HERE / "layouts-notes.txt").write_text("\n".join(notes) + "\n", encoding="utf-8")
    body, notes = continued_source()
    typeset("continued", body, cmap=True, columns=False)
    (HERE / "continued-notes.txt").write_text("\n".join(notes) + "\n", encoding="utf-8")
    typeset("encrypted", "A page behind a password.", cmap=True, columns=False)
    subprocess.run(["qpdf", "--replace-input", "--encrypt", "secret", "secret", "256", "--",
                    str(HERE / "encrypted.pdf")], check=True)


if __name__ == "__main__":
    main()
