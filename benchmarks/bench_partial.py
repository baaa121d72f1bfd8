"""What reading a Russian reference in part costs (biblio.parse.partial, issue 9).

Usage:
    python benchmarks/bench_partial.py [--repeat 200]

1. Damaged references, each a note of its own: the real forms of the tests
   (tests/test_parse_russian_partial_readings.py) that the grammar reads only in part or
   repaired, parsed `--repeat` times each as separate notes (no cache between runs:
   each copy differs by its note text), beside the same references undamaged: the
   references per second of CPU time, each kind.
2. Long notes of damaged references in one footnote, three sizes each: the time must
   grow in proportion to the size (each reading is tried a bounded number of times).

Measured 2026-12-06 (CPython 3.11, a shared 2-core machine at load average 5.0–5.4,
CPU time): damaged 1,574 /s, undamaged 3,429 /s (200 copies of 6 references); long
notes, 3,000/6,000/12,000 copies:
    "Музыка речи. М., 1923, ст. 15 ": 0.52/1.04/2.09 s;
    "Он говорил, что в 19З5 г. с. З80 работал, ": 3.01/5.86/11.74 s (main: 0.46 and
    0.91 s for the first two: each sentence is now read repaired and in part, up to
    five readings, the cost of which stays in proportion to the size);
    "ПСЗ. Т. XIV. № И, оп, 5, ": 0.76/1.53/3.06 s (main: 0.20/0.40 s for the first two).
"""

from __future__ import annotations

import argparse
import gc
import time

from biblio.parse import parse_footnotes

DAMAGED = [
    ("В. Я. Виленкин. Воспоминания с комментариями. Москва, {n}, с. З80.",
     "В. Я. Виленкин. Воспоминания с комментариями. Москва, {n}, с. 380."),
    ("«Плановое хозяйство», {n}, № И, стр. 87.", "«Плановое хозяйство», {n}, № 11, стр. 87."),
    ("Музыка речи. М., {n}, ст. 15", "Музыка речи. М., {n}, с. 15"),
    ("ЦАМО, ф. 56А, оп, {n}, д. 2, л. 14.", "ЦАМО, ф. 56А, оп. {n}, д. 2, л. 14."),
    ("См.: «Памир», Душанбе, {n}, № 5 и № 6.", "См.: «Памир», Душанбе, {n}, № 5."),
    ("Иванов И. И. Музыка речи. М., {n}, ст. 15", "Иванов И. И. Музыка речи. М., {n}, с. 15"),
]
"""Each damaged form and the same reference as the grammar reads it whole; "{n}" takes a
year (or a number) that differs from copy to copy, so that no parse is cached."""

LONG_UNITS = ("Музыка речи. М., 1923, ст. 15 ", "Он говорил, что в 19З5 г. с. З80 работал, ",
              "ПСЗ. Т. XIV. № И, оп, 5, ")


def rate(texts: list[str]) -> float:
    gc.collect()
    start = time.process_time()
    parse_footnotes(texts)
    return len(texts) / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    parse_footnotes([damaged.format(n=1900) for damaged, _ in DAMAGED])  # load the tables
    years = [1700 + copy for copy in range(args.repeat)]
    damaged = [form.format(n=year) for year in years for form, _ in DAMAGED]
    whole = [form.format(n=year) for year in years for _, form in DAMAGED]
    print(f"| damaged   | {len(damaged)} references | {rate(damaged):8.0f} /s CPU time |")
    print(f"| undamaged | {len(whole)} references | {rate(whole):8.0f} /s CPU time |")
    for unit in LONG_UNITS:
        for copies in (3000, 6000, 12000):
            text = unit * copies
            gc.collect()
            start = time.process_time()
            parse_footnotes([text])
            print(f"| {unit[:20]!r} × {copies:>5} | {len(text):>7} chars "
                  f"| {time.process_time() - start:6.2f} s CPU time |")


if __name__ == "__main__":
    main()
