"""Instructions of a GOST note's parse, the measure that the machine's load does not move:
bench_parse's notes 2,000–2,500 (seed 1) parsed after the first 2,000 warmed the caches,
the parse alone counted by callgrind through its toggle on `eval`.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=builtin_eval --callgrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/instructions_parse.py
    (the "Collected" line of valgrind's report; another checkout: PYTHONPATH=OTHER/src)

Two runs of the same code differ by 0.2–0.6 %. Results (docs/parsing.md, "Speed"):
session 25's end 569.0 M for the 500 notes; session 26's end 590.4–593.0 M (three runs).
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_parse  # noqa: E402

from biblio.parse import parse_footnotes  # noqa: E402

WARM, COUNTED = 2000, 500


def main() -> None:
    corpus = bench_parse.Corpus(1)
    notes = [corpus.footnote() for _ in range(WARM + COUNTED)]
    parse_footnotes(notes[:WARM])
    gc.collect()
    eval("parse_footnotes(notes[WARM:])")  # what callgrind's toggle counts


if __name__ == "__main__":
    main()
