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

import os
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


def distinct(pool: list[Item], count: int) -> list[Item]:
    """`count` items from `pool` with distinct ids and titles (so that no reader is
    helped by identical values; names recur, as in real files)."""
    out = []
    for index in range(count):
        item = pool[index % len(pool)]
        fields = dict(item.fields)
        fields["title"] = f"{fields.get('title', 'T')} {index}"
        out.append(Item(f"item{index}", item.type, fields))
    return out


def wild_corpus() -> str | None:
    """The wild .bib corpus (BIBLIO_SHARED or ../shared) as one text, or None."""
    configured = os.environ.get("BIBLIO_SHARED")
    base = Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared"
    folder = base / "wild" / "bib"
    if not folder.is_dir():
        return None
    return "\n".join(path.read_text(encoding="utf-8-sig") for path in sorted(folder.iterdir()))


def compare_reading(name: str, text: str, runs: int) -> None:
    """biblio's BibLaTeX reader against bibtexparser alone, interleaved, best of `runs`."""
    ours = best_of(runs, lambda: biblatex.read_with_problems(text))
    theirs = best_of(runs, lambda: bibtexparser.parse_string(text))
    print(f"{name:<34}{len(text.encode()) / 1e6:>6.1f} MB  biblio {ours:7.2f} s  "
          f"bibtexparser {theirs:7.2f} s  ratio {ours / theirs:4.2f}")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    data = distinct(generate(min(count, 2000)), count)
    bib = biblatex.write(data)
    wild = wild_corpus()
    print("reading .bib, biblio against bibtexparser v2 alone (default stack):")
    if wild is not None:
        compare_reading("wild corpus, concatenated", wild, runs)
    compare_reading(f"{count:,} generated entries", bib, runs)
    json_text = csljson.write(data)
    library = bibtexparser.parse_string(bib)
    database = pybtex.database.parse_string(bib, "bibtex")
    steps: list[tuple[str, Callable[[], Any]]] = [
        ("biblio CSL-JSON write", lambda: csljson.write(data)),
        ("biblio CSL-JSON read", lambda: csljson.read(json_text)),
        ("biblio BibLaTeX write (incl. read-back)", lambda: biblatex.write(data)),
        ("bibtexparser alone: write", lambda: bibtexparser.write_string(library)),
        ("pybtex alone: parse", lambda: pybtex.database.parse_string(bib, "bibtex")),
        ("pybtex alone: write", lambda: database.to_string("bibtex")),
    ]
    print(f"{'step':<42}{'items/s':>10}")
    for name, step in steps:
        print(f"{name:<42}{count / best_of(1, step):>10,.0f}")


if __name__ == "__main__":
    main()
