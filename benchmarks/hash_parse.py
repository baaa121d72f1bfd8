"""A fingerprint of what the footnote parser makes, to show that a speed change keeps its
output: sha256 of the parsed Documents' repr (notes with their cites, comments and
leftovers, items with every field, problems), one line per corpus.

    .venv/bin/python benchmarks/hash_parse.py [--notes 20000] [--each]
    PYTHONPATH=OTHER/src .venv/bin/python benchmarks/hash_parse.py     (another checkout)

The corpora: the dev rows of `score_external.py --split dev` (the four external sets and
the two Russian development files), each row parsed alone as that script parses it;
`bench_parse.py`'s synthetic notes (seed 1) in one `parse_footnotes` call; its three
repeat corpora (short forms, abbreviated hosts, other traditions) at 30 kB each. Only dev
rows are read: the held-out rows are for measuring, never for comparing one by one.
`--each` prints one line per dev row (its id and hash) as well, to find a row that
changed. Run it on both checkouts and `diff` the outputs: equal hashes, equal output.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_parse import Corpus, abbreviated_hosts, other_traditions, short_forms  # noqa: E402
from score_external import DEV, SETS, rows  # noqa: E402

from biblio.parse import parse_footnotes  # noqa: E402

RUSSIAN = [DEV / "ru-footnotes.jsonl", DEV / "ru-gost-examples.jsonl"]
REPEATS_SIZE = 30_000


def fingerprint(texts: list[str]) -> str:
    """The first 16 hex digits of the sha256 of the parsed Document's repr."""
    return hashlib.sha256(repr(parse_footnotes(texts)).encode("utf-8")).hexdigest()[:16]


def dev_rows(path: Path, each: bool) -> str:
    """One line for the dev rows of a set (and one per row with `each`)."""
    total = hashlib.sha256()
    count = 0
    for row in rows(path, "dev"):
        row_hash = fingerprint([row["text"]])
        total.update(row_hash.encode("ascii"))
        count += 1
        if each:
            print(f"  {row_hash} {row['id']}")
    return f"{total.hexdigest()[:16]} {path.stem} dev ({count} rows)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=20_000)
    parser.add_argument("--each", action="store_true", help="a line per dev row too")
    args = parser.parse_args()
    for path in [*SETS.values(), *RUSSIAN]:
        print(dev_rows(path, args.each), flush=True)
    corpus = Corpus(1)
    notes = [corpus.footnote() for _ in range(args.notes)]
    print(f"{fingerprint(notes)} bench_parse {args.notes} notes, seed 1")
    for name, make in [("short forms", short_forms), ("abbreviated hosts", abbreviated_hosts),
                       ("other traditions", other_traditions)]:
        print(f"{fingerprint(make(REPEATS_SIZE))} bench_parse {name} at 30 kB")


if __name__ == "__main__":
    main()
