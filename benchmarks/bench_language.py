"""Speed of telling an item's language (biblio.parse.language.detect_language).

Command line (from the repository root):

    .venv/bin/python benchmarks/bench_language.py [--repeat 1] [--dump TAGS.json]
                                                 [--compare OTHER.json] [--src DIR]

The inputs are what the parser asks about each new item (parse/repeats.py): its title,
container title, publisher and authors' family names joined, built from the gold
items of the external test sets (corpora/external) and the development sets
(tests/data/dev): 7,000 items in English, French, German, Italian, Russian and others.
It times one pass over them in a fresh process (the first lookups read the word
lists), then `--repeat` more passes (cached); CPU time. `--dump` writes the tags;
`--compare` counts the items whose tag differs from another run's dump, so that a
faster detection can be checked against the one before it (`--src DIR` runs another
checkout's code, e.g. main's, with this interpreter).

Measured 2026-12-06 (project's 2-core container, load average 7–9, which slows every
figure two- to threefold), 6,894 items, CPU time:

    main (56f078b, wordfreq)        first pass 15.88 s (434 items/s, with loading
                                    wordfreq's lists), again 0.42 s (16,500 items/s)
    lists cut at Zipf 3, per language, 256 words a block
                                    first pass 6.34 s (1,088 items/s), again 0.23 s;
                                    248 of 6,894 tags differ from main's (names and
                                    rare words scored 0): not kept
    whole lists, per language       first pass 9.40 s (734 items/s); 0 differ
    whole lists, one row per word with all twelve languages, a table per script,
    64 rows a block (biblio.word_frequencies)
                                    first pass 2.12 s (3,255 items/s), again 0.24 s
                                    (28,986 items/s); 0 of 6,894 tags differ from main's

The parser as a whole, `benchmarks/score_external.py --split test`, main (56f078b,
`PYTHONPATH` at its src) then this branch, one after the other, same hour (load average
7–9): field accuracy identical on every set (anystyle 78.4 %, linkedbooks 69.3 %,
grobid 81.0 %, bibliographic_tei 71.5 %); refs/s CPU anystyle 133 → 258, linkedbooks
315 → 394, grobid 211 → 294, bibliographic_tei 253 → 572 (the first set read in a
process pays for loading the word lists: wordfreq's before, a block index after).
The remaining cost is mostly the labeller's feature extraction (parse/labeller/).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SETS = [*sorted((ROOT / "corpora/external").glob("*/*.jsonl")), *sorted((ROOT / "tests/data/dev").glob("*.jsonl"))]


def families(item: dict[str, Any]) -> list[str]:
    return [name.get("family", "") for role in ("author", "editor") for name in item.get(role, [])
            if isinstance(name, dict)]


def inputs() -> list[str]:
    texts = []
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("split", "test") == "test":
                item = row.get("item", {})
                texts.append(" ".join([*(str(item.get(variable, "")) for variable in (
                    "title", "container-title", "publisher")), *families(item)]))
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--src", type=Path)
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    from biblio.parse.language import detect_language

    texts = inputs()
    start = time.process_time()
    tags = [detect_language(text) for text in texts]
    cold = time.process_time() - start
    print(f"{len(texts)} items: first pass {cold:.2f} s CPU ({len(texts) / cold:,.0f} items/s)")
    for _ in range(args.repeat):
        start = time.process_time()
        for text in texts:
            detect_language(text)
        warm = time.process_time() - start
        print(f"  again (cached words) {warm:.2f} s CPU ({len(texts) / warm:,.0f} items/s)")
    counts: dict[str, int] = {}
    for tag in tags:
        counts[str(tag)] = counts.get(str(tag), 0) + 1
    print("  tags:", ", ".join(f"{tag} {count}" for tag, count in sorted(counts.items(), key=lambda kv: -kv[1])))
    if args.dump:
        args.dump.write_text(json.dumps(tags), encoding="utf-8")
    if args.compare:
        other = json.loads(args.compare.read_text(encoding="utf-8"))
        differ = [(text, a, b) for text, a, b in zip(texts, other, tags) if a != b]
        print(f"  {len(differ)} of {len(texts)} tags differ from {args.compare.name}")
        for text, a, b in differ[:20]:
            print(f"    {a} → {b}: {text[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
