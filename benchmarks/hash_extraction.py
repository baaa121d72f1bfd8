"""One hash per input of what footnote extraction finds, to show that a change to the
extractor keeps its output.

Command line (from the repository root; PYTHONPATH may point at another tree's src/):

    .venv/bin/python benchmarks/hash_extraction.py [--notes 10000]

For each input, the footnotes (number, text, line, flags), the references, the
problems of `extract_footnotes`, and the notes `note_list` reads, hashed with SHA-256
and printed one line per input; run it on two trees and `diff` the outputs. The
inputs: every text file of tests/data and examples/ (as given, and repaired), the
article of bench_article_stages.py (raw and repaired), bench_text.py's 2 MB articles
(repeated and with distinct pieces, repaired), its English text and its adversarial
inputs (as given).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from bench_render import FOOTNOTE_NUMBER, NOTES_PER_COPY, SAMPLE
from bench_text import ADVERSARIAL, ENGLISH, build_article

from biblio.model import Footnote
from biblio.text.footnotes import extract_footnotes
from biblio.text.note_list import note_list
from biblio.text.repair import repair_text

ROOT = Path(__file__).resolve().parent.parent


def _notes(notes: list[Footnote]) -> list[object]:
    return [[note.number, note.text, note.line, list(note.flags)] for note in notes]


def digest(text: str) -> str:
    """The SHA-256 of what extraction and note_list make of `text`."""
    extraction = extract_footnotes(text)
    found = {
        "footnotes": _notes(extraction.footnotes),
        "references": _notes(extraction.references),
        "problems": [[problem.where, problem.message] for problem in extraction.problems],
        "note_list": _notes(note_list(text)),
    }
    encoded = json.dumps(found, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return f"{len(extraction.footnotes):6d} {hashlib.sha256(encoded).hexdigest()[:16]}"


def inputs(notes: int) -> dict[str, str]:
    """The texts hashed, by name."""
    texts: dict[str, str] = {}
    for path in sorted([*ROOT.glob("tests/data/**/*.txt"), *ROOT.glob("examples/**/*.txt")]):
        text = path.read_text(encoding="utf-8", errors="replace")
        name = str(path.relative_to(ROOT))
        texts[name] = text
        texts[name + " (repaired)"] = repair_text(text).text
    sample = SAMPLE.read_text(encoding="utf-8")
    article = "".join(FOOTNOTE_NUMBER.sub(lambda m: str(int(m.group(1)) + NOTES_PER_COPY * n),
                                          sample)
                      for n in range(-(-notes // NOTES_PER_COPY)))
    texts["article of bench_article_stages"] = article
    texts["article of bench_article_stages (repaired)"] = repair_text(article).text
    texts["bench_text 2 MB (repaired)"] = repair_text(build_article(2)[0]).text
    texts["bench_text 2 MB distinct pieces (repaired)"] = repair_text(build_article(2, True)[0]).text
    english = ENGLISH.read_text(encoding="utf-8")
    texts["bench_text English x200"] = english * 200
    texts.update({f"adversarial: {name}": text for name, text in ADVERSARIAL.items()})
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    for name, text in inputs(args.notes).items():
        print(digest(text), name)


if __name__ == "__main__":
    main()
