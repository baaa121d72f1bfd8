"""Whether a reference's reading depends on what the process parsed before (issue 9).

    .venv/bin/python benchmarks/parse_order.py [--order file|reversed|shuffled] [--each]
                                               [--show N]

Every dev row (the external sets' dev rows and the two Russian development files, as
`score_external.py --split dev` reads them) is parsed alone, first in the `--order`
given, then again in reversed order, in a shuffled order (seed 1), and after each
Russian dev row's typography variants (`typography_variants.VARIANTS`); a row whose
parsed Document differs from its first reading is reported. The parser keeps caches
(a segment's reading, lazy tables): a step that changes what a cache returned, or state
kept from one document to the next, shows here. `--each` prints each row's fingerprint
of the first pass: the outputs of two processes run with different `--order`s must be
equal after sorting (a lazy table filled by whichever text needs it first shows there).
Only dev rows are read.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_external import DEV, SETS, rows  # noqa: E402
from typography_variants import VARIANTS  # noqa: E402

from biblio.parse import parse_footnotes  # noqa: E402

RUSSIAN = (DEV / "ru-footnotes.jsonl", DEV / "ru-gost-examples.jsonl")


def reading(text: str) -> str:
    """The parsed Document of `text` alone, as hash_parse.py fingerprints it."""
    return repr(parse_footnotes([text]))


def fingerprint(text: str) -> str:
    return hashlib.sha256(reading(text).encode("utf-8")).hexdigest()[:16]


def ordered(texts: list[tuple[str, str]], order: str) -> list[tuple[str, str]]:
    if order == "reversed":
        return texts[::-1]
    if order == "shuffled":
        shuffled = list(texts)
        random.Random(1).shuffle(shuffled)
        return shuffled
    return list(texts)


def differences(texts: Iterable[tuple[str, str]], first: dict[str, str]) -> list[str]:
    """The ids of the rows whose fingerprint is no longer their first one."""
    return [row_id for row_id, text in texts if fingerprint(text) != first[row_id]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--order", default="file", choices=("file", "reversed", "shuffled"))
    parser.add_argument("--each", action="store_true", help="the first pass's fingerprints")
    parser.add_argument("--show", type=int, default=5, help="differing rows shown in full")
    args = parser.parse_args()
    texts = [(row["id"], row["text"]) for path in (*SETS.values(), *RUSSIAN)
             for row in rows(path, "dev")]
    russian = [row["text"] for path in RUSSIAN for row in rows(path, "dev")]
    first = {row_id: fingerprint(text) for row_id, text in ordered(texts, args.order)}
    if args.each:
        for row_id, text in texts:
            print(f"  {first[row_id]} {row_id}")
    by_id = dict(texts)
    changed: dict[str, set[str]] = {}
    for order in ("reversed", "shuffled"):
        for row_id in differences(ordered(texts, order), first):
            changed.setdefault(row_id, set()).add(f"{order} order")
    for variant in VARIANTS:
        for text in russian:
            parse_footnotes([variant.change(text)])
    for row_id in differences(texts, first):
        changed.setdefault(row_id, set()).add("after the typography variants")
    for shown, (row_id, passes) in enumerate(sorted(changed.items())):
        print(f"{row_id}: differs in {', '.join(sorted(passes))}")
        if shown < args.show:
            print(f"  {by_id[row_id]}\n  now: {reading(by_id[row_id])[:600]}")
    print(f"{len(changed)} of {len(texts)} rows read differently once others were parsed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
