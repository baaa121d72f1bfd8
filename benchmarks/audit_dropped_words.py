"""Rows whose parse drops a word silently (issue 9), by set and by kind of word.

Usage:
    python benchmarks/audit_dropped_words.py [--split dev|train|test] [--set NAME ...]
                                             [--file SET.jsonl ...] [--sample] [--show N]

Each row's `text` is parsed as one footnote (as `score_external.py` does) and audited by
`biblio.parse.dropped_words`: a row counts when some word of its text is in no output.
`--sample` audits the notes of the sample article (tests/data/footnotes_repaired.txt)
as one document. `--show N` prints N rows with their dropped words per set, for dev and
train only: the test rows are for totals, never for reading one by one.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from score_external import SETS, rows

from biblio.model import Document
from biblio.parse import parse_footnotes
from biblio.parse.dropped_words import dropped_words, word_kind

SAMPLE = Path(__file__).resolve().parent.parent / "tests/data/footnotes_repaired.txt"


def audit(document: Document, label: str, kinds: Counter[str], shown: list[str]) -> int:
    """How many notes of `document` drop a word; their words tallied by kind into `kinds`,
    and the notes themselves added to `shown`."""
    count = 0
    for note in document.notes:
        dropped = dropped_words(note, document)
        if dropped:
            count += 1
            kinds.update({word_kind(word) for word in dropped})
            shown.append(f"--- {label or note.name}: {note.text}\n  dropped: {' '.join(dropped)}")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("test", "train", "dev"))
    parser.add_argument("--set", action="append", choices=sorted(SETS), dest="sets")
    parser.add_argument("--file", action="append", type=Path, default=[])
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    show = 0 if args.split == "test" else args.show
    paths = {name: SETS[name] for name in (args.sets or ([] if args.file or args.sample
                                                         else SETS))}
    paths.update({path.stem: path for path in args.file})
    print(f"| set ({args.split}) | rows | rows with a dropped word | kinds (rows) |")
    print("|---|---|---|---|")
    results: list[tuple[str, int, int, Counter[str], list[str]]] = []
    for name, path in paths.items():
        kinds: Counter[str] = Counter()
        shown: list[str] = []
        total = dropping = 0
        for row in rows(path, args.split):
            total += 1
            dropping += audit(parse_footnotes([row["text"]]), row["id"], kinds, shown)
        results.append((name, total, dropping, kinds, shown))
    if args.sample:
        kinds, shown = Counter(), []
        document = parse_footnotes(SAMPLE.read_text(encoding="utf-8").splitlines())
        results.append(("sample", len(document.notes), audit(document, "", kinds, shown),
                        kinds, shown))
    for name, total, dropping, kinds, shown in results:
        tally = "; ".join(f"{kind} {n}" for kind, n in kinds.most_common())
        print(f"| {name} | {total} | {dropping} | {tally} |")
    for name, _, _, _, shown in results:
        for line in shown[:show]:
            print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
