"""Time of the strict JSON readers as the input doubles: linear, and how far above
Python's json.loads they stay.

Usage:
    python benchmarks/bench_json.py [--items 5000]

CSL-JSON of N, 2N and 4N items (the gold items of tests/data/gold.json repeated under
new ids), and documents holding them, are read by `biblio.formats.csljson.read` and
`biblio.formats.document.read`; `json.loads` on the same text is the floor. Then
adversarial inputs: arrays nested to the depth limit side by side (the depth walk),
and an object with every key given twice (the repeated-key path). CPU time, best of 3.

Measured 2026-12-05 (CPython 3.11, a shared 2-core machine with other jobs):
    items   MB     json.loads   csljson.read   document.read
    5000    1.50   0.034 s      0.230 s        0.244 s
    10000   2.99   0.066 s      0.448 s        0.454 s
    20000   5.99   0.166 s      1.033 s        1.062 s
    0.5 / 1 / 2 MB of arrays nested to the limit: 0.43 / 0.93 / 1.91 s; one level
    deeper (refused): 0.44 / 0.94 / 1.90 s; every key given twice (refused):
    0.05 / 0.11 / 0.22 s.
Linear throughout. Items read at about 6 MB/s (json.loads alone: about 40 MB/s; the
repeated-key hook and the depth walk cost about 0.1 s per 3 MB, the item mapping the
rest); all-bracket input, one container per two bytes, at about 1 MB/s.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from biblio.errors import FormatError
from biblio.formats import csljson, document
from biblio.formats.json_text import MAX_DEPTH

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold.json"


def best_of_3(read: Callable[[str], object], text: str) -> float:
    times = []
    for _ in range(3):
        start = time.process_time()
        try:
            read(text)
        except FormatError:
            pass
        times.append(time.process_time() - start)
    return min(times)


def items_text(count: int) -> list[dict]:
    gold = list(json.loads(GOLD.read_text(encoding="utf-8"))["items"].values())
    return [{**gold[i % len(gold)], "id": f"item{i}"} for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=5000)
    args = parser.parse_args()
    print("items   MB     json.loads   csljson.read   document.read")
    for factor in (1, 2, 4):
        items = items_text(args.items * factor)
        csl = json.dumps(items, ensure_ascii=False)
        doc = json.dumps({"notes": [], "items": {item["id"]: item for item in items}},
                         ensure_ascii=False)
        print(f"{len(items):<7} {len(csl.encode()) / 1e6:<6.2f} "
              f"{best_of_3(json.loads, csl):.3f} s      {best_of_3(csljson.read, csl):.3f} s"
              f"        {best_of_3(document.read, doc):.3f} s")
    for megabytes in (0.5, 1, 2):
        print(f"{megabytes} MB: nested to the limit {best_of_3(csljson.read, nested(megabytes, MAX_DEPTH)):.3f} s, "
              f"one level more {best_of_3(csljson.read, nested(megabytes, MAX_DEPTH + 1)):.3f} s, "
              f"repeated keys {best_of_3(csljson.read, repeated_keys(megabytes)):.3f} s")


def nested(megabytes: float, depth: int) -> str:
    """Arrays `depth` deep (the outer list counted), side by side."""
    nest = "[" * (depth - 1) + "]" * (depth - 1)
    return "[" + ",".join([nest] * int(megabytes * 1e6 / len(nest))) + "]"


def repeated_keys(megabytes: float) -> str:
    return "{" + ",".join(f'"k{i}": 1, "k{i}": 2' for i in range(int(megabytes * 1e6 / 22))) + "}"


if __name__ == "__main__":
    main()
