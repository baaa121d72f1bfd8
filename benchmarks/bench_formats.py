"""Throughput of the BibLaTeX and CSL-JSON readers and writers, items per second.

Command line (from the project root):

    .venv/bin/python benchmarks/bench_formats.py [N]

N (default 10000) items are generated with the test strategies (tests/strategies.py:
every BibLaTeX-mapped type, Cyrillic, particles, LaTeX specials, ranges), written
once as BibLaTeX, and every reader/writer runs on the same data; bibtexparser v2
(default stacks) and pybtex alone read and write that same .bib text, as the floor
of what a BibTeX library costs. Best of 3 runs.

Measured 2026-11-26, Python 3.11, in a development container shared with other
jobs (load average about 3), N = 10000 (4.4 MB of BibLaTeX). Two runs, to show the
noise; the ratios are the result, not the absolute numbers:

    step                                     run 1    run 2   items/s
    biblio CSL-JSON write                   15,456   16,726
    biblio CSL-JSON read                     8,009   11,373
    biblio BibLaTeX write (incl. read-back)  2,780    3,293
    biblio BibLaTeX read                     2,357    3,371
    bibtexparser alone: parse                3,623    5,697
    bibtexparser alone: write                3,971    6,542
    pybtex alone: parse                      3,451    5,652
    pybtex alone: write                      1,408    2,314

biblio's BibLaTeX read includes bibtexparser's splitter (with our one middleware in
place of its default stack) and adds LaTeX decoding, name splitting and the model
mapping: it runs at 60–65% of bibtexparser's and of pybtex's parse speed. Writing
includes reading each entry back to verify it (the check that fills the carrier
field) and is still 1.4–2× as fast as pybtex's writer.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import bibtexparser  # noqa: E402
import pybtex.database  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from strategies import items  # noqa: E402

from biblio.formats import biblatex, csljson  # noqa: E402
from biblio.model import Item  # noqa: E402

BATCH = 50


def generate(count: int) -> list[Item]:
    """`count` distinct generated items (ids made unique), the same on every run."""
    pool: list[Item] = []

    @settings(max_examples=count // BATCH + 1, database=None, derandomize=True,
              deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(items(), min_size=BATCH, max_size=BATCH))
    def collect(batch: list[Item]) -> None:
        pool.extend(batch)

    collect()
    while len(pool) < count:  # hypothesis may stop early once it has explored enough
        pool.extend(pool[: count - len(pool)])
    chosen = pool[:count]
    return [Item(f"item{index}", item.type, dict(item.fields)) for index, item in
            enumerate(chosen)]


def best_of(runs: int, step: Callable[[], Any]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    data = generate(count)
    bib = biblatex.write(data)
    json_text = csljson.write(data)
    library = bibtexparser.parse_string(bib)
    database = pybtex.database.parse_string(bib, "bibtex")
    steps: list[tuple[str, Callable[[], Any]]] = [
        ("biblio CSL-JSON write", lambda: csljson.write(data)),
        ("biblio CSL-JSON read", lambda: csljson.read(json_text)),
        ("biblio BibLaTeX write (incl. read-back)", lambda: biblatex.write(data)),
        ("biblio BibLaTeX read", lambda: biblatex.read(bib)),
        ("bibtexparser alone: parse", lambda: bibtexparser.parse_string(bib)),
        ("bibtexparser alone: write", lambda: bibtexparser.write_string(library)),
        ("pybtex alone: parse", lambda: pybtex.database.parse_string(bib, "bibtex")),
        ("pybtex alone: write", lambda: database.to_string("bibtex")),
    ]
    print(f"{count} items, {len(bib.encode()) / 1e6:.1f} MB of BibLaTeX")
    print(f"{'step':<42}{'items/s':>10}")
    for name, step in steps:
        print(f"{name:<42}{count / best_of(3, step):>10,.0f}")


if __name__ == "__main__":
    main()
