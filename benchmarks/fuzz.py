"""The fuzzing of tests/test_fuzz.py, for minutes: inputs per second and crashes found.

Usage (run before each release):
    python benchmarks/fuzz.py [--minutes 5] [--seed 1] [--crashes DIR]

Each input is a real seed of one kind (BibLaTeX, BibTeX, CSL-JSON, document JSON,
footnotes, an article) after one to four mutations, or random bytes (one in seven),
run through `tests/fuzzing.py`'s `exercise`: the reader, then every writer and both
styles on what it accepts. An exception outside biblio.errors is a crash; each
distinct one (type, file, line) is printed once with its input saved in --crashes.
Exit status 1 when any crash was found.

Measured 2026-12-05 (CPython 3.11, a shared 2-core machine, other jobs running):
    3 minutes, seed 2 (first mutations, the same loop run from a scratch script):
    3,783 inputs, 21 /s.
    3 minutes, seed 5: 2,079 inputs, 11.5 /s (load higher).
    4 minutes, seed 7 (with odd text inside values): 3,212 inputs, 13.3 /s.
    3 minutes, seed 11 (after biblio.numbers): 3,663 inputs, 20.3 /s.
    Crashes in all four: only RecursionError in formats/latex.py (a chain of hundreds
    of nested accents or braces in a .bib value: 11, 6, 12 and 7 inputs), which the
    bibtex branch's LaTeX decoder ("accent chains without recursion") is to fix; not
    checked here.
Measured 2026-12-06 (idle machine but for one test run): seed 3 found a crash (a
4,402-digit page range) and a hang (exponential backtracking in the CSL name-particle
patterns), seed 7 a RecursionError (a value nested 1,000 braces deep), seed 11 a crash
(a 5,000-digit archival number in the Chicago bibliography); each fixed, with a test in
tests/test_bad_input_cli.py. After the fixes: seed 3, 90 s, 8,326 inputs (92.5 /s);
seed 7, 90 s, 9,646 (107 /s); seed 11, 60 s, 4,910 (82 /s); seed 13, 90 s, 8,978
(100 /s): 0 crashes. After stop 19's merges (undefined macros written back as macros,
one KeyMaker for keys, remembered names, dates and romanizations), idle machine:
seed 17, 120 s, 15,342 inputs (128 /s); seed 19, 120 s, 14,190 (118 /s): 0 crashes.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import fuzzing  # noqa: E402 — tests/ holds the mutations the test suite runs too

from biblio import BiblioError  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"),
                        help="where the input of each distinct crash is saved")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    crashes: Counter[tuple[str, str, int]] = Counter()
    by_kind: Counter[str] = Counter()
    start = time.perf_counter()
    deadline = start + args.minutes * 60
    while time.perf_counter() < deadline:
        kind = rng.choice(fuzzing.KINDS)
        text = fuzzing.random_text(rng) if rng.randrange(7) == 0 else fuzzing.mutant(kind, rng)
        by_kind[kind] += 1
        try:
            fuzzing.exercise(kind, text)
        except BiblioError:
            continue
        except Exception as error:  # noqa: BLE001 — a crash is what we are looking for
            frame = traceback.extract_tb(error.__traceback__)[-1]
            key = (type(error).__name__, frame.filename, frame.lineno or 0)
            if key not in crashes:
                args.crashes.mkdir(parents=True, exist_ok=True)
                saved = args.crashes / f"crash-{len(crashes) + 1}.{kind}.txt"
                saved.write_text(text, encoding="utf-8", errors="surrogatepass")
                print(f"crash: {key[0]} at {key[1]}:{key[2]} ({kind}): {str(error)[:120]} "
                      f"— input in {saved}", flush=True)
            crashes[key] += 1
    elapsed = time.perf_counter() - start
    total = sum(by_kind.values())
    print(f"{total:,} inputs in {elapsed:.0f} s: {total / elapsed:.1f} /s "
          f"({', '.join(f'{kind} {n}' for kind, n in sorted(by_kind.items()))})")
    print(f"{len(crashes)} distinct crashes, {sum(crashes.values())} crashing inputs")
    for (name, filename, line), count in crashes.most_common():
        print(f"  {count:6} × {name} at {filename}:{line}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
