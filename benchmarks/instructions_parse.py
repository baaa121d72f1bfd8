"""Instructions of a parse, the measure that the machine's load does not move: GOST notes
(bench_parse's notes 2,000–2,500, seed 1, parsed after the first 2,000 warmed the caches)
or, with `--mixed`, references of the mixed external sets (`score_external.py`'s dev rows
of the four sets, interleaved; rows 500–999 each parsed alone as that script parses them,
after rows 0–499 warmed the caches and `score_external.load_once` loaded the model and
tables). The parse alone is counted by callgrind through its toggle on `eval`.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=builtin_eval --callgrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/instructions_parse.py [--mixed]
    (the "Collected" line of valgrind's report; another checkout: PYTHONPATH=OTHER/src)

Two runs of the same code differ by 0.2–0.6 %. Results (docs/parsing.md, "Speed"):
session 25's end 569.0 M for the 500 notes; session 26's end 590.4–593.0 M (three runs);
session 31's end 689.6 M, then 660.6 M with session 32's patterns opened by a character the
engine scans for (docs/parsing-history.md, "Speed", session 32). The mixed references:
docs/parsing-history.md, "Speed", session 27.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_parse  # noqa: E402
from score_external import SETS, load_once, rows  # noqa: E402

from biblio.parse import parse_footnotes  # noqa: E402

WARM, COUNTED = 2000, 500
MIXED_WARM, MIXED_COUNTED = 500, 500


def gost_notes() -> None:
    corpus = bench_parse.Corpus(1)
    notes = [corpus.footnote() for _ in range(WARM + COUNTED)]
    parse_footnotes(notes[:WARM])
    gc.collect()
    eval("parse_footnotes(notes[WARM:])")  # what callgrind's toggle counts


def mixed_texts() -> list[str]:
    """The dev rows of the four external sets, one of each in turn while each lasts."""
    per_set = [[row["text"] for row in rows(path, "dev")] for path in SETS.values()]
    longest = max(len(texts) for texts in per_set)
    return [texts[i] for i in range(longest) for texts in per_set if i < len(texts)]


def mixed_references() -> None:
    texts = mixed_texts()[:MIXED_WARM + MIXED_COUNTED]
    load_once()
    for text in texts[:MIXED_WARM]:
        parse_footnotes([text])
    counted = texts[MIXED_WARM:]
    gc.collect()
    eval("[parse_footnotes([text]) for text in counted]")  # what callgrind's toggle counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mixed", action="store_true",
                        help="references of the mixed external sets, not GOST notes")
    (mixed_references if parser.parse_args().mixed else gost_notes)()


if __name__ == "__main__":
    main()
